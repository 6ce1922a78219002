import { HERE_WORDS, PLACEHOLDER_WORDS, POSSESSIVES, SAMPLE_MARKERS } from './data/secret-placeholders.js';
import { isAlnum, isDigit } from './runs.js';
import type { KeyKind, Tier } from './secret-names.js';

/*
 * Whether a value under a secret's name (secret-names.ts) looks like the secret itself: not a placeholder, a variable,
 * a path, a URL, a host, a version or a digest, and random enough for how strongly its name says secret. One module
 * for the value tests of generic-secrets.ts (credentialValue), config-secrets.ts (configValue, looksSecret) and
 * code-credentials.ts (keyLike, looksPassword).
 */

/** Shannon entropy in bits per character. */
export function entropy(v: string): number {
  const counts = new Map<number, number>();
  for (let i = 0; i < v.length; i++) counts.set(v.charCodeAt(i), (counts.get(v.charCodeAt(i)) ?? 0) + 1);
  let h = 0;
  for (const n of counts.values()) {
    const p = n / v.length;
    h -= p * Math.log2(p);
  }
  return h;
}

/** The longest run of ASCII letters and digits that holds both: random tokens have one; slugs, dates, words do not. */
function longestMixedRun(v: string): number {
  let best = 0;
  let start = 0;
  let letter = false;
  let digit = false;
  for (let i = 0; i <= v.length; i++) {
    const c = i < v.length ? v.charCodeAt(i) : 32;
    if (isAlnum(c)) {
      if (isDigit(c)) digit = true;
      else letter = true;
      continue;
    }
    if (letter && digit) best = Math.max(best, i - start);
    start = i + 1;
    letter = false;
    digit = false;
  }
  return best;
}

// ---------------------------------------------------------------- placeholders

const wordSet = (list: string): ReadonlySet<string> => new Set(list.split(' '));
const MARKERS = wordSet(SAMPLE_MARKERS);
// An upper-case run has no hump to split at ("...CYEXAMPLEKEY", AWS's documented secret key): the long markers are
// looked for inside it. A random upper-case run holding seven letters of one by chance is not a concern.
const LONG_MARKERS = [...MARKERS].filter((w) => w.length >= 7);
const OPENERS = wordSet(POSSESSIVES);
const HERE = wordSet(HERE_WORDS);
const WORDS = wordSet(`${PLACEHOLDER_WORDS} ${POSSESSIVES} ${HERE_WORDS}`);
// The words a placeholder glues together without a separator ("mypassword", "apikey", "changeme", "yourtoken",
// "secretkey"): English words of a secret's name only, so a real word that merely splits into two list words
// ("monkey", "max") stays a word.
const GLUED = wordSet('my your change me password passwd pass pwd secret token key api auth access private test demo admin user here');

/** A value's words: letter runs, split at camelCase humps ("mySecretKEY2" -> my, Secret, KEY), with where each starts. */
const VALUE_WORDS = /\p{Lu}?\p{Ll}+|\p{Lu}+(?!\p{Ll})/gu;
const isAlnumCode = (c: number): boolean => isAlnum(c) || (c > 127 && /[\p{L}\p{N}]/u.test(String.fromCharCode(c)));

/** A list word, alone or two GLUED words written together. */
function placeholderWord(w: string): boolean {
  if (WORDS.has(w)) return true;
  for (let k = 2; k <= w.length - 2; k++) if (GLUED.has(w.slice(0, k)) && GLUED.has(w.slice(k))) return true;
  return false;
}

/**
 * True when `v` is what a sample prints in a secret's place (data/secret-placeholders.ts), read as whole words, never
 * substrings: a sample marker as one of its words ("AKIA...EXAMPLE", "REPLACE_ME"); a possessive opening it before a
 * separator ("your-api-key", "votre_cle", "tu_clave"); a "here" word closing it after one ("stripe_key_here"); or
 * all its letters but two spelling placeholder words ("your-password-here", "mySecretKey", "password123", "null").
 */
