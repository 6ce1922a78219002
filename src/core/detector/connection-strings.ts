import { CONNECTION_PLACEHOLDERS } from './data/secret-connection-placeholders.js';
import { notAValue } from './secret-values.js';

const PLACEHOLDERS: ReadonlySet<string> = new Set(CONNECTION_PLACEHOLDERS.split(' '));

/*
 * A password inside a database connection string (ODBC `...;UID=svc;PWD=...;`, ADO.NET `User ID=...;Password=...;`,
 * JDBC SQL Server `jdbc:sqlserver://host;user=...;password=...;`): the string's syntax says the value is the password
 * itself, so letters alone are enough (a person's "bluefalcon" is as secret as "Xk3!p..."). What stays clean is what a
 * template puts there: a placeholder (data/secret-placeholders.ts), a variable or format reference ({pwd}, %s, $PASS,
 * ${...}, @p, :pwd, ?), a mask. Config-secrets.ts asks this only for a password key it would otherwise reject.
 */

// A connection string's other keys: server, database, user and driver names of ODBC, ADO.NET, OLE DB and JDBC
// (Microsoft docs "Connection String Syntax", "SqlConnection.ConnectionString"; the Microsoft JDBC driver's properties).
const CONN_KEY =
  /(?:^|[;{"'\s])(?:server|data source|address|addr|host|hostname|network address|database|databasename|initial catalog|dbq|dsn|driver|provider|uid|user id|userid|user|username|port|encrypt|trustservercertificate)[ \t]*=/i;
const MAX_BACK = 300;

/** A value typed as a password: 4 to 128 characters, no space or quote, not a template or a placeholder. */
const VALUE = /^[^\s"'`{}()<>;]{4,128}$/;
// A name, not a value: a dotted reference ("env.DB_PASS", "settings.db.password") or a key's own word inside it
// ("dbpassword", "SQL_PWD").
const NAME_LIKE = /^[A-Za-z_][A-Za-z0-9_]*(?:\.[A-Za-z_][A-Za-z0-9_]*)+$|pass|pwd/i;

/**
 * True when the password key at [keyStart, sep] (`sep` its '=') with the value [start, end) sits in a connection string:
 * a ';' before the key and a connection key earlier in that string, or a ';' after the value and one later.
 */
export function connectionStringPassword(
  text: string,
  keyStart: number,
  sep: number,
  start: number,
  end: number,
): boolean {
  if (text.charCodeAt(sep) !== 61) return false;
  const value = text.slice(start, end);
  if (!VALUE.test(value) || /^[:?@%$&*]/.test(value) || /^(.)\1*$/.test(value)) return false;
  if (NAME_LIKE.test(value) || PLACEHOLDERS.has(value.toLowerCase()) || notAValue(value)) return false;
  let b = keyStart;
  while (b > 0 && (text.charCodeAt(b - 1) === 32 || text.charCodeAt(b - 1) === 9)) b--;
  if (b > 0 && text.charCodeAt(b - 1) === 59) {
    const line = lineSlice(text, Math.max(0, b - MAX_BACK), b - 1, false);
    if (CONN_KEY.test(line)) return true;
  }
  if (text.charCodeAt(end) === 59) {
    const line = lineSlice(text, end + 1, Math.min(text.length, end + 1 + MAX_BACK), true);
    return CONN_KEY.test(`;${line}`);
  }
  return false;
}

/** The part of text[from, to) on the same line as the end nearest the key (`forward`: the start). */
function lineSlice(text: string, from: number, to: number, forward: boolean): string {
  const s = text.slice(from, to);
  if (forward) {
    const nl = s.indexOf('\n');
    return nl === -1 ? s : s.slice(0, nl);
  }
  return s.slice(s.lastIndexOf('\n') + 1);
}
