import { HEAD_FIRST_NOT_SECRET, HEAD_FIRST_QUALIFIERS, KEY_QUALIFIERS, NOT_SECRET_WORDS } from './data/secret-names.js';
import { NOT_THE_PASSWORD_WORDS } from './data/secret-password-cues.js';
import { KEY_CUE_NOT_OWN_WORDS, STREAM_KEY_WORDS, TOKEN_CUE_NOT_SECRET_WORDS } from './data/secret-key-cues.js';
import { HEX_NOT_SECRET_WORDS } from './data/secret-hex-words.js';
import type { Hit } from './hit.js';
import { credentialValue, entropy, mixedCaseKey, mixedClasses, placeholder } from './secret-values.js';
import { PairScan } from './word-gate.js';

/*
 * A key given in running text after its noun, with no assignment syntax and no verb (generic-secrets.ts reads "the
 * key is ..."): "MessageBird met AccessKey xjx...", "chiave segreta produzione rxY...", "la clave SHA-256 del comercio
 * bI/JJ...", "aggiungo la chiave segreta J3cz...", "clé privée 92TIOK59", in the six languages. The noun is a key word
 * (key, Schlüssel, sleutel, clé, clave, chiave, or a compound ending in one: AccessKey, API-Key, Zugangsschlüssel,
 * api-sleutel) or "secret"; within a few words on its line comes a machine-made token (24+ characters, digits and both
 * cases: no word, name, hex digest or identifier is written so). Right after the noun and its qualifiers
 * ("clé privée", "chiave segreta produzione") a shorter generated key counts too: 8+ upper-case letters and digits
 * interleaved, as merchant keys are issued ("92TIOK59"), never a word with a number tacked on ("RSA2048X").
 * A public or test key, or a setting about the key (an example, a hash, an id, a length: the password scanner's and
 * the name reader's words) is no secret: such a word before the noun or between it and the token rules the token out.
 * An assignment (`key: ...`, `key=...`) is the key scanners'. Bounded: 6 tokens, 96 characters, one line per cue.
 */

// The noun; a compound's first part before it (AccessKey, API-Key) is read back by hand (a pattern that opens with
// it would be tried at every letter of the text).
const CUE_WORDS = ['key', 'schlüssel', 'schluessel', 'sleutel', 'clé', 'cle', 'clave', 'chiave', 'secret', 'token', 'jeton'];
// Speed: tried only where two or three characters open a key noun (word-gate.ts PairScan).
const CUE = new PairScan(CUE_WORDS, new RegExp(`(?:${CUE_WORDS.join('|')})(?![\\p{L}\\p{N}_])`, 'giu'));
const MAX_OWN = 24;
const WINDOW = 96;
const MAX_TOKENS = 6;
// A clause about the key that a colon closes ("la clave del comercio que nos dio el banco: ...", "the key the bank
// sent us last week: ..."): the token after that colon is what the noun names, a few words further on.
const MAX_COLON_TOKENS = 10;

const wordSet = (list: string): ReadonlySet<string> => new Set(list.split(' '));
const STOP = wordSet(`${NOT_THE_PASSWORD_WORDS} ${NOT_SECRET_WORDS} ${HEAD_FIRST_NOT_SECRET} ${KEY_CUE_NOT_OWN_WORDS}`);
const NOT_OWN_AFTER = wordSet(`${KEY_CUE_NOT_OWN_WORDS} example sample placeholder dummy fake`);
// A payment provider's object id (Stripe's `tok_`, `pm_`, `cus_`, `pi_`, `src_`; Mollie's `tr_`, `cst_`): it names a
// card, a payment or a customer, and opens nothing.
const OBJECT_ID = /^(?:tok|pm|cus|ch|pi|src|card|seti|tr|cst|ord)_/;
const QUALIFIER = new Set([...KEY_QUALIFIERS.split(' '), ...HEAD_FIRST_QUALIFIERS.map(([w]) => w), 'produzione', 'produccion', 'productie', 'produktion']);

