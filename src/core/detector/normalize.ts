/** Evasion-resistant normalisation with an offset map back to the original text. */
import { EditBuilder } from './edits.js';

/** A normalised text plus the few places it differs from the original (sparse, so plain text costs nothing). */
export interface Normalized {
  text: string;
  /** Per edit: start in the normalised text, its length there, and the original span it replaced. Sorted; empty when identical. */
  edits: { at: Int32Array; len: Int32Array; from: Int32Array; to: Int32Array; count: number } | null;
}

// Zero-width, soft hyphen, bidi controls, word joiners: invisible and dropped (variation selectors by code below).
const DROPPED = /[\u00AD\u061C\u180E\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069\uFEFF]/;
// Unicode dashes and minus signs read as '-'; dot-like marks read as '.'.
const DASHES = /[\u2010-\u2015\u2043\u2212\u2796\uFE58\uFE63\uFF0D]/;
const DOTS = /[\u00B7\u2022\u2024\u2027\u2219\u22C5\u30FB\uFF65]/;
// C0/C1 control characters (everything outside printable ASCII, tab, newlines and U+00A0 onwards).
const CONTROL = /[^ -~\t\n\r\u00A0-\uFFFF]/;
// Anything outside printable ASCII, tab and newlines gets a look; a surrogate pair is taken whole (by code, below: a
// single class is the engine's quickest search).
const CANDIDATE = /[^ -~\t\n\r]/g;

// Cyrillic and Greek letters drawn like Latin ones ("d.оkоnkwо@", "sk_lіve_"): read as the Latin letter when they sit in
// a Latin word (an ASCII letter or digit next to them, through other look-alikes and the dots, dashes, underscores and @ of an
// address or key), so Cyrillic and Greek words stay as
// written. From Unicode's confusables for the Latin alphabet.
// Every look-alike here is one UTF-16 unit, so the two strings pair up by index.
const pairs = (from: string, to: string): [number, string][] => Array.from({ length: from.length }, (_, i) => [from.charCodeAt(i), to.charAt(i)]);
const LOOK_ALIKES = new Map<number, string>(
  [
    ...pairs('аbсdеfghіјklmnоpqrѕtuvwхуz', 'abcdefghijklmnopqrstuvwxyz'),
    ...pairs('АВСЕНІЈКМОРЅТХУ', 'ABCEHIJKMOPSTXY'),
    ...pairs('ΑΒΕΖΗΙΚΜΝΟΡΤΥΧοικνρ', 'ABEZHIKMNOPTYXoiknp'),
    ...pairs('\u0501\u051b\u051d\u04bb\u04cf', 'dqwhl'),
  ].filter(([code, latin]) => code >= 128 && latin !== String.fromCharCode(code)),
);
// How far a look-alike looks through other look-alikes for the Latin letter that places it in a Latin word.
const LOOK_REACH = 8;

// The marks inside an address or a key ("s.dubois", "sk_live", "mail@host"): looked through like a look-alike.
const JOINER = (c: number): boolean => c === 46 || c === 95 || c === 45 || c === 64;

function asciiAlnum(c: number): boolean {
  return (c >= 48 && c <= 57) || ((c | 32) >= 97 && (c | 32) <= 122);
}

/** The Latin letter for the look-alike at `at`, when a Latin letter or digit sits next to it (through other look-alikes). */
function latinLookAlike(input: string, at: number): string | undefined {
  const latin = LOOK_ALIKES.get(input.charCodeAt(at));
  if (latin === undefined) return undefined;
  for (let i = at - 1; i >= 0 && at - i <= LOOK_REACH; i--) {
    const c = input.charCodeAt(i);
    if (asciiAlnum(c)) return latin;
    if (!LOOK_ALIKES.has(c) && !JOINER(c)) break;
  }
  for (let i = at + 1; i < input.length && i - at <= LOOK_REACH; i++) {
    const c = input.charCodeAt(i);
    if (asciiAlnum(c)) return latin;
    if (!LOOK_ALIKES.has(c) && !JOINER(c)) break;
  }
  return undefined;
}

const cache = new Map<string, string>();
const DECIMAL_DIGIT = /^\p{Nd}$/u;

/** Any Unicode decimal digit (Arabic-Indic, Devanagari, Bengali, Thai, Adlam...) as its ASCII digit; blocks of ten are contiguous. */
function asciiDigit(ch: string): string | undefined {
  if (!DECIMAL_DIGIT.test(ch)) return undefined;
  const cp = ch.codePointAt(0) ?? 0;
  let zero = cp;
  while (zero > 0 && cp - zero < 9 && DECIMAL_DIGIT.test(String.fromCodePoint(zero - 1))) zero--;
  return String((cp - zero) % 10);
}

