import { WELL_KNOWN_NAMES } from './data/well-known-names.js';
import type { Hit } from './hit.js';

const STRONG = new Set(WELL_KNOWN_NAMES.split(' ').filter((w) => w !== ''));
// Names that are also common words: counted only next to a strong name or after a cue.
const WEAK = new Set(
  'smith miller lee brown white young king wright hill green baker hall wood cook bell ward rose grace mark bill will hope may june april august dean earl guy max frank page price rich stone lane banks carter chase hunt long black gray grey moore parker turner cooper morgan bailey bennett rivers fisher hunter walker wolf fox jay joy faith'.split(' '),
);
// Capitalised words that end a name run: form labels, places, organisations, calendar words.
const STOP = new Set(
  'the a an and or of in on at to for from by with my your our his her their this that these those is are was were be been i you he she we they it me us him them please thanks thank hello hi dear regards sincerely best yours name email e-mail phone mobile fax desk office address website street st avenue ave road rd suite apt apartment box inc ltd llc corp company bank university hospital clinic customer service team support sir madam department monday tuesday wednesday thursday friday saturday sunday january february march july september october november december personal info date time card credit account number id dob ssn mr mrs ms dr miss prof patient'.split(' '),
);
const CUE = /\b(?:(?:dr|mr|mrs|ms|mx|prof|sr|sra|mme|herr|frau)\.?|miss|my name is|name is|i am|i'm|this is|dear|patient|pt\.|name\s*:|signed,?|sincerely,?|regards,?|cheers,?|attn:?|cc:|from:|to:|called|named|contact|manager|with)\s+$/i;
const STRONG_CUE = /\b(?:(?:dr|mr|mrs|ms|mx|prof)\.?|miss|my name is|name is|dear|patient|name\s*:)\s+$/i;
const WORD = /[\p{L}][\p{L}'’-]*\.?/gu;

interface Tok {
  start: number;
  end: number;
  lower: string;
  cap: boolean;
  initial: boolean;
}

function tokenAt(start: number, raw: string): Tok {
  const dot = raw.endsWith('.');
  const word = dot ? raw.slice(0, -1) : raw;
  const first = word.charAt(0);
  const upper = first !== first.toLowerCase();
  const initial = upper && word.length === 1;
  return { start, end: start + word.length + (initial && dot ? 1 : 0), lower: word.toLowerCase(), cap: upper && word.length > 1, initial };
}

/** PERSON: gazetteer names and capitalised runs next to a cue ("Dr.", "my name is", "patient", "Dear"). */
export function scanNames(text: string, out: Hit[]): void {
  WORD.lastIndex = 0;
  let run: Tok[] = [];
  let prevEnd = -1;
  const flush = (): void => {
    if (run.length > 0) judge(text, run, out);
    run = [];
  };
  for (let m = WORD.exec(text); m !== null; m = WORD.exec(text)) {
    const t = tokenAt(m.index, m[0]);
    const gap = prevEnd < 0 ? '' : text.slice(prevEnd, t.start);
    const joined = run.length > 0 && (gap === ' ' || gap === '. ' || gap === '.') && !run.at(-1)?.lower.endsWith(',');
    const nameish = !STOP.has(t.lower) && (t.cap || t.initial || STRONG.has(t.lower));
    if (!nameish) {
      flush();
      prevEnd = -1;
      continue;
    }
    if (!joined) flush();
    run.push(t);
    prevEnd = t.end;
    if (run.length > 4) flush();
  }
  flush();
}

function judge(text: string, run: Tok[], out: Hit[]): void {
  // Trim initials at the edges; a name is never just an initial.
  while (run.length > 0 && run[0]?.initial === true && run.length === 1) run.shift();
  const first = run[0];
  const last = run.at(-1);
  if (first === undefined || last === undefined) return;
  const before = text.slice(Math.max(0, first.start - 24), first.start);
  const cue = CUE.test(before);
  const strongCue = STRONG_CUE.test(before);
  const words = run.filter((t) => !t.initial);
  const strong = words.filter((t) => STRONG.has(t.lower)).length;
  const weak = words.filter((t) => WEAK.has(t.lower)).length;
  const allCap = words.every((t) => t.cap);
  const sentenceStart = /(?:^|[.!?:]\s*|\n\s*)$/.test(before) && !cue;
  let score = 0;
  if (strongCue && (allCap || strong + weak > 0)) score = 0.9;
  else if (cue && allCap && strong + weak > 0) score = 0.85;
  else if (allCap && strong >= 1 && words.length >= 2) score = 0.85;
  else if (allCap && strong >= 1 && words.length === 1) score = sentenceStart ? 0.55 : 0.7;
  else if (!allCap && strong >= 2 && words.length === strong) score = 0.6;
  else if (cue && allCap && words.length >= 2) score = 0.6;
  if (score === 0) return;
  out.push({ entity: 'PERSON', dataClass: 'pii', start: first.start, end: last.end, score, rule: strongCue || cue ? 'person.cue' : 'person.gazetteer' });
}
