import {
  AFTER_QUALIFIERS,
  CONFIG_NOT_KEY_RUN_TOGETHER,
  CONFIG_NOT_TOKEN_WORDS,
  FOREIGN_WORDS,
  HEAD_FIRST_NOT_SECRET,
  HEAD_FIRST_NOUNS,
  HEAD_FIRST_QUALIFIERS,
  KEY_QUALIFIERS,
  NOT_SECRET_WORDS,
  PASSWORD_SYSTEMS,
  PASSWORD_WORDS,
  SECRET_WORDS,
  SYSTEM_PASSWORD_NOUNS,
} from './data/secret-names.js';
import { isAlnum, isDigit } from './runs.js';
import { codeAt } from './word-index.js';

/*
 * Whether a NAME (a key, a variable, a header, a flag, a setter) says its value is a secret: the one reading of the
 * word lists in data/secret-names.ts, for generic-secrets.ts (any syntax, secretName) and config-secrets.ts
 * (`NAME=value` lines, configKeyKind). How random the value must then look is secret-values.ts's.
 */

/** How a name marks its value: a password, a named secret or key, or a bare (or vendor's own) key. */
export type Tier = 'password' | 'named' | 'bare';

/** A set of the space-separated words. */
const wordSet = (list: string): ReadonlySet<string> => new Set(list.split(' '));
/** The space-separated words as a regular expression alternation (they hold no special character). */
const alternation = (list: string): string => list.split(' ').join('|');

const SECRET = wordSet(SECRET_WORDS);
const PASSWORD = wordSet(PASSWORD_WORDS);
const QUALIFIERS = wordSet(KEY_QUALIFIERS);
const NOT_SECRET = wordSet(NOT_SECRET_WORDS);
const FOREIGN = new Map(FOREIGN_WORDS);
const HEAD_FIRST = wordSet(HEAD_FIRST_NOUNS);
const AFTER = wordSet(AFTER_QUALIFIERS);
const HEAD_FIRST_NOT = wordSet(HEAD_FIRST_NOT_SECRET);
const HEAD_QUALIFIER = new Map(HEAD_FIRST_QUALIFIERS);
const SYSTEMS = wordSet(PASSWORD_SYSTEMS);
const SYSTEM_PASSWORD = wordSet(SYSTEM_PASSWORD_NOUNS);
// The English nouns a head-first name may open with (`passwordDb`, `secretKeyProd`, `tokenAdmin`); not "auth" or
// "creds", whose `authUser`, `authServer`, `credsFile` name a user, a server or a file.
const ENGLISH_HEADS = wordSet(
  'password passwd pwd pass passphrase secret token key apikey apitoken apisecret accesstoken',
);

const isUpper = (c: number): boolean => c >= 65 && c <= 90;
const isLower = (c: number): boolean => c >= 97 && c <= 122;

const NON_ASCII = /[\u0080-\uffff]/;
const MARKS = /\p{M}/gu;
/** Accented Latin letters as their base letters ("contraseña" -> "contrasena", "Schlüssel" -> "Schlussel"); the rest as it is. */
function foldAccents(name: string): string {
  return NON_ASCII.test(name) ? name.normalize('NFD').replace(MARKS, '') : name;
}

/** A name's words, lower case: split at non-alphanumerics and camelCase humps ("x-honeycomb-team", "APIKey" -> api, key). */
export function nameWords(raw: string): string[] {
  const name = foldAccents(raw);
  const words: string[] = [];
  let w = '';
  for (let i = 0; i < name.length; i++) {
    const c = name.charCodeAt(i);
    if (!isAlnum(c)) {
      if (w !== '') words.push(w.toLowerCase());
      w = '';
      continue;
    }
    const prev = codeAt(name, i - 1);
    const next = codeAt(name, i + 1);
    // A hump: lower/digit then upper ("apiKey"), or the last upper of a run before a lower ("APIKey").
    if (w !== '' && isUpper(c) && (isLower(prev) || isDigit(prev) || (isUpper(prev) && isLower(next)))) {
      words.push(w.toLowerCase());
      w = '';
    }
    w += name.charAt(i);
  }
  if (w !== '') words.push(w.toLowerCase());
  return words;
}

