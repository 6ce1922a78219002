/** Finds base64, URL-encoded and hex segments that decode to readable text, so they can be scanned too. */
import { base64Runs } from './runs.js';
import { codeAt } from './word-index.js';

export type EncodingKind = 'base64' | 'url' | 'hex';

export interface DecodedSegment {
  kind: EncodingKind;
  text: string;
  /** Maps a span of the decoded text back to a span of the scanned text. */
  toSource: (start: number, end: number) => [number, number];
}

// One pass finds long base64-alphabet tokens; pure even-length hex tokens among them are decoded as hex.
// A token of 16+ characters, optionally followed by wrapped lines (MIME/PEM style), or quads separated by single spaces.
// Each alternative consumes a newline or a space per repetition, so the match is linear. A token may follow '=' (the
// value of `KEY_B64=<base64>`, a query parameter); spaced quads may not (no one writes `KEY=QUJD RUZH ...`).
const BASE64 = /(?:(?<![A-Za-z0-9+/_-])[A-Za-z0-9+/_-]{16,}={0,2}(?:\r?\n[ \t]*[A-Za-z0-9+/_-]{4,}={0,2})*|(?<![A-Za-z0-9+/=_-])(?:[A-Za-z0-9+/]{4} ){3,}[A-Za-z0-9+/]{2,4}={0,2})/y;
const WHITESPACE = /\s+/g;
const PADDING_INSIDE = /=[^=]/;
const HEX_ONLY = /^(?:[0-9A-Fa-f]{2})+$/;
const ESCAPED_HEX = /(?:\\x[0-9A-Fa-f]{2}){4,}/g;
// Whole tokens, each consumed once (a leading `[^\s]*` before `%` would rescan the token from every start).
const URL_TOKEN = /[^\s"'<>]+/g;
const PCT_HEX = /%[0-9A-Fa-f]{2}/;

/** Printable text: mostly visible ASCII or letters, no control characters, something alphanumeric. */
function readable(s: string): boolean {
  if (s.length < 6) return false;
  let bad = 0;
  let alnum = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 9 || c === 10 || c === 13 || (c >= 32 && c < 127)) {
      if ((c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122)) alnum++;
    } else if (c < 160 || c === 0xfffd) bad++;
  }
  return bad === 0 && alnum * 2 >= s.length;
}

const utf8 = new TextDecoder('utf-8', { fatal: true });

/** True when the bytes (one per char code) are well-formed UTF-8: exactly when the fatal decoder would not throw. */
export function isUtf8(bin: string): boolean {
  const n = bin.length;
  for (let i = 0; i < n; i++) {
    const b = bin.charCodeAt(i);
    if (b < 0x80) continue;
    let more: number;
    let lo = 0x80;
    let hi = 0xbf;
    if (b >= 0xc2 && b <= 0xdf) more = 1;
    else if (b >= 0xe0 && b <= 0xef) {
      more = 2;
      if (b === 0xe0) lo = 0xa0;
      else if (b === 0xed) hi = 0x9f;
    } else if (b >= 0xf0 && b <= 0xf4) {
      more = 3;
      if (b === 0xf0) lo = 0x90;
      else if (b === 0xf4) hi = 0x8f;
    } else return false;
    // The first continuation byte has the narrowed range (no overlongs, surrogates or code points past U+10FFFF).
    for (let k = 1; k <= more; k++) {
      const c = bin.charCodeAt(i + k);
      if (!(c >= (k === 1 ? lo : 0x80) && c <= (k === 1 ? hi : 0xbf))) return false;
    }
    i += more;
  }
  return true;
}

function bytesToText(bin: string): string | undefined {
  let ascii = true;
  for (let i = 0; i < bin.length; i++) {
    const c = bin.charCodeAt(i);
    // Control bytes mean binary data: reject before paying for a UTF-8 decode.
    if (c < 32 && c !== 9 && c !== 10 && c !== 13) return undefined;
    if (c > 127) ascii = false;
  }
  if (ascii) return bin;
  // Checked first: a thrown decoder error costs far more than the check, and most random bytes are not UTF-8.
  if (!isUtf8(bin)) return undefined;
  try {
    return utf8.decode(Uint8Array.from(bin, (c) => c.charCodeAt(0)));
  } catch {
    return undefined;
  }
}

