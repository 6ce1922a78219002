import { HEX_KEY_ONLY_NOUNS, HEX_NOT_SECRET_WORDS, HEX_SECRET_NOUNS } from './data/secret-hex-words.js';
import type { Hit } from './hit.js';
import { base64Runs, isAlnum } from './runs.js';
import { credentialValue, machineMade } from './secret-values.js';

/*
 * A bare hex value named a secret by the words right before it, with no key syntax: "the webhook secret 9f3a...
 * stopped working", an XML token's `<data>` (`token: "<token><version>1</version><data>9F3A...</data></token>"`).
 * Key syntax (`NAME=<hex>`, "api key: <hex>", "the token is <hex>") is config-secrets.ts's and generic-secrets.ts's.
 * A hex value is a git SHA or a file's digest far more often than a secret: a digest or id word on either side
 * (data/secret-hex-words.ts) leaves it alone. A UUID is an id far more often still: only with the secret's noun as its
 * last word before it (namedUuid). Read inside runs.ts's shared base64 runs, each window bounded: linear.
 */

// The lengths of generated hex secrets: 120 bits (Plaid's 30 digits) to 512 bits (and SHA-1's 40, which tokens reuse).
// Shorter hex values are object ids (MongoDB's 24 digits) and short git SHAs.
const MIN_LENGTH = 30;
const MAX_LENGTH = 128;
// How far back the noun may be (on the value's line), and how far after the value a digest word is looked for.
const REACH = 64;
const AFTER = 24;

const esc = (w: string): string => w.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
const words = (lists: Readonly<Record<string, readonly string[]>>): RegExp => {
  const all = [...new Set(Object.values(lists).flat())].sort((a, b) => b.length - a.length);
  return new RegExp(`(?<![\\p{L}\\d])(?:${all.map(esc).join('|')})(?![\\p{L}])`, 'iu');
};
const NOUN = words(HEX_SECRET_NOUNS);
// Read before a hex value only (hexNamed): a UUID or a token after these is an id.
const HEX_KEY_NOUN = words(HEX_KEY_ONLY_NOUNS);
const NOT_SECRET = words(HEX_NOT_SECRET_WORDS);
// "version" too, but not as a tag's name: a token format's `<version>1</version>` sits right before its secret.
const VERSION = /(?<![\p{L}\d</])(?:version|versión|versione|versie)(?![\p{L}])/iu;
const notSecret = (t: string): boolean => NOT_SECRET.test(t) || VERSION.test(t);

const isHexCode = (c: number): boolean => (c >= 48 && c <= 57) || ((c | 32) >= 97 && (c | 32) <= 102);

/** True when text[s, e) is hex digits with at least one digit and one letter (a word or a number is neither). */
function randomHex(text: string, s: number, e: number): boolean {
  let digit = false;
  let letter = false;
  for (let i = s; i < e; i++) {
    const c = text.charCodeAt(i);
    if (!isHexCode(c)) return false;
    if (c <= 57) digit = true;
    else letter = true;
  }
  return digit && letter;
}

// How many hex digits in a row, each the one after the last ("0123456789ABCDEF", "89abcdef"), make a value a sample:
// documentation writes example keys so (Zephyr's LoRaWAN sample "0123456789ABCDEF0123..."); a random key holds such
// a run once in billions.
const COUNTING_RUN = 8;
const HEX_ORDER = '0123456789abcdef';

/** True when text[s, e) holds COUNTING_RUN or more hex digits counting up in a row (also secret-key-bytes.ts's). */
export function countingHex(text: string, s: number, e: number): boolean {
  let run = 1;
  for (let i = s + 1; i < e; i++) {
    const prev = HEX_ORDER.indexOf(text.charAt(i - 1).toLowerCase());
    run = prev !== -1 && HEX_ORDER.indexOf(text.charAt(i).toLowerCase()) === prev + 1 ? run + 1 : 1;
    if (run >= COUNTING_RUN) return true;
  }
  return false;
}

/**
 * The words after a value that may still say what it is: to its line's end, at most `reach` on, and not past the end of
 * its sentence ("chiave segreta <hex>. Uso sha1 di ..." names the hash the key goes into, not the key).
 */
function afterWords(text: string, at: number, reach: number): string {
  const after = text.slice(at, lineTo(text, at, reach));
  const end = after.search(/[.!?;]\s/);
  return end === -1 ? after : after.slice(0, end);
}

/** The start of the line holding `at`, at most `reach` back. */
function lineFrom(text: string, at: number, reach: number): number {
  let i = at;
  while (i > 0 && at - i < reach && text.charCodeAt(i - 1) !== 10) i--;
  return i;
}

/** The end of the line holding `at`, at most `reach` on. */
function lineTo(text: string, at: number, reach: number): number {
  let i = at;
  while (i < text.length && i - at < reach && text.charCodeAt(i) !== 10) i++;
  return i;
}

