import { SIGNATURE_ARTICLES, UNIT_TAIL_WORDS, UNIT_WORDS } from './data/team-signatures.js';
import type { Hit } from './hit.js';

/*
 * PERSON hits that are a team, a department or an office signing a message ("Kind regards, The Team", "Mit
 * freundlichen Grüßen, Ihre Personalabteilung", "Cordialement, La Direction", "Saludos, Atención al Cliente", "Met
 * vriendelijke groet, Teamleiding", "Cordiali saluti, La Segreteria"): a sign-off is a name cue, and in title-cased
 * text the unit's name looks like one. The hit goes when the name it starts (after an article or possessive) opens
 * with a unit word and goes on only with the words a unit's name is built from ("Servizio Clienti", "Ufficio
 * Personale"); a person's name after the unit ("Team Anna", "Direction : Sandrine Lefèvre") keeps it.
 */

const ARTICLE = new Set(SIGNATURE_ARTICLES);
const UNIT = new Set(UNIT_WORDS);
const TAIL = new Set([...UNIT_TAIL_WORDS, ...UNIT_WORDS]);
// The words of the hit's line from its start (at most 64 characters, stopping at punctuation other than an initial's
// dot): letters, an elided article ("L'équipe"), "&", "RR. HH.".
const WORD = /[\p{L}'’&]+\.?/gu;
const GAP = /^[ \t]+$/;
const ELIDED = /^([ld]['’])(.+)$/u;

// Speed: the hit's first word (WORD's letters, ' ’ &, lower case) must be an article, a unit word or an elided article
// ("l'équipe") for the name to be a unit; most hits' first word is none, read by char code with no match or window.
const WORD_CHAR = /^[\p{L}'’&]$/u;
const OPENERS: ReadonlySet<string> = new Set([...ARTICLE, ...[...ARTICLE].map((a) => a.replace(/\.$/, '')), ...UNIT]);

/** False when the word at `start` can open no unit's name; true when isTeamSignature must read it. */
function mayOpenUnit(text: string, start: number): boolean {
  let i = start;
  const n = Math.min(text.length, start + 64);
  for (; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c < 128 ? ((c | 32) >= 97 && (c | 32) <= 122) || c === 39 || c === 38 : c === 0x2019 || (c < 0xd800 || c > 0xdfff ? WORD_CHAR.test(text.charAt(i)) : false))
      continue;
    // A surrogate pair (a letter beyond the first plane, perhaps): left to the pattern.
    if (c >= 0xd800 && c <= 0xdfff) return true;
    break;
  }
  if (i === start) return false;
  const first = text.slice(start, i).toLowerCase();
  const c1 = first.charCodeAt(1);
  if ((first.charCodeAt(0) === 108 || first.charCodeAt(0) === 100) && (c1 === 39 || c1 === 0x2019)) return true;
  return OPENERS.has(first);
}

/** Whether the name at `start` (up to `end`, or the words after it when the hit is its article alone) is a unit. */
export function isTeamSignature(text: string, start: number, end: number): boolean {
  if (!mayOpenUnit(text, start)) return false;
  const window = text.slice(start, start + 64);
  // Each word, lower case, and where it ends in the window.
  const words: { w: string; end: number }[] = [];
  let last = 0;
  for (const m of window.matchAll(WORD)) {
    if (words.length > 0 && !GAP.test(window.slice(last, m.index))) break;
    if (words.length === 0 && m.index !== 0) return false;
    last = m.index + m[0].length;
    const raw = m[0].toLowerCase();
    const elided = ELIDED.exec(raw);
    if (elided !== null) words.push({ w: elided[1] ?? '', end: last }, { w: elided[2] ?? '', end: last });
    else words.push({ w: raw, end: last });
    if (words.length > 8) break;
  }
  const bare = (w: string): string => (w.endsWith('.') ? w.slice(0, -1) : w);
  const i = ARTICLE.has(words[0]?.w ?? '') ? 1 : 0;
  if (!UNIT.has(bare(words[i]?.w ?? ''))) return false;
  // The hit's own words after the head must all be a unit's; the words past its end may be anything.
  for (let k = i + 1; k < words.length; k++) {
    const word = words[k];
    if (word === undefined || start + word.end > end) break;
    if (!TAIL.has(word.w) && !TAIL.has(bare(word.w))) return false;
  }
  return true;
}

/** Removes, in place, the PERSON hits that are a team or department signing (isTeamSignature). True when any went. */
export function dropTeamSignatures(text: string, hits: Hit[]): boolean {
  let kept = 0;
  for (const h of hits) {
    if (h.entity === 'PERSON' && isTeamSignature(text, h.start, h.end)) continue;
    hits[kept++] = h;
  }
  const dropped = kept < hits.length;
  hits.length = kept;
  return dropped;
}
