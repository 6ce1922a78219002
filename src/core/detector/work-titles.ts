import { PUBLIC_CUES } from './data/public-cues.js';
import type { Hit } from './hit.js';

/*
 * A name inside a work's quoted title ("die erste Staffel von 'Tierärztin Dr. Mertens'", "« La Chèvre de Monsieur
 * Seguin » d'Alphonse Daudet", "the novel 'Mrs Dalloway'") is the title's, no person's; the same name elsewhere in the
 * text is the work's character ("Blanquette, Monsieur Seguin, le loup"). A title is quoted right after a kind of work
 * (data/public-cues.ts `works`, maybe with "of" and an article: "la saison 2 de", "the first season of") or right before
 * its author's "by", "de", "von" ("'Wolf Hall' by", "« ... » d'Alphonse Daudet").
 */

const WORKS: ReadonlySet<string> = new Set(Object.values(PUBLIC_CUES).flatMap((c) => c.works));
// Words that may stand between the kind of work and its title: "of" and articles, an ordinal or a number ("the first
// season of", "la saison 2 de", "die erste Staffel von", "el capítulo 3 de").
const LINKS: ReadonlySet<string> = new Set(
  'of the a an first second third last new von vom der die das des den ersten zweiten dritten letzten neuen de du la le les l d un une première deuxième dernière nouvelle el los las del primera segunda última nueva van het een eerste tweede laatste nieuwe di del della dello il lo gli i prima seconda ultima nuova nuovo'.split(' '),
);
// The author right after the closing quote ("' by Hilary Mantel", "» d'Alphonse Daudet", "' von Erich Kästner").
const AUTHOR_AFTER = /^\s{0,2},?\s{0,2}(?:by|von|de|di|van|door|par|por|d['’])\s{0,2}\p{Lu}/u;
const CLOSERS: Readonly<Record<string, string>> = { '"': '"”', '“': '”"', '«': '»', '„': '“"', '‘': '’', "'": "'’" };
const TITLE_REACH = 80;
const OPENER = /["“«„‘']/gu;
const WORD = /[\p{L}\p{N}]+/gu;
const LETTER = /\p{L}/u;
const NUMBER = /^\d{1,3}$/;

/** Whether the words right before `at` end in a kind of work, maybe followed by up to three linking words or numbers. */
function workBefore(text: string, at: number): boolean {
  const words = text.slice(Math.max(0, at - 48), at).match(WORD) ?? [];
  for (let i = words.length - 1, k = 0; i >= 0 && k <= 3; i--, k++) {
    const w = (words[i] ?? '').toLowerCase();
    if (WORKS.has(w) || (i > 0 && WORKS.has(`${(words[i - 1] ?? '').toLowerCase()} ${w}`))) return true;
    if (!LINKS.has(w) && !NUMBER.test(w)) return false;
  }
  return false;
}

/**
 * The [open, close) ranges of the text's quoted titles of works (above). `wanted` (speed): when given, a quoted span it
 * refuses is not asked whether it is a work's title (it is left out); the scan still steps over it as before.
 */
export function workTitles(text: string, wanted?: (open: number, close: number) => boolean): [number, number][] {
  const out: [number, number][] = [];
  OPENER.lastIndex = 0;
  for (let m = OPENER.exec(text); m !== null; m = OPENER.exec(text)) {
    const i = m.index;
    const closers = CLOSERS[m[0]] ?? '';
    // A straight or curly single quote right after a letter is an apostrophe ("d'Alphonse", "l’ANSM"), no title's opening.
    if ((text.charAt(i) === "'" || text.charAt(i) === '‘') && (i === 0 || LETTER.test(text.charAt(i - 1)))) continue;
    let j = i + 1;
    while (j < text.length && text.charAt(j) === ' ') j++;
    if (j >= text.length || text.charAt(j) === '\n') continue;
    let e = j;
    const stop = Math.min(text.length, i + TITLE_REACH);
    // Speed: compared as code units (every closer is one), as this loop runs from every quote of a JSON or code prompt.
    const c0 = closers.charCodeAt(0);
    const c1 = closers.length > 1 ? closers.charCodeAt(1) : c0;
    for (let c = text.charCodeAt(e); e < stop && c !== 10 && c !== c0 && c !== c1; c = text.charCodeAt(++e));
    if (e >= stop || text.charAt(e) === '\n') continue;
    if ((wanted === undefined || wanted(i, e + 1)) && (workBefore(text, i) || AUTHOR_AFTER.test(text.slice(e + 1, e + 16)))) out.push([i, e + 1]);
    OPENER.lastIndex = e + 1;
  }
  return out;
}

const inTitleOf = (titles: readonly [number, number][], h: Hit): boolean => titles.some(([a, b]) => a <= h.start && h.end <= b);

/**
 * Removes, in place, PERSON hits inside a work's quoted title, and the same names elsewhere in a text with no other
 * finding; true when one was removed.
 */
export function dropTitleNames(text: string, hits: Hit[]): boolean {
  const persons = hits.filter((h) => h.entity === 'PERSON');
  if (persons.length === 0) return false;
  // Only a title holding a PERSON hit can drop one: the others are not looked at (workBefore over every quote of a JSON
  // or code prompt was the costliest step of the after-scan filters).
  const titles = workTitles(text, (a, b) => persons.some((h) => a <= h.start && h.end <= b));
  if (titles.length === 0) return false;
  const named = new Set<string>();
  for (const h of hits) if (h.entity === 'PERSON' && inTitleOf(titles, h)) named.add(text.slice(h.start, h.end));
  if (named.size === 0) return false;
  // Outside the title, only in a text with no other finding: a client named like a book's title keeps his name there.
  const alone = hits.every((h) => h.entity === 'PERSON');
  let kept = 0;
  for (const h of hits) if (!(h.entity === 'PERSON' && named.has(text.slice(h.start, h.end)) && (alone || inTitleOf(titles, h)))) hits[kept++] = h;
  const dropped = kept < hits.length;
  hits.length = kept;
  return dropped;
}
