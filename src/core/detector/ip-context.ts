import { alternation, IP_WORDS, VERSION_NEAR } from './data/struct-cues.js';
import type { Hit } from './hit.js';

const VERSION = new RegExp(`(?<!\\p{L})(?:${alternation(VERSION_NEAR)})(?!\\p{L})`, 'iu');
const IP = new RegExp(`(?<!\\p{L})(?:${alternation(IP_WORDS)})(?!\\p{L})`, 'iu');
const QUAD = /^\d{1,3}\.\d{1,3}\.\d{1,3}\.\d{1,3}$/;

/**
 * Four-part versions ("It's on 8.1.0.44", "dalla 12.3.0.884 alla 12.4.1.12"): an IPv4-shaped hit is dropped when a
 * version word (data/struct-cues.ts) is within 100 characters before or 40 after it and no address word ("IP", "host",
 * "allow-list") is within 60 before or 20 after. identifiers.ts already skips a quad right after a version word; this
 * reads the sentence around it.
 */
export function dropVersionQuads(text: string, hits: Hit[]): void {
  let kept = 0;
  for (const h of hits) {
    const drop =
      h.entity === 'IP_ADDRESS' &&
      QUAD.test(text.slice(h.start, h.end)) &&
      VERSION.test(text.slice(Math.max(0, h.start - 100), Math.min(text.length, h.end + 40))) &&
      !IP.test(text.slice(Math.max(0, h.start - 60), Math.min(text.length, h.end + 20)));
    if (!drop) hits[kept++] = h;
  }
  hits.length = kept;
}