export function placeholderValue(v: string): boolean {
  let letters = 0;
  let placeholder = 0;
  let first = true;
  let lastWord = '';
  let lastStart = 0;
  VALUE_WORDS.lastIndex = 0;
  for (let m = VALUE_WORDS.exec(v); m !== null; m = VALUE_WORDS.exec(v)) {
    let w = m[0].toLowerCase();
    if (w.length !== m[0].length || /[^a-z]/.test(w)) w = w.normalize('NFD').replace(/\p{M}/gu, '');
    if (MARKERS.has(w)) return true;
    if (w.length > 7 && m[0] === m[0].toUpperCase() && LONG_MARKERS.some((marker) => w.includes(marker))) return true;
    if (first) {
      first = false;
      const after = m.index + m[0].length;
      const c = after < v.length ? v.charCodeAt(after) : NaN;
      // A separator after it, or a camelCase hump after a possessive of four letters or more ("yourApiKey").
      if (OPENERS.has(w) && after < v.length && (!isAlnumCode(c) || (w.length >= 4 && !isDigit(c)))) return true;
    }
    letters += w.length;
    if (placeholderWord(w)) placeholder += w.length;
    lastWord = w;
    lastStart = m.index;
  }
  if (HERE.has(lastWord) && lastStart > 0 && !isAlnumCode(v.charCodeAt(lastStart - 1))) return true;
  return placeholder > 0 && placeholder >= letters - 2;
}

