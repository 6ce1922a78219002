import { scanCredentialDirectives } from './credential-directives.js';
import type { Hit } from './hit.js';
import { INI_ACCOUNT_KEYS, INI_PASSWORD_KEYS, NETRC_KEYWORDS, PGPASS_PORTS, WORDPRESS_KEYS } from './data/credential-files.js';
import { passwordLike, placeholder, randomLetters } from './secret-values.js';
import { codeAt } from './word-index.js';

/*
 * Secrets in credential files whose syntax names no secret the other scanners know, or whose value they would take for
 * a word: a `.netrc` entry (`machine host login user password secret`), an ini section that names an account
 * (`.pypirc`, `pip.conf`, `.my.cnf`, `rclone.conf`: `password = ifNvyauDr...`, letters only), a `.pgpass` line
 * (`host:port:db:user:password`), an `.htpasswd` line (`user:$apr1$...`), the key of a `jwt.sign(payload, '...')` call
 * and WordPress's salts (`define('AUTH_KEY', '...')`). The file's own syntax is the context, so a value only has to
 * be password-like (secret-values.ts's tiers): no placeholder. Each pass is gated on its format's keyword and reads a
 * bounded window around each occurrence.
 *
 * htpasswd hashes are reported: apr1 (MD5) and {SHA} hashes fall to an offline dictionary attack in minutes and the
 * line names the account, so a pasted htpasswd file is handled as the password file it is.
 */

const isSpace = (c: number): boolean => c === 32 || (c >= 9 && c <= 13);
const MAX_TOKEN = 128;

/** The whitespace-delimited token that ends before `end` (at most 64 spaces back): [start, end], or undefined. */
function tokenBefore(text: string, end: number): [number, number] | undefined {
  let e = end;
  while (e > 0 && end - e < 64 && isSpace(text.charCodeAt(e - 1))) e--;
  let s = e;
  while (s > 0 && e - s < MAX_TOKEN && !isSpace(text.charCodeAt(s - 1))) s--;
  return s < e && (s === 0 || isSpace(text.charCodeAt(s - 1))) ? [s, e] : undefined;
}

/** The token after `from` on the same line (quotes stripped), or undefined. */
function tokenAfter(text: string, from: number): [number, number] | undefined {
  let s = from;
  while (s < text.length && s - from < 16 && (text.charCodeAt(s) === 32 || text.charCodeAt(s) === 9)) s++;
  let e = s;
  while (e < text.length && e - s <= 256 && !isSpace(text.charCodeAt(e))) e++;
  if (e === s || e - s > 256) return undefined;
  const q = text.charAt(s);
  if ((q === '"' || q === "'") && e - s > 2 && text.charAt(e - 1) === q) return [s + 1, e - 1];
  return [s, e];
}

/** True when `machine <host>` or `default`, then only login/account/port pairs, end right before `at`, with a login or the word netrc. */
function netrcEntryBefore(text: string, at: number, named: boolean): boolean {
  let end = at;
  let login = named;
  for (let pairs = 0; pairs < 5; pairs++) {
    const value = tokenBefore(text, end);
    if (value === undefined) return false;
    if (text.slice(value[0], value[1]) === 'default') return login;
    const keyword = tokenBefore(text, value[0]);
    if (keyword === undefined) return false;
    const k = text.slice(keyword[0], keyword[1]);
    if (k === 'machine') return login;
    if (!NETRC_KEYWORDS.has(k)) return false;
    if (k === 'login') login = true;
    end = keyword[0];
  }
  return false;
}

// Sentence punctuation after a value in prose ("... password Soleil2024Bleu.").
const TRAILING = /[.,;)]$/;

const NETRC_PASSWORD = /password/g;

function scanNetrc(text: string, out: Hit[]): void {
  const named = text.includes('netrc');
  NETRC_PASSWORD.lastIndex = 0;
  for (let m = NETRC_PASSWORD.exec(text); m !== null; m = NETRC_PASSWORD.exec(text)) {
    const i = m.index;
    if (!isSpace(codeAt(text, i + 8)) || (i > 0 && !isSpace(text.charCodeAt(i - 1)))) continue;
    if (!netrcEntryBefore(text, i, named)) continue;
    const v = tokenAfter(text, i + 8);
    if (v === undefined) continue;
    const s = v[0];
    const e = TRAILING.test(text.slice(s, v[1])) ? v[1] - 1 : v[1];
    if (!passwordLike(text.slice(s, e))) continue;
    out.push({ entity: 'PASSWORD', dataClass: 'secret', start: s, end: e, score: 0.85, rule: 'secret.netrc' });
  }
}

