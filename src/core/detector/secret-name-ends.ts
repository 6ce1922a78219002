import { KEY_PHRASE_LAST } from './data/secret-names.js';
import { separators } from './separators.js';
import { codeAt } from './word-index.js';

/*
 * Where a secret's name can end right before a ':' or '=': one walk over the text's separators (separators.ts) for the
 * two recognisers that read `NAME=value` / `name: value` (config-secrets.ts and generic-secrets.ts), each with its own
 * cheap test of the letters before the separator. The last text's answer is kept, as the two scanners ask in turn.
 */

// The last three letters a secret-ish name can end with (generic-secrets.ts): key(s), token(s), secret(s), password(s),
// pass, pwd, passwd, passphrase, credential(s), creds, auth, team, or value (a pair's). Folded with | 32 and packed in
// one number, so a separator after any other word (most JSON keys) costs three character reads.
const ENDINGS = new Set(
  [
    'key',
    'eys',
    'ken',
    'ens',
    'ret',
    'ets',
    'ord',
    'rds',
    'ass',
    'pwd',
    'swd',
    'ase',
    'ial',
    'als',
    'eds',
    'uth',
    'eam',
    'lue',
    // The other languages' words (data/secret-names.ts FOREIGN_WORDS), "mot de passe", and an algorithm after a key's word.
    'ave',
    'tel',
    'sel',
    'ena',
    'ort',
    // A Terraform variable's default (generic-secrets.ts reads the variable's name); a PIN's or a lock's code, a
    // wifi's pre-shared key.
    'ult',
    'pin',
    'ode',
    'psk',
    'sse',
    'eto',
    'eta',
    'ete',
    'ton',
    'eim',
    '256',
    '512',
    '384',
    'mac',
    // "clave_api", "chiave_api", "cle_api" (secret-names.ts reads the key word before "api").
    'api',
    // French "mdp" (mot de passe) on its own.
    'mdp',
    // The same words with their accents: "contraseña", "clé" (| 32 folds Ñ and É too).
    'eña',
    'clé',
  ].map((w) => pack3(w, 3)),
);
function pack3(text: string, e: number): number {
  return (
    ((text.charCodeAt(e - 3) | 32) << 16) |
    ((text.charCodeAt(e - 2) | 32) << 8) |
    (text.charCodeAt(e - 1) | 32)
  );
}
/** True when the word ending at `e` can be a secret-ish name's last word (generic-secrets.ts). */
export const endsName = (text: string, e: number): boolean => e >= 3 && ENDINGS.has(pack3(text, e));

// A name read head first (secret-names.ts headFirst: `claveComercio`, `password_db`, `motDePasseAdmin`) ends in any
// word: the nouns it may open with, anywhere in the identifier before the separator and followed by more of it (a
// superset; secretName reads the words).
const HEAD_NOUN =
  /(?:clave|contras|chiave|cle|mot.?de.?passe|chave|senha|pass|pwd|secret|token|key)[_.-]?[a-z0-9]/i;
const HEAD_REACH = 48;
// ASCII letters and digits, '_', '-', '.', and the Latin letters beyond ASCII (U+00C0..U+024F but × and ÷) that
// Spanish and French names hold (`contraseña_bd`).
const isNameCode = (c: number): boolean =>
  ((c | 32) >= 97 && (c | 32) <= 122) ||
  (c >= 48 && c <= 57) ||
  c === 95 ||
  c === 45 ||
  c === 46 ||
  (c >= 0xc0 && c <= 0x24f && c !== 0xd7 && c !== 0xf7);
// The first three letters of HEAD_NOUN's nouns, folded (| 32, then & 31) into a 15-bit table: an identifier holding
// none of them (most JSON keys) is passed over without its slice and the pattern. Other name characters fold onto
// letters' slots too, which only lets more identifiers through to the pattern (a superset).
const HEAD_TRIGRAMS = new Uint8Array(1 << 15);
const tri = (a: number, b: number, c: number): number => (((a | 32) & 31) << 10) | (((b | 32) & 31) << 5) | ((c | 32) & 31);
for (const w of ['cla', 'con', 'chi', 'cle', 'mot', 'cha', 'sen', 'pas', 'pwd', 'sec', 'tok', 'key'])
  HEAD_TRIGRAMS[tri(w.charCodeAt(0), w.charCodeAt(1), w.charCodeAt(2))] = 1;

