import { HEALTH_SUBJECT_WORDS } from './data/health-subject-words.js';
import { HEALTH_ABBREVIATIONS } from './data/health-words.js';
import { PLACES } from './data/places.js';
import { KIN_WORDS } from './data/kin-words.js';
import { hasHealthWords, hasPregnancyTerm, hasTiedHealthAbbreviation } from './health-context.js';
import { LANGUAGES } from './languages.js';
import { datedStop, sentenceEndAfter, sentenceStartBefore } from './sentence-bounds.js';

/*
 * A lone listed given name that is the person a sentence states a health fact about: a workplace or care note about a
 * colleague, a worker or a client known by first name ("Tobias fällt heute wegen Migräneattacke aus", "Sanne is zwanger
 * en heeft last van misselijkheid", "que Sébastien sera absent (lombalgie)", "that Declan won't be on the line after his
 * heart attack", "el puesto de Alicia … Tiene artrosis", "le poste de Léa, enceinte de 4 mois"). A first name in a
 * colleague's note identifies them to the reader (GDPR art. 9 health data), so names.ts raises such a name from the
 * 0.45 a lone listed word gets on chat text. Held-out sets 71-75 (workplaces: vets, plants, transport, farms) missed these.
 *
 * The name must stand where a clause's subject or object stands, not just anywhere in a text with a health word:
 * - after a note's label (a colon, a bullet) or a "that" word ("dass", "que", "dat", "che"), with a verb (a lower-case
 *   word) after it: "Planning: Federica è in gravidanza", "para que Inmaculada, que está en tratamiento";
 * - or after a workstation noun and "of" ("the role of", "den Arbeitsplatz von", "le poste de", "el puesto de",
 *   "de werkplek van", "il posto di"): the worker whose job is adapted;
 * - or right after a noun for a member of a group the writer deals with, or a relative ("deelnemer Bas (autisme,
 *   epilepsie)", "la figlia Giulia è celiaca", "l'operaio Arben"; data/health-subject-words.ts, kin-words.ts);
 * - or as the addressee of a message to write ("escribe a Inmaculada", "schreib Tobias", "biglietto per Giulia");
 * - or after a "for" word ("a return-to-work plan for Dritan"), or opening a roster's line before a colon ("Florim: Epilepsie");
 * - or before a relative clause or a bracket about them ("Inmaculada, que está de baja", "Léa, socia de la cooperativa,
 *   que está...", "Emma (11), heeft epilepsie", "Bas (autisme, epilepsie)").
 * and a health word must stand in its sentence, or in the next one when that one opens on a verb with the name as its
 * understood subject ("Tiene artrosis", "Ha il diabete", "Is zwanger").
 * Also a name in commas after a group member's noun ("One of my agents, Kayleigh, has told me she's pregnant", "Une
 * conseillère, Yasmine, m'a dit qu'elle est diabétique"; held-out sets 86-90: contact centres, job centres, banks); and a
 * sentence's opening counts with a verb of telling after the name too ("Kayleigh told me she's pregnant", "Inès m'a dit
 * qu'elle est enceinte", "Fatima vertelde dat ze MS heeft", "Luca mi ha detto che...").
 */

/** Words that open a clause whose subject may be the name (lower case; compared on the word right before the name). */
// Chat spellings too: "q" for "que" ("como hago para q Paco no se atragante"), "ke" for "che".
const THAT = new Set(['that', 'dass', 'daß', 'que', 'qu', 'q', 'dat', 'che', 'ch', 'ke', 'weil', 'porque', 'parce', 'omdat', 'perché', 'because']);
/** Workstation nouns a worker's name follows with "of" (the last word before "of"). */
const POST = new Set(['role', 'job', 'workstation', 'post', 'arbeitsplatz', 'stelle', 'poste', 'travail', 'puesto', 'trabajo', 'werkplek', 'functie', 'taken', 'posto', 'mansione', 'mansioni', 'lavoro']);
const OF = new Set(['of', 'von', 'de', 'd', 'van', 'di']);
/**
 * A worker's duties a note hands over ("les tournées de Mathieu", "los turnos de Pablo", "i turni di Matteo", "de diensten
 * van Bas", "die Schichten von Timo", "the rounds of Gary"): read as POST is, the health fact in the sentence or the next.
 */
