import type { Hit } from './hit.js';
import { machineMade, mixedClasses, notAValue } from './secret-values.js';

/*
 * An HTTP header whose name says it authenticates the request but holds no key/token/secret word
 * (`X-Bunq-Client-Authentication`, `X-Auth`, `X-Session`, `X-Client-Credentials`): its value is a credential when it
 * is machine-made. Names ending in key, token or secret are config-secrets.ts's; Authorization is its
 * scanAuthorization's (with a scheme) and generic-secrets.ts's (a bare token). A header that carries a
 * hash as a hash (ETag, If-None-Match, Digest, X-Content-SHA256, X-Request-Id, traceparent, a webhook's per-request
 * X-*-Signature) names no such word and stays clean.
 * Read in a curl `-H 'Name: value'`, a raw request, HTTPie's `Name:value`, a requests/fetch headers object
 * (`"Name": "value"`, PowerShell `"Name"="value"`), a header call (`.header("Name", "value")`) and a Postman export
 * (`"key": "Name", "value": "..."`).
 */

// The name's last word and what follows it up to the value: an optional closing quote, then Postman's `, "value":`
// (tried first: its ',' alone would end the match), ':', '=', '=>' or ','.
const NAME_END =
  /(?:authentication|auth|session|credentials?)["']?(?:,[ \t]{0,8}"value"[ \t]{0,8}:|[ \t]{0,8}(?:=>|[:=,]))[ \t]{0,8}["']?/gi;
const GATE = /auth|session|credential/i;
const NAME_CHAR = /[A-Za-z0-9-]/;
// A header name: hyphen-joined words, the last one the matched word (a bare `auth:` or `session:` is a config key).
const HEADER_NAME = /^(?:[A-Za-z0-9]+-)+[A-Za-z]+$/;
const VALUE = /[A-Za-z0-9+/=._~-]{20,512}/y;
// What may follow a value: a quote, a space, a separator or the end.
const AFTER = /^(?:$|[\s"',;)}\]&])/;

/** True when `v` is machine-made: mixed-case or hex with digits (24+), or base64/base64url of 20+ with all classes. */
const tokenValue = (v: string): boolean =>
  !notAValue(v) && (machineMade(v) || (/^[A-Za-z0-9+/_-]{20,}={0,2}$/.test(v) && mixedClasses(v)));

export function scanAuthHeaders(text: string, out: Hit[]): void {
  if (!GATE.test(text)) return;
  NAME_END.lastIndex = 0;
  for (let m = NAME_END.exec(text); m !== null; m = NAME_END.exec(text)) {
    let k = m.index;
    while (k > 0 && m.index - k < 64 && NAME_CHAR.test(text.charAt(k - 1))) k--;
    const word = /^[A-Za-z]+/.exec(m[0])?.[0] ?? '';
    if (!HEADER_NAME.test(text.slice(k, m.index + word.length))) continue;
    const from = m.index + m[0].length;
    VALUE.lastIndex = from;
    const v = VALUE.exec(text);
    if (v === null || !AFTER.test(text.charAt(from + v[0].length)) || !tokenValue(v[0])) continue;
    out.push({
      entity: 'API_KEY',
      dataClass: 'secret',
      start: from,
      end: from + v[0].length,
      score: 0.85,
      rule: 'secret.auth-header',
    });
    NAME_END.lastIndex = Math.max(NAME_END.lastIndex, from + v[0].length);
  }
}
