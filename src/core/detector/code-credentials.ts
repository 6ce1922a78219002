import { looksSecret } from './config-secrets.js';
import type { Hit } from './hit.js';

// A string literal or a variable, as a call argument.
const ARG = `(?:"[^"\\n]{0,256}"|'[^'\\n]{0,256}'|\\$?[A-Za-z_][A-Za-z0-9_.]{0,64})`;
const PASSWORD_LITERAL = `("|')([^"'\\n]{1,128})\\1`;
/**
 * Database connections that take the password as a positional argument, not under a key: PHP `new PDO($dsn, $user,
 * $password)` and `mysqli_connect($host, $user, $password)` / `new mysqli(...)`, Java JDBC
 * `DriverManager.getConnection(url, user, password)`. The password is the literal in the third (PDO, JDBC) or third
 * (mysqli: host, user, password) position.
 */
const CALLS = new RegExp(`(?:new\\s+PDO|DriverManager\\s*\\.\\s*getConnection|mysqli_connect|new\\s+mysqli)\\s*\\(\\s*${ARG}\\s*,\\s*${ARG}\\s*,\\s*${PASSWORD_LITERAL}`, 'y');
const HEADS = /new\s+PDO|getConnection|mysqli/g;

/** Passwords passed as plain arguments of a database connection call (CALLS). Tried only where a call's name occurs. */
export function scanCodeCredentials(text: string, out: Hit[]): void {
  // One search for the three call names (no separate includes() passes over the text).
  HEADS.lastIndex = 0;
  for (let h = HEADS.exec(text); h !== null; h = HEADS.exec(text)) {
    // The sticky call pattern starts at the call's name: "DriverManager." may sit a few characters before "getConnection".
    const from = h[0] === 'getConnection' ? text.lastIndexOf('DriverManager', h.index) : h.index;
    if (from === -1 || h.index - from > 20) continue;
    CALLS.lastIndex = from;
    const m = CALLS.exec(text);
    const value = m?.[2];
    if (m === null || value === undefined || !looksSecret(value, true)) continue;
    const end = m.index + m[0].length - 1;
    out.push({ entity: 'PASSWORD', dataClass: 'secret', start: end - value.length, end, score: 0.85, rule: 'secret.code-password-argument' });
    HEADS.lastIndex = Math.max(HEADS.lastIndex, m.index + m[0].length);
  }
}