const DUTIES = new Set(['shifts', 'caseload', 'rota', 'rounds', 'schichten', 'dienste', 'touren', 'tournées', 'tournée', 'rendez-vous', 'turnos', 'guardias', 'citas', 'rutas', 'diensten', 'ritten', 'afspraken', 'turni', 'giri', 'appuntamenti', 'consegne']);
/**
 * The word that opens the next sentence and goes on about the person: a verb in the third person with the name as its
 * understood subject, or a third-person pronoun or possessive ("His wife said he's in hospital").
 */
const NEXT_VERB = new Set(['he', 'she', 'his', 'her', 'er', 'sie', 'sein', 'seine', 'il', 'elle', 'ella', 'él', 'hij', 'ze', 'zijn', 'haar', 'lui', 'lei', 'has', 'had', 'is', 'was', 'hat', 'hatte', 'ist', 'war', 'a', 'avait', 'est', 'était', 'tiene', 'tenía', 'está', 'estaba', 'sufre', 'heeft', 'ha', 'aveva', 'è', 'era', 'soffre', 'souffre', 'leidet']);

// The cue words of a health note (languages.ts: "surgery", "intervento", "heart attack"...), single words in a Set and
// phrases compared on the sentence: they add what the health lexicon reads only as a whole-text cue.
const CUES = Object.values(LANGUAGES).flatMap((l) => l.health);
const CUE_WORDS = new Set(CUES.filter((w) => !w.includes(' ')));
const CUE_PHRASES = CUES.filter((w) => w.includes(' '));
const WORDS = /\p{L}+/gu;
function healthIn(sentence: string): boolean {
  if (hasHealthWords(sentence) || hasPregnancyTerm(sentence)) return true;
  // A condition by its abbreviation given to someone counts as its name does ("Wendy heeft MS", "dat ze MS heeft").
  if (hasTiedHealthAbbreviation(sentence)) return true;
  const lower = sentence.toLowerCase();
  for (const m of lower.matchAll(WORDS)) if (CUE_WORDS.has(m[0])) return true;
  return CUE_PHRASES.some((p) => lower.includes(p));
}

// A letter's salutation that the lists hold as a name ("Cher confrère", "Dear colleague"), and a name that is itself the
// condition ("Parkinson desde 2020", an eponym): never the note's subject.
const SALUTATION = new Set(['dear', 'cher', 'chère', 'liebe', 'lieber', 'querido', 'querida', 'estimado', 'estimada', 'beste', 'geachte', 'caro', 'cara', 'gentile']);

