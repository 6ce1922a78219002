/**
 * GOV.UK Notify API keys and those of its forks (Canada's GC Notify, Notify.gov in the US): the key's name, the service
 * id and the secret, `<key name>-<service uuid>-<secret uuid>`, 74 characters or more. The client libraries split it
 * from the end: the secret is `api_key[-36:]` and the service id `api_key[-73:-37]` (alphagov/notifications-python-
 * client, notifications_python_client/base.py). No fixed prefix, so vendor-secret-rules.ts's head search cannot hold
 * it; two UUIDs joined by a hyphen after a name are the mark (one UUID alone is an id and stays unreported).
 *
 * Linear: one regex that starts at a hyphen and reads a fixed length, and a bounded walk back over the name.
 */
import type { Hit } from './hit.js';
import { countingHex } from './secret-hex.js';
import { placeholderValue } from './secret-values.js';

const UUID = '[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}';
const PAIR = new RegExp(`-${UUID}-${UUID}(?![A-Za-z0-9_-])`, 'gi');
// Notify writes the name the user gave in lower case with underscores; the name is read back this far at most.
const MAX_NAME = 255;
const isNameCode = (c: number): boolean => (c >= 48 && c <= 57) || ((c | 32) >= 97 && (c | 32) <= 122) || c === 95 || c === 45 || c === 46;
// A UUID of one repeated digit (the nil UUID) or counting up ("12345678-...") is a sample's, never a generated one.
const sampleUuid = (text: string, s: number): boolean => /^([0-9a-f])(?:\1|-)*$/i.test(text.slice(s, s + 36)) || countingHex(text, s, s + 36);

export function scanNotifyKeys(text: string, out: Hit[]): void {
  if (text.length < 75 || !text.includes('-')) return;
  PAIR.lastIndex = 0;
  for (let m = PAIR.exec(text); m !== null; m = PAIR.exec(text)) {
    const end = m.index + m[0].length;
    let start = m.index;
    while (start > 0 && m.index - start < MAX_NAME && isNameCode(text.charCodeAt(start - 1))) start--;
    // The name is there (a letter or digit right before the hyphen) and is no sample's ("your_key_name", "example").
    if (start === m.index || !isNameCode(text.charCodeAt(m.index - 1)) || text.charCodeAt(m.index - 1) === 45) continue;
    if (placeholderValue(text.slice(start, m.index)) || sampleUuid(text, m.index + 1) || sampleUuid(text, end - 36)) continue;
    out.push({ entity: 'NOTIFY_API_KEY', dataClass: 'secret', start, end, score: 0.95, rule: 'secret.govuk-notify' });
  }
}