const LEADING = /^[-"'`«“‘„([]+/;
const TRAILING = /["'`»”’)\].,;:?!]+$/;
const WORD = /[\p{L}\p{N}]/u;
const isWord = (c: string): boolean => {
  const k = c.charCodeAt(0);
  return k < 128 ? (k >= 48 && k <= 57) || ((k | 32) >= 97 && (k | 32) <= 122) : WORD.test(c);
};
const NON_ASCII = /[\u0080-\uffff]/;
const fold = (w: string): string => {
  const l = w.toLowerCase();
  return NON_ASCII.test(l) ? l.normalize('NFD').replace(/\p{M}/gu, '') : l;
};

// Whose token it is, when it is no credential: a card's, a form's, or an order's, a page's, a build's, a device's
// (secret-hex.ts's words for the same).
const NOT_A_CREDENTIAL_TOKEN: ReadonlySet<string> = new Set([
  ...TOKEN_CUE_NOT_SECRET_WORDS.split(' '),
  ...Object.values(HEX_NOT_SECRET_WORDS).flat().filter((w) => !w.includes(' ')).map((w) => fold(w)),
]);

/** A machine-made key with both cases (a hex digest has one case), random as generic-secrets.ts asks of a named key's value. */
const longKey = (v: string): boolean => mixedCaseKey(v) && credentialValue(v, 'named');

/** A short generated key: 8 to 23 upper-case letters and digits, two of each, the digits in two runs or more (not "RSA2048X"). */
export function shortIssuedKey(v: string): boolean {
  if (!/^[A-Z0-9]{8,23}$/.test(v) || /^[0-9A-F]+$/.test(v) || placeholder(v)) return false;
  const letters = v.replace(/\d/g, '').length;
  return letters >= 2 && (v.match(/\d+/g) ?? []).length >= 2;
}

/**
 * A long generated key in upper case and digits (24 to 64 characters: a MAC or HMAC key as a payment gateway's back
 * office prints it, "NTLFH2JLIMG4LN0KE2BTKUKM5VQMSN7R"), right after its noun: letters and digits mixed in three digit
 * runs or more, random (no identifier, reference or constant is written so), not hex (a digest).
 */
export function longIssuedKey(v: string): boolean {
  if (!/^[A-Z0-9]{24,64}$/.test(v) || /^[0-9A-F]+$/.test(v) || placeholder(v)) return false;
  return (v.match(/\d+/g) ?? []).length >= 3 && v.replace(/\d/g, '').length >= 12 && entropy(v) >= 3.5;
}

/**
 * A short generated key of both cases (16 to 23 letters and digits: LabsMobile's 20-character API token, a router's
 * 16-character WLAN key): digits in two runs or more among the letters, as no word, name or camelCase identifier
 * with numbers in it is written ("MyAppConfig2024Key", "Office365Business2019").
 */
export function shortMixedKey(v: string): boolean {
  if (!/^[A-Za-z0-9]{16,23}$/.test(v) || !mixedClasses(v) || placeholder(v)) return false;
  // Random letters hold about a fifth of vowels, words a third or more ("Office365Business2019").
  const letters = v.replace(/\d/g, '');
  const vowels = letters.replace(/[^aeiouAEIOU]/g, '').length;
  return (v.match(/\d+/g) ?? []).length >= 2 && vowels * 10 <= letters.length * 3 && entropy(v) >= 3.5;
}

// A router's WLAN key as its sticker prints it: 16 to 20 digits in groups of four (AVM's FRITZ!Box
// "WLAN-Netzwerkschlüssel" is 20 digits, "4837 2291 0654 7712 9930"). Digits after a key noun are that key only where
// the text before names a wireless network or its router.
const GROUPED_DIGITS = /\d{4}(?: \d{4}){3,4}(?![\d\p{L}])/uy;
const WIRELESS = /\b(?:wlan|w-lan|wi-?fi|wpa2?|wpa3|ssid|fritz!?box|livebox|freebox|router|modem)\b/i;

const STREAM_WORDS = wordSet(STREAM_KEY_WORDS);
// A live stream's key as the platforms issue it: YouTube's five groups of four letters and digits
// ("x5nh-ecp0-p32s-mpwj-6al8"), random in most groups (a template's "abcd-1234-..." mixes none); Twitch's
// `live_<channel id>_<random>`.
const GROUPED_STREAM_KEY = /^[a-z0-9]{4}(?:-[a-z0-9]{4}){3,5}$/;
const TWITCH_STREAM_KEY = /^live_\d{5,12}_[A-Za-z0-9]{20,40}$/;
export function streamKeyShaped(v: string): boolean {
  if (TWITCH_STREAM_KEY.test(v)) return true;
  if (!GROUPED_STREAM_KEY.test(v) || placeholder(v)) return false;
  return v.split('-').filter((g) => /\d/.test(g) && /[a-z]/.test(g)).length >= 2;
}

/** The two words after the token say it is a public or test key ("... is public", "(sandbox)"). */
function saidNotOwn(rest: string): boolean {
  const words = rest.split(/[^\p{L}\p{N}]+/u).filter((w) => w !== '').slice(0, 2);
  return words.some((w) => NOT_OWN_AFTER.has(fold(w)));
}

/** The key after the cue ending at `from`: its span, or undefined. */
function keyAfter(text: string, from: number, token: boolean, streamBefore = false): [number, number] | undefined {
  // The line's end searched for inside the window only (a search over the rest of the text would make the scan quadratic).
  let window = text.slice(from, from + WINDOW);
  const nl = window.indexOf('\n');
  if (nl !== -1) window = window.slice(0, nl);
  // Every key this reads holds a digit: a window without one is passed over before it is split into words.
  if (!/\d/.test(window)) return undefined;
  // An assignment's separator right after the noun: the config and generic scanners read those.
  if (/^["'`]?\s*[:=]/.test(window)) return undefined;
  const tokens = /\S+/g;
  // Whether only the noun's qualifiers stand between it and this token.
  let next = true;
  // Whether the key is a live stream's (a stream word before the noun or after it): a stream key's shape is read then,
  // within the noun's few words on its line ("streamsleutel van onze kerk is ...").
  let stream = streamBefore;
  let colon = false;
  let n = 0;
  for (let m = tokens.exec(window); m !== null && n < MAX_COLON_TOKENS; m = tokens.exec(window), n++) {
    const raw = m[0];
    // Past the noun's few words only a colon's token is read (and the colon and the sentence's end looked for).
    if (n >= MAX_TOKENS && !colon) {
      // A public or test key's word on the way rules the token out as it does nearer the noun.
      if (STOP.has(fold(raw.replace(LEADING, '').replace(TRAILING, ''))) || /[.?!]["')]?$/.test(raw)) return undefined;
      colon = raw.endsWith(':');
      continue;
    }
    const lead = LEADING.exec(raw)?.[0].length ?? 0;
    const v = raw.slice(lead).replace(TRAILING, '');
    const w = fold(v);
    if (STOP.has(w) || (token && NOT_A_CREDENTIAL_TOKEN.has(w))) return undefined;
    if (stream && streamKeyShaped(v))
      return saidNotOwn(window.slice(m.index + raw.length)) ? undefined : [from + m.index + lead, from + m.index + lead + v.length];
    if (STREAM_WORDS.has(w)) stream = true;
    if (OBJECT_ID.test(v)) return undefined;
    if (next && !token && /^\d{4}$/.test(v)) {
      GROUPED_DIGITS.lastIndex = m.index + lead;
      const g = GROUPED_DIGITS.exec(window);
      if (g !== null && WIRELESS.test(text.slice(Math.max(0, from - WINDOW), from))) return [from + g.index, from + g.index + g[0].length];
    }
    // After "token" only right after the noun: a build's, a page's or an order's token further on is something else.
    // After a colon that closes the noun's clause ("token per l'API dei viaggi: ..."), the token is what the noun names.
    if ((longKey(v) && (next || colon || !token)) || (next && (shortIssuedKey(v) || shortMixedKey(v) || longIssuedKey(v))))
      return saidNotOwn(window.slice(m.index + raw.length)) ? undefined : [from + m.index + lead, from + m.index + lead + v.length];
    if (!QUALIFIER.has(w)) next = false;
    colon = raw.endsWith(':');
    // A sentence ends the look.
    if (/[.?!]["')]?$/.test(raw) && m.index + raw.length < window.length) return undefined;
  }
  return undefined;
}

/** The word before the cue (within 32 characters): a public or test key's marker rules the cue out. */
function wordBefore(text: string, at: number): string {
  let e = at;
  while (e > 0 && at - e < 3 && !isWord(text.charAt(e - 1)) && text.charAt(e - 1) !== '\n') e--;
  if (e === at || e === 0 || !isWord(text.charAt(e - 1))) return '';
  let b = e;
  while (b > 0 && e - b < 29 && isWord(text.charAt(b - 1))) b--;
  return fold(text.slice(b, e));
}

// An RTMP ingest URL with the stream key as its last path segment ("rtmp://a.rtmp.youtube.com/live2/<key>", the
// form OBS and encoders accept as one field): a stream key's shape or a machine-made key there is the key.
const RTMP_URL = /rtmps?:\/\/[A-Za-z0-9.-]{1,100}(?::\d{1,5})?(?:\/[A-Za-z0-9._~-]{1,64}){1,4}\/([A-Za-z0-9_.-]{8,200})(?![A-Za-z0-9_.~/-])/y;

function scanStreamUrls(text: string, out: Hit[]): void {
  for (let i = text.indexOf('rtmp'); i !== -1; i = text.indexOf('rtmp', i + 4)) {
    RTMP_URL.lastIndex = i;
    const m = RTMP_URL.exec(text);
    const v = m?.[1];
    if (m === null || v === undefined || !(streamKeyShaped(v) || mixedCaseKey(v))) continue;
    const start = m.index + m[0].length - v.length;
    out.push({ entity: 'API_KEY', dataClass: 'secret', start, end: start + v.length, score: 0.8, rule: 'secret.key-prose' });
    i = m.index + m[0].length - 4;
  }
}

/** Keys given after a key noun in running text (the file comment), and stream keys in an RTMP URL. */
export function scanProseKeys(text: string, out: Hit[]): void {
  scanStreamUrls(text, out);
  let from = 0;
  for (let m = CUE.next(text, from); m !== null; m = CUE.next(text, from)) {
    from = m.index + m[0].length;
    // The compound's first part: letters and digits right before the noun, maybe joined by '-' or '_'.
    let s = m.index;
    if (s > 0 && (text.charAt(s - 1) === '-' || text.charAt(s - 1) === '_') && s > 1 && isWord(text.charAt(s - 2))) s--;
    const joined = s < m.index;
    let b = s;
    while (b > 0 && s - b < MAX_OWN && isWord(text.charAt(b - 1))) b--;
    // Not a compound after all, or a longer word than any compound's first part.
    if ((b > 0 && (isWord(text.charAt(b - 1)) || text.charAt(b - 1) === '_')) || (joined && b === s)) continue;
    // A variable or a member in code (`$key`, `cfg.key`, `->key`): the code scanners read its value.
    if (b > 0 && '$.>@#'.includes(text.charAt(b - 1))) continue;
    const own = fold(text.slice(b, s));
    // A compound's own first part (PublicKey, Testschlüssel), or the word before it.
    if (own !== '' && STOP.has(own)) continue;
    const before = wordBefore(text, b);
    if (STOP.has(before)) continue;
    // A card's or a form's token ("card token", "Karten-Token", "CSRF token"): no credential.
    if (/^(?:token|jeton)$/i.test(m[0]) && (NOT_A_CREDENTIAL_TOKEN.has(before) || NOT_A_CREDENTIAL_TOKEN.has(own))) continue;
    const streamBefore = STREAM_WORDS.has(own) || STREAM_WORDS.has(before);
    const span = keyAfter(text, m.index + m[0].length, /^(?:token|jeton)$/i.test(m[0]), streamBefore);
    if (span === undefined) continue;
    out.push({ entity: 'API_KEY', dataClass: 'secret', start: span[0], end: span[1], score: 0.8, rule: 'secret.key-prose' });
    from = Math.max(from, span[1]);
  }
}