// A run-together lower-case name ("apikey", "secretkey", "clientsecret", "authtoken"): its qualifier and its word.
const RUN_TOGETHER = /^([a-z]{2,12}?)(key|token|secret|password|passwd)s?$/;
const PLURAL = new Map([
  ['keys', 'key'],
  ['tokens', 'token'],
  ['secrets', 'secret'],
  ['credentials', 'credential'],
  ['passwords', 'password'],
]);
// An algorithm after a key's word names what the key is for (`$claveSHA256`, `keyHmac`), not a digest of it.
const KEY_ALGORITHM = /^(?:sha\d*|hmac|aes\d*|hs\d+)$/;

/** How a name marks its value (Tier); null when it is no secret's. Any code style, and the six languages' words. */
/** The name's words with a French "mot de passe" written as words (`motDePasseAdmin`, `mot_de_passe_bdd`) as one. */
function joinMotDePasse(raw: string[]): string[] {
  for (let i = 0; i + 2 < raw.length; i++)
    if (raw[i] === 'mot' && raw[i + 1] === 'de' && raw[i + 2] === 'passe')
      return [...raw.slice(0, i), 'motdepasse', ...raw.slice(i + 3)];
  return raw;
}

/**
 * A name read head first: a secret's noun and qualifiers after it (`claveComercio` -> key, `passwordDb` -> password,
 * `secretKeyProd` -> secret key), as the noun with the credential qualifiers (KEY_QUALIFIERS) put before it
 * (`claveMerchant` -> merchant key). A Spanish, French, Italian or Portuguese noun (HEAD_FIRST_NOUNS) takes any
 * qualifier, an English one only a system's or role's (AFTER_QUALIFIERS); none takes a setting about the secret
 * (`password_hash`, `claveLongitud`, `contrasenaCampo`: NOT_SECRET_WORDS, HEAD_FIRST_NOT_SECRET). The words unchanged
 * when it is no such name.
 */
function headFirst(raw: readonly string[], words: string[]): string[] {
  for (let h = 0; h < words.length - 1; h++) {
    const noun = raw[h] as string;
    const romance = HEAD_FIRST.has(noun) || noun === 'motdepasse';
    if (!romance && !ENGLISH_HEADS.has(noun)) continue;
    const tail = words.slice(h + 1);
    const qualifies = (t: string, i: number): boolean =>
      /^[a-z]{2,}$/.test(t) &&
      !NOT_SECRET.has(t) &&
      !HEAD_FIRST_NOT.has(t) &&
      // A Romance noun's "secret" adjective (`chiave_segreta`, `claveSecreta`) qualifies it as "secret key" does.
      (romance ? !ENGLISH_HEADS.has(t) || HEAD_QUALIFIER.get(raw[h + 1 + i] as string) === 'secret' : AFTER.has(t));
    if (!tail.every(qualifies)) continue;
    // `clave_bd`, `claveAdmin`: the password to a system (data/secret-names.ts PASSWORD_SYSTEMS).
    if (SYSTEM_PASSWORD.has(noun) && tail.every((t) => SYSTEMS.has(t))) return [...words.slice(0, h), 'password'];
    return [
      ...words.slice(0, h).concat(tail.map((t) => HEAD_QUALIFIER.get(t) ?? t).filter((t) => QUALIFIERS.has(t))),
      ...words.slice(h, h + 1),
    ];
  }
  return words;
}

// A hash word right before a final key word names the key of a keyed hash, an HMAC key: payment gateways call the
// shop's signing secret so (pmPayment's and PayU's "hash_key", "hashKey", German "Hash-Schlüssel", Dutch
// "hash_sleutel"). A hash anywhere else (`password_hash`, `key_hash`, `file_hash`) is a digest, no secret
// (NOT_SECRET_WORDS); so is the head-first languages' `claveHash`, `chiave_hash` (their "clave" is a password too: the
// password's hash).
const KEY_WORDS: ReadonlySet<string> = new Set(['key', 'sleutel', 'schluessel', 'schlussel']);

