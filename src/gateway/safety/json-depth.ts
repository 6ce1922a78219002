/**
 * Nesting depth of a JSON text, found in one pass before `JSON.parse` (which would build the whole tree, and whose
 * deep trees later overflow the stack of any recursive code: translation, the detector, serialisation).
 * Returns the depth at which `max` was passed, or null when the text stays within it.
 */
export function exceedsJsonDepth(text: string, max: number): number | null {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 0x5c) i++; // backslash: skip the escaped character
      else if (c === 0x22) inString = false;
      continue;
    }
    if (c === 0x22) inString = true;
    else if (c === 0x7b || c === 0x5b) {
      if (++depth > max) return depth;
    } else if (c === 0x7d || c === 0x5d) depth--;
  }
  return null;
}
