import type { Hit } from './hit.js';
import { isAlnum } from './runs.js';
import { endsName, nameEnds, pastAccessors, valueAfterSeparator } from './secret-name-ends.js';
import { nameWords, secretName, type Tier } from './secret-names.js';
import { scanNamedHex } from './secret-hex.js';
import { scanKeyBytes } from './secret-key-bytes.js';
import { scanLoginPairs } from './secret-login-pairs.js';
import { scanProseKeys } from './secret-prose-keys.js';
import { pinShaped, scanProsePasswords } from './secret-prose-passwords.js';
import { credentialValue, hclReference } from './secret-values.js';
import { codeAt } from './word-index.js';

/*
 * Generic secrets (the idea of gitleaks' generic-api-key rule, https://github.com/gitleaks/gitleaks, MIT licence): a
 * value that looks like a random credential, right after a NAME that says it is one, in whatever syntax the name is
 * written. config-secrets.ts reads the common `NAME=value` / `name: value` forms with its own, stricter value shapes;
 * this scanner adds the forms and shapes a vendor rule or that scanner does not know:
 * - a name in any code style as the key of an assignment, a JSON/JS/YAML/ini key, a header or a flag
 *   (`x-<vendor>-team:`, `Config.keys = ['...']`, `{ key: '...' }`), its value quoted, bare or the items of a list;
 * - a name/value PAIR: the name as the value of a `name`/`key` field and the secret in the `value` beside it (Android
 *   `<meta-data android:name="..._API_KEY" android:value="..."/>`, .NET `<add key="ApiKey" value="..."/>`, Kubernetes
 *   `- name: API_TOKEN / value: ...`, Postman `{"key": "apiKey", "value": "..."}`), or the element's text
 *   (`<string name="api_key">...</string>`, `<apiSecret>...</apiSecret>`);
 * - a setter or builder call (`.apiSecret("...")`, `setApiKey("...")`, `option.WithAPIKey("...")`);
 * - an HTTP Authorization header with no scheme (`Authorization: <token>`, `Authorization: login:secret-key`);
 * - a sentence that names the secret and gives it after a verb ("my API key is ...", "das Passwort lautet ...");
 * - a session cookie in a Cookie / Set-Cookie header or curl's -b (`sessionid=...`, `PHPSESSID=...`, `connect.sid=...`).
 * The name is read by secret-names.ts (secretName) and the value tested by secret-values.ts (credentialValue): letters
 * and digits mixed in one long run, enough entropy, and not a placeholder, a variable, a path, a URL, a host, a version
 * or a digest. The identifier half of a key pair (key id, client id, public or publishable key) is never a secret.
 * Every search is bounded (names 80, values 512 characters, pairs 240 back) and starts at a ':' / '=' (secret-name-ends.ts),
 * a '(' or a '</', so the scan is linear.
 */

const ID_HEX_SECRET = /^[0-9a-f]{16,40}:([0-9a-f]{32,128})$/i;

/**
 * The credential in a value: the whole value, or after a ':' the part that is the secret ("login:secret-key",
 * "user:<token>": the login or key id before it is not); undefined when neither looks random.
 */
function secretPart(v: string, tier: Tier): [number, number] | undefined {
  // A key id and its hex secret joined by a colon (Ghost's Admin API keys, "<24 hex id>:<64 hex secret>"): a digest is
  // never written after an id so, so the hex secret holds under a bare "key" as a mixed-case one does.
  const pair = ID_HEX_SECRET.exec(v);
  if (pair !== null && credentialValue(pair[1] as string, 'named')) return [v.length - (pair[1] as string).length, v.length];
  const colon = v.lastIndexOf(':');
  if (colon > 0 && colon < v.length - 1 && credentialValue(v.slice(colon + 1), tier))
    return [colon + 1, v.length];
  return credentialValue(v, tier) ? [0, v.length] : undefined;
}

// ---------------------------------------------------------------- reading names and values

