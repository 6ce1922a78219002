/**
 * The positions of ':' and '=' in a text, ascending: where key-value pairs (json-keys.ts), secret-ish config keys
 * (config-secrets.ts) and IPv6 groups (identifiers.ts) are read from. Found once per text by two native searches
 * (a loop over every character costs several times more); the last text's list is kept, as the scanners ask in turn.
 */

let lastText: string | undefined;
let last: number[] = [];

export function separators(text: string): readonly number[] {
  if (text === lastText) return last;
  const at: number[] = [];
  let colon = text.indexOf(':');
  let equals = text.indexOf('=');
  while (colon !== -1 || equals !== -1) {
    if (equals === -1 || (colon !== -1 && colon < equals)) {
      at.push(colon);
      colon = text.indexOf(':', colon + 1);
    } else {
      at.push(equals);
      equals = text.indexOf('=', equals + 1);
    }
  }
  lastText = text;
  last = at;
  return at;
}
