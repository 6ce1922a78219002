import { INTERNATIONAL_NAMES } from './data/international-names.js';
import { WELL_KNOWN_NAMES } from './data/well-known-names.js';
import type { Hit } from './hit.js';
import { LANGUAGES } from './languages.js';
import { PUBLIC_NAMES } from './data/public-names.js';

const PUBLIC = new Set(PUBLIC_NAMES);

const STRONG = new Set(`${WELL_KNOWN_NAMES} ${INTERNATIONAL_NAMES}`.split(' ').filter((w) => w !== ''));
// Names that are also common words: counted only next to a strong name or after a cue.
const WEAK = new Set(
  'smith miller lee brown white young king wright hill green baker hall wood cook bell ward rose grace mark bill will hope may june april august dean earl guy max frank page price rich stone lane banks carter chase hunt long black gray grey moore parker turner cooper morgan bailey bennett rivers fisher hunter walker wolf fox jay joy faith'.split(' '),
);
// Capitalised words that end a name run: form labels, places, organisations, calendar words.
const STOP = new Set(
  'the a an and or of in on at to for from by with my your our his her their this that these those is are was were be been i you he she we they it me us him them please thanks thank hello hi dear regards sincerely best yours name email e-mail phone mobile fax desk office address website street st avenue ave road rd suite apt apartment box inc ltd llc corp company bank university hospital clinic customer service team support sir madam department monday tuesday wednesday thursday friday saturday sunday january february march july september october november december personal info date time card credit account number id dob ssn mr mrs ms dr miss prof patient string boolean object array null undefined true false kollege kollegin sohn tochter mutter vater bruder schwester freund freundin chef chefin kunde kundin mieter mieterin patientin herr frau mann kind united city fc real bayern münchen madrid barcelona juventus ajax psg manchester liverpool chelsea arsenal milan inter roma napoli lyon marseille dortmund grand slam slams champions league'.split(' '),
);
// In the name list but, alone, far more often a nationality, weekday or place.
const ALONE_NOT_NAME = new Set('thai english irish christian monday friday paris london rome madrid dallas austin houston orlando jordan israel georgia virginia carolina dakota india kenya dell mercedes'.split(' '));
// Product, model and hardware names that are also given names: never count as a name signal.
const NOT_NAME_SIGNAL = new Set('claude gemini ada luna blackwell hopper ampere volta turing lora alexa siri cortana watson monte carlo llama mistral qwen falcon phoenix apollo atlas aurora athena hermes orion nova jarvis grace'.split(' '));
const CUE_EN = /(?:\b(?:[Dd]r|[Mm]rs?|[Mm][sx]|[Pp]rof|[Ss]ra?|[Mm]me)\.|\b(?:Dr|Mrs?|Ms|Mx|Prof|Herr|Frau)|\b(?:miss|my name is|name is|i am|i'm|this is|dear|patient|pt\.|name\s*:|signed,?|sincerely,?|regards,?|cheers,?|attn:?|cc:|from:|to:|called|named|contact|manager|with))\s+$/i;
const STRONG_CUE_EN = /(?:\b(?:[Dd]r|[Mm]rs?|[Mm][sx]|[Pp]rof)\.|\b(?:Dr|Mrs?|Ms|Mx|Prof)|\b(?:[Mm]iss|[Mm]y name is|[Nn]ame is|[Dd]ear|[Pp]atient|[Nn]ame\s*:))\s+$/;
// Name cues of every language; the weak ones ("je suis", "soy", "sono") only help a name that is already listed.
const WEAK_CUES = new Set(['je suis', 'soy', 'ik ben', 'sono', 'i am', "i'm", 'this is', 'don', 'beste', 'gentile', 'estimado', 'estimada', 'patient']);
const cueWords = [...new Set(Object.values(LANGUAGES).flatMap((l) => l.name))].sort((a, b) => b.length - a.length);
const esc = (w: string): string => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+');
const CUE_ANY = new RegExp(`(?<!\\p{L})(?:${cueWords.map(esc).join('|')})\\s+$`, 'iu');
const STRONG_CUE_ANY = new RegExp(`(?<!\\p{L})(?:${cueWords.filter((w) => !WEAK_CUES.has(w)).map(esc).join('|')})\\s+$`, 'iu');
const RELATION = new RegExp(`(?<!\\p{L})(?:${[...new Set(Object.values(LANGUAGES).flatMap((l) => l.relation))].sort((a, b) => b.length - a.length).map(esc).join('|')})\\s+$`, 'iu');
const CUE = { test: (t: string): boolean => CUE_EN.test(t) || CUE_ANY.test(t) };
const STRONG_CUE = { test: (t: string): boolean => STRONG_CUE_EN.test(t) || STRONG_CUE_ANY.test(t) || RELATION.test(t) };
const SURNAME_ENDING = /(?:ova|ová|ski|ska|sky|ský|ská|ić|vić|sson|dóttir|dottir|escu|enko|idze|shvili|yan|oğlu|poulos|akis|ovich|evich|ović|ević)$/;
const PARTICLES = new Set(['de', 'van', 'der', 'den', 'von', 'zu', 'di', 'da', 'del', 'della', 'dos', 'das', 'du', 'le', 'la', 'ten', 'ter', 'y', 'e']);
// "Sanne de Vries", "Ludwig van Beethoven", "Maria del Carmen": particles join a name run.
const PARTICLE_GAP = /^ (?:de|van|der|den|von|zu|di|da|del|della|dos|das|du|le|la|ten|ter|y|e)(?: (?:der|den|la|le|de))? $/;
// "Leif, can I...": a listed first name addressed at the start of a sentence.
const VOCATIVE = /^,\s/;
const LOWER_SUBJECT = /^ (?:has|had|is|was|hat|ist|war|a|est|était|tiene|tuvo|es|está|heeft|had|ha|è|era|with|mit|avec|con|met)\b/u;
const NON_ASCII_LETTER = /[^\x20-\x7E]/;
const WORD = /[\p{L}](?:[\p{L}'’-]*[\p{L}])?\.?/gu;
// Text with capitals is scanned for capitalised words only; all-lower-case text (typed chat) word by word.
const CAP_WORD = /\p{Lu}(?<![\p{L}'’-]\p{Lu})(?:[\p{L}'’-]*[\p{L}])?\.?/gu;
const ANY_UPPER = /\p{Lu}/u;
// In mixed-case text, a lower-case listed name still counts right after an explicit cue ("my name is john smith").
const CUED_LOWER = /\b(?:my name is|name is|i am|i'm|this is|dear|patient|name:|mr\.|mrs\.|ms\.|dr\.)\s+([a-z][a-z'’-]+)(?:\s+([a-z][a-z'’-]+))?/dgi;

interface Tok {
  start: number;
  end: number;
  lower: string;
  cap: boolean;
  shout: boolean;
  initial: boolean;
}

function isUpper(c: string): boolean {
  const code = c.charCodeAt(0);
  if (code < 128) return code >= 65 && code <= 90;
  return c !== c.toLowerCase();
}

/** PERSON: gazetteer names and capitalised runs next to a cue ("Dr.", "my name is", "patient", "Dear"). */
export function scanNames(text: string, out: Hit[]): void {
  const before = out.length;
  const re = ANY_UPPER.test(text) ? CAP_WORD : WORD;
  re.lastIndex = 0;
  let run: Tok[] = [];
  let prevEnd = -1;
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    const raw = m[0];
    const dot = raw.charCodeAt(raw.length - 1) === 46;
    let word = dot ? raw.slice(0, -1) : raw;
    // Possessives ("Yefremova's") are looked up and reported without the "'s".
    if (word.length > 2 && word.charCodeAt(word.length - 1) === 115 && (word.charAt(word.length - 2) === "'" || word.charAt(word.length - 2) === '’')) word = word.slice(0, -2);
    const c0 = word.charCodeAt(0);
    const upper = c0 < 128 ? c0 >= 65 && c0 <= 90 : isUpper(word.charAt(0));
    // Fast path: lower-case words matter only when they are list names; most words are lower case and are not.
    // "Sanne de Vries", "Ludwig van Beethoven", "Maria del Carmen": particles join a name run without ending it.
    if (!upper && run.length > 0 && PARTICLES.has(word) && m.index - prevEnd === 1 && text.charCodeAt(m.index - 1) === 32) {
      prevEnd = m.index + word.length;
      continue;
    }
    // "john smith has diabetes": an unlisted lower-case surname after a listed first name, then a verb.
    const surnameAfterFirst =
      !upper && run.length === 1 && m.index - prevEnd === 1 && word.length >= 3 && STRONG.has(run[0]?.lower ?? '') && LOWER_SUBJECT.test(text.slice(m.index + word.length, m.index + word.length + 12));
    if (!upper && !surnameAfterFirst && (word.length < 3 || !STRONG.has(c0 < 128 ? word : word.toLowerCase()))) {
      if (run.length > 0) judge(text, run, out);
      run = [];
      continue;
    }
    const lower = upper ? word.toLowerCase() : word;
    const initial = upper && word.length === 1;
    if (STOP.has(lower)) {
      if (run.length > 0) judge(text, run, out);
      run = [];
      continue;
    }
    const start = m.index;
    // Joined to the run when separated by one space or an initial's dot only.
    const gap = start - prevEnd;
    const joined =
      run.length > 0 &&
      ((gap >= 1 && gap <= 2 && text.charCodeAt(start - 1) === 32 && (gap === 1 || text.charCodeAt(prevEnd) === 46)) ||
        (gap > 2 && gap <= 12 && PARTICLE_GAP.test(text.slice(prevEnd, start))));
    if (!joined && run.length > 0) {
      judge(text, run, out);
      run = [];
    }
    const t: Tok = { start, end: start + word.length + (initial && dot ? 1 : 0), lower, cap: upper && word.length > 1, shout: word.length > 1 && word === word.toUpperCase(), initial };
    run.push(t);
    prevEnd = t.end;
    if (run.length > 4) {
      judge(text, run, out);
      run = [];
    }
  }
  if (run.length > 0) judge(text, run, out);
  if (re === CAP_WORD) scanCuedLowerCase(text, out);
  // Several listed first names in one text ("They had 6: Anna, Mary and Jodi", a dialogue) are people, not words.
  const people = out.filter((h, i) => i >= before && h.entity === 'PERSON' && h.score >= 0.45);
  if (people.length >= 2) for (const h of people) if (h.score === 0.45) h.score = 0.6;
}

function scanCuedLowerCase(text: string, out: Hit[]): void {
  CUED_LOWER.lastIndex = 0;
  for (let m = CUED_LOWER.exec(text); m !== null; m = CUED_LOWER.exec(text)) {
    const first = m[1] ?? '';
    const second = m[2];
    const span1 = m.indices?.[1];
    const span2 = m.indices?.[2];
    if (span1 === undefined || !STRONG.has(first) || NOT_NAME_SIGNAL.has(first)) continue;
    const both = second !== undefined && span2 !== undefined && (STRONG.has(second) || WEAK.has(second) || SURNAME_ENDING.test(second));
    out.push({ entity: 'PERSON', dataClass: 'pii', start: span1[0], end: both ? span2[1] : span1[1], score: 0.85, rule: 'person.cue' });
  }
}

function judge(text: string, run: Tok[], out: Hit[]): void {
  // Trim initials at the edges; a name is never just an initial.
  while (run.length > 0 && run[0]?.initial === true && run.length === 1) run.shift();
  const first = run[0];
  const last = run.at(-1);
  if (first === undefined || last === undefined) return;
  const words = run.filter((t) => !t.initial);
  let strong = 0;
  let weak = 0;
  let allCap = true;
  let shouting = false;
  let foreign = false;
  let surname = false;
  for (const t of words) {
    const listed = STRONG.has(t.lower);
    if (listed && !NOT_NAME_SIGNAL.has(t.lower)) strong++;
    if (WEAK.has(t.lower)) weak++;
    if (!t.cap) allCap = false;
    // ALL-CAPS words (HIPAA, QUEUE, city lines in addresses) are names only when listed.
    if (t.shout && !listed) shouting = true;
    // Shape signals that need no list: letters beyond ASCII, a common surname ending.
    if (NON_ASCII_LETTER.test(t.lower)) foreign = true;
    if (SURNAME_ENDING.test(t.lower)) surname = true;
  }
  if (shouting && strong === 0) return;
  const initialInside = run.length >= 3 && run.slice(1, -1).some((t) => t.initial);
  // Cheap exit: one unlisted, unremarkable word can only be a name right after a strong cue ("Dr. X").
  const plain = strong + weak === 0 && words.length < 2 && !foreign && !surname;
  if (plain && !allCap) return;
  const before = text.slice(Math.max(0, first.start - 32), first.start);
  const strongCue = STRONG_CUE.test(before);
  if (plain && !strongCue) return;
  const cue = strongCue || CUE.test(before);
  const sentenceStart = !cue && /(?:^|[.!?:]\s*|\n\s*)$/.test(before);
  let score = 0;
  if (strongCue && (allCap || strong + weak > 0)) score = 0.9;
  else if (cue && allCap && strong + weak > 0) score = 0.85;
  else if (allCap && strong >= 1 && words.length >= 2) score = 0.85;
  // One listed word with no cue ("Manchester", "Qué", "Zara") is too weak on chat text: reported below the threshold.
  else if (allCap && strong >= 1 && words.length === 1 && !ALONE_NOT_NAME.has(words[0]?.lower ?? '')) score = RELATION.test(text.slice(Math.max(0, first.start - 32), first.start)) || VOCATIVE.test(text.slice(last.end, last.end + 2)) ? 0.7 : 0.45;
  else if (allCap && words.length >= 2 && (initialInside || foreign || surname)) score = 0.8;
  else if (!allCap && strong >= 2 && words.length === strong) score = 0.6;
  else if (!allCap && words.length === 2 && strong >= 1 && surname) score = 0.6;
  else if (allCap && words.length === 1 && (foreign || surname) && !sentenceStart) score = 0.45;
  // All-lower-case chat: "john smith has diabetes" (a listed first name, a second word, then a verb).
  else if (!allCap && words.length === 2 && strong >= 1 && LOWER_SUBJECT.test(text.slice(last.end, last.end + 12))) score = 0.6;
  else if (cue && allCap && words.length >= 2) score = 0.6;
  if (score === 0) return;
  // Public figures and person-named brands, unless a cue says it is someone's own data ("my name is", "Herr").
  if (!strongCue || /^(?:dr|prof)\.?$/i.test(before.trim().split(/\s+/).at(-1) ?? '')) {
    const span = words.map((t) => t.lower).join(' ');
    if (PUBLIC.has(span) || PUBLIC.has(words.at(-1)?.lower ?? '')) score = 0.3;
  }
  out.push({ entity: 'PERSON', dataClass: 'pii', start: first.start, end: last.end, score, rule: cue ? 'person.cue' : 'person.gazetteer' });
}
