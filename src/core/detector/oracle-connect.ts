import type { Hit } from './hit.js';

/*
 * An Oracle connect string with its password: `user/password@//host:port/service` (EZConnect), `user/password@tns`
 * after an Oracle client's command (`sqlplus`, `connect`, `rman`, `expdp`, `userid=`) or in a thin JDBC URL
 * (`jdbc:oracle:thin:user/password@...`). It has no scheme, so the URL scanners (web.ts) never see it. `a/b@c` alone is
 * also a GitHub Action (`actions/cache@v4`) or a package spec, so one of those three contexts is required, and the
 * password must not be a placeholder, Oracle's demo "tiger" or the user's own name (the sample schemas' hr/hr). Found from each '@' by a bounded look back: linear.
 */

// The user and password that end right before an '@'.
const USER_PASSWORD = /(?:^|[\s:'"=(,])([A-Za-z][\w$#]{0,29})\/([^\s/@'"]{1,64})$/;
const EZCONNECT = /\/\/[A-Za-z0-9][\w.-]*(?::\d{2,5})?(?:\/[\w.$-]+)?/y;
const TNS = /[A-Za-z][\w.$-]{0,63}/y;
const CLIENT_COMMAND = /(?:^|[\s"'`])(?:sqlplus|sql|conn|connect|rman|expdp|impdp|exp|imp|sqlldr|dgmgrl|tkprof|userid\s*=)(?:\s+-[A-Za-z]+)*\s*$/i;
const PLACEHOLDER = /^(?:\*+|x+|<[^>]*>|\$\{?\w+\}?|%\w+%?|\{\{.*\}\}|password|passwd|pass|pwd|tiger|secret|manager|change_?me)$/i;

export function scanOracleConnect(text: string, out: Hit[]): void {
  for (let at = text.indexOf('@'); at !== -1; at = text.indexOf('@', at + 1)) {
    const before = text.slice(Math.max(0, at - 100), at);
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
    out.push({ entity: 'PASSWORD', dataClass: 'secret', start, end: at, score: 0.9, rule: 'secret.oracle-connect' });
  }
}