// ASCII output maps byte-for-byte; anything else maps to the whole segment.
function blockMap(offset: number, length: number, perByte: number, perBlockIn: number, perBlockOut: number, ascii: boolean): DecodedSegment['toSource'] {
  return (s, e) => {
    if (!ascii) return [offset, offset + length];
    const a = offset + Math.floor(s / perBlockOut) * perBlockIn;
    const b = offset + Math.min(length, Math.ceil(e / perBlockOut) * perBlockIn);
    return perByte > 0 ? [offset + s * perByte, offset + Math.min(length, e * perByte)] : [a, b];
  };
}

function hexSegment(raw: string, index: number, escaped: boolean): DecodedSegment | undefined {
  const hex = escaped ? raw.replace(/\\x/g, '') : raw;
  let bin = '';
  for (let i = 0; i + 1 < hex.length; i += 2) bin += String.fromCharCode(parseInt(hex.slice(i, i + 2), 16));
  const decoded = bytesToText(bin);
  if (decoded === undefined || !readable(decoded)) return undefined;
  return { kind: 'hex', text: decoded, toSource: blockMap(index, raw.length, escaped ? 4 : 2, 0, 0, decoded.length === bin.length) };
}

export function base64Segment(token: string, index: number): DecodedSegment | undefined {
  let end = token.length;
  while (end > 0 && token.charCodeAt(end - 1) === 61) end--;
  const raw = end === token.length ? token : token.slice(0, end);
  if (raw.length % 4 === 1) return undefined;
  // Most base64 in prompts is of ASCII text: decoded here in one pass that also reads the token's shape and the text's
  // readability, with no atob and no second look at the characters or the bytes.
  const ascii = asciiReadable(raw);
  if (ascii !== NOT_ASCII) {
    if (ascii.shape === 0 || ascii.text === undefined) return undefined;
    return { kind: 'base64', text: ascii.text, toSource: blockMap(index, token.length, 0, 4, 3, true) };
  }
  const shape = base64Shape(raw);
  if (shape === 0 || !mayDecodeToText(raw)) return undefined;
  return decodedBase64(shape === URL_SAFE ? raw.replace(/-/g, '+').replace(/_/g, '/') : raw, index, token.length);
}

// Longer tokens go the general way (atob): String.fromCharCode takes the codes as arguments.
const MAX_ASCII_TOKEN = 4096;
const CODES: number[] = [];

const NOT_ASCII = 0;
const ASCII_RESULT: { shape: number; text: string | undefined } = { shape: 0, text: undefined };

/**
 * What atob and bytesToText make of `raw` (padding stripped, every character in the alphabet, '-' and '_' read as
 * '+' and '/') when every byte is printable ASCII, tab, line feed or carriage return, read in the same pass as
 * base64Shape(raw) and readable() of the bytes: NOT_ASCII otherwise (a character outside the alphabet, another byte, a
 * long token: the general path decides), else the shape and the text when it is readable (undefined when not). `raw`
 * is not one character over a multiple of four (base64Shape's own test, made by the caller). The result object is reused.
 */
function asciiReadable(raw: string): typeof ASCII_RESULT | typeof NOT_ASCII {
  if (raw.length > MAX_ASCII_TOKEN) return NOT_ASCII;
  let acc = 0;
  let bits = 0;
  let n = 0;
  // base64Shape's flags (1 lower, 2 upper, 4 digit or symbol, 8 URL-safe) and readable()'s counts.
  let flags = 0;
  let alnum = 0;
  let del = false;
  for (let i = 0; i < raw.length; i++) {
    const c = raw.charCodeAt(i);
    const v = c < 128 ? (B64_VALUE[c] ?? -1) : -1;
    if (v < 0) return NOT_ASCII;
    flags |= c >= 97 ? 1 : c >= 65 && c <= 90 ? 2 : c === 45 || c === 95 ? 12 : 4;
    acc = ((acc << 6) | v) & 0xffff;
    bits += 6;
    if (bits < 8) continue;
    bits -= 8;
    const b = (acc >> bits) & 0xff;
    if (b >= 128 || (b < 32 && b !== 9 && b !== 10 && b !== 13)) return NOT_ASCII;
    if ((b >= 48 && b <= 57) || ((b | 32) >= 97 && (b | 32) <= 122)) alnum++;
    else if (b === 127) del = true;
    CODES[n++] = b;
  }
  ASCII_RESULT.shape = (flags & 4) !== 0 || (flags & 3) === 3 ? ((flags & 8) !== 0 ? URL_SAFE : 1) : 0;
  // readable(): six characters or more, no control character (DEL is the only one ASCII decoding lets through), at least half alphanumeric.
  if (ASCII_RESULT.shape === 0 || n < 6 || del || alnum * 2 < n) {
    ASCII_RESULT.text = undefined;
    return ASCII_RESULT;
  }
  CODES.length = n;
  ASCII_RESULT.text = String.fromCharCode.apply(null, CODES);
  return ASCII_RESULT;
}

