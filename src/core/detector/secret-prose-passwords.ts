import { HEAD_FIRST_NOT_SECRET, NOT_SECRET_WORDS } from './data/secret-names.js';
import { NOT_THE_PASSWORD_WORDS, PASSWORD_CUE_COMPOUND_ENDS, PASSWORD_CUE_WORDS } from './data/secret-password-cues.js';
import type { Hit } from './hit.js';
import { placeholder } from './secret-values.js';

/*
 * A password given in running text with no assignment syntax: a password noun in one of the six languages, then within
 * a few words the password itself ("she read me the router admin pass over the phone: Kx9!...", "Benutzer hotline-17,
 * Passwort Tannenzapf#...", "mot de passe Rx7!...", "contraseña Cala_...", "wachtwoord Dijk#...", "password Vesuvio#...").
 * The cue alone says little, so the token must be shaped as people make passwords: letters and digits with a symbol
 * typed on purpose (!#$%&*+=?@^~§), or both cases, digits and a joiner (-_.). A setting, a policy, a reset, a hash or an
 * example between the cue and the token (NOT_THE_PASSWORD_WORDS) rules the cue out. Bounded: 6 tokens, 64 characters,
 * one line after each cue.
 */

const escape = (w: string): string => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const CUES = [...PASSWORD_CUE_WORDS].sort((a, b) => b.length - a.length);
const COMPOUND_ENDS = new Set(PASSWORD_CUE_COMPOUND_ENDS.split(' '));
// The cue words; whether each stands as a word (or ends a German or Dutch compound) is checked around the match.
const CUE = new RegExp(CUES.map(escape).join('|'), 'gi');
const NOT_THE_PASSWORD = new Set(
  `${NOT_THE_PASSWORD_WORDS} ${NOT_SECRET_WORDS} ${HEAD_FIRST_NOT_SECRET}`.split(' '),
);
const WINDOW = 64;
const ASSIGNED = /^["'`]?\s*(?:=|:\s*["'`])/;
const MAX_TOKENS = 6;

const isWordChar = (c: string): boolean => /[\p{L}\p{N}_]/u.test(c);

// Quotes and brackets around a token, and a sentence's punctuation after it ('!' may end a password and is kept).
const LEADING = /^[-"'`«“‘„([:=]+/;
const TRAILING = /["'`»”’)\].,;:?]+$/;
const STRONG_SYMBOL = /[!#$%&*+=?@^~§]/;
const EMAIL = /^[^@\s]+@[^@\s]+\.[a-z]{2,}$/i;
const HOST = /^[\w-]+(?:\.[\w-]+)+$/;
// A reference written as a word and its number ("ticket#4711", "issue-12", "case#88"): no password.
const WORD_NUMBER = /^\p{Ll}+[#-]\d+$/u;

/** Shaped as a person makes a password (the file comment), and neither a placeholder, an address, a path nor a digest. */
export function passwordShaped(v: string): boolean {
  if (v.length < 6 || v.length > 64 || !/\p{L}/u.test(v) || !/\d/.test(v)) return false;
  const strong = STRONG_SYMBOL.test(v);
  // Both cases, two digits and a joiner ("Cala_Morell88"); one digit is a word's ("2FA-Code", "Web-3Ds").
  const cased = /\p{Lu}/u.test(v) && /\p{Ll}/u.test(v) && /[-_.]/.test(v) && /\d\D*\d/.test(v) && v.length >= 8;
  if (!strong && !cased) return false;
  // A variable, a template, a path or a host and port ("${DB_PASS}@db:5432/app") is no typed password.
  if (/[{}/\\"'`;]|^\$|:\d/.test(v) || EMAIL.test(v) || HOST.test(v) || WORD_NUMBER.test(v)) return false;
  if (/^[a-f0-9]{32,}$/i.test(v) || /(.)\1{4,}/.test(v)) return false;
  return !placeholder(v);
}

function tokenAfter(text: string, from: number): [number, number] | undefined {
  const nl = text.indexOf('\n', from);
  const to = Math.min(text.length, from + WINDOW, nl === -1 ? Infinity : nl);
  const window = text.slice(from, to);
  const tokens = /\S+/g;
  let n = 0;
  for (let m = tokens.exec(window); m !== null && n < MAX_TOKENS; m = tokens.exec(window), n++) {
    const raw = m[0];
    const lead = LEADING.exec(raw)?.[0].length ?? 0;
    const v = raw.slice(lead).replace(TRAILING, '');
    if (NOT_THE_PASSWORD.has(v.toLowerCase())) return undefined;
    if (passwordShaped(v)) return [from + m.index + lead, from + m.index + lead + v.length];
    // A sentence ends the look.
    if (/[.?]["')]?$/.test(raw) && m.index + raw.length < window.length) return undefined;
  }
  return undefined;
}

/** Passwords given after a password noun in running text (the file comment). */
export function scanProsePasswords(text: string, out: Hit[]): void {
  CUE.lastIndex = 0;
  for (let m = CUE.exec(text); m !== null; m = CUE.exec(text)) {
    const end = m.index + m[0].length;
    // A word of prose: a space, a colon or a comma after it, and a space, a quote or a bracket before it; a key or a
    // property's part (`mail.password.smtp=`, `$pass`) is the assignment scanners'.
    if (end < text.length && !/[\s:,]/.test(text.charAt(end))) continue;
    const before = m.index > 0 ? text.charAt(m.index - 1) : ' ';
    if (!/[\s("'«“‘„\p{L}-]/u.test(before)) continue;
    // Inside a word only as the end of a German or Dutch compound ("WLAN-Passwort", "Routerkennwort"), never of a
    // code identifier ("DB_PASSWORT").
    if ((isWordChar(before) || before === '-') && (!COMPOUND_ENDS.has(m[0].toLowerCase()) || !/[\p{L}-]/u.test(before))) continue;
    // An assignment in code or a connection string (`password='...'`, "Password=...;") is the other scanners'.
    if (ASSIGNED.test(text.slice(end, end + 4))) continue;
    const span = tokenAfter(text, end);
    if (span === undefined) continue;
    out.push({ entity: 'PASSWORD', dataClass: 'secret', start: span[0], end: span[1], score: 0.8, rule: 'secret.password-prose' });
    CUE.lastIndex = span[1];
  }
}
