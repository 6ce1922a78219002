/**
 * Warm-up: the detector is large, and V8 optimises a function only after many calls, so a fresh thread scans an 8 KB
 * prompt several times slower than a warm one for its first few thousand prompts. A long-running caller (the gateway)
 * runs it on built-in texts at start-up, for a bounded time, before taking traffic.
 */
import type { RequestClassification } from './contract.js';
import { WARM_UP_COVERAGE_TEXTS, WARM_UP_TEXTS } from './data/warm-up-texts.js';
import { classify } from './classify.js';

export interface WarmUpResult {
  /** classify() calls made. */
  calls: number;
  /** Time they took, in the clock's units. */
  ms: number;
}

// V8 compiles a regular expression on its first use (bytecode, then native code on a later use), optimised only while
// the process holds under 16 MB of executable code (regexp.cc, TooMuchRegExpCode), which the detector's patterns and
// the JIT pass during the first cycle below. The core texts run first, as before: they reach the patterns every prompt
// runs, which so stay optimised. Then the rest of the texts, so that a pattern that real traffic reaches rarely is
// compiled here rather than on a request (the chat set's prompts then left ~100 compiles instead of ~400).
// A pattern is compiled separately for one-byte (Latin-1) and two-byte subjects, and one character such as a
// typographic apostrophe makes a whole prompt two-byte, so each text also runs in its other form: with every ’ made
// ' (one-byte), or with a closing sentence that holds a ’ (two-byte).
const oneByte = (t: string): string => t.replace(/[‘’]/g, "'");
const twoByte = (t: string): string => `${oneByte(t)}\n\nThat’s all, thanks.`;
const otherForm = (t: string): string => (oneByte(t) === t ? twoByte(t) : oneByte(t));
const ALL_TEXTS = [...WARM_UP_TEXTS, ...WARM_UP_COVERAGE_TEXTS];
const user = (content: string): unknown => ({ messages: [{ role: 'user', content }] });

const BODIES: readonly unknown[] = [
  // Chat requests of growing size (one text, then several joined) so short and long bodies both run, and pasted JSON.
  ...WARM_UP_TEXTS.map(user),
  { messages: [{ role: 'system', content: WARM_UP_TEXTS.slice(0, 7).join('\n\n') }, { role: 'user', content: WARM_UP_TEXTS.slice(7).join('\n\n') }] },
  { messages: [{ role: 'user', content: WARM_UP_TEXTS.join('\n\n').repeat(2) }], tools: [{ type: 'function', function: { name: 'lookup', parameters: { type: 'object' } } }] },
  // Pasted JSON (a chat export): the key-value, tabular and config recognisers.
  { messages: [{ role: 'user', content: JSON.stringify({ messages: WARM_UP_TEXTS.map((content, i) => ({ role: i % 2 === 0 ? 'user' : 'assistant', content })) }) }] },
  // The less common paths, in both forms, and the core texts in their other form.
  ...WARM_UP_COVERAGE_TEXTS.flatMap((t) => [user(oneByte(t)), user(twoByte(t))]),
  ...WARM_UP_TEXTS.map((t) => user(otherForm(t))),
  user(oneByte(WARM_UP_COVERAGE_TEXTS.join('\n\n'))),
  // Pasted request logs (a JSON line per request): escaped quotes, many short strings, in both forms.
  user(ALL_TEXTS.map((t) => JSON.stringify(user(oneByte(t)))).join('\n')),
  user(ALL_TEXTS.map((t) => JSON.stringify(user(twoByte(t)))).join('\n')),
];

/**
 * Classifies the built-in bodies in turn until `ms` have passed on `now` (none for 0). One cycle takes about 2 s of CPU
 * on a fresh thread; the core texts, about half of it, come first. A call started before the
 * deadline finishes, so the overrun is at most one body's scan (the largest is about 15 KB).
 */
export function warmUp(ms: number, now: () => number, run: (body: unknown) => RequestClassification = classify): WarmUpResult {
  const t0 = now();
  let calls = 0;
  while (now() - t0 < ms) run(BODIES[calls++ % BODIES.length]);
  return { calls, ms: now() - t0 };
}
