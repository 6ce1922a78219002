import { ACADEMIC_STEMS } from './data/academic-words.js';
import { wordAlternation } from './data/struct-cues.js';

/*
 * A paper's author block: a line of authors' names, each with an affiliation mark ("A. Patel(1), R. Okonkwo(2)",
 * "Anna Berger¹, Jonas Weber²*", "C. Martin1,2, D. Ndiaye2"), and affiliation lines that open with the same marks and
 * name where the authors do research ("(1) Institut Pasteur, 25-28 rue du Docteur Roux, 75015 Paris"). The names are
 * published authors', the addresses their institutions' (person-context.ts and public-addresses.ts drop them).
 *
 * An expert reads it by the marks matching: two names or more on a line carry marks that open other lines, and one of
 * those lines names a university, institute, laboratory or research body (data/academic-words.ts). A numbered list of
 * people ("1. Anna Berger, Lindenstraße 5") has no name with a mark after it; a footnote mark on a patient's name has no
 * research institution on its line. A private word near an affiliation's address still keeps it (public-addresses.ts).
 *
 * Speed: one pass over the text's lines; a sticky pattern at each line start, the research words only on marked lines,
 * the name marks only when some marked line holds one. The last text's answer is kept (both callers ask about it).
 */

const ACADEMIC = new RegExp(wordAlternation(Object.values(ACADEMIC_STEMS).flat()), 'iu');
const SUPERSCRIPTS = '⁰¹²³⁴⁵⁶⁷⁸⁹';
const SUP = `[${SUPERSCRIPTS}]`;
// A mark opening a line: "(1)", "[2]", "(a)", "¹", "^3", or a bare number before the affiliation's capital ("1 Institut",
// "2. Department", "3) Dipartimento"); group 1-5 hold the mark.
const LINE_MARK = new RegExp(
  `[ \\t]*(?:\\((\\d{1,2}|[a-z])\\)|\\[(\\d{1,2}|[a-z])\\]|(${SUP}{1,2})|\\^\\{?(\\d{1,2})\\}?|(\\d{1,2})[.)]?[ \\t])[ \\t]*(?=\\p{Lu})`,
  'uy',
);
// A capitalised name word and its marks right after it: in brackets (a space before them allowed), superscripts, "^1"
// or digits glued to the name ("Martin1,2"); then a separator, a corresponding-author sign or the line's end. A name
// starts after no letter, apostrophe or hyphen: each run of them is tried once ("A-B-C-..." is not tried at each part).
const ONE = '(?:\\d{1,2}|[a-z])';
const MARKS = `${ONE}(?:[ \\t]*[,–-][ \\t]*${ONE})*`;
const NAME_MARK = new RegExp(
  `(?<![\\p{L}'’-])\\p{Lu}[\\p{L}'’-]*(?:[ \\t]?\\((${MARKS})\\)|[ \\t]?\\[(${MARKS})\\]|(${SUP}+(?:,${SUP}+)*)|\\^\\{?(\\d{1,2}(?:,\\d{1,2})*)\\}?|(?<=\\p{Ll})(\\d{1,2}(?:,\\d{1,2})*))(?=[\\s,;*†‡&]|$)`,
  'gu',
);
const fromSuperscript = (s: string): string => Array.from(s, (c) => (SUPERSCRIPTS.includes(c) ? String(SUPERSCRIPTS.indexOf(c)) : c)).join('');
const MARK_SPLIT = /[ \t]*[,–-][ \t]*/;

/** The [start, end) pairs of a text's author lines and of its affiliation lines, each sorted. */
export interface AuthorBlock {
  authors: readonly number[];
  affiliations: readonly number[];
}
const NONE: AuthorBlock = { authors: [], affiliations: [] };

let lastText: string | undefined;
let lastBlock: AuthorBlock = NONE;

/** The author block of `text` (above); empty lists when it has none. */
export function authorBlock(text: string): AuthorBlock {
  if (text === lastText) return lastBlock;
  lastText = text;
  lastBlock = readBlock(text);
  return lastBlock;
}

interface Line {
  start: number;
  end: number;
  mark: string | undefined;
}

function readBlock(text: string): AuthorBlock {
  const lines: Line[] = [];
  let academic = false;
  for (let s = 0; s <= text.length; ) {
    const nl = text.indexOf('\n', s);
    const e = nl === -1 ? text.length : nl;
    LINE_MARK.lastIndex = s;
    const m = LINE_MARK.exec(text);
    const mark = m === null || m.index >= e ? undefined : fromSuperscript(m[1] ?? m[2] ?? m[3] ?? m[4] ?? m[5] ?? '');
    if (mark !== undefined && !academic) academic = ACADEMIC.test(text.slice(s, e));
    lines.push({ start: s, end: e, mark });
    if (nl === -1) break;
    s = nl + 1;
  }
  if (!academic) return NONE;
  const lineMarks = new Set(lines.flatMap((l) => (l.mark === undefined ? [] : [l.mark])));
  const authors: number[] = [];
  const used = new Set<string>();
  for (const l of lines) {
    if (l.mark !== undefined) continue;
    const line = text.slice(l.start, l.end);
    const marks: string[] = [];
    let names = 0;
    NAME_MARK.lastIndex = 0;
    for (let m = NAME_MARK.exec(line); m !== null; m = NAME_MARK.exec(line)) {
      const values = fromSuperscript(m[1] ?? m[2] ?? m[3] ?? m[4] ?? m[5] ?? '').split(MARK_SPLIT);
      if (!values.some((v) => lineMarks.has(v))) continue;
      names++;
      marks.push(...values);
    }
    if (names < 2) continue;
    authors.push(l.start, l.end);
    for (const v of marks) used.add(v);
  }
  if (authors.length === 0) return NONE;
  const affiliations: number[] = [];
  let research = false;
  for (const l of lines) {
    if (l.mark === undefined || !used.has(l.mark)) continue;
    affiliations.push(l.start, l.end);
    research ||= ACADEMIC.test(text.slice(l.start, l.end));
  }
  return research ? { authors, affiliations } : NONE;
}

/** True when `at` lies on an affiliation line of the text's author block (binary search over its sorted pairs). */
export function onAffiliationLine(text: string, at: number): boolean {
  const lines = authorBlock(text).affiliations;
  let lo = 0;
  let hi = lines.length / 2 - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (at < (lines[2 * mid] ?? 0)) hi = mid - 1;
    else if (at >= (lines[2 * mid + 1] ?? 0)) lo = mid + 1;
    else return true;
  }
  return false;
}
