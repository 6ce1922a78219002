/**
 * `text.includes(head + tail)`, searched by `tail`. A string search runs from each occurrence of the needle's first
 * character; in JSON prompts ':' and 'l' are everywhere, so ':AA', 'live_' and '://' cost a full slow pass, while
 * their tails ('AA', 've_', '//') are rare and the few hits are checked for the head right before them.
 */
export function includesJoined(text: string, head: string, tail: string): boolean {
  for (let i = text.indexOf(tail, head.length); i !== -1; i = text.indexOf(tail, i + 1)) if (text.startsWith(head, i - head.length)) return true;
  return false;
}
