import { prefixTree } from './data/struct-cues.js';
import { MAC_OWNER_WORDS } from './data/mac-owner-words.js';
import { execAfter, type Hit } from './hit.js';

// A word that ties the device to a person (data/mac-owner-words.ts), as a whole word. Without its leading lookbehind,
// for execAfter (see there).
const OWNER_BODY = new RegExp(`(?:${prefixTree(MAC_OWNER_WORDS)})(?![\\p{L}])`, 'giu');
const LETTER = /^\p{L}$/u;
const LONGEST = Math.max(...Object.values(MAC_OWNER_WORDS).flat().map((w) => w.length));
// How far an owner word may be from the MAC: a log or table row and the sentence before it.
const BEFORE = 160;
const AFTER = 80;
// Below detect's default minScore (0.5), as scanIps scores private and loopback addresses: still there for a caller
// who asks for every identifier.
const DEVICE_SCORE = 0.3;

/** Hits that are a person's whatever their words: anything but a network or device identifier, or a secret. */
const isPersonEvidence = (h: Hit): boolean =>
  h.score >= 0.5 && h.dataClass !== 'secret' && h.entity !== 'MAC_ADDRESS' && h.entity !== 'IP_ADDRESS' && h.entity !== 'DEVICE_SERIAL';

/**
 * A MAC address is personal data only when tied to a person (data/mac-owner-words.ts says why): one in a device log,
 * a DHCP table, a datasheet or an inventory with no person in the text is a machine's, and is scored like a private IP
 * (DEVICE_SCORE). It stays a person's when the text has a person's data (a name, a mail, a phone, an id: any other
 * finding that is no network id or secret), or an owner word (a possessive, a user, an employee, a customer, a phone, a
 * laptop, a home) is within BEFORE characters before it or AFTER after it. The windows are read once each, in order:
 * where they overlap only the new part is read (linear in the text).
 */
export function dropDeviceMacs(text: string, hits: Hit[]): void {
  const macs = hits.filter((h) => h.entity === 'MAC_ADDRESS' && h.score >= 0.5);
  if (macs.length === 0 || hits.some(isPersonEvidence)) return;
  macs.sort((a, b) => a.start - b.start);
  const owners: number[] = [];
  let read = 0;
  let k = 0;
  for (const h of macs) {
    const lo = Math.max(0, h.start - BEFORE);
    const hi = Math.min(text.length, h.end + AFTER);
    if (hi > read) {
      // Back by the longest word, so a word across the last window's end is read whole.
      const from = Math.max(lo, read - LONGEST);
      const w = text.slice(from, hi);
      OWNER_BODY.lastIndex = 0;
      for (let m = execAfter(OWNER_BODY, w, LETTER); m !== null; m = execAfter(OWNER_BODY, w, LETTER)) {
        const p = from + m.index;
        if (m.index === 0 && from > 0 && LETTER.test(text.charAt(from - 1))) continue;
        if (owners.length === 0 || p > (owners[owners.length - 1] ?? -1)) owners.push(p);
      }
      read = hi;
    }
    while (k < owners.length && (owners[k] ?? 0) < lo) k++;
    if (k < owners.length && (owners[k] ?? 0) <= hi) continue;
    h.score = DEVICE_SCORE;
    h.rule = 'mac.device';
  }
}
