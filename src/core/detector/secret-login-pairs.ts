import type { Hit } from './hit.js';
import { passwordShaped } from './secret-prose-passwords.js';

/*
 * A login handed over as "user / password", the way people paste an account into a message ("su usuario de A3nom:
 * nominas@talleres-lopez.es / Nomina$2025Lopez", "Loket-inlog: salarissen@bakkerij.nl / Stroopwafel!25", "credenziali
 * TeamSystem: paghe@ferri.it / Cannolo#2025", "login: jdoe / Kx9!mPq2"). The user is an e-mail address, or a user name
 * after a login word of the six languages (LOGIN_WORDS) just before it; the part after the slash is the password when
 * it is shaped as people make one (secret-prose-passwords.ts passwordShaped: letters and digits with a symbol, or both
 * cases, digits and a joiner), so "info@firm.de / Tel. 030 ..." or "sales@x.com / Vertrieb" stay clean.
 * Linear: each '/' looks back and ahead within one short window.
 */

const EMAIL = /^[^@\s/]{1,64}@[A-Za-z0-9-]{1,63}(?:\.[A-Za-z0-9-]{1,63})*\.[A-Za-z]{2,12}$/;
const USER_NAME = /^[\p{L}\p{N}_.@-]{2,64}$/u;
// The words that introduce an account in the six languages (lower case, accents kept as typed).
const LOGIN_WORDS = new Set(
  (
    'login logins log-in credentials creds account user username ' +
    'zugang zugangsdaten anmeldedaten logindaten benutzer benutzername konto ' +
    'identifiants identifiant compte utilisateur ' +
    'usuario credenciales acceso cuenta ' +
    'inlog inloggegevens gebruiker gebruikersnaam account ' +
    'credenziali utenza utente accesso account'
  ).split(' '),
);
const LEADING = /^[-"'`«“‘„([]+/;
const TRAILING = /["'`»”’)\].,;:?]+$/;
const WINDOW = 72;

/** The token that ends at `e` (after at most two spaces before it): [start, end], or undefined. */
function tokenBefore(text: string, e: number): [number, number] | undefined {
  let end = e;
  while (end > 0 && e - end < 2 && text.charCodeAt(end - 1) === 32) end--;
  let s = end;
  while (s > 0 && end - s < WINDOW && !/\s/.test(text.charAt(s - 1))) s--;
  return s < end ? [s, end] : undefined;
}

/** A login word among the last three words before `at` on its line ("usuario de A3nom:", "Loket.nl-inlog:"). */
function loginWordBefore(text: string, at: number): boolean {
  let from = Math.max(0, at - 48);
  const nl = text.lastIndexOf('\n', at);
  if (nl >= from) from = nl + 1;
  const words = text.slice(from, at).toLowerCase().split(/[^\p{L}-]+/u).filter((w) => w !== '').slice(-3);
  return words.some((w) => LOGIN_WORDS.has(w) || LOGIN_WORDS.has(w.slice(w.lastIndexOf('-') + 1)));
}

export function scanLoginPairs(text: string, out: Hit[]): void {
  for (let p = text.indexOf('/'); p !== -1; p = text.indexOf('/', p + 1)) {
    // " / " between two tokens, not inside a URL, a path or a date.
    if (text.charCodeAt(p - 1) !== 32 || text.charCodeAt(p + 1) !== 32) continue;
    const user = tokenBefore(text, p - 1);
    if (user === undefined) continue;
    const rawUser = text.slice(user[0], user[1]);
    const u = rawUser.slice(LEADING.exec(rawUser)?.[0].length ?? 0).replace(TRAILING, '');
    if (!EMAIL.test(u) && !(USER_NAME.test(u) && loginWordBefore(text, user[0]))) continue;
    let s = p + 2;
    while (s < text.length && s - p < 4 && text.charCodeAt(s) === 32) s++;
    let e = s;
    while (e < text.length && e - s < WINDOW && !/\s/.test(text.charAt(e))) e++;
    const raw = text.slice(s, e);
    const lead = LEADING.exec(raw)?.[0].length ?? 0;
    const v = raw.slice(lead).replace(TRAILING, '');
    if (!passwordShaped(v)) continue;
    out.push({ entity: 'PASSWORD', dataClass: 'secret', start: s + lead, end: s + lead + v.length, score: 0.85, rule: 'secret.login-pair' });
  }
}
