import type { Hit } from './hit.js';
import { codePointBefore, matchesAll, matchesAt } from './keywords.js';
import { includesJoined } from './literals.js';
import { isLocalDefaultCredential } from './local-defaults.js';
import { credentialValue, machineMade, placeholderValue } from './secret-values.js';
import { PASSWORD_WORD_VALUES, PLACEHOLDER_WORDS } from './data/secret-placeholders.js';
import { foldText } from './evidence-text.js';

const LOCAL_CHAR = /[A-Za-z0-9._%+\-'\u00C0-\u024F]/;
const DOMAIN_TAIL = /^@[A-Za-z0-9\u00C0-\u024F](?:[A-Za-z0-9\-\u00C0-\u024F]*[A-Za-z0-9\u00C0-\u024F])?(?:\.[A-Za-z0-9\u00C0-\u024F](?:[A-Za-z0-9\-\u00C0-\u024F]*[A-Za-z0-9\u00C0-\u024F])?)*\.(?:[A-Za-z]{2,24}|xn--[a-z0-9-]{2,30})(?![A-Za-z0-9-])/;
const OBFUSCATED = /[A-Za-z0-9._%+-]{1,64}\s?(?:\[\s?at\s?\]|\(\s?at\s?\)|\{\s?at\s?\}|\s@\s)\s?[A-Za-z0-9-]{1,63}(?:\s?(?:\[\s?dot\s?\]|\(\s?dot\s?\)|\{\s?dot\s?\})\s?[A-Za-z0-9-]{1,63}|\.[A-Za-z0-9-]{1,63}){1,4}/gi;
const URL = /\b(?:https?|ftp|wss?|s?ftp|smtp|postgres(?:ql)?|mysql|mongodb(?:\+srv)?|redis|amqps?):\/\/[^\s<>"'`)\]}]+/gi;
// The scheme the URL pattern starts with (and may start inside a longer scheme's tail: "git+https" -> "https").
const URL_SCHEME = /(?:^|[^A-Za-z0-9])(?:https?|ftp|wss?|s?ftp|smtp|postgres(?:ql)?|mysql|mongodb(?:\+srv)?|redis|amqps?)$/i;
const PERSONAL_PARAM = /[?&;](?:e-?mail|ssn|dob|birth(?:date|day)?|phone|tel|mobile|first_?name|last_?name|full_?name|patient|mrn|address|zip|passport)=[^&#\s]{2,}/i;
const SECRET_PARAM = /[?&;](?:api_?key|access_?token|token|secret|password|passwd|pwd|client_secret|sig|signature|auth)=[^&#\s]{8,}/i;
// A bare `key` parameter is how many web APIs take their key in the query (Steam's `?key=<32 hex>`, Google's, Bing's);
// the word alone also names a sort or cache key, a share link's id or a lookup value, so its value must look like a
// generated credential: machine-made (24+ characters, digits and both cases, or 32+ hex) and random by the tier of a
// named key (secret-values.ts).
const KEY_PARAM = /[?&;]key=([^&#\s]{24,512})/gi;

// A parameter named for an access key or id is how other APIs take theirs (HAFAS ReST `accessId=<uuid>`, ipstack's and
// Mediastack's `access_key=`, Azure APIM's `subscription-key=`, `appKey=`, `api-key=`, OpenWeather's `appid=`): a UUID or generated value there
// is the key. A placeholder ("YOUR_ACCESS_ID", "<key>") or a value without a digit is none.
const ACCESS_PARAM = /[?&;](?:access_?id|access_?key|app_?key|appid|auth_?key|api-key|api_?token|subscription-key|client_?key|private_?key)=([^&#\s]{12,512})/gi;

function keyParam(url: string): boolean {
  KEY_PARAM.lastIndex = 0;
  for (let m = KEY_PARAM.exec(url); m !== null; m = KEY_PARAM.exec(url)) if (machineMade(m[1] ?? '') && credentialValue(m[1] ?? '', 'named')) return true;
  ACCESS_PARAM.lastIndex = 0;
  for (let m = ACCESS_PARAM.exec(url); m !== null; m = ACCESS_PARAM.exec(url)) {
    const v = m[1] ?? '';
    if (/\d/.test(v) && /^[A-Za-z0-9._~+/=-]+$/.test(v) && credentialValue(v, 'named')) return true;
  }
  return false;
}

/** Email: found from each '@' outwards (no regex sweep over long tokens), plus [at]/[dot] obfuscations. */
export function scanEmails(text: string, out: Hit[]): void {
  scanAtSigns(text, out);
  if (!mayBeObfuscated(text)) return;
  scanObfuscated(text, out);
}

function scanAtSigns(text: string, out: Hit[]): void {
  let at = text.indexOf('@');
  while (at !== -1) {
    let s = at;
    while (s > 0 && at - s < 64 && LOCAL_CHAR.test(text.charAt(s - 1))) s--;
    while (s < at && /[.\-+']/.test(text.charAt(s))) s++;
    const tail = s < at ? DOMAIN_TAIL.exec(text.slice(at, at + 256)) : null;
    if (tail !== null) {
      out.push({ entity: 'EMAIL_ADDRESS', dataClass: 'pii', start: s, end: at + tail[0].length, score: 1, rule: 'email.rfc-shape' });
      at = text.indexOf('@', at + tail[0].length);
    } else at = text.indexOf('@', at + 1);
  }
}

/** The reference for scanEmails: the obfuscation test as one regex over the whole text. */
export function scanEmailsReference(text: string, out: Hit[]): void {
  scanAtSigns(text, out);
  if (!OBFUSCATION.test(text)) return;
  scanObfuscated(text, out);
}

const OBFUSCATION = /[[({]\s?at\s?[\])}]|\s@\s/i;
const SPACE = /\s/;

/**
 * OBFUSCATION.test(text), from the few characters it needs: each '@' (indexOf) between whitespace, or each closing
 * bracket (indexOf) read backwards as `[[({]\s?at\s?` before it. A regex led by `\s` or a bracket class is tried at
 * nearly every character of a JSON prompt.
 */
function mayBeObfuscated(text: string): boolean {
  for (let a = text.indexOf('@'); a !== -1; a = text.indexOf('@', a + 1)) if (SPACE.test(text.charAt(a - 1)) && SPACE.test(text.charAt(a + 1))) return true;
  return bracketedAt(text, ')') || bracketedAt(text, ']') || bracketedAt(text, '}');
}

function bracketedAt(text: string, close: string): boolean {
  for (let c = text.indexOf(close); c !== -1; c = text.indexOf(close, c + 1)) {
    let t = c - 1;
    if ((text.charCodeAt(t) | 32) !== 116) {
      if (!SPACE.test(text.charAt(t))) continue;
      t--;
      if ((text.charCodeAt(t) | 32) !== 116) continue;
    }
    if ((text.charCodeAt(t - 1) | 32) !== 97) continue;
    const o = text.charCodeAt(t - 2);
    if (o === 91 || o === 40 || o === 123) return true;
    if (SPACE.test(text.charAt(t - 2))) {
      const p = text.charCodeAt(t - 3);
      if (p === 91 || p === 40 || p === 123) return true;
    }
  }
  return false;
}

function scanObfuscated(text: string, out: Hit[]): void {
  OBFUSCATED.lastIndex = 0;
  for (let m = OBFUSCATED.exec(text); m !== null; m = OBFUSCATED.exec(text)) {
    if (!/[[({]\s?at\s?[\])}]|\s@\s/i.test(m[0]) || !/[a-z]{2,}$/i.test(m[0])) continue;
    out.push({ entity: 'EMAIL_ADDRESS', dataClass: 'pii', start: m.index, end: m.index + m[0].length, score: 0.9, rule: 'email.obfuscated' });
  }
}

// "jane at example dot com", "jan punt de vries apenstaartje voorbeeld punt nl": the words for @ and . in six languages.
const AT_WORD = 'at|chez|arobase|arroba|chiocciola|apenstaartje|klammeraffe|ät';
const DOT_WORD = 'dot|punkt|point|punto|punt';
const TLDS = 'com|org|net|edu|gov|info|biz|io|co|eu|uk|de|fr|es|nl|it|be|ch|at|lu|ie|pt|us|ca|au|dk|se|no|fi|pl|cz';
// Either word may stand in brackets ('m.keller [ät] web [punkt] de', 'jan (apenstaartje) mail (punt) nl').
const OPEN = '[\\[({<]?';
const CLOSE = '[\\])}>]?';
const DOT = `${OPEN}(?:${DOT_WORD})${CLOSE}`;
const SPOKEN_HINT = new RegExp(`\\s${DOT}\\s`, 'iu');
const SPOKEN = new RegExp(
  `(?<![\\p{L}\\d._%+-])[\\p{L}\\d._%+-]{1,64}(?:\\s+${DOT}\\s+[\\p{L}\\d_%+-]{1,64}){0,3}\\s+${OPEN}(?:${AT_WORD})${CLOSE}\\s+[\\p{L}\\d-]{1,63}(?:\\s+${DOT}\\s+[\\p{L}\\d-]{1,63}){0,3}\\s+${DOT}\\s+(?:${TLDS})(?![\\p{L}\\d])`,
  'giu',
);
const SPOKEN_STICKY = new RegExp(SPOKEN.source, 'iuy');
// The word for @ between whitespace (brackets allowed): every spoken email has one, right after its local part.
const AT_SCAN = new RegExp(`\\s${OPEN}(?:${AT_WORD})${CLOSE}\\s`, 'giu');
const DOT_ONLY = new RegExp(`^${DOT}$`, 'iu');
const SPOKEN_LOCAL_CHAR = /^[\p{L}\d._%+-]$/u;
const SPACE_CHAR = /^\s$/;

/**
 * Where SPOKEN can start: before each word for @, its local part is up to four whitespace-separated tokens joined by
 * words for '.', so the start is where the run of local-part characters at the end of the 1st, 3rd, 5th or 7th token
 * back begins (the 2nd, 4th and 6th being words for '.'). Each walk covers at most seven tokens: linear overall.
 */
export function spokenStarts(text: string): number[] {
  const starts: number[] = [];
  AT_SCAN.lastIndex = 0;
  for (let m = AT_SCAN.exec(text); m !== null; m = AT_SCAN.exec(text)) {
    let i = m.index + 1;
    for (let k = 0; k < 4; k++) {
      while (i > 0 && SPACE_CHAR.test(text.charAt(i - 1))) i--;
      const end = i;
      // The local-part characters at the end of this token: the candidate start.
      let s = end;
      for (let c = codePointBefore(text, s); s > 0 && SPOKEN_LOCAL_CHAR.test(c); c = codePointBefore(text, s)) s -= c.length;
      if (s === end) break;
      starts.push(s);
      // Going further back needs this whole token to be local-part characters and a word for '.' before it.
      if (s > 0 && !SPACE_CHAR.test(text.charAt(s - 1))) break;
      i = s;
      while (i > 0 && SPACE_CHAR.test(text.charAt(i - 1))) i--;
      const dotEnd = i;
      while (i > 0 && !SPACE_CHAR.test(text.charAt(i - 1))) i--;
      if (dotEnd === s || !DOT_ONLY.test(text.slice(i, dotEnd))) break;
    }
    AT_SCAN.lastIndex = m.index + 1;
  }
  return starts.sort((a, b) => a - b);
}

/** Emails spelled with words for @ and . ("jane at example dot com"); the top-level domain must look like one. */
export function scanSpokenEmails(text: string, out: Hit[]): void {
  for (const m of spokenEmailMatches(text)) {
    out.push({ entity: 'EMAIL_ADDRESS', dataClass: 'pii', start: m.index, end: m.index + m[0].length, score: 0.85, rule: 'email.spoken' });
  }
}

/** SPOKEN's matches: sticky at spokenStarts, or (reference) a global scan. */
export function spokenEmailMatches(text: string, reference = false): RegExpExecArray[] {
  if (!SPOKEN_HINT.test(text)) return [];
  return reference ? matchesAll(text, SPOKEN) : matchesAt(text, SPOKEN_STICKY, spokenStarts(text));
}

// A scheme URL (above) lists the usual schemes; any other scheme's URL with a password in its userinfo
// (`cloudinary://<key>:<secret>@cloud`, `sentry+https://`, `amqp+ssl://`, `rediss://`) is read from its '://'.
const OTHER_SCHEME = /[A-Za-z][A-Za-z0-9+.-]{0,30}$/;
const USERINFO = /\/\/([^\s/?#@:]{1,128}):([^\s/@]{1,256})@[A-Za-z0-9]/y;
const PASSWORD_WORD = new Set(PASSWORD_WORD_VALUES.split(' '));
const PLACEHOLDER_SHAPE = /^(?:\*+|x+|<[^>]*>|\$\{?\w+\}?)$/i;
/** A mask, a variable, or the word "password" in one of the six languages (accents folded): a sample's password. */
const placeholderPassword = (p: string): boolean =>
  PLACEHOLDER_SHAPE.test(p) || PASSWORD_WORD.has(foldText(p));
// A sample's password in a URL ("app:changeme@", "user:your-password@"): a sample marker or a template's words. One
// bare word of the list ("guest", "admin", "root") is a real default account's password, kept on a server.
const ONE_WORD = new Set(PLACEHOLDER_WORDS.split(' '));
const samplePassword = (p: string): boolean => placeholderValue(p) && !ONE_WORD.has(p.toLowerCase());

const URL_HOST = /@[A-Za-z0-9-]{1,63}(?:\.[A-Za-z0-9-]{1,63}){1,8}/y;

function scanOtherSchemeUserinfo(text: string, out: Hit[]): void {
  for (let i = text.indexOf('://'); i !== -1; i = text.indexOf('://', i + 3)) {
    const scheme = OTHER_SCHEME.exec(text.slice(Math.max(0, i - 31), i))?.[0] ?? '';
    if (scheme === '' || URL_SCHEME.test(scheme)) continue;
    USERINFO.lastIndex = i + 1;
    const m = USERINFO.exec(text);
    const pass = m?.[2];
    // A host there is no password (Symfony's `mailgun+api://KEY:DOMAIN@default`).
    if (m === null || pass === undefined || placeholderPassword(pass) || samplePassword(pass) || /^[\w-]+(?:\.[\w-]+)+$/.test(pass)) continue;
    const start = i + 3 + (m[1] ?? '').length + 1;
    // With the '@' and a dotted host after it, which is no e-mail's domain (an address read from the password's tail to
    // the host would otherwise outrank the password).
    URL_HOST.lastIndex = start + pass.length;
    const end = URL_HOST.test(text) ? URL_HOST.lastIndex : start + pass.length;
    out.push({ entity: 'PASSWORD_IN_URL', dataClass: 'secret', start, end, score: 1, rule: 'url.userinfo-password' });
  }
}

/** A userinfo with no password that is a generated token, not a login name (machine-made, random as a named key). */
const tokenUser = (user: string): boolean => machineMade(user) && credentialValue(user, 'named');

/** A URL alone is not sensitive (score 0.3, under the default threshold); one with credentials or personal query data is. */
export function scanUrls(text: string, out: Hit[]): void {
  if (!includesJoined(text, ':', '//')) return;
  scanOtherSchemeUserinfo(text, out);
  URL.lastIndex = 0;
  for (let m = URL.exec(text); m !== null; m = URL.exec(text)) {
    const raw = m[0].replace(/[.,;:!?]+$/, '');
    const start = m.index;
    const end = start + raw.length;
    // The user part stops at '/', '?', '#'; a password pasted unencoded may hold '#' or '?' ("app:Pa#81@db"), not a port.
    const auth = /^[a-z+]+:\/\/([^/?#@\s:]*:(?!\d+[#?])[^/@\s]*)@/i.exec(raw) ?? /^[a-z+]+:\/\/([^/?#@\s]*)@/i.exec(raw);
    // A local container's default account (`postgres:postgres@localhost`) is no secret (local-defaults.ts).
    // A sample's password ("app:changeme@", "user:your-password@") is none either, as under a config key.
    const pass = auth?.[1]?.includes(':') === true ? auth[1].slice(auth[1].indexOf(':') + 1) : undefined;
    if (pass !== undefined && !placeholderPassword(pass) && !samplePassword(pass) && !isLocalDefaultCredential(raw)) {
      out.push({ entity: 'PASSWORD_IN_URL', dataClass: 'secret', start, end, score: 1, rule: 'url.userinfo-password' });
    } else if (auth !== null && auth[1] !== undefined && !auth[1].includes(':') && tokenUser(auth[1])) {
      // A token as the whole userinfo (`https://ghp_...@github.com/...`, a Sentry DSN's key before its ingest host).
      out.push({ entity: 'SECRET_IN_URL', dataClass: 'secret', start, end, score: 1, rule: 'url.userinfo-token' });
    } else if (SECRET_PARAM.test(raw) || keyParam(raw)) {
      out.push({ entity: 'SECRET_IN_URL', dataClass: 'secret', start, end, score: 0.85, rule: 'url.secret-param' });
    } else if (PERSONAL_PARAM.test(raw)) {
      out.push({ entity: 'URL_PERSONAL', dataClass: 'pii', start, end, score: 0.7, rule: 'url.personal-param' });
    } else out.push({ entity: 'URL', dataClass: 'pii', start, end, score: 0.3, rule: 'url.plain' });
  }
}
