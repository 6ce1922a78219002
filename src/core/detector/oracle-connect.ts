import type { Hit } from './hit.js';

/*
 * An Oracle connect string with its password: `user/password@//host:port/service` (EZConnect), `user/password@tns`
 * after an Oracle client's command (`sqlplus`, `connect`, `rman`, `expdp`, `userid=`) or in a thin JDBC URL
 * (`jdbc:oracle:thin:user/password@...`). It has no scheme, so the URL scanners (web.ts) never see it. `a/b@c` alone is
 * also a GitHub Action (`actions/cache@v4`) or a package spec, so one of those three contexts is required, and the
 * password must not be a placeholder, Oracle's demo "tiger" or the user's own name (the sample schemas' hr/hr). Found from each '@' by a bounded look back: linear.
 * The same walk reads Go's MySQL DSN (`user:password@tcp(...)`), the other connect string with no scheme.
 */

// The user and password that end right before an '@'.
const USER_PASSWORD = /(?:^|[\s:'"=(,])([A-Za-z][\w$#]{0,29})\/([^\s/@'"]{1,64})$/;
const EZCONNECT = /\/\/[A-Za-z0-9][\w.-]*(?::\d{2,5})?(?:\/[\w.$-]+)?/y;
const DOTTED_HOST = /@[A-Za-z0-9-]{1,63}(?:\.[A-Za-z0-9-]{1,63}){1,8}/y;
const TNS = /[A-Za-z][\w.$-]{0,63}/y;
const CLIENT_COMMAND = /(?:^|[\s"'`])(?:sqlplus|sql|conn|connect|rman|expdp|impdp|exp|imp|sqlldr|dgmgrl|tkprof|userid\s*=)(?:\s+-[A-Za-z]+)*\s*$/i;
const PLACEHOLDER = /^(?:\*+|x+|<[^>]*>|\$\{?\w+\}?|%\w+%?|\{\{.*\}\}|password|passwd|pass|pwd|tiger|secret|manager|change_?me)$/i;

// Go's MySQL driver DSN, `user:password@tcp(host:3306)/db` (go-sql-driver/mysql "DSN (Data Source Name)"), also with no
// scheme: the protocol and its '(' right after the '@' say so. The password may hold any character but '@' and space.
const GO_DSN_PROTOCOL = /(?:tcp|tcp6|unix|cloudsql)\(/y;
const GO_DSN_USER_PASSWORD = /(?:^|[\s"'`=])([A-Za-z0-9_.-]{1,64}):([^\s@"'`]{1,128})$/;

export function scanOracleConnect(text: string, out: Hit[]): void {
  for (let at = text.indexOf('@'); at !== -1; at = text.indexOf('@', at + 1)) {
    const before = text.slice(Math.max(0, at - 100), at);
    GO_DSN_PROTOCOL.lastIndex = at + 1;
    if (GO_DSN_PROTOCOL.test(text)) {
      const dsn = GO_DSN_USER_PASSWORD.exec(before);
      const pass = dsn?.[2];
      if (pass !== undefined && pass !== dsn?.[1] && !PLACEHOLDER.test(pass) && !/^\$|^%|^\{/.test(pass))
        out.push({ entity: 'PASSWORD', dataClass: 'secret', start: at - pass.length, end: at, score: 0.9, rule: 'secret.go-mysql-dsn' });
      continue;
    }
    const m = USER_PASSWORD.exec(before);
    const user = m?.[1];
    const pass = m?.[2];
    if (m === null || user === undefined || pass === undefined || PLACEHOLDER.test(pass) || pass === user) continue;
    const userStart = at - pass.length - 1 - user.length;
    const head = text.slice(Math.max(0, userStart - 40), userStart);
    EZCONNECT.lastIndex = at + 1;
    const ez = EZCONNECT.test(text);
    TNS.lastIndex = at + 1;
    const inContext = /jdbc:oracle:thin:$/i.test(head) || CLIENT_COMMAND.test(head);
    if (!(ez || (inContext && TNS.test(text)))) continue;
    const start = at - pass.length;
    // A dotted host right after the '@' (`hr/...@ora01.internal:1521/XE`) reads as an e-mail address from the password's
    // tail: the finding takes the host in, so that address does not outrank it.
    DOTTED_HOST.lastIndex = at;
    const end = DOTTED_HOST.test(text) ? DOTTED_HOST.lastIndex : at;
    out.push({ entity: 'PASSWORD', dataClass: 'secret', start, end, score: end === at ? 0.9 : 1, rule: 'secret.oracle-connect' });
  }
}