const isUpper = (c: number): boolean => c >= 65 && c <= 90;
const isLower = (c: number): boolean => c >= 97 && c <= 122;
// A Latin letter beyond ASCII (U+00C0..U+024F but × and ÷): Spanish, French, German and Dutch names are written with
// them (`contraseña_bd`, `clé_api`, `API_SCHLÜSSEL`); secret-names.ts folds them to their base letters.
const isAccented = (c: number): boolean => c >= 0xc0 && c <= 0x24f && c !== 0xd7 && c !== 0xf7;
const isNameCode = (c: number): boolean => isAlnum(c) || c === 95 || c === 45 || c === 46 || isAccented(c);
const MAX_NAME = 80;
const MAX_VALUE = 512;

/** Where the name before `sep` ends (past spaces, a closing quote and a bracket: `headers['X-Key'] =`). */
function nameEnd(text: string, sep: number): number {
  let e = sep;
  while (e > 0 && (text.charCodeAt(e - 1) === 32 || text.charCodeAt(e - 1) === 9)) e--;
  e = pastAccessors(text, e);
  if (codeAt(text, e - 1) === 93) e--; // ]
  const q = codeAt(text, e - 1);
  if (q === 34 || q === 39 || q === 96) e--;
  return e;
}

/** The name that ends at `e`: [start, end], or undefined when no letter starts it. */
function nameBefore(text: string, e: number): [number, number] | undefined {
  let s = e;
  while (s > 0 && e - s < MAX_NAME && isNameCode(text.charCodeAt(s - 1))) s--;
  // A flag's dashes and a private field's underscore are no part of its name ("--api-key=", npm's "_auth=").
  while (s < e && (text.charCodeAt(s) === 45 || text.charCodeAt(s) === 46 || text.charCodeAt(s) === 95)) s++;
  const first = text.charCodeAt(s);
  return s < e && (isUpper(first) || isLower(first) || isAccented(first)) ? [s, e] : undefined;
}

interface Span {
  start: number;
  end: number;
}

const isQuote = (c: number): boolean => c === 34 || c === 39 || c === 96;

/** A quoted string starting at `i` (its quote), on one line: the inside. */
function quotedAt(text: string, i: number): Span | undefined {
  const q = codeAt(text, i);
  if (q !== 34 && q !== 39 && q !== 96) return undefined;
  for (let e = i + 1; e < text.length && e - i <= MAX_VALUE + 1; e++) {
    const c = text.charCodeAt(e);
    if (c === q) return { start: i + 1, end: e };
    if (c === 10 || c === 13) return undefined;
  }
  return undefined;
}

// Where a bare value ends: white space, quotes, and the punctuation that closes or separates code.
const ENDS_BARE = new Set([32, 9, 10, 13, 34, 39, 96, 44, 59, 41, 93, 125, 60, 62, 38, 40, 91, 123]);

