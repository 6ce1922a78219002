import { BIRTH_EVIDENCE_WORDS } from './data/birth-evidence-words.js';
import { BORN_WORDS, RECORD_WORDS } from './data/birth-words.js';
import { DEATH_NOTICE, LESSON, PRESS } from './data/public-life-words.js';
import { DEATH_WORDS, referenceClause, tiedAfterText, tiedBefore } from './birth-dates.js';
import { hasHealthWords, hasTiedHealthAbbreviation } from './health-context.js';
import { hasPrivateWords, listedNameOnly, namesHaveEvidence } from './private-evidence.js';
import { unnamedBirth } from './birth-subjects.js';
import { escapeRegExp, foldText as fold, stemPhrase as phrase } from './evidence-text.js';

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
 *    `persons`: "Angeklagten", "Neukunde", "clienta"; `anonymous` after an indefinite article: "a girl", "une joueuse",
 *    "un volontaire"), a form's or a CV's word (data/birth-words.ts RECORD_WORDS), a word
 *    of private life (private-evidence.ts: "patient", "dossier", "VOG", "my son", "meine Mutter", "mon fils"; a birth
 *    word such as "né le", which that list holds, is not counted), or a
 *    health fact (health-context.ts: a medicine, a condition, "has MS").
 *  - a birth told of someone the text never names (birth-subjects.ts): its sentence's subject is nothing, a pronoun or a
 *    role ("L'intérimaire est né le 09/12/2008", "Né le 7 août 1946, décédé le ...", "Unser neuer Koch-Azubi ist am ...
 *    geboren"), no full name in the text, no birth place after the date, no press or lesson genre: a public figure's
 *    life is told under the figure's name.
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
 * And it keeps public people's dates that stand next to a cue, which stay flagged as before: a birthday post
 * ("anniversaire", "birthday"), a test fixture's dummy ("geb. 01.01.1970"). An obituary that names the illness after the
 * death ("nacida el ..., murió el ... a causa de un cáncer") no longer keeps it: the window after a birth ends at a death
 * told after it in the same sentence (DEATH_AFTER), as what follows is the death's.
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
// A label a few words before the date, no digit or sentence mark between ("DOB on the account is ", "Geburtsdatum laut
// System: "), or right after it as what the date was given as ("09-04-1956 als geboortedatum", "07/08/1971 comme date de
// naissance"): a record's or a caller's date, not a life story's.
const LABEL_WORDS_BEFORE = new RegExp(`(?<![\\p{L}])(?:${alt(W.flatMap((l) => l.labels))})(?:[\\s:=(]{1,3}[\\p{L}'’]{1,12}){1,4}[\\s:=(]{1,3}$`, 'u');
const LABEL_AFTER = new RegExp(`^\\s{1,3}(?:as|als|comme|como|come)\\s{1,3}(?:(?:the|his|her|their|sein|seine|ihr|ihre|das|sa|son|la|sua|su|zijn|haar|de|het|il suo|la sua|suo)\\s{1,3})?(?:${alt(W.flatMap((l) => l.labels))})(?![\\p{L}])`, 'u');
const PERSON = new RegExp(`(?<![\\p{L}])(?:${alt([...W.flatMap((l) => l.persons), ...W.flatMap((l) => l.serving), ...Object.values(RECORD_WORDS).flat()])})(?![\\p{L}])`, 'u');
// A person named by a noun after an indefinite article of the same language ("a girl", "une joueuse", "een
// vrijwilliger", "un'allieva"): an anonymous person of the writer's case. An article ending in an apostrophe runs on.
const ANONYMOUS = new RegExp(
  `(?<![\\p{L}])(?:${W.map((l) => `(?:${l.articles.map((a) => phrase(a) + (a.endsWith("'") ? '\\s*' : '\\s+')).join('|')})(?:${alt(l.anonymous)})`).join('|')})(?![\\p{L}])`,
  'u',
);

// A life story's birth word (data/birth-words.ts: "born", "geboren", "né le") is taken out of the window before the
// private words are looked for: "né le" is one of them (a French note's "Tom, né le ..."), and a gate on birth dates
// cannot count the birth word itself as evidence of whose the date is.
const BORN = new RegExp(`(?<![\\p{L}])(?:${alt(Object.values(BORN_WORDS).flat())})(?![\\p{L}])`, 'gu');

// The same birth words as a pattern on the text as written (accents kept, longest first), so that blanking them keeps
// every offset; BRACKET_BIRTH reads them so too.
const BORN_AS_WRITTEN = [...new Set(Object.values(BORN_WORDS).flat())]
  .sort((a, b) => b.length - a.length)
  .map((w) => escapeRegExp(w).replace(/ /g, '\\s+'))
  .join('|');
const BORN_RAW = new RegExp(`(?<![\\p{L}])(?:${BORN_AS_WRITTEN})(?![\\p{L}])`, 'giu');

const LABEL_REACH = 48;
const BEFORE = 300;
const AFTER = 200;

// A death told after the birth in the same sentence ("nacida el 7 de mayo de 1960 en Madrid, murió el 27 de noviembre de
// 2021", "geboren 16. Juli 1903 in Stuttgart, gestorben 1. Juli 1968"): a whole life told, as a biography tells it. What
// follows the death word is the death's (its place, its cause), not the birth's: a public figure's obituary names the
// illness ("murió ... a causa de un cáncer"), so the birth's window ends at the death word.
const DEATH_AFTER = new RegExp(`^([^.!?\\n]{0,80}?)(?<![\\p{L}])(?:${DEATH_WORDS})(?![\\p{L}])[^\\n\\d]{0,12}\\d`, 'iu');
// Academic titles and honours alone before a name ("Prof. Dr. Benjamin X", "prof. dr. Ben X", "Sir James X", "Professor
// Jennifer X"): the cue that made the name a cue's finding says nothing of whose file it is, as a lecture's or a portrait's
// notice names its figure so. A title after another cue word ("Patient Prof. X", "unser Prof. X") is no title alone.
const TITLE_ONLY_BEFORE =
  /(?:^|[\s(:,;])(?:(?:prof|prof\.ssa|profa|dr|dres|dra|dott|dott\.ssa|ir|drs|sir|dame|professor|professorin|professeur|professeure|profesor|profesora|professoressa|hoogleraar)\.?\s+)+$/iu;
const TITLE_REACH = 40;
/** A name of rule person.cue whose cue is academic titles or an honour alone (TITLE_ONLY_BEFORE), the word before them no cue. */
function titledName(f: BirthFinding, text: string | undefined): boolean {
  if (text === undefined || f.entity !== 'PERSON' || f.rule !== 'person.cue') return false;
  const before = text.slice(Math.max(0, f.start - TITLE_REACH), f.start);
  const m = TITLE_ONLY_BEFORE.exec(before);
  return m !== null && !tiedBefore(before.slice(0, m.index + 1));
}

const DEATH_REACH = 120;
// The death's clause: from its word to the end of its sentence.
const DEATH_CLAUSE = /^[^.!?\n]*/;
const DEATH_CLAUSE_REACH = 200;

/** Where the death told after the date that ends at `end` begins (see DEATH_AFTER), or -1. */
export function deathAfter(text: string, end: number): number {
  const m = DEATH_AFTER.exec(text.slice(end, end + DEATH_REACH));
  return m === null ? -1 : end + (m[1]?.length ?? 0);
}

// A birth in the reference form: opened by the birth word or its abbreviation in brackets or after a comma right after a
// word ("Otfried Preußler (geb. 20. Oktober 1923 in Reichenberg)", "Dick Bruna (geboren 23 augustus 1927 in Utrecht)",
// "Günther Fielmann, geb. 17. September 1939 in Stafstedt"), the date in words, a birth place after it. An encyclopedia's
// and a lesson's way to introduce a figure; a record writes the date in digits ("Jonas Brenner, geb. 11.02.1990").
const REFERENCE_BIRTH = new RegExp(`\\p{L}\\s?[(,]\\s?(?:${BORN_AS_WRITTEN})(?![\\p{L}])[^()\\d\\n]{0,30}$`, 'iu');
const BIRTH_PLACE = /^,?\s{1,3}(?:in|à|a|en|te|at|nel|nella|im)\s{1,3}\p{Lu}/u;
const REFERENCE_REACH = 60;
// Between a name and the birth in the reference form that follows it: the opener and the birth word only ("(née le ", ", geb. ").
const SUBJECT_GAP = /^\s?[(,]\s?[^()\d\n]{0,30}$/u;
// Between the date of a birth in the reference form and its birth place read as a name ("en Burgos", "à Lyon").
const PLACE_GAP = /^,?\s{1,3}\p{L}{1,4}\s{1,3}$/u;
const referenceBirth = (text: string, start: number, end: number): boolean =>
  /\p{L}{3}/u.test(text.slice(start, end)) && BIRTH_PLACE.test(text.slice(end, end + 12)) && REFERENCE_BIRTH.test(text.slice(Math.max(0, start - REFERENCE_REACH), start));

// What follows a birth in the reference form that is still the birth's: up to its bracket's close, its sentence's end or a
// death told after it.
const REFERENCE_TAIL = /^[^)\n]*?(?=\)|[.!?](?:\s|$)|$)/u;
const REFERENCE_TAIL_REACH = 120;

/**
 * The evidence for a birth in the reference form: a tie before it (birth-dates.ts referenceClause: "unsere Mutter Anna
 * Weber (geb. ..."), or a tie or a health fact in the rest of the birth ("(née le ... à Lyon), notre cliente", ", nacida
 * el ..., tiene un cáncer"), not past a death told after it.
 */
function referenceEvidence(text: string, start: number, end: number): string | undefined {
  const clause = referenceClause(text, start);
  const death = deathAfter(text, end);
  const tail = REFERENCE_TAIL.exec(text.slice(end, death === -1 ? end + REFERENCE_TAIL_REACH : death))?.[0] ?? '';
  if (tiedBefore(clause) || tiedAfterText(tail)) return 'tie';
  const near = `${clause} … ${tail}`;
  return hasHealthWords(near) || hasTiedHealthAbbreviation(near) ? 'health' : undefined;
}

/**
 * The kind of evidence of a private person near the date at start..end of `text` (see above), if any. A birth in the
 * reference form (REFERENCE_BIRTH) is judged by its own ties and health facts only (referenceEvidence): the
 * request around it is a lesson's, a newsletter's or an event's ("a Year 4 lesson", "groep 1-2", "per i genitori del
 * nido"), whose words of school or care are the writer's audience, not the figure's file.
 */
export function birthEvidenceFor(text: string, start: number, end: number): string | undefined {
  if (referenceBirth(text, start, end)) return referenceEvidence(text, start, end);
  const labelWindow = fold(text.slice(Math.max(0, start - LABEL_REACH), start));
  if (LABEL_BEFORE.test(labelWindow) || LABEL_WORDS_BEFORE.test(labelWindow) || LABEL_AFTER.test(fold(text.slice(end, end + LABEL_REACH)))) return 'label';
  const death = deathAfter(text, end);
  const near = `${text.slice(Math.max(0, start - BEFORE), start)} … ${text.slice(end, death === -1 ? end + AFTER : death)}`;
  if (PERSON.test(fold(near)) || ANONYMOUS.test(fold(near))) return 'person';
  if (hasPrivateWords(fold(near).replace(BORN, ' '))) return 'private';
  if (hasHealthWords(near) || hasTiedHealthAbbreviation(near)) return 'health';
  // A press or a lesson genre names its figure by a role as often ("Referat: Der Spieler ist am ... geboren"): not there.
  if (unnamedBirth(text, start, end) && !PRESS_GENRE.test(fold(text))) return 'unnamed';
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
  // The death told after a birth in the reference form ("(born 13 September 1916 in Llandaff, died 23 November 1990)") is
  // the same life's, judged with its birth: where each such death is told, by string.
  const deaths: { path: string; at: number }[] = [];
  for (const f of findings) {
    const text = byPath.get(f.path);
    if (text === undefined || !referenceBirth(text, f.start, f.end)) continue;
    const at = deathAfter(text, f.end);
    if (at !== -1) deaths.push({ path: f.path, at });
  }
  const ofDeath = (f: BirthFinding): boolean => deaths.some((d) => d.path === f.path && f.start >= d.at && f.start - d.at <= DEATH_REACH);
  for (const f of findings) {
    const text = byPath.get(f.path);
    if (text === undefined) return;
    if (!ofDeath(f) && birthEvidenceFor(text, f.start, f.end) !== undefined) return;
  }
  findings.length = 0;
}

// The press's genres of a text about a person (an obituary, a portrait, a short bio), a lesson's or a school talk's (an
// exposé, a Referat, a spreekbeurt: data/public-life-words.ts LESSON) and a private death notice's words
// (a funeral, condolences), from data/public-life-words.ts, on folded text.
const PRESS_GENRE = new RegExp(`(?<![\\p{L}])(?:${alt([...Object.values(PRESS).flat(), ...Object.values(LESSON).flat()])})(?![\\p{L}])`, 'u');
const NOTICE = new RegExp(`(?<![\\p{L}])(?:${alt(Object.values(DEATH_NOTICE).flat())})(?![\\p{L}])`, 'u');

// The reference work's way to give a birth: in brackets right after the name, opened by the birth word ("Paul Bracq (né
// le 13 décembre 1933 à Bordeaux)", "Giorgio Parisi (nato a Roma il 4 agosto 1948)", "Sir Jackie Stewart (born 11 June
// 1939, Milton)", "Mireia Belmonte (nacida el ...)", "Gijs van Lennep (geboren 16 maart 1942 in Aerdenhout)"). A note or a
// record writes "Tom Baker, born ..." or a label ("(DOB 04/06/1988)", "(geb. 3.5.2019)"), which birthEvidenceFor reads.
const BRACKET_BIRTH = new RegExp(`\\p{L}\\s?\\(\\s?(?:${BORN_AS_WRITTEN})(?![\\p{L}])[^()\\d\\n]{0,30}$`, 'iu');
const BRACKET_REACH = 60;

/** Whether the date at `start` is a birth given in brackets right after a name (BRACKET_BIRTH). */
export function bracketedBirth(text: string, start: number): boolean {
  return BRACKET_BIRTH.test(text.slice(Math.max(0, start - BRACKET_REACH), start));
}

// A date written with its month's word ("17 janvier 1944", "5. August 1912", "3 dec 1985"), as a life story writes it;
// a form's or a register's date is digits ("17/01/1944").
const MONTH_WORD = /\p{L}{3}/u;

/**
 * The life-story gate, for the requests the two gates above leave alone because they hold both kinds: every finding is a
 * name of the lists (rule person.gazetteer) or a date of birth of rule dob.context, with at least one of each. Such
 * requests were, on held-out sets 1-65, mostly records and notes (a client, a pupil, a patient, an employee with a birth
 * date: some 300 sensitive requests), and a few portraits, obituaries, captions and event notices on a figure. The two
 * differ in form, not in the figure's fame, so this gate never asks whether a person is public. A date counts as a life
 * story's when it is written with a month word (records write digits), has no evidence of a private person near it
 * (birthEvidenceFor), and the text tells it the way reference works and the press do:
 *  - a death told after the birth in the same sentence ("Françoise Hardy, née le 17 janvier 1944 à Paris, morte le 11
 *    juin 2024"; a date read in that death clause is the death's);
 *  - the birth in brackets right after the name, opened by the birth word (BRACKET_BIRTH: "Paul Bracq (né le 13 décembre
 *    1933 à Bordeaux)", "Giorgio Parisi (nato a Roma il 4 agosto 1948)");
 *  - a press genre of a text about a person in the string (data/public-life-words.ts PRESS: an obituary, a portrait, a
 *    short bio, a Nachruf, a semblanza, a coccodrillo), or a lesson's (LESSON: an exposé, a Referat, a spreekbeurt).
 * When every date counts so, no text of the request holds a private death notice's words (a funeral, condolences), and
 * the names have no private evidence (private-evidence.ts namesHaveEvidence: an age, a word of private life or health near
 * one of them, or in another string; the birth word and the death clause blanked first), every finding is removed, in place.
 *
 * What it cannot see: a private person's life told in that form with nothing private near it ("Helen Carter (born 14
 * March 1968 in Leeds) will open the fair" as a whole request; an obituary draft of a neighbour that names no relative)
 * loses its flag. A date in digits, a label ("geb.", "DOB", "né(e) le"), a possessive or a relative ("my aunt Helen
 * Carter (born ...)"), a birth told in a clause with no death ("Helen Carter, born 14 March 1968, will open the fair"), or
 * any other finding (an e-mail, a phone, a name with a cue) keeps every finding.
 *
 * Speed: per date, the bounded windows of birthEvidenceFor and two bounded look-ups (120 characters after, 60 before); the
 * press genre once per string; the gate runs only on a request whose findings are all such names and dates.
 */
export function dropUnevidencedLifeStories(
  findings: BirthFinding[],
  texts: readonly string[],
  leaves: readonly { text: string; path: string }[],
): void {
  if (findings.length === 0) return;
  const byPath = new Map<string, string>();
  for (const l of leaves) byPath.set(l.path, l.text);
  const names: BirthFinding[] = [];
  const dates: BirthFinding[] = [];
  for (const f of findings) {
    if (isBirthDate(f) && f.rule === 'dob.context') dates.push(f);
    else if (listedNameOnly(f) || titledName(f, byPath.get(f.path))) names.push(f);
    else return;
  }
  if (dates.length === 0 || names.length === 0) return;
  if (texts.some((t) => NOTICE.test(fold(t)))) return;
  // Where each birth's death is told (DEATH_AFTER), by string: a date read there ("died 2 October 1988") is that death's.
  const deaths = new Map<string, number[]>();
  const toldDeath = new Set<BirthFinding>();
  for (const f of dates) {
    const text = byPath.get(f.path) ?? '';
    const at = deathAfter(text, f.end);
    if (at === -1) continue;
    deaths.set(text, [...(deaths.get(text) ?? []), at]);
    toldDeath.add(f);
  }
  // The press genre read once per string, not once per date.
  const press = new Map<string, boolean>();
  const pressText = (text: string): boolean => press.get(text) ?? press.set(text, PRESS_GENRE.test(fold(text))).get(text) === true;
  const ofDeath = (text: string, start: number): boolean => (deaths.get(text) ?? []).some((at) => start >= at && start - at <= DEATH_REACH);
  for (const f of dates) {
    const text = byPath.get(f.path);
    if (text === undefined || !MONTH_WORD.test(text.slice(f.start, f.end)) || birthEvidenceFor(text, f.start, f.end) !== undefined) return;
    if (!toldDeath.has(f) && !ofDeath(text, f.start) && !bracketedBirth(text, f.start) && !pressText(text)) return;
  }
  // Nor is the birth word evidence of whose the name is ("Françoise Hardy, née le ..." reads as a note's "Tom, né le ..."),
  // nor the death clause after a birth (its place and cause: "murió en Burgos a causa de un cáncer"): both are blanked,
  // space for character, before the names are judged.
  const blank = (t: string): string => {
    let out = t.replace(BORN_RAW, (w) => ' '.repeat(w.length));
    for (const at of deaths.get(t) ?? []) {
      const stop = at + (DEATH_CLAUSE.exec(t.slice(at, at + DEATH_CLAUSE_REACH))?.[0].length ?? 0);
      out = out.slice(0, at) + ' '.repeat(stop - at) + out.slice(stop);
    }
    return out;
  };
  // A name right before a birth in the reference form ("Gloria Fuertes (nació el ... en Madrid)") is that birth's subject,
  // and one right after its date its birth place ("en Burgos"),
  // already judged by the birth's own ties (referenceEvidence): the lesson's or the meeting's words around it are the
  // writer's audience ("2º de Primaria", "réunion d'équipe en crèche"), not the figure's file.
  const others = names.filter((n) => {
    const text = byPath.get(n.path) ?? '';
    return !dates.some(
      (f) =>
        f.path === n.path &&
        referenceBirth(text, f.start, f.end) &&
        ((f.start > n.end && SUBJECT_GAP.test(text.slice(n.end, f.start))) || (n.start > f.end && PLACE_GAP.test(text.slice(f.end, n.start)))),
    );
  });
  if (others.length > 0 && namesHaveEvidence(others, texts.map(blank), leaves.map((l) => ({ path: l.path, text: blank(l.text) })))) return;
  findings.length = 0;
}
