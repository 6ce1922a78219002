import type { Hit } from './hit.js';
import { keyLike, placeholder } from './secret-values.js';

/*
 * A secret appended to the string a digest signs: payment gateways that sign by concatenation, not HMAC, have the shop
 * hash its parameters followed by its secret key (Nexi XPay's MAC = SHA1("codTrans=...divisa=...importo=..." + the
 * MAC key), Ogone/Ingenico's SHA-IN passphrase, PayU's and Sermepa's older signatures). Read near a digest call
 * (`sha1(`, `hashlib.sha256(`, `md5(`, `hash('sha256', ...)`; an HMAC's key argument is code-credentials.ts's): a string literal that is a generated key
 * (secret-values.ts keyLike: 24+ letters and digits, machine-made) appended with a concatenation operator
 * (`... + '8N53DQ...'`, PHP's `$params . '...'`) or glued after a template's last field (`f'...importo={imp}F7C9FM...'`);
 * a literal on its own is the message being signed. A hex run is a digest (the expected output), no key; a
 * parameter's own value (`...=ABC123...`) is data.
 * Linear: each digest call reads a bounded window once (windows are not read twice).
 */

const DIGEST_CALL = /\b(?:sha1|sha224|sha256|sha384|sha512|md5|hash|sha1_hex|sha256_hex|createHash)\s{0,2}\(/gi;
const REACH = 240;
const LITERAL = /'([^'\n]{1,300})'|"([^"\n]{1,300})"|`([^`\n]{1,300})`/g;
const TAIL = /[A-Za-z0-9]{24,64}$/;

// A concatenation operator before a literal (JavaScript/Python '+', PHP '.', SQL '||'): the literal is appended.
const JOINED_BEFORE = /(?:\+|\.|\|\|)\s{0,4}$/;

/** The key at the end of a literal's `content`: the whole literal when it is appended (`joined`), or glued after a field. */
function keyTail(content: string, joined: boolean): [number, number] | undefined {
  const m = TAIL.exec(content);
  if (m === null) return undefined;
  const before = m.index === 0 ? '' : content.charAt(m.index - 1);
  // A literal on its own is the message (`hash_hmac('sha256', '<data>', $key)`, `sha1('<data>')`), not the key.
  if (before === '' ? !joined : before !== '}') return undefined;
  const v = m[0];
  if (/^[0-9a-f]+$/i.test(v) || !keyLike(v) || placeholder(v)) return undefined;
  return [m.index, m.index + v.length];
}

export function scanHashInputs(text: string, out: Hit[]): void {
  let read = 0;
  DIGEST_CALL.lastIndex = 0;
  for (let d = DIGEST_CALL.exec(text); d !== null; d = DIGEST_CALL.exec(text)) {
    const from = Math.max(read, d.index - REACH);
    const to = Math.min(text.length, d.index + d[0].length + REACH);
    if (from >= to) continue;
    const window = text.slice(from, to);
    LITERAL.lastIndex = 0;
    for (let m = LITERAL.exec(window); m !== null; m = LITERAL.exec(window)) {
      const content = m[1] ?? m[2] ?? m[3] ?? '';
      const span = keyTail(content, JOINED_BEFORE.test(window.slice(Math.max(0, m.index - 8), m.index)));
      if (span === undefined) continue;
      const start = from + m.index + 1 + span[0];
      out.push({ entity: 'API_KEY', dataClass: 'secret', start, end: start + span[1] - span[0], score: 0.85, rule: 'secret.hash-input-key' });
    }
    read = to;
  }
}