// A decoding call around the literal (`clave = base64.b64decode('...')`, `$key = base64_decode('...')`,
// `key = Buffer.from('...', 'base64')`, `bytes.fromhex('...')`): the secret is kept encoded, the literal is the secret.
const DECODE_CALL =
  /(?:[A-Za-z_][A-Za-z0-9_]{0,24}\.){0,3}(?:b64decode|urlsafe_b64decode|standard_b64decode|a2b_base64|unhexlify|fromhex|base64_decode|hex2bin|decode64|strict_decode64|urlsafe_decode64|atob|FromBase64String|decodeBase64|DecodeString|from)\([ \t]{0,4}b?(?=["'`])/y;

/** The values after a separator: one quoted or bare value, or the items of a list (`['...', '...']`, `("...",)`). */
function valuesAt(text: string, from: number): Span[] {
  let i = from;
  while (i < text.length && (text.charCodeAt(i) === 32 || text.charCodeAt(i) === 9)) i++;
  DECODE_CALL.lastIndex = i;
  const call = DECODE_CALL.exec(text);
  // `from` only as Buffer.from (a base64 or hex key), never any other `.from(` call.
  if (call !== null && (!/(?:^|\.)from\($/.test(call[0].replace(/b$/, '').trimEnd()) || call[0].startsWith('Buffer.from('))) {
    const q = quotedAt(text, i + call[0].length);
    if (q !== undefined) return [q];
  }
  const c = codeAt(text, i);
  if (c === 91 || c === 40) {
    const out: Span[] = [];
    i++;
    for (let k = 0; k < 4; k++) {
      while (i < text.length && (text.charCodeAt(i) === 32 || text.charCodeAt(i) === 9)) i++;
      const v = quotedAt(text, i);
      if (v === undefined) break;
      out.push(v);
      i = v.end + 1;
      while (i < text.length && (text.charCodeAt(i) === 32 || text.charCodeAt(i) === 9)) i++;
      if (codeAt(text, i) !== 44) break;
      i++;
    }
    return out;
  }
  const q = quotedAt(text, i);
  if (q !== undefined) return [q];
  let e = i;
  while (e < text.length && e - i <= MAX_VALUE && !ENDS_BARE.has(text.charCodeAt(e))) e++;
  return e > i && e - i <= MAX_VALUE ? [{ start: i, end: e }] : [];
}

const push = (out: Hit[], start: number, end: number, tier: Tier, rule: string): void => {
  out.push({
    entity: tier === 'password' ? 'PASSWORD' : 'API_KEY',
    dataClass: 'secret',
    start,
    end,
    score: 0.8,
    rule,
  });
};

function report(text: string, out: Hit[], v: Span, tier: Tier, rule: string): void {
  const part = secretPart(text.slice(v.start, v.end), tier);
  if (part !== undefined) push(out, v.start + part[0], v.start + part[1], tier, rule);
}

// ---------------------------------------------------------------- name/value pairs

// The field that names a pair's secret (`name`, `key`, `android:name`), and its value, before or beside `value`.
const PAIR_NAME =
  /(?:^|[^A-Za-z0-9_])(?:android:)?(?:name|key|Name|Key|NAME|KEY)["']?[ \t]*[:=][ \t]*["']?([A-Za-z][A-Za-z0-9_.-]{1,79})/g;
const PAIR_REACH = 240;

/** The secret-ish name of a pair whose `value` field starts at `at` (the name field up to PAIR_REACH before, or in its XML tag). */
function pairName(text: string, at: number): Tier | null {
  const lt = lastBefore(text, 60, at, PAIR_REACH); // <
  const gtBefore = lastBefore(text, 62, at, PAIR_REACH); // >
  let window: string;
  if (lt !== -1 && lt > gtBefore) {
    // Inside an XML tag: its attributes, both sides of `value`.
    let gt = at;
    while (gt < text.length && gt - at < PAIR_REACH && text.charCodeAt(gt) !== 62) gt++;
    window = text.slice(lt, gt);
  } else {
    window = text.slice(Math.max(0, at - PAIR_REACH), at);
    // The pair's own item only: the name after the last other `value` field (an earlier pair's).
    let cut = -1;
    OTHER_VALUE.lastIndex = 0;
    for (let m = OTHER_VALUE.exec(window); m !== null; m = OTHER_VALUE.exec(window))
      cut = m.index + m[0].length;
    if (cut !== -1) window = window.slice(cut);
  }
  let found: string | undefined;
  PAIR_NAME.lastIndex = 0;
  for (let m = PAIR_NAME.exec(window); m !== null; m = PAIR_NAME.exec(window)) found = m[1];
  return found === undefined ? null : secretName(found);
}

const OTHER_VALUE = /value["']?[ \t]*[:=]/gi;

// A type between a typed declaration's ':' and its '=' (not '=='): a name, a reference or a lifetime, generic or indexed
// arguments, an optional '?'. Bounded, sticky.
const TYPE_ANNOTATION = /[ \t]{0,4}&?(?:'static[ \t]+)?[A-Za-z_][\w.]{0,40}(?:\[[\w.[\], ]{0,40}\]|<[\w.<>, ]{0,40}>)?\??[ \t]{1,4}=(?![=>])/y;

// A PIN's or a lock's code under its name (`PIN=4821`, `pin_code: 2907`, `user_code: 5829`, `alarmCode`, `door_code`):
// the value is the code when shaped as one (4 to 8 digits, no run: secret-prose-passwords.ts pinShaped). Not an
// OAuth device flow's `user_code` ("WDJB-MJHT"), a GPIO `led_pin: 13`, a country or an error code.
const CODE_QUALIFIERS = new Set(['pin', 'user', 'master', 'alarm', 'door', 'gate', 'duress', 'keypad', 'entry', 'installer', 'engineer', 'safe', 'keysafe', 'lockbox', 'disarm', 'arming', 'wifi', 'wlan']);

function pinName(name: string): boolean {
  const w = nameWords(name);
  const last = w[w.length - 1];
  return last === 'pin' || last === 'pincode' || last === 'passcode' || (last === 'code' && CODE_QUALIFIERS.has(w[w.length - 2] ?? ''));
}

// A Terraform variable's block open before its `default` (`variable "db_password" {\n type = string\n default = "..."`).
const VARIABLE_BLOCK = /variable[ \t]+"([A-Za-z][\w-]{0,79})"[ \t]*\{[^{}]*$/;

/** The secret-ish name of the Terraform variable whose `default` starts at `at` (its block open up to PAIR_REACH before). */
function variableName(text: string, at: number): Tier | null {
  const m = VARIABLE_BLOCK.exec(text.slice(Math.max(0, at - PAIR_REACH), at));
  return m === null ? null : secretName(m[1] as string);
}

/** The last `code` in text[at - reach, at), or -1: a bounded lastIndexOf (an unbounded one makes the scan quadratic). */
function lastBefore(text: string, code: number, at: number, reach: number): number {
  for (let i = at - 1; i >= 0 && at - i <= reach; i--) if (text.charCodeAt(i) === code) return i;
  return -1;
}

// ---------------------------------------------------------------- the scans

const HEADER_FLAG = /(?:^|\s)(?:-H|--header)(?:\s+|=)["']?$/;
// The opening of a request's headers or query parameters, and the items before this one in it (no nested brace).
const REQUEST_DICT = /(?:^|[^\w])(?:headers?|params|query_?params|querystring|qs)["']?[ \t]*[:=][ \t]*(?:\w{1,16}\()?\{[^{}]{0,120}$/i;

/** Assignments and keys (any ':' or '=' syntax), and name/value pairs. */
function scanAssignments(text: string, out: Hit[]): void {
  // The separators with a secret-ish name's ending before them, found in the walk config-secrets.ts's keys share.
  for (const sep of nameEnds(text).assignments) {
    const n = nameBefore(text, nameEnd(text, sep));
    if (n === undefined) continue;
    // A shell expansion's variable (`${SMTP_PASSWORD:?missing}`): its value, if it gives one, after the operator.
    let from = valueAfterSeparator(text, n[0], sep);
    if (from === undefined) continue;
    // ':=' and '=>' are assignments.
    const next = codeAt(text, from);
    if (from === sep + 1 && (next === 61 || next === 62)) from++;
    // A typed declaration's ':' is followed by its type, then the '=' and the value (TypeScript `apiKey: string = '...'`,
    // Rust `API_KEY: &str = "..."`, Kotlin and Swift `password: String = "..."`, Python `TOKEN: Final[str] = "..."`).
    else if (text.charCodeAt(sep) === 58) {
      TYPE_ANNOTATION.lastIndex = from;
      if (TYPE_ANNOTATION.test(text)) from = TYPE_ANNOTATION.lastIndex;
    }
    const name = text.slice(n[0], n[1]);
    if (name.toLowerCase() === 'value') {
      const tier = pairName(text, n[0]);
      if (tier === null) continue;
      for (const v of valuesAt(text, from)) report(text, out, v, tier, 'secret.generic-pair');
      continue;
    }
    if (pinName(name)) {
      for (const v of valuesAt(text, from))
        if (pinShaped(text.slice(v.start, v.end)))
          out.push({ entity: 'PASSWORD', dataClass: 'secret', start: v.start, end: v.end, score: 0.8, rule: 'secret.pin-assignment' });
      continue;
    }
    let tier = name === 'default' ? variableName(text, n[0]) : secretName(name);
    if (tier === null) continue;
    // A header that is a bare "key" (`curl -H 'key: ...'`, `--header "Key: ..."`) carries an API key, of any case.
    if (tier === 'bare' && HEADER_FLAG.test(text.slice(Math.max(0, n[0] - 12), n[0]))) tier = 'named';
    // So does a "key" of a request's headers or query parameters in code (`headers = {'key': '...'}`, `params: { key }`).
    else if (tier === 'bare' && REQUEST_DICT.test(text.slice(Math.max(0, n[0] - 160), n[0]))) tier = 'named';
    for (const v of valuesAt(text, from)) {
      // A bare "key" (or "<vendor>_key") holds a credential in code, as a string literal (`{ key: '...' }`,
      // `Config.keys = ['...']`); an unquoted ini or YAML "key =" is anything (config-secrets.ts reads the ini
      // sections that name an account).
      if (tier === 'bare' && !isQuote(text.charCodeAt(v.start - 1))) continue;
      // An unquoted Terraform reference (`password = data.vault_kv_secret_v2.db.data["password"]`) names where the
      // secret is kept (secret-values.ts hclReference).
      if (!isQuote(text.charCodeAt(v.start - 1)) && hclReference(text.slice(v.start, v.start + 160))) continue;
      report(text, out, v, tier, 'secret.generic-assignment');
    }
  }
}

// An element whose name says secret, and its text (`<apiKey>...</apiKey>`, `<string name="api_key">...</string>`).
const ELEMENT_TEXT = /^[ \t]*([^<>\s]{8,512})[ \t]*$/;
const NAME_ATTRIBUTE = /\s(?:android:)?(?:name|key)=["']([A-Za-z][A-Za-z0-9_.-]{1,79})["']/;

function scanElements(text: string, out: Hit[]): void {
  // The last '>' before each '</', and the last '<' before that '>', kept by one walk forward over the text (a search
  // back from each '</' would read the same stretch again and again: quadratic on "</</</...").
  let walked = 0;
  let lastLt = -1;
  let lastGt = -1;
  let ltOfGt = -1;
  for (let c = text.indexOf('</'); c !== -1; c = text.indexOf('</', c + 2)) {
    for (; walked < c; walked++) {
      const w = text.charCodeAt(walked);
      if (w === 60) lastLt = walked;
      else if (w === 62) {
        lastGt = walked;
        ltOfGt = lastLt;
      }
    }
    const open = lastGt;
    if (open === -1 || c - open > MAX_VALUE + 16) continue;
    const m = ELEMENT_TEXT.exec(text.slice(open + 1, c));
    if (m === null) continue;
    const lt = ltOfGt;
    if (lt === -1 || open - lt > PAIR_REACH) continue;
    const tag = text.slice(lt + 1, open);
    if (tag.startsWith('/')) continue;
    const own = /^[A-Za-z][\w.:-]{0,79}/.exec(tag)?.[0] ?? '';
    const value = m[1] as string;
    if (own === 'key') {
      // A property list names its entry in a <key> element and gives the value in the next <string> element.
      const tier = secretName(value);
      const next = PLIST_STRING.exec(text.slice(c, c + MAX_VALUE + 40));
      if (tier !== null && next !== null) {
        const start = c + next.index + next[0].length - (next[1] as string).length - '</string>'.length;
        report(text, out, { start, end: start + (next[1] as string).length }, tier, 'secret.generic-element');
      }
      continue;
    }
    // The element's own name, or its name attribute (Android strings, Java properties XML). An element named only
    // "key" (an S3 listing's object key) holds anything.
    const attr = NAME_ATTRIBUTE.exec(tag)?.[1];
    const tier =
      secretName(own.slice(own.lastIndexOf(':') + 1)) ?? (attr === undefined ? null : secretName(attr));
    if (tier === null || tier === 'bare') continue;
    const start = open + 1 + (m[0].length - m[0].trimStart().length);
    report(text, out, { start, end: start + value.length }, tier, 'secret.generic-element');
  }
}

// The <string> element right after a property list's </key>: its text.
const PLIST_STRING = /^<\/key>\s{0,40}<string>([^<>\s]{8,512})<\/string>/;

// Setter and builder calls: the callee's name without set/with/use ("setApiKey", "WithAPIKey", ".apiSecret").
const SETTER_PREFIX = /^(?:set|with|use|put|add|configure)(?=[A-Z_])_?/;
const NOT_A_SETTER =
  /^(?:get|has|is|remove|delete|del|read|load|fetch|find|lookup|generate|gen|create|new|validate|verify|check|parse|encode|decode|hash|rotate|revoke|refresh|clear|reset|print|log|mask|redact|sign|encrypt|decrypt)(?=[A-Z_]|$)/i;

function scanSetterCalls(text: string, out: Hit[]): void {
  for (let p = text.indexOf('('); p !== -1; p = text.indexOf('(', p + 1)) {
    let e = p;
    while (e > 0 && p - e < 4 && (text.charCodeAt(e - 1) === 32 || text.charCodeAt(e - 1) === 9)) e--;
    let s = e;
    while (s > 0 && e - s < 48 && (isAlnum(text.charCodeAt(s - 1)) || text.charCodeAt(s - 1) === 95)) s--;
    const q = codeAt(text, skipSpaces(text, p + 1));
    if (q === 34 || q === 39) nameThenValue(text, p, out);
    if (e - s < 3) continue;
    const callee = text.slice(s, e);
    if (!endsName(text, e)) continue;
    if (NOT_A_SETTER.test(callee)) continue;
    const tier = secretName(callee.replace(SETTER_PREFIX, ''));
    // A bare "key(...)" is a lookup as often as a setter: only named secrets and passwords.
    if (tier === null || tier === 'bare') continue;
    const v = quotedAt(text, skipSpaces(text, p + 1));
    if (v !== undefined) report(text, out, v, tier, 'secret.generic-setter');
  }
}

const skipSpaces = (text: string, i: number): number => {
  while (i < text.length && (text.charCodeAt(i) === 32 || text.charCodeAt(i) === 9)) i++;
  return i;
};

/**
 * A call given a secret's NAME as a string and then its value: a header, an environment variable, a property, a PHP
 * constant (`.header("X-Api-Key", "...")`, `os.Setenv("API_TOKEN", "...")`, `System.setProperty("api.secret", "...")`,
 * `define('STRIPE_SECRET', '...')`).
 */
function nameThenValue(text: string, p: number, out: Hit[]): void {
  const n = quotedAt(text, skipSpaces(text, p + 1));
  if (n === undefined || n.end - n.start > MAX_NAME || !endsName(text, n.end)) return;
  const name = text.slice(n.start, n.end);
  if (!/^[A-Za-z][A-Za-z0-9_.-]*$/.test(name)) return;
  const i = skipSpaces(text, n.end + 1);
  if (codeAt(text, i) !== 44) return;
  const v = quotedAt(text, skipSpaces(text, i + 1));
  if (v === undefined) return;
  const tier = secretName(name);
  if (tier !== null) report(text, out, v, tier, 'secret.generic-argument');
}

// An Authorization header whose value is one token with no scheme, or login:secret.
const AUTHORIZATION =
  /authorization["']?\]?[ \t]{0,8}[:=,][ \t]{0,8}["']?([^\s"'`,;<>]{12,512})(?=["'`,;]|\s|$)/iy;

function scanBareAuthorization(text: string, out: Hit[]): void {
  // "Authorization", "authorization" and "AUTHORIZATION" (no lower-cased copy of the text).
  for (const tail of ['uthorization', 'UTHORIZATION'])
    for (let t = text.indexOf(tail, 1); t !== -1; t = text.indexOf(tail, t + 12))
      authorizationAt(text, t - 1, out);
}

function authorizationAt(text: string, i: number, out: Hit[]): void {
  if ((text.charCodeAt(i) | 32) !== 97) return;
  AUTHORIZATION.lastIndex = i;
  const m = AUTHORIZATION.exec(text);
  if (m === null) return;
  const value = m[1] as string;
  const start = i + m[0].length - value.length;
  // A scheme and its token ("Bearer x", "Basic x") are config-secrets.ts's: here only a value with nothing after it.
  if (/^[ \t]+[A-Za-z0-9+/=._~-]{8,}/.test(text.slice(start + value.length, start + value.length + 16)))
    return;
  report(text, out, { start, end: start + value.length }, 'named', 'secret.authorization-bare');
}

// ---------------------------------------------------------------- prose

// A secret named in a sentence and given after a verb, in the six languages ("my Stripe API key is ...", "das Passwort
// lautet ...", "le mot de passe est ...", "la clave es ...", "het wachtwoord is ...", "la password è ..."). Found from
// the verb (a short list of words, each searched natively), the noun read back over at most 60 characters.
// The past tense too: an old or revoked value is still a secret once pasted ("il vecchio token era ...", "das alte Passwort war ...").
const COPULAS = [' is ', ' was ', ' ist ', ' war ', ' lautet ', ' lautete ', ' est ', ' était ', ' es ', ' era ', ' fue ', ' è ', " e' ", ' luidt ', ' luidde '];
const SECRET_NOUN =
  /(?:^|[^\p{L}])(api[ -]?key|api[ -]?token|access[ -]?token|access[ -]?key|secret[ -]?key|client[ -]?secret|token|secret|password|passphrase|passwort|kennwort|api-schlüssel|zugangsschlüssel|clé(?: d['’]api| api| secrète)?|jeton(?: d['’]accès| api)?|mot de passe|clave(?: de (?:la )?api| api| secreta)?|contraseña|api-sleutel|wachtwoord|toegangstoken|chiave(?: api| di accesso| segreta)?|segreto|parola d['’]ordine)(?:\s+(?:for|für|pour|para|voor|per|di|de|del|van|von|du|della|des|d['’])(?:\s*[\p{L}\d._-]{1,30}){1,3})?\s*$/iu;
const PASSWORD_NOUN = /^(?:password|passphrase|passwort|kennwort|mot de passe|contraseña|wachtwoord|parola d['’]ordine)$/i;
const PROSE_VALUE = /(?:["'`“]|« ?)?([^\s"'`»”]{8,200})/y;
// Every noun of SECRET_NOUN holds one of these (same flags, so the same case folding): a window without one is
// passed over before the pattern, anchored at the window's end, is tried from each of its 60 positions.
const NOUN_GATE = /key|token|secret|pass|wort|schlüssel|clé|jeton|clave|contrase|sleutel|wachtwoord|chiave|segreto|ordine/iu;

// COPULAS in one pattern, each match's verb looked up by its text. A native search for a string that starts with a
// space (the commonest character) is slow, nine of them more so; this pattern finds the same places in one scan.
const COPULA_SEARCH = new RegExp(`[ ](?:${COPULAS.map((v) => v.slice(1, -1)).join('|')})[ ]`, 'g');
const COPULA_INDEX = new Map(COPULAS.map((v, i) => [v, i]));

/** Where each copula occurs (its leading space), per COPULAS entry, ascending (overlapping ones too, as indexOf finds). */
function copulaPlaces(text: string): (number[] | undefined)[] {
  const at: (number[] | undefined)[] = [];
  COPULA_SEARCH.lastIndex = 0;
  for (let m = COPULA_SEARCH.exec(text); m !== null; m = COPULA_SEARCH.exec(text)) {
    const v = COPULA_INDEX.get(m[0]);
    if (v !== undefined) (at[v] ??= []).push(m.index);
    COPULA_SEARCH.lastIndex = m.index + 1;
  }
  return at;
}

function scanProse(text: string, out: Hit[]): void {
  const places = copulaPlaces(text);
  for (let v = 0; v < COPULAS.length; v++) {
    const verb = COPULAS[v] as string;
    for (const i of places[v] ?? []) {
      // Most copulas are followed by a short word: the value is the cheaper test, so it comes first.
      const from = i + verb.length;
      PROSE_VALUE.lastIndex = from;
      const m = PROSE_VALUE.exec(text);
      if (m === null) continue;
      const before = text.slice(Math.max(0, i - 60), i);
      if (!NOUN_GATE.test(before)) continue;
      const noun = SECRET_NOUN.exec(before);
      if (noun === null) continue;
      // A sentence's full stop or comma is no part of the value.
      const value = (m[1] as string).replace(/[.,;:)]+$/, '');
      const start = from + m[0].length - (m[1] as string).length;
      const tier: Tier = PASSWORD_NOUN.test(noun[1] as string) ? 'password' : 'named';
      report(text, out, { start, end: start + value.length }, tier, 'secret.generic-prose');
    }
  }
}

// ---------------------------------------------------------------- cookies

// A session cookie sent or set in an HTTP dump, a curl command or code (`Cookie: sessionid=...`, `Set-Cookie:
// connect.sid=...`, `curl -b 'PHPSESSID=...'`, `"Cookie": "JSESSIONID=..."`): whoever has it is logged in. Only
// cookies named for a session, a login or a token, with a random value; preferences and analytics ids are not read.
const SESSION_COOKIE = /sess|(?:^|[._-])sid$|token|auth|jwt|remember|login/i;
const NOT_SESSION_COOKIE = /csrf|xsrf|expires|max-age|domain|path|samesite|consent|lang|theme/i;
const COOKIE_PAIR = /([A-Za-z0-9_.-]{1,64})=([^;\s"'`,]{8,1024})/g;
const COOKIE_HEAD = /^ookie["'`]?\]?[ \t]*[:=,]?[ \t]*["'`]?/i;
const MAX_COOKIE_LINE = 2048;

function scanCookies(text: string, out: Hit[]): void {
  const starts: number[] = [];
  // "Cookie:", "Set-Cookie:", "cookie:", a JSON/JS key, curl's "--cookie": the word, then its value.
  // Each word is searched from its rarer tail ('kie', then 'oo' before it): 'o' and ' ' are among the commonest
  // characters, and a native search runs from its pattern's first character. ("ookie" overlaps no other of itself.)
  for (const [tail, head] of [['kie', 'oo'], ['KIE', 'OO']] as const) {
    for (let k = text.indexOf(tail, 3); k !== -1; k = text.indexOf(tail, k + 3)) {
      const c = k - 2;
      if (!text.startsWith(head, c)) continue;
      const after = COOKIE_HEAD.exec(text.slice(c, c + 16));
      if (after !== null && (text.charCodeAt(c - 1) | 32) === 99) starts.push(c + after[0].length);
    }
  }
  // curl's short flag: `-b 'name=value; ...'`, found as '-b ' after a space, each at least four past the last (as a
  // search for ' -b ' resuming past its match finds them).
  let nextFlag = 0;
  for (let h = text.indexOf('-b ', 1); h !== -1; h = text.indexOf('-b ', h + 1)) {
    const b = h - 1;
    if (b < nextFlag || text.charCodeAt(b) !== 32) continue;
    starts.push(b + 4);
    nextFlag = b + 4;
  }
  starts.sort((a, b) => a - b);
  // Each stretch of a line is read once, however many cookie words it holds (linear).
  let done = 0;
  for (const start of starts) {
    const from = Math.max(start, done);
    const nl = text.indexOf('\n', from);
    const to = Math.min(nl === -1 ? text.length : nl, from + MAX_COOKIE_LINE);
    done = to;
    const line = text.slice(from, to);
    COOKIE_PAIR.lastIndex = 0;
    for (let m = COOKIE_PAIR.exec(line); m !== null; m = COOKIE_PAIR.exec(line)) {
      const name = m[1] as string;
      if (!SESSION_COOKIE.test(name) || NOT_SESSION_COOKIE.test(name)) continue;
      const value = m[2] as string;
      const at = from + m.index + m[0].length - value.length;
      report(text, out, { start: at, end: at + value.length }, 'named', 'secret.session-cookie');
    }
  }
}

/** Secrets under a secret-ish name in any syntax (the file comment). */
export function scanGenericSecrets(text: string, out: Hit[]): void {
  scanAssignments(text, out);
  if (text.includes('</')) scanElements(text, out);
  scanSetterCalls(text, out);
  scanBareAuthorization(text, out);
  scanProse(text, out);
  scanProsePasswords(text, out);
  scanLoginPairs(text, out);
  scanProseKeys(text, out);
  scanCookies(text, out);
  scanNamedHex(text, out);
  scanKeyBytes(text, out);
}