// Each base64 character's six bits, the URL-safe '-' and '_' as '+' and '/'; -1 for any other character.
const B64_VALUE = new Int8Array(128).fill(-1);
for (let v = 0; v < 64; v++) B64_VALUE['ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/'.charCodeAt(v)] = v;
B64_VALUE[45] = 62;
B64_VALUE[95] = 63;

/**
 * False when the bytes `raw` decodes to (as atob does: whole bytes only, trailing bits dropped) hold a control byte or
 * are not well-formed UTF-8: bytesToText would reject them. Read byte by byte with no string built, so most tokens
 * that are words or identifiers, not base64, are ruled out within a few bytes instead of after a whole decode. True
 * (no verdict: the decode decides) at any character outside the alphabet.
 */
export function mayDecodeToText(raw: string): boolean {
  let acc = 0;
  let bits = 0;
  // Continuation bytes still expected, and the range of the next one (narrowed after some lead bytes, as in isUtf8).
  let need = 0;
  let lo = 0x80;
  let hi = 0xbf;
  for (let i = 0; i < raw.length; i++) {
    const c = raw.charCodeAt(i);
    const v = c < 128 ? (B64_VALUE[c] ?? -1) : -1;
    if (v < 0) return true;
    acc = ((acc << 6) | v) & 0xffff;
    bits += 6;
    if (bits < 8) continue;
    bits -= 8;
    const b = (acc >> bits) & 0xff;
    if (need > 0) {
      if (b < lo || b > hi) return false;
      lo = 0x80;
      hi = 0xbf;
      need--;
    } else if (b < 0x80) {
      if (b < 32 && b !== 9 && b !== 10 && b !== 13) return false;
    } else if (b >= 0xc2 && b <= 0xdf) need = 1;
    else if (b >= 0xe0 && b <= 0xef) {
      need = 2;
      if (b === 0xe0) lo = 0xa0;
      else if (b === 0xed) hi = 0x9f;
    } else if (b >= 0xf0 && b <= 0xf4) {
      need = 3;
      if (b === 0xf0) lo = 0x90;
      else if (b === 0xf4) hi = 0x8f;
    } else return false;
  }
  // A sequence cut off by the end of the bytes is not well-formed either.
  return need === 0;
}

/** Standard-alphabet base64 (padding added here) decoded to readable text, as a segment of `length` source characters at `index`. */
function decodedBase64(std: string, index: number, length: number): DecodedSegment | undefined {
  let bin: string;
  try {
    bin = atob(std + '='.repeat((4 - (std.length % 4)) % 4));
  } catch {
    return undefined;
  }
  const decoded = bytesToText(bin);
  if (decoded === undefined || !readable(decoded)) return undefined;
  return { kind: 'base64', text: decoded, toSource: blockMap(index, length, 0, 4, 3, decoded.length === bin.length) };
}

const URL_SAFE = 2;

/**
 * 0 when `raw` (padding stripped) is not worth decoding: a length that leaves one character over, or no digit,
 * symbol or mixed case (a long plain word is not base64). Else 1, or URL_SAFE when it holds '-' or '_'. One pass by
 * code instead of a regex per test.
 */
export function base64Shape(raw: string): number {
  if (raw.length % 4 === 1) return 0;
  let symbol = false;
  let lower = false;
  let upper = false;
  let urlSafe = false;
  for (let i = 0; i < raw.length; i++) {
    const c = raw.charCodeAt(i);
    if (c >= 97 && c <= 122) lower = true;
    else if (c >= 65 && c <= 90) upper = true;
    else if ((c >= 48 && c <= 57) || c === 43 || c === 47) symbol = true;
    else if (c === 45 || c === 95) symbol = urlSafe = true;
  }
  if (!(symbol || (lower && upper))) return 0;
  return urlSafe ? URL_SAFE : 1;
}

