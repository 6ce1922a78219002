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

/** Whitespace above ASCII as JavaScript's `\s` defines it (no-break, Ogham, en/em spaces, line/paragraph separators, BOM). */
export function isNonAsciiSpaceCode(c: number): boolean {
  return (
    c === 0xa0 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000 ||
    c === 0xfeff
  );
}
