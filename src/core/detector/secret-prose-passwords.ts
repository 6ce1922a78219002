import { HEAD_FIRST_NOT_SECRET, NOT_SECRET_WORDS } from './data/secret-names.js';
import { COLLECTION_NOT_PASSWORD_WORDS, COLLECTION_PASSWORD_WORDS, LOCK_NOUN_WORDS, NOT_A_CLAUSE_LOCK_WORDS, NOT_A_LOCK_CODE_WORDS, NOT_THE_PASSWORD_WORDS, PASSWORD_ANAPHORA_OPENERS, PASSWORD_CUE_COMPOUND_ENDS, PASSWORD_DESCRIPTION_FUNCTION_WORDS, PASSWORD_CUE_WORDS, PIN_CUE_WORDS } from './data/secret-password-cues.js';
import type { Hit } from './hit.js';
import { PairScan } from './word-gate.js';
import { credentialValue, hostName, mixedClasses, placeholder, randomLetters } from './secret-values.js';

/*
 * A password given in running text with no assignment syntax: a password noun in one of the six languages, then within
 * a few words the password itself ("she read me the router admin pass over the phone: Kx9!...", "Benutzer hotline-17,
 * Passwort Tannenzapf#...", "mot de passe Rx7!...", "contraseña Cala_...", "wachtwoord Dijk#...", "password Vesuvio#...").
 * The cue alone says little, so the token must be shaped as people make passwords: letters and digits with a symbol
 * typed on purpose (!#$%&*+=?@^~§), or both cases, digits and a joiner (-_.). A setting, a policy, a reset, a hash or an
 * example between the cue and the token (NOT_THE_PASSWORD_WORDS) rules the cue out. Right after the cue, a generated
 * password needs no symbol: both cases and a digit in short case-runs, as no word or identifier is written ("mot de passe
 * laQDCDv8LXXg61Z", "wachtwoord SFtmnL5DMWVx2u9"). After a PIN or secret-code noun (PIN_CUE_WORDS: "PIN", "code perso",
 * "Geheimzahl", "pincode", "codice segreto") the number right after it is the secret ("code perso 738215"), unless it
 * is a default or a sample (one digit repeated, a run such as 1234). Bounded: 6 tokens, 64 characters, one line after
 * each cue.
 */