// An earlier value on the line: 12 or more letters, digits, '-' or '_' holding a digit ("client_id 90c1126c...").
const EARLIER_VALUE = /[A-Za-z0-9_-]{12,}/g;

/**
 * The words before a value that are its own: those after the last earlier value on its line. In "client_id 90c1...,
 * secret f58d..." or "public 1399...-2c90..., secret c199..." the id and public words name the first value, not the second.
 */
function ownWords(before: string): string {
  let from = 0;
  EARLIER_VALUE.lastIndex = 0;
  for (let m = EARLIER_VALUE.exec(before); m !== null; m = EARLIER_VALUE.exec(before))
    if (/\d/.test(m[0])) from = m.index + m[0].length;
  const own = before.slice(from);
  // A clause of its own that names the value: the words after the last comma or semicolon, when they hold the secret's
  // noun ("client_id steht, client_secret 5765...", held-out set 93): an id word in the clause before names no value.
  const cut = Math.max(own.lastIndexOf(', '), own.lastIndexOf('; '));
  const last = cut === -1 ? own : own.slice(cut + 2);
  return cut !== -1 && hexNamed(last) ? last : own;
}

const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}(?![A-Za-z0-9_-])/iy;
// The secret's noun as the last word before a UUID ("401 with token <uuid>", "mit Token <uuid>", "le jeton <uuid>").
const NOUN_LAST = new RegExp(`${NOUN.source}[\\s:=“"'\`]{0,4}$`, 'iu');

// The nil and max UUIDs (RFC 9562 §5.9, §5.10), one digit throughout: an unset value in a config template
// ("CM_PRODUCT_TOKEN=00000000-0000-0000-0000-000000000000"), not a token.
const NIL_UUID = /^(?:0{8}-0{4}-0{4}-0{4}-0{12}|f{8}-f{4}-f{4}-f{4}-f{12})$/i;

/**
 * A UUID at `s` whose head noun is a secret's: the noun is the last word before it ("GET /v4/profiles gives 401 with
 * token <uuid>"). Request, trace, correlation, order and idempotency ids are UUIDs too: an id word or a qualifier of the
 * noun in its own words ("request id", "idempotency key", "order token", "page token") or right after it leaves it
 * alone, and a noun further back ("the token for order <uuid>") names something else. Returns where the UUID ends.
 */
function namedUuid(text: string, s: number, out: Hit[]): number | undefined {
  UUID.lastIndex = s;
  if (!UUID.test(text)) return undefined;
  const e = UUID.lastIndex;
  const before = ownWords(text.slice(lineFrom(text, s, REACH), s));
  if (NOUN_LAST.test(before) && !notSecret(before) && !notSecret(afterWords(text, e, AFTER)) && !NIL_UUID.test(text.slice(s, e)))
    out.push({ entity: 'API_KEY', dataClass: 'secret', start: s, end: e, score: 0.8, rule: 'secret.named-uuid' });
  return e;
}

