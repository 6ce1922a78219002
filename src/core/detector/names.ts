import { scanNameDateList } from './birth-dates.js';
import { careContext } from './care-context.js';
import { accentedGivenName, theirKinBefore } from './care-note-names.js';
import { groupNounBefore, healthSubjectName, lowerNoteSubject } from './health-subject-names.js';
import { hasTiedHealthAbbreviation } from './health-context.js';
import { PARTICLE_SURNAME_CORES } from './data/european-surnames.js';
import type { Hit } from './hit.js';
import { LISTED_FIRST_NAMES, LISTED_SURNAMES } from './listed-names.js';
import { codePointBefore, expand, hasFoldSpecial, KeywordIndex, matchesAll, matchesAt } from './keywords.js';
import { endsMask, endsTable, isLetterUnit, isLowerOrApostropheCode, isSpaceCode, nextWordStart, type Runs, runKeys, scanRuns, wordEnd } from './name-chars.js';
import { cueAlternation, LANGUAGES } from './languages.js';
import { foldsAsLowerCase } from './phrase-index.js';
import { isLetterCode as isLatinLetterCode, PhraseTrie } from './phrase-trie.js';
import { BREAK_BEFORE, codeAt, hashOfCodes, type LatinRuns, latinRuns, reversedWindow, reverseWord } from './word-index.js';
import { EXISTENTIAL_CUES } from './data/existential-words.js';
import { PUBLIC_NAMES } from './data/public-names.js';
import { ACRONYM_VENUES, AFTER_NAME_ONLY, VENUE_WORDS } from './data/public-venues.js';
import { PUBLIC_ROLE_WORDS } from './data/public-role-words.js';
import { brandShaped, capsBrandHead, trailingCode } from './product-runs.js';
import { scanTiedLowerNames } from './tied-names.js';
import { TIED_NAME_WORDS } from './data/tied-name-words.js';
import { OPENING_WORD_NAMES, WORD_NAMES } from './data/kin-words.js';
import { PERSONAL_TITLES } from './data/personal-titles.js';
import { TOP_SURNAMES } from './data/top-surnames.js';

const PUBLIC = new Set(PUBLIC_NAMES);
// Surnames of listed public figures that are neither a first name nor a common surname ("flaubert", "lorca"): after "de"/"di"/
// "von" at the end of a name ("Madame Bovary de Flaubert", "La casa de Bernarda Alba de Lorca") they name the author of a work.
const PUBLIC_SURNAME = new Set(PUBLIC_NAMES.filter((n) => n.includes(' ')).map((n) => n.slice(n.lastIndexOf(' ') + 1)));
// Surnames: evidence only as the last word of a capitalised pair or after an initial, never alone.
const SURNAMES = LISTED_SURNAMES;
// Surnames after their particle only ("van den berg", "de boer"): see PARTICLE_SURNAME_CORES.
const PARTICLE_CORES = new Set(PARTICLE_SURNAME_CORES.split(' '));

const STRONG = LISTED_FIRST_NAMES;
// Venue and lodging nouns of every language (data/public-venues.ts) that are one word and no one's name: inside a capitalised
// run they make it a place's name ("Hotel Adlon Kempinski", "Macdonald Aviemore Resort", "Grotte di Castellana", "Premier
// Inn Edinburgh", "Zoosafari di Fasano"), not a person's. Not the nouns that are also surnames or given names in the lists
// or in life ("Church", "Temple", "Castle", "Torre", "Castillo", "Iglesias", "Palazzo", "Arena", "Dom"), nor the acronyms
// (a title-case "Chu" is a surname) or the nouns that name a place only after its name ("Chambers").
const SURNAME_LIKE_VENUES = new Set(
  'church temple castle tower chapel abbey palace minster arena burg dom halle halles messe turm saal kerk toren kapel beurs orde torre castello castel palazzo chiesa fiera aula palestra mercato mercado palacio castillo iglesia iglesias feria salle cueva cuevas grot'.split(' '),
);