/** The words with a hash word before a final key word (`hash_key`, `hashkey`) as an HMAC's. */
function keyedHash(raw: string[]): string[] {
  const n = raw.length;
  if (raw[n - 1] === 'hashkey') return [...raw.slice(0, n - 1), 'hmac', 'key'];
  if (n >= 2 && raw[n - 2] === 'hash' && KEY_WORDS.has(raw[n - 1] as string)) return [...raw.slice(0, n - 2), 'hmac', raw[n - 1] as string];
  return raw;
}

/**
 * The words before "credential" that name the login it opens: an LDAP bind's, a login's, a mail server's or a database's
 * (Keycloak's `"bindCredential"`, `smtp_credential`, `dbCredential`; held-out set 91). Such a credential is that login's
 * password, typed by a person, where another "credential" is a machine-made key.
 */
const LOGIN_CREDENTIAL: ReadonlySet<string> = new Set(['bind', 'ldap', 'login', 'smtp', 'db', 'database']);

export function secretName(name: string): Tier | null {
  const raw = keyedHash(joinMotDePasse(nameWords(name)));
  let words = raw.map((w) => FOREIGN.get(w) ?? w);
  const end = words[words.length - 1] ?? '';
  const folded = PLURAL.get(end) ?? end;
  if (
    words.length >= 2 &&
    !PASSWORD.has(folded) &&
    !SECRET.has(folded) &&
    folded !== 'key' &&
    !RUN_TOGETHER.test(folded)
  )
    words = headFirst(raw, words);
  // French "mot de passe" written as words (`mot_de_passe`, `motDePasse`).
  const n = words.length;
  if (n >= 3 && words[n - 1] === 'passe' && words[n - 2] === 'de' && words[n - 3] === 'mot')
    words.splice(n - 3, 3, 'password');
  // French, Spanish and Italian put what a key is for after it (`clave_api`, `chiaveApi`, `cle_api`): the API's key.
  else if (n >= 2 && words[n - 1] === 'api' && words[n - 2] === 'key' && raw[n - 2] !== 'key')
    words.splice(n - 2, 2, 'api', 'key');
  // The algorithm then qualifies the key as a credential's, as "hmac_key" and "aes_key" are named: Redsys's
  // `clave_sha256`, `keyHmac`, `KEY_AES256` hold the shop's or the app's own key (SHA-n and HSn keys are HMAC keys).
  const algorithm = words[words.length - 1] as string;
  if (words.length >= 2 && KEY_ALGORITHM.test(algorithm) && words[words.length - 2] === 'key')
    words.splice(words.length - 2, 2, algorithm.startsWith('aes') ? 'aes' : 'hmac', 'key');
  if (words.length === 0 || words.length > 8) return null;
  let last = words[words.length - 1] as string;
  last = PLURAL.get(last) ?? last;
  const before = words.slice(0, -1);
  const split = RUN_TOGETHER.exec(last);
  if (split !== null && !SECRET.has(last)) {
    // Only after a credential's qualifier: "writekey", "clientsecret", but never "monkey" or "hockey".
    if (!QUALIFIERS.has(split[1] as string)) return null;
    before.push(split[1] as string);
    last = split[2] as string;
  }
  // Any word rules the name out; `before` adds only the run-together qualifier, and no qualifier is such a word.
  for (const w of words) if (NOT_SECRET.has(w)) return null;
  if (PASSWORD.has(last)) return 'password';
  if (last === 'credential' && LOGIN_CREDENTIAL.has(before[before.length - 1] ?? '')) return 'password';
  if (SECRET.has(last)) return 'named';
  // An HTTP header of one vendor: "x-honeycomb-team", "x-<vendor>-auth" carry the key.
  if (
    words[0] === 'x' &&
    words.length >= 2 &&
    (last === 'team' || last === 'key' || last === 'auth' || last === 'apikey')
  )
    return 'named';
  if (last !== 'key') return null;
  return before.some((w) => QUALIFIERS.has(w)) ? 'named' : 'bare';
}