// Masks, templates and variable references: "xxxx", "****", "...", "<password>", "${VAR}", "{{ var }}", "%(pw)s",
// "$VAR", "%VAR%", "@secret".
const PLACEHOLDER_SHAPE = /x{4}|\*{3}|\.{3}|[<>]|\$\{|\{\{|%\(|^[$%@]/i;

/** A mask, a template or a variable reference (PLACEHOLDER_SHAPE), or a placeholder's words (placeholderValue). */
export const placeholder = (v: string): boolean => PLACEHOLDER_SHAPE.test(v) || placeholderValue(v);

// A Terraform reference: data.<type>.<name>.<attribute>, module.<name>.<output>, var.<name>, local.<name>, then an
// index, a call's end, a separator or the end (a password "data.summer2024" has too few parts to be one). Terraform
// writes a literal in quotes, so an unquoted dotted path of lower-case identifiers names where a secret is kept.
const HCL_REFERENCE = /^(?:data\.[a-z][a-z0-9_]*\.[a-z0-9_-]+\.[a-z0-9_]+|module\.[a-z0-9_-]+\.[a-z0-9_]+|(?:var|local)\.[a-z][a-z0-9_]*)(?:[[.)\s,}]|$)/;

/** An unquoted value that is a Terraform expression naming another resource's attribute or a variable. */
export const hclReference = (v: string): boolean => HCL_REFERENCE.test(v);

// A read of an environment variable (`apiKey: process.env.MOLLIE_API_KEY!`, `password = os.environ["DB_PW"]`,
// `ENV.fetch("API_KEY")`, `System.getenv("PW")`, `env::var("PW")`, `import.meta.env.VITE_KEY`) names where the secret is
// kept, not the secret: the value lives in the host's settings.
const ENV_REFERENCE = /^(?:process\.env|import\.meta\.env|os\.environ|os\.getenv|getenv|System\.getenv|Deno\.env|Bun\.env|ENV(?:\[|\.fetch)|(?:std::)?env::var|Environment\.GetEnvironmentVariable)(?![A-Za-z0-9_])/;

/** An unquoted value that reads an environment variable (above). */
export const envReference = (v: string): boolean => ENV_REFERENCE.test(v);

export const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const HOST = /^[a-z0-9-]+(?:\.[a-z0-9-]+)+$/i;
// A host's last label: a country's or a short generic domain (2 or 3 letters), or a longer one in use (generic and
// city domains, and the names networks give their own: .local, .internal, .corp). Another word there ends a dotted
// password ("Mediath978.Hfab"), not a host.
const TLD =
  /\.(?:[a-z]{2,3}|info|mobi|name|aero|asia|coop|jobs|travel|museum|shop|site|tech|club|cloud|online|store|website|email|live|news|blog|page|agency|digital|media|studio|design|group|company|network|services|systems|solutions|berlin|hamburg|koeln|bayern|paris|brussels|amsterdam|wien|swiss|barcelona|madrid|local|localdomain|localhost|internal|intranet|intra|corp|home|lan|test|example|invalid|arpa)$/i;

/** A host name: dotted labels ending in a domain's last label (above). */
export const hostName = (v: string): boolean => HOST.test(v) && TLD.test(v);
const FILE =
  /\.(?:pem|key|json|ya?ml|txt|p12|pfx|crt|cer|der|jks|env|ini|cfg|conf|js|ts|py|rb|go|java|php|sh|ps1|xml|properties|toml|csv|log|gpg|asc|jpe?g|png|gif|webp|svg|pdf|mp[34]|wav|zip|gz|tar|docx?|xlsx?|html?)$/i;
// The base64 DER of a PUBLIC key (SubjectPublicKeyInfo: RSA, EC P-256/P-384, Ed25519/X25519) or an OpenSSH public key
// blob: published by design, whatever the name above it.
const PUBLIC_KEY_DER =
  /^(?:MI[IG][A-Za-z0-9+/]{1,3}(?:ANBgkqhkiG9w0BAQEFAAO|MA0GCSqGSIb3DQEBAQUAA4)|MFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAE|MHYwEAYHKoZIzj0CAQYFK4EEACIDYgAE|MCowBQYDK2V[wu]AyEA|AAAA[BC]3NzaC1)/;
const VERSION = /^v?\d+(?:\.\d+){1,3}(?:[-+][\w.]+)?$/;
const DIGEST = /^(?:sha\d*|md5|blake2b?|crc32)[:=~-]/i;
const EMAIL = /^[^@\s]+@[^@\s]+\.[a-z]{2,}$/i;

/**
 * True when `v` looks like a random credential for a name of this tier: letters and digits mixed in one long run,
 * enough entropy, and no placeholder, variable, path, URL, host, version or digest (generic-secrets.ts).
 */
export function credentialValue(v: string, tier: Tier): boolean {
  const n = v.length;
  if (n < (tier === 'password' ? 8 : tier === 'named' ? 12 : 20) || n > 512) return false;
  if (
    /\s/.test(v) ||
    placeholder(v) ||
    v.includes('://') ||
    /^[/~.\\]/.test(v) ||
    FILE.test(v) ||
    VERSION.test(v) ||
    DIGEST.test(v) ||
    EMAIL.test(v)
  )
    return false;
  if (PUBLIC_KEY_DER.test(v)) return false;
  if (hostName(v)) return false;
  if (/(.)\1{7,}/.test(v)) return false;
  if (!/[A-Za-z]/.test(v)) return false;
  if (tier === 'password') return /[0-9!#%&*+=?@^~$/\\|]/.test(v) && entropy(v) >= 2.5;
  // Without a digit only a generated key of letters under a secret's name (randomLetterKey).
  if (!/\d/.test(v)) return tier === 'named' && randomLetterKey(v);
  if (UUID.test(v)) return tier === 'named';
  if (tier === 'bare' && !(/[a-z]/.test(v) && /[A-Z]/.test(v))) return false;
  return longestMixedRun(v) >= (tier === 'named' ? 12 : 16) && entropy(v) >= (tier === 'named' ? 3 : 3.5);
}

// ---------------------------------------------------------------- how random a value looks: the named tiers

/*
 * The "looks random" tests of every secret recogniser, from strictest to loosest; each has one definition here:
 * - machine-made (machineMade): 24 to 200 characters of letters, digits and -_.=+/, with digits, and mixed case or
 *   all hex: a generated key or token under any key's name (config-secrets.ts, code-credentials.ts);
 * - mixed classes (mixedClasses): digits, lower and upper case letters all present: a part of a token whose layout
 *   is fixed by its vendor (config-secrets.ts's Discord tokens), where the layout already says "token";
 * - random letters (randomLetters): letters only, 12+, at least four case-runs averaging under four letters
 *   ("qmWvRtaPlokBnHyd"), password-like: a generated letters-only password (credential-files.ts);
 * - random letter key (randomLetterKey): letters only, 20+, both cases, a quarter of vowels or less: a generated key
 *   with no digit under a secret's name (looksSecret);
 * - password-like (passwordLike): 6 to 256 characters, no space, no placeholder, a letter and a digit, symbol or inner
 *   capital, not a path: what a person types as a password where the file's syntax is the context (credential-files.ts).
 * credentialValue (generic-secrets.ts) and looksSecret (config values, call arguments) grade a value by the strength
 * of the name above it.
 */

/** Machine-made: a value no person typed (the tiers above). */
export const machineMade = (v: string): boolean =>
  v.length >= 24 &&
  v.length <= 200 &&
  /^[A-Za-z0-9._=+/-]+$/.test(v) &&
  /\d/.test(v) &&
  ((/[a-z]/.test(v) && /[A-Z]/.test(v)) || /^[a-f0-9]{32,}$/i.test(v)) &&
  !/^(?:\d+|[a-z]+)$/i.test(v);

/** A machine-made value with both cases that is no base64 of JSON ("eyJ...": data, or a JWT secrets.ts reads): a key. */
export const mixedCaseKey = (v: string): boolean => !v.startsWith('eyJ') && machineMade(v) && /[a-z]/.test(v) && /[A-Z]/.test(v);

/** Mixed classes: a digit, a lower-case and an upper-case letter (the tiers above). */
export const mixedClasses = (s: string): boolean => /\d/.test(s) && /[a-z]/.test(s) && /[A-Z]/.test(s);

/** Password-like: typed as a password, no placeholder, path or word (the tiers above). */
export function passwordLike(v: string): boolean {
  if (v.length < 6 || v.length > 256 || /\s/.test(v) || placeholder(v) || !/[A-Za-z]/.test(v) || /^(.)\1*$/.test(v)) return false;
  // A path or a file's name (".pypirc", "~/.netrc", "/etc/pgpass"), not a password.
  if (/^[/~.\\]/.test(v)) return false;
  return /[^A-Za-z]/.test(v) || /[A-Z]/.test(v.slice(1));
}

const CASE_RUNS = /[A-Z]?[a-z]+|[A-Z]+(?![a-z])/g;

const LETTERS_KEY = /^[A-Za-z]{20,128}$/;
/**
 * A generated key of letters only in both cases (a payment gateway's 32-letter MAC key, "pFkUqccx...FVFZCNTEE", whose
 * case-runs can average four letters): twenty letters or more, four of each case, vowels a quarter or less. Random
 * letters hold about a fifth of vowels; words and camelCase identifiers about a third ("AbstractSingletonProxyFactoryBean").
 */
export function randomLetterKey(v: string): boolean {
  if (!LETTERS_KEY.test(v) || placeholder(v)) return false;
  const upper = v.replace(/[^A-Z]/g, '').length;
  const vowels = v.replace(/[^aeiouAEIOU]/g, '').length;
  return upper >= 4 && v.length - upper >= 4 && vowels * 4 <= v.length;
}

/** Random letters: many short case-runs, none of them placeholder words ("qm Wv Rta Plok Bn Hyd"; the tiers above). */
export function randomLetters(v: string): boolean {
  const runs = v.match(CASE_RUNS) ?? [];
  return runs.length >= 4 && v.length / runs.length < 4 && /[a-z]/.test(v) && passwordLike(v);
}

/**
 * A short generated key (18 to 23 letters and digits: Freshdesk's 20): both cases and two digits (one where the caller's
 * syntax already says key), its letters in short case-runs as no word, name or camelCase identifier is written
 * ("FEsof2p3SLZUK3Zkig" but not "MyAppConfig2024Key").
 */
export function shortKey(v: string, digits: 1 | 2 = 2): boolean {
  if (v.length < 18 || v.length > 23 || !/^[A-Za-z0-9]+$/.test(v) || !mixedClasses(v) || (digits === 2 && !/\d\D*\d/.test(v))) return false;
  const runs = v.match(CASE_RUNS) ?? [];
  const letters = runs.reduce((n, r) => n + r.length, 0);
  return runs.length >= 5 && letters / runs.length < 3 && entropy(v) >= 3.7 && !placeholder(v);
}

// What an API that takes its key as the Basic user asks for as the password: anything, so one or two letters or a word.
const THROWAWAY_PASSWORD = /^(?:[A-Za-z]{1,2}|api_token|api|token|dummy|unused|blank|any(?:thing|string)?)$/i;

/**
 * A Basic user:password pair that is an API key with an empty or a throwaway password (`-u KEY:`, Freshdesk's `KEY:X`,
 * Toggl's `TOKEN:api_token`): the key, as the user, is the credential. The pair's layout says key, so a short key with
 * a single digit counts ("T5qGuXetjamdPClqVGqF": Freshdesk's 20 characters are often mostly letters); its letters
 * still in short case-runs, as no user name is written.
 */
export const keyAsUser = (user: string, pass: string): boolean =>
  (pass === '' || THROWAWAY_PASSWORD.test(pass)) && (keyLike(user) || shortKey(user, 1));

/** A token made of parts joined by ':' or '/' ("2/1204.../1206...:<32 hex>", Asana), one of them machine-made. */
const machineMadeParts = (v: string): boolean =>
  machineMade(v) || (/^[A-Za-z0-9._=+/:-]{24,200}$/.test(v) && v.split(/[:/]/).some((part) => machineMade(part)));

// References into a secret store name where the secret lives, never the secret: an AWS ARN (Secrets Manager, SSM
// Parameter Store; AWS docs "Amazon Resource Names"), Bank-Vaults' `vault:secret/data/...#key` (bank-vaults docs,
// "Mutating webhook"), a Google Secret Manager resource name `projects/p/secrets/s` (Google Cloud docs), SOPS
// ciphertext `ENC[AES256_GCM,...]` (getsops docs) and Kubernetes' `secretKeyRef`. `${...}`, `{{ ... }}`, `op://`,
// `@Microsoft.KeyVault(...)` and `env(...)` are caught by the shapes after them.
const SECRET_STORE_REFERENCE = '^(?:arn:aws[a-z-]*:|vault:|projects/[^/\\s]{1,64}/secrets/|ENC\\[|secretKeyRef\\b)';
// Values that are no secret in configuration besides placeholders: code and secret-store references ("$VAR", "{...}",
// "[...]", "(...)", "*...", a URL).
const NOT_A_CONFIG_VALUE = new RegExp(`${SECRET_STORE_REFERENCE}|^[$%{<[(@*]|[<>()]|:\\/\\/`, 'i');

/** A value that is no secret in configuration: a reference, code, a mask, a template or a placeholder. */
export const notAValue = (v: string): boolean => NOT_A_CONFIG_VALUE.test(v) || placeholder(v);
const DOTTED_IDENTIFIER = /^[A-Za-z_][A-Za-z0-9_]*(?:\.[A-Za-z_][A-Za-z0-9_]*)+$/;

/** A password: 6+ characters, a letter and a digit or symbol. A key: 16+ characters, letters and digits. */
export function looksSecret(value: string, password: boolean): boolean {
  if (value.length < (password ? 6 : 16) || notAValue(value) || DOTTED_IDENTIFIER.test(value))
    return false;
  if (!/[A-Za-z]/.test(value) || /^(.)\1*$/.test(value)) return false;
  return password ? /[0-9!#%&*+=?@^~§$/\\|]/.test(value) : /\d/.test(value) || randomLetterKey(value);
}

/** True when `value` is a secret under a config key of this kind (secret-names.ts configKeyKind). */
// A generated password of letters only: an app password (Microsoft 365's and Google's are 16 lower-case letters) under a
// password key. Twelve letters or more with a run of five consonants, which no placeholder ("yourpasswordhere",
// "changemeplease") and few words have.
const LETTERS_ONLY_GENERATED = /^[A-Za-z]{12,64}$/;
const CONSONANT_RUN = /[bcdfghjklmnpqrstvwxz]{5}/i;
export const generatedLetters = (value: string): boolean => LETTERS_ONLY_GENERATED.test(value) && CONSONANT_RUN.test(value) && !notAValue(value);

// A password as people type one: 10+ characters with both cases, a digit and a symbol typed on purpose. Under a
// credential key's name it is that credential, whatever the name calls it (OCPP's `AuthorizationKey=...`, the charge
// point's Basic auth password; a "<vendor>_KEY" that holds an account's password).
const TYPED_PASSWORD = /^(?=[^\s]{10,64}$)(?=.*[a-z])(?=.*[A-Z])(?=.*\d)(?=.*[!#$%&*+=?@^~§])/;

export function configValue(value: string, kind: KeyKind): boolean {
  if (kind === 'password' && generatedLetters(value)) return true;
  if ((kind === 'strong' || kind === 'vendor') && TYPED_PASSWORD.test(value) && !notAValue(value) && !/[/\\]/.test(value)) return true;
  if (!looksSecret(value, kind === 'password')) return false;
  switch (kind) {
    case 'password':
    case 'strong':
      return true;
    case 'bare':
    case 'lone':
      return machineMade(value);
    case 'pat':
      return machineMadeParts(value);
    case 'vendor':
      return machineMade(value) || UUID.test(value) || shortKey(value);
  }
}

/** A password typed or generated: looksSecret's password shape, and neither an address, a path nor a host. */
export const looksPassword = (v: string): boolean => looksSecret(v, true) && !/[@/\\]|^[\w-]+(?:\.[\w-]+)+$/.test(v);

/** A generated key: machine-made (mixed case or hex), or 24+ upper-case letters and digits (PrestaShop, Pay.nl). */
export const keyLike = (v: string): boolean =>
  machineMade(v) || (/^[A-Z0-9]{24,200}$/.test(v) && /(?:\d\D*){3}/.test(v) && /(?:[A-Z][^A-Z]*){3}/.test(v));
