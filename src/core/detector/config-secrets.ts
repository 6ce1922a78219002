import { scanAuthHeaders } from './auth-headers.js';
import type { Hit } from './hit.js';
import { includesJoined } from './literals.js';
import { connectionStringPassword } from './connection-strings.js';
import { configKeyKind } from './secret-names.js';
import { configValue, envReference, hclReference, keyAsUser, looksSecret, machineMade, mixedClasses, notAValue } from './secret-values.js';
import { KEY_PHRASE_LAST } from './data/secret-names.js';
import { nameEnds, phraseEndAt, valueAfterSeparator, wordBefore } from './secret-name-ends.js';
import { codeAt } from './word-index.js';
import { isNonAsciiSpaceCode } from './separators.js';

/**
 * Secrets in configuration without a well-known prefix: the value of a key whose NAME says it is a secret, in any of
 * the usual syntaxes (`.env` `DB_PASSWORD=...`, YAML `POSTGRES_PASSWORD: ...`, tfvars `db_password = "..."`, JSON
 * `"apiKey": "..."`, connection strings `AccountKey=...;`), plus three token shapes with a fixed layout but no
 * unique prefix (Telegram bot tokens, Mollie live keys, SendGrid keys). The value must look like a secret, not a
 * placeholder, a variable reference or code.
 */

