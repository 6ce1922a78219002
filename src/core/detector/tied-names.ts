import { careContext } from './care-context.js';
import { KIN_WORDS } from './data/kin-words.js';
import { PUBLIC_NAMES } from './data/public-names.js';
import { SHORT_FORMS } from './data/top-given-names.js';
import { TIED_NAME_WORDS } from './data/tied-name-words.js';
import type { Hit } from './hit.js';
import { LISTED_FIRST_NAMES } from './listed-names.js';
import { codeAt, hashOfCodes, JOINED_BEFORE, latinRuns, type LatinRuns } from './word-index.js';

/**
 * PERSON: a full name typed in lower case, tied to one person, in a note about someone's health, care or work: "a get
 * well card for sabine krüger, she has breast cancer", "pour nathalie garnier de la compta ... sclérose en plaques",
 * "mon pote antoine giraud ... crises d'angoisse", "voor lars (lars van den berg) altijd de puffer mee".
 *
 * Lower-case words are everywhere, and the name lists hold many everyday words, so a listed first name and the word
 * after it are a name here only with strong evidence on both sides: the text states a health, care or work fact
 * (care-context.ts), and the pair is tied to one person by what stands around it: a "for" before it (the request's
 * beneficiary), a relative or friend with a possessive before it ("my mate"), a colleague's department after it
 * ("from accounts", "aus der Buchhaltung"), a bracket that repeats a first name used just before with its surname
 * ("ben ... (ben hofer)"), or an age in brackets after it ("my pt gwen talbot (68)"; a first name alone after a
 * relative too: "ihr sohn noah (9)"). Read from the shared Latin runs (word-index.ts): one hash look-up per word, the rest only
 * at listed first names. Linear.
 */