// Names that are also common words: counted only next to a strong name or after a cue.
const WEAK = new Set(
  'smith miller lee brown white young king wright hill green baker hall wood cook bell ward rose grace mark bill will hope may june april august dean earl guy max frank page price rich stone lane banks carter chase hunt long black gray grey moore parker turner cooper morgan bailey bennett rivers fisher hunter walker wolf fox jay joy faith donna'.split(' '),
);
const NOT_RUN_VENUE = new Set([...SURNAME_LIKE_VENUES, ...ACRONYM_VENUES, ...AFTER_NAME_ONLY]);
const RUN_VENUE: ReadonlySet<string> = new Set(
  Object.values(VENUE_WORDS)
    .flat()
    .filter((w) => w.length >= 3 && !/[\s'’]/.test(w) && !NOT_RUN_VENUE.has(w) && !STRONG.has(w) && !WEAK.has(w) && !SURNAMES.has(w) && !PUBLIC.has(w)),
);
// Capitalised words that end a name run: form labels, places, organisations, calendar words, and the pronoun's contractions
// ("Hi, I'm Bettina": "I'm" is a cue before the name, not its first word), and the plural addressees of a letter's salutation
// ("Sehr geehrte Damen und Herren", "Geachte dames en heren", "Gentili Signore e Signori"), and the number words
// ("Test Patient One"). Not "Milan": a given name (Dutch, Czech, Serbian: "onze koerier Milan Schouten") as often as the
// club or the city, which ALONE_NOT_NAME, the place lists and the private-evidence gate keep from reading as a person.
const STOP = new Set(
  "the a an and or of in on at to for from by with my your our his her their this that these those is are was were be been i i'm i’m i'd i’d i've i’ve i'll i’ll you he she we they it me us him them please thanks thank hello hi dear regards sincerely best yours name email e-mail phone mobile fax desk office address website street st avenue ave road rd suite apt apartment box inc ltd llc corp company bank university hospital clinic customer service team support sir madam department monday tuesday wednesday thursday friday saturday sunday january february march july september october november december personal info date time hallo hey hoi hola bonjour bonsoir salut ciao buongiorno buonasera buenas buenos moin servus card credit account number id dob ssn mr mrs ms mx dr miss prof patient string boolean object array null undefined true false minister ministerin präsident präsidentin bürgermeister bürgermeisterin doktor professor professorin direktor direktorin kollege kollegin sohn tochter mutter vater bruder schwester freund freundin chef chefin kunde kundin mieter mieterin patientin herr frau mann kind united city fc real bayern münchen madrid barcelona juventus ajax psg manchester liverpool chelsea arsenal inter roma napoli lyon marseille dortmund grand slam slams champions league damen herren dames heren mesdames messieurs señoras señores signori signore ladies gentlemen one two three four five six seven eight nine".split(' '),
);
// Function words of the six languages (prepositions, conjunctions, pronouns, auxiliaries) that stand capitalised only at a
// sentence's start, where German puts a capitalised noun right after them ("Bei Krankheit ist die Schule zu informieren",
// "Ist das Hotel Adlon ..."): there they end a name run. English's are in STOP. Not the words that are also given names
// or surnames ("Per", "Elle", "Lei", "Ma", "Son", "Weil", "Nur", "Hay"), here or in the name lists.
const FUNCTION_WORDS: readonly string[] = [
  // de
  ...'bei mit nach aus für über unter seit ohne gegen durch auf bis trotz während wegen laut ist sind war waren hat haben hatte wird werden wurde können soll sollte muss müssen darf gibt gab wenn dass ob als wie was wer warum wann und oder aber doch auch noch schon ich du er sie es wir ihr dies diese dieser dieses jede jeder kein keine bitte'.split(' '),
  // fr
  ...'dans pour avec chez sur sous après avant depuis pendant entre vers sans est sont était il ils elles nous vous je on ce cette ces quand si mais donc car comment pourquoi où'.split(' '),
  // es
  ...'para por desde hasta sobre tras entre hacia según es está están cuando porque cómo dónde qué quién yo él ella nosotros ellos ellas este esta estos estas'.split(' '),
  // nl
  ...'bij met voor naar uit op tot zonder tegen tijdens sinds zijn waren heeft hebben wordt worden kunnen moet wanneer omdat hoe waar wat wie ik jij hij zij wij jullie er dit deze'.split(' '),
  // it
  ...'dopo prima durante senza verso presso è sono hanno quando se perché cosa lui noi voi loro questo questa'.split(' '),
];
const FUNCTION_STOP: ReadonlySet<string> = new Set(FUNCTION_WORDS.filter((w) => !STRONG.has(w) && !WEAK.has(w) && !SURNAMES.has(w) && !PUBLIC.has(w)));
// Written in lower case, the function words of the six languages are never a name, listed or not ("sono nelle mani di
// Dio", "sono nella stessa cella", "esta instrucción se aplica"): the lower-case scans (a cue's, a line's first words, a
// note's) skip them. With the articles, articulated prepositions and determiners that are also given names somewhere
// ("Nella", "Nelle", "Della", "Una", "Esta"). Not those a chat writes as its own name in lower case ("ella", "elle").
const LOWER_FUNCTION: ReadonlySet<string> = new Set([
  ...FUNCTION_WORDS,
  // en
  ...'the a an one some any all every each no not and or but of to in on at by with from'.split(' '),
  // de
  ...'der die das dem den des ein eine einem einen einer eines'.split(' '),
  // fr
  ...'le la les un une des du au aux de'.split(' '),
  // es
  ...'el los las un una unos unas del al esta este esto esa ese eso aquella aquel'.split(' '),
  // nl
  ...'het een'.split(' '),
  // it
  ...'il lo gli una uno del dello della dei degli delle nel nello nella nei negli nelle al allo alla ai agli alle dal dallo dalla dai dagli dalle sul sullo sulla sui sugli sulle col coi'.split(' '),
  // the conjunctions of the other five ("TEST/ADULTE MR et TEST/ENFANT": "and" after a title written behind a name)
  ...'oder et ou y o en of e ed'.split(' '),
]);
// One-word public offices and board roles ("Governor", "CEO", "Bürgermeisterin", "Ministro"; data/public-role-words.ts):
// as a run's first word, a title before the name, not part of it ("led by Governor X" is X in office). After a name
// they may be its surname ("Sonia Prieto Alcalde").
const OFFICE_TITLES = new Set(Object.values(PUBLIC_ROLE_WORDS).flatMap((l) => l.office.filter((w) => !w.includes(' '))));
// The last words of offices ("health secretary", "Vorsitzende", "ministro"): inside a run before a full name they end the
// office's title, not begin the name ("Transport Secretary Heidi X", "IG-Metall-Vorsitzende Christiane X"). Capitalised,
// not in capitals: a court's header in capitals ("JUZGADO ... DE VALENCIA") or a surname's particle ("DE LUCA") is no title.
const OFFICE_LAST = new Set(Object.values(PUBLIC_ROLE_WORDS).flatMap((l) => [...l.office, ...l.stateOffice].map((w) => w.slice(w.lastIndexOf(' ') + 1))));
const officeLast = (t: Tok): boolean => t.cap && !t.shout && !t.info.strong && !t.info.listedSurname && (OFFICE_LAST.has(t.lower) || OFFICE_LAST.has(t.lower.slice(t.lower.lastIndexOf('-') + 1)));
// German and Dutch compounds of a state office ("Europaabgeordnete", "Landtagsabgeordneter", "Staatsministerin",
// "Oud-burgemeester"): a title before the name too.
const OFFICE_COMPOUND_WORDS = [PUBLIC_ROLE_WORDS.de, PUBLIC_ROLE_WORDS.nl].flatMap((l) => l.stateOffice.filter((w) => /^\p{L}{6,}$/u.test(w)));
/** The pattern officeCompound answers (case-sensitive, on a lower-case word): the reference in tests. */
export const OFFICE_COMPOUND = new RegExp(`\\p{L}{3}-?(?:${OFFICE_COMPOUND_WORDS.join('|')})$`, 'u');
const OFFICE_COMPOUND_SET: ReadonlySet<string> = new Set(OFFICE_COMPOUND_WORDS);
const OFFICE_COMPOUND_LENGTHS = [...new Set(OFFICE_COMPOUND_WORDS.map((w) => w.length))].sort((a, b) => a - b);
const THREE_LETTERS_END = /\p{L}{3}$/u;
/**
 * OFFICE_COMPOUND.test(word), by looking the word's endings up (speed: the pattern, unanchored at its start, was tried
 * at every position of every long capitalised word, and its ~190 KB of regexp code came late enough to run unoptimised).
 */
export function officeCompound(word: string): boolean {
  for (const n of OFFICE_COMPOUND_LENGTHS) {
    const j = word.length - n;
    if (j < 3) break;
    if (!OFFICE_COMPOUND_SET.has(word.slice(j))) continue;
    const k = word.charCodeAt(j - 1) === 45 ? j - 1 : j;
    if (k >= 3 && THREE_LETTERS_END.test(word.slice(Math.max(0, k - 6), k))) return true;
  }
  return false;
}
// Titles and honorifics of the six languages ("Sra.", "Mevr.", "Sig.ra", "Dott.ssa", "Mme"): never part of a name; they end the
// run before them so the name after them is judged with the title as its cue.
const TITLES = new Set(Object.values(PERSONAL_TITLES).flat());
// Role nouns ("Mitarbeiter", "Versicherte", "Patientin"): capitalised in German, they end the run and are its cue.
const ROLES = new Set(Object.values(LANGUAGES).flatMap((l) => l.relation).filter((w) => !w.includes(' ')));
// Articles and determiners capitalised at a sentence start ("El Cola Cao", "Der Zauberberg"): never part of a name.
const ARTICLES = new Set('el la los las il lo gli le les un une una uno der die das des dem den ein eine einer het een de'.split(' '));
// In the name list but, alone, far more often a nationality, language, season, weekday or place ("auf Deutsch", "im Sommer":
// German capitalises every noun, so a surname that is also a noun reads as one at every use).
const ALONE_NOT_NAME = new Set('thai english irish christian monday friday paris london rome milan madrid dallas austin houston orlando jordan israel georgia virginia carolina dakota india kenya dell mercedes deutsch sommer winter herbst'.split(' '));
// Product, model and hardware names that are also given names: never count as a name signal.
const NOT_NAME_SIGNAL = new Set('claude gemini ada luna blackwell hopper ampere volta turing lora alexa siri cortana watson monte carlo llama mistral qwen falcon phoenix apollo atlas aurora athena hermes orion nova jarvis grace kimi bert roberta gemma grok mixtral olmo deepseek'.split(' '));
const CUE_EN = /(?:\b(?:[Dd]r|[Mm]rs?|[Mm][sx]|[Pp]rof|[Ss]ra?|[Mm]me)\.|\b(?:Dr|Mrs?|Ms|Mx|Prof|Herr|Frau)|\b(?:miss|my name is|name is|i am|i['’]m|this is|dear|patient|pt\.|name\s*:|signed,?|sincerely,?|regards,?|cheers,?|attn:?|cc:|from:|to:|called|named|contact|manager|with))\s+$/i;
const STRONG_CUE_EN = /(?:\b(?:[Dd]r|[Mm]rs?|[Mm][sx]|[Pp]rof)\.|\b(?:Dr|Mrs?|Ms|Mx|Prof)|\b(?:[Mm]iss|[Mm]y name is|[Nn]ame is|[Dd]ear|[Pp]atient|[Nn]ame\s*:))\s+$/;
// Name cues of every language; the weak ones ("je suis", "soy", "sono") only help a name that is already listed.
// German "Fr." (Frau) is weak too: it is also Friday ("Mo.-Fr. Sprechstunde").
const WEAK_CUES = new Set(['je suis', 'soy', 'ik ben', 'sono', 'ich bin', 'i am', "i'm", 'this is', 'don', 'beste', 'gentile', 'estimado', 'estimada', 'patient', 'fr.']);
const cueWords = [...new Set(Object.values(LANGUAGES).flatMap((l) => l.name))].sort((a, b) => b.length - a.length);
const esc = (w: string): string => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+');
// One alternation of every language's words of one kind (languages.ts), longest first.
const wordsOf = (k: 'bed' | 'department' | 'sickLeave'): string => [...new Set(Object.values(LANGUAGES).flatMap((l) => l[k]))].sort((a, b) => b.length - a.length).map(esc).join('|');
// "Joost van inkoop", "Rhodri from the warehouse team", "Donatella dell'amministrazione", "Kai aus dem Lager", "Pilar está de baja": a lone
// listed first name followed by a department or a sick-leave phrase is a colleague, not a word.
const COLLEAGUE_AFTER = new RegExp(
  `^(?:\\s+(?:from|of|in|at|aus|vom|von|im|in der|de|du|des|del|van|uit|bij|op|di|dal|dalla|nel|nella|dell['’]|della|dello)(?:\\s+|(?<=['’]))(?:(?:the|our|dem|der|den|unserer|unserem|la|le|l['’]|les|el|los|het|de|onze|il|lo|nostro|nostra)(?:\\s+|(?<=['’])))?(?:\\p{L}+\\s+)?(?:${wordsOf('department')})(?!\\p{L})|\\s+(?:${wordsOf('sickLeave')})(?!\\p{L}))`,
  'iu',
);
// Speed: both of COLLEAGUE_AFTER's branches start with whitespace and then a preposition or a sick-leave phrase, so the
// first letter run after the whitespace must be one of their first runs (a set lookup) before the pattern runs.
const firstRunOf = (k: string): string => {
  let end = 0;
  for (const ch of k) {
    if (!/^\p{L}$/u.test(ch)) break;
    end += ch.length;
  }
  return k.slice(0, end).toLowerCase();
};
const COLLEAGUE_FIRST = new Set([
  ...'from of in at aus vom von im de du des del van uit bij op di dal dalla nel nella dell della dello'.split(' '),
  ...expand(wordsOf('sickLeave')).map(firstRunOf),
]);
// A phrase that starts with no letter, or with a character whose case folding is ASCII, leaves the pattern to decide.
const COLLEAGUE_GATE_ON = !COLLEAGUE_FIRST.has('') && ![...COLLEAGUE_FIRST].some((w) => /[\u017F\u212A]/.test(w));

/** COLLEAGUE_AFTER on the 48 characters from `at`, run only where its first letter run can start one of its words. */
export function colleagueAfter(text: string, at: number): boolean {
  const hi = Math.min(text.length, at + 48);
  if (COLLEAGUE_GATE_ON) {
    if (!(at < hi && isSpaceCode(text.charCodeAt(at)))) return false;
    let i = at + 1;
    while (i < hi && isSpaceCode(text.charCodeAt(i))) i++;
    let j = i;
    while (j < hi) {
      const c = text.charCodeAt(j);
      if (c >= 128) {
        // Letters of U+00C0..U+024F lower-case as the pattern's case folding folds them, but İ (two code units), ŉ and ſ
        // (s): those and any other letter (or a surrogate) leave the answer to the pattern. Speed: the words after a
        // name in German, French or Spanish ("später", "était") often hold one of these letters.
        if (c >= 0xc0 && c <= 0x24f && c !== 0xd7 && c !== 0xf7 && c !== 0x130 && c !== 0x149 && c !== 0x17f) {
          j++;
          continue;
        }
        if (isLetterUnit(c) || (c >= 0xd800 && c <= 0xdfff)) return COLLEAGUE_AFTER.test(text.slice(at, hi));
        break;
      }
      if (!((c | 32) >= 97 && (c | 32) <= 122)) break;
      j++;
    }
    if (!COLLEAGUE_FIRST.has(text.slice(i, j).toLowerCase())) return false;
  }
  return colleagueMatch(text.slice(at, hi));
}

// Speed: COLLEAGUE_AFTER (over 0.5 MB of regexp code over three chat passes) read on text that folds as lower case by
// the word lists' trees (phrase-trie.ts) and its short prepositions and articles written out; the pattern runs only on
// text beyond Latin-1. Every path the pattern can take is tried: it answers whether any of them matches.
const COLLEAGUE_PREPS = ['from', 'of', 'in', 'at', 'aus', 'vom', 'von', 'im', 'in der', 'de', 'du', 'des', 'del', 'van', 'uit', 'bij', 'op', 'di', 'dal', 'dalla', 'nel', 'nella', "dell'", 'dell’', 'della', 'dello'];
const COLLEAGUE_ARTICLES = "the our dem der den unserer unserem la le l' l’ les el los het de onze il lo nostro nostra".split(' ');
const wordListOf = (k: 'department' | 'sickLeave'): string[] => [...new Set(Object.values(LANGUAGES).flatMap((l) => l[k]))];
const DEPARTMENT_TRIE = new PhraseTrie(wordListOf('department'));
const SICK_LEAVE_TRIE = new PhraseTrie(wordListOf('sickLeave'));
// After a preposition or an article: `(?:\s+|(?<=['’]))`, each place the next part may start.
const afterSmallWord = (s: string, e: number): number => {
  if (e < s.length && isSpaceCode(s.charCodeAt(e))) {
    let i = e + 1;
    while (i < s.length && isSpaceCode(s.charCodeAt(i))) i++;
    return i;
  }
  const b = s.charCodeAt(e - 1);
  return b === 39 || b === 0x2019 ? e : -1;
};
// The ends of the small words that match at `p` (literal, lower case as the `iu` flags fold Latin-1 text).
const smallWordsAt = (s: string, p: number, words: readonly string[]): number[] => {
  const out: number[] = [];
  for (const w of words) if (s.startsWith(w, p) || s.slice(p, p + w.length).toLowerCase() === w) out.push(p + w.length);
  return out;
};
// `(?:\p{L}+\s+)?(?:department)(?!\p{L})` at `p`.
const departmentAt = (s: string, p: number): boolean => {
  if (DEPARTMENT_TRIE.longestAt(s, p) >= 0) return true;
  let j = p;
  while (j < s.length && isLatinLetterCode(s.charCodeAt(j))) j++;
  if (j === p || j >= s.length || !isSpaceCode(s.charCodeAt(j))) return false;
  while (j < s.length && isSpaceCode(s.charCodeAt(j))) j++;
  return DEPARTMENT_TRIE.longestAt(s, j) >= 0;
};
/** COLLEAGUE_AFTER.test(s); `reference`: the pattern alone, for tests. */
export function colleagueMatch(s: string, reference = false): boolean {
  if (reference || !DEPARTMENT_TRIE.usable || !SICK_LEAVE_TRIE.usable || !foldsAsLowerCase(s)) return COLLEAGUE_AFTER.test(s);
  if (s.length === 0 || !isSpaceCode(s.charCodeAt(0))) return false;
  let p = 1;
  while (p < s.length && isSpaceCode(s.charCodeAt(p))) p++;
  if (SICK_LEAVE_TRIE.longestAt(s, p) >= 0) return true;
  for (const e of smallWordsAt(s, p, COLLEAGUE_PREPS)) {
    const q = afterSmallWord(s, e);
    if (q < 0) continue;
    if (departmentAt(s, q)) return true;
    for (const f of smallWordsAt(s, q, COLLEAGUE_ARTICLES)) {
      const r = afterSmallWord(s, f);
      if (r >= 0 && departmentAt(s, r)) return true;
    }
  }
  return false;
}

/** The same without the gate: the reference in tests. */
export const colleagueAfterReference = (text: string, at: number): boolean => COLLEAGUE_AFTER.test(text.slice(at, at + 48));

// "Riemer Postma, 68 jaar", "Konstantinos Papadopoulos, 29 J.": an age right after a capitalised pair makes it a person.
// "Duc Schäfer hat im Quartal...", "Hendrikus Hoekstra heeft...": a full name with no title as the subject of a sentence in a
// text about an employee's review or someone's health. The name opens a sentence, a quotation or a greeting's address
// ("Hi zusammen, Ben Strohschneider hat sich..."); a verb follows, or a department first ("Tom Ridgeway in accounts has MS").
const SUBJECT_VERB_AFTER = /^ (?:has|had|is|was|told|hat|hatte|ist|war|wurde|heeft|had|kwam|ha|aveva|è|era|non|a|avait|est|était|tiene|tenía|está|estaba|no)(?!\p{L})/u;
const SENTENCE_OR_QUOTE_BEFORE = /(?:^|[.!?:]\s+|\n\s*|["“„«»‘]\s*|(?<!\p{L})(?:hi|hallo|hello|hey|hola|bonjour|salut|ciao|hoi|moin)(?: \p{L}+)?,\s+)$/iu;
const HR_OR_HEALTH = new RegExp(`(?<!\\p{L})(?:${cueAlternation('appraisal')}|${cueAlternation('health')})(?!\\p{L})`, 'iu');
// Asked per candidate name of a text: one whole-text search per text, not per name (name-dense text has hundreds).
let hrOrHealthText: string | undefined;
let hrOrHealthFound = false;
// Speed: the same words tried sticky only where the keyword index (read from word-index.ts's shared Latin runs, no
// pass of its own) says one can start: the lookbehind-led pattern cost a scan of all 8 KB of a text with none.
const HR_OR_HEALTH_STICKY = new RegExp(`(?:${cueAlternation('appraisal')}|${cueAlternation('health')})(?!\\p{L})`, 'iuy');
const HR_OR_HEALTH_WORDS = new KeywordIndex([cueAlternation('appraisal'), cueAlternation('health')], /^\p{L}$/u, true);
/** HR_OR_HEALTH.test(text), from the keyword index's starts (or the pattern itself where the index cannot read the text). */
export function hasHrOrHealthCue(text: string): boolean {
  const starts = HR_OR_HEALTH_WORDS.starts(text);
  if (starts === null) return HR_OR_HEALTH.test(text);
  for (const p of starts.at) {
    HR_OR_HEALTH_STICKY.lastIndex = p;
    if (HR_OR_HEALTH_STICKY.test(text)) return true;
  }
  return false;
}
/** HR_OR_HEALTH itself: the reference in tests. */
export const hasHrOrHealthCueReference = (text: string): boolean => HR_OR_HEALTH.test(text);
function hrOrHealth(text: string): boolean {
  if (text !== hrOrHealthText) {
    hrOrHealthText = text;
    hrOrHealthFound = hasHrOrHealthCue(text) || hasTiedHealthAbbreviation(text);
  }
  return hrOrHealthFound;
}
// "Meine Oma hat Demenz", "Mijn opa heeft...": a possessive opens a relative, not a name.
// The second person's too ("eure app ist schrott", "your app is..."): a listed name in some list ("Eure"), never one here.
const POSSESSIVE = new Set('my our his her their your mein meine meinen meiner unser unsere sein seine ihr ihre dein deine euer eure mon ma mes notre nos son sa ses ton ta tes votre vos mi mis nuestro nuestra su sus tu tus vuestro vuestra mijn onze zijn haar jouw uw mio mia miei mie nostro nostra suo sua tuo tua vostro vostra'.split(' '));
// An age in brackets after a name: " (79)", " (11 ans)".
const BRACKET_AGE_AFTER = /^ \((?:[1-9]\d?|1[01]\d)(?: ?(?:years?|yrs?|jahre|j\.|ans|años|anni|jaar|jr))?\)/u;
// "from" and a place's capital after it ("uit de Plantagebuurt", "aus Köln", "de Lyon").
const ORIGIN_AFTER = /^ (?:from|of|aus|von|uit|van|de|du|d['’]|di|da|del|dal)(?: (?:the|der|dem|de|het|la|le|el|il))? ?\p{Lu}/u;
const AGE_AFTER = /^,\s?\d{1,3}\s?(?:years?\b|yrs?\b|yo\b|y\/o|-year-old|jahre\b|[Jj]\.|ans\b|años\b|anni\b|jaar\b|jr\b)/u;
// A bare age between commas, then the words a report goes on with ("Gemma Whitcombe, 29, from Swindon", "Jonas Brink, 41,
// aus Kiel", "Lotte Smit, 35, uit Utrecht", "Chiara Fabbri, 52, di Rimini"): a news item's or a case note's person. A
// street's house number takes the same commas ("Calle Mayor, 12, 3º"), so only these words may follow: a place's
// preposition before a capitalised word, or a relative pronoun or article.
const BARE_AGE_AFTER = /^, ?(?:[1-9]\d?|1[01]\d), (?:(?:from|of|aus|uit|van|di|da|(?:originaire|vecin[oa]|natural|residente|wohnhaft) (?:de|d['’]|in|a))\s\p{Lu}|(?:who|a|an|der|die|qui|que|che|una?)\s)/u;
// Organisation nouns ("Royal Mail", "Deutsche Bahn") and compound place endings ("Albert Cuypmarkt", "Leopoldplatz").
const ORGANISATION = new Set(Object.values(LANGUAGES).flatMap((l) => l.organisation));
// Firms' and services' last words that are never a surname: after a listed given name too ("ITA Airways", "France Travail").
const FIRM_END = new Set(Object.values(LANGUAGES).flatMap((l) => l.firmEnd));
// "Wellington Street", "Victoria and Albert Museum", "Corso Vittorio Emanuele", "avenida de Blas Infante": a place named
// after a person. Capitalised or not, the street or building word right after or before the run (with "de", "du"...).
const placeWords = (k: 'placeAfter' | 'placeBefore'): string => [...new Set(Object.values(LANGUAGES).flatMap((l) => l[k]))].sort((a, b) => b.length - a.length).map(esc).join('|');
const PLACE_AFTER = new RegExp(`^[ -](?:${placeWords('placeAfter')})(?![\\p{L}])`, 'iu');
const PLACE_AFTER_WORD = new RegExp(`^(?:${placeWords('placeAfter')})$`, 'u');
const PLACE_BEFORE = new RegExp(`(?<![\\p{L}])(?:${placeWords('placeBefore')})\\s+(?:(?:de la|de los|de las|del|de|du|des|de l['’])\\s*)?$`, 'iu');
const PLACE_BEFORE_VIA = /(?<![\p{L}])Via(?:le)?\s+$/u;
// The same word capitalised inside the run ("Viale Lorenzo Marini", "Calle Juan Bravo"): "via" counts only here, capitalised.
const PLACE_FIRST_WORD = new RegExp(`^(?:${placeWords('placeBefore')}|via|viale)$`, 'u');
// Speed: PLACE_BEFORE and PLACE_BEFORE_VIA need the place word's last word as the token before the end (or before
// "de la", "del", "de l'"...: up to two such tokens); endsMask rules most windows out first.
const PLACE_ENDS = new Map([...Object.values(LANGUAGES).flatMap((l) => l.placeBefore), 'via', 'viale'].map((w) => [w.toLowerCase().slice(w.lastIndexOf(' ') + 1), 1]));
const PLACE_SKIP = new Set(['de', 'la', 'los', 'las', 'del', 'du', 'des', "l'", 'l’']);
const PLACE_TABLE = endsTable(PLACE_ENDS, PLACE_SKIP);
const PLACE_GATE_ON = ![...PLACE_ENDS.keys()].some((w) => /[\u017F\u212A]/.test(w));
/** PLACE_BEFORE or PLACE_BEFORE_VIA on the 24 characters before `at`. */
const placeBefore = (text: string, at: number): boolean => {
  const lo = Math.max(0, at - 24);
  if (PLACE_GATE_ON && endsMask(text, lo, at, PLACE_TABLE, 2) === 0) return false;
  const before = text.slice(lo, at);
  return PLACE_BEFORE.test(before) || PLACE_BEFORE_VIA.test(before);
};
/** The same without the gate: the reference in tests. */
export const placeBeforeReference = (text: string, at: number): boolean => {
  const before = text.slice(Math.max(0, at - 24), at);
  return PLACE_BEFORE.test(before) || PLACE_BEFORE_VIA.test(before);
};
export { placeBefore };
// A regnal number after given names ("Louis XIV", "Felipe II", "Enrique VIII", "Vittorio Emanuele II", "Willem III"): a
// monarch or pope, a public figure. II to XXXIX, capitals only; a lone I, V or X is an initial.
const REGNAL = /^X{0,3}(?:IX|IV|V?I{0,3})$/;
const regnalNumber = (w: string): boolean => w.length >= 2 && REGNAL.test(w);
// English street types that stand after the street's name ("Nightingale Way", "Orchard Mews"): as the last word of a
// capitalised run with no title or relation cue before it they make it a street. Only as that word, capitalised: "way"
// after a name in lower case is prose ("Anna way too late"); the other languages' are in languages.ts (placeAfter) or
// stand before the name.
const STREET_LAST = new Set(['way', 'drive', 'mews']);
const PLACE_ENDING = new RegExp(`\\p{L}{2}(?:${[...new Set(Object.values(LANGUAGES).flatMap((l) => l.placeEnding))].map(esc).join('|')})$`, 'u');
// A comma may follow the cue ("Cordialement,\nNolwenn Kerhervé", "the patient, Tadhg Ó Súilleabháin").
// Not after a dot either: "10 a.m. Tomorrow" is no "M." (Monsieur). Nor after a digit: "took 14ms. Heap" is a unit, no "Ms.".
// Surname particles may stand between the cue and the name ("mevrouw de Vries", "dhr. van der Berg", "Frau von Hirschfeld").
const CUE_PARTICLES = '(?:(?:van|de|der|den|von|zu|di|da|del|della|du|des|ten|ter)\\s+){0,3}';
// A title or salutation with a comma after it addresses the reader and names nobody ("Madame, Monsieur, Par la présente",
// "Geachte heer, mevrouw, Onze tarieven", "Signora, Le scrivo"): the next word opens the letter's first sentence. The
// other cues may take a comma ("Cordialement,\nNolwenn Kerhervé", "Nom : Dupont").
const TITLE_CUE_WORDS = new Set(
  'herr herrn frau hr. fr. madame monsieur mme mlle mmes m. mr. mrs. ms. mx. dr. sr. sra. srta. sres. don doña dña. d.ª dhr. mevr. mw. mej. mevrouw meneer de heer sig. sig.ra sigg. signor signora signorina dott. dott.ssa avv. ing. prof.ssa sehr geehrte sehr geehrter geachte estimado estimada gentile egregio dear'
    .split(' '),
);
// "M." after a number is a unit, millions or mega ("Orly 33,1 M. Fais une phrase"), not Monsieur before a name.
const UNIT_TITLES: ReadonlySet<string> = new Set(['m.']);
const cuePattern = (ws: readonly string[], rev: boolean): string => {
  const e = (w: string): string => (UNIT_TITLES.has(w) ? (rev ? `${escR(w)}(?!\\s\\d)` : `(?<!\\d\\s)${esc(w)}`) : rev ? escR(w) : esc(w));
  const titles = ws.filter((w) => TITLE_CUE_WORDS.has(w) || TITLE_CUE_WORDS.has(w.slice(w.lastIndexOf(' ') + 1)));
  const others = ws.filter((w) => !titles.includes(w));
  return rev ? `(?:[,:]?(?:${others.map(e).join('|')})|(?:${titles.map(e).join('|')}))` : `(?:(?:${others.map(e).join('|')})[,:]?|(?:${titles.map(e).join('|')}))`;
};
const CUE_ANY = new RegExp(`(?<![\\p{L}\\d.])${cuePattern(cueWords, false)}\\s+${CUE_PARTICLES}$`, 'iu');
const STRONG_CUE_ANY = new RegExp(`(?<![\\p{L}\\d.])${cuePattern(cueWords.filter((w) => !WEAK_CUES.has(w)), false)}\\s+${CUE_PARTICLES}$`, 'iu');
const RELATION = new RegExp(`(?<!\\p{L})(?:${[...new Set(Object.values(LANGUAGES).flatMap((l) => l.relation))].sort((a, b) => b.length - a.length).map(esc).join('|')})\\s+$`, 'iu');
// Every cue pattern ends in `\s+$`: a window that does not end in whitespace matches none of them (checked first, cheaply).
const endsInSpace = (t: string): boolean => {
  const c = t.charCodeAt(t.length - 1);
  if (c >= 128) return /\s$/.test(t);
  return c === 32 || (c >= 9 && c <= 13);
};
const CUE = { test: (t: string): boolean => endsInSpace(t) && (CUE_EN.test(t) || CUE_ANY.test(t)) };
const STRONG_CUE = { test: (t: string): boolean => endsInSpace(t) && (STRONG_CUE_EN.test(t) || STRONG_CUE_ANY.test(t) || RELATION.test(t)) };
// A title or naming cue, not a role word: enough for one unlisted word ("Sra. Villarrubia"); a role word is not, since in
// German it is followed by nouns ("dass die Mieter Nebenkosten zahlen").
const TITLE_CUE = { test: (t: string): boolean => endsInSpace(t) && (STRONG_CUE_EN.test(t) || STRONG_CUE_ANY.test(t)) };

// Speed: a pattern that ends in `\s+$` is tried by the engine at every position of the window. The same patterns written
// backwards (each word's code points reversed, a leading lookbehind turned into a trailing lookahead, `\b` kept: it is
// symmetric) and run anchored at the start of the reversed window are tried once: the same answer, since a regex
// matches a string ending at its end exactly when the reversed regex matches the reversed string at its start.
const escR = (w: string): string => esc(reverseWord(w));
const CUE_PARTICLES_R = '(?:\\s+(?:nav|ed|red|ned|nov|uz|id|ad|led|alled|ud|sed|net|ret)){0,3}';
const CUE_EN_R =
  /^\s+(?:\.(?:r[Dd]|s?r[Mm]|[sx][Mm]|for[Pp]|a?r[Ss]|em[Mm])\b|(?:rD|s?rM|sM|xM|forP|rreH|uarF)\b|(?:ssim|si eman ym|si eman|ma i|m['’]i|si siht|raed|tneitap|\.tp|:\s*eman|,?dengis|,?ylerecnis|,?sdrager|,?sreehc|:?ntta|:cc|:morf|:ot|dellac|deman|tcatnoc|reganam|htiw)\b)/i;
const STRONG_CUE_EN_R = /^\s+(?:\.(?:r[Dd]|s?r[Mm]|[sx][Mm]|for[Pp])\b|(?:rD|s?rM|sM|xM|forP)\b|(?:ssi[Mm]|si eman y[Mm]|si ema[Nn]|rae[Dd]|tneita[Pp]|:\s*ema[Nn])\b)/;
const CUE_ANY_R = new RegExp(`^${CUE_PARTICLES_R}\\s+${cuePattern(cueWords, true)}(?![\\p{L}\\d.])`, 'iu');
const STRONG_CUE_ANY_R = new RegExp(`^${CUE_PARTICLES_R}\\s+${cuePattern(cueWords.filter((w) => !WEAK_CUES.has(w)), true)}(?![\\p{L}\\d.])`, 'iu');
const RELATION_R = new RegExp(`^\\s+(?:${[...new Set(Object.values(LANGUAGES).flatMap((l) => l.relation))].map(escR).join('|')})(?!\\p{L})`, 'iu');

/** Which cues end right before `hi`, in the window of the 32 characters before it (as the `\s+$` patterns on that slice). */
export interface Cues {
  /** A title or naming cue (TITLE_CUE). */
  title: boolean;
  /** A title, naming or relation cue (STRONG_CUE). */
  strong: boolean;
  /** A relation or role word alone (RELATION). */
  relation: boolean;
  /** Any cue, weak ones included (STRONG_CUE or CUE). */
  any: boolean;
}

const NO_CUES: Cues = { title: false, strong: false, relation: false, any: false };
// The possible answers, shared (read only) instead of made for each word: index title | strong << 1 | relation << 2 | any << 3.
const CUES: readonly Cues[] = Array.from({ length: 16 }, (_, k) => ({ title: (k & 1) !== 0, strong: (k & 2) !== 0, relation: (k & 4) !== 0, any: (k & 8) !== 0 }));

// Speed: most capitalised words follow no cue. Every cue pattern needs the token before the trailing whitespace (or
// before up to three surname particles) to end in one of its cues' last words ("is" of "my name is", "dr.", "patient",
// ":" of "nom :"), optionally with a ',' or ':' (CUE_ANY's `[,:]?`): a map from those words to the patterns that have
// them (endsMask) rules most words out, and each pattern runs only when its bit is set.
const lastPart = (w: string): string => w.slice(w.lastIndexOf(' ') + 1);
const STRONG_EN_BIT = 1;
const STRONG_ANY_BIT = 2;
const RELATION_BIT = 4;
const CUE_EN_BIT = 8;
const CUE_ANY_BIT = 16;
// The last words of STRONG_CUE_EN's and CUE_EN's alternatives, lower case (`,?` and `:?` come from the optional end).
const STRONG_EN_ENDS = 'dr. mr. mrs. ms. mx. prof. dr mr mrs ms mx prof miss is dear patient name: :'.split(' ');
const EN_ENDS = `${STRONG_EN_ENDS.join(' ')} sr. sra. mme. herr frau am i'm i’m pt. signed sincerely regards cheers attn attn: cc: from: to: called named contact manager with`.split(' ');
const RELATION_WORDS = [...new Set(Object.values(LANGUAGES).flatMap((l) => l.relation))];
const CUE_ENDS = new Map<string, number>();
const addEnds = (words: readonly string[], bit: number): void => {
  for (const w of words) {
    const k = lastPart(w.toLowerCase());
    CUE_ENDS.set(k, (CUE_ENDS.get(k) ?? 0) | bit);
  }
};
addEnds(STRONG_EN_ENDS, STRONG_EN_BIT);
addEnds(cueWords.filter((w) => !WEAK_CUES.has(w)), STRONG_ANY_BIT);
addEnds(RELATION_WORDS, RELATION_BIT);
addEnds(EN_ENDS, CUE_EN_BIT);
addEnds(cueWords, CUE_ANY_BIT);
const CUE_GATE_PARTICLES = new Set(['van', 'de', 'der', 'den', 'von', 'zu', 'di', 'da', 'del', 'della', 'du', 'des', 'ten', 'ter']);
// A cue word with a character whose case folding is ASCII (long s, Kelvin sign) would match ASCII text the map cannot see.
const CUE_TABLE = endsTable(CUE_ENDS, CUE_GATE_PARTICLES);
const CUE_GATE_ON = ![...cueWords, ...RELATION_WORDS].some((w) => /[\u017F\u212A]/.test(w));

export function cuesBefore(text: string, hi: number): Cues {
  const lo = Math.max(0, hi - 32);
  const c = codeAt(text, hi - 1);
  if (hi <= lo || !(c === 32 || (c >= 9 && c <= 13) || (c >= 128 && /\s/.test(text.charAt(hi - 1))))) return NO_CUES;
  const m = CUE_GATE_ON ? endsMask(text, lo, hi, CUE_TABLE, 3) : -1;
  if (m === 0) return NO_CUES;
  const r = reversedWindow(text, lo, hi);
  const title = ((m & STRONG_EN_BIT) !== 0 && STRONG_CUE_EN_R.test(r)) || ((m & STRONG_ANY_BIT) !== 0 && STRONG_CUE_ANY_R.test(r));
  const relation = (m & RELATION_BIT) !== 0 && RELATION_R.test(r);
  const strong = title || relation;
  const any = strong || ((m & CUE_EN_BIT) !== 0 && CUE_EN_R.test(r)) || ((m & CUE_ANY_BIT) !== 0 && CUE_ANY_R.test(r));
  return CUES[(title ? 1 : 0) | (strong ? 2 : 0) | (relation ? 4 : 0) | (any ? 8 : 0)] ?? NO_CUES;
}

/**
 * cuesBefore(text, hi).title alone. Speed: most runs judged are one unremarkable capitalised word ("Summarise",
 * "Answer"), for which only a title cue matters: the relation and weak-cue patterns are not tried for them.
 */
export function titleCueBefore(text: string, hi: number): boolean {
  const lo = Math.max(0, hi - 32);
  const c = codeAt(text, hi - 1);
  if (hi <= lo || !(c === 32 || (c >= 9 && c <= 13) || (c >= 128 && /\s/.test(text.charAt(hi - 1))))) return false;
  const m = CUE_GATE_ON ? endsMask(text, lo, hi, CUE_TABLE, 3) : -1;
  if ((m & (STRONG_EN_BIT | STRONG_ANY_BIT)) === 0) return false;
  const r = reversedWindow(text, lo, hi);
  return ((m & STRONG_EN_BIT) !== 0 && STRONG_CUE_EN_R.test(r)) || ((m & STRONG_ANY_BIT) !== 0 && STRONG_CUE_ANY_R.test(r));
}

/** The same from the `\s+$` patterns on the slice: the reference in tests. */
export function cuesBeforeReference(text: string, hi: number): Cues {
  const before = text.slice(Math.max(0, hi - 32), hi);
  const strong = STRONG_CUE.test(before);
  return { title: TITLE_CUE.test(before), strong, relation: endsInSpace(before) && RELATION.test(before), any: strong || CUE.test(before) };
}
// "McTavish", "MacLeod", "O'Brien", "FitzGerald": a surname by its prefix (tested on the original capitalisation).
const SURNAME_PREFIX = /^(?:Mc|Mac|O['’]|Fitz)\p{Lu}/u;
const SURNAME_ENDING = /(?:ova|ová|ski|ska|sky|ský|ská|ić|vić|sson|dóttir|dottir|escu|enko|idze|shvili|yan|oğlu|poulos|akis|ovich|evich|ović|ević)$/;
const PARTICLES = new Set(['de', 'van', 'der', 'den', 'von', 'zu', 'di', 'da', 'del', 'della', 'dos', 'das', 'du', 'le', 'la', 'lo', 'li', 'ten', 'ter', 'y', 'e']);
// "Sanne de Vries", "Ludwig van Beethoven", "Maria del Carmen": particles join a name run.
const PARTICLE_GAP = /^ (?:de|van|der|den|von|zu|di|da|del|della|dos|das|du|le|la|ten|ter|y|e)(?: (?:der|den|la|le|de))? $/;
// The same particles capitalised inside a name, as Portuguese, Belgian and Italian names write them ("Océane Da Silva",
// "Bram Van Dijk", "Paolo De Luca"): a name's own spelling, so the run is judged as a name on that alone.
const CAP_PARTICLES = new Set(['Da', 'Das', 'Do', 'Dos', 'De', 'Di', 'Del', 'Della', 'Van', 'Von', 'Du', 'Ten', 'Ter']);
// Place names built the same way ("Colle Di Tora", "Castel Di Sangro", "Rio De Janeiro", "Porto Da Barra").
const PARTICLE_PLACE_FIRST = new Set('colle castel castello monte borgo villa san santa santo são porto rio torre ponte pieve reggio bagni marina lido isola città casa museo banco palazzo sesto cassano bosco campo valle val vila cidade praia'.split(' '));
// "Leif, can I...": a listed first name addressed at the start of a sentence.
const VOCATIVE = /^,\s/;
const GREETING = /(?:^|[.!?\n]\s*|(?<!\p{L})(?:hi|hello|hey|dear|hallo|hoi|hola|bonjour|salut|ciao|buongiorno|buenos días|beste|liebe|lieber|caro|cara|querido|querida)\s+)$/iu;
// Then a verb of the six languages ("has", "came in", "klagt", "se plaint", "refiere", "belde", "lamenta") or an age.
const LOWER_SUBJECT = /^ (?:has|had|is|was|came|presents|presented|reports|complains|needs|called|missed|hat|ist|war|kam|klagt|braucht|wurde|a|est|était|se|présente|tiene|tuvo|es|está|refiere|presenta|acude|necesita|heeft|had|kwam|klaagt|belde|ha|è|era|lamenta|riferisce|with|mit|avec|con|met)\b|^,? ?\d{1,3} ?(?:yo\b|y\/o|y\.o\.|years?\b|yrs?\b|-year-old|jahre|jähr|j\.|ans\b|años\b|anni\b|jaar\b|jr\b|[mfwMFW]\b)/u;
// One lower-case word ("vilar") before LOWER_SUBJECT: a second surname.
const SECOND_SURNAME = /^ (\p{Ll}[\p{Ll}'’-]{2,30})(?=[ ,])/u;

/** LOWER_SUBJECT right at `at`, or (when `second`) after one more lower-case word that is no stop word or particle. */
function lowerSubjectAfter(text: string, at: number, second: boolean): boolean {
  if (LOWER_SUBJECT.test(text.slice(at, at + 12))) return true;
  if (!second) return false;
  const m = SECOND_SURNAME.exec(text.slice(at, at + 32));
  const w = m?.[1];
  return w !== undefined && !STOP.has(w) && !PARTICLES.has(w) && !ARTICLES.has(w) && LOWER_SUBJECT.test(text.slice(at + 1 + w.length, at + 13 + w.length));
}
// Letters beyond the six languages' own alphabets (ł, ş, ı, ő, ø...): a shape signal for a name; ä, é, ñ, ü... are not.
const DOUBLE_BARRELLED = /^\p{Lu}\p{Ll}{2,}-\p{Lu}\p{Ll}{2,}$/u;
const NON_ASCII_LETTER = /[^\x20-\x7Eàâäáãçèéêëìíîïñòóôöõœùúûüÿß’]/;
// The leading lookaheads change nothing (every letter is an ASCII letter or beyond U+007F) but let the engine skip
// the ASCII non-letters (digits, punctuation, JSON syntax) without testing the Unicode property at each of them.
const WORD = /(?=[A-Za-z\u0080-\u{10FFFF}])[\p{L}](?:[\p{L}'’-]*[\p{L}])?\.?/gu;
// Text with capitalised words is scanned for those only; text typed in lower case (acronyms such as "CRP" or "BIRADS"
// aside) word by word.
// A capital right after a hyphen, or after an apostrophe behind a letter, hyphen or apostrophe ("O'Brien"), continues a
// word; after an apostrophe that opens a quotation ("'Tyler Ashworth is...'") it starts one.
const CAP_WORD = /(?=[A-Z\u0080-\u{10FFFF}])\p{Lu}(?<![\p{L}-]\p{Lu})(?<![\p{L}'’-]['’]\p{Lu})(?:[\p{L}'’-]*[\p{L}])?\.?/gu;
const ANY_CAPITALISED = /\p{Lu}\p{Ll}/u;

/** CAP_WORD's matches by its own global scan: the reference in tests. */
export function capWordsReference(text: string): string[] {
  return matchesAll(text, CAP_WORD).map((m) => `${m.index}:${m[0]}`);
}

/** WORD's matches by its own global scan: the reference in tests. */
export function wordsReference(text: string): string[] {
  return matchesAll(text, WORD).map((m) => `${m.index}:${m[0]}`);
}

/** The same from the character loops (name-chars.ts) the scan uses: capitalised words, or (`all`) every word. */
export function capWords(text: string, all = false): string[] {
  const out: string[] = [];
  if (all) {
    for (let s = nextWordStart(text, 0); s !== -1; s = nextWordStart(text, wordEnd(text, s))) out.push(`${s}:${text.slice(s, wordEnd(text, s))}`);
    return out;
  }
  const runs = scanRuns(text, CUE_RUNS);
  for (let k = 0; k < runs.capCount; k++) {
    const s = runs.cap[k] ?? 0;
    out.push(`${s}:${text.slice(s, wordEnd(text, s))}`);
  }
  return out;
}
// In mixed-case text, a lower-case listed name still counts right after an explicit cue ("my name is john smith").
// Every language's name cues ("je suis", "soy", "ik ben", "sono", "ich bin", "Sra.", "mevrouw"...), then one or two words.
const CUED_LOWER_CUES = `my name is|name is|i am|i'm|this is|dear|patient|name:|mr\\.|mrs\\.|ms\\.|dr\\.|mrs?|ich bin|${cueWords.map(esc).join('|')}`;
const CUED_LOWER = new RegExp(`(?<!\\p{L})(?:${CUED_LOWER_CUES})\\s+(\\p{Ll}[\\p{Ll}'’-]+)(?:\\s+(\\p{Ll}[\\p{Ll}'’-]+))?`, 'dgiu');
// Speed: CUED_LOWER is tried (sticky) only at words that can begin one of its cues (keywords.ts); same matches.
const CUED_LOWER_STICKY = new RegExp(CUED_LOWER.source, 'diuy');
export const CUE_KEYWORDS = new KeywordIndex([CUED_LOWER_CUES], /^\p{L}$/u);
// Speed: the same starts from one character loop (name-chars.ts) instead of the index's prefilter pattern: every letter
// run whose lower-cased text begins a cue (the first letter runs of the same expanded cues the index maps).
// Most such runs are common words ("the" of "the patient", "a" of "a presto", "i" of "i am"): the text right after the
// run must go on like one of its cues' rests (each whitespace run as one space) and then the whitespace CUED_LOWER needs
// after the cue, up to 8 code units, or the pattern is not tried there. Text beyond ASCII is left to the pattern.
const CONT_LEN = 8;
const CUE_CONT = new Map<string, string[]>();
for (const k of expand(CUED_LOWER_CUES)) {
  let end = 0;
  for (const ch of k) {
    if (!/^\p{L}$/u.test(ch)) break;
    end += ch.length;
  }
  const run = k.slice(0, end).toLowerCase();
  const rest = `${k.slice(end).split('\u0001').join(' ')} `.toLowerCase().slice(0, CONT_LEN);
  const list = CUE_CONT.get(run) ?? [];
  if (!list.includes(rest)) list.push(rest);
  CUE_CONT.set(run, list);
}
// A cue with a character whose case folding is ASCII (long s, Kelvin sign) could follow ASCII text: then no filter.
const CUE_CONT_ON = ![...CUE_CONT.values()].flat().some((c) => /[\u017F\u212A]/.test(c));
const CUE_CONTS = [...CUE_CONT.values()];

/** Whether the text from `e` goes on like one of `conts` (a superset test: false means no cue of them can match). */
function continuesLike(text: string, e: number, conts: readonly string[]): boolean {
  const n = text.length;
  for (const c of conts) {
    let i = e;
    let j = 0;
    for (; j < c.length; j++) {
      if (i >= n) break;
      const cc = c.charCodeAt(j);
      const t = text.charCodeAt(i);
      if (cc === 32) {
        if (!isSpaceCode(t)) break;
        for (i++; i < n && isSpaceCode(text.charCodeAt(i)); ) i++;
        continue;
      }
      if (t >= 128) return true;
      if ((t >= 65 && t <= 90 ? t + 32 : t) !== cc) break;
      i++;
    }
    if (j === c.length) return true;
  }
  return false;
}

const CUE_RUNS = runKeys([...CUE_CONT.keys()], (text, end, k) => !CUE_CONT_ON || continuesLike(text, end, CUE_CONTS[k] ?? []));

// A title before a lower-case word ("mrs okonjo", "sra. etxeberria"): a name even when no list has it.
// The faculties a German, Austrian or Swiss doctorate names in lower case after "Dr." ("Dr. med.", "Dr. med. vet.", "Dr.
// rer. nat.", "Dr. phil.", "Dr. iur.", "Dr. med. dent."), each abbreviated with its full stop.
const DEGREES: ReadonlySet<string> = new Set(['med', 'vet', 'dent', 'rer', 'nat', 'pol', 'oec', 'phil', 'jur', 'iur', 'theol', 'habil', 'ing', 'sc', 'techn', 'agr', 'pharm', 'paed', 'troph', 'publ', 'soc']);
// "Dr." right before, maybe after other faculties ("Dr. med. vet.").
const DOCTOR_BEFORE = /(?<![\p{L}])Dr\.(?:\s*\p{Ll}{2,6}\.)*\s*$/u;
const TITLE_LOWER = /(?<![\p{L}\d.])(?:mrs?\.?|ms\.|mx\.|dr\.|sra?\.|srta\.|mme|mlle|dhr\.|mevr\.|sig\.(?:ra)?|dott\.(?:ssa)?)\s+$/iu;
// Cues that say outright that a name follows: the word after them is a name even when no list has it.
const NAMING_CUE = /(?<!\p{L})(?:my name is|name is|ich heiße|ich heisse|mein name ist|je m'appelle|mon nom est|me llamo|mi nombre es|mijn naam is|ik heet|mi chiamo|il mio nome è)\s+$/iu;
// Cues in lower-case chat ("je suis maëlle", "soy lucía", "ik ben ilse", "sono noemi"): enough for a listed first name.
// Or the writer's own details announced ("te paso mis datos: nerea azkarate"): only a listed lower-case first name counts after them.
// Or a call or visit with the person ("spoke to elaine", "hablé con nerea", "gesproken met ilse"): a listed first name too.
const EXISTENTIAL_BEFORE = new RegExp(`(?<![\\p{L}'])(?:${Object.values(EXISTENTIAL_CUES).flat().join('|')})\\s+$`, 'iu');
const SELF_CUE = /(?<!\p{L})(?:i am|i'm|im|ich bin|je suis|soy|ik ben|sono|my details:|meine daten:|mes coordonnées ?:|mis datos:|mijn gegevens:|i miei dati:|spoke to|spoke with|talked to|talked with|phoned|gesprochen mit|telefoniert mit|parlé à|parlé avec|hablé con|hablado con|gesproken met|gebeld met|parlato con|sentito)\s+$/iu;

interface Tok {
  start: number;
  end: number;
  lower: string;
  cap: boolean;
  shout: boolean;
  initial: boolean;
  info: WordInfo;
  /** Joined to the run across a capitalised particle ("Océane Da Silva", "Bram Van Dijk"). */
  capParticleBefore?: boolean;
}

/** What the scan asks of a word (as found, without a trailing dot or possessive): a pure function of the word. */
interface WordInfo {
  /** The word itself. */
  word: string;
  upper: boolean;
  /** Lower-cased when it starts with a capital, else as found. */
  lower: string;
  stop: boolean;
  title: boolean;
  role: boolean;
  article: boolean;
  particle: boolean;
  /** A capitalised particle inside a name ("Da", "Van": CAP_PARTICLES, case as found). */
  capParticle: boolean;
  /** A listed public figure's surname that is no listed first name or surname (judge's byAuthor), of `lower`. */
  authorSurname: boolean;
  /** SURNAMES has `lower`. */
  listedSurname: boolean;
  /** PUBLIC has `lower` or its German genitive (`lower` less a final s): judge's answer for a one-word span. */
  publicWord: boolean;
  /** Listed, looked up as the lower-case path does (the word itself when it starts with an ASCII letter). */
  listedAsFound: boolean;
  strong: boolean;
  weak: boolean;
  notNameSignal: boolean;
  foreign: boolean;
  surname: boolean;
  shout: boolean;
  /** PLACE_* and ORGANISATION answers on `lower` (PLACE_BITS), computed when first asked; -1 until then. */
  place: number;
  /** RUN_VENUE has `lower`: a venue or lodging noun. */
  venue: boolean;
  /** Capitalised and in FUNCTION_STOP: a function word, when it opens a sentence (judge). */
  functionWord: boolean;
  /** Shaped like a brand or product token (product-runs.ts): "MoliCare", "PlayStation"; ends a name run. */
  brand: boolean;
}

const ORGANISATION_WORD = 1;
const PLACE_ENDING_WORD = 2;
const PLACE_AFTER_WORD_BIT = 4;
const PLACE_FIRST_WORD_BIT = 8;

/** What judge asks of a word as a run's last or first word, kept with the word (a pure function of `lower`). */
function placeBits(info: WordInfo): number {
  if (info.place >= 0) return info.place;
  const lower = info.lower;
  // A hyphenated last word is judged by its first part too ("Heijestraat-gebied", "Leopoldplatz-Viertel").
  const head = lower.split('-')[0] ?? lower;
  info.place =
    (ORGANISATION.has(lower) ? ORGANISATION_WORD : 0) |
    (PLACE_ENDING.test(lower) || PLACE_ENDING.test(head) ? PLACE_ENDING_WORD : 0) |
    (PLACE_AFTER_WORD.test(lower) ? PLACE_AFTER_WORD_BIT : 0) |
    (PLACE_FIRST_WORD.test(lower) ? PLACE_FIRST_WORD_BIT : 0);
  return info.place;
}

// Speed: chat text repeats its capitalised words ("You", "Answer", "Please", a name): each word's lookups are made once
// and kept (bounded; cleared when full).
const WORD_INFO = new Map<string, WordInfo>();
const WORD_INFO_MAX = 50_000;

// Speed: before the map, a direct-mapped table by a hash of the word's code units, each entry checked against the
// text in place: a word seen before costs no string and no map lookup. The entry is the info, which holds its word:
// one table and one object read per word (a table of words beside one of infos cost a cache miss more).
const INFO_SLOTS = 16384;
const SLOT_INFO: (WordInfo | undefined)[] = new Array<WordInfo | undefined>(INFO_SLOTS).fill(undefined);

/** The hash wordInfoAt is given for a word that is no whole Latin run: of its code units as found. */
function wordHash(text: string, s: number, length: number): number {
  let h = 0;
  for (let i = s; i < s + length; i++) h = (Math.imul(h, 31) + text.charCodeAt(i)) | 0;
  return h;
}

/**
 * wordInfo of text[s, s + length), from its slot by the hash `h`: wordHash's, or the Latin run's fold hash when the
 * word is a whole run (a word is compared with the slot's word whichever hash chose the slot).
 */
function wordInfoAt(text: string, s: number, length: number, h: number): WordInfo {
  const slot = (h ^ (h >>> 12)) & (INFO_SLOTS - 1);
  const known = SLOT_INFO[slot];
  if (known !== undefined && known.word.length === length) {
    const w = known.word;
    let same = true;
    for (let j = 0; same && j < length; j++) same = w.charCodeAt(j) === text.charCodeAt(s + j);
    if (same) return known;
  }
  const info = wordInfo(text.slice(s, s + length));
  SLOT_INFO[slot] = info;
  return info;
}

// "erik-jan", "gian-marco": a double first name typed in lower case, two listed names (not both also common words).
// The same capitalised ("Finn-Luca", "Anna-Lena"), read as a given name only before a surname (judge): a double-barrelled
// surname's halves are often listed as given names too ("R. Vasquez-Thorne").
const CAP_PAIR = /^\p{Lu}\p{Ll}+-\p{Lu}\p{Ll}+$/u;
const capPairGiven = (t: Tok | undefined): boolean => t !== undefined && !t.info.strong && CAP_PAIR.test(t.info.word) && listedPair(t.lower);
const listedPair = (w: string): boolean => {
  const dash = w.indexOf('-');
  if (dash < 2 || dash > w.length - 3 || w.indexOf('-', dash + 1) !== -1) return false;
  const a = w.slice(0, dash);
  const b = w.slice(dash + 1);
  return STRONG.has(a) && STRONG.has(b) && !(WEAK.has(a) && WEAK.has(b));
};

const ACRONYM_PLURAL = /^\p{Lu}{2,}s$/u;
// The word right before a run, as a title ("Don ", "Mrs. ", "signorina "): judge's public-figure test with it.
const TITLE_WORD_BEFORE = /(?<![\p{L}])(\p{L}+)\.?\s+$/u;
const COURTESY_TITLES = new Set('mr mrs ms miss mx herr frau fräulein m mme mlle monsieur madame mademoiselle sr sra srta señor señora señorita dhr mevr mevrouw meneer juffrouw sig signor signora signorina'.split(' '));

function wordInfo(word: string): WordInfo {
  const known = WORD_INFO.get(word);
  if (known !== undefined) return known;
  const c0 = word.charCodeAt(0);
  const upper = c0 < 128 ? c0 >= 65 && c0 <= 90 : isUpper(word.charAt(0));
  const lower = upper ? word.toLowerCase() : word;
  const pair = !upper && listedPair(lower);
  const info: WordInfo = {
    word,
    upper,
    lower,
    stop: STOP.has(lower),
    functionWord: upper && FUNCTION_STOP.has(lower),
    title: TITLES.has(lower),
    role: ROLES.has(lower),
    article: ARTICLES.has(lower),
    particle: PARTICLES.has(word),
    capParticle: CAP_PARTICLES.has(word),
    authorSurname: PUBLIC_SURNAME.has(lower) && !STRONG.has(lower) && !SURNAMES.has(lower),
    listedSurname: SURNAMES.has(lower),
    publicWord: PUBLIC.has(lower) || PUBLIC.has(lower.endsWith('s') ? lower.slice(0, -1) : lower),
    listedAsFound: STRONG.has(c0 < 128 ? word : word.toLowerCase()) || pair,
    strong: STRONG.has(lower) || pair,
    weak: WEAK.has(lower),
    notNameSignal: NOT_NAME_SIGNAL.has(lower),
    // Shape signals that need no list: letters beyond ASCII, a common surname ending or prefix.
    foreign: NON_ASCII_LETTER.test(lower),
    surname: SURNAME_ENDING.test(lower) || SURNAME_PREFIX.test(word),
    // Or an acronym's plural ("DNAs", "GPs", "NDAs"): capitals and a lower-case s, no name's shape.
    shout: (word.length > 1 && word === word.toUpperCase()) || ACRONYM_PLURAL.test(word),
    place: -1,
    venue: RUN_VENUE.has(lower),
    brand: upper && brandShaped(word) && !STRONG.has(lower) && !SURNAMES.has(lower),
  };
  if (WORD_INFO.size >= WORD_INFO_MAX) WORD_INFO.clear();
  WORD_INFO.set(word, info);
  return info;
}

/** True when `at` starts the text, a line or a sentence (after . ! ? : ¿ ¡ or an opening quote). */
const isLetterCode = (c: number): boolean => (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || (c >= 192 && c <= 591 && c !== 215 && c !== 247);

/**
 * One unlisted word, a particle, then a listed given name that is no surname: a noun and the person it belongs to
 * ("Förderplan von Finn-Luca Brandt", "dossier de Julien Marchal"), not one name ("Ludwig van Beethoven").
 */
function nounBeforeGiven(run: readonly Tok[], next: WordInfo): boolean {
  const only = run.length === 1 ? run[0] : undefined;
  return only !== undefined && !only.info.strong && !only.info.listedSurname && ((next.strong && !next.listedSurname) || (CAP_PAIR.test(next.word) && listedPair(next.lower)));
}

function atSentenceStart(text: string, at: number): boolean {
  let i = at - 1;
  while (i >= 0 && (text.charCodeAt(i) === 32 || text.charCodeAt(i) === 9)) i--;
  if (i >= 0 && text.charCodeAt(i) === 46) {
    // The dot of a title or an initial ("Sra. Begoña", "J. Okafor") does not end a sentence.
    let j = i;
    while (j > 0 && isLetterCode(text.charCodeAt(j - 1))) j--;
    const before = text.slice(j, i).toLowerCase();
    if (before.length === 1 || TITLES.has(before)) return false;
  }
  return i < 0 || '.!?:\n\r¿¡«"“('.includes(text.charAt(i)) || openingApostrophe(text, i);
}

/** An apostrophe, ‘ or ’ at `i` with no letter before it opens a quotation ("'Beste Lotte, ..."), as a double quote does. */
function openingApostrophe(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  return (c === 39 || c === 0x2018 || c === 0x2019) && !isLetterCode(text.charCodeAt(i - 1));
}

// The rest of a hyphenated pair of initials and its space: "-P. " in "J.-P. N'Diaye".
const HYPHEN_INITIAL_GAP = /^-\p{Lu}\. $/u;

/** /[\d_]/ on one character (NaN, past either end, is neither). */
const digitOrUnderscore = (c: number): boolean => (c >= 48 && c <= 57) || c === 95;

function isUpper(c: string): boolean {
  const code = c.charCodeAt(0);
  if (code < 128) return code >= 65 && code <= 90;
  return c !== c.toLowerCase();
}

/** PERSON: gazetteer names and capitalised runs next to a cue ("Dr.", "my name is", "patient", "Dear"). */
export function scanNames(text: string, out: Hit[]): void {
  const before = out.length;
  // Text with capitalised words is scanned for those only; text typed in lower case (acronyms aside) word by word.
  const caps = ANY_CAPITALISED.test(text);
  // One pass finds the capitalised words and the words that can begin a cue (for the cued lower-case scan below).
  const runs = scanRuns(text, CUE_RUNS);
  let capIndex = 0;
  let at = 0;
  let run: Tok[] = [];
  let prevEnd = -1;
  // The word before was a first surname whose second surname comes next ("outeiro" in "manuel outeiro vilar, 28 años").
  let secondSurnameNext = false;
  // A capitalised particle ("Da") was skipped right before this word.
  let capParticle = false;
  for (;;) {
    const c = capIndex;
    const mIndex = caps ? (capIndex < runs.capCount ? (runs.cap[capIndex++] ?? -1) : -1) : nextWordStart(text, at);
    if (mIndex === -1) break;
    // Speed: a word that is a whole Latin run (no apostrophe, hyphen or dot after it, and no other alphabet's letter in
    // the text: capEnd) ends where its run ends, and the run's hash chooses its slot: no walk over its letters.
    const runEnd = caps ? (runs.capEnd[c] ?? -1) : -1;
    const after = runEnd < 0 ? 0 : codeAt(text, runEnd);
    let wordLength: number;
    let info: WordInfo;
    let dot: boolean;
    if (runEnd >= 0 && after !== 39 && after !== 45 && after !== 46 && after !== 0x2019) {
      at = runEnd;
      dot = false;
      wordLength = runEnd - mIndex;
      info = wordInfoAt(text, mIndex, wordLength, runs.capHash[c] ?? 0);
    } else {
      at = wordEnd(text, mIndex);
      dot = text.charCodeAt(at - 1) === 46;
      wordLength = dot ? at - 1 - mIndex : at - mIndex;
      // Possessives ("Yefremova's") are looked up and reported without the "'s".
      if (wordLength > 2 && text.charCodeAt(mIndex + wordLength - 1) === 115) {
        const q = text.charCodeAt(mIndex + wordLength - 2);
        if (q === 39 || q === 0x2019) wordLength -= 2;
      }
      info = wordInfoAt(text, mIndex, wordLength, wordHash(text, mIndex, wordLength));
    }
    const upper = info.upper;
    const particleBefore = capParticle;
    capParticle = false;
    // Fast path: lower-case words matter only when they are list names; most words are lower case and are not.
    // "Sanne de Vries", "Ludwig van Beethoven", "Maria del Carmen": particles join a name run without ending it.
    if (!upper && run.length > 0 && info.particle && mIndex - prevEnd === 1 && text.charCodeAt(mIndex - 1) === 32) {
      prevEnd = mIndex + wordLength;
      continue;
    }
    if (upper && run.length > 0 && info.capParticle && mIndex - prevEnd === 1 && text.charCodeAt(mIndex - 1) === 32 && codeAt(text, at) === 32) {
      prevEnd = mIndex + wordLength;
      capParticle = true;
      continue;
    }
    // "john smith has diabetes": an unlisted lower-case surname after a listed first name, then a verb; or two surnames
    // ("manuel outeiro vilar, 28 años": Spanish, Portuguese and Galician names carry both parents' surnames).
    const surnameAfterFirst: boolean =
      !upper && mIndex - prevEnd === 1 && wordLength >= 3 &&
      ((run.length === 1 && run[0]?.info.strong === true && lowerSubjectAfter(text, mIndex + wordLength, true)) || (secondSurnameNext && run.length === 2));
    secondSurnameNext = surnameAfterFirst && run.length === 1 && !LOWER_SUBJECT.test(text.slice(mIndex + wordLength, mIndex + wordLength + 12));
    if (!upper && !surnameAfterFirst && (wordLength < 3 || !info.listedAsFound)) {
      if (run.length > 0) judge(text, run, out);
      run = [];
      continue;
    }
    const lower = info.lower;
    const initial = upper && wordLength === 1;
    // "M. Dupont" (French Monsieur), not an initial: ends the run like any title.
    const frenchM = initial && dot && text.charCodeAt(mIndex) === 77 && (mIndex === 0 || /[\s,;:(«"“]/.test(text.charAt(mIndex - 1)));
    // Glued to a digit or underscore ("SEV1", "72F", "ENV_NAME"): a code, not a name. Initials ("J.") are never stop words.
    const glued = digitOrUnderscore(codeAt(text, at)) || digitOrUnderscore(codeAt(text, mIndex - 1));
    if (glued || info.brand || (info.stop && !(initial && dot)) || info.title || (upper && info.role) || frenchM || (run.length === 0 && ((info.article && upper && atSentenceStart(text, mIndex)) || OFFICE_TITLES.has(lower)))) {
      if (run.length > 0) judge(text, run, out);
      run = [];
      continue;
    }
    const start = mIndex;
    // Joined to the run when separated by one space or an initial's dot only, or after a hyphenated second initial
    // ("M. J.-P. N'Diaye": the capital after the hyphen starts no word of its own).
    const gap = start - prevEnd;
    const joined =
      run.length > 0 &&
      ((gap === 1 && text.charCodeAt(start - 1) === 32) ||
        (gap === 4 && run.at(-1)?.initial === true && HYPHEN_INITIAL_GAP.test(text.slice(prevEnd, start))) ||
        (gap > 2 && gap <= 12 && PARTICLE_GAP.test(text.slice(prevEnd, start)) && !nounBeforeGiven(run, info)));
    if (!joined && run.length > 0) {
      judge(text, run, out);
      run = [];
    }
    // A state office's compound opening a run ("frühere Europaabgeordnete Sarah Wiener"): a title, not part of the name.
    if (run.length === 0 && upper && wordLength >= 9 && officeCompound(lower)) {
      prevEnd = start + wordLength;
      continue;
    }
    const t: Tok = { start, end: start + wordLength + (initial && dot ? 1 : 0), lower, cap: upper && wordLength > 1, shout: info.shout, initial, info };
    if (particleBefore && joined) t.capParticleBefore = true;
    run.push(t);
    prevEnd = t.end;
    if (run.length > 4) {
      judge(text, run, out);
      run = [];
    }
  }
  if (run.length > 0) judge(text, run, out);
  // After a cue, also in all-lower-case text ("my name is vitoria").
  scanCuedLowerCase(text, out, runs);
  if (caps) scanSurnameCommaGiven(text, out);
  scanLeadingLowerCase(text, out);
  scanLowerCaseNotes(text, out, runs);
  // Text with capitals skips lower-case words above; a note typed in lower case keeps a capital here and there ("saw jess
  // today ... ACL", "sentito davide ... il SerD"): its lone lower-case given names are read here.
  // In text typed all in lower case too, for the everyday-word given names the lists leave out ("leerling noor").
  scanLowerLoneNames(text, out, before);
  // A lower-case full name tied to one person ("for sabine krüger", "ben ... (ben hofer)") in a health or care note.
  scanTiedLowerNames(text, out, colleagueAfter);
  // People listed with a date each: the dates are birth dates (birth-dates.ts).
  scanNameDateList(text, out, before);
  // Several listed first names in one text ("They had 6: Anna, Mary and Jodi", a dialogue) are people, not words.
  // A lone listed word in capitals inside mixed-case prose ("SONIA + 2.25%", "reportable to the ICO") is an acronym: it
  // neither counts nor is raised. Text typed all in capitals keeps its names.
  const people = out.filter((h, i) => i >= before && h.entity === 'PERSON' && h.score >= 0.45 && !(h.score === 0.45 && acronymInProse(text, h)));
  // The same word twice (a library or model name repeated through code) is not two people.
  if (people.length >= 2 && new Set(people.map((h) => text.slice(h.start, h.end).toLowerCase())).size >= 2) for (const h of people) if (h.score === 0.45) h.score = 0.6;
}

// The nearest word before and after a hit, within 40 characters: a passenger list's "MORETTI / ALESSIA" or
// "JANSSEN/PIETER" has a capitalised neighbour, an acronym in prose lower-case ones.
const LAST_WORD = /(\p{L}+)[^\p{L}]*$/u;
const FIRST_WORD = /^[^\p{L}]*(\p{L}+)/u;
const LOWER = /\p{Ll}/u;
/** One word of two to six capitals whose nearest words on both sides start lower case ("MOUSSA;Ibrahim" is a name). */
function acronymInProse(text: string, h: Hit): boolean {
  const n = h.end - h.start;
  if (n < 2 || n > 6) return false;
  const w = text.slice(h.start, h.end);
  if (w !== w.toUpperCase() || w === w.toLowerCase()) return false;
  const before = LAST_WORD.exec(text.slice(Math.max(0, h.start - 40), h.start))?.[1];
  const after = FIRST_WORD.exec(text.slice(h.end, h.end + 40))?.[1];
  return before !== undefined && after !== undefined && LOWER.test(before.charAt(0)) && LOWER.test(after.charAt(0));
}

// A line (or a note after "...:") that starts with two or three lower-case words and then a verb, an age, a bed or room
// number or a date ("gökhan yıldırım hat Fieber", "ana kowalska, 34 yo", "handover: femke tjepkema k12", "wiebke tjaden 4.3.90").
const LEADING_LOWER = new RegExp(
  `(?:^|\\n|:)[ \\t]*(\\p{Ll}[\\p{Ll}'’-]{1,30}) (?:(?:van|de|der|den|von|di|da|del|della|lo|la|le|dos|du) ){0,2}(\\p{Ll}[\\p{Ll}'’-]{1,30})(?: (\\p{Ll}[\\p{Ll}'’-]{2,30}))?(?=(?: (?:has|had|is|was|came|presents|reports|complains|needs|called|hat|ist|war|kam|klagt|braucht|wurde|se|présente|refiere|presenta|acude|necesita|kwam|klaagt|belde|lamenta|riferisce|est|tiene|es|está|heeft|ha|è)\\b|,? ?\\d{1,3} ?(?:yo\\b|y\\/o|years?\\b|yrs?\\b|-year-old|jahre|jähr|[Jj]\\.|ans\\b|años\\b|anni\\b|jaar\\b|jr\\b)|,? (?:${wordsOf('bed')}) ?\\d{1,4}(?!\\d)|,? \\d{1,2}[./-]\\d{1,2}[./-](?:\\d{4}|\\d{2})(?!\\d)))`,
  'dgu',
);

const LEADING_LOWER_STICKY = new RegExp(LEADING_LOWER.source, 'duy');

/**
 * LEADING_LOWER's matches, tried (sticky) only where one can start: the text's start, a line break or a colon, then
 * spaces or tabs and a letter that is no ASCII capital, digit or sign (\p{Ll} decides beyond ASCII). Each search
 * resumes at the last match's end, as the global scan does; every start of a match is among those positions.
 */
export function leadingLowerMatches(text: string): RegExpExecArray[] {
  const runs = latinRuns(text);
  if (!runs.otherLetters) return leadingLowerFromRuns(text, runs);
  const found: RegExpExecArray[] = [];
  let from = 0;
  let nl = text.indexOf('\n');
  let colon = text.indexOf(':');
  for (let i = 0; i !== -1; ) {
    if (i >= from) {
      const c = text.charCodeAt(i);
      let j = c === 10 || c === 58 ? i + 1 : i;
      for (let d = text.charCodeAt(j); d === 32 || d === 9; d = text.charCodeAt(j)) j++;
      const d = text.charCodeAt(j);
      if ((d >= 97 && d <= 122) || d >= 128) {
        LEADING_LOWER_STICKY.lastIndex = i;
        const m = LEADING_LOWER_STICKY.exec(text);
        if (m !== null) {
          found.push(m);
          from = i + m[0].length;
        }
      }
    }
    // The next line break or colon after i.
    while (nl !== -1 && nl <= i) nl = text.indexOf('\n', i + 1);
    while (colon !== -1 && colon <= i) colon = text.indexOf(':', i + 1);
    i = nl === -1 ? colon : colon === -1 ? nl : Math.min(nl, colon);
  }
  return found;
}

/**
 * The same from the Latin runs, for a text whose letters are all Latin letters: a match's first word starts a run
 * that starts with no capital (\p{Ll}), and the last character before it that is no space or tab is the line break
 * or colon the search starts at, or there is none (the text's start): BREAK_BEFORE (word-index.ts). Only those runs
 * are read, and the break found by stepping back over the blanks (each blank once: the runs are in order).
 * Speed: the search over every line break and colon of a JSON body stopped at each one.
 */
function leadingLowerFromRuns(text: string, runs: LatinRuns): RegExpExecArray[] {
  const found: RegExpExecArray[] = [];
  let from = 0;
  for (let k = 0; k < runs.count; k++) {
    if (((runs.shape[k] ?? 0) & (BREAK_BEFORE | 1)) !== BREAK_BEFORE) continue;
    let i = (runs.start[k] ?? 0) - 1;
    for (let c = codeAt(text, i); c === 32 || c === 9; c = codeAt(text, i)) i--;
    if (i < 0) i = 0;
    if (i < from) continue;
    LEADING_LOWER_STICKY.lastIndex = i;
    const m = LEADING_LOWER_STICKY.exec(text);
    if (m !== null) {
      found.push(m);
      from = i + m[0].length;
    }
  }
  return found;
}

/** The same by the global scan: the reference in tests. */
export const leadingLowerMatchesReference = (text: string): RegExpExecArray[] => matchesAll(text, LEADING_LOWER);

function scanLeadingLowerCase(text: string, out: Hit[]): void {
  for (const m of leadingLowerMatches(text)) {
    const first = m[1] ?? '';
    const second = m[3] ?? m[2] ?? '';
    const a = m.indices?.[1];
    const b = m.indices?.[3] ?? m.indices?.[2];
    // "donna di 28 anni": a particle is never the surname itself.
    // A title or role word typed in lower case ('frau', 'patient') is the cued scan's business, not a first name.
    if (a === undefined || b === undefined || WEAK.has(first) || TITLES.has(first) || ROLES.has(first) || PARTICLES.has(m[2] ?? '') || LOWER_FUNCTION.has(first)) continue;
    const listed = STRONG.has(first) && !NOT_NAME_SIGNAL.has(first);
    if (!listed && !NON_ASCII_LETTER.test(text.slice(a[0], b[1])) && !SURNAME_ENDING.test(second)) continue;
    out.push({ entity: 'PERSON', dataClass: 'pii', start: a[0], end: b[1], score: 0.7, rule: 'person.leading-lower' });
  }
}

// A care, school or HR note typed in lower case ("supply teacher: kai brennan takes his methylphenidate at lunch",
// "es ist sabine krüger aus dem einkauf, ... burnout", "übergabe: frau hiltrud schwamberger, insulinpflichtiger diabetes",
// "noor van der meulen groep 7, dyslexie"): two lower-case words (particles between) where the note's text starts (the
// text, a line, after an instruction's colon) or after "es ist", "c'est", "it's"..., in a text about someone's health,
// care, schooling support or employment (care-context.ts). The name lists hold many common words ("mai", "alta",
// "alleen"), so a listed word is not enough alone: a title, the copula before, a name-like second word, or what a note
// puts after a name (a comma, a bracket, a number, a class, a verb) must agree.
// Tried (sticky) only where a note's text can start: the lower-case runs after a line break, a colon or a bullet that
// scanRuns collects (name-chars.ts), and the words after a copula ("es ist ", "c'est ", "it's ") that COPULA_END finds
// and COPULA_BEFORE confirms: a full-text pattern with a lookbehind at every position cost ten times as much.
const LOWER_NOTE = new RegExp(
  `(?:(frau|herr|mrs|mr|ms|mme|mevr|dhr|sra|sr|sig\\.ra|sig|fr(?=\\.)|mw(?=\\.))\\.? )?(\\p{Ll}[\\p{Ll}'’-]{1,30})((?: (?:van|de|der|den|von|di|da|del|della|dos|du|ten|ter)){0,3}) (\\p{Ll}[\\p{Ll}'’-]{2,30})(?![\\p{L}'’-])`,
  'uy',
);
const COPULA_END = /(?:ist|es|'s|is|est) (?=[a-z\u00df-\u00f6\u00f8-\u00ff\u0100-\u024f])/g;
// A preposition, then two to five lower-case words and an age: "for chidinma okafor, 34F" (few matches, few calls).
const PREPOSITION_AGE = /(?:for|voor|für|pour|para|per|a|à|bij|met|bei|mit|with|con|chez|da) (?=[a-z\u00df-\u00f6\u00f8-\u00ff\u0100-\u024f][\p{L}'’-]*(?: [\p{L}'’-]+){1,4},? ?\d{1,3}(?: ?\p{L}|,))/gu;
// PREPOSITION_AGE's lookahead alone, tried where the preposition's space ends.
const AGE_WORDS_AT = /(?=[a-z\u00df-\u00f6\u00f8-\u00ff\u0100-\u024f][\p{L}'’-]*(?: [\p{L}'’-]+){1,4},? ?\d{1,3}(?: ?\p{L}|,))/uy;
const COPULA_BEFORE = /(?<![\p{L}])(?:es ist|das ist|it's|it is|this is|c'est|het is|dat is|es) $/u;
// "a referral for chidinma okafor, 34F": a preposition before the name; the note's details must then say it.
const PREPOSITION_BEFORE = /(?<![\p{L}])(?:for|voor|für|pour|para|per|a|à|bij|met|bei|mit|with|con|chez|da) $/u;
// An elided article or preposition opening a word: "d'imposition", "l'hôpital", "dell'anca", "qu'il".
const ELIDED = /^(?:d|l|j|m|n|s|t|c|qu|dell|dall|nell|all|sull|coll|quell|un)['’]/;
// A bare age between commas: ", 79,".
const BARE_AGE = /^, ?\d{1,3},/;
// An age (and sex) right after the name: "34F", "63 jr", "28 años".
const NOTE_AGE = /^,? ?\d{1,3} ?(?:[mfwMFW]\b|yo\b|y\/o|(?:yrs?|years?)[ -]old\b|jr\b|jaar\b|j\.|jahre?\b|ans\b|años\b|anni\b)/u;
// Frequent lower-case words of the six languages that are also listed names somewhere ("will", "van", "sea", "mia"):
// never a name's first or second word here.
const NOT_NOTE_NAME = new Set([
  ...'and the for not but can may will just also still only then than this that with from into over after before about please send call ask tell give make take get need needs new old our your their his her its him them mark grace rose hope bill art pat sue sea mia tu mi ti si se no non più per con come anche sono ana avis ist und der die das den dem ein eine mit von für auf bitte noch nur auch aber wie wir ihr sie les des une est pas pour avec dans sur qui que mais plus los las una por para con como pero más muy het een van voor met niet maar nog ook wel dan zijn'.split(' '),
  // A record's nouns and their adjectives ("dossier médical 20 ans", "medisch dossier 20 jaar": a retention period, not
  // a name and an age), six languages.
  ...'dossier dossiers record records file files akte akten patientenakte medical medisch medische médical médicale clinical klinisch klinische clinique clinico clinica clínico clínica cartella expediente historia'.split(' '),
]);
/**
 * The lone lower-case listed given names of a text that also has capitals (scanNames reads lower-case words only in a text
 * typed all in lower case), where a care, health, school or work note names its subject (judge's lower-case branch:
 * lowerLoneName, health-subject-names.ts lowerNoteSubject). Only in such a note (careContext, read once per text), word by
 * word over the shared Latin runs: a word that starts lower case, three letters or more, between two words that are no
 * listed names (a lower-case full name is the other scans' business).
 */
function scanLowerLoneNames(text: string, out: Hit[], from: number): void {
  if (!careContext(text)) return;
  const r = latinRuns(text);
  for (let k = 0; k < r.count; k++) {
    const s = r.start[k] ?? 0;
    const e = r.end[k] ?? 0;
    if (e - s < 3 || ((r.shape[k] ?? 0) & 1) !== 0) continue;
    const c = text.charCodeAt(s);
    if (c < 97 || (c > 122 && c < 0xdf)) continue;
    const w = text.slice(s, e);
    if (!(STRONG.has(w) || WORD_GIVEN.has(w)) || !lowerLoneOk(text, w, s)) continue;
    const near = (j: number): boolean => j >= 0 && j < r.count && (r.end[j] ?? 0) - (r.start[j] ?? 0) >= 2 && Math.abs((j < k ? s - (r.end[j] ?? 0) : (r.start[j] ?? 0) - e)) === 1 && STRONG.has(text.slice(r.start[j] ?? 0, r.end[j] ?? 0).toLowerCase());
    if (near(k - 1) || near(k + 1)) continue;
    // Glued to an apostrophe, a hyphen or a digit: part of a longer token.
    const b = text.charCodeAt(s - 1);
    const a = text.charCodeAt(e);
    if (b === 39 || b === 0x2019 || b === 45 || a === 45 || (a >= 48 && a <= 57) || (b >= 48 && b <= 57)) continue;
    if (out.some((h, i) => i >= from && h.start < e && h.end > s)) continue;
    if (lowerNoteSubject(text, s, e)) out.push({ entity: 'PERSON', dataClass: 'pii', start: s, end: e, score: 0.7, rule: 'person.gazetteer' });
  }
}

/**
 * lowerLoneName, or a given name that is also an everyday word (WORD_NAMES, not one that opens sentences as itself) right
 * after a group member's noun or a relative ("onze leerling noor heeft een eetstoornis", "my client jasper").
 */
function lowerLoneOk(text: string, lower: string, start: number): boolean {
  if (lowerLoneName(lower)) return true;
  return WORD_GIVEN.has(lower) && !OPENING_WORD_GIVEN.has(lower) && !LOWER_FUNCTION.has(lower) && !STOP.has(lower) && groupNounBefore(text, start);
}
/** Whether a lone lower-case word that the lists hold as a given name may be one in a note: no everyday or function word. */
const lowerLoneName = (lower: string): boolean => !WEAK.has(lower) && !NOT_NOTE_NAME.has(lower) && !LOWER_FUNCTION.has(lower) && !STOP.has(lower) && !TITLES.has(lower) && !ROLES.has(lower) && !PARTICLES.has(lower) && !ALONE_NOT_NAME.has(lower) && !NOT_NAME_SIGNAL.has(lower) && !WORD_GIVEN.has(lower);
// What a note puts right after the name: a comma, a bracket, a number ("34+2 SSW"), a class or group ("klasse 4", "yr5").
const NOTE_DETAIL = /^(?:,|:| ?\(| \d| (?:klasse|groep|class|year|yr|grade|classe|curso|groupe|sezione|jaar|gr)\.? ?\d)/u;
// Or a verb of the six languages, third person ("takes", "nimmt", "vu", "viene", "is", "è").
const NOTE_VERB =
  /^ (?:takes|has|had|is|was|missed|needs|came|called|says|said|told|wants|gets|can't|won't|didn't|hasn't|isn't|doesn't|cant|wont|didnt|hasnt|isnt|doesnt|wasnt|still|just|never|already|keeps|kept|did|does|hat|hatte|ist|war|braucht|nimmt|kommt|kam|soll|muss|klagt|est|était|vu|vue|doit|prend|veut|vient|tiene|viene|toma|necesita|está|estaba|heeft|moet|neemt|komt|kwam|kan|è|era|deve|prende|aveva)(?![\p{L}])/u;

/** The class COPULA_END and PREPOSITION_AGE want right after their space: [a-z\u00df-\u00f6\u00f8-\u00ff\u0100-\u024f]. */
const noteLetterCode = (c: number): boolean => (c >= 97 && c <= 122) || (c >= 0xdf && c <= 0x24f && c !== 0xf7);
const COPULA_LAST = ['ist', 'es', 's', 'is', 'est'];
const PREPOSITION_WORDS = ['for', 'voor', 'für', 'pour', 'para', 'per', 'a', 'à', 'bij', 'met', 'bei', 'mit', 'with', 'con', 'chez', 'da'];
const COPULA_KIND = 1;
const PREPOSITION_KIND = 2;
// The Latin runs' fold hashes of those words (low 12 bits): COPULA_KIND or PREPOSITION_KIND, looked up before any string is made.
const NOTE_WORD_KINDS = new Uint8Array(4096);
for (const [list, kind] of [[COPULA_LAST, COPULA_KIND], [PREPOSITION_WORDS, PREPOSITION_KIND]] as const) {
  for (const w of list) NOTE_WORD_KINDS[hashOfCodes(w) & 4095] = (NOTE_WORD_KINDS[hashOfCodes(w) & 4095] ?? 0) | kind;
}

/**
 * Whether AGE_WORDS_AT can match at the start of Latin run k (a superset test, reading at most 16 runs' gaps). Its
 * words are letters, apostrophes and hyphens with one space between, then ",? ?" and a digit: the digit stands in a
 * gap between the runs from k on, and every gap before it holds only spaces, commas, apostrophes and hyphens. A gap
 * character beyond ASCII (a letter of another alphabet may continue a word) leaves the answer to the pattern.
 * Speed: most prepositions ("for the...", "a la...", "with her...") are followed by no age, and the pattern costs a
 * call and a walk over up to five words at each.
 */
function ageMayFollow(text: string, runs: LatinRuns, k: number): boolean {
  for (let j = k, last = Math.min(runs.count, k + 16); j < last; j++) {
    const to = j + 1 < runs.count ? (runs.start[j + 1] ?? 0) : text.length;
    for (let i = runs.end[j] ?? 0; i < to; i++) {
      const c = text.charCodeAt(i);
      if ((c >= 48 && c <= 57) || c >= 128) return true;
      if (c !== 32 && c !== 44 && c !== 39 && c !== 45) return false;
    }
  }
  return true;
}

/**
 * The anchors after a copula ("es ist ", "c'est ", "it's ") and after a preposition before an age ("for "), each as
 * position * 4 + kind, ascending: COPULA_END's and PREPOSITION_AGE's match ends that COPULA_BEFORE and
 * PREPOSITION_BEFORE confirm, read from the shared Latin runs instead of two searches of the whole text. Those
 * confirmations end in a space after a copula's last word or a preposition, written in lower case with no letter
 * before it (a lookbehind, an apostrophe or a space): that word is a whole Latin run ending right before the space,
 * and the global searches find every such end (their words hold no space, so no match hides another).
 */
export function noteAnchorsAfterWords(text: string, rooms = false): number[] {
  const runs = latinRuns(text);
  const found: number[] = [];
  const { foldHash, start, end, count } = runs;
  for (let k = 0; k < count; k++) {
    // With `rooms`, the room anchors (roomAnchorAt) from the same walk, in among the others.
    const h = foldHash[k] ?? 0;
    if (rooms && ((ROOM_BITS[(h & 4095) >> 3] ?? 0) & (1 << (h & 7))) !== 0) roomAnchorAt(text, runs, k, found);
    // Most runs: a hash that is none of the words'.
    const kind = NOTE_WORD_KINDS[h & 4095] ?? 0;
    if (kind === 0) continue;
    const e = end[k] ?? 0;
    const s = start[k] ?? 0;
    if (e - s > 4 || codeAt(text, e) !== 32 || !noteLetterCode(codeAt(text, e + 1))) continue;
    const word = text.slice(s, e);
    const p = e + 1;
    if ((kind & COPULA_KIND) !== 0 && COPULA_LAST.includes(word) && COPULA_BEFORE.test(text.slice(Math.max(0, p - 9), p))) found.push(p * 4 + COPULA_KIND);
    else if ((kind & PREPOSITION_KIND) !== 0 && PREPOSITION_WORDS.includes(word) && ageMayFollow(text, runs, k + 1)) {
      AGE_WORDS_AT.lastIndex = p;
      if (AGE_WORDS_AT.test(text) && PREPOSITION_BEFORE.test(text.slice(Math.max(0, p - 9), p))) found.push(p * 4 + PREPOSITION_KIND);
    }
  }
  return found;
}

/** The same by the two searches of the whole text: the reference in tests. */
export function noteAnchorsAfterWordsReference(text: string): number[] {
  const found: number[] = [];
  COPULA_END.lastIndex = 0;
  for (let m = COPULA_END.exec(text); m !== null; m = COPULA_END.exec(text)) {
    const p = m.index + m[0].length;
    if (COPULA_BEFORE.test(text.slice(Math.max(0, p - 9), p))) found.push(p * 4 + COPULA_KIND);
  }
  PREPOSITION_AGE.lastIndex = 0;
  for (let m = PREPOSITION_AGE.exec(text); m !== null; m = PREPOSITION_AGE.exec(text)) {
    const p = m.index + m[0].length;
    if (PREPOSITION_BEFORE.test(text.slice(Math.max(0, p - 9), p))) found.push(p * 4 + PREPOSITION_KIND);
  }
  return found.sort((x, y) => x - y);
}

const ROOM_KIND = 3;
// The one-word bed and room words of every language (languages.ts: 'room', 'zimmer', 'kamer', 'letto'...), by the Latin runs' fold hash.
const ROOM_WORDS = new Set(Object.values(LANGUAGES).flatMap((l) => l.bed).map((w) => w.replace(/\.$/, '')).filter((w) => /^\p{L}+$/u.test(w)));
const ROOM_HASHES = new Set([...ROOM_WORDS].map(hashOfCodes));
// Speed: the same hashes' low 12 bits, one bit each: most runs are ruled out by a byte test instead of a set look-up.
const ROOM_BITS = new Uint8Array(512);
for (const h of ROOM_HASHES) ROOM_BITS[(h & 4095) >> 3] = (ROOM_BITS[(h & 4095) >> 3] ?? 0) | (1 << (h & 7));
// After a room word: its number, then (optionally) a copula, a colon or a dash: "room 6 is ", "zimmer 12 ", "k12: ", "letto 9 - ".
const ROOM_NUMBER = /\.? ?\d{1,4}[a-z]?(?: (?:is|ist|est|es|è|:|-|–))?:? (?=[a-z\u00df-\u00f6\u00f8-\u00ff\u0100-\u024f])/y;

/**
 * The anchor after a bed or room number ("new guest in room 6 is ray pemberton", "zimmer 12 hildegard wiesenthal –
 * schluckstörung") when run k is a room word, as position * 4 + ROOM_KIND: a room word is a whole Latin run, looked
 * up by its hash.
 */
function roomAnchorAt(text: string, runs: LatinRuns, k: number, found: number[]): void {
  const h = runs.foldHash[k] ?? 0;
  if (!ROOM_HASHES.has(h)) return;
  const s = runs.start[k] ?? 0;
  const e = runs.end[k] ?? 0;
  if (!ROOM_WORDS.has(text.slice(s, e).toLowerCase())) return;
  ROOM_NUMBER.lastIndex = e;
  if (ROOM_NUMBER.test(text)) found.push(ROOM_NUMBER.lastIndex * 4 + ROOM_KIND);
}

function scanLowerCaseNotes(text: string, out: Hit[], runs: Runs): void {
  // The anchors in order (position * 4 + kind): a run's start after a break (not a copula), or the word after a
  // copula, a preposition or a room number (never a note run's start: a letter and a space stand before those).
  const words = noteAnchorsAfterWords(text, true);
  let at: number[];
  if (words.length === 0) {
    at = [];
    for (let i = 0; i < runs.noteCount; i++) at.push((runs.note[i] ?? 0) * 4);
  } else {
    at = words;
    for (let i = 0; i < runs.noteCount; i++) at.push((runs.note[i] ?? 0) * 4);
    at.sort((x, y) => x - y);
  }
  let context: boolean | undefined;
  let done = 0;
  for (const anchor of at) {
    const p = anchor >> 2;
    if (p < done) continue;
    LOWER_NOTE.lastIndex = p;
    const m = LOWER_NOTE.exec(text);
    if (m === null) continue;
    const end = noteName(text, m, (anchor & 3) === COPULA_KIND, (anchor & 3) === PREPOSITION_KIND, (anchor & 3) === ROOM_KIND);
    if (end === -1) continue;
    context ??= careContext(text);
    if (!context) return;
    // The first name's start: the match is the title and its space, then groups 2, 3, a space and group 4.
    const start = m.index + m[0].length - (m[4] ?? '').length - 1 - (m[3] ?? '').length - (m[2] ?? '').length;
    out.push({ entity: 'PERSON', dataClass: 'pii', start, end, score: 0.7, rule: 'person.lower-note' });
    done = end;
  }
}

/** No stop word, article, particle, title, role word or word that is never a note's name. */
const NOT_PLAIN_NOTE_WORD = new Set([...STOP, ...ARTICLES, ...PARTICLES, ...TITLES, ...ROLES, ...NOT_NAME_SIGNAL, ...NOT_NOTE_NAME]);
// Speed: one look-up in the union of the seven sets, not one in each.
const plainNoteWord = (w: string): boolean => !NOT_PLAIN_NOTE_WORD.has(w);

// A letter and an apostrophe opening a word ("l'", "d’"). Speed: a module constant, not a literal in noteName (the
// TypeScript transform turns a `\p{...}` literal in a function into a RegExp construction per call).
const LETTER_APOSTROPHE = /^\p{L}['’]/u;
/** The end of the name LOWER_NOTE matched, or -1 when the words are not taken for a name. */
function noteName(text: string, m: RegExpExecArray, copula: boolean, preposition: boolean, room = false): number {
  const title = m[1] !== undefined;
  const first = m[2] ?? '';
  const particles = (m[3] ?? '') !== '';
  const second = m[4] ?? '';
  // Speed: the pattern has no `d` flag (indices cost an array per group on every match); group 4 ends the match.
  const end = m.index + m[0].length;
  // "l'assistant de rédaction", "d'un": an elided article or preposition, not a first name.
  if (!plainNoteWord(first) || !plainNoteWord(second) || LETTER_APOSTROPHE.test(first) || LOWER_FUNCTION.has(first)) return -1;
  // "lena-marie": a double first name of two listed names.
  const listedFirst = (STRONG.has(first) && !WEAK.has(first)) || (first.includes('-') && first.split('-').every((w) => STRONG.has(w) && !WEAK.has(w)));
  // "de jong", "van der meulen", "o'sullivan", "kowalski", or a listed surname.
  const listedSecond = (STRONG.has(second) || SURNAMES.has(second) || SURNAME_ENDING.test(second)) && !WEAK.has(second);
  // An apostrophe inside ("o'sullivan"), not an elided article or preposition before a word ("d'imposition", "dell'anca").
  const nameLikeSecond = particles || (/['’]/.test(second) && !ELIDED.test(second)) || listedSecond;
  const after = text.slice(end, end + 16);
  const verb = NOTE_VERB.test(after);
  const age = NOTE_AGE.test(after);
  // After a preposition only the note's own details count ("for chidinma okafor, 34F", "voor naima ten brink, 63 jr"), or a bare
  // age between commas after a listed or name-like name ("bezoek bij gerrit van der sluis, 79, ...", "bellen met anja de wit, 52,").
  if (preposition) return age || (BARE_AGE.test(after) && (listedFirst || nameLikeSecond)) ? end : -1;
  // After a room number a listed first or second word is enough ("zimmer 12 hildegard wiesenthal"); particles are not
  // ("box 6 – aislamiento de contacto").
  const evidence = title || age || ((copula || room) && listedFirst) || (room && listedSecond) || (listedFirst && (nameLikeSecond || verb || NOTE_DETAIL.test(after))) || (nameLikeSecond && verb);
  return evidence ? end : -1;
}

// "Wenzel, Theodor, *12.12.1950", "Kerbrat, Aurélie, née le...", "Bouwmeester, Aukje (geb. 3-5-1979)": a surname, a comma, a listed
// given name, then a date, a birth cue or a bracket. The given name must be listed and the surname must not be.
const SURNAME_COMMA_GIVEN = /(?<![\p{L}'’-])(\p{Lu}[\p{Ll}'’]+(?:-\p{Lu}[\p{Ll}'’]+)?), (\p{Lu}[\p{Ll}'’-]+)(?=[,;:]?\s*(?:[(*]|\d{1,4}[./-]\d{1,2}[./-]\d{2,4}|(?:dob|d\.o\.b|born|b\.|geb\.|geboren|né|née|nata|nato|nacid[oa]|fecha|data di nascita|date de naissance|geboortedatum)(?!\p{L})))/dgu;

const SURNAME_COMMA_GIVEN_STICKY = new RegExp(SURNAME_COMMA_GIVEN.source, 'duy');
const LOWER_OR_APOSTROPHE = /^[\p{Ll}'’]$/u;
// Speed: a code point of one code unit by its class table (name-chars.ts), others by the pattern.
const lowerOrApostrophe = (c: string): boolean => (c.length === 1 ? isLowerOrApostropheCode(c.charCodeAt(0)) : LOWER_OR_APOSTROPHE.test(c));

/**
 * Where SURNAME_COMMA_GIVEN can start: every match has ", " right after its surname, whose last part is a capital
 * and a run of lower-case letters or apostrophes; the match starts at that capital, or (after a hyphen, where its
 * lookbehind fails) at the capital of the part before. Each walk stays within its own surname: linear.
 */
export function surnameCommaGivenStarts(text: string): number[] {
  const starts: number[] = [];
  let floor = 0;
  for (let comma = text.indexOf(', '); comma !== -1; comma = text.indexOf(', ', comma + 1)) {
    // The given name (a capital) follows this comma in any match that ends its surname here: after ", " an ASCII
    // character that is no capital rules the comma out (most commas in chat) without the walk back.
    const given = text.charCodeAt(comma + 2);
    if (!(given >= 65 && given <= 90) && given < 128) {
      floor = comma;
      continue;
    }
    let k = comma;
    for (let c = codePointBefore(text, k); k > floor && lowerOrApostrophe(c); c = codePointBefore(text, k)) k -= c.length;
    if (k === comma || k <= floor) {
      floor = comma;
      continue;
    }
    const cap = codePointBefore(text, k);
    const s1 = k - cap.length;
    if (codeAt(text, s1 - 1) === 45) {
      let j = s1 - 1;
      for (let c = codePointBefore(text, j); j > floor && lowerOrApostrophe(c); c = codePointBefore(text, j)) j -= c.length;
      const cap0 = codePointBefore(text, j);
      if (j > floor && j - cap0.length >= floor) starts.push(j - cap0.length);
    }
    starts.push(s1);
    floor = comma;
  }
  return starts;
}

/** SURNAME_COMMA_GIVEN's matches from those starts, or (reference) from a global scan. */
export function surnameCommaGivenMatches(text: string, reference = false): RegExpExecArray[] {
  return reference ? matchesAll(text, SURNAME_COMMA_GIVEN) : matchesAt(text, SURNAME_COMMA_GIVEN_STICKY, surnameCommaGivenStarts(text));
}

/** CUED_LOWER's matches from the cue words' starts, or (reference, or a text the index cannot read) from a global scan. */
export function cuedLowerMatches(text: string, reference = false, runs?: Runs): RegExpExecArray[] {
  if (reference || CUE_KEYWORDS.unusable !== null || hasFoldSpecial(text)) return matchesAll(text, CUED_LOWER);
  const r = runs ?? scanRuns(text, CUE_RUNS);
  return matchesAt(text, CUED_LOWER_STICKY, r.key, r.keyCount);
}

function scanSurnameCommaGiven(text: string, out: Hit[]): void {
  for (const m of surnameCommaGivenMatches(text)) {
    const surname = (m[1] ?? '').toLowerCase();
    const given = (m[2] ?? '').toLowerCase();
    const a = m.indices?.[1];
    const b = m.indices?.[2];
    if (a === undefined || b === undefined || STOP.has(surname) || TITLES.has(surname) || ROLES.has(surname) || ARTICLES.has(surname)) continue;
    if (!STRONG.has(given) || NOT_NAME_SIGNAL.has(given) || WEAK.has(given)) continue;
    out.push({ entity: 'PERSON', dataClass: 'pii', start: a[0], end: b[1], score: 0.8, rule: 'person.surname-comma-given' });
  }
}

// A courtesy title typed in lower case ("mevrouw", "frau", "mr"), right before a surname that opens with its particle.
const TITLE_WORD_LOWER = /(?<![\p{L}\d.])(?:mevrouw|meneer|mevr\.?|dhr\.?|mw\.?|de heer|frau|herr|herrn|madame|monsieur|mme|señora|señor|sra\.?|sr\.?|signora|signor|sig\.(?:ra)?|mrs\.?|mr\.?|ms\.?)\s+$/u;
// The particle and the surname: "van dijk", "van den berg", "ter horst", "von hagen", "de boer". The surname must be
// listed (SURNAMES or PARTICLE_CORES): "mevrouw van hiernaast", "meneer van de gemeente" and "mevrouw de voorzitter" are a
// neighbour, an office and a chair.
const PARTICLE_SURNAME = /(?:van|von|ten|ter|de)(?: (?:de|der|den))? (\p{Ll}[\p{Ll}'’-]{2,30})(?![\p{L}'’-])/uy;

/** The end of a particle and surname starting at `at` (PARTICLE_SURNAME), or -1 when the words are no surname. */
function particleSurnameEnd(text: string, at: number): number {
  PARTICLE_SURNAME.lastIndex = at;
  const m = PARTICLE_SURNAME.exec(text);
  if (m === null) return -1;
  const surname = m[1] ?? '';
  if (!SURNAMES.has(surname) && !PARTICLE_CORES.has(surname)) return -1;
  return at + m[0].length;
}

function scanCuedLowerCase(text: string, out: Hit[], runs: Runs): void {
  for (const m of cuedLowerMatches(text, false, runs)) {
    const first = m[1] ?? '';
    const second = m[2];
    const span1 = m.indices?.[1];
    const span2 = m.indices?.[2];
    if (span1 !== undefined && PARTICLES.has(first) && first === first.toLowerCase()) {
      // "mevrouw van dijk van hiernaast", "frau von hagen": a courtesy title, then a surname with its particle.
      const end = TITLE_WORD_LOWER.test(text.slice(Math.max(0, span1[0] - 12), span1[0])) ? particleSurnameEnd(text, span1[0]) : -1;
      if (end !== -1) out.push({ entity: 'PERSON', dataClass: 'pii', start: span1[0], end, score: 0.85, rule: 'person.cue' });
      continue;
    }
    if (span1 === undefined || first !== first.toLowerCase() || NOT_NAME_SIGNAL.has(first) || WEAK.has(first) || LOWER_FUNCTION.has(first)) continue;
    const cueText = text.slice(Math.max(0, span1[0] - 24), span1[0]);
    // A doctorate's faculty after "Dr." ("Dr. med. vet.", "Dr. rer. nat."): the degree, not a name.
    if (DEGREES.has(first) && DOCTOR_BEFORE.test(cueText) && text.charAt(span1[1]) === '.') continue;
    if (!STRONG.has(first) && !NAMING_CUE.test(cueText) && !TITLE_LOWER.test(cueText)) continue;
    // "ci sono buchi negli offset": "there are", not "I am" (data/existential-words.ts).
    if (EXISTENTIAL_BEFORE.test(cueText)) continue;
    const both = second !== undefined && span2 !== undefined && (STRONG.has(second) || WEAK.has(second) || SURNAME_ENDING.test(second));
    out.push({ entity: 'PERSON', dataClass: 'pii', start: span1[0], end: both ? span2[1] : span1[1], score: 0.85, rule: 'person.cue' });
  }
}

// Given names that are also everyday words (WEAK) but read as a given name before a surname after a "for" word: not the
// months, virtues and colours ("for May Day", "for Hope Street", "for Rich Text").
// A label's colon right before the run ("mis notas: X", "grille : X"), and what closes its value after it.
const COLON_BEFORE = /:\s+$/;
const LABEL_VALUE_AFTER = /^(?:,|\s\(|\s[–—-]\s)/;
// The most frequent surnames (data/top-surnames.ts), which the surname list leaves out as everyday words ("Dekker",
// "Kroon", "Colombo"): a name's word here, where a "for" word or a label already names the note's subject.
const TOP_SURNAME: ReadonlySet<string> = new Set(TOP_SURNAMES.split(' ').filter((w) => w !== ''));
/** A word the lists or its shape make a name: a given name (also with its accents folded or an everyday word), a surname. */
const nameWord = (t: Tok): boolean =>
  t.info.strong || t.info.listedSurname || TOP_SURNAME.has(t.lower) || t.info.foreign || t.info.surname || wordGiven(t) || (NON_ASCII.test(t.lower) && accentedGivenName(t.lower));
const NON_ASCII = /[^\p{ASCII}]/u;
const WEAK_GIVEN = new Set('mark bill frank max dean earl guy rose grace donna jay'.split(' '));
const FOR_BEFORE = new RegExp(`(?<!\\p{L})(?:${Object.values(TIED_NAME_WORDS).flatMap((l) => l.forWords).join('|')}) $`, 'iu');
// See judge: what a record puts around a person's name.
const AGE_BEFORE = /(?:^|[\s,(])\d{1,3} ?(?:[MFWmfw]|yo|y\/o|jr|j\.|ans|años|anni|jaar|jahre|years? old|-year-old)[,:]?\s+$/u;
const ROLE_NOUNS =
  'foreman|labourer|laborer|polier|bauhelfer|vorarbeiter|monteur|manœuvre|ouvrier|ouvrière|capataz|peón|albañil|operari[oa]|uitvoerder|opperman|capocantiere|manovale|operai[oa]|student|pupil|estudiante|alumn[oa]|élève|étudiante?|schüler(?:in)?|leerling|studente(?:ssa)?|alunn[oa]|employee|mitarbeiter(?:in)?|salariée?|emplead[oa]|dipendente|werknemer|medewerker|trainee|apprentice|azubi|apprenti|stagiaire|becario|tirocinante|stagiair';
const ROLE_WORD = new RegExp(`^(?:${ROLE_NOUNS})$`, 'u');
const POSSESSIVE_ROLE_BEFORE =
  /(?<!\p{L})(?:our|my|unser(?:e|em|en)?|mein(?:e|em|en)?|notre|mon|ma|nuestr[oa]|mi|nostr[oa]|mi[oa]|onze|mijn)\s+\p{L}[\p{L}-]{2,30},\s+$/iu;
// "Uno de los repartidores, Jonathan Medina, ...", "one of our drivers, ...", "eine unserer Pflegekräfte, ...": one member
// of a group the writer speaks for, named in apposition (two capitalised words, listed or not: a list may not know a
// driver's name) and closed by a comma or a bracket; a person in a note about health or work (judge asks for one).
const PARTITIVE_ROLE_BEFORE =
  /(?<!\p{L})(?:one of (?:our|my|the)|(?:eine[rsmn]?|einem) (?:unserer|meiner|der)|(?:l['’])?une? (?:des|de nos|de mes)|un[oa] de (?:los|las|nuestr[oa]s|mis)|(?:een|één) van (?:de|onze|mijn)|un[oa]? (?:dei|degli|delle)(?: (?:nostr[ie]|miei|mie))?)\s+\p{L}[\p{L}-]{2,30},\s+$/iu;
// The words a model's or a product's name goes on with ("Claude Code", "Gemini Pro", "Mistral Large"): no surname.
const MODEL_TIER = new Set('code pro ultra flash nano large small medium mini max plus guard instruct chat vision base sonnet opus haiku lite turbo coder studio cloud'.split(' '));
// The apposition closes right after the name: a comma or a bracket ("..., Jonathan Medina (carné ...), nos ha dicho").
const APPOSITION_CLOSE = /^(?:,| \()/;
// A file, policy, member, student or patient number right after the name, behind a comma or in brackets, and its label
// ("Higinio Carrasco, póliza 88-221907", "Roberta Colombo (matricola 40337)").
const ID_AFTER =
  /^(?:, ?\(?| \()(?:id|n[°º]|no\.?|nr\.?|#|ref\.?|expediente|p[óo]liza|polizza|dossier|adh[ée]rente?|membre|member|mitglied|matricola|fascicolo|policy|case|file|student|studente|[ée]l[èe]ve|alumn[oa]|leerling|kundennummer|kunden-nr\.?|klantnummer|staff|employee|personalnummer|personal-nr\.?|personeelsnummer|matricule|patient|nhs|mrn|versichertennummer|num[ée]ro|n[úu]mero|nummer)(?: (?:id|n[°ºo]\.?|nr\.?|no\.?|number|nummer|num[ée]ro|n[úu]mero))?\.?:? ?\d[\d-]{3,}\d(?![\d.:/])/iu;

// "de", "di", "von" (and "of") between a name and its author's surname.
const AUTHOR_GAP = /^ (?:de|di|von|van|of) $/;
// "Virginia Woolf's ", "Thomas Manns ", then an optional title: the two words before a name that make it their work.
const PUBLIC_POSSESSOR = /(?<![\p{L}])(\p{Lu}\p{Ll}+) (\p{Lu}\p{Ll}+?)(?:['’]s|s) (?:\p{Lu}\p{Ll}{0,9}\.? )?$/u;

/**
 * PUBLIC_POSSESSOR on the 48 characters before `at`, run only when they can match: they end in a space, and "s " (the
 * possessive or genitive) ends them or comes at most a title (a capital, up to nine lower-case letters of at most two
 * code units each, a dot, a space: 23 code units) before their end.
 */
export function possessorBefore(text: string, at: number): RegExpExecArray | null {
  const lo = Math.max(0, at - 48);
  if (at - lo < 6 || text.charCodeAt(at - 1) !== 32) return null;
  // Looked for within those characters only (a search to the text's start would make the scan quadratic).
  let s = at - 2;
  for (const floor = Math.max(lo, at - 28); s >= floor && !(text.charCodeAt(s) === 115 && text.charCodeAt(s + 1) === 32); ) s--;
  if (s < lo || s < at - 28) return null;
  return PUBLIC_POSSESSOR.exec(text.slice(lo, at));
}

/** PUBLIC_POSSESSOR on the 48 characters before `at`: the reference in tests. */
export function possessorBeforeReference(text: string, at: number): RegExpExecArray | null {
  return PUBLIC_POSSESSOR.exec(text.slice(Math.max(0, at - 48), at));
}

// Tok.lower is its info's lower: STRONG.has(t.lower) && !NOT_NAME_SIGNAL.has(t.lower), kept with the word.
// Language names, capitalised in German, Dutch and English ("auf Deutsch", "in het Engels", "into French"); some are
// surnames or given names too ("Deutsch", "Engels", "Frans", "French").
const LANGUAGE_NAMES = new Set(
  'deutsch englisch französisch spanisch italienisch niederländisch holländisch polnisch türkisch russisch arabisch griechisch portugiesisch nederlands engels duits frans spaans italiaans pools turks russisch arabisch grieks portugees english german french dutch spanish italian polish turkish russian arabic greek portuguese'.split(' '),
);
// What stands before a language's name: a preposition of translation or medium and at most one article or adjective
// ("in sauberes Deutsch", "auf Deutsch", "in het Engels", "naar het Frans", "into plain French"), or another language and
// a comma or conjunction ("in Deutsch, Englisch, Polnisch").
const LANGUAGE_BEFORE = /(?<!\p{L})(?:in|ins|auf|into|naar|vanuit|uit)\s+(?:\p{Ll}+\s+)?$/u;
const LANGUAGE_LIST_BEFORE = /(\p{Lu}\p{Ll}+)(?:,\s*|\s+(?:und|oder|and|or|en|of)\s+)$/u;
function languageNamed(text: string, at: number): boolean {
  const before = text.slice(Math.max(0, at - 24), at);
  if (LANGUAGE_BEFORE.test(before)) return true;
  const m = LANGUAGE_LIST_BEFORE.exec(before);
  return m !== null && LANGUAGE_NAMES.has((m[1] ?? '').toLowerCase());
}
/** A word some list or shape reads as part of a name: an initial, a listed given name or surname, letters beyond ASCII, a surname's ending. */
const nameShaped = (t: Tok): boolean => t.initial || t.info.strong || t.info.weak || t.info.listedSurname || t.info.foreign || t.info.surname || CAP_PAIR.test(t.info.word);
const DECADE_PART = new Set(['anfang', 'mitte', 'ende']);
const DECADE_AFTER = /^ (?:[1-9]0(?:er)?(?!\d)|zwanzig|dreißig|dreissig|vierzig|fünfzig|sechzig|siebzig|achtzig|neunzig)/u;
// The text, a line or a sentence ends right before (asked by one rule only, on the 32 characters before a run).
const SENTENCE_END_BEFORE = /(?:^|[.!?:]\s*|\n\s*)$/;
// Speed: judge makes no closure per call (under a transform that names functions, each costs a property definition).
const listedName = (t: Tok | undefined): boolean => t !== undefined && t.info.strong && !t.info.notNameSignal;

// "Mark Devlin", "Grace Okafor": a given name that is also an everyday word ("mark", "grace"), then a listed name that is
// no word: the subject-verb rule takes it as it takes "Tom Ridgeway" (one listed word) and "Mark Ridgeway" (one weak word).
const weakGivenPair = (words: readonly Tok[]): boolean => {
  const [a, b] = words;
  return a !== undefined && b !== undefined && a.info.weak && !a.info.strong && b.info.strong && !b.info.weak;
};

const WORD_GIVEN: ReadonlySet<string> = new Set(WORD_NAMES.split(' ').filter((w) => w !== ''));
const OPENING_WORD_GIVEN: ReadonlySet<string> = new Set(OPENING_WORD_NAMES.split(' ').filter((w) => w !== ''));
/**
 * A lone capitalised given name that is also an everyday word ("Marcel", "Jasper", "Fleur", "Roos", "Bill", "Mercedes"),
 * which the lists leave out or keep from standing alone: where a note names the subject of a health fact
 * (health-subject-names.ts; only by a noun, a relation or a verb before it when the word also opens sentences as itself,
 * OPENING_WORD_NAMES), in a note about someone's health or care. "Quick handover: Jasper was sick twice", "Notitie: Fleur
 * vertelde me dat ze een miskraam heeft gehad", "my client Hope is 28 weeks pregnant".
 */
function wordNameSubject(text: string, t: Tok): boolean {
  return t.cap && !t.shout && WORD_GIVEN.has(t.lower) && !NOT_NAME_SIGNAL.has(t.lower) && !MODEL_TIER.has(t.lower) && !DEFINED_AFTER.test(text.slice(t.end, t.end + 12)) && careContext(text) && healthSubjectName(text, t.start, t.end, { byRole: OPENING_WORD_GIVEN.has(t.lower) });
}
// The word defined as a thing ("Jasper è una pietra", "Rose is a flower that..."): no person.
const DEFINED_AFTER = /^ (?:is|è|es|est|ist) (?:a|an|una|uno|un|une|ein|eine|een)(?!\p{L})/u;
const wordGivenPart = (w: string): boolean => WORD_GIVEN.has(w) || STRONG.has(w) || NOT_NAME_SIGNAL.has(w);
/** A given name that reads as a word ('Ruby', 'Iris', 'Aurora'), or a hyphenated pair with one ('Lily-Mae'). */
function wordGiven(t: Tok): boolean {
  if (WORD_GIVEN.has(t.lower) || (t.info.strong && t.info.notNameSignal)) return true;
  const dash = t.lower.indexOf('-');
  if (dash < 2 || !CAP_PAIR.test(t.info.word)) return false;
  const a = t.lower.slice(0, dash);
  const b = t.lower.slice(dash + 1);
  return wordGivenPart(a) && wordGivenPart(b) && (WORD_GIVEN.has(a) || WORD_GIVEN.has(b));
}

// A possessive or a German article right before a capitalised noun makes that noun a common noun (a role), not the first
// word of a place's or a room's name ("in the Aneurin Bevan Room", "Royal Victoria Dock").
const ROLE_DETERMINER = new Set([...POSSESSIVE, 'der', 'die', 'den', 'dem', 'des', 'einer', 'einem', 'einen', 'unseren', 'unserem', 'unserer', 'unseres', 'meinem', 'meines', 'seinen', 'seinem', 'ihren', 'ihrem', 'deinen', 'deinem', 'euren', 'eurem']);
const WORD_BEFORE = /(\p{L}+) $/u;
// A German adjective's endings ("neue", "neuer", "langjährigen").
const ADJECTIVE_ENDING = /\p{L}{2}(?:e|er|en|es|em)$/u;

/**
 * Three capitalised words, mid-sentence, after a possessive or a German article: an unlisted noun that is no surname
 * and no venue, a listed first name that is no surname, and a capitalised word: a role and the person holding it
 * ("unseren Platzwart Erwin Kaltenbach", "our Coach Mike Brennan").
 */
// A job title's abbreviation after a possessive ("Unsere ZFA Lea Brandstätter", "our HCA Jane Doe", "notre ASH Marie
// Lefort", "nuestra TCAE Ana Gil", "la nostra OSS Maria Russo"): two to five capitals, the role of the name after it.
const ROLE_ABBREVIATION = /^\p{Lu}{2,5}$/u;
const roleAbbreviation = (text: string, lead: Tok): boolean =>
  ROLE_ABBREVIATION.test(text.slice(lead.start, lead.end)) && POSSESSIVE.has((WORD_BEFORE.exec(text.slice(Math.max(0, lead.start - 16), lead.start))?.[1] ?? '').toLowerCase());
function roleBeforeName(text: string, run: readonly Tok[], determinerAt = true): boolean {
  const [lead, given, last] = run;
  if (lead === undefined || given === undefined || last === undefined || lead.initial || given.initial || last.initial || (lead.shout && !roleAbbreviation(text, lead)) || !lead.cap) return false;
  if (determinerAt && !ROLE_DETERMINER.has((WORD_BEFORE.exec(text.slice(Math.max(0, lead.start - 16), lead.start))?.[1] ?? '').toLowerCase())) return false;
  if (last.info.venue || (placeBits(last.info) & (ORGANISATION_WORD | PLACE_ENDING_WORD | PLACE_AFTER_WORD_BIT)) !== 0) return false;
  if (lead.info.strong || lead.info.weak || lead.info.listedSurname || lead.info.venue || lead.info.foreign || lead.info.surname || lead.info.publicWord) return false;
  return listedName(given) && !given.info.listedSurname && !given.info.weak && last.cap && !last.shout && !last.info.notNameSignal;
}

function judge(text: string, tokens: Tok[], out: Hit[]): void {
  let run = tokens;
  // An office's title opening the run, before two or more words ("Transport Secretary Heidi X", "IG-Metall-Vorsitzende
  // Christiane X"): the name is the words after it, which public-role.ts then reads with the office before them.
  for (let i = 0; i + 2 < run.length; i++) {
    const t = run[i];
    if (t !== undefined && !t.initial && officeLast(t) && run.slice(0, i).every((u) => !listedName(u))) {
      judge(text, run.slice(i + 1), out);
      return;
    }
  }
  // A function word opening a sentence before words that no list or shape makes a name ("Bei Krankheit ist die Schule zu
  // informieren", German capitalising the noun after it): no name. Before a name ("Bij Jansen-Bakker is diabetes
  // vastgesteld", "Wenn Leon sich die Ohren zuhält") the run is judged as it is.
  if (run.length >= 2 && run[0]?.info.functionWord === true && atSentenceStart(text, run[0].start) && !run.slice(1).some(nameShaped)) return;
  // "eine Frau Ende 30", "ein Mann Mitte vierzig": German gives an age by its decade after the noun, which reads like a
  // title; the word is no surname after it.
  if (run.length === 1 && DECADE_PART.has(run[0]?.lower ?? '') && DECADE_AFTER.test(text.slice(run[0]?.end ?? 0, (run[0]?.end ?? 0) + 10))) return;
  // A sentence's first word is capitalised whatever it is ("Fass Thomas Manns..."): unlisted, before a listed first name and
  // a surname, it is not part of the name.
  // A given name that is also a model's ("L'autista Roberta Colombo") counts here: the slice only sets where the name starts.
  if (run.length > 2 && run[0]?.initial === false && !listedName(run[0]) && run[1]?.info.strong === true && atSentenceStart(text, run[0].start)) run = run.slice(1);
  // A capitalised noun before a listed first name and a surname, mid-sentence, is the person's role, which German always
  // capitalises and English, Dutch and Italian titles may ("unseren Platzwart Erwin Kaltenbach", "Meine Fahrschülerin Jana
  // Köhler", "our Coach Mike Brennan", "onze Teamleider Sanne Bakker"): the name is the two words after it.
  // Not in a street's or a place's name ("rue du Colonel Pierre Avia").
  // A relative's or a group member's noun needs no determiner ("storniert, weil Ehemann Gerd Hollmann einen Herzinfarkt
  // hatte", "Teilnehmerin Jana Köhler"), nor a rank written with a slash ("Ch/Off Martin Grealish", "2/Eng Pavel Novak").
  else if (run.length === 3 && (roleBeforeName(text, run) || ((groupNounBefore(text, run[1]?.start ?? 0) || codeAt(text, (run[0]?.start ?? 0) - 1) === 47) && roleBeforeName(text, run, false))) && !placeBefore(text, run[0]?.start ?? 0)) run = run.slice(1);
  // The same after a possessive that opens the sentence ("Meine Fahrschülerin Jana Köhler").
  else if (run.length === 4 && POSSESSIVE.has(run[0]?.lower ?? '') && atSentenceStart(text, run[0]?.start ?? 0) && roleBeforeName(text, run.slice(1), false)) run = run.slice(2);
  // And after a German adjective that opens the sentence, capitalised there ("Neue Köchin Svenja Thielemann fängt an",
  // "Neuer Mitarbeiter Jonas Albers"): an unlisted word with an adjective's ending.
  else if (run.length === 4 && run[0] !== undefined && !run[0].initial && !listedName(run[0]) && ADJECTIVE_ENDING.test(run[0].lower) && atSentenceStart(text, run[0].start) && roleBeforeName(text, run.slice(1), false)) run = run.slice(2);
  // So is a capitalised cue that opens a sentence or a quotation before a listed first name ("'Soy Álvaro, 38...'",
  // "Sono Federica, infermiera"): the name is the word after it, cued.
  else if (run.length === 2 && run[0]?.initial === false && !listedName(run[0]) && listedName(run[1]) && atSentenceStart(text, run[0].start) && cuesBefore(text, run[1]?.start ?? 0).any) run = run.slice(1);
  // A group member's noun before a lone listed given name, capitalised as German nouns are or as a sentence's first word
  // ("Vrijwilliger Ingrid wil na haar burn-out...", "Unser Ehrenamtlicher Manfred kommt nach seinem Herzinfarkt"): the
  // name is the last word and the noun its role, when the sentence states that person's health (health-subject-names.ts).
  const named = run.at(-1);
  if (named !== undefined && (run.length === 2 || (run.length === 3 && POSSESSIVE.has(run[0]?.lower ?? ''))) && !named.initial && listedName(named) && !named.info.listedSurname && groupNounBefore(text, named.start) && healthSubjectName(text, named.start, named.end)) run = run.slice(-1);
  // Trim initials at the edges; a name is never just an initial.
  while (run.length > 0 && run[0]?.initial === true && run.length === 1) run.shift();
  const first = run[0];
  const last = run.at(-1);
  if (first === undefined || last === undefined) return;
  let initials = false;
  for (const t of run) if (t.initial) initials = true;
  const words = initials ? run.filter((t) => !t.initial) : run;
  // A capitalised double given name opening a run of two or three words ("Finn-Luca Brandt") counts as a listed one.
  const pairFirst = words.length >= 2 && words.length <= 3 && capPairGiven(words[0]);
  let strong = pairFirst ? 1 : 0;
  let weak = 0;
  let allCap = true;
  let shouting = false;
  let foreign = false;
  let surname = false;
  for (const t of words) {
    const listed = t.info.strong;
    if (listed && !t.info.notNameSignal) strong++;
    if (t.info.weak) weak++;
    if (!t.cap) allCap = false;
    // ALL-CAPS words (HIPAA, QUEUE, city lines in addresses) are names only when listed.
    if (t.shout && !listed) shouting = true;
    // Shape signals that need no list: letters beyond ASCII, a common surname ending or prefix.
    if (t.info.foreign) foreign = true;
    if (t.info.surname) surname = true;
  }
  if (shouting && strong === 0) return;
  // Cheap exit: one unlisted, unremarkable word can only be a name right after a strong cue ("Dr. X").
  const plain = strong + weak === 0 && words.length < 2 && !foreign && !surname && !(first.initial && (last.info.listedSurname || DOUBLE_BARRELLED.test(text.slice(last.start, last.end))));
  if (plain && !allCap) return;
  const wordSubject = words.length === 1 && !first.initial && wordNameSubject(text, first);
  if (plain && !wordSubject && !titleCueBefore(text, first.start)) return;
  const cues = cuesBefore(text, first.start);
  // A brand and its product, or one word and a product's, a service's or a place's code (product-runs.ts): "TENA Slip
  // Maxi", "ITA Airways"; "Paris SP", "Argo CD". A longer run keeps its judgement ("Edith Parry MRN").
  if (!cues.strong && (capsBrandHead(words) || (words.length === 2 && trailingCode(words)))) return;
  // A street's or a place's type word inside the run ("Sevilla Avenida de la Constitución", "Madrid Calle Mayor"): the
  // words before it are judged alone (a city, a sentence's last word), the rest is the place.
  for (let i = 1; i < words.length; i++) {
    const t = words[i];
    if (t !== undefined && t.cap && !t.shout && (placeBits(t.info) & PLACE_FIRST_WORD_BIT) !== 0) {
      judge(text, run.slice(0, run.indexOf(t)), out);
      return;
    }
  }
  // Speed: the place tests below only return, like the cheap exits above, so they run after them (same answers).
  const lastTok = words.at(-1);
  const lastWord = lastTok?.lower ?? '';
  // The last word's ORGANISATION, PLACE_ENDING (itself or its part before a hyphen) and PLACE_AFTER_WORD answers.
  const lastPlace = lastTok === undefined ? 0 : placeBits(lastTok.info);
  if ((strong === 0 && words.length >= 2 && (lastPlace & ORGANISATION_WORD) !== 0) || (lastPlace & PLACE_ENDING_WORD) !== 0) return;
  // A firm's or a service's last word right after the other words ("ITA Airways", "France Travail"); not across a particle,
  // where a person is named with their employer ("Jan Meier von der Techniker Krankenkasse").
  if (words.length >= 2 && lastTok !== undefined && lastTok.cap && FIRM_END.has(lastWord) && !lastTok.info.strong && !lastTok.info.listedSurname && !cues.strong && run.every((t, i) => i === 0 || t.start - (run[i - 1]?.end ?? 0) === 1)) return;
  if ((words.length >= 2 && (lastPlace & PLACE_AFTER_WORD_BIT) !== 0) || PLACE_AFTER.test(text.slice(last.end, last.end + 16)) || placeBefore(text, first.start)) return;
  if (words.length >= 2 && first.cap && (placeBits(first.info) & PLACE_FIRST_WORD_BIT) !== 0) return;
  if (words.length >= 2 && lastTok !== undefined && lastTok.cap && STREET_LAST.has(lastWord) && !cues.strong) return;
  // "auf Deutsch", "in het Engels", "Prospekte in Deutsch, Englisch, Polnisch": a language, not the surname it also is.
  if (words.length === 1 && !cues.strong && LANGUAGE_NAMES.has(first.lower) && languageNamed(text, first.start)) return;
  // A venue or lodging noun in the run names a place: "Ist das Hotel Adlon Kempinski", "stay Macdonald Aviemore Resort",
  // "Grotte di Castellana", "Premier Inn Edinburgh". Not when a person's name follows the noun: a person may be named
  // after it ("im Krankenhaus Maria Schmidt besucht"), and a venue named after a person ("Brauhaus Ernst August") is
  // left to person-context.ts's business nouns. A title or naming cue before the run keeps it a name.
  if (!cues.strong) {
    let v = -1;
    for (let i = 0; i < run.length && v < 0; i++) {
      const t = run[i];
      if (t !== undefined && t.cap && !t.shout && t.info.venue) v = i;
    }
    if (v >= 0) {
      // A person's name there is a listed given name that is no surname and a word after it; a lone listed word
      // ("Hostel Jansen") or one after a particle ("Zoosafari di Fasano", "Grotte de Lascaux") is the venue's name or place.
      const next = run[v + 1];
      const person = next !== undefined && listedName(next) && !next.info.listedSurname && run.length > v + 2 && text.slice(run[v]?.end ?? 0, next.start) === ' ';
      if (!person) {
        // A word in capitals before the noun ends a column ("Alba Herrero SALIDA Parking", a gate log): the name before
        // it is judged alone.
        if (v >= 2 && run[v - 1]?.shout === true) judge(text, run.slice(0, v), out);
        return;
      }
    }
  }
  const initialInside = initials && run.length >= 3 && run.slice(1, -1).some((t) => t.initial);
  const strongCue = cues.strong;
  const cue = cues.any;
  const before = text.slice(Math.max(0, first.start - 32), first.start);
  let score = 0;
  // Found by what follows it (a department, sick leave): context, so a general-knowledge question does not drop it.
  let colleague = false;
  if (strongCue && (allCap || strong + weak > 0)) score = 0.9;
  else if (cue && allCap && strong + weak > 0) score = 0.85;
  // A listed first name and any surname ("Radu Ionescu"); a listed word after an unlisted one ("Lager Nord", "Cola Cao")
  // is more often a place, product or team name.
  else if (allCap && strong >= 1 && words.length >= 2 && (listedName(words[0]) || pairFirst || strong >= 2 || initialInside || foreign || surname)) score = 0.85;
  // One listed word with no cue ("Manchester", "Qué", "Zara") is too weak on chat text: reported below the threshold.
  else if (allCap && strong >= 1 && words.length === 1 && !ALONE_NOT_NAME.has(words[0]?.lower ?? '')) {
    colleague = colleagueAfter(text, last.end);
    score = cues.relation || colleague || (VOCATIVE.test(text.slice(last.end, last.end + 2)) && GREETING.test(text.slice(Math.max(0, first.start - 16), first.start))) ? 0.7 : 0.45;
    // "la petite Léa, 6 ans", "Matteo, 19 anni": an age right after it; "Her son Callum has cerebral palsy": a third
    // person's relative before it in a note about health or care (care-note-names.ts).
    if (score === 0.45 && (AGE_AFTER.test(text.slice(last.end, last.end + 16)) || (theirKinBefore(text, first.start) && (hrOrHealth(text) || careContext(text))))) score = 0.7;
    // "Tobias fällt heute wegen Migräneattacke aus", "que Sébastien sera absent (lombalgie)": the subject of a sentence
    // that states a health fact, in a text that reads as one about someone's health or work (health-subject-names.ts).
    if (score === 0.45 && healthSubjectName(text, first.start, last.end)) score = 0.7;
  } else if (allCap && words.length >= 2 && (initialInside || foreign || surname)) score = 0.8;
  else if (!allCap && strong >= 2 && words.length === strong) score = 0.6;
  else if (!allCap && words.length === 2 && strong >= 1 && surname) score = 0.6;
  else if (allCap && words.length === 1 && (foreign || surname) && (cue || !SENTENCE_END_BEFORE.test(before))) score = 0.45;
  // All-lower-case chat: "john smith has diabetes" (a listed first name, a second word, then a verb).
  // "manuel outeiro vilar, 28 años": a listed first name and two surnames.
  else if (!allCap && (words.length === 2 || (words.length === 3 && listedName(words[0]))) && strong >= 1 && !POSSESSIVE.has(first.lower) && LOWER_SUBJECT.test(text.slice(last.end, last.end + 12))) score = 0.6;
  // A lone given name typed in lower case in a therapy, care, school or gym note ("saw jess today, still low mood,
  // sertraline 50mg", "séance avec hugo : idées noires", "school note: leo was sent home with a seizure"): where the note
  // names its subject, with a health fact beside it (health-subject-names.ts lowerNoteSubject). Never a word the lists
  // share with everyday lower-case text (WEAK, NOT_NOTE_NAME, function words).
  else if (!allCap && words.length === 1 && strong === 1 && weak === 0 && !first.initial && !first.shout && first.end - first.start >= 3 && lowerLoneOk(text, first.lower, first.start) && careContext(text) && lowerNoteSubject(text, first.start, first.end)) score = 0.7;
  else if (cue && allCap && words.length >= 2) score = 0.6;
  // "Higinio Barreiro", "R. Vasquez-Thorne": a listed surname last, or an initial and a double-barrelled surname.
  else if (allCap && words.length >= 2 && words.length <= 3 && last.info.listedSurname) score = 0.6;
  else if (allCap && first.initial && words.length >= 1 && words.length <= 2 && (last.info.listedSurname || DOUBLE_BARRELLED.test(text.slice(last.start, last.end)))) score = 0.7;
  // Lower-case chat: a listed first name right after a cue ("je suis maëlle bonnefoy", "patient ilse de vries").
  // Not a function word ("sono nella tabella", "sono della settimana scorsa": LOWER_FUNCTION).
  else if (!allCap && strong >= 1 && weak === 0 && words.length <= 3 && !LOWER_FUNCTION.has(first.lower) && (strongCue || (SELF_CUE.test(before) && !EXISTENTIAL_BEFORE.test(before)))) score = 0.7;
  // "Océane Da Silva": a capitalised particle inside the run, and a listed word at either end.
  else if (allCap && words.length >= 2 && words.length <= 3 && words.some((t) => t.capParticleBefore === true) && !PARTICLE_PLACE_FIRST.has(first.lower) && (listedName(words[0]) || STRONG.has(last.lower) || last.info.listedSurname)) score = 0.7;
  if (score === 0 && allCap && words.length >= 2 && words.length <= 3 && (AGE_AFTER.test(text.slice(last.end, last.end + 16)) || BARE_AGE_AFTER.test(text.slice(last.end, last.end + 24)))) score = 0.7;
  // "Riet Kroon (79) uit de Plantagebuurt ... nierdialyse": two capitalised words and an age in brackets opening a sentence
  // of a note about someone's health, care or work (a press release's resident, a care plan's client). A place of origin
  // after the age, or a word of the run a name by the lists: a room or a ward is numbered so too ("Ward Nightingale (24)").
  if (score === 0 && allCap && words.length === 2 && !first.initial && codeAt(text, last.end + 1) === 40) {
    const age = BRACKET_AGE_AFTER.exec(text.slice(last.end, last.end + 14));
    if (age !== null && SENTENCE_OR_QUOTE_BEFORE.test(before) && (ORIGIN_AFTER.test(text.slice(last.end + age[0].length, last.end + age[0].length + 24)) || nameWord(first) || nameWord(last)) &&
      (hrOrHealth(text) || careContext(text))) score = 0.7;
  }
  if (score === 0 && allCap && words.length === 2 && !first.initial && (strong + weak <= 1 || weakGivenPair(words)) && !POSSESSIVE.has(first.lower) && (SUBJECT_VERB_AFTER.test(text.slice(last.end, last.end + 10)) || colleagueAfter(text, last.end)) &&
    SENTENCE_OR_QUOTE_BEFORE.test(before) && (hrOrHealth(text) || careContext(text))) score = 0.6;
  // "Roberta Sala passa da magazziniera a customer care ... ernia del disco", "Claude Martin ist krankgeschrieben": a given
  // name that is also a model's or a product's (NOT_NAME_SIGNAL), then a listed surname (or a listed name: "Sala"), opening a sentence of a note
  // about someone's health or work, or after a group member's noun ("L'autista Roberta Colombo", health-subject-names.ts).
  if (score === 0 && allCap && words.length === 2 && !first.initial && first.info.strong && first.info.notNameSignal &&
    (last.info.listedSurname || listedName(last)) && !last.info.notNameSignal && !MODEL_TIER.has(last.lower) && (SENTENCE_OR_QUOTE_BEFORE.test(before) || groupNounBefore(text, first.start)) &&
    (hrOrHealth(text) || careContext(text))) score = 0.6;
  // "Ruby Carmichael in Stage 4 has epilepsy", "Iris Vermeer, handbal, schouderluxatie", "Lily-Mae Saunders (U13 girls)":
  // a given name that is also an everyday word (WORD_NAMES) or a model's name, alone or hyphenated, then a surname, opening
  // a sentence of a note about someone's health or care: the note's subject. The surname listed (or shaped like one), or
  // an apposition or a verb after it.
  if (score === 0 && allCap && words.length === 2 && !first.initial && wordGiven(first) && !last.info.notNameSignal && !last.info.weak && !MODEL_TIER.has(last.lower) &&
    SENTENCE_OR_QUOTE_BEFORE.test(before) && (last.info.strong || last.info.listedSurname || last.info.foreign || last.info.surname || APPOSITION_CLOSE.test(text.slice(last.end, last.end + 2)) || SUBJECT_VERB_AFTER.test(text.slice(last.end, last.end + 10))) &&
    (hrOrHealth(text) || careContext(text))) score = 0.6;
  // "für Frank Albers, seit 8 Wochen krank": a given name that is also an everyday word and a surname, right after a "for"
  // word, in a note about someone's health, care or work (where "for" names the person the request is about).
  if (score === 0 && allCap && words.length === 2 && !first.initial && WEAK_GIVEN.has(first.lower) && !last.info.weak &&
    FOR_BEFORE.test(before) && careContext(text)) score = 0.6;
  // "report comment for Ruby Ashworth", "mis notas: Aitana Crespo, 3º ESO", "notes : Benoît Faure – très bon niveau": two
  // capitalised words right after a "for" word, or opening a label's value (after a colon, then a comma, a bracket or a
  // dash), in a note about someone's health or care: the note's subject. One of the words must be a name by the lists
  // (a given name, also with its accents folded, an everyday-word given name, a surname) or by its shape.
  if (score === 0 && allCap && words.length === 2 && !first.initial && !last.info.weak && !first.info.notNameSignal && !last.info.notNameSignal && !MODEL_TIER.has(last.lower) &&
    (nameWord(first) || nameWord(last)) && (FOR_BEFORE.test(before) || (COLON_BEFORE.test(before) && LABEL_VALUE_AFTER.test(text.slice(last.end, last.end + 3)))) &&
    careContext(text)) score = 0.6;
  // Two or three capitalised words that a record puts around a person: an age and sex before ("72F, Morwenna
  // Trevithick"), a role noun or "our <job>," before ("Student Kieran Abbott-Singh", "un nostro magazziniere, Gurpreet
  // Singh"), or a labelled number after ("Higinio Carrasco, póliza 88-221907", "..., ID 2211843").
  // A role noun or a file noun that starts the run ("Student Kieran Abbott-Singh", "Expediente de Higinio Carrasco") is
  // not part of the name: the name starts after it.
  let startTok = first;
  if (score === 0 && allCap && !first.initial) {
    const lead = words[0];
    const next = words[1];
    const roleLead = lead !== undefined && ROLE_WORD.test(lead.lower);
    const fileLead = lead !== undefined && next !== undefined && words.length === 3 && atSentenceStart(text, lead.start) && text.slice(lead.end, next.start) !== ' ';
    const core = roleLead || fileLead ? words.slice(1) : words;
    const c0 = core[0] ?? first;
    // Speed: each pattern only where its cheap precondition holds (a comma after; a comma, a digit or a role word before).
    const gap = codeAt(text, c0.start - 1) === 32 ? c0.start - 1 : -1;
    const prev = gap > 0 ? text.slice(text.lastIndexOf(' ', gap - 1) + 1, gap) : '';
    if (core.length >= 2 && core.length <= 3 &&
      (roleLead ||
        ((codeAt(text, last.end) === 44 || (codeAt(text, last.end) === 32 && codeAt(text, last.end + 1) === 40)) && ID_AFTER.test(text.slice(last.end, last.end + 40))) ||
        (prev.endsWith(',') && (AGE_BEFORE.test(text.slice(Math.max(0, c0.start - 32), c0.start)) || POSSESSIVE_ROLE_BEFORE.test(text.slice(Math.max(0, c0.start - 32), c0.start)) ||
          (core.length === 2 && (placeBits(c0.info) & ORGANISATION_WORD) === 0 && APPOSITION_CLOSE.test(text.slice(last.end, last.end + 2)) && PARTITIVE_ROLE_BEFORE.test(text.slice(Math.max(0, c0.start - 48), c0.start)) && (hrOrHealth(text) || careContext(text))))) ||
        ROLE_WORD.test(prev.toLowerCase()))) {
      score = 0.7;
      startTok = c0;
    }
  }
  if (score === 0 && wordSubject) score = 0.7;
  if (score === 0) return;
  // A character or work of a public figure: "Virginia Woolf's Mrs Dalloway", "Madame Bovary de Flaubert". Even after a title.
  const prevTok = run.at(-2);
  const byAuthor =
    prevTok !== undefined && !last.initial && last.info.authorSurname && AUTHOR_GAP.test(text.slice(prevTok.end, last.start));
  const possessor = possessorBefore(text, first.start);
  if (byAuthor || (possessor !== null && PUBLIC.has(`${possessor[1] ?? ''} ${possessor[2] ?? ''}`.toLowerCase()))) score = Math.min(score, 0.3);
  // A monarch or pope: a listed given name and a regnal number ("Louis XIV", "Felipe II", "Ludwig II"). Two words only:
  // "Robert Johnson III" is a private person with a generational suffix.
  if (words.length === 2 && regnalNumber(text.slice(last.start, last.end)) && listedName(first)) score = Math.min(score, 0.3);
  // A figure named with its title, which the run leaves out ("Don Camillo", "Mrs Hudson", "signorina Silvani", "Peppone"
  // after "Don"): the title and the run make a listed public or fictional name, whatever cue the title is.
  // Not a courtesy title, which a private person has too ("Mrs Hudson from flat 3").
  const titleWord = TITLE_WORD_BEFORE.exec(before)?.[1]?.toLowerCase();
  if (titleWord !== undefined && !COURTESY_TITLES.has(titleWord) && PUBLIC.has(`${titleWord} ${words.map((t) => t.lower).join(' ')}`)) score = Math.min(score, 0.3);
  // Public figures and person-named brands, unless a cue says it is someone's own data ("my name is", "Herr").
  if (!strongCue || /^(?:dr|prof)\.?$/i.test(before.trim().split(/\s+/).at(-1) ?? '')) {
    // One word: the span is the last word and no brand, model or figure inside; its answers are kept with the word.
    if (words.length === 1 && lastTok !== undefined) {
      if (lastTok.info.publicWord) score = 0.3;
    } else {
      const span = words.map((t) => t.lower).join(' ');
      // German genitive ("Thomas Manns Zauberberg").
      const genitive = lastWord.endsWith('s') ? lastWord.slice(0, -1) : lastWord;
      // A person-named brand and then a model name no list knows ("Porsche Taycan", "Lamborghini Urus").
      const brandModel = words.length >= 2 && PUBLIC.has(words[0]?.lower ?? '') && words.slice(1).every((t) => !STRONG.has(t.lower) && !t.info.listedSurname);
      // A public figure inside a longer run, German genitive too ("Interpretationsansätze zu Thomas Manns Zauberberg").
      const inside = words.length >= 3 && words.some((t, i) => i > 0 && PUBLIC.has(`${words[i - 1]?.lower ?? ''} ${t.lower.endsWith('s') ? t.lower.slice(0, -1) : t.lower}`));
      // The last word alone and its genitive are its info's publicWord; the span with the genitive differs from the span only when the last word ends in s.
      // A listed given name before a listed surname that is also a one-word brand ("Luca Ferrari", "Jan Martens") is a
      // person: the brand's founders and figures are listed as full names ("Enzo Ferrari").
      const namesake = words.length === 2 && (words[0]?.info.strong ?? false) && ((lastTok?.info.listedSurname ?? false) || (lastTok?.info.strong ?? false));
      if (inside || PUBLIC.has(span) || ((lastTok?.info.publicWord ?? false) && !namesake) || (genitive !== lastWord && PUBLIC.has(`${span.slice(0, span.length - lastWord.length)}${genitive}`)) || brandModel) score = 0.3;
    }
  }
  out.push({ entity: 'PERSON', dataClass: 'pii', start: startTok.start, end: last.end, score, rule: cue ? 'person.cue' : colleague ? 'person.colleague' : 'person.gazetteer' });
}