/** True when the identifier ending at `e` (at most HEAD_REACH back) holds a head-first secret noun before its end. */
export function headFirstName(text: string, e: number): boolean {
  let s = e;
  // Walking back, whether some three letters in a row open one of the nouns (the pattern needs that).
  let seen = false;
  let b = -1;
  let c = -1;
  while (s > 0 && e - s < HEAD_REACH) {
    const a = text.charCodeAt(s - 1);
    if (!isNameCode(a)) break;
    if (c >= 0 && HEAD_TRIGRAMS[tri(a, b, c)] === 1) seen = true;
    c = b;
    b = a;
    s--;
  }
  return seen && e - s >= 5 && HEAD_NOUN.test(text.slice(s, e));
}

/** headFirstName without the letter table: the reference in tests. */
export function headFirstNameReference(text: string, e: number): boolean {
  let s = e;
  while (s > 0 && e - s < HEAD_REACH && isNameCode(text.charCodeAt(s - 1))) s--;
  return e - s >= 5 && HEAD_NOUN.test(text.slice(s, e));
}

// The words of config-secrets.ts's KEY_END, by their last letter: most separators follow a letter no word ends with.
const KEY_WORDS = ['password', 'passwd', 'passphrase', 'pass', 'pwd', 'secret', 'token', 'key', 'pat', 'pw', 'credential'];
const KEY_WORDS_BY_LAST: (string[] | undefined)[] = [];
for (const w of KEY_WORDS) (KEY_WORDS_BY_LAST[w.charCodeAt(w.length - 1)] ??= []).push(w);

/** True when `word` (lower-case ASCII) ends at `end`, compared as the non-unicode `i` flag does (ASCII letters only). */
function endsWithFolded(text: string, end: number, word: string): boolean {
  const s = end - word.length;
  if (s < 0) return false;
  for (let k = 0; k < word.length; k++)
    if ((text.charCodeAt(s + k) | 32) !== word.charCodeAt(k)) return false;
  return true;
}

// config-secrets.ts's key phrases ("clé API :", "API-Schlüssel:"): the last three letters of a phrase's last word
// (data/secret-names.ts KEY_PHRASE_LAST), folded with | 32 (ASCII letters), hashed into a 16-bit table: a word before a
// separator is sliced and looked up only when its ending's hash is one of them (most JSON keys' are not).
const fold = (c: number): number => (c < 128 ? c | 32 : c);
const ending3 = (text: string, e: number): number =>
  (((fold(text.charCodeAt(e - 3)) * 31 + fold(text.charCodeAt(e - 2))) * 31 + fold(text.charCodeAt(e - 1))) |
    0) &
  0xffff;
const PHRASE_ENDS = new Uint8Array(65536);
for (const w of KEY_PHRASE_LAST.split(' ')) PHRASE_ENDS[ending3(w, w.length)] = 1;
/** True when the word ending at `e` may be a key phrase's last word (its ending's hash is one of theirs). */
export const phraseEndAt = (text: string, e: number): boolean =>
  e >= 3 && PHRASE_ENDS[ending3(text, e)] === 1;

/** A letter or '-' (ASCII letters by code; any character past ASCII counts, as the phrases' letters do). */
const isWordCode = (c: number): boolean => ((c | 32) >= 97 && (c | 32) <= 122) || c === 45 || c > 127;
/** Where the word (letters and '-', at most 24) that ends at `e` starts. */
export function wordBefore(text: string, e: number): number {
  let s = e;
  while (s > 0 && e - s < 24 && isWordCode(text.charCodeAt(s - 1))) s--;
  return s;
}

export interface NameEnds {
  /** Where config-secrets.ts's KEY_END can match, ascending (config-secrets.ts keyEndStarts says why). */
  readonly keyStarts: readonly number[];
  /** The separators generic-secrets.ts reads: no '::' or '==', and a secret-ish name's ending before (endsName). */
  readonly assignments: readonly number[];
  /**
   * Where config-secrets.ts's key phrases may end, three numbers each: the separator, the end of the word before it
   * (past spaces and a closing quote) and that word's start. The word is a phrase's last word, or capitalised.
   */
  readonly phrases: readonly number[];
}

let lastText: string | undefined;
let last: NameEnds = { keyStarts: [], assignments: [], phrases: [] };

