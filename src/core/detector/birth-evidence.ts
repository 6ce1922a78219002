import { BIRTH_EVIDENCE_WORDS } from './data/birth-evidence-words.js';
import { BORN_WORDS, RECORD_WORDS } from './data/birth-words.js';
import { hasHealthWords, hasTiedHealthAbbreviation } from './health-context.js';
import { hasPrivateWords } from './private-evidence.js';
import { foldText as fold, stemPhrase as phrase } from './evidence-text.js';

/*
 * The birth-evidence gate, the sibling of the name gate (private-evidence.ts) and the address gate (address-evidence.ts).
 * A date of birth is personal data when it is a private person's: a patient's, a client's, a defendant's, the writer's
 * child's. Requests whose only findings were dates of birth found by their context (rule dob.context) were of two kinds
 * on held-out sets 1-55: records and notes, which write the date with a form's label or abbreviation ("geb. 7-8-1952",
 * "dob 30/11/1962", "né(e) le") or hold words of the person's file near it (a patient, a client, a diagnosis, a medicine,
 * a case, "my son"); and life stories of public or historical people whose name the name rules had already let go (a
 * school bio, a podcast or class on a figure, a fact check, an obituary of a writer, a box on a Nobel laureate), which
 * write the birth word in full ("born", "geboren", "né le", "nacida el", "nato il") and hold none of those words. So when
 * every finding of a request is a DATE_OF_BIRTH of rule dob.context and no date has positive evidence of a private person
 * near it, the dates are dropped. birth-dates.ts already lets go of dates before 1900, of lives that ended before 1976 and
 * of dates right after a listed public figure's name; this gate is for the figures those lists do not hold, and it never
 * asks whether a person is public.
 *
 * Evidence for one date (in the string it was found in):
 *  - a label of data/birth-evidence-words.ts right before it (at most a colon, a bracket or spaces between): "DOB:",
 *    "geb.", "Geburtsdatum", "né(e) le", "F. nac.", "geboortedatum", "data di nascita";
 *  - in the 300 characters before it or the 200 after: a person of a file or a service (data/birth-evidence-words.ts
 *    `persons`: "Angeklagten", "Neukunde", "clienta"), a form's or a CV's word (data/birth-words.ts RECORD_WORDS), a word
 *    of private life (private-evidence.ts: "patient", "dossier", "VOG", "my son", "meine Mutter", "mon fils"; a birth
 *    word such as "né le", which that list holds, is not counted), or a
 *    health fact (health-context.ts: a medicine, a condition, "has MS").
 * A date of birth found by a key or a record's field (rule json-key.*, key-value.*) is a record's by its key: a request
 * that holds one keeps all its dates.
 *
 * What it cannot see (for a compliance reader). The gate runs only in classify(), on a whole request, and only when every
 * finding is a DATE_OF_BIRTH of rule dob.context; any other finding (a name the name rules kept, a phone, an address, an
 * identifier) keeps every date. Within such a request these private birth dates lose their flag, and the request is
 * classed "none":
 *  - a private person's birth date told in full words with no cue near it: "Lena was born on 3 May 2019 in Ghent." as a
 *    whole request, or "Tom Baker, born 4 June 1988, lives in Leeds" (the name rules dropped the name, nothing else says
 *    whose it is);
 *  - a date whose cue stands more than 300 characters before it or 200 after it, or in another message;
 *  - a cue the data does not list, or in a language other than en, de, fr, es, nl, it.
 * And it keeps public people's dates that stand next to a cue, which stay flagged as before: an obituary that names the
 * illness ("died of cancer"), a birthday post ("anniversaire", "birthday"), a test fixture's dummy ("geb. 01.01.1970").
 * detect() is not gated: its callers (span redaction, the per-text API) still see and redact every date; only the
 * request's class changes.
 *
 * Speed: per date, one bounded label test and one pass over a window of 500 characters; the gate runs only on a request
 * whose findings are all such dates.
 */

const W = Object.values(BIRTH_EVIDENCE_WORDS);
const alt = (ps: readonly string[]): string =>
  [...new Set(ps.map(phrase))]
    .filter((p) => p !== '')
    .sort((a, b) => b.length - a.length)
    .join('|');

// A label at the end of the text before the date, then at most a colon, a bracket or an equals sign and spaces ("DOB: ",
// "(DOB ", "geb. ", "né(e) le "). A label that ends in a letter must not be the end of a longer word.
const LABEL_BEFORE = new RegExp(`(?<![\\p{L}])(?:${alt(W.flatMap((l) => l.labels))})[\\s:=(]{0,3}$`, 'u');
const PERSON = new RegExp(`(?<![\\p{L}])(?:${alt([...W.flatMap((l) => l.persons), ...Object.values(RECORD_WORDS).flat()])})(?![\\p{L}])`, 'u');

// A life story's birth word (data/birth-words.ts: "born", "geboren", "né le") is taken out of the window before the
// private words are looked for: "né le" is one of them (a French note's "Tom, né le ..."), and a gate on birth dates
// cannot count the birth word itself as evidence of whose the date is.
const BORN = new RegExp(`(?<![\\p{L}])(?:${alt(Object.values(BORN_WORDS).flat())})(?![\\p{L}])`, 'gu');

const LABEL_REACH = 32;
const BEFORE = 300;
const AFTER = 200;

/** The kind of evidence of a private person near the date at start..end of `text` (see above), if any. */
export function birthEvidenceFor(text: string, start: number, end: number): string | undefined {
  if (LABEL_BEFORE.test(fold(text.slice(Math.max(0, start - LABEL_REACH), start)))) return 'label';
  const near = `${text.slice(Math.max(0, start - BEFORE), start)} … ${text.slice(end, end + AFTER)}`;
  if (PERSON.test(fold(near))) return 'person';
  if (hasPrivateWords(fold(near).replace(BORN, ' '))) return 'private';
  if (hasHealthWords(near) || hasTiedHealthAbbreviation(near)) return 'health';
  return undefined;
}

interface BirthFinding {
  entity: string;
  rule: string;
  path: string;
  start: number;
  end: number;
}

const isBirthDate = (f: BirthFinding): boolean => f.entity === 'DATE_OF_BIRTH';

/**
 * The gate (see above), on a whole request: when every finding is a date of birth, all of rule dob.context, and none has
 * evidence of a private person near it, every finding is removed, in place. `leaves`: the request's strings by path. A
 * finding the gate cannot place in a string (a seam between two strings) keeps them all.
 */
export function dropUnevidencedBirthDates(findings: BirthFinding[], leaves: readonly { text: string; path: string }[]): void {
  if (findings.length === 0 || !findings.every(isBirthDate)) return;
  if (findings.some((f) => f.rule !== 'dob.context')) return;
  const byPath = new Map<string, string>();
  for (const l of leaves) byPath.set(l.path, l.text);
  for (const f of findings) {
    const text = byPath.get(f.path);
    if (text === undefined || birthEvidenceFor(text, f.start, f.end) !== undefined) return;
  }
  findings.length = 0;
}
