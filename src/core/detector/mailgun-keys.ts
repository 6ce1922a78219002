/**
 * Mailgun private API keys in the form Mailgun has issued since 2023: 32 hex digits, then two groups of 8
 * (`<32 hex>-<8 hex>-<8 hex>`; the older `key-` form is secret-rules.ts's). TruffleHog's mailgun detector reads the
 * same three groups. No prefix for vendor-secret-rules.ts's head search, and the layout is its own: a UUID, a git
 * SHA or a digest never has a 32-digit group followed by two of 8.
 *
 * Linear: one regex that starts at a hyphen and reads a fixed length, then a fixed-length look back.
 */
import type { Hit } from './hit.js';
import { countingHex } from './secret-hex.js';

const TAIL = /-[a-f0-9]{8}-[a-f0-9]{8}(?![A-Za-z0-9_-])/g;
const HEAD_LENGTH = 32;
const HEX32 = /^(?=[0-9]*[a-f])(?=[a-f]*[0-9])[a-f0-9]{32}$/;
const isTokenCode = (c: number): boolean => (c >= 48 && c <= 57) || ((c | 32) >= 97 && (c | 32) <= 122) || c === 95 || c === 45;

export function scanMailgunKeys(text: string, out: Hit[]): void {
  if (text.length < 50 || !text.includes('-')) return;
  TAIL.lastIndex = 0;
  for (let m = TAIL.exec(text); m !== null; m = TAIL.exec(text)) {
    const start = m.index - HEAD_LENGTH;
    if (start < 0 || (start > 0 && isTokenCode(text.charCodeAt(start - 1)))) continue;
    // A sample counts up or repeats one digit ("0123456789abcdef...", "0000..."): no key.
    if (!HEX32.test(text.slice(start, m.index)) || countingHex(text, start, m.index)) continue;
    out.push({ entity: 'MAILGUN_API_KEY', dataClass: 'secret', start, end: m.index + m[0].length, score: 0.9, rule: 'secret.mailgun-v2' });
  }
}
