import { alternation, IP_WORDS, VERSION_NEAR } from './data/struct-cues.js';
import { execAfter, type Hit } from './hit.js';

const VERSION = new RegExp(`(?<!\\p{L})(?:${alternation(VERSION_NEAR)})(?!\\p{L})`, 'iu');
const IP = new RegExp(`(?<!\\p{L})(?:${alternation(IP_WORDS)})(?!\\p{L})`, 'iu');
// The same patterns without their leading lookbehind, global, for execAfter (see there): the same answers, faster.
const VERSION_BODY = new RegExp(`(?:${alternation(VERSION_NEAR)})(?!\\p{L})`, 'giu');
const IP_BODY = new RegExp(`(?:${alternation(IP_WORDS)})(?!\\p{L})`, 'giu');
const LETTER = /^\p{L}$/iu;

/** `VERSION.test(text)` and `IP.test(text)` (`reference`: by those patterns themselves, for tests). */
export function hasVersionWord(text: string, reference = false): boolean {
  if (reference) return VERSION.test(text);
  VERSION_BODY.lastIndex = 0;
  return execAfter(VERSION_BODY, text, LETTER) !== null;
}
export function hasIpWord(text: string, reference = false): boolean {
  if (reference) return IP.test(text);
  IP_BODY.lastIndex = 0;
  return execAfter(IP_BODY, text, LETTER) !== null;
}
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
      hasVersionWord(text.slice(Math.max(0, h.start - 100), Math.min(text.length, h.end + 40))) &&
      !hasIpWord(text.slice(Math.max(0, h.start - 60), Math.min(text.length, h.end + 20)));
    if (!drop) hits[kept++] = h;
  }
  hits.length = kept;
}