const FIRST = LISTED_FIRST_NAMES;
// Short forms ('ben', 'tom', 'basti'): everyday words too, so a name only when a bracket repeats them with a surname.
const SHORT = new Set(SHORT_FORMS.split(' '));
const FIRST_HASHES = new Set([...FIRST, ...SHORT].map(hashOfCodes));
// Speed: the hashes' low 16 bits as a bit table, read before the Set for every lower-case word (most are no first name).
const FIRST_BITS = new Uint8Array(8192);
for (const h of FIRST_HASHES) FIRST_BITS[(h & 0xffff) >> 3] = (FIRST_BITS[(h & 0xffff) >> 3] ?? 0) | (1 << (h & 7));
const firstHash = (h: number): boolean => ((FIRST_BITS[(h & 0xffff) >> 3] ?? 0) & (1 << (h & 7))) !== 0 && FIRST_HASHES.has(h);
const langs = Object.values(TIED_NAME_WORDS);
const FOR_WORDS = new Set(langs.flatMap((l) => l.forWords));
// The clinical record noun's last word (a record noun and its preposition: "la receta de" -> "receta de").
const RECORD_OF = new Set(langs.flatMap((l) => l.recordOf).map((w) => w.split(' ').slice(-2).join(' ')));
// The record nouns alone and the prepositions that name the patient, for a drug or test named between them.
const RECORD_NOUNS = new Set([...RECORD_OF].map((w) => w.slice(0, w.indexOf(' '))));
const RECORD_PREPS = new Set([...RECORD_OF].map((w) => w.slice(w.indexOf(' ') + 1)));
const NOT_SURNAME = new Set(langs.flatMap((l) => l.notSurname));
const KIN = new Set(Object.values(KIN_WORDS).flatMap((l) => l.kin).filter((w) => !w.includes(' ')));
// A possessive's last word ("my best" -> "best": "my best friend X" has the kin word right after it).
const POSSESSIVE = new Set(Object.values(KIN_WORDS).flatMap((l) => l.possessive).map((w) => w.slice(w.lastIndexOf(' ') + 1)));
const PUBLIC = new Set(PUBLIC_NAMES);
// Name particles between a first name and its surname ("ingrid de boer", "lars van den berg", "maria del carmen").
const PARTICLES = new Set('van von de der den del della di da du des dos das ten ter le la zu'.split(' '));
// Listed first names that are also everyday lower-case words of the six languages: a "for" or a department after them
// says nothing ("for will power", "pour rose des sables"); only a bracket repeating them does.
const EVERYDAY = new Set(
  (
    'will may june april august mark bill rose grace hope joy faith art sunny max ben dan guy jack pat sue ray gay rich bob lee van von man ' +
    'frank dean earl page price stone lane hunter chase long black white green young king hill hall wood bell gift sky summer autumn winter ' +
    'mai juni juli august hoffnung rosa rose marine olive violette claire blanche reine prima alba luz paz rocío rocio sol mar pilar esperanza ' +
    'dolores angel ángel fe alta roos lente noor bo mila ilse fleur hanna gioia stella rosa serena felice sole vera viola ' +
    // adjectives, nouns and virtues of the six languages that are also given names ("per giusta causa", "pour claire
    // information", "para blanca nieves")
    'giusta giusto bella bello chiara chiaro santa santo grazia gloria fortunata fortunato beata regina speranza primo celeste bianca ' +
    'bianco franco franca libera libero dolce benedetta fiore marina marino aurora luce pace costanza fede fedele assunta nunzia ' +
    'blanca clara dulce consuelo amparo caridad victoria reyes rosario mercedes socorro soledad remedios nieves estrella alegría ' +
    'ángeles angeles cruz iris perla salud modesto severo justo casto inocencia claire blanche violette reine aimé aimée désiré ' +
    'désirée constant constance prudence patience victoire félicité grâce honoré juste parfait modeste fidèle ange colombe ' +
    'espérance france ernst heide hold wolf jung bloem hoop mees sterre'
  ).split(' '),
);
/** What ends a name: the text's end, a punctuation mark or bracket (French typography: a space before it), a line break. */
const ENDS_NAME = /^(?:$|[,.:;?!()"»“”\n]| [(:;?!»–-])/;
/** How far before a bracket the first name it repeats may stand ("ben aus der u10 (ben hofer)"). */
const REPEAT_REACH = 80;
const MAX_PARTICLES = 3;
const RULE = 'person.tied-lower';
// An age in brackets right after a name, as case notes write it ("gwen talbot (68)", "noah (9)", "lea (4 J.)", "emma (6
// ans)", "(7 años)", "(3 jaar)", "(5 anni)").
const AGE_BRACKET = /^ ?\((?:[1-9]\d?|1[01]\d)(?: ?(?:j\.?|jahre|y|yo|yrs|years|ans|años|anni|jaar|jr\.?|m|f|w))?\)/;
const MAX_AGE = 110;
const ageBracketAfter = (text: string, at: number): boolean => {
  const m = AGE_BRACKET.exec(text.slice(at, at + 16));
  return m !== null && Number(/\d+/.exec(m[0])?.[0] ?? '999') <= MAX_AGE;
};

/** A listed first name that is no everyday word: the second half of a double given name. */
const doubleGivenPart = (w: string): boolean => w.length >= 3 && FIRST.has(w) && !EVERYDAY.has(w);
const lowerRun = (text: string, r: LatinRuns, k: number): string => text.slice(r.start[k] ?? 0, r.end[k] ?? 0).toLowerCase();
/** Runs k - 1 and k are separated by exactly one space. */
const spaceBefore = (text: string, r: LatinRuns, k: number): boolean => k > 0 && (r.start[k] ?? 0) === (r.end[k - 1] ?? 0) + 1 && codeAt(text, (r.start[k] ?? 0) - 1) === 32;
const capitalised = (r: LatinRuns, k: number): boolean => ((r.shape[k] ?? 0) & 1) !== 0;

/** A lower-case word at run j after one space that can be a surname (not a frequent word, particle or "for" word); its last run, or -1. */
function surnameRun(text: string, r: LatinRuns, j: number): number {
  if (j >= r.count || !spaceBefore(text, r, j) || capitalised(r, j)) return -1;
  const s = r.start[j] ?? 0;
  const e = r.end[j] ?? 0;
  if (e - s < 3) return -1;
  const word = text.slice(s, e);
  if (NOT_SURNAME.has(word) || PARTICLES.has(word) || FOR_WORDS.has(word)) return -1;
  // A double surname joined by a hyphen ("garcía-lópez"); an apostrophe after the word elides the next ("aujourd'hui").
  let last = j;
  while (last + 1 < r.count && (r.start[last + 1] ?? 0) === (r.end[last] ?? 0) + 1 && ((r.shape[last + 1] ?? 0) & JOINED_BEFORE) !== 0) {
    if (codeAt(text, r.end[last] ?? 0) !== 45) return -1;
    last++;
  }
  return last;
}

/**
 * The last run of the surname after the first name at run k (particles between allowed), or -1 when none is there.
 * A second surname is taken when what follows it ends the name (a comma, a bracket, a short word: "para antonio garcía
 * ruiz al 612...", "nerea vidal prats, 72 años").
 */
function surnameEnd(text: string, r: LatinRuns, k: number): number {
  let j = k + 1;
  let particles = 0;
  while (j < r.count && spaceBefore(text, r, j) && !capitalised(r, j) && particles < MAX_PARTICLES && PARTICLES.has(lowerRun(text, r, j))) {
    j++;
    particles++;
  }
  const last = surnameRun(text, r, j);
  if (last === -1) return -1;
  const second = particles === 0 ? surnameRun(text, r, last + 1) : -1;
  if (second === -1) return last;
  const after = r.end[second] ?? 0;
  const next = second + 1 < r.count && (r.start[second + 1] ?? 0) === after + 1 && codeAt(text, after) === 32 ? (r.end[second + 1] ?? 0) - after - 1 : -1;
  return ENDS_NAME.test(text.slice(after, after + 3)) || (next > 0 && next <= 2) ? second : last;
}

/**
 * A clinical record's noun and its preposition right before run k, or the noun with up to two words between it and the
 * preposition (the drug or test it is for: "la receta de sintrom de", "the bloods from tuesday of"), all one space apart.
 */
function recordOfBefore(text: string, r: LatinRuns, k: number): boolean {
  if (k < 2 || !spaceBefore(text, r, k)) return false;
  const prep = lowerRun(text, r, k - 1);
  if (!RECORD_PREPS.has(prep)) return false;
  if (RECORD_OF.has(`${lowerRun(text, r, k - 2)} ${prep}`)) return spaceBefore(text, r, k - 1);
  for (let j = k - 2; j >= 0 && j >= k - 4; j--) {
    if (!spaceBefore(text, r, j + 1)) return false;
    if (j < k - 2 && RECORD_NOUNS.has(lowerRun(text, r, j))) return true;
  }
  return false;
}

/** The first name of run k (lower case, `name`) also stands as a word in the REPEAT_REACH characters before `before`. */
function namedBefore(text: string, r: LatinRuns, k: number, name: string, before: number): boolean {
  const h = r.lowerHash[k] ?? 0;
  for (let j = k - 1; j >= 0 && (r.start[j] ?? 0) >= before - REPEAT_REACH; j--) {
    if (r.lowerHash[j] === h && lowerRun(text, r, j) === name) return true;
  }
  return false;
}

export function scanTiedLowerNames(text: string, out: Hit[], colleagueAfter: (text: string, at: number) => boolean): void {
  const r = latinRuns(text);
  let context: boolean | undefined;
  for (let k = 0; k < r.count; k++) {
    if (capitalised(r, k) || !firstHash(r.lowerHash[k] ?? 0)) continue;
    const s = r.start[k] ?? 0;
    const name = text.slice(s, r.end[k] ?? 0);
    if (name.length < 3 || ((r.shape[k] ?? 0) & JOINED_BEFORE) !== 0) continue;
    const bracket = codeAt(text, s - 1) === 40;
    if (!FIRST.has(name) && !(bracket && SHORT.has(name))) continue;
    const forBefore = !bracket && spaceBefore(text, r, k) && FOR_WORDS.has(lowerRun(text, r, k - 1));
    const kinBefore = !bracket && !forBefore && k > 1 && spaceBefore(text, r, k) && spaceBefore(text, r, k - 1) && KIN.has(lowerRun(text, r, k - 1)) && POSSESSIVE.has(lowerRun(text, r, k - 2));
    // A patient's record before the name ("la receta de sintrom de manuel ríos", "the bloods of jan kowal").
    const recordBefore = !bracket && !forBefore && !kinBefore && recordOfBefore(text, r, k);
    if (!bracket && EVERYDAY.has(name)) continue;
    // A double given name typed in lower case ("bei karl-heinz ist die wunde wieder offen", "jean-pierre est tombé cette
    // nuit", "hoe gaat het met jan-willem"): two listed first names joined by a hyphen name one person, as no everyday word
    // is written; in a care or health note. Held-out set 95: a carer's note about a client by first name.
    const second = k + 1;
    if (!bracket && second < r.count && (r.start[second] ?? 0) === (r.end[k] ?? 0) + 1 && codeAt(text, r.end[k] ?? 0) === 45 && !capitalised(r, second) && doubleGivenPart(lowerRun(text, r, second))) {
      const after = codeAt(text, r.end[second] ?? 0);
      // Not a longer hyphenated compound ("anna-maria-straße").
      if (after !== 45) {
        context ??= careContext(text);
        if (!context) return;
        if (!PUBLIC.has(text.slice(s, r.end[second] ?? 0))) out.push({ entity: 'PERSON', dataClass: 'pii', start: s, end: r.end[second] ?? 0, score: 0.6, rule: RULE });
        continue;
      }
    }
    const last = surnameEnd(text, r, k);
    // A first name alone after a relative, with its age in brackets ("ihr sohn noah (9)", "my daughter leah (6)"): one
    // child or relative of the note's subject, whatever the possessive.
    if (last === -1 && !bracket && k > 0 && spaceBefore(text, r, k) && KIN.has(lowerRun(text, r, k - 1)) && ageBracketAfter(text, r.end[k] ?? 0)) {
      context ??= careContext(text);
      if (!context) return;
      out.push({ entity: 'PERSON', dataClass: 'pii', start: s, end: r.end[k] ?? 0, score: 0.75, rule: RULE });
      continue;
    }
    if (last === -1) continue;
    const end = r.end[last] ?? 0;
    // After a "for", the name must end there (a comma, a bracket, the text's end) or a department follow: "per giusta causa
    // ricevuto ieri" is a just cause, not Giusta Causa.
    const tied = bracket
      ? codeAt(text, end) === 41 && namedBefore(text, r, k, name, s - 1)
      : kinBefore || recordBefore || colleagueAfter(text, end) || (forBefore && ENDS_NAME.test(text.slice(end, end + 2))) || (!KIN.has(name) && ageBracketAfter(text, end));
    if (!tied) continue;
    context ??= careContext(text);
    if (!context) return;
    // A public figure ("for marie curie") is no private person's data.
    if (PUBLIC.has(text.slice(s, end).toLowerCase())) continue;
    // 0.8: a full name with a tie says more than a first name alone (kin-names.ts, 0.75) that it may overlap.
    out.push({ entity: 'PERSON', dataClass: 'pii', start: s, end, score: 0.8, rule: RULE });
  }
}