// ---------------------------------------------------------------- config keys

/**
 * How config-secrets.ts reads a key (lower case, flag dashes dropped) that ends in a password, secret, token, key or
 * PAT word, and so how machine-made its value must look (secret-values.ts configValue):
 * - 'password': "DB_PASSWORD", "dbPassword", "db_pass", "PGPASSWORD";
 * - 'strong': a secret or token under a prefix, or a credential's key ("client_secret", "bot_token", "AccountKey");
 * - 'vendor': any other "<name>_key" ("LEX_KEY", "mollieKey"): a vendor's key kept under its own name;
 * - 'bare': "token" or "secret" alone (".sentryclirc" "token=...", "Client(token: '...')");
 * - 'pat': a personal access token under "<vendor>_PAT" (ASANA_PAT, AZURE_DEVOPS_PAT);
 * - 'lone': "key" alone, a credential only in a config section that names an account (config-secrets.ts asks);
 * null for the rest: a lookup, ordering or public key, a cursor or an anti-forgery token, a "pat" that is a word's end.
 */
export type KeyKind = 'password' | 'strong' | 'vendor' | 'bare' | 'pat' | 'lone';

// Or a credential named by the login it opens (LOGIN_CREDENTIAL): that login's password.
const PASSWORD_KEY = new RegExp(`(?:password|passwd|passphrase|pwd|(?:^|[_.-])pass|(?:^|[_.-])pw|(?:${[...LOGIN_CREDENTIAL].join('|')})[_.-]?credential)$`);
// A credential's qualifier (KEY_QUALIFIERS, as secretName reads them) right before "key", with no word boundary asked
// in front: a key after an escaped newline in a JSON string reads "\napiKey" -> "napikey".
const STRONG_KEY = new RegExp(
  `(?:[a-z0-9][_.-]?(?:secret|token)|(?:${alternation(KEY_QUALIFIERS)})[_.-]?key)$`,
);
const VENDOR_KEY = /[a-z0-9][_.-]?key$/;
// The words that make a name no secret's (NOT_SECRET_WORDS), before a vendor's "key" or any "token".
const NOT_A_CREDENTIAL_KEY = new RegExp(
  `(?:^|[_.-])(?:${alternation(NOT_SECRET_WORDS)})[_.-]?key$|(?:${alternation(CONFIG_NOT_KEY_RUN_TOGETHER)})key$`,
);
const NOT_A_CREDENTIAL_TOKEN = new RegExp(
  `(?:${alternation(CONFIG_NOT_TOKEN_WORDS)})[_.-]?token$|(?:^|[_.-])(?:${alternation(NOT_SECRET_WORDS)})[_.-]?token$`,
);

// A hash word right before the key's ("hash_key", "hashkey"): an HMAC key as secretName reads it (keyedHash), so a
// word before it that is no secret's ("cache_hash_key", "partition_hash_key") rules it out as it does there.
const HASH_KEY = /(?:^|[_.-])hash[_.-]?key$/;

export function configKeyKind(key: string): KeyKind | null {
  if (PASSWORD_KEY.test(key)) return 'password';
  if (HASH_KEY.test(key)) return secretName(key.replace(HASH_KEY, (m) => m.replace('hash', 'hmac'))) === null ? null : 'strong';
  if (key.endsWith('pat')) return /[a-z0-9][_.-]pat$/.test(key) ? 'pat' : null;
  if (NOT_A_CREDENTIAL_TOKEN.test(key)) return null;
  if (key === 'token' || key === 'secret') return 'bare';
  if (key === 'key') return 'lone';
  if (STRONG_KEY.test(key)) return 'strong';
  return VENDOR_KEY.test(key) && !NOT_A_CREDENTIAL_KEY.test(key) ? 'vendor' : null;
}