export function nameEnds(text: string): NameEnds {
  if (text === lastText) return last;
  const keyStarts: number[] = [];
  const assignments: number[] = [];
  const phrases: number[] = [];
  const seps = separators(text);
  for (let k = 0; k < seps.length; k++) {
    const sep = seps[k] ?? 0;
    let e = sep;
    while (e > 0 && (text.charCodeAt(e - 1) === 32 || text.charCodeAt(e - 1) === 9)) e--;
    // config-secrets: a key word, perhaps in quotes. No word ends another ("passwd" is no "pwd"): one start at most.
    let ke = e;
    let c = codeAt(text, ke - 1);
    if (c === 34 || c === 39) c = codeAt(text, --ke - 1);
    const words = c < 128 ? KEY_WORDS_BY_LAST[c | 32] : undefined;
    if (words !== undefined) {
      for (const w of words) {
        if (endsWithFolded(text, ke, w)) {
          keyStarts.push(ke - w.length);
          break;
        }
      }
    }
    // config-secrets' key phrases: a phrase's last word, perhaps quoted, or a capitalised word (a vendor's name after
    // the phrase: "clé API Mistral :"); not after a quote when the word is no phrase's (a JSON key).
    let pe = e;
    const pq = codeAt(text, pe - 1);
    const quoted = pq === 34 || pq === 39 || pq === 0x201d || pq === 0xbb;
    if (quoted) pe--;
    const pc = codeAt(text, pe - 1);
    if (isWordCode(pc) && pc !== 45) {
      // The word's start is walked to only when it is wanted: a quoted word that is no phrase's (a JSON key) is not.
      if (phraseEndAt(text, pe)) phrases.push(sep, pe, wordBefore(text, pe));
      else if (!quoted) {
        const ps = wordBefore(text, pe);
        const first = text.charCodeAt(ps);
        if (first >= 65 && first <= 90) phrases.push(sep, pe, ps);
      }
    }
    // generic-secrets: not '::' (a scope or IPv6) nor '==' (a comparison); a name past a closing bracket and quote.
    const next = codeAt(text, sep + 1);
    if (next === 58 || (text.charCodeAt(sep) === 61 && next === 61)) continue;
    let g = pastAccessors(text, e);
    if (codeAt(text, g - 1) === 93) g--;
    const q = codeAt(text, g - 1);
    if (q === 34 || q === 39 || q === 96) g--;
    if (endsName(text, g) || headFirstName(text, g)) assignments.push(sep);
  }
  lastText = text;
  last = { keyStarts, assignments, phrases };
  return last;
}

/**
 * Where the value after a name's separator `sep` starts, when the name may be a shell expansion's variable
 * (`${SMTP_PASSWORD:?missing}`, `${DB_PASSWORD:-Hx7!...}`): there the ':' is the expansion's operator. After ':?' comes
 * the error message and after ':+' the text used when the variable is set, never a value (undefined); a default after
 * ':-' or ':=' is the value, read after its operator. Anywhere else the value starts right after the separator.
 */
export function valueAfterSeparator(text: string, nameStart: number, sep: number): number | undefined {
  const expansion = nameStart >= 2 && codeAt(text, nameStart - 1) === 123 && codeAt(text, nameStart - 2) === 36 && codeAt(text, sep) === 58;
  if (!expansion) return sep + 1;
  const op = codeAt(text, sep + 1);
  if (op === 63 || op === 43) return undefined;
  return op === 45 || op === 61 ? sep + 2 : sep + 1;
}

// A C# auto-property's accessors between its name and its initializer (`public string ApiKey { get; set; } = "..."`).
const ACCESSORS = /\{[ \t]*get;[ \t]*(?:(?:private|protected|internal)[ \t]+)?(?:(?:set|init);[ \t]*)?\}$/;

/** Where the name before an auto-property's accessors ends (past them and the spaces before), or `e` when none close at `e`. */
export function pastAccessors(text: string, e: number): number {
  if (codeAt(text, e - 1) !== 125) return e;
  const from = Math.max(0, e - 48);
  const m = ACCESSORS.exec(text.slice(from, e));
  if (m === null) return e;
  let s = from + m.index;
  while (s > 0 && (text.charCodeAt(s - 1) === 32 || text.charCodeAt(s - 1) === 9)) s--;
  return s;
}