const escape = (w: string): string => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const CUES = [...PASSWORD_CUE_WORDS, ...PIN_CUE_WORDS].sort((a, b) => b.length - a.length);
const PIN_CUES = new Set(PIN_CUE_WORDS);
const LOCK_NOUNS = new Set(LOCK_NOUN_WORDS);
const COMPOUND_ENDS = new Set(PASSWORD_CUE_COMPOUND_ENDS.split(' '));
// The cue words; whether each stands as a word (or ends a German or Dutch compound) is checked around the match.
const CUE = new RegExp(CUES.map(escape).join('|'), 'gi');
// Speed: CUE tried only where two characters open a cue (word-gate.ts PairScan).
const CUE_SCAN = new PairScan(CUES, CUE);
const NOT_THE_PASSWORD = new Set(
  `${NOT_THE_PASSWORD_WORDS} ${NOT_SECRET_WORDS} ${HEAD_FIRST_NOT_SECRET}`.split(' '),
);
const WINDOW = 64;
// The words that say which account a password opens may hold articles and prepositions, which are not counted; the line is
// read this far for them (tokenAfter).
const DESCRIBED_WINDOW = 96;
const DESCRIPTION_FUNCTION = new Set(PASSWORD_DESCRIPTION_FUNCTION_WORDS.split(' '));
const ASSIGNED = /^["'`]?\s*(?:=|:\s*["'`])/;
const MAX_TOKENS = 6;

const isWordChar = (c: string): boolean => /[\p{L}\p{N}_]/u.test(c);

// Quotes and brackets around a token, and a sentence's punctuation after it ('!' may end a password and is kept).
const LEADING = /^[-"'`«“‘„([:=]+/;
const TRAILING = /["'`»”’)\].,;:?]+$/;
const STRONG_SYMBOL = /[!#$%&*+=?@^~§]/;
const EMAIL = /^[^@\s]+@[^@\s]+\.[a-z]{2,}$/i;
// A reference written as a word and its number ("ticket#4711", "issue-12", "case#88"): no password.
const WORD_NUMBER = /^\p{Ll}+[#-]\d+$/u;

// Words joined by symbols typed on purpose, no digit: a passphrase as people build one ("Herhaal#Recept!Zuid",
// "Tulpe&Wind#Nord"): three words of letters joined by symbols, or two and a closing symbol, with a capital, and a
// symbol other than those that join names ("Marketing&Sales&Support", "Sales+Service", "name@Company").
const NOT_A_NAME_JOINER = /[!#$%*=?^~§]/;
const SYMBOL_JOINED = /^\p{L}{3,16}(?:[!#$%&*+=?@^~§]\p{L}{3,16}){2,4}[!#$%&*+=?@^~§]?$|^\p{L}{3,16}[!#$%&*+=?@^~§]\p{L}{3,16}[!#$%&*+=?@^~§]$/u;
const symbolJoined = (v: string): boolean =>
  v.length >= 10 && SYMBOL_JOINED.test(v) && NOT_A_NAME_JOINER.test(v) && /\p{Lu}/u.test(v) && !placeholder(v);

/** Shaped as a person makes a password (the file comment), and neither a placeholder, an address, a path nor a digest. */
export function passwordShaped(v: string): boolean {
  if (v.length < 6 || v.length > 64 || !/\p{L}/u.test(v)) return false;
  // No digit: a symbol typed on purpose among letters of both cases in short case-runs ("jmrX@BCHUzg@"), as no word is,
  // or words joined by such symbols ("Herhaal#Recept!Zuid").
  if (!/\d/.test(v)) return lettersAndSymbols(v) || (symbolJoined(v) && !EMAIL.test(v));
  const strong = STRONG_SYMBOL.test(v);
  // Both cases, two digits and a joiner ("Cala_Morell88"); one digit is a word's ("2FA-Code", "Web-3Ds").
  const cased = /\p{Lu}/u.test(v) && /\p{Ll}/u.test(v) && /[-_.]/.test(v) && /\d\D*\d/.test(v) && v.length >= 8;
  if (!strong && !cased) return false;
  // A variable, a template, a path or a host and port ("${DB_PASS}@db:5432/app") is no typed password.
  if (/[{}/\\"'`;]|^\$|:\d/.test(v) || EMAIL.test(v) || hostName(v) || WORD_NUMBER.test(v)) return false;
  if (/^[a-f0-9]{32,}$/i.test(v) || /(.)\1{4,}/.test(v)) return false;
  return !placeholder(v);
}

/** Letters of both cases and a symbol, no digit, 10+ characters, the letters random (see passwordShaped). */
function lettersAndSymbols(v: string): boolean {
  if (v.length < 10 || !STRONG_SYMBOL.test(v) || !/^[\p{L}!#$%&*+?@^~§.-]+$/u.test(v) || !/\p{Lu}/u.test(v) || !/\p{Ll}/u.test(v)) return false;
  if (EMAIL.test(v) || hostName(v) || /(.)\1{2,}/.test(v) || placeholder(v)) return false;
  // Case-runs of the token as typed (a symbol ends a run): four or more, under four letters each ("jmr X BCH Uzg").
  const runs = v.match(/[A-Z]?[a-z]+|[A-Z]+(?![a-z])/g) ?? [];
  return runs.length >= 4 && runs.join('').length / runs.length < 4;
}

/**
 * Generated by a password manager: no symbol, but both cases in short case-runs, and a digit ("kVo2uRawwzvvow"), or a
 * joiner that some generators add ("pDIJVWv7nxD_sx"), or letters only ("TwIqTqBZNm", the letters-only setting): no
 * word, name or identifier is written in four or more case-runs of under four letters.
 */
function generatedPassword(v: string): boolean {
  if (v.length < 8 || v.length > 64 || !/^[A-Za-z0-9_.-]+$/.test(v) || placeholder(v)) return false;
  const alnum = v.replace(/[_.-]/g, '');
  // At most two joiners, none at either end (a path, a host or a snake_case identifier has more or other shapes).
  if (v.length - alnum.length > 2 || /^[_.-]|[_.-]$/.test(v)) return false;
  if (!randomLetters(alnum) || !/[A-Z]/.test(alnum) || !/[a-z]/.test(alnum)) return false;
  return alnum === v ? /\d/.test(v) || /^[A-Za-z]{8,}$/.test(v) : mixedClasses(alnum);
}

// An app password as Google shows it: four groups of four lower-case letters ("unaj vhqv dype gljb"). Four 4-letter
// words in a row after a password noun are rare in prose; one group with no vowel makes it no prose at all.
const APP_PASSWORD_REST = /(?: [a-z]{4}){3}(?![\p{L}\p{N}])/uy;
const NO_VOWEL = /^[^aeiou]{4}$/;
function appPasswordAt(window: string, at: number, first: string): number {
  if (!/^[a-z]{4}$/.test(first)) return 0;
  APP_PASSWORD_REST.lastIndex = at + 4;
  const m = APP_PASSWORD_REST.exec(window);
  if (m === null) return 0;
  const groups = [first, ...m[0].trim().split(' ')];
  return groups.some((g) => NO_VOWEL.test(g)) ? 4 + m[0].length : 0;
}

// Right after a password noun (or its linking verb), a word and two or more digits is the password given as people
// choose one ("Passwort Linde77", "mdp Accueil2025", "contraseña Recepcion2025"): the noun says what it is.
const WORD_AND_DIGITS = /^\p{L}{3,}\d{2,6}[!?#$%&*+=@^~§]?$/u;
const wordAndDigits = (v: string): boolean => v.length >= 6 && WORD_AND_DIGITS.test(v) && !placeholder(v);

// Words between a PIN noun and its number that only link them ("PIN is 4711", "code perso : 738215", "PIN lautet 0815").
const LINKING = new Set('is was ist war lautet est était es era è'.split(' '));

// A keypad code with a letter or a key of its own before or after the digits ("4821B", "A3907", "4821#"), and a safe
// dial's combination ("31-17-42"): the digits are read as a PIN's.
const KEYPAD_CODE = /^[A-Z*#]?(\d{4,8})[A-Z*#]?$/;
const DIAL_COMBINATION = /^\d{1,2}(?:-\d{1,2}){2,4}$/;

/** A PIN or secret code's number: 4 to 8 digits, not one digit repeated nor a run up or down (a default or a sample). */
export function pinShaped(v: string): boolean {
  if (DIAL_COMBINATION.test(v)) return true;
  const digits = KEYPAD_CODE.exec(v)?.[1];
  if (digits === undefined) return false;
  v = digits;
  if (/^(\d)\1+$/.test(v)) return false;
  const step = v.charCodeAt(1) - v.charCodeAt(0);
  if (step !== 1 && step !== -1) return true;
  for (let i = 2; i < v.length; i++) if (v.charCodeAt(i) - v.charCodeAt(i - 1) !== step) return true;
  return false;
}

// A word quoted right after a password noun is the password given, whatever its shape ("het wachtwoord 'tulpenbol'",
// "parola d'ordine 'gabbiano'", "Kennwort „Kastanie“"): the quotes mark it as the literal typed or said. Only a single
// word of letters and digits, within QUOTED_REACH tokens of the noun; after a word for whose it is ("for", "für",
// "pour", "para", "voor", "per", "user") a quoted word names the account ("password for user 'bob'"), not the password.
const QUOTED_WORD = /^(["'«“‘„])([\p{L}\p{N}]{4,32})(["'»”’“])[.,;!?)]*$/u;
// Short or ambiguous nouns ("Pass 2 jours", a mountain pass, "pw"/"ww" abbreviations) give no quoted word.
const NO_QUOTED_LOOK = new Set(['pass', 'pw', 'ww']);
const QUOTED_REACH = 3;
const WHOSE = new Set('for für pour para voor per user utente usuario utilisateur benutzer gebruiker account konto compte cuenta'.split(' '));
const CLOSE: Readonly<Record<string, string>> = { '"': '"', "'": "'", '«': '»', '“': '”', '‘': '’', '„': '“' };

/** The quoted word's span inside `raw` (at `at` in the text), or undefined when `raw` is no quoted single word. */
function quotedWord(raw: string, at: number): [number, number] | undefined {
  const m = QUOTED_WORD.exec(raw);
  const open = m?.[1];
  const v = m?.[2];
  if (m === null || open === undefined || v === undefined) return undefined;
  // The closing quote matches the opening one („...“ and “...” both close on “ or ”).
  if (m[3] !== CLOSE[open] && !(open === '„' && m[3] === '”')) return undefined;
  if (placeholder(v) || /^\d+$/.test(v)) return undefined;
  return [at + 1, at + 1 + v.length];
}

/** `quotedFrom`: the first token a quoted word may be (1 after "palabra clave", which opens a keyword; QUOTED_REACH for none). */
function tokenAfter(text: string, from: number, pin: boolean, quotedFrom = 0): [number, number] | undefined {
  // The line's end is looked for inside the window only: a search to the end of a long text from every cue would make
  // a text of many cues quadratic.
  const limit = Math.min(text.length, from + DESCRIBED_WINDOW);
  const nl = text.slice(from, limit).indexOf('\n');
  const window = text.slice(from, nl === -1 ? limit : from + nl);
  const tokens = /\S+/g;
  let n = 0;
  // Whether no word stands between the cue and this token yet (a ':' or a quote is no word; for a PIN, nor is "is").
  let next = true;
  // Whether a word saying whose password it is came first (WHOSE): a quoted word after it names the account.
  let owned = false;
  // A PIN's sentence may name the card or phone it opens first ("el PIN de la SIM de empresa es 5820"): two more words.
  const maxTokens = pin ? MAX_TOKENS + 2 : MAX_TOKENS;
  for (let m = tokens.exec(window); m !== null && n < maxTokens; m = tokens.exec(window), n++) {
    const raw = m[0];
    if (WHOSE.has(raw.toLowerCase())) owned = true;
    const quoted = !pin && !owned && n >= quotedFrom && n < QUOTED_REACH ? quotedWord(raw, from + m.index) : undefined;
    if (quoted !== undefined) return quoted;
    const lead = LEADING.exec(raw)?.[0].length ?? 0;
    const v = raw.slice(lead).replace(TRAILING, '');
    if (NOT_THE_PASSWORD.has(v.toLowerCase())) return undefined;
    const span: [number, number] = [from + m.index + lead, from + m.index + lead + v.length];
    if (passwordShaped(v) || (next && (generatedPassword(v) || (pin ? pinShaped(v) : wordAndDigits(v))))) return span;
    const app = pin ? 0 : appPasswordAt(window, m.index + lead, v);
    if (app > 0) return [span[0], span[0] + app];
    // A linking verb gives the value that follows it, also after words saying which code or password it is ("the door
    // code for the back entrance is 4821", "le digicode de l'immeuble est 4821B", "das Passwort vom Kassensystem ist
    // Linde77").
    if (LINKING.has(v.toLowerCase())) next = true;
    // A colon after the words saying whose or which it is gives the value too ("Neues Passwort für Frau Bauer:
    // Herbst2025", "PIN für das Diensthandy: 5820").
    else if (raw.endsWith(':')) next = true;
    else if (v !== '') next = false;
    // An article or a preposition of the account's description is not counted ("de la aplicación de fichaje de las ...").
    if (DESCRIPTION_FUNCTION.has(v.toLowerCase())) n--;
    // A sentence ends the look, unless the next one opens on the password it named ("La que tengo apuntada es ...").
    if (/[.?]["')]?$/.test(raw) && m.index + raw.length < window.length) return pin ? undefined : anaphoricValue(text, from + m.index + raw.length);
  }
  return undefined;
}

const ANAPHORA = new RegExp(`^\\s{1,3}(?:${PASSWORD_ANAPHORA_OPENERS.map(escape).join('|')})(?![\\p{L}])`, 'iu');
const ANAPHORA_REACH = 100;
const ANAPHORA_TOKENS = 6;

/**
 * The password given in the sentence after the one that named it, when that sentence opens on it (data/secret-password-
 * cues.ts PASSWORD_ANAPHORA_OPENERS): within a few words its linking verb, then a value shaped as people make passwords
 * (passwordShaped only: no generated or word-and-digits reading this far from the noun). Bounded: ANAPHORA_REACH
 * characters on the line.
 */
function anaphoricValue(text: string, at: number): [number, number] | undefined {
  let window = text.slice(at, Math.min(text.length, at + ANAPHORA_REACH));
  const opener = ANAPHORA.exec(window);
  if (opener === null) return undefined;
  const nl = window.indexOf('\n', 1);
  if (nl !== -1) window = window.slice(0, nl);
  const tokens = /\S+/g;
  tokens.lastIndex = opener[0].length;
  let linked = false;
  for (let m = tokens.exec(window), n = 0; m !== null && n < ANAPHORA_TOKENS; m = tokens.exec(window), n++) {
    const raw = m[0];
    const lead = LEADING.exec(raw)?.[0].length ?? 0;
    const v = raw.slice(lead).replace(TRAILING, '');
    if (NOT_THE_PASSWORD.has(v.toLowerCase())) return undefined;
    if (linked) return passwordShaped(v) ? [at + m.index + lead, at + m.index + lead + v.length] : undefined;
    if (LINKING.has(v.toLowerCase())) linked = true;
    if (/[.?!]["')]?$/.test(raw)) return undefined;
  }
  return undefined;
}

// A password changed or set to a value, the preposition right after the noun (or after its participle, as Dutch and
// German put it): "changed my password to harbourlights77", "Passwort auf sonnenblume12 gesetzt", "changé le mot de
// passe en ...", "cambié la contraseña a ...", "wachtwoord veranderd naar ...", "cambiato la password in ...". The
// grammar says the word is the password, so one typed as a word and a digit counts (credentialValue's password tier).
const CHANGED_TO =
  /[ \t]+(?:(?:gewijzigd|veranderd|aangepast|geändert|gesetzt|geaendert)[ \t]+)?(?:to|auf|in|en|a|por|naar)[ \t]+["'“„«‘]?([^\s"'”“»’]{8,64})/y;

function changedTo(text: string, from: number): [number, number] | undefined {
  CHANGED_TO.lastIndex = from;
  const m = CHANGED_TO.exec(text);
  const raw = m?.[1];
  if (m === null || raw === undefined) return undefined;
  const v = raw.replace(TRAILING, '');
  if (!/\d/.test(v) || !/\p{L}/u.test(v) || !credentialValue(v, 'password') || NOT_THE_PASSWORD.has(v.toLowerCase())) return undefined;
  const start = m.index + m[0].length - raw.length;
  return [start, start + v.length];
}

const COLLECTION = new Set(COLLECTION_PASSWORD_WORDS.split(' '));
const NOT_COLLECTION_PASSWORD = new Set(COLLECTION_NOT_PASSWORD_WORDS.split(' '));
// A collection password as said at the door: a word of letters, or a few joined by hyphens ("bluebell",
// "marmalade-sandwich"), ending its clause.
const SPOKEN_WORD = /^\p{L}{4,24}(?:-\p{L}{3,24}){0,3}$/u;
const COLLECTION_REACH = 5;

/** Whether the word before the cue (or a compound's first part, "Abholpasswort") is a collection word. */
function collectionBefore(text: string, at: number): boolean {
  let b = at;
  while (b > 0 && at - b < 24 && /[\p{L}-]/u.test(text.charAt(b - 1))) b--;
  const own = text.slice(b, at).replace(/-$/, '').toLowerCase();
  if (own !== '') return COLLECTION.has(own);
  return COLLECTION.has(wordBefore(text, at));
}

/**
 * A collection password (COLLECTION_PASSWORD_WORDS) given after its linking verb or a colon: the word there is the
 * password whatever its shape ("Collection password is marmalade-sandwich.", "Das Abholpasswort lautet Pusteblume.",
 * "la contraseña de recogida es girasol"), unless it says something about the password (COLLECTION_NOT_PASSWORD_WORDS).
 */
function collectionPassword(text: string, cueStart: number, from: number): [number, number] | undefined {
  const limit = Math.min(text.length, from + WINDOW);
  const nl = text.slice(from, limit).indexOf('\n');
  const window = text.slice(from, nl === -1 ? limit : from + nl);
  let collection = collectionBefore(text, cueStart);
  let linked = false;
  const tokens = /\S+/g;
  for (let m = tokens.exec(window), n = 0; m !== null && n < COLLECTION_REACH + 2; m = tokens.exec(window), n++) {
    const raw = m[0];
    const lead = LEADING.exec(raw)?.[0].length ?? 0;
    const v = raw.slice(lead).replace(TRAILING, '');
    const w = v.toLowerCase();
    if (linked) {
      if (!collection || !SPOKEN_WORD.test(v) || NOT_COLLECTION_PASSWORD.has(w) || NOT_THE_PASSWORD.has(w) || placeholder(v)) return undefined;
      // The word ends its clause: a sentence's punctuation after it, or the line's end.
      if (!/[.,;!]["')]?$/.test(raw) && m.index + raw.length < window.length) return undefined;
      return [from + m.index + lead, from + m.index + lead + v.length];
    }
    if (NOT_THE_PASSWORD.has(w)) return undefined;
    if (COLLECTION.has(w)) collection = true;
    if (LINKING.has(w) || raw.endsWith(':') || raw === ':') linked = true;
    else if (n >= COLLECTION_REACH || /[.?!]$/.test(raw)) return undefined;
  }
  return undefined;
}

// A code word of the six languages; a lock's or card's noun among the few words after it says what the code opens.
const CODE_WORD = /code|codice|código|codigo|combination|kombination|combinaison|combinación|combinatie|combinazione/gi;
const LOCK_REACH = 5;
const NOT_LOCK_CODE = new Set(NOT_A_LOCK_CODE_WORDS.split(' '));

/** Whether one of the three words before `at` on its line (or two or three of them together) is a lock's noun. */
function lockBefore(text: string, at: number): boolean {
  const words: string[] = [];
  let e = at;
  for (let k = 0; k < 3; k++) {
    const w = wordBefore(text, e);
    if (w === '' || NOT_LOCK_CODE.has(w)) break;
    words.unshift(w);
    e = skipBack(text, e) - w.length;
  }
  for (let i = 0; i < words.length; i++) if (LOCK_NOUNS.has(words.slice(i).join(' ')) || LOCK_NOUNS.has(words[i] as string)) return true;
  return false;
}

// The lock nouns read across a clause (lockInSentence): the ones that name only a lock; a card, a phone or Italian
// "porta" (also "brings") in the same sentence as a code says less.
const CLAUSE_LOCK_NOUNS = new Set(LOCK_NOUN_WORDS.filter((w) => !NOT_A_CLAUSE_LOCK_WORDS.includes(w)));
const CLAUSE_REACH = 100;

/**
 * A lock's noun earlier in the code word's sentence, past a comma ("use the key safe by the bin store, code 7391",
 * "Schlüsselkasten am Müllplatz, Code 7391", "la cassetta delle chiavi vicino ai bidoni, codice 7391"): the code
 * given after it opens that lock. The sentence is read back at most CLAUSE_REACH characters (bounded, so linear).
 */
function lockInSentence(text: string, at: number): boolean {
  const from = Math.max(0, at - CLAUSE_REACH);
  let back = text.slice(from, at);
  const end = Math.max(back.lastIndexOf('. '), back.lastIndexOf('? '), back.lastIndexOf('! '), back.lastIndexOf('\n'));
  if (end !== -1) back = back.slice(end + 1);
  const words = back.toLowerCase().match(/[\p{L}-]+/gu) ?? [];
  for (let i = 0; i < words.length; i++) {
    for (let n = 1; n <= 4 && i + n <= words.length; n++) if (CLAUSE_LOCK_NOUNS.has(words.slice(i, i + n).join(' '))) return true;
  }
  return false;
}

/** Where the spaces before `at` start (at most three). */
function skipBack(text: string, at: number): number {
  let e = at;
  while (e > 0 && e > at - 4 && text.charCodeAt(e - 1) === 32) e--;
  return e;
}

/** The word (letters) right before `at`, past spaces, lower case. */
function wordBefore(text: string, at: number): string {
  const e = skipBack(text, at);
  let b = e;
  while (b > 0 && e - b < 24 && /\p{L}/u.test(text.charAt(b - 1))) b--;
  return text.slice(b, e).toLowerCase();
}

/**
 * A code named by what it opens, the number after it ("the code for the key box at the back door is 2580", "Der Code für
 * den Schlüsselkasten ist 3907", "le code de ma carte bleue est 4096", "De code van het sleutelkastje is 3907"): the lock's
 * noun (data/secret-password-cues.ts LOCK_NOUN_WORDS) within a few words after a code word, then a PIN's number as after
 * a PIN noun. Found from each code word; a lock's noun alone names the thing, not its code.
 */
function scanLockCodes(text: string, out: Hit[]): void {
  CODE_WORD.lastIndex = 0;
  for (let m = CODE_WORD.exec(text); m !== null; m = CODE_WORD.exec(text)) {
    let end = m.index + m[0].length;
    // A whole word, or its plural ("codes"): not inside "encode", "codec", "Barcode".
    if ((text.charCodeAt(end) | 32) === 115) end++;
    if (isWordChar(text.charAt(m.index - 1)) || isWordChar(text.charAt(end))) continue;
    const limit = Math.min(text.length, end + WINDOW);
    const words: [string, number][] = [];
    const re = /[\p{L}-]+/gu;
    const window = text.slice(end, limit);
    for (let w = re.exec(window); w !== null && words.length < LOCK_REACH + 2; w = re.exec(window)) {
      if (window.slice(0, w.index).includes('\n')) break;
      words.push([w[0].toLowerCase(), end + w.index + w[0].length]);
    }
    // An error, postal, product or promotion code, source code ("error code for the card is 4012", "code d'erreur de
    // la carte") names no lock's code: the word before the code word or one between it and the noun says so.
    const before = wordBefore(text, m.index);
    if (NOT_LOCK_CODE.has(before)) continue;
    // English puts the lock first ("the garage door opener code is 7391"): a lock's noun among the three words before.
    if (lockBefore(text, m.index) || lockInSentence(text, m.index)) {
      const span = tokenAfter(text, end, true);
      if (span !== undefined) {
        out.push({ entity: 'PASSWORD', dataClass: 'secret', start: span[0], end: span[1], score: 0.8, rule: 'secret.password-prose' });
        CODE_WORD.lastIndex = Math.max(CODE_WORD.lastIndex, span[1]);
        continue;
      }
    }
    let nounEnd = -1;
    for (let k = 0; k < Math.min(words.length, LOCK_REACH) && nounEnd === -1; k++) {
      if (NOT_LOCK_CODE.has((words[k] as [string, number])[0])) break;
      for (let n = 3; n >= 1; n--) {
        if (k + n > words.length) continue;
        const phrase = words.slice(k, k + n).map((x) => x[0]).join(' ');
        if (LOCK_NOUNS.has(phrase)) {
          nounEnd = (words[k + n - 1] as [string, number])[1];
          break;
        }
      }
    }
    if (nounEnd === -1) continue;
    const span = tokenAfter(text, nounEnd, true);
    if (span === undefined) continue;
    out.push({ entity: 'PASSWORD', dataClass: 'secret', start: span[0], end: span[1], score: 0.8, rule: 'secret.password-prose' });
    CODE_WORD.lastIndex = Math.max(CODE_WORD.lastIndex, span[1]);
  }
}

/** Passwords given after a password noun in running text (the file comment). */
export function scanProsePasswords(text: string, out: Hit[]): void {
  let from = 0;
  for (let m = CUE_SCAN.next(text, from); m !== null; m = CUE_SCAN.next(text, from)) {
    const end = m.index + m[0].length;
    from = end;
    // A word of prose: a space, a colon or a comma after it, and a space, a quote or a bracket before it; a key or a
    // property's part (`mail.password.smtp=`, `$pass`) is the assignment scanners'.
    // A sentence's end right after it too ('.' or '?' and a space: not a property's dot, `mail.password.smtp`): the next
    // sentence may open on the password it named (anaphoricValue).
    if (end < text.length && !/[\s:,]/.test(text.charAt(end)) && !(/[.?]/.test(text.charAt(end)) && /^\s/.test(text.charAt(end + 1)))) continue;
    const cue = m[0].toLowerCase();
    // "PIN" in capitals only: "pin 13" is a connector's, "pin the version" a verb.
    if (cue === 'pin' && m[0] !== 'PIN') continue;
    const before = m.index > 0 ? text.charAt(m.index - 1) : ' ';
    if (!/[\s("'«“‘„\p{L}-]/u.test(before)) continue;
    // Inside a word only as the end of a German or Dutch compound ("WLAN-Passwort", "Routerkennwort"), never of a
    // code identifier ("DB_PASSWORT").
    if ((isWordChar(before) || before === '-') && (!COMPOUND_ENDS.has(cue) || !/[\p{L}-]/u.test(before))) continue;
    // An assignment in code or a connection string (`password='...'`, "Password=...;") is the other scanners'.
    if (ASSIGNED.test(text.slice(end, end + 4))) continue;
    // "palabra(s) clave" right before a quote is a keyword ("la palabra clave 'zapatos'"), not a password.
    const keyword = cue === 'clave' && /palabras?\s+$/i.test(text.slice(Math.max(0, m.index - 12), m.index));
    const pin = PIN_CUES.has(cue);
    const span =
      tokenAfter(text, end, pin, NO_QUOTED_LOOK.has(cue) ? QUOTED_REACH : keyword ? 1 : 0) ??
      (pin ? undefined : (changedTo(text, end) ?? collectionPassword(text, m.index, end)));
    if (span === undefined) continue;
    out.push({ entity: 'PASSWORD', dataClass: 'secret', start: span[0], end: span[1], score: 0.8, rule: 'secret.password-prose' });
    from = span[1];
  }
  scanLockCodes(text, out);
}