function mapChar(ch: string): string {
  const hit = cache.get(ch);
  if (hit !== undefined) return hit;
  let out: string;
  const code = ch.charCodeAt(0);
  const digit = asciiDigit(ch);
  if (DROPPED.test(ch) || (code >= 0xfe00 && code <= 0xfe0f)) out = '';
  else if (digit !== undefined) out = digit;
  // Lone surrogates and U+FFFD (what invalid UTF-8 decodes to) separate like a space: they cannot hide a value.
  else if (code === 0xfffd || (ch.length === 1 && code >= 0xd800 && code <= 0xdfff)) out = ' ';
  // Control characters split tokens like a space would, so they cannot glue digit groups invisibly.
  else if (CONTROL.test(ch)) out = ' ';
  else if (DASHES.test(ch)) out = '-';
  else if (DOTS.test(ch)) out = '.';
  else {
    out = ch.normalize('NFKC');
    // NFKC can yield dashes or zero-width marks too (e.g. full-width hyphen); map those once more.
    if (out.length === 1 && out !== ch && (DASHES.test(out) || DROPPED.test(out))) out = mapChar(out);
  }
  if (cache.size < 8192) cache.set(ch, out);
  return out;
}

const IDENTITY = (input: string): Normalized => ({ text: input, edits: null });
/** 1 for each code unit (not a surrogate: those are read in pairs) that mapChar has mapped to itself. */
const SELF = new Uint8Array(65536);

/** NFKC, invisible characters stripped, dashes unified; text that needs none of it is returned as is. */
export function normalize(input: string): Normalized {
  CANDIDATE.lastIndex = 0;
  if (!CANDIDATE.test(input)) return IDENTITY(input);
  const b = new EditBuilder(input);
  let wide = false;
  do {
    const at = CANDIDATE.lastIndex - 1;
    const hi = input.charCodeAt(at);
    if (hi > 0xff) wide = true;
    // Most candidates (é, ü, ñ, ’...) map to themselves: known after their first look, skipped with no string made.
    if (SELF[hi] === 1) continue;
    if (LOOK_ALIKES.has(hi)) {
      const latin = latinLookAlike(input, at);
      if (latin !== undefined) b.edit(at, at + 1, latin);
      continue;
    }
    const lo = hi >= 0xd800 && hi <= 0xdbff ? input.charCodeAt(at + 1) : 0;
    const end = lo >= 0xdc00 && lo <= 0xdfff ? at + 2 : at + 1;
    CANDIDATE.lastIndex = end;
    const ch = input.slice(at, end);
    const mapped = mapChar(ch);
    if (mapped !== ch) b.edit(at, end, mapped);
    else if (end === at + 1) SELF[hi] = 1;
  } while (CANDIDATE.test(input));
  const out = b.finish();
  // An input with a character beyond Latin-1 is stored two bytes per character, and so is every text built from its
  // pieces, even when normalising removed each such character (a curly quote, a dash, an invisible mark).
  return wide && out.edits !== null ? { text: oneByte(out.text), edits: out.edits } : out;
}

// A character beyond Latin-1.
const WIDE = /[^\0-\xff]/;
const utf8Encoder = new TextEncoder();
const utf8Decoder = new TextDecoder();
// Node's Buffer where the host has one: its Latin-1 round trip copies a string to one byte a character several times
// quicker than the UTF-8 one (on the chat prompts 8 against 35-50 µs for 8 KB). Exact for text with no character beyond
// Latin-1: each character is one byte, read back as the same character.
const latin1Copy =
  typeof Buffer === 'function' && typeof Buffer.from === 'function' ? (s: string): string => Buffer.from(s, 'latin1').toString('latin1') : undefined;

/**
 * `s` itself, stored one byte per character when every character fits (none beyond Latin-1); `s` unchanged otherwise.
 * Speed: the engine runs the detector's patterns several times slower on a two-byte string (its big case-insensitive
 * word alternations 3-4x on the chat prompts), and a string's storage follows the pieces it was built from. UTF-8 is
 * exact for these characters (no surrogates; U+FEFF, the mark the decoder would drop, is beyond Latin-1).
 */
export function oneByte(s: string): string {
  if (WIDE.test(s)) return s;
  return latin1Copy !== undefined ? latin1Copy(s) : utf8Decoder.decode(utf8Encoder.encode(s));
}

/** Index of the last edit starting at or before normalised position p, or -1. */
function editBefore(e: NonNullable<Normalized['edits']>, p: number): number {
  let lo = 0;
  let hi = e.count - 1;
  let best = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if ((e.at[mid] ?? 0) <= p) {
      best = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return best;
}

/** Original [start, end) of the character that produced normalised position p. */
function sourceOf(e: NonNullable<Normalized['edits']>, p: number): [number, number] {
  const k = editBefore(e, p);
  if (k < 0) return [p, p + 1];
  const a = e.at[k] ?? 0;
  const l = e.len[k] ?? 0;
  const to = e.to[k] ?? 0;
  if (p < a + l) return [e.from[k] ?? 0, to];
  const o = to + (p - (a + l));
  return [o, o + 1];
}

/** Maps a span of the normalised text back to the original text. */
export function toOriginal(n: Normalized, start: number, end: number): [number, number] {
  if (n.edits === null) return [start, end];
  const [s] = sourceOf(n.edits, start);
  if (end <= start) return [s, s];
  const [, e] = sourceOf(n.edits, end - 1);
  return [s, e];
}