/** The same by the old regexes: the reference in tests. */
export function base64ShapeReference(raw: string): number {
  if (raw.length % 4 === 1 || !(/[0-9+/_-]/.test(raw) || (/[a-z]/.test(raw) && /[A-Z]/.test(raw)))) return 0;
  return /[-_]/.test(raw) ? URL_SAFE : 1;
}

/** The old checks by regex: the reference in tests. */
export function base64SegmentReference(token: string, index: number): DecodedSegment | undefined {
  const raw = token.replace(/=+$/, '');
  if (raw.length % 4 === 1 || !(/[0-9+/_-]/.test(raw) || (/[a-z]/.test(raw) && /[A-Z]/.test(raw)))) return undefined;
  return decodedBase64(raw.replace(/-/g, '+').replace(/_/g, '/'), index, token.length);
}

/** HEX_ONLY's test by code: an even, non-zero number of hex digits. */
export function hexOnly(s: string): boolean {
  if (s.length === 0 || s.length % 2 === 1) return false;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (!((c >= 48 && c <= 57) || (c >= 65 && c <= 70) || (c >= 97 && c <= 102))) return false;
  }
  return true;
}

/** HEX_ONLY itself: the reference in tests. */
export const hexOnlyReference = (s: string): boolean => HEX_ONLY.test(s);

/** `/\s/` on a BASE64 match: it holds only the alphabet, '=', and as whitespace spaces, tabs and line breaks. */
function hasSpace(raw: string): boolean {
  for (let i = 0; i < raw.length; i++) {
    const c = raw.charCodeAt(i);
    if (c === 32 || c === 10 || c === 13 || c === 9) return true;
  }
  return false;
}

/** Base64 broken into lines of one width (or into spaced quads): decoded as one block; findings map to the whole block. */
function wrappedSegment(raw: string, index: number): DecodedSegment | undefined {
  const lines = raw.trim().split(/\s+/);
  const width = lines[0]?.length ?? 0;
  if (width % 4 !== 0 || lines.slice(0, -1).some((l) => l.length !== width) || (lines.at(-1)?.length ?? 0) > width) return undefined;
  const joined = raw.replace(WHITESPACE, '');
  // Padding inside the block (a padded token, then more lines): atob would throw (costly), so no text; the same answer.
  if (PADDING_INSIDE.test(joined)) return undefined;
  const seg = base64Segment(joined, index);
  return seg === undefined ? undefined : { ...seg, toSource: () => [index, index + raw.length] };
}

// Base64 alphabet: 1 = [A-Za-z0-9+/], 2 = the URL-safe '_' and '-' only.
const B64_CLASS = new Uint8Array(128);
for (let c = 0; c < 128; c++) {
  const ch = String.fromCharCode(c);
  if (/[A-Za-z0-9+/]/.test(ch)) B64_CLASS[c] = 1;
  else if (ch === '_' || ch === '-') B64_CLASS[c] = 2;
}

/**
 * Where BASE64 can match: it starts a run of [A-Za-z0-9+/_-] not preceded by one of those (its lookbehinds), and the
 * run is 16+ long (first alternative) or, not after '=', exactly four long and the start of three space-separated quads. One linear pass;
 * BASE64 then runs sticky at these starts only, so its matches are those of a global scan.
 */
/** `(?:[A-Za-z0-9+/]{4} ){3}` at s: what the quads alternative needs first (checked before trying the pattern). */
function threeQuads(text: string, s: number): boolean {
  for (let q = 0; q < 3; q++) {
    const at = s + q * 5;
    for (let k = at; k < at + 4; k++) {
      const c = text.charCodeAt(k);
      if (!(c < 128 && B64_CLASS[c] === 1)) return false;
    }
    if (text.charCodeAt(at + 4) !== 32) return false;
  }
  return true;
}

export function base64Starts(text: string): number[] {
  const long = longRunStarts(text);
  const quads = quadStarts(text);
  if (quads.length === 0) return long;
  // Disjoint (a run is 16+ long or exactly 4), each ascending: merged in one pass.
  const out: number[] = [];
  let a = 0;
  let b = 0;
  while (a < long.length || b < quads.length) {
    const x = long[a] ?? Infinity;
    const y = quads[b] ?? Infinity;
    if (x < y) {
      out.push(x);
      a++;
    } else {
      out.push(y);
      b++;
    }
  }
  return out;
}

