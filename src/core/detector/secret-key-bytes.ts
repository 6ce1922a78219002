import { DOCUMENTATION_SECRETS } from './data/documentation-secrets.js';
import type { Hit } from './hit.js';
import { countingHex } from './secret-hex.js';

/*
 * A LoRaWAN device key written as its 16 bytes under the key's name, as firmware and provisioning tools spell it: an LMIC
 * sketch's `static const u1_t PROGMEM APPKEY[16] = { 0xAC, 0xD7, ... };`, LoRaMac-node's `#define LORAWAN_APP_KEY
 * AC,D7,0B,...`, a console's "AppKey: AC D7 0B ...", ttn-lw-cli's `--root-keys.app-key.key ACD70B...`. The bytes are
 * the device's AES-128 root or session key (LoRaWAN 1.0/1.1 specification): a secret whatever the text around it.
 * Documentation keys stay clean: all one byte (zeros), no letter or no digit among the hex, the NIST example key
 * LoRaMac-node ships (data/documentation-secrets.ts), and samples that count up ("01 23 45 67 89 AB CD EF",
 * "00 01 02 03...", "AA BB CC DD...").
 * Read only after a key's name, in a bounded window: linear.
 */

// The key names: AppKey, NwkKey, AppSKey, NwkSKey, FNwkSIntKey, SNwkSIntKey, NwkSEncKey, in camel, snake or kebab case
// and upper case (APPKEY, LORAWAN_APP_S_KEY, app-key, f_nwk_s_int_key).
const NAME = /(?:app|nwk)(?:[_-]?s)?(?:[_-]?(?:int|enc))?[_-]?key(?![A-Za-z])/gi;
// Between the name and the bytes: an array's size, '=', ':', an opening brace or quote, ttn-lw-cli's ".key".
const LEAD = /(?:\.key)?(?:\[\d{0,2}\])?[ \t]*[=:]?[ \t]*[{(["']?[ \t]*/y;
// Sixteen bytes, each perhaps "0x", joined by commas, colons or spaces, or by nothing; no seventeenth after them.
const BYTES = /(?:0x)?[0-9a-f]{2}(?:(?:[ \t]*[,:][ \t]*|[ \t]+)?(?:0x)?[0-9a-f]{2}){15}(?![ \t]*[,:]?[ \t]*(?:0x)?[0-9a-f])(?![\w])/iy;
const MAX_LEAD = 48;
const DOCUMENTED = new Set(DOCUMENTATION_SECRETS.map((s) => s.value.toLowerCase()));
// How many bytes in a row stepping by one ("00 01 02") or by 0x11 ("AA BB CC") make the key a sample.
const SAMPLE_STEPS = 5;

/** True when the 32 hex digits are a sample or an unset key, not a device's (the file comment). */
function sampleKey(hex: string): boolean {
  if (!/[a-f]/.test(hex) || !/\d/.test(hex) || DOCUMENTED.has(hex) || countingHex(hex, 0, hex.length)) return true;
  let run = 0;
  let lastStep = Number.NaN;
  for (let i = 2; i < 32; i += 2) {
    const step = Number.parseInt(hex.slice(i, i + 2), 16) - Number.parseInt(hex.slice(i - 2, i), 16);
    run = step === 1 || step === 0x11 ? (step === lastStep ? run + 1 : 1) : 0;
    lastStep = step;
    if (run >= SAMPLE_STEPS) return true;
  }
  return false;
}

/** LoRaWAN keys given as 16 bytes after their name (the file comment). */
export function scanKeyBytes(text: string, out: Hit[]): void {
  NAME.lastIndex = 0;
  for (let m = NAME.exec(text); m !== null; m = NAME.exec(text)) {
    LEAD.lastIndex = m.index + m[0].length;
    const lead = LEAD.exec(text);
    if (lead === null || lead[0].length > MAX_LEAD) continue;
    BYTES.lastIndex = LEAD.lastIndex;
    const b = BYTES.exec(text);
    if (b === null) continue;
    const hex = b[0].replace(/0x/gi, '').replace(/[^0-9a-f]/gi, '').toLowerCase();
    NAME.lastIndex = b.index + b[0].length;
    // 32 hex digits written together after a camel or snake name ("AppKey ACD7...", `app_key = "..."`) are secret-hex.ts's
    // and config-secrets.ts's; a command line's kebab flag (`--root-keys.app-key.key ACD7...`) is read here.
    if (hex.length !== 32 || (b[0].length === 32 && !m[0].includes('-')) || sampleKey(hex)) continue;
    out.push({ entity: 'SECRET_KEY', dataClass: 'secret', start: b.index, end: b.index + b[0].length, score: 0.85, rule: 'secret.lorawan-key-bytes' });
  }
}