// A whole machine-made token (letters, digits and the '-_.=+/' of base64 and JWT-like layouts) from a word's start.
const TOKEN = /[A-Za-z0-9][A-Za-z0-9._=+/-]{23,199}(?![A-Za-z0-9._=+/-])/y;
const TOKEN_OPENS = /[\s:=“"'`(]/;

/**
 * A generated token that is not hex, with the secret's noun as the last word before it, in prose with no key syntax:
 * "uso el access_token tyU85MPf_UdMA...-V del Operations Center", "my bearer token Xk29...". Machine-made (24+
 * characters, digits and both cases: secret-values.ts) and random by credentialValue's named tier; the same id and
 * digest words as a hex value's leave it alone, and an on-chain address (`0x...`, a "token contract") is none.
 * Returns where the token ends when one was read from `s`.
 */
function namedToken(text: string, s: number, out: Hit[]): number | undefined {
  if (s > 0 && !TOKEN_OPENS.test(text.charAt(s - 1))) return undefined;
  TOKEN.lastIndex = s;
  const m = TOKEN.exec(text);
  if (m === null) return undefined;
  const v = m[0].replace(/[.]+$/, '');
  const e = s + v.length;
  if (/^0x/i.test(v) || /^[0-9a-f]+$/i.test(v) || !machineMade(v)) return undefined;
  // Speed: the noun before the token first, then credentialValue's tests (the costlier, and most tokens in prose pass
  // them: log lines, keys pasted for a fix); the same answer, since every test must pass.
  const before = ownWords(text.slice(lineFrom(text, s, REACH), s));
  if (!NOUN_LAST.test(before) || !credentialValue(v, 'named') || notSecret(before) || notSecret(afterWords(text, e, AFTER))) return undefined;
  out.push({ entity: 'API_KEY', dataClass: 'secret', start: s, end: e, score: 0.8, rule: 'secret.named-token' });
  return e;
}

// A compound that ends in a secret's noun, right before the value: a parameter's or a field's name written as one word
// (Moodle's "wstoken", "authtoken", "clientsecret", "apisecret").
// Not a page's, a device's, a request's or an order's token ("pagetoken", "devicetoken", "csrftoken").
const COMPOUND_NOUN_LAST = /\p{L}{1,16}(?:token|secret)[\s:=“"'`]{0,4}$/iu;
const COMPOUND_NOT_SECRET = /(?:page|next|cursor|continuation|device|push|fcm|apns|registration|request|order|cart|csrf|xsrf|public)_?(?:token|secret)[\s:=“"'`]{0,4}$/iu;
const hexNamed = (before: string): boolean =>
  NOUN.test(before) || HEX_KEY_NOUN.test(before) || (COMPOUND_NOUN_LAST.test(before) && !COMPOUND_NOT_SECRET.test(before));

// A base32 secret (RFC 4648 letters A-Z and digits 2-7): the shared secret of a TOTP/HOTP authenticator ("Secret
// QNW2VSIN5YILZZGH"), 16 to 64 characters, in capitals as authenticators show it.
const BASE32 = /[A-Z2-7]{16,64}(?![A-Za-z0-9_=+/-]|\.[A-Za-z0-9])/y;
// One-time-password words: the authenticator's secret is named so too ("2FA seed", "TOTP-Schlüssel", "OTP secret").
const OTP_LAST = /(?<![\p{L}\d])(?:totp|hotp|otp|2fa|mfa|seed)[\s:=“"'`-]{0,4}$/iu;
// The noun, an OTP word after it or not, and a copula of the six languages before the value ("le secret TOTP est ...",
// "el secreto es ...", "het geheim is ...", "der Seed lautet ...").
const NOUN_VERB_LAST = new RegExp(
  `(?:${NOUN.source}|(?<![\\p{L}\\d])(?:totp|hotp|otp|2fa|mfa|seed)(?![\\p{L}]))(?:\\s+(?:totp|hotp|otp|2fa|mfa))?\\s+(?:is|ist|lautet|est|es|è|was|war|era|était)[\\s:]{0,3}$`,
  'iu',
);
// A base32 secret holds both: 16 random characters of the alphabet hold no digit one time in thirty, and words in
// capitals ("CONFIDENTIALITY") hold none.
const MIN_BASE32_DIGITS = 2;
const MIN_BASE32_LETTERS = 8;

/**
 * A base32 authenticator secret with the secret's noun (or a one-time-password word) as the last word before it, in
 * prose with no key syntax: "Benutzer api_vplan, Secret QNW2VSIN5YILZZGH". An order, cart or page word on either side
 * leaves it alone, as for a hex value. Returns where it ends when one was read from `s`.
 */
function namedBase32(text: string, s: number, out: Hit[]): number | undefined {
  if (s > 0 && !TOKEN_OPENS.test(text.charAt(s - 1))) return undefined;
  BASE32.lastIndex = s;
  const m = BASE32.exec(text);
  if (m === null) return undefined;
  const v = m[0];
  let digits = 0;
  for (let k = 0; k < v.length; k++) if (v.charCodeAt(k) <= 57) digits++;
  if (digits < MIN_BASE32_DIGITS || v.length - digits < MIN_BASE32_LETTERS) return undefined;
  const e = s + v.length;
  const before = ownWords(text.slice(lineFrom(text, s, REACH), s));
  if (!(NOUN_LAST.test(before) || OTP_LAST.test(before) || NOUN_VERB_LAST.test(before)) || notSecret(before) || notSecret(afterWords(text, e, AFTER))) return undefined;
  out.push({ entity: 'API_KEY', dataClass: 'secret', start: s, end: e, score: 0.8, rule: 'secret.named-base32' });
  return e;
}

export function scanNamedHex(text: string, out: Hit[]): void {
  const runs = base64Runs(text);
  for (let r = 0; r < runs.length; r += 2) {
    const end = runs[r + 1] ?? 0;
    let i = runs[r] ?? 0;
    while (i < end) {
      if (!isAlnum(text.charCodeAt(i))) {
        i++;
        continue;
      }
      const s = i;
      while (i < end && isAlnum(text.charCodeAt(i))) i++;
      if (i - s === 8 && text.charCodeAt(i) === 45) {
        i = namedUuid(text, s, out) ?? i;
        continue;
      }
      const token = namedToken(text, s, out) ?? namedBase32(text, s, out);
      if (token !== undefined) {
        i = Math.max(i, token);
        continue;
      }
      if (i - s < MIN_LENGTH || i - s > MAX_LENGTH || !randomHex(text, s, i) || countingHex(text, s, i)) continue;
      const before = ownWords(text.slice(lineFrom(text, s, REACH), s));
      if (!hexNamed(before) || notSecret(before) || notSecret(afterWords(text, i, AFTER))) continue;
      out.push({ entity: 'API_KEY', dataClass: 'secret', start: s, end: i, score: 0.8, rule: 'secret.named-hex' });
    }
  }
}