const isB64 = (c: number): boolean => c < 128 && B64_CLASS[c] !== 0;

/** Starts of runs 16+ long (runs.ts's base64Runs, shared with the codice fiscale's search). */
function longRunStarts(text: string): number[] {
  const out: number[] = [];
  const runs = base64Runs(text);
  for (let r = 0; r < runs.length; r += 2) out.push(runs[r] ?? 0);
  return out;
}

/**
 * Starts of runs exactly 4 long that begin three space-separated quads, not after '=' (or an alphabet character): each
 * has spaces at +4, +9 and +14 with none between (the quads hold none), so it is read at the third of three spaces
 * five apart, visiting only the spaces (a native indexOf), each once, with O(1) work: linear.
 */
function quadStarts(text: string): number[] {
  const out: number[] = [];
  let a = -10;
  let b = -10;
  for (let x = text.indexOf(' '); x !== -1; x = text.indexOf(' ', x + 1)) {
    if (x - b === 5 && b - a === 5) {
      const s = a - 4;
      if (s >= 0 && !(s > 0 && (isB64(text.charCodeAt(s - 1)) || text.charCodeAt(s - 1) === 61)) && threeQuads(text, s)) out.push(s);
    }
    a = b;
    b = x;
  }
  return out;
}

/** The same starts by walking every run: the reference in tests. */
export function base64StartsReference(text: string): number[] {
  const out: number[] = [];
  const n = text.length;
  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (c >= 128 || B64_CLASS[c] === 0) {
      i++;
      continue;
    }
    const s = i;
    for (i++; i < n; i++) {
      const d = text.charCodeAt(i);
      if (d >= 128 || B64_CLASS[d] === 0) break;
    }
    const len = i - s;
    if (len >= 16 || (len === 4 && threeQuads(text, s) && (s === 0 || text.charCodeAt(s - 1) !== 61))) out.push(s);
  }
  return out;
}

/** BASE64's matches in order, as [index, text] pairs: the sticky pattern at base64Starts. */
export function base64Matches(text: string): [number, string][] {
  const found: [number, string][] = [];
  const runs = base64Runs(text);
  const quads = quadStarts(text);
  let from = 0;
  let r = 0;
  let q = 0;
  // base64Starts' two kinds of start, merged: the long runs (from base64Runs, so their ends are known) and the quads.
  while (r < runs.length || q < quads.length) {
    const x = runs[r] ?? Infinity;
    const y = quads[q] ?? Infinity;
    let p: number;
    if (x < y) {
      p = x;
      const e = runs[r + 1] ?? 0;
      r += 2;
      if (p < from) continue;
      // The first alternative takes the whole run and up to two '='; unless a line break follows (wrapped lines),
      // that is the match: no pattern run needed.
      let end = e;
      while (end < e + 2 && codeAt(text, end) === 61) end++;
      const c = codeAt(text, end);
      if (c !== 10 && c !== 13) {
        from = end;
        found.push([p, text.slice(p, end)]);
        continue;
      }
    } else {
      p = y;
      q++;
      if (p < from) continue;
    }
    BASE64.lastIndex = p;
    const m = BASE64.exec(text);
    if (m === null) continue;
    from = p + m[0].length;
    found.push([p, m[0]]);
  }
  return found;
}

/** The same matches from a global scan: the reference in tests. */
export function base64MatchesReference(text: string): [number, string][] {
  const re = new RegExp(BASE64.source, 'g');
  const found: [number, string][] = [];
  for (let m = re.exec(text); m !== null; m = re.exec(text)) found.push([m.index, m[0]]);
  return found;
}

