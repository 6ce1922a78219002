import { KIN_WORDS } from './data/kin-words.js';
import { NAME_CONTEXT } from './data/name-context.js';
import type { Hit } from './hit.js';
import { codeAt } from './word-index.js';

/*
 * A name followed by its life span in brackets, "Miguel Hernández (1910-1942)", "Anne Frank (1929–1945)", "Alan Turing
 * (23 June 1912 – 7 June 1954)": a figure who died long ago, the subject of a lesson or an article, not anyone's personal data (data protection law covers the
 * living). person-context.ts drops biographies with a birth before 1900; this covers the twentieth century. The death
 * year must be before LAST_DEATH_YEAR, and a first-person possessive or a relative right before the name ("my grandfather
 * Jan (1921-1968)", "great-grandfather Heinrich Vogt (1880-1944)") keeps it: a family history is personal.
 */
const LAST_DEATH_YEAR = 1980;
// Years alone or with day and month ("(1910-1942)", "(25 July 1920 – 16 April 1958)", "(* 7. November 1867; † 4. Juli 1934)",
// "(5 de junio de 1898 – 19 de agosto de 1936)", "(born 1 August 1920, died 4 October 1951)").
const DAY_MONTH = '(?:\\d{1,2}(?:\\.|er|st|nd|rd|th|º)?\\s*(?:de\\s+)?[\\p{L}.]{3,12}\\s+(?:de\\s+)?)?';
const SPAN_AFTER = new RegExp(`^[\\s,]*\\((?:[^()\\d]{0,12})?${DAY_MONTH}(1[5-9]\\d\\d|20\\d\\d)\\s*(?:[-–—/;,]|bis|to|à|a|al|tot)\\s*(?:[^()\\d]{0,12})?${DAY_MONTH}(1[5-9]\\d\\d|20\\d\\d)\\s*\\)`, 'iu');
// Possessives, and relatives (kin-words.ts; and the older generations a family history names: "great-grandfather
// Heinrich Vogt (1880-1944)").
const ANCESTORS = ['grandfather', 'grandmother', 'great-grandfather', 'great-grandmother', 'großvater', 'großmutter', 'urgroßvater', 'urgroßmutter', 'urgroßeltern', 'grand-père', 'grand-mère', 'arrière-grand-père', 'arrière-grand-mère', 'bisabuelo', 'bisabuela', 'grootvader', 'grootmoeder', 'overgrootvader', 'overgrootmoeder', 'bisnonno', 'bisnonna'];
const POSSESSIVES = [...new Set([...Object.values(NAME_CONTEXT).flatMap((l) => l.possessive), ...Object.values(KIN_WORDS).flatMap((l) => l.kin), ...ANCESTORS])].map((w) =>
  w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'),
);
const POSSESSIVE_BEFORE = new RegExp(`(?<![\\p{L}])(?:${POSSESSIVES.join('|')})\\s+(?:[\\p{L}'’-]+\\s+){0,2}$`, 'iu');

function longDead(text: string, h: Hit): boolean {
  // Cheap test first: a bracket right after the name (past spaces and a comma).
  let i = h.end;
  while (i < text.length && (text.charCodeAt(i) === 32 || text.charCodeAt(i) === 44)) i++;
  if (codeAt(text, i) !== 40) return false;
  const m = SPAN_AFTER.exec(text.slice(h.end, h.end + 72));
  if (m === null) return false;
  const born = Number(m[1]);
  const died = Number(m[2]);
  return died < LAST_DEATH_YEAR && died - born >= 5 && died - born <= 110 && !POSSESSIVE_BEFORE.test(text.slice(Math.max(0, h.start - 40), h.start));
}

/** Removes, in place, PERSON hits followed by a life span that ended before 1980; true when one was removed. */
export function dropLifeSpans(text: string, hits: Hit[]): boolean {
  let kept = 0;
  for (const h of hits) if (!(h.entity === 'PERSON' && h.rule.startsWith('person.') && longDead(text, h))) hits[kept++] = h;
  const dropped = kept < hits.length;
  hits.length = kept;
  return dropped;
}