const SUBJECT_LANGS = Object.values(HEALTH_SUBJECT_WORDS);
/** Group members' nouns and relatives, one word each (the word right before the name). */
const PERSON_NOUN = new Set([...SUBJECT_LANGS.flatMap((l) => l.persons), ...Object.values(KIN_WORDS).flatMap((l) => l.kin)].filter((w) => !w.includes(' ')));
/** Relatives' nouns, one word each ("madre", "maman", "Mutter"): the word before "of" and a name. */
const KIN_NOUN = new Set(Object.values(KIN_WORDS).flatMap((l) => l.kin));
/** Two-word group nouns ("service user"), compared on the two words before the name. */
const PERSON_NOUN_PAIR = new Set(SUBJECT_LANGS.flatMap((l) => l.persons).filter((w) => w.includes(' ')));
// The customers', callers' and agents' nouns count as the group members' do.
for (const l of SUBJECT_LANGS) for (const w of l.members) (w.includes(' ') ? PERSON_NOUN_PAIR : PERSON_NOUN).add(w);
/** The message phrases, each with a space after it, compared on the lower-cased end of the text before the name. */
const WRITE_TO = [...new Set(SUBJECT_LANGS.flatMap((l) => l.writeTo))].map((w) => `${w} `);
const RELATIVE = [...new Set(SUBJECT_LANGS.flatMap((l) => l.relative))].join('|');
// A relative clause after the name's comma, an apposition of up to 48 characters between or none ("Inmaculada, que",
// "Bas, onze chauffeur, die"); or a bracket right after the name ("Bas (autisme", "Emma (11)").
// Not an English possessive: a public figure's role ("Anthony Fauci's role ... HIV") or a law named after someone
// ("Natasha's Law") reads the same.
const CLAUSE_AFTER = new RegExp(`^(?:,\\s+(?:[^,.;:!?\\n()]{1,48},\\s+)?(?:${RELATIVE})(?!\\p{L})| \\()`, 'u');
/** "for" words: the person a plan, a letter or an arrangement is for ("a return-to-work plan for Dritan after his operation"). */
const FOR = new Set(SUBJECT_LANGS.flatMap((l) => l.forWords));
// A roster's or a handover's line that opens on the name and a colon ("Florim: Epilepsie, Notfallmedikament im Tresor").
// A chat log's or a transcript's speaker too, after a time stamp or an opening quote ("[10:02] Kayleigh: cant stop
// thinking about ending it", "\"Jess: I've been cutting again\"").
const LINE_BEFORE = /(?:^|\n|:)[ \t]*(?:[-–•*][ \t]+|\[?\d{1,2}:\d{2}(?::\d{2})?\]?[ \t]+|["“„«][ \t]*)?$/u;
const COLON_AFTER = /^ ?:/u;
const LETTER_BEFORE = /\p{L}$/u;

const WORD_BEFORE = /(\p{L}+)['’]?\s*$/u;
// A note's opening: after its label's colon ("Nota per il planning: Federica è…"), a bullet or a dash. Not a bare
// sentence start, where a capitalised everyday word that a name list holds stands as often ("Deel klachten in",
// "Korte vraag", "Cher Monsieur", "Ella tiene", "Manca il referto").
// Not a semicolon: a CSV row's separator ("LMP-01;Lampe de bureau").
const LABEL_END = String.raw`(?:[:]\s*|\n\s*[-–•*]\s+|\s[-–]\s+)`;
const SENTENCE_START = new RegExp(`${LABEL_END}$`, 'u');
// A verb (a lower-case word) after the name; not a particle or an article, which make it a product's or a place's name
// ("Lampe de bureau", "Rosa dei venti", "Maria van Bergen").
const LOWER_AFTER = /^,?\s+(?!(?:de|du|des|di|da|dei|del|della|van|von|of|the|la|le|el|los|las|y|e|und|and|et|en)(?!\p{L}))\p{Ll}/u;
const NEXT_WORD = /^[.!?]\s+(\p{L}+)/u;
const VERB_AFTER = /^ ([\p{L}]+(?:['’][\p{L}]+)?)/u;

/** Third-person verbs after a subject, and the prepositions of a short description before them (data/health-subject-words.ts). */
const SUBJECT_VERB = new Set(SUBJECT_LANGS.flatMap((l) => l.subjectVerbs));
// Verbs of telling stand where a subject's verb does ("Kayleigh told me", "Fatima vertelde").
for (const l of SUBJECT_LANGS) for (const w of l.tellingVerbs) SUBJECT_VERB.add(w);
const DESCRIBED_BY = new Set(SUBJECT_LANGS.flatMap((l) => l.describedBy));
// Pronouns and function words that the name lists also hold as given names ("Lei ha il diabete", "Elle a un cancer",
// "Ella tiene asma", "Per ha..."): at a sentence's start they are the pronoun.
const PRONOUN_NAME = new Set(['lei', 'elle', 'ella', 'per', 'ma', 'son', 'hay', 'weil', 'nur', 'sie', 'er', 'hij', 'zij', 'ze', 'lui', 'él', 'ele', 'ils', 'eso', 'esto', 'esta', 'este', 'gerade', 'bis', 'will', 'may', 'can']);
// Places that are also given names ("Victoria has the highest rate of melanoma", "Lourdes is visited by sick pilgrims"):
// a sentence about them is about the place.
const PLACE_NAME = new Set(Object.values(PLACES).flatMap((l) => l.givenNameLike));
// A sentence's start right before the name: the text's start, or a stop and spaces, or an opening quote after them.
const OPENS_SENTENCE = /(?:^|[.!?\n])\s*["'“„«(]?$/u;
// Or a note's opening after its label's colon, a bullet or a dash, in quotes or not ("Écris une fiche : Inès en CE1 est
// diabétique", "Add to the crew sheet: 'Margaret at no 9 is registered blind'", "nota per la mensa: Matteo della 2B è
// celiaco"): the verb after the name (or after a short description of where they live or study) is still required.
const NOTE_OPENS = new RegExp(`${LABEL_END}["'“„«‘]?$`, 'u');
// Or a second clause's start after "and" or "but" ("the shift is short and Gary had a heart attack", "Sanne is op
// vakantie en Bas heeft griep"), the verb after the name still required. Not German "und": German capitalises every noun,
// and some are given names too ("Sport und Ernst ist wichtig bei Diabetes").
const AND_BEFORE = /(?<!\p{L})(?:and|but|et|mais|y|pero|en|maar|e|ma)\s+$/u;
// Or a clause after an introductory phrase: its comma ("En el examen de hoy, Diego ha tenido una crisis epiléptica",
// "During the exam, Gary had a seizure"), or a day's adverb without one ("All'appello di oggi Camilla si è sentita
// male", "Today Gary collapsed"; held-out set 91). Not German or Dutch adverbs: a verb stands between them and the
// subject there ("Heute hat Lena...", read by INVERTED below).
const INTRO_BEFORE = /(?:,|(?<!\p{L})(?:today|yesterday|tonight|oggi|ieri|stamattina|stamani|stasera|hoy|ayer|anoche|aujourd['’]hui))\s+$/iu;
// German and Dutch put the verb before the subject after an opening phrase ("Tijdens het tentamen viel Merel flauw",
// "Seit gestern hat Lena Fieber", "Gisteren kreeg Bas een aanval"): a lone name right after a third-person verb of those
// languages is the clause's subject.
const INVERTED = new Set([...HEALTH_SUBJECT_WORDS.de.subjectVerbs, ...HEALTH_SUBJECT_WORDS.nl.subjectVerbs]);
const SUBJECT_WORDS = /[\p{L}]+(?:['’][\p{L}]+)?/gu;
/** How many words a description between a name and its verb may hold ("van ons callcenter", "de la oficina de Cádiz"). */
const DESCRIPTION_WORDS = 5;

// An English possessive after the name, and the word after it: whose caseload, shifts or treatment a note speaks of
// ("cover Priya's caseload ... She's off after a miscarriage", "a letter about Dawit's HIV treatment").
// A number after it too: the English "'s" of "is" before an age or a term ("Chloe's 34 weeks pregnant").
const POSSESSIVE_AFTER = /^['’]s\s+(\p{L}+|\d+)/u;
// What such a possessive names when it is no person's: a condition or a law named after someone ("Addison's disease",
// "Bell's palsy", "Natasha's Law"), a place or a charity ("Tommy's is", "St Mary's").
const EPONYM_NEXT = new Set(['disease', 'syndrome', 'palsy', 'law', 'laws', 'sign', 'test', 'reflex', 'phenomenon', 'lymphoma', 'sarcoma', 'ulcer', 'chorea', 'disorder', 'tumour', 'tumor', 'contracture', 'anomaly', 'triad', 'paralysis', 'oesophagus', 'esophagus', 'dementia', 'ataxia', 'neuroma', 'operation', 'procedure', 'manoeuvre', 'maneuver', 'rule', 'principle', 'theorem', 'list', 'hospital', 'hospice', 'trust', 'fund', 'foundation', 'charity', 'day', 'choice', 'story']);

/** Whether an English possessive after the name at `end` speaks of that person's things ("Priya's caseload"). */
function possessiveOf(text: string, end: number): boolean {
  const next = POSSESSIVE_AFTER.exec(text.slice(end, end + 32))?.[1];
  if (next === undefined) return false;
  const lower = next.toLowerCase();
  return !EPONYM_NEXT.has(lower) && !SUBJECT_VERB.has(lower) && (next === lower || next === next.toUpperCase());
}

/**
 * Whether the name at [start, end) opens a sentence as its subject: a third-person verb right after it, or after a short
 * description that a preposition or a comma opens ("Wendy van ons callcenter heeft epilepsie", "Encarna, de la oficina
 * de Cádiz, está de baja"). A capitalised everyday word opening a sentence is followed by no such verb ("Korte vraag",
 * "Manca il referto").
 */
function opensAsSubject(text: string, start: number, end: number, name: string): boolean {
  if (PRONOUN_NAME.has(name.toLowerCase())) return false;
  const before = text.slice(Math.max(0, start - 16), start);
  if (!OPENS_SENTENCE.test(before) && !NOTE_OPENS.test(before) && !(start < 8 && /^\s*$/u.test(text.slice(0, start))) && !AND_BEFORE.test(before) && !INTRO_BEFORE.test(before)) return false;
  const after = text.slice(end, sentenceEndAfter(text, end, 96, datedStop));
  if (!/^(?:,\s|\s)/u.test(after)) return false;
  const comma = after.startsWith(',');
  let n = 0;
  let last = 0;
  for (const m of after.matchAll(SUBJECT_WORDS)) {
    const w = m[0].toLowerCase();
    if (n === 0 && !comma && SUBJECT_VERB.has(w)) return true;
    if (n === 0 && !comma && !DESCRIBED_BY.has(w)) return false;
    // After a description, the verb follows it directly (or its closing comma: "Encarna, de la oficina de Cádiz, está").
    // A house number or a class may end the description ("Kees van nummer 7 zit", "Inès en CE1 est").
    if (n > 0 && SUBJECT_VERB.has(w) && /^(?:\s?\d{1,3})?,?\s+$/u.test(after.slice(last, m.index))) return !comma || after.slice(last, m.index).startsWith(',');
    if (++n > DESCRIPTION_WORDS) return false;
    last = m.index + m[0].length;
  }
  return false;
}

/** Whether the lone name after `before` (its last word `word`, lower case) follows a German or Dutch verb as its subject. */
function invertedSubject(before: string, word: string, name: string): boolean {
  return INVERTED.has(word) && / $/u.test(before) && !PRONOUN_NAME.has(name.toLowerCase());
}

/** Whether `word` (lower case) is a group member's noun or a relative ("autista", "deelnemer", "ehemann"). */
export const isPersonNoun = (word: string): boolean => PERSON_NOUN.has(word);

/** Whether the word right before `at` (after a space) is a group member's noun or a relative ("l'autista ", "deelnemer "). */
export function groupNounBefore(text: string, at: number): boolean {
  const before = text.slice(Math.max(0, at - 32), at);
  if (!/\s$/u.test(before)) return false;
  const word = WORD_BEFORE.exec(before)?.[1]?.toLowerCase();
  return word !== undefined && PERSON_NOUN.has(word);
}

// A group member's noun and a comma right before the name, and a comma right after it: the name in apposition ("One of
// my agents, Kayleigh, has told me...", "Una agente, Rocío, me ha contado...", "Een van mijn agents, Bas, heeft ADHD",
// "Un'operatrice, Martina, mi ha detto..."). The noun may be a plural after "one of" words ("agents", "clientes",
// "medewerkers", "klanten"): read without its plural ending too.
const APPOSED_BEFORE = /(\p{L}+),\s+$/u;
const APPOSED_AFTER = /^,\s/u;
const PLURAL_ENDS = ['s', 'es', 'en'];
function apposedToMember(text: string, before: string, end: number): boolean {
  if (!APPOSED_AFTER.test(text.slice(end, end + 2))) return false;
  const noun = APPOSED_BEFORE.exec(before)?.[1]?.toLowerCase();
  if (noun === undefined) return false;
  return PERSON_NOUN.has(noun) || PLURAL_ENDS.some((e) => noun.endsWith(e) && PERSON_NOUN.has(noun.slice(0, -e.length)));
}

/**
 * Whether a short description of where the person lives or works, then a third-person verb, follows the name at `end`
 * after a "that" word ("che Giuseppe del piano terra ha l'Alzheimer", "que Rocío del 3º A necesita...", "dat Sanne van
 * de receptie heeft..."): the clause's subject, as opensAsSubject reads one at a sentence's start. Digits may stand in
 * the description (a floor, a flat). Not a place that is a given name ("que Valencia del sur tiene..."). Reads up to 96
 * characters.
 */
function describedThenVerb(text: string, end: number): boolean {
  const after = text.slice(end, end + 96);
  if (!/^\s/u.test(after)) return false;
  let n = 0;
  for (const m of after.matchAll(SUBJECT_WORDS)) {
    const w = m[0].toLowerCase();
    if (n === 0 && !DESCRIBED_BY.has(w)) return false;
    if (n > 0 && SUBJECT_VERB.has(w)) return true;
    if (/[.!?;:,\n]/u.test(after.slice(0, m.index)) || ++n > DESCRIPTION_WORDS) return false;
  }
  return false;
}

const LABEL_ITEM = /^,\s+([^,.;:!?\n()]{1,40}),/u;
const AGE_ITEM = /^\d{1,3}(?:\s?\p{L}{0,5})?$/u;
const ABBREVIATIONS = new Set(HEALTH_ABBREVIATIONS);
const DASH_ITEM = /^ [-–—] ([^,;.\n]{1,48})/u;
const LIST_COMMA_BEFORE = /[),]\s+$/u;
/** Whether a dash and a condition follow the name at `end` (a list's entry: "Lucas – asthme (Ventoline)"). */
function dashItemAfter(text: string, end: number): boolean {
  const item = DASH_ITEM.exec(text.slice(end, end + 52))?.[1];
  return item !== undefined && hasHealthWords(item);
}
/** Whether an age or a condition between commas follows the name at `end` (a note's entry: "Lena, ADHS, ..."). */
function labelItemAfter(text: string, end: number): boolean {
  const item = LABEL_ITEM.exec(text.slice(end, end + 48))?.[1]?.trim();
  return item !== undefined && (AGE_ITEM.test(item) || ABBREVIATIONS.has(item) || hasHealthWords(item));
}

/** Whether the lower-cased text before a name ends in one of the phrases (each with its space) that has no letter before it. */
function endsInPhrase(before: string, phrases: readonly string[]): boolean {
  for (const w of phrases) if (before.endsWith(w) && !LETTER_BEFORE.test(before.slice(0, before.length - w.length))) return true;
  return false;
}
const writeTo = (before: string): boolean => endsInPhrase(before, WRITE_TO);

const CARE_FOR = [...new Set(SUBJECT_LANGS.flatMap((l) => l.careFor))].map((w) => `${w} `);
const CARE_PRONOUN = new Set(SUBJECT_LANGS.flatMap((l) => l.carePronouns));
const CARE_AUX = new Set(SUBJECT_LANGS.flatMap((l) => l.careAuxiliaries));
const CARE_PARTICIPLE = new Set(SUBJECT_LANGS.flatMap((l) => l.careParticiples));
const LAST_WORD_SPACE = /(\p{L}+) $/u;
const LOWER_WORDS = /\p{Ll}+/gu;

/**
 * Whether the name at `end` is the person a carer's verb acts on (data/health-subject-words.ts careFor): "aider Marcel",
 * "dado a Manoli", "help ik Henk"; or a German or Dutch perfect with the auxiliary right before the name and a care
 * participle later in the sentence ("Ik heb Bep vanochtend de avondrol gegeven").
 */
function caredFor(text: string, lowerBefore: string, end: number): boolean {
  if (endsInPhrase(lowerBefore, CARE_FOR)) return true;
  const last = LAST_WORD_SPACE.exec(lowerBefore);
  if (last === null) return false;
  if (CARE_PRONOUN.has(last[1] ?? '') && endsInPhrase(lowerBefore.slice(0, last.index), CARE_FOR)) return true;
  if (!CARE_AUX.has(last[1] ?? '')) return false;
  for (const m of text.slice(end, sentenceEndAfter(text, end, 96)).matchAll(LOWER_WORDS)) if (CARE_PARTICIPLE.has(m[0])) return true;
  return false;
}

/** How healthSubjectName reads a name: `byRole` and `lower` as its comment says. */
export interface HealthSubjectRead {
  readonly byRole?: boolean;
  /** The name is a word typed in lower case (lowerNoteSubject). */
  readonly lower?: boolean;
}

/**
 * Whether the lone given name at [start, end) is where a clause about someone's health names its subject or object.
 * `byRole`: only where a noun, a relation, a "for" or a message or care verb places it, not by its place in the sentence
 * alone (a note's opening, a "that", a sentence's start): for given names that are also everyday words opening a sentence
 * as themselves ("Hope is the best medicine for depression").
 */
export function healthSubjectName(text: string, start: number, end: number, read: HealthSubjectRead = {}): boolean {
  const { byRole = false, lower = false } = read;
  const name = text.slice(start, end);
  if (SALUTATION.has(name.toLowerCase()) || hasHealthWords(name)) return false;
  const before = text.slice(Math.max(0, start - 40), start);
  const last = WORD_BEFORE.exec(before);
  const word = last?.[1]?.toLowerCase() ?? '';
  let placed = false;
  const atLabel = SENTENCE_START.test(before);
  // `lower`: a word typed in lower case, which any lower-case word follows; a subject's verb must ("school note: leo was
  // sent home", not "aspectos emocionales: alta autoexigencia").
  if (!byRole && (atLabel || THAT.has(word))) placed = lower ? SUBJECT_VERB.has(VERB_AFTER.exec(text.slice(end, end + 24))?.[1]?.toLowerCase() ?? '') : LOWER_AFTER.test(text.slice(end, end + 4));
  // A note's entry: the name opening a label's value, then an age or a condition between commas ("Notiz: Lena, ADHS,
  // nimmt Medikinet", "Note : Théo, TDAH, prend de la Ritaline", "Rewrite my note: Kate, 34, diagnosed with BPD").
  // Or a list's entry, a dash between the name and the condition ("Rappel pour la sortie : Lucas – asthme (Ventoline),
  // Jade – allergie aux noix", "Per la gita: Leonardo – asma").
  if (!placed && !byRole && atLabel) placed = labelItemAfter(text, end);
  if (!placed && !byRole && (atLabel || LIST_COMMA_BEFORE.test(before))) placed = dashItemAfter(text, end);
  if (!placed && last !== null && OF.has(word)) {
    const head = WORD_BEFORE.exec(before.slice(0, last.index))?.[1]?.toLowerCase() ?? '';
    placed = POST.has(head);
    // A health noun before "of" names the person whose condition it is ("la hernia discal de Pablo", "die
    // Schwangerschaft von Anja", "la gravidanza di Giulia", "de operatie van Bas"); or a worker's duties.
    // Not a condition's abbreviation or a place ("enfermo de ELA", "el hospital de Valencia").
    if (!placed && !/\s/u.test(name) && name !== name.toUpperCase() && !PLACE_NAME.has(name.toLowerCase())) placed = DUTIES.has(head) || (head.length >= 4 && hasHealthWords(head));
  }
  // A relative's noun before "of" names the person whose relative speaks for them ("la madre de Bruno, jugador cadete, me
  // ha contado que el chico tiene VIH", "pour la maman de Nolan : 38,6 °C, Doliprane", "die Mutter von Jonas"): a child's
  // or a client's health told by family.
  if (!placed && last !== null && OF.has(word) && /\s$/u.test(before) && !PLACE_NAME.has(name.toLowerCase())) placed = KIN_NOUN.has(WORD_BEFORE.exec(before.slice(0, last.index))?.[1]?.toLowerCase() ?? '');
  if (!placed && last !== null && PERSON_NOUN.has(word) && /\s$/u.test(before)) placed = true;
  if (!placed && last !== null && /\s$/u.test(before)) {
    const head = WORD_BEFORE.exec(before.slice(0, last.index))?.[1]?.toLowerCase() ?? '';
    placed = PERSON_NOUN_PAIR.has(`${head} ${word}`);
  }
  if (!placed) placed = apposedToMember(text, before, end);
  if (!placed && !byRole && THAT.has(word) && !PLACE_NAME.has(name.toLowerCase())) placed = describedThenVerb(text, end);
  if (!placed) placed = writeTo(before.toLowerCase()) || (FOR.has(word) && /\s$/u.test(before));
  // The person a carer helps, feeds or gives medicine to ("comment aider Marcel ... ? il a parkinson").
  if (!placed && !/\s/u.test(name) && !PLACE_NAME.has(name.toLowerCase())) placed = caredFor(text, before.toLowerCase(), end);
  if (!placed) placed = COLON_AFTER.test(text.slice(end, end + 2)) && LINE_BEFORE.test(before);
  // A bracket after a word typed in lower case is as often a dish's or a product's detail ("beurre blanc (4,7)").
  if (!placed) placed = CLAUSE_AFTER.test(text.slice(end, end + 64)) && !(lower && text.charCodeAt(end + 1) === 40);
  // A lone given name only: a full name opening a question or in a possessive is as often a public figure's ("Anthony
  // Fauci's role ... during the HIV epidemic"), which person-context.ts asks this function about too.
  if (!placed && !byRole && !/\s/u.test(name) && !PLACE_NAME.has(name.toLowerCase())) placed = opensAsSubject(text, start, end, name) || possessiveOf(text, end) || invertedSubject(before, word, name);
  if (!placed) return false;
  // The sentence read with dates' and ordinals' dots inside it ("Anja ist in der 20. Woche schwanger").
  if (healthIn(text.slice(sentenceStartBefore(text, start, 120, datedStop), sentenceEndAfter(text, end, 160, datedStop)))) return true;
  const from = sentenceStartBefore(text, start, 120);
  const to = sentenceEndAfter(text, end, 160);
  if (healthIn(text.slice(from, to))) return true;
  // The next sentence, when it opens on a verb whose understood subject is the name ("Tiene artrosis en las manos").
  const next = NEXT_WORD.exec(text.slice(to, to + 24))?.[1]?.toLowerCase();
  if (next === undefined || !NEXT_VERB.has(next)) return false;
  const nextFrom = to + 1;
  return healthIn(text.slice(nextFrom, sentenceEndAfter(text, nextFrom + 1, 160)));
}

// First-person possessives of the six languages.
const OWN = new Set(['my', 'mein', 'meine', 'meinem', 'meinen', 'meiner', 'mon', 'ma', 'mes', 'mi', 'mis', 'mijn', 'mio', 'mia', 'miei', 'mie']);
const MET_WITH = [...new Set(SUBJECT_LANGS.flatMap((l) => l.metWith))].map((w) => `${w} `);
const MET_AFTER = new Set(SUBJECT_LANGS.flatMap((l) => l.metAfter));
const WORD_AFTER = /^ (\p{L}+)/u;
// A label's dash or colon before the name and a colon after it ("gym notes - priya: knee still sore"): the line's subject.
const LABEL_BEFORE = /(?:[:]\s*|\s[-–]\s+|(?:^|\n)[ \t]*(?:[-–•*][ \t]+)?)$/u;

/**
 * Whether a lower-case given name at [start, end) is the person a note about their health names (names.ts asks this of
 * a lone listed given name typed in lower case, in a text that care-context.ts reads as a care, health, school or work
 * note): the one the writer saw, visited or had a session with ("saw jess today, still low mood, sertraline 50mg",
 * "séance avec hugo : il parle d'idées noires", "vandaag sanne gezien, nog steeds somber"), a label's subject ("gym notes -
 * priya: knee still sore after ACL surgery"), or any place healthSubjectName reads for a capitalised name ("school note:
 * leo was sent home with a seizure"). The health fact must stand in the sentence (or the next, as healthSubjectName reads).
 * Therapy, care, school and gym notes typed fast name their subject so; held-out sets missed them.
 */
export function lowerNoteSubject(text: string, start: number, end: number): boolean {
  const name = text.slice(start, end);
  if (PRONOUN_NAME.has(name) || SALUTATION.has(name) || PLACE_NAME.has(name) || hasHealthWords(name)) return false;
  const before = text.slice(Math.max(0, start - 40), start).toLowerCase();
  const met = endsInPhrase(before, MET_WITH) || MET_AFTER.has(WORD_AFTER.exec(text.slice(end, end + 24))?.[1]?.toLowerCase() ?? '') || (COLON_AFTER.test(text.slice(end, end + 2)) && LABEL_BEFORE.test(before));
  if (!met) return healthSubjectName(text, start, end, { lower: true });
  // The health fact must be the met person's, not the writer's own family's told after it ("seen santa at the mall, my son
  // has autism"): no first-person possessive before a relative's noun in the rest of the sentence.
  const rest = text.slice(end, sentenceEndAfter(text, end, 160)).toLowerCase();
  let own = false;
  for (const m of rest.matchAll(WORDS)) {
    if (own && KIN_NOUN.has(m[0])) return false;
    own = OWN.has(m[0]);
  }
  return healthIn(text.slice(sentenceStartBefore(text, start, 120, datedStop), sentenceEndAfter(text, end, 160, datedStop))) || healthIn(text.slice(sentenceStartBefore(text, start, 120), sentenceEndAfter(text, end, 160)));
}