export function findEncoded(text: string): DecodedSegment[] {
  const out: DecodedSegment[] = [];
  for (const [index, raw] of base64Matches(text)) {
    if (!hasSpace(raw)) {
      const seg = hexOnly(raw) ? hexSegment(raw, index, false) : base64Segment(raw, index);
      if (seg !== undefined) out.push(seg);
      continue;
    }
    const whole = wrappedSegment(raw, index);
    if (whole !== undefined) {
      out.push(whole);
      continue;
    }
    // Not one wrapped block: each line (or token) on its own.
    const part = /\S+/g;
    for (let p = part.exec(raw); p !== null; p = part.exec(raw)) {
      if (p[0].length < 16) continue;
      const seg = hexOnly(p[0]) ? hexSegment(p[0], index + p.index, false) : base64Segment(p[0], index + p.index);
      if (seg !== undefined) out.push(seg);
    }
  }
  if (text.includes('\\x')) {
    ESCAPED_HEX.lastIndex = 0;
    for (let m = ESCAPED_HEX.exec(text); m !== null; m = ESCAPED_HEX.exec(text)) {
      const seg = hexSegment(m[0], m.index, true);
      if (seg !== undefined) out.push(seg);
    }
  }
  // Every URL token decoded holds a %hh (decodeUrlSegments reads only those): a text with no '%' has no token to read.
  if (text.includes('%')) decodeUrlSegments(text, out);
  return out;
}

const isHexCode = (c: number): boolean => (c >= 48 && c <= 57) || ((c | 32) >= 97 && (c | 32) <= 102);
const WS = /\s/;

/** Whether the character (a UTF-16 code unit: `\s` holds no astral character) ends a URL_TOKEN: whitespace, '"', "'", '<', '>'. */
function endsUrlToken(c: number): boolean {
  if (c < 128) return c === 32 || (c >= 9 && c <= 13) || c === 34 || c === 39 || c === 60 || c === 62;
  return WS.test(String.fromCharCode(c));
}

/**
 * URL_TOKEN's matches that hold a %hh, as [start, end) pairs in order: read around each %hh (a native search for '%')
 * instead of tokenising the whole text. A token is a maximal run of characters that end none, so the one around a
 * %hh is found by walking out to the nearest ends; the search resumes past it, and the walk back never passes the
 * last token's end: each character is read at most twice, linear.
 */
export function urlTokensWithPercent(text: string): number[] {
  const out: number[] = [];
  const n = text.length;
  let from = 0;
  for (let p = text.indexOf('%'); p !== -1; p = text.indexOf('%', p + 1)) {
    if (!(p + 2 < n && isHexCode(text.charCodeAt(p + 1)) && isHexCode(text.charCodeAt(p + 2)))) continue;
    let s = p;
    while (s > from && !endsUrlToken(text.charCodeAt(s - 1))) s--;
    let e = p + 3;
    while (e < n && !endsUrlToken(text.charCodeAt(e))) e++;
    out.push(s, e);
    from = e;
    p = e - 1;
  }
  return out;
}

/** The same by URL_TOKEN and PCT_HEX over the whole text: the reference in tests. */
export function urlTokensWithPercentReference(text: string): number[] {
  const out: number[] = [];
  URL_TOKEN.lastIndex = 0;
  for (let m = URL_TOKEN.exec(text); m !== null; m = URL_TOKEN.exec(text)) if (PCT_HEX.test(m[0])) out.push(m.index, m.index + m[0].length);
  return out;
}

function decodeUrlSegments(text: string, out: DecodedSegment[]): void {
  const tokens = urlTokensWithPercent(text);
  for (let t = 0; t < tokens.length; t += 2) {
    const base = tokens[t] ?? 0;
    const raw = text.slice(base, tokens[t + 1] ?? 0);
    let bin = '';
    const src: number[] = [];
    for (let i = 0; i < raw.length; i++) {
      const ch = raw.charAt(i);
      if (ch === '%' && /^[0-9A-Fa-f]{2}$/.test(raw.slice(i + 1, i + 3))) {
        bin += String.fromCharCode(parseInt(raw.slice(i + 1, i + 3), 16));
        src.push(i);
        i += 2;
      } else {
        bin += ch === '+' ? ' ' : ch;
        src.push(i);
      }
    }
    const decoded = bytesToText(bin);
    if (decoded === undefined || decoded === raw) continue;
    const ascii = decoded.length === bin.length;
    out.push({
      kind: 'url',
      text: decoded,
      toSource: (s, e) => {
        if (!ascii) return [base, base + raw.length];
        const a = src[s] ?? raw.length;
        const lastStart = src[e - 1] ?? raw.length - 1;
        return [base + a, base + lastStart + (raw.charAt(lastStart) === '%' ? 3 : 1)];
      },
    });
  }
}