// A `key = value` or `key: value` line of an ini file: the key and where its value starts.
const INI_LINE = /[ \t]*([A-Za-z][\w.-]{0,31})[ \t]*[=:][ \t]*/y;

/** The ini key at the line starting at `p` and where its value starts, or undefined. */
function iniKey(text: string, p: number): { key: string; value: number } | undefined {
  INI_LINE.lastIndex = p;
  const m = INI_LINE.exec(text);
  return m === null ? undefined : { key: (m[1] ?? '').toLowerCase(), value: p + m[0].length };
}

/**
 * One pass over the lines: a password line counts when its section (from a `[section]` line to the next) also has
 * a line naming the account, before or after it.
 */
function scanIniPasswords(text: string, out: Hit[]): void {
  let header = false;
  let account = false;
  let pending: [number, number][] = [];
  const flush = (): void => {
    if (header && account)
      for (const [start, end] of pending) out.push({ entity: 'PASSWORD', dataClass: 'secret', start, end, score: 0.85, rule: 'secret.ini-password' });
    pending = [];
  };
  for (let p = 0; p < text.length; ) {
    const nl = text.indexOf('\n', p);
    const lineEnd = nl === -1 ? text.length : nl;
    if (text.charCodeAt(p) === 91) {
      flush();
      header = true;
      account = false;
    } else {
      const k = iniKey(text, p);
      if (k !== undefined && k.value <= lineEnd) {
        if (INI_ACCOUNT_KEYS.has(k.key)) account = true;
        else if (INI_PASSWORD_KEYS.has(k.key)) {
          const v = tokenAfter(text, k.value);
          if (v !== undefined && v[1] <= lineEnd && text.slice(v[1], lineEnd).trim() === '' && passwordLike(text.slice(v[0], v[1]))) pending.push(v);
        }
      }
    }
    if (nl === -1) break;
    p = nl + 1;
  }
  flush();
}

// hostname:port:database:username:password (PostgreSQL docs, "The Password File"); '\:' escapes a colon.
const PGPASS_LINE = /([A-Za-z0-9._*-]{1,253}|\[[0-9A-Fa-f:]{2,45}\]):(\d{1,5}|\*):([^\s:]{1,63}):((?:[^\s:\\]|\\.){1,63}):((?:[^\s:\\]|\\.){1,256})[ \t]*(?=\r?\n|$)/y;