// The end of a secret-ish key name right before its separator; the whole key is read backwards from there.
const KEY_END = /(?:pass(?:word|wd|phrase)?|pwd|pw|secret|token|key|pat|credential)["']?[ \t]*(?:=>|=|:)/gi;
const KEY_CHAR = /[A-Za-z0-9_.-]/;
const MAX_KEY = 64;
const MAX_VALUE = 256;

// KEY_END tried sticky where one of its words ends before a separator.
const KEY_END_STICKY = new RegExp(KEY_END.source, 'iy');

/**
 * Where KEY_END can match, ascending: every match ends in a ':' or '=' (separators.ts's shared list) with only spaces
 * or tabs, and perhaps a quote, between it and the key word. Walking back from each separator gives the one place the
 * word can end; a start for each word ending there (secret-name-ends.ts, in the walk generic-secrets.ts shares).
 * KEY_END run sticky at these starts, resuming past each match, finds what its global scan finds (its non-unicode `i`
 * folds ASCII letters only, as `| 32` does for letters).
 */
export const keyEndStarts = (text: string): readonly number[] => nameEnds(text).keyStarts;

/** KEY_END's matches (as "index:text") by its global scan: the reference in tests. */
export function keyEndMatchesReference(text: string): string[] {
  const found: string[] = [];
  KEY_END.lastIndex = 0;
  for (let m = KEY_END.exec(text); m !== null; m = KEY_END.exec(text)) found.push(`${m.index}:${m[0]}`);
  return found;
}

/** The same from keyEndStarts. */
export function keyEndMatches(text: string): string[] {
  const found: string[] = [];
  let from = 0;
  for (const p of keyEndStarts(text)) {
    if (p < from) continue;
    KEY_END_STICKY.lastIndex = p;
    const m = KEY_END_STICKY.exec(text);
    if (m === null) continue;
    from = p + m[0].length;
    found.push(`${m.index}:${m[0]}`);
  }
  return found;
}

export function scanConfigSecrets(text: string, out: Hit[]): void {
  const bare: BareRun = { from: -1, to: -1, delimiter: false };
  // KEY_END's matches from its candidate starts (keyEndStarts), resuming where its global scan would.
  let from = 0;
  for (const p of keyEndStarts(text)) {
    if (p < from) continue;
    KEY_END_STICKY.lastIndex = p;
    const m = KEY_END_STICKY.exec(text);
    if (m === null) continue;
    const sufEnd = m.index + m[0].length;
    from = sufEnd;
    let k = m.index;
    while (k > 0 && m.index - k < MAX_KEY && KEY_CHAR.test(text.charAt(k - 1))) k--;
    // A command-line flag ("--token=...", "--db-password=...") is read as its name without the dashes.
    while (k < m.index && text.charCodeAt(k) === 45) k++;
    // A word inside a colon-joined name is no key: "arn:aws:secretsmanager:...:secret:prod/db" names a stored secret
    // (not after '::' or '/:', as in Ruby's `Config::Client.private_key` or .npmrc's `//host/:_password`).
    if (k >= 2 && text.charCodeAt(k - 1) === 58 && /[A-Za-z0-9-]/.test(text.charAt(k - 2))) continue;
    const key = text.slice(k, m.index + (/^[A-Za-z]+/.exec(m[0])?.[0].length ?? 0)).toLowerCase();
    // The key's kind says how machine-made its value must look (secret-values.ts configValue); "key" alone is a
    // credential's only in an ini or rclone section that also names the account or backend type
    // ("[b2] type = b2 / account = ... / key = ...").
    const kind = configKeyKind(key);
    if (kind === null || (kind === 'lone' && !sectionNamesAccount(text, k) && !headerNamedKey(text, k))) continue;
    // A shell expansion's variable (`${SMTP_PASSWORD:?missing}`): its value, if it gives one, after the operator.
    const valueFrom = valueAfterSeparator(text, k, sufEnd - 1);
    if (valueFrom === undefined) continue;
    const at = valueAt(text, valueFrom, bare);
    if (at === undefined) continue;
    // An HCL expression naming another resource ("password = data.vault_kv_secret_v2.db.data[\"password\"]",
    // "= var.db_password", "= module.secrets.db_password") is where the secret is kept, not the secret: Terraform
    // writes a literal value in quotes, so an unquoted dotted path of lower-case identifiers is a reference.
    if (hclReference(text.slice(at.start, at.start + 160))) continue;
    // So is a read of an environment variable (`apiKey: process.env.PAY_API_KEY_2`, secret-values.ts envReference).
    if (envReference(text.slice(at.start, at.start + 48))) continue;
    const password = kind === 'password';
    // In a connection string a password key's value is the password whatever its letters (connection-strings.ts).
    const accepts = (v: Span): boolean =>
      configValue(text.slice(v.start, v.end), kind) || (password && connectionStringPassword(text, k, sufEnd - 1, v.start, v.end));
    const v = acceptedValue(text, at, accepts);
    if (v === undefined) continue;
    out.push({
      entity: password ? 'PASSWORD' : 'API_KEY',
      dataClass: 'secret',
      start: v.start,
      end: v.end,
      score: 0.85,
      rule: password ? 'secret.config-password' : 'secret.config-key',
    });
    from = Math.max(from, v.end);
  }
  scanKeyPhrases(text, out, bare);
  scanShapes(text, out);
  scanAuthorization(text, out);
  scanAuthHeaders(text, out);
}

// An ini/config line naming the account, user or backend type ("type = b2", "account = 005a...", "user: ...").
const ACCOUNT_LINE = /(?:^|\n)[ \t]*(?:type|account|account_id|user|username|provider)[ \t]*[=:]/;

/** True when the config section holding `at` (up to 400 characters back, not past a "[section]" line) names an account. */
function sectionNamesAccount(text: string, at: number): boolean {
  const before = text.slice(Math.max(0, at - 400), at);
  const header = before.lastIndexOf('\n[');
  return ACCOUNT_LINE.test(header === -1 ? before : before.slice(header + 1));
}

// A request header called "key" is how some APIs take their key (Holded's API reference: header `key: <api key>`):
// "key" right after a word for a header, in the six languages, or curl's -H / --header, or a headers object's opening.
const HEADER_BEFORE =
  /(?:\bheaders?|\bcabeceras?|\bencabezados?|en-t[êe]tes?|\bent[êe]tes?|\bintestazion[ei]|\bkopfzeilen?|\s-H|--header)["'`]?[ \t]{0,4}(?:[:=][ \t]{0,4})?[{(]?[ \t]{0,4}["'`]?$/i;

/** True when the key "key" at `at` is a request header's name (HEADER_BEFORE ends right before it). */
const headerNamedKey = (text: string, at: number): boolean => HEADER_BEFORE.test(text.slice(Math.max(0, at - 24), at));

/**
 * What the last bare-value walk of one text learned: [from, to) holds no delimiter, and `to` is one (or the text's end)
 * when `delimiter` is set. "pwd=pwd=pwd=..." puts a key every four characters inside one long bare value; without
 * this each key would walk the same MAX_VALUE characters again (linear, but 64 times the text).
 */
interface BareRun {
  from: number;
  to: number;
  delimiter: boolean;
}

// The characters that end a bare value: `[\s"',;\`}\])&]` by code (\s as JavaScript defines it).
function isDelimiter(c: number): boolean {
  if (c < 128)
    return (
      c === 32 ||
      (c >= 9 && c <= 13) ||
      c === 34 ||
      c === 39 ||
      c === 44 ||
      c === 59 ||
      c === 96 ||
      c === 125 ||
      c === 93 ||
      c === 41 ||
      c === 38
    );
  return isNonAsciiSpaceCode(c);
}

/** The first delimiter at or after i, or `cap` when there is none before it (or the text's end). */
function bareEnd(text: string, i: number, cap: number, run: BareRun): number {
  let e = i;
  if (run.from <= i && i <= run.to) {
    if (run.delimiter) return Math.min(run.to, cap);
    e = run.to;
  } else run.from = i;
  const n = text.length;
  while (e < cap && e < n && !isDelimiter(text.charCodeAt(e))) e++;
  run.to = e;
  run.delimiter = e >= n || isDelimiter(text.charCodeAt(e));
  return e;
}

interface Span {
  start: number;
  end: number;
}

// A sentence's closing punctuation, right before a space or the text's end.
const isClosing = (c: number): boolean => c === 46 || c === 33 || c === 63 || c === 58;

/**
 * `v` when it passes `accepts`; else, for a bare value that a sentence's full stop, '!', '?' or ':' closes ("...config:
 * KEY=<hex>. Should I rotate it?"), the value without that punctuation when it passes; else undefined.
 */
function acceptedValue(text: string, v: Span, accepts: (v: Span) => boolean): Span | undefined {
  if (accepts(v)) return v;
  const q = text.charCodeAt(v.start - 1);
  if (q === 34 || q === 39 || (v.end < text.length && !isDelimiter(text.charCodeAt(v.end)))) return undefined;
  let e = v.end;
  while (e > v.start && v.end - e < 3 && isClosing(text.charCodeAt(e - 1))) e--;
  if (e === v.end || e === v.start) return undefined;
  const trimmed = { start: v.start, end: e };
  return accepts(trimmed) ? trimmed : undefined;
}

/** The value after a key's separator: quoted (to the closing quote, one line) or bare (to a space or delimiter). */
function valueAt(text: string, from: number, run: BareRun): { start: number; end: number } | undefined {
  let i = from;
  while (i < text.length && (text.charCodeAt(i) === 32 || text.charCodeAt(i) === 9)) i++;
  const q = i < text.length ? text.charAt(i) : '';
  if (q === '"' || q === "'") {
    // Bounded: an unclosed quote costs MAX_VALUE characters, not the rest of the text.
    for (let e = i + 1; e < text.length && e - i - 1 <= MAX_VALUE; e++) {
      const c = text.charAt(e);
      if (c === q) return { start: i + 1, end: e };
      if (c === '\n') return undefined;
    }
    return undefined;
  }
  const e = bareEnd(text, i, i + MAX_VALUE + 1, run);
  return e > i && e - i <= MAX_VALUE ? { start: i, end: e } : undefined;
}

// Key phrases in prose and labels, in the six languages, that the key names above miss because they hold a space or
// a non-ASCII letter ("Datadog API key: ...", "clé API : ...", "clave de acceso: ...", "chiave segreta = ...",
// "API-Schlüssel: ...", "toegangstoken: ..."). Asked only where the word before a ':' or '=' is a phrase's last word.
const PHRASE_LAST: ReadonlySet<string> = new Set(KEY_PHRASE_LAST.split(' '));
const KEY_PHRASE =
  /(?:(?:api|access|secret|private)[ -]key|(?:access|auth|api)[ -]token|cl[ée]f?\s+(?:d['’]\s*)?api|cl[ée]f?\s+(?:secr[èe]te|priv[ée]e|d['’]acc[èe]s)|jeton(?:\s+d['’]acc[èe]s|\s+api)?|clave\s+(?:de\s+(?:la\s+)?)?api|clave\s+(?:secreta|privada|de\s+acceso)|token\s+de\s+acceso|chiave\s+(?:di\s+|dell['’])?api|chiave\s+(?:segreta|privata|di\s+accesso)|token\s+di\s+accesso|api-schlüssel|zugangsschlüssel|geheimschlüssel|zugangstoken|api-sleutel|geheime\s+sleutel|toegangstoken|toegangssleutel)(?:\s+(?:(?:de|di|del|van|von|für|pour|per|para|voor)\s+)?(?:d['’])?\p{Lu}[\p{L}\d.-]{1,20})?["'“”«»]?[ \t]*$/iu;

const isSpaceCode = (c: number): boolean => c === 32 || c === 9;
const PARTICLE = /^(?:de|di|del|van|von|für|pour|per|para|voor)$/i;

function scanKeyPhrases(text: string, out: Hit[], run: BareRun): void {
  // The separators after a phrase's last word or a capitalised word, found in the walk the key names share
  // (secret-name-ends.ts); a quoted key ending in a vendor's name is a JSON key, not a phrase with a vendor.
  const phrases = nameEnds(text).phrases;
  for (let k = 0; k < phrases.length; k += 3) {
    const sep = phrases[k] as number;
    const e = phrases[k + 1] as number;
    let s = phrases[k + 2] as number;
    const phraseEnd = phraseEndAt(text, e);
    const first = text.charCodeAt(s);
    const vendor = first >= 65 && first <= 90;
    if (!(phraseEnd && PHRASE_LAST.has(text.slice(s, e).toLowerCase()))) {
      if (!vendor) continue;
      // A vendor's name after the phrase ("clé API Mistral :", "chiave API di Mailjet:"): the phrase ends before it.
      let t = s;
      while (t > 0 && s - t < 4 && isSpaceCode(text.charCodeAt(t - 1))) t--;
      if (t === s) continue;
      let w = wordBefore(text, t);
      if (PARTICLE.test(text.slice(w, t))) {
        while (w > 0 && t - w < 12 && isSpaceCode(text.charCodeAt(w - 1))) w--;
        t = w;
        w = wordBefore(text, t);
      }
      if (w === t || !PHRASE_LAST.has(text.slice(w, t).toLowerCase())) continue;
      s = w;
    }
    if (!KEY_PHRASE.test(text.slice(Math.max(0, s - 24), sep))) continue;
    // '=>' or ':=' after the phrase: the value starts after the whole operator.
    let from = sep + 1;
    const op = codeAt(text, from);
    if (op === 62 || op === 61) from++;
    const at = valueAt(text, from, run);
    if (at === undefined) continue;
    // As a vendor's own key: machine-made or a UUID.
    const v = acceptedValue(text, at, (x) => configValue(text.slice(x.start, x.end), 'vendor'));
    if (v === undefined) continue;
    out.push({
      entity: 'API_KEY',
      dataClass: 'secret',
      start: v.start,
      end: v.end,
      score: 0.85,
      rule: 'secret.key-phrase',
    });
  }
}

// Telegram bot token: the bot's numeric id, a colon, "AA" and 33 more characters (Telegram Bot API docs).
const TELEGRAM = /(?:(?<![A-Za-z0-9_:])|(?<=\/bot))\d{8,10}:AA[A-Za-z0-9_-]{33}(?![A-Za-z0-9_-])/g; // also in a Bot API URL: /bot<token>/
// Mollie live API key: "live_" and 30 alphanumerics (Mollie API docs, "Authentication").
const MOLLIE = /(?<![A-Za-z0-9_])live_[A-Za-z0-9]{30}(?![A-Za-z0-9_])/g;
// SendGrid API key: "SG.", a 22-character id, ".", a 43-character secret (SendGrid docs, "API keys").
const SENDGRID = /(?<![A-Za-z0-9_])SG\.[A-Za-z0-9_-]{22}\.[A-Za-z0-9_-]{43}(?![A-Za-z0-9_-])/g;

// Discord bot tokens: base64 of the bot's id, '.', a 6-character timestamp, '.', the HMAC (Discord developer docs,
// "Bot token"; the parts as Nostrum.Token and serenity's utils/token.rs check them; gitleaks has only keyword rules
// for Discord). No prefix, so tried where the text names Discord or calls a Discord client with it (discord.py's
// `client.run(token)`, discord.js's `client.login(token)`, "intents"), or where the first part decodes to a user id
// (a 17-20 digit snowflake) on its own; both long parts must look random.
const DISCORD_BOT =
  /(?<![A-Za-z0-9_.-])([A-Za-z0-9_-]{23,28})\.[A-Za-z0-9_-]{6,7}\.([A-Za-z0-9_-]{27,40})(?![A-Za-z0-9_.-])/y;
const DISCORD_MIDDLE = /\.[A-Za-z0-9_-]{6,7}\./g;
// [A-Za-z0-9_-] by char code.
const isTokenChar = (c: number): boolean =>
  (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95 || c === 45;
// Legacy MFA user tokens: "mfa." and 84 base64url characters (secondary: community write-ups of the token format).
const DISCORD_MFA = /(?<![A-Za-z0-9_.-])mfa\.[A-Za-z0-9_-]{84}(?![A-Za-z0-9_.-])/g;
const DISCORD_CUE = /discord|\b(?:client|bot)\.(?:run|login)\(|\bintents\b/i;

/** True when a base64url part decodes to a 17-20 digit Discord snowflake (a user or bot id). */
function snowflakePart(part: string): boolean {
  let decoded: string;
  try {
    decoded = atob(
      part
        .replace(/-/g, '+')
        .replace(/_/g, '/')
        .padEnd(Math.ceil(part.length / 4) * 4, '='),
    );
  } catch {
    return false;
  }
  return /^[1-9]\d{16,19}$/.test(decoded);
}

function scanDiscordBot(text: string, out: Hit[]): void {
  // Speed: the pattern is tried only at a run that ends in the token's middle part ('.' + 6-7 characters + '.'), sticky
  // at the run's start (the look-behind allows no other start), and the cue is looked for only when one is found.
  let cue: boolean | undefined;
  DISCORD_MIDDLE.lastIndex = 0;
  for (let d = DISCORD_MIDDLE.exec(text); d !== null; d = DISCORD_MIDDLE.exec(text)) {
    let k = d.index;
    while (k > 0 && d.index - k <= 28 && isTokenChar(text.charCodeAt(k - 1))) k--;
    const run = d.index - k;
    if (run >= 23 && run <= 28) {
      DISCORD_BOT.lastIndex = k;
      const m = DISCORD_BOT.exec(text);
      if (m !== null) {
        DISCORD_MIDDLE.lastIndex = Math.max(DISCORD_MIDDLE.lastIndex, m.index + m[0].length);
        cue ??= DISCORD_CUE.test(text);
        if (!mixedClasses(m[2] ?? '') || !(cue ? mixedClasses(m[1] ?? '') : snowflakePart(m[1] ?? '')))
          continue;
        out.push({
          entity: 'DISCORD_BOT_TOKEN',
          dataClass: 'secret',
          start: m.index,
          end: m.index + m[0].length,
          score: 0.9,
          rule: 'secret.discord-bot',
        });
        continue;
      }
    }
    DISCORD_MIDDLE.lastIndex = d.index + 1;
  }
  if (!text.includes('mfa.')) return;
  DISCORD_MFA.lastIndex = 0;
  for (let m = DISCORD_MFA.exec(text); m !== null; m = DISCORD_MFA.exec(text)) {
    if (!mixedClasses(m[0].slice(4))) continue;
    out.push({
      entity: 'DISCORD_USER_TOKEN',
      dataClass: 'secret',
      start: m.index,
      end: m.index + m[0].length,
      score: 0.9,
      rule: 'secret.discord-mfa',
    });
  }
}

/**
 * Token formats whose fixed part sits inside the token, not at its start (ported from gitleaks, MIT licence,
 * config/gitleaks.toml at commit b58d3f102cf3a2c84cb7f923d05c25c9b1aed84b): each occurrence of the literal is found
 * with indexOf and the pattern is tried once, sticky, `back` characters before it (no full-text regex pass).
 */
interface InnerLiteral {
  literal: string;
  back: number;
  re: RegExp;
  entity: string;
  rule: string;
}
const INNER: readonly InnerLiteral[] = [
  // gitleaks azure-ad-client-secret: 3 characters, a digit, "Q~", 31-34 more. A '.' may end the sentence the secret
  // closes ("client_secret ...gfRL. Ist das ..."): only a '.' with a token character after it belongs to the secret.
  {
    literal: 'Q~',
    back: 4,
    re: /(?<![A-Za-z0-9_~.-])[A-Za-z0-9_~.]{3}\dQ~(?=[A-Za-z0-9_~.-]{0,33}\d)[A-Za-z0-9_~.-]{31,34}(?![A-Za-z0-9_~-]|\.[A-Za-z0-9_~.-])/y,
    entity: 'AZURE_CLIENT_SECRET',
    rule: 'secret.azure-ad-client-secret',
  },
  // gitleaks mailchimp-api-key: 32 hex digits, "-us" and the data-centre number.
  {
    literal: '-us',
    back: 32,
    re: /(?<![A-Za-z0-9_])(?=[0-9]{0,31}[a-f])(?=[a-f]{0,31}[0-9])[a-f0-9]{32}-us\d{1,2}(?![A-Za-z0-9_])/y,
    entity: 'MAILCHIMP_API_KEY',
    rule: 'secret.mailchimp',
  },
  // gitleaks maxmind-license-key.
  {
    literal: '_mmk',
    back: 36,
    re: /(?<![A-Za-z0-9_])[A-Za-z0-9]{6}_[A-Za-z0-9]{29}_mmk(?![A-Za-z0-9_])/y,
    entity: 'MAXMIND_LICENSE_KEY',
    rule: 'secret.maxmind',
  },
  // gitleaks hashicorp-tf-api-token (Terraform Cloud / HCP Terraform).
  // Found by its 'v1.' (a cheap literal to search for; '.atlasv1.' costs ten times as much): 20 characters in.
  {
    literal: 'v1.',
    back: 20,
    re: /(?<![A-Za-z0-9_])[A-Za-z0-9]{14}\.atlasv1\.[A-Za-z0-9_=-]{60,70}(?![A-Za-z0-9_=-])/y,
    entity: 'TERRAFORM_CLOUD_TOKEN',
    rule: 'secret.terraform-cloud',
  },
];

function scanInnerLiterals(text: string, out: Hit[]): void {
  for (const { literal, back, re, entity, rule } of INNER) {
    for (let i = text.indexOf(literal); i !== -1; i = text.indexOf(literal, i + 1)) {
      if (i < back) continue;
      re.lastIndex = i - back;
      const m = re.exec(text);
      if (m !== null)
        out.push({
          entity,
          dataClass: 'secret',
          start: m.index,
          end: m.index + m[0].length,
          score: 0.9,
          rule,
        });
    }
  }
}

function scanShapes(text: string, out: Hit[]): void {
  scanDiscordBot(text, out);
  scanInnerLiterals(text, out);
  const shapes: [boolean, RegExp, string, string][] = [
    [includesJoined(text, ':', 'AA'), TELEGRAM, 'TELEGRAM_BOT_TOKEN', 'secret.telegram-bot'],
    [includesJoined(text, 'li', 've_'), MOLLIE, 'MOLLIE_API_KEY', 'secret.mollie-live'],
    [text.includes('SG.'), SENDGRID, 'SENDGRID_API_KEY', 'secret.sendgrid'],
  ];
  for (const [hasLiteral, re, entity, rule] of shapes) {
    // The literal every match holds (':AA', 'live_', 'SG.'): the regex runs only on texts that have it.
    if (!hasLiteral) continue;
    re.lastIndex = 0;
    for (let m = re.exec(text); m !== null; m = re.exec(text)) {
      if (entity === 'MOLLIE_API_KEY' && !(/\d/.test(m[0].slice(5)) && /[A-Za-z]/.test(m[0].slice(5))))
        continue;
      out.push({ entity, dataClass: 'secret', start: m.index, end: m.index + m[0].length, score: 0.9, rule });
    }
  }
}

// An HTTP Authorization header (RFC 7617 Basic, RFC 6750 Bearer) pasted from a request dump, curl or a log: the
// credentials themselves; also as the two arguments of a header call in code (`.header("Authorization", "Basic ...")`).
// Bounded gaps, and tried only where "authorization" occurs (linear).
// Schemes other than Basic (Okta's `SSWS`, `Token`, `Bot`, `ApiKey`, `Klaviyo-API-Key`...) carry a token as Bearer
// does. The header name may close a subscript first (Ruby `req['Authorization'] = '...'`).
const AUTHORIZATION =
  /authorization["']?\]?[ \t]{0,8}[:=,][ \t]{0,8}["']?([A-Za-z][A-Za-z-]{1,24})[ \t]{1,8}([A-Za-z0-9+/=._~-]{8,512})/gi;

function scanAuthorization(text: string, out: Hit[]): void {
  if (!/authorization/i.test(text)) return;
  AUTHORIZATION.lastIndex = 0;
  for (let m = AUTHORIZATION.exec(text); m !== null; m = AUTHORIZATION.exec(text)) {
    const scheme = (m[1] ?? '').toLowerCase();
    const value = m[2] ?? '';
    const start = m.index + m[0].length - value.length;
    // A Basic value that is no encoded "user:password" but a machine-made key itself: an API that takes its key so
    // (MyParcel's "basic base64(key)"), or the raw key pasted where its encoding belongs.
    const rawKey = scheme === 'basic' && !basicCredentials(value) && !encodedPair(value) && machineMade(value) && !notAValue(value);
    if (scheme === 'basic' ? !basicCredentials(value) && !rawKey : !looksSecret(value, false) && !randomDotted(value))
      continue;
    const named = scheme === 'basic' || scheme === 'bearer';
    out.push({
      entity: scheme === 'basic' ? 'HTTP_BASIC_AUTH' : named ? 'BEARER_TOKEN' : 'API_KEY',
      dataClass: 'secret',
      start,
      end: start + value.length,
      score: 0.9,
      rule: named ? `secret.authorization-${scheme}` : 'secret.authorization-token',
    });
  }
}

/** A dotted token with a machine-made part ("vendor_Ab3dE.Xy9Kq..."): read as a dotted identifier, yet no code names this. */
const randomDotted = (value: string): boolean =>
  !notAValue(value) && value.split('.').some((part) => machineMade(part));

/** Base64 that decodes to printable text holding a ':' (a user and a password, real or a sample's). */
function encodedPair(value: string): boolean {
  try {
    const decoded = atob(value);
    return decoded.includes(':') && /^[\x20-\x7e]+$/.test(decoded);
  } catch {
    return false;
  }
}

/** Base64 of "user:password" (RFC 7617) with a non-empty password of printable characters. */
function basicCredentials(value: string): boolean {
  let decoded: string;
  try {
    decoded = atob(value);
  } catch {
    return false;
  }
  const colon = decoded.indexOf(':');
  if (colon > 0 && keyAsUser(decoded.slice(0, colon), decoded.slice(colon + 1))) return true;
  // An empty user is allowed with a long password: Azure DevOps and other PATs are sent as ":<token>".
  return (
    (colon > 0 || (colon === 0 && decoded.length > 20)) &&
    colon < decoded.length - 1 &&
    /^[\x20-\x7e]+$/.test(decoded) &&
    !notAValue(decoded.slice(colon + 1))
  );
}