// A host name, '*', an IPv4 address or a bracketed IPv6 one: not a clock time ("12:30:45:...").
const PGPASS_HOST = /[A-Za-z*[]|^\d{1,3}(?:\.\d{1,3}){3}$/;

function scanPgpass(text: string, out: Hit[]): void {
  const named = text.includes('pgpass') || text.includes('PGPASSFILE');
  for (let p = 0; p < text.length; ) {
    PGPASS_LINE.lastIndex = p;
    const m = PGPASS_LINE.exec(text);
    const next = text.indexOf('\n', p);
    if (m !== null && (named || PGPASS_PORTS.has(m[2] ?? '')) && PGPASS_HOST.test(m[1] ?? '')) {
      const pass = m[5] ?? '';
      const start = m.index + m[0].trimEnd().length - pass.length;
      if (passwordLike(pass)) out.push({ entity: 'PASSWORD', dataClass: 'secret', start, end: start + pass.length, score: 0.85, rule: 'secret.pgpass' });
    }
    if (next === -1) break;
    p = next + 1;
  }
}

// The hash of an htpasswd line (Apache docs, "Password Formats"): apr1 MD5, bcrypt, {SHA}.
const HTPASSWD_LINE = /[A-Za-z0-9._@-]{1,64}:(\$apr1\$[./0-9A-Za-z]{1,8}\$[./0-9A-Za-z]{22}|\$2[aby]\$\d\d\$[./A-Za-z0-9]{53}|\{SHA\}[A-Za-z0-9+/]{27}=)(?=[ \t]*(?:\r?\n|$))/y;
const HASH_MARKS = ['$apr1$', '$2y$', '$2a$', '$2b$', '{SHA}'];

function scanHtpasswd(text: string, out: Hit[]): void {
  for (const mark of HASH_MARKS) {
    for (let i = text.indexOf(mark); i !== -1; i = text.indexOf(mark, i + mark.length)) {
      // The line's start, at most the user's 64 characters and a colon back.
      let s = i - 1;
      while (s > 0 && i - s <= 66 && text.charCodeAt(s - 1) !== 10) s--;
      if (codeAt(text, i - 1) !== 58 || (s > 0 && text.charCodeAt(s - 1) !== 10)) continue;
      HTPASSWD_LINE.lastIndex = s;
      const m = HTPASSWD_LINE.exec(text);
      if (m === null || m.index + m[0].length - (m[1] ?? '').length !== i) continue;
      out.push({ entity: 'PASSWORD_HASH', dataClass: 'secret', start: i, end: i + (m[1] ?? '').length, score: 0.85, rule: 'secret.htpasswd' });
    }
  }
}

// jsonwebtoken's jwt.sign/verify(payload, key), PyJWT's jwt.encode/decode(payload, key), ruby-jwt's JWT.encode: the key
// is the second argument.
const JWT_CALL = /jwt\.(?:sign|verify|encode|decode)[ \t]*\(/iy;
const OPEN = '([{';
const CLOSE = ')]}';

/** Where the first argument of a call opened at `from` ends at its top-level comma (at most 400 characters on), or -1. */
function firstArgumentEnd(text: string, from: number): number {
  let depth = 0;
  let quote = 0;
  const stop = Math.min(text.length, from + 400);
  for (let i = from; i < stop; i++) {
    const c = text.charCodeAt(i);
    if (quote !== 0) {
      if (c === 92) i++;
      else if (c === quote) quote = 0;
      continue;
    }
    if (c === 34 || c === 39 || c === 96) quote = c;
    else if (OPEN.includes(text.charAt(i))) depth++;
    else if (CLOSE.includes(text.charAt(i))) {
      if (depth === 0) return -1;
      depth--;
    } else if (c === 44 && depth === 0) return i;
  }
  return -1;
}

/** The quote `q` closing a string that starts at `from`, looked for over at most 256 characters of one line; -1 when none. */
function closingQuote(text: string, from: number, q: string): number {
  const stop = Math.min(text.length, from + 257);
  for (let i = from; i < stop; i++) {
    const c = text.charAt(i);
    if (c === q) return i;
    if (c === '\n') return -1;
  }
  return -1;
}

const JWT_DOT = /jwt\./gi;

function scanJwtCalls(text: string, out: Hit[]): void {
  JWT_DOT.lastIndex = 0;
  for (let d = JWT_DOT.exec(text); d !== null; d = JWT_DOT.exec(text)) {
    JWT_CALL.lastIndex = d.index;
    const m = JWT_CALL.exec(text);
    if (m === null) continue;
    const comma = firstArgumentEnd(text, d.index + m[0].length);
    if (comma === -1) continue;
    let s = comma + 1;
    while (s < text.length && s - comma < 16 && isSpace(text.charCodeAt(s))) s++;
    const q = text.charAt(s);
    if (q !== '"' && q !== "'" && q !== '`') continue;
    const e = closingQuote(text, s + 1, q);
    if (e === -1) continue;
    const value = text.slice(s + 1, e);
    if (!passwordLike(value)) continue;
    out.push({ entity: 'SECRET_KEY', dataClass: 'secret', start: s + 1, end: e, score: 0.85, rule: 'secret.jwt-signing-key' });
  }
}

// define('AUTH_KEY', '...'): WordPress's cookie keys and salts, 64 random printable characters from its generator.
const WP_DEFINE = /define\(\s{0,8}(['"])([A-Z_]{7,16})\1\s{0,8},\s{0,8}(['"])/y;

function scanWordPressKeys(text: string, out: Hit[]): void {
  for (let i = text.indexOf('define('); i !== -1; i = text.indexOf('define(', i + 7)) {
    WP_DEFINE.lastIndex = i;
    const m = WP_DEFINE.exec(text);
    if (m === null || !WORDPRESS_KEYS.has(m[2] ?? '')) continue;
    const s = i + m[0].length;
    const e = closingQuote(text, s, m[3] ?? "'");
    if (e === -1 || e - s > 128 || e - s < 32) continue;
    const value = text.slice(s, e);
    // The sample file's "put your unique phrase here" and other prose: real keys hold no spaces between words.
    if (/\b(?:your|unique|phrase|here)\b/i.test(value) || placeholder(value.replace(/[<>]/g, ''))) continue;
    out.push({ entity: 'SECRET_KEY', dataClass: 'secret', start: s, end: e, score: 0.85, rule: 'secret.wordpress-key' });
  }
}

// A password given in a sentence about its credential file ("the password in my .pypirc is ...", "das Passwort in
// meiner .netrc lautet ...", "la contraseña de mi .pypirc es ..."): the password noun at most four words before the
// file's name, a verb right after it, then the value. The prose rules of generic-secrets.ts want a digit in a value;
// the file's name is context enough for a letters-only one with an inner capital.
const FILE_AFTER_DOT = /(?:pypirc|netrc|pgpass|npmrc|git-credentials|htpasswd|cnf|conf)(?![\w-])/iy;
// The letters that can follow the dot (p, n, g, h, c), folded with | 32.
const FILE_FIRST = new Set([112, 110, 103, 104, 99]);
const NOUN_BEFORE = /(?:password|passwort|kennwort|mot de passe|contraseña|wachtwoord)(?:\s+[^\s.!?]+){0,4}\s+$/i;
const VERB_AFTER = /^["'»”]?[ \t]{0,4}(?:is|ist|lautet|est|es|è|luidt|:)[ \t]{1,4}["'«“]?/i;

function scanFileProse(text: string, out: Hit[]): void {
  for (let dot = text.indexOf('.'); dot !== -1; dot = text.indexOf('.', dot + 1)) {
    if (!FILE_FIRST.has(codeAt(text, dot + 1) | 32)) continue;
    FILE_AFTER_DOT.lastIndex = dot + 1;
    const m = FILE_AFTER_DOT.exec(text);
    if (m === null) continue;
    // The whole file name ("~/.netrc", "pip.conf"), at most 40 characters back to a space.
    let start = dot;
    while (start > 0 && dot - start < 40 && !isSpace(text.charCodeAt(start - 1))) start--;
    if (!NOUN_BEFORE.test(text.slice(Math.max(0, start - 80), start))) continue;
    const after = dot + 1 + m[0].length;
    const verb = VERB_AFTER.exec(text.slice(after, after + 24));
    if (verb === null) continue;
    const v = tokenAfter(text, after + verb[0].length);
    if (v === undefined) continue;
    const s = v[0];
    let e = v[1];
    while (e > s && /[.,;:!?)"'»”]/.test(text.charAt(e - 1))) e--;
    if (!passwordLike(text.slice(s, e))) continue;
    out.push({ entity: 'PASSWORD', dataClass: 'secret', start: s, end: e, score: 0.85, rule: 'secret.file-prose' });
  }
}

// A letters-only random password under a password key (`<password>qmWvRtaPlokBnHyd</password>`, gradle
// `nexusPassword=...`, `.env` `DB_PASSWORD=...`, YAML `password: ...`): the other scanners want a digit or symbol. Only
// a value of many short case-runs ("qm Wv Rta Plok Bn Hyd", secret-values.ts's random-letters tier) counts; camel-case
// words ("SuperSecretPassword") do not.
const PASSWORD_KEY_END = /(?:assword|ASSWORD)["']?[ \t]{0,4}(?:=|:|>)[ \t]{0,4}["']?([A-Za-z]{12,64})(?=["'<\s,;]|$)/y;
const PASSWORD_WORD = /assword|ASSWORD/g;
function scanLetterPasswords(text: string, out: Hit[]): void {
  // A regex walk, not indexOf from each hit: V8's indexOf with a start went quadratic on "password" runs after detect.
  PASSWORD_WORD.lastIndex = 0;
  for (let w = PASSWORD_WORD.exec(text); w !== null; w = PASSWORD_WORD.exec(text)) {
    PASSWORD_KEY_END.lastIndex = w.index;
    const m = PASSWORD_KEY_END.exec(text);
    const value = m?.[1];
    if (m === null || value === undefined || !randomLetters(value)) continue;
    const end = m.index + m[0].length;
    out.push({ entity: 'PASSWORD', dataClass: 'secret', start: end - value.length, end, score: 0.85, rule: 'secret.letters-password' });
  }
}

// A libpq port or '*' between colons, or the file's name: one regex pass (five includes cost four times as much on JSON).
const PGPASS_GATE = /:(?:\*|543[2-6]|6432|25060):|pgpass|PGPASSFILE/;

export function scanCredentialFiles(text: string, out: Hit[]): void {
  if (text.includes('password')) scanNetrc(text, out);
  if (text.includes('[') && /\n[ \t]*p(?:ass|wd)/i.test(text)) scanIniPasswords(text, out);
  if (PGPASS_GATE.test(text)) scanPgpass(text, out);
  if (text.includes('$apr1$') || text.includes('$2') || text.includes('{SHA}')) scanHtpasswd(text, out);
  if (text.includes('jwt.') || text.includes('JWT.')) scanJwtCalls(text, out);
  if (text.includes('define(')) scanWordPressKeys(text, out);
  scanFileProse(text, out);
  scanLetterPasswords(text, out);
  scanCredentialDirectives(text, out);
}
