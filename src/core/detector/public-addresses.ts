import { asksWhichOffice } from './address-public.js';
import { onAffiliationLine } from './author-blocks.js';
import { PRIVATE_ADDRESS } from './data/company-cues.js';
import { ACRONYM_PLACED, ADDRESS_OF, ASK_WHAT, ASK_WHERE, AT_THE, DESK_WORDS, DWELLING_UNITS, HELPLINE_NAMES, WEBSITE_SOURCE, IN_PERSON, MOBILE_RANGES, NAMED_FOR, OWN_WORKS, PERSONAL_PHONE, PREMISES_VERBS, PRIVATE_ENDINGS, PRIVATE_NEAR, PUBLISH_WORDS, REVIEW_WORDS, VENUE_WORDS, VISIT_WORDS, WORTH_VISIT } from './data/public-venues.js';
import { ADDRESS_PUBLIC_WORDS } from './data/address-public-words.js';
import { alternation, wordAlternation } from './data/struct-cues.js';
import { ADDRESS_EVIDENCE_WORDS } from './data/address-evidence-words.js';
import type { Hit } from './hit.js';
import { hasFoldSpecial } from './keywords.js';
import { isDeskWordMailbox, isRoleLikeLocal, isRoleMailbox, negatedDesk, orgDeskIndex, orgDeskStarts } from './org-contacts.js';
import { nationalFormat } from './phone.js';
import { PHONE_FORMATS } from './data/phone-formats.js';
import { textLanguage } from './service-numbers.js';
import { dropAsideValues } from './value-asides.js';
import { CAPITAL_WORD, givesOpeningHours, introducingName, isOrganisationName, institutionNamedFor, isVenueCompound, namedVenue, namesOrganisation, namesVenue, PARTICLE_BEFORE, PREMISES_WORDS, programmeVenue, tailNameBefore, tellsBuildingHistory, UPPER_WORD, VENUE, venueLabelled } from './org-names.js';
import { hashOfCodes, isLatinLower, latinRuns, reversedWindow, reverseWord } from './word-index.js';
import { namesPlant, plantNamedFor, plantNounAt } from './plant-sites.js';
import { deskDomainsIn, isDomainNamedOrg, spellsDomainName } from './org-domains.js';
import { CALL_ME_WORDS, FIRST_PERSON_WORDS, firstPersonPattern } from './data/first-person.js';
import { WordListGate } from './word-list-gate.js';
import { isSpaceCode } from './word-gate.js';
import { PREMISES } from './data/org-words.js';
import { canonical, foldsAsLowerCase, isLatin1Letter, PhraseIndex } from './phrase-index.js';
import { isLetterCode, isSpaceCode as isTrieSpace, PhraseTrie, type ScanMatch } from './phrase-trie.js';

const escape = (w: string): string => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+');
// A phrase with either case of each letter, for a case-sensitive pattern ("adresse de l'" ~ "Adresse de l'").
const anyCaseWords = (w: string): string =>
  Array.from(w, (c) => (c === ' ' ? '\\s+' : c.toLowerCase() === c.toUpperCase() ? escape(c) : `[${c.toLowerCase()}${c.toUpperCase()}]`)).join('');
const VISIT = new RegExp(`(?<![\\p{L}])(?:${alternation(VISIT_WORDS)})(?![\\p{L}])`, 'giu');
// Private words, and German and Dutch compounds that end in a dwelling or an address word ("Ferienwohnung",
// "Mietwohnung", "huurwoning", "Lieferadresse", "Privatanschrift").
// Not one right before a piece of writing (OWN_WORKS: "my rom-com", "il mio blog"): that names the writer's text.
const WORK_AFTER = `\\s+(?:\\p{L}+\\s+)?(?:${alternation(OWN_WORKS)})(?![\\p{L}])`;
const PRIVATE = new RegExp(
  `(?<![\\p{L}-])(?:${alternation(PRIVATE_NEAR)}|${PRIVATE_ADDRESS.map(escape).join('|')}|\\p{L}*(?:${PRIVATE_ENDINGS.join('|')}))(?![\\p{L}-])(?!${WORK_AFTER})`,
  'iu',
);
const WORK_NEXT = new RegExp(`^${WORK_AFTER}`, 'iu');
// PRIVATE, global: its matches one by one, for the capitalised ones inside an organisation's name ("Casa Limoni").
const PRIVATE_ALL = new RegExp(PRIVATE.source, 'giu');
const LOWER_START = /^\p{Ll}/u;
// Where an organisation's name ends: at a separator or a sentence's full stop.
const NAME_END = /[,;:\n()]|\.\s/u;
/** Whether text[from, to) holds a private word that is not capitalised: in an organisation's name "Casa" is its name's. */
function lowerPrivateIn(text: string, from: number, to: number): boolean {
  if (from >= to || !privateWordIn(text, from, to)) return false;
  const window = text.slice(from, to);
  // A private word inside a venue noun of the name is the noun's ("Opal Court student residence").
  const nouns: [number, number][] = [];
  VENUE.lastIndex = 0;
  for (let m = VENUE.exec(window); m !== null; m = VENUE.exec(window)) nouns.push([m.index, m.index + m[0].length]);
  PRIVATE_ALL.lastIndex = 0;
  for (let m = PRIVATE_ALL.exec(window); m !== null; m = PRIVATE_ALL.exec(window)) {
    const [s, e] = [m.index, m.index + m[0].length];
    if (LOWER_START.test(m[0]) && !nouns.some(([a, b]) => a <= s && e <= b)) return true;
  }
  return false;
}
// Speed: PRIVATE on a window without its scan, from word-index.ts's runs. In text of Latin letters (no other letter, no
// character that folds unlike its lower case), a match is a run of the window (a run the window cuts counts from the cut)
// that is one of the one-word keywords or ends in an ending, with no "-" on either side inside the window: true at once.
// The keywords of several words (and "address:") are left to the pattern, tried only when a run is their first word.
const PRIVATE_WORDS = [...Object.values(PRIVATE_NEAR).flat(), ...PRIVATE_ADDRESS].map((w) => w.toLowerCase());
const ONE_WORD = new Set(PRIVATE_WORDS.filter((w) => /^\p{L}+$/u.test(w)));
const PHRASE_FIRST = new Set(PRIVATE_WORDS.filter((w) => !ONE_WORD.has(w)).map((w) => /^\p{L}+/u.exec(w)?.[0] ?? ''));
// Both sets by the low 16 bits of the runs' lower-case hash: most runs are looked at no further.
const PRIVATE_BITS = new Uint8Array(8192);
for (const w of [...ONE_WORD, ...PHRASE_FIRST]) {
  const h = hashOfCodes(w);
  PRIVATE_BITS[(h & 0xffff) >> 3] = (PRIVATE_BITS[(h & 0xffff) >> 3] ?? 0) | (1 << (h & 7));
}
// The endings' last three letters (ASCII, as the fast path needs): a run that ends otherwise is no compound of theirs.
const tailKey = (a: number, b: number, c: number): number => ((a | 32) * 65536 + (b | 32)) * 65536 + (c | 32);
const ENDING_TAILS = new Set(PRIVATE_ENDINGS.map((w) => tailKey(w.charCodeAt(w.length - 3), w.charCodeAt(w.length - 2), w.charCodeAt(w.length - 1))));
// Off unless every first word is of the runs' letters (lower case) and every ending of ASCII letters.
const FAST_ON = PRIVATE_ENDINGS.every((w) => /^[a-z]{3,}$/.test(w)) && [...ONE_WORD, ...PHRASE_FIRST].every((w) => w !== '' && Array.from({ length: w.length }, (_, i) => w.charCodeAt(i)).every(isLatinLower));
const HYPHEN = 45;

/** PRIVATE.test(text.slice(from, to)) (`reference`: by the pattern itself). */
export function privateWordIn(text: string, from: number, to: number, reference = false): boolean {
  const runs = reference || !FAST_ON || hasFoldSpecial(text) ? undefined : latinRuns(text);
  if (runs === undefined || runs.odd || runs.otherLetters) return PRIVATE.test(text.slice(from, to));
  const { count, start, end, lowerHash } = runs;
  let lo = 0;
  let hi = count;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((end[mid] ?? 0) <= from) lo = mid + 1;
    else hi = mid;
  }
  let phrase = false;
  for (let k = lo; k < count; k++) {
    const a = Math.max(start[k] ?? 0, from);
    const b = Math.min(end[k] ?? 0, to);
    if (a >= b) break;
    const whole = a === start[k] && b === end[k];
    const h = whole ? (lowerHash[k] ?? 0) : 0;
    const listed = !whole || ((PRIVATE_BITS[(h & 0xffff) >> 3] ?? 0) & (1 << (h & 7))) !== 0;
    const tail = b - a >= 3 && ENDING_TAILS.has(tailKey(text.charCodeAt(b - 3), text.charCodeAt(b - 2), text.charCodeAt(b - 1)));
    if (!listed && !tail) continue;
    const word = text.slice(a, b).toLowerCase();
    const free = (a === from || text.charCodeAt(a - 1) !== HYPHEN) && (b === to || text.charCodeAt(b) !== HYPHEN);
    if (free && (ONE_WORD.has(word) || (tail && PRIVATE_ENDINGS.some((x) => word.endsWith(x)))) && !WORK_NEXT.test(text.slice(b, to))) return true;
    if (PHRASE_FIRST.has(word)) phrase = true;
  }
  return phrase && PRIVATE.test(text.slice(from, to));
}
// The writer's own number: "call me on", "mi móvil", "mein Handy" before a phone keeps it (as in company-addresses.ts);
// not a postcode's letters ("YO21 3DH") nor an Italian province's code ("Segrate (MI)", "(ME)").
const OWN_CALL_WORDS = [...CALL_ME_WORDS, 'llámeme'];
const FIRST_PERSON = firstPersonPattern(OWN_CALL_WORDS, '(?!\\p{Lu}{2}\\))', '(?![\\p{L}\\p{N}])');
// Speed: FIRST_PERSON only where the window holds one of its words (word-list-gate.ts).
const FIRST_PERSON_GATE = new WordListGate([...FIRST_PERSON_WORDS, ...OWN_CALL_WORDS]);
// The writer or the writer's group, in the sentences after a named place's address ("Mon portable : 06 ...", "we"):
// they tie that address to the writer after all (privateOnlyAfterVenue).
const WRITER = firstPersonPattern(['we', 'us', 'our', 'wir', 'uns', 'unser', 'unsere', 'nous', 'notre', 'nos', 'nosotros', 'nuestro', 'nuestra', 'wij', 'ons', 'onze', 'noi', 'nostro', 'nostra']);
// A route from a place to the address on its lead ("von der Löwen-Apotheke am Markt zur ", "from the depot to ", "van de
// Oudegracht naar Burgemeester "): the place named is where the way starts, not the address's owner; a venue's own
// address follows its name after a comma instead ("to Hotel Adlon, Unter den Linden 77"). Only capitalised street words
// may stand between the route's end preposition and the address read from its number on. Bounded: 60 characters between.
// A round of stops put in order, then a colon and the list the address is in, in one sentence ("Put these in a sensible driving
// order from the pharmacy on Whitworth Street: 18 Albion Terrace, ...", "Reihenfolge ab der Apotheke: ..."): the stops are
// homes; the shop or pharmacy named before the colon is where the round starts (data/address-evidence-words.ts stops).
const STOPS_LEAD = new RegExp(`(?<![\\p{L}])(?:${wordAlternation(Object.values(ADDRESS_EVIDENCE_WORDS).flatMap((l) => l.stops))})(?![\\p{L}])[^.!?\\n]{0,80}:[^.!?\\n]{0,160}$`, 'iu');
const STOPS_REACH = 260;
const ROUTE_LEAD = /(?<![\p{L}])(?:from|von|vom|von der|de|du|de la|depuis|desde|van|vanaf|da|dal|dalla)\s[^.!?\n,;:]{1,60}?\s(?:to|zur|zum|zu|au|à|a|al|naar|in|verso)\s+(?:\p{Lu}[\p{L}'’.-]*\s+){0,3}$/u;
// A dwelling's unit and its number on the address's lead ("Room 6, Seaview Guest House, ", "chambre B12, Résidence ...").
const DWELLING_LEAD = new RegExp(`(?<![\\p{L}])(?:${alternation(DWELLING_UNITS)})(?![\\p{L}])\\s*(?:n[°º.]\\s*)?\\p{Lu}?\\d{1,4}\\p{Lu}?(?![\\p{L}\\p{N}])`, 'iu');
// A clause ends at a line break, a semicolon, "!" or "?", or a full stop before a capital: an address's venue is named
// in the same clause ("Semperoper am Theaterplatz 2", "Farmacia Central (plaza Mayor 3").
// A full stop after a word of one to four letters is an abbreviation ("Av. Joan Carles I", "Dr. Weiß"), not an end.
const CLAUSE_END = /[\n;!?]|(?<!(?:^|[\s(])\p{L}{1,4})\.\s+(?=\p{Lu})/gu;

// The text before a name that heads an entry: nothing, or anything up to a label's colon (and an opening quote, double or single).
const ENTRY_START = /(?:^|:)\s*["“„«'‘]?$/u;
// How far before an address its venue may be named; how far around it a private word or a person keeps it; how far
// from a dropped venue address the venue's phone may be.
const VENUE_REACH = 80;
const PRIVATE_REACH = 60;
const PHONE_REACH = 40;
// How far before a window a venue noun that the window cuts may start (privateIn).
const NOUN_LEAD = 24;
// A postcode and a town (or a town and a British postcode), then a comma or a phone label (either case of its first
// letter), right before a number; or a
// full stop and a phone label that opens the listing's next sentence ("..., 28014 Madrid. Tel. 91 ...", "London SW7
// 5BD. Tel 020 ..."). How far back its listing's venue may be named.
const TOWN_BEFORE = /(?<![\p{N}\p{L}])(?:(?:\d{5}|\d{4}(?:\s?[A-Z]{2})?)\s+\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*)?|[A-Z]{1,2}\d[A-Z\d]?\s\d[A-Z]{2})\s*(?:[,;]?\s*|\.\s+(?=\p{Lu}))(?:(?:[Tt](?:el|él|elefon|eléfono|elefono|elefoon)|[Pp]hone)\.?\s*:?\s*)?$/u;
const LISTING_REACH = 160;
// A full stop after an address, then a phone label that opens the listing's next sentence ("..., 80538 München. Tel.
// +49 89 ..."): that number is listed with the address.
const NEXT_PHONE_LINE = /^\s*\.\s+(?:Tel|Tél|Telefon|Teléfono|Telefono|Telefoon|Phone)\.?\s*:?\s*$/u;
// A venue's information or booking line right before its number, in the six languages ("Enquiries", "Auskunft",
// "renseignements", "información", "informatie", "informazioni", "reservations", "Reservierung unter", "reservas al",
// "prenotare allo"), or its box office ("Box office", "Kasse", "billetterie", "Taquilla", "kassa", "biglietteria": no
// private person has one), and how far back its venue may be named.
const INFO_LINE_BEFORE =
  /(?<![\p{L}])(?:enquiries|enquiry|inquiries|information|informations|informationen|info|infos|auskunft|rückfragen|renseignements|información|informaciones|informatie|informazioni|info e prenotazioni|reservations|reservation|bookings|booking|book|call ahead|reservierungen|reservierung|réservations|réservation|réserver|reservas|reserva|reservar|reserveringen|reservering|reserveren|prenotazioni|prenotazione|prenotare|box office|ticket office|kasse|theaterkasse|vorverkauf|billetterie|taquilla|taquillas|kassa|biglietteria|botteghino)(?:\s+(?:line|tel\.?|telephone|phone|telefon|téléphone|teléfono|telefoon|telefono))?\s*[:.]?\s*(?:(?:an|unter|au|al|allo|alla|via|on|at|op|per)\s+)?(?:([\w.+-]{1,40})@[\w-]{1,40}(?:\.[\w-]{1,20}){1,3}\s*(?:,|or|oder|ou|o|of|od\.)?\s*)?$/iu;
// The line is the organisation's by its own wording: the venue's ("Venue enquiries:", "Ort/Auskunft"), or a mailbox of
// one word before the number ("Renseignements : salon@..., 02 ...", "Rückfragen an veranstaltung@... oder 069 ..."), a
// desk's, not a person's (a person's mailbox has a separator: "anna.berg@", "j_smith@").
const VENUE_INFO = /(?<![\p{L}])(?:venue|box office)\s+\p{L}+\s*[:.]?\s*$/iu;
const DESK_MAILBOX = /^\p{L}[\p{L}\p{N}-]*$/u;
const INFO_REACH = 300;
// A possessive right before a premises noun: the organisation speaking of its own site.
const OWN = '(?:our|unser|unsere|unserem|unseren|notre|nos|nuestra|nuestro|nuestras|nuestros|ons|onze|nostra|nostro|nostri|nostre)';
const OWN_PREMISES = `(?<![\\p{L}])${OWN}\\s+(?:${PREMISES_WORDS})(?![\\p{L}])`;
const ORG_NOUN = new RegExp(`${OWN_PREMISES}|${VENUE.source}`, 'giu');
// Speed: ORG_NOUN (the venue pattern again, 0.28 MB of regexp code over three chat passes) read on text that folds as
// lower case by VENUE's tree and a tree of the premises nouns after the possessive, the earlier match first and the
// possessive's at the same start; the pattern runs only on text beyond Latin-1.
const OWN_WORDS = OWN.slice(3, -1).split('|');
const OWN_PREMISES_TRIE = new PhraseTrie(Object.values(PREMISES).flat());
// The end of OWN_PREMISES's match at `p`, or -1.
const ownPremisesAt = (s: string, p: number): number => {
  if (p > 0 && isLetterCode(s.charCodeAt(p - 1))) return -1;
  for (const w of OWN_WORDS) {
    const e = p + w.length;
    if (e >= s.length || !isTrieSpace(s.charCodeAt(e)) || s.slice(p, e).toLowerCase() !== w) continue;
    let q = e + 1;
    while (q < s.length && isTrieSpace(s.charCodeAt(q))) q++;
    const end = OWN_PREMISES_TRIE.longestAt(s, q);
    if (end >= 0) return end;
  }
  return -1;
};
/** ORG_NOUN's `exec` and `lastIndex`; `reference`: the pattern alone, for tests. */
export const ORG_NOUN_SCAN = {
  lastIndex: 0,
  exec(s: string, reference = false): ScanMatch | null {
    if (reference || !OWN_PREMISES_TRIE.usable || !foldsAsLowerCase(s)) {
      ORG_NOUN.lastIndex = this.lastIndex;
      const m = ORG_NOUN.exec(s);
      this.lastIndex = ORG_NOUN.lastIndex;
      return m;
    }
    const saved = VENUE.lastIndex;
    VENUE.lastIndex = this.lastIndex;
    const v = this.lastIndex > s.length ? null : VENUE.exec(s);
    VENUE.lastIndex = saved;
    const to = v === null ? s.length : v.index;
    for (let p = this.lastIndex; p <= to && p < s.length; p++) {
      const e = ownPremisesAt(s, p);
      if (e >= 0) {
        this.lastIndex = e;
        return { index: p, 0: s.slice(p, e) };
      }
    }
    if (v === null) {
      this.lastIndex = 0;
      return null;
    }
    this.lastIndex = v.index + v[0].length;
    return v;
  },
};
// The organisation's own premises right before the address, maybe with a preposition ("ons pand Stationsplein 12",
// "our warehouse at Unit 12, Magna Park, ...", "unser Lager in der ..."); or a premises noun and "at" with the rest of
// the address between ("the depot at Unit 9, Trident Park, Coventry CV3 4PJ").
// Right after the noun only: "Our offices are located at ..." (pii-eval's template) is a sentence about any address.
// Or the noun, a comma and the address, maybe after one estate line of its own ("ons magazijn, Distributieweg 4",
// "nuestro almacén, Polígono Norte, C/ ...").
const UNIT_REST = '(?:(?:Unit|Units|Suite|Building|Block)\\s+[^\\n;!?]{0,60})?';
const ESTATE_LINE = '(?:\\p{Lu}[^\\n,;:!?()]{0,40},\\s*)?';
const OWN_AT = new RegExp(
  `${OWN_PREMISES}(?:\\s+(?:(?:at|in|on|an der|in der|am|à|au|en|de|del|in de|aan de|op|di|a|in via)\\s+)?${UNIT_REST}|\\s*,\\s*${ESTATE_LINE})$`,
  'iu',
);
const PREMISES_AT = new RegExp(`(?<![\\p{L}])(?:${PREMISES_WORDS})\\s+(?:at|in|on)\\s+(?:Unit|Units|Suite|Building|Block)\\s+[^\\n;!?]{0,60}$`, 'iu');
// Speed: PREMISES_AT's unit word stands between spaces, a whole run of letters: a window where WordListGate finds none
// (most leads) holds no match, and the pattern (tried at every position) is not run on it.
const UNIT_GATE = new WordListGate(['unit', 'units', 'suite', 'building', 'block']);
/** PREMISES_AT.test(text.slice(from, to)); `reference`: without the word gate, for tests. */
export function premisesAt(text: string, from: number, to: number, reference = false): boolean {
  return (reference || UNIT_GATE.mayHold(text, from, to)) && PREMISES_AT.test(text.slice(from, to));
}
// The organisation's own premises placed by a verb ("Our office is at", "Unser Büro befindet sich in der", "Nos bureaux
// sont au", "Nuestra oficina está en la", "Ons kantoor zit aan de", "Il nostro ufficio si trova in"), or a contact channel
// of its own ("in person at", "persönlich in der", "en personne au", "presencialmente en", "persoonlijk aan de", "di
// persona in"): the organisation's address only with its mailbox or desk in the paragraph (orgContactNear).
const PLACE_PREP = '(?:at|in|on|an der|in der|am|im|bei|à|au|aux|à la|en|en el|en la|de|del|in de|in het|aan de|aan het|op de|op het|aan|op|bij|di|a|al|in via|nel|nella|presso)';
const OWN_IS = new RegExp(`${OWN_PREMISES}\\s+(?:${alternation(PREMISES_VERBS)})(?:\\s+${PLACE_PREP})?\\s+$`, 'iu');
const IN_PERSON_BEFORE = new RegExp(`(?<![\\p{L}])(?:${alternation(IN_PERSON)})(?:\\s+${PLACE_PREP})?\\s*[:,]?\\s*$`, 'iu');
// A venue, premises or desk noun after a locative preposition and its article, then a comma and the address ("aan de
// balie, Stadhuisplein 1", "à la préfecture, 12 rue ...", "at the front desk, 1 Market Street", "allo sportello, via
// ..."): the address is that place's.
const APPOSED = new RegExp(
  `(?<![\\p{L}])(?:${alternation(AT_THE)})(?:\\s+|(?<=['’]))(?:\\p{L}+\\s+)?(?:${alternation(VENUE_WORDS)}|${PREMISES_WORDS}|${alternation(DESK_WORDS)})\\s*,\\s*$`,
  'iu',
);
// Speed: APPOSED read back from the lead's end on Latin-1 text (phrase-index.ts): the noun before the final comma, maybe
// one word of letters before it, and the preposition before that, no letter right before it. The pattern (over 1 MB
// of compiled code) runs only on a lead beyond Latin-1.
const APPOSED_AT = new PhraseIndex(Object.values(AT_THE).flat());
const APPOSED_NOUN = new PhraseIndex([...Object.values(VENUE_WORDS).flat(), ...Object.values(PREMISES).flat(), ...Object.values(DESK_WORDS).flat()]);
/** APPOSED.test(lead); `reference`: the pattern alone, for tests. */
export function apposedLead(lead: string, reference = false): boolean {
  if (reference || !APPOSED_AT.usable || !APPOSED_NOUN.usable || !foldsAsLowerCase(lead)) return APPOSED.test(lead);
  const c = canonical(lead);
  let p = c.length;
  if (c.charCodeAt(p - 1) === 32) p--;
  if (c.charCodeAt(p - 1) !== 44) return false;
  p--;
  if (c.charCodeAt(p - 1) === 32) p--;
  // The preposition ends right before a space at `q` (`\s+`), or with its apostrophe at `q` (`(?<=['’])`).
  const atEndsBefore = (q: number): boolean => {
    const b = c.charCodeAt(q - 1);
    const ends = b === 32 ? q - 1 : b === 39 || b === 0x2019 ? q : -1;
    return ends > 0 && APPOSED_AT.startsEndingAt(c, ends).some((i) => i === 0 || !isLatin1Letter(c.charCodeAt(i - 1)));
  };
  for (const j of APPOSED_NOUN.startsEndingAt(c, p)) {
    if (atEndsBefore(j)) return true;
    // One word of letters between (`\p{L}+\s+`): the whole run of letters before the space.
    if (c.charCodeAt(j - 1) !== 32) continue;
    let k = j - 1;
    while (k > 0 && isLatin1Letter(c.charCodeAt(k - 1))) k--;
    if (k < j - 1 && atEndsBefore(k)) return true;
  }
  return false;
}
// An institution known by its acronym (two capitals in one word: "BfArM", "AEMPS", "MHRA") placed at the address that
// follows, with nothing but the rest of that address's lines between (ACRONYM_PLACED): "the MHRA postal address still 10
// South Colonnade, ...", "la AEMPS sigue en Calle ...", "l'adresse de l'ANSM c'est toujours 143-147 boulevard ...",
// "das BfArM sitzt in der ...". An acronym names no private person; "my" or a person near the address still keeps it.
const acronymWords = (part: 'verbs' | 'nouns' | 'still'): string =>
  [...new Set(Object.values(ACRONYM_PLACED).flatMap((l) => l[part]))].sort((a, b) => b.length - a.length).map(anyCaseWords).join('|');
const ACRONYM = "\\p{Lu}[\\p{L}]*\\p{Lu}[\\p{L}]*";
// Capitalised too after a question: "l'adresse de la CNSA ? C'est bien 66 avenue du Maine". The purpose the address
// serves may stand before the copula ("la dirección de AESA para reclamaciones es", "the ICO's address for complaints
// is", "die Anschrift des LBA für Beschwerden ist"): one word after a purpose preposition.
const COPULA = `(?:(?:for|für|pour|para|voor|per)\\s+\\p{L}+\\s+)?(?:(?:[cC]['’]est|[iI]s|[iI]st|[eE]st|[eE]s|[èÈ]|[zZ]it|[sS]igue)\\s+)?(?:(?:${acronymWords('still')})\\s+)?`;
const ACRONYM_PLACED_BEFORE = new RegExp(
  `(?<![\\p{L}])(?:${ACRONYM}(?:['’]s)?\\s+(?:(?:${acronymWords('nouns')})\\s+${COPULA}|(?:${acronymWords('verbs')})\\s+(?:(?:${acronymWords('still')})\\s+)?)|(?:${acronymWords('nouns')})\\s+(?:(?:of|des|der|vom|von|de|du|del|van|di|della)\\s+(?:(?:the|la|le|het|de)\\s+|l['’]\\s*)?|(?:de|dell|d)['’]\\s*)${ACRONYM}(?:\\s*\\?)?\\s+${COPULA})(?:${PLACE_PREP}\\s+)?((?:[\\p{Lu}\\p{N}][^;!?\\n()]{0,60})?)$`,
  'u',
);
// A web address right before the address, in its list ("(www.bfarm.de, Kurt-Georg-Kiesinger-Allee 3, ..."): the
// organisation's contact block, its site then its seat. Not a mailbox's domain.
const SITE_BEFORE = /(?<![@\p{L}\p{N}.-])(?:https?:\/\/)?(?:www\.)?[\p{L}\p{N}-]{2,40}(?:\.[\p{L}\p{N}-]{2,40}){0,3}\.\p{Ll}{2,6}\/?\s*[,;]\s*$/u;
// Speed: each of these patterns needs a mark of its own in the lead, tested first: ADDRESS_OF_NAME a '(', the acronym of
// ACRONYM_PLACED_BEFORE two capitals in one word, APPOSED a ',' and SITE_BEFORE a ',' or ';' as the lead's last character
// but spaces (\s, what trimEnd drops). Most leads have none, and the patterns are tried at every position.
const TWO_CAPITALS = /\p{Lu}\p{L}*\p{Lu}/u;

/**
 * The heads read in the 80 characters before an address (`lead`): an address noun and an institution's name
 * (ADDRESS_OF_NAME), else an acronym placed at the address (ACRONYM_PLACED_BEFORE), and whether the address is apposed to
 * a place (APPOSED, either of those, or a web address: SITE_BEFORE). `reference`: without the mark tests, for tests.
 */
export function leadHeads(lead: string, reference = false): { addressOf: RegExpExecArray | null; placed: RegExpExecArray | null; apposed: boolean } {
  const last = reference ? '' : lead.trimEnd().slice(-1);
  const addressOf = reference || lead.includes('(') ? ADDRESS_OF_NAME.exec(lead) : null;
  const placed = addressOf === null && (reference || TWO_CAPITALS.test(lead)) ? ACRONYM_PLACED_BEFORE.exec(lead) : null;
  const apposed = ((reference || last === ',') && apposedLead(lead, reference)) || addressOf !== null || placed !== null || ((reference || last === ',' || last === ';') && SITE_BEFORE.test(lead));
  return { addressOf, placed, apposed };
}
// An address noun and its genitive article, then an institution's name, then the address in brackets ("die
// Kontaktadresse des BfDI (", "l'adresse de la CNIL (", "la sede de la AEPD (", "het adres van de Autoriteit
// Persoonsgegevens (", "la sede del Garante privacy ("). The name is an acronym (two capitals in its first word) or a
// capitalised word and one to three more: a bare capitalised word may be a person's or, in German, any noun ("des
// Vermieters ("). A street's first word read apart from the rest may stand inside the bracket ("(Hoge Nieuwstraat 8").
const ADDRESS_OF_NAME = new RegExp(
  `(?<![\\p{L}])(?:${Object.values(ADDRESS_OF).flat().sort((a, b) => b.length - a.length).map(anyCaseWords).join('|')})\\s*(?:\\p{Lu}\\p{L}*\\p{Lu}\\p{L}*|\\p{Lu}\\p{Ll}+(?:\\s+\\p{L}+){1,3})\\s*\\((?:\\p{Lu}\\p{Ll}+\\s+)?$`,
  'u',
);
// A review's quoted entry that opens with the reviewed place's name, a comma and its address, maybe after one or two
// address lines read apart from the hit ("Polish my review: 'Dishoom Shoreditch, 7 Boundary St", "Corrige mi reseña:
// 'Casa Lucio, Cava Baja 35", "'The Wolseley, 160 Piccadilly, London W1J 9EB"): group 1 is the name (capitalised
// words, particles and a number between them).
const entryHead = (table: Readonly<Record<string, readonly string[]>>): RegExp =>
  new RegExp(
    `(?<![\\p{L}])(?:${[...new Set(Object.values(table).flat())].sort((a, b) => b.length - a.length).map(anyCaseWords).join('|')})(?![\\p{L}])[^\\n.!?:]{0,30}:\\s*["'“„«‘]?\\s*(\\p{Lu}[\\p{L}'’&-]*(?:\\s+(?:\\p{Lu}[\\p{L}'’&-]*|de|da|del|di|du|al|\\d{1,3})){0,4})\\s*,\\s*(?:[\\p{Lu}\\p{N}][^,;:!?\\n()]{0,40}?(?:,\\s*|\\s+)){0,2}$`,
    'du',
  );
const REVIEW_HEAD = entryHead(REVIEW_WORDS);
// The same after a business's own publication (PUBLISH_WORDS), its name holding no private word.
const PUBLISH_HEAD = entryHead(PUBLISH_WORDS);
// Speed: a head's match holds its phrase's first run of letters as a whole run (a letter-free lookbehind before it;
// after it the phrase's next character or the pattern's (?![\p{L}])), in either case of each letter: a window where
// WordListGate finds none of those runs holds no head, and the pattern (tried at every position) is not run on it.
const firstRuns = (table: Readonly<Record<string, readonly string[]>>): string[] => [...new Set(Object.values(table).flat().map((w) => /^\p{L}+/u.exec(w)?.[0] ?? w))];
const REVIEW_GATE = new WordListGate(firstRuns(REVIEW_WORDS));
const PUBLISH_GATE = new WordListGate(firstRuns(PUBLISH_WORDS));
/** The span of the name in a review's (`publish`: a business publication's) entry head ending text[lo, to) (group 1 of REVIEW_HEAD or PUBLISH_HEAD), relative to `lo`; `reference`: without the word gate, for tests. */
export function entryHeadName(text: string, lo: number, to: number, publish: boolean, reference = false): [number, number] | undefined {
  if (!reference && !(publish ? PUBLISH_GATE : REVIEW_GATE).mayHold(text, lo, to)) return undefined;
  return (publish ? PUBLISH_HEAD : REVIEW_HEAD).exec(text.slice(lo, to))?.indices?.[1];
}
const REVIEW_REACH = 160;
// How far after a reviewed place's address, in its paragraph, the review may give the place's landline ("Tél 01 47 ...").
const REVIEW_PHONE_REACH = 240;
const MAILBOX = /[\p{L}\p{N}._%+-]+@[\p{L}\p{N}.-]+\.\p{L}{2,}/gu;
// How far before an address, in its paragraph, the organisation's mailbox or desk may be named; how far after it.
const CONTACT_BEFORE = 300;
const CONTACT_AFTER = 120;
// A named helpline or listening line (data/public-venues.ts HELPLINE_NAMES): a line noun and its name ("Telefono Azzurro",
// "Teléfono de la Esperanza", "SOS Amitié"), a name and its English line noun ("Mind Infoline"), or a compound
// ("Kindertelefoon"). Case-sensitive: the nouns are capitalised as names are.
const LINE_PARTICLE = "(?:\\s+(?:de la|de los|de las|del|de|du|des|della|delle|degli|di|van de|van het|van|voor)\\s+|\\s*(?:d|dell|l)['’]\\s*|\\s+)";
const LINE_NAME = `(?:(?<![\\p{L}])(?:${wordAlternation(Object.values(HELPLINE_NAMES.before).flat())})${LINE_PARTICLE}\\p{Lu}[\\p{L}'’-]*|\\p{Lu}[\\p{L}'’-]*\\s+(?:${wordAlternation(HELPLINE_NAMES.after)})(?![\\p{L}])|(?<![\\p{L}])\\p{Lu}\\p{Ll}{2,}(?:${HELPLINE_NAMES.endings.join('|')})(?![\\p{L}]))`;
// The line's name right before its number, maybe with one or two more words of its name and a separator ("Telefono
// Amico 02 ...", "Kindertelefoon: 0800 ..."), its number noun joined to it ("Mantelzorglijn-nummer 030 ..."), or the body
// that runs it in the genitive ("Pflegetelefon des Bundesfamilienministeriums 030 ...", "Luisterlijn van de GGD").
const LINE_NUMBER_NOUN = '-(?:nummer|number|numéro|número|numero|nr)';
const LINE_RUN_BY = '\\s+(?:des|der|vom|von|of the|of|de la|du|del|de|van de|van het|van|della|dello|di)';
const LINE_BEFORE = new RegExp(`${LINE_NAME}(?:${LINE_NUMBER_NOUN})?(?:${LINE_RUN_BY})?(?:\\s+\\p{Lu}[\\p{L}'’-]*){0,2}\\s*[:,(–-]?\\s*$`, 'u');
// The same line's name with an article in its particle ("Teléfono de la Esperanza", "Telefono della Speranza").
const LINE_ARTICLE_BEFORE = new RegExp(
  `(?<![\\p{L}])(?:${wordAlternation(Object.values(HELPLINE_NAMES.before).flat())})\\s+(?:de la|de los|de las|del|du|des|della|delle|degli|dello|van de|van het)\\s+\\p{Lu}[\\p{L}'’-]*(?:\\s+\\p{Lu}[\\p{L}'’-]*){0,2}\\s*[:,(–-]?\\s*$`,
  'u',
);
// What may link a number to the service named after it: a closing bracket or comma, a copula and an article ("es el",
// "is the", "c'est le", "ist die", "is het", "è il"), and a preposition of owning or purpose ("del", "de la", "pour",
// "of the", "für", "van", "di", "per"): "717 ... del Teléfono de la Esperanza", "09 ... pour SOS Amitié", "91 ... es el
// teléfono de información de la ...".
// Split in two: the head (bracket, copula, article), after which a desk's phrase may open ("es el teléfono de
// información"), and the rest (a number noun, a preposition, an article), after which a line's or venue's name opens.
const ARTICLE = "(?:(?:the|el|la|le|los|les|der|die|das|dem|den|het|de|il|lo)\\s+|l['’]\\s*)";
const LINK_HEAD = new RegExp(`^\\s*\\)?\\s*[,:]?\\s*(?:(?:is|es|est|c['’]est|ist|è)\\s+)?${ARTICLE}?`, 'iu');
const LINK_REST = new RegExp(
  `^(?:(?:number|phone number|line|número|numéro|nummer|numero|teléfono|telefono|téléphone|telefoon)\\s+)?(?:(?:del|de la|de los|de las|de|du|des|pour|for|of|von|vom|für|van|voor|della|dello|delle|di|per|para)\\s+${ARTICLE}?|(?:de|dell|d)['’]\\s*)?`,
  'iu',
);
const LINE_AT = new RegExp(`^${LINE_NAME}`, 'u');
// Up to three capitalised words of a venue's name before its noun ("Whitworth Gallery").
const NAME_LEAD = /^(?:\p{Lu}[\p{L}'’.-]*\s+){0,3}$/u;
const LINE_BEFORE_REACH = 60;
const LINK_REACH = 40;
// How far a phone may stand from the bracket that holds it, on either side (ownerAside).
const ASIDE_REACH = 60;

// A day line of a trip's plan: a line that opens with the day word of one of the six languages and the day's number.
const ITINERARY_DAY = /(?:^|\n)[^\S\n]*(?:Day|Tag|Jour|Día|Dia|Dag|Giorno)[^\S\n]+\d{1,2}(?![\p{N}])/gu;
// Mentions of venues and visiting words that make a whole text a guide to or a plan of public places.
const GUIDE_MENTIONS = 3;

// A venue noun, maybe an adjective, and a preposition right before the address: the venue is the one at that street
// ("la biblioteca comunale di via Senato 10", "die Apotheke in der Hauptstraße 5", "la pharmacie de la rue Nationale").
// English "at/on/in" only right after the noun ("the leisure centre on 40 Park Road"), never after a verb: "The
// restaurant is at 2450 Crown St" (pii-eval's template) names no particular place.
// So do a company's premises ("the depot at Unit 9", "la sede di via Torino 61", "new office at 2 ...").
const VENUE_PREPOSITIONS = ['di', 'de', 'del', 'della', 'de la', 'in', 'en', 'in der', 'an der', 'am', 'aan de', 'op de', 'à la', 'au'];
const VENUE_AT_ONLY = ['at', 'on', 'in'];
const VENUE_AT = new RegExp(
  `(?<![\\p{L}])(?:${alternation(VENUE_WORDS)}|${PREMISES_WORDS})(?:(?:\\s+\\p{Ll}+)?\\s+(?:${VENUE_PREPOSITIONS.join('|')})|\\s+(?:${VENUE_AT_ONLY.join('|')}))\\s+$`,
  'iu',
);
// Speed: VENUE_AT is anchored at its window's end only, so a run tries its long alternation at every start of the window.
// It can match only when the window's last word, before the whitespace that ends it, is a preposition's last word: that
// word is read back first, and most windows are ruled out without running the pattern. (None of these letters has a
// case folding from another character under /iu but its capital.)
const VENUE_AT_LAST: ReadonlySet<string> = new Set([...VENUE_PREPOSITIONS, ...VENUE_AT_ONLY].map((w) => w.slice(w.lastIndexOf(' ') + 1)));
const VENUE_AT_LONGEST = Math.max(...[...VENUE_AT_LAST].map((w) => w.length));
// When it holds, the same pattern written backwards (names.ts's cue patterns: each word's code points reversed, the
// leading lookbehind a trailing lookahead) runs once, anchored at the start of the reversed window: a pattern matches a
// string ending at its end exactly when the reversed one matches the reversed string at its start.
const VENUE_AT_R = new RegExp(
  `^\\s+(?:(?:${VENUE_PREPOSITIONS.map(reverseWord).join('|')})\\s+(?:\\p{Ll}+\\s+)?|(?:${VENUE_AT_ONLY.map(reverseWord).join('|')})\\s+)(?:${wordAlternation([...Object.values(VENUE_WORDS).flat(), ...Object.values(PREMISES).flat()].map(reverseWord))})(?![\\p{L}])`,
  'iu',
);
// Speed: on a Latin-1 window the same read back by phrase look-ups (phrase-index.ts): the preposition before the final
// spaces, maybe one word of small letters before it (\p{Ll} under the `iu` flags: LOWER_IU), the noun before that, no
// letter right before the noun. VENUE_AT_R (over 1 MB of compiled code) then runs only on a window beyond Latin-1.
const VENUE_AT_NOUN = new PhraseIndex([...Object.values(VENUE_WORDS).flat(), ...Object.values(PREMISES).flat()]);
const VENUE_AT_PREP = new PhraseIndex(VENUE_PREPOSITIONS);
const VENUE_AT_SHORT = new PhraseIndex(VENUE_AT_ONLY);
const LOWER_IU = new Uint8Array(256);
for (let c = 0; c < 256; c++) LOWER_IU[c] = /^\p{Ll}$/iu.test(String.fromCharCode(c)) ? 1 : 0;
/** VENUE_AT on the canonical window `c` (phrase-index.ts), which ends with a space. */
function venueAtCanonical(c: string): boolean {
  const p = c.length - 1;
  // A noun ending right before the space at `q`, no letter before it.
  const nounBefore = (q: number): boolean => c.charCodeAt(q) === 32 && VENUE_AT_NOUN.startsEndingAt(c, q).some((i) => i === 0 || !isLatin1Letter(c.charCodeAt(i - 1)));
  for (const i of VENUE_AT_SHORT.startsEndingAt(c, p)) if (nounBefore(i - 1)) return true;
  for (const i of VENUE_AT_PREP.startsEndingAt(c, p)) {
    if (nounBefore(i - 1)) return true;
    if (c.charCodeAt(i - 1) !== 32) continue;
    let k = i - 1;
    while (k > 0 && LOWER_IU[c.charCodeAt(k - 1)] === 1) k--;
    if (k < i - 1 && nounBefore(k - 1)) return true;
  }
  return false;
}
/** VENUE_AT on text[lo, at); `reference`: the pattern alone, for tests. */
export function venueAt(text: string, lo: number, at: number, reference = false): boolean {
  if (reference) return VENUE_AT.test(text.slice(lo, at));
  let e = at;
  while (e > lo && isSpaceCode(text.charCodeAt(e - 1))) e--;
  if (e === at) return false;
  let b = e;
  while (b > lo && e - b <= VENUE_AT_LONGEST && !isSpaceCode(text.charCodeAt(b - 1))) b--;
  if (!VENUE_AT_LAST.has(text.slice(b, e).toLowerCase())) return false;
  const window = text.slice(lo, at);
  if (VENUE_AT_NOUN.usable && VENUE_AT_PREP.usable && VENUE_AT_SHORT.usable && foldsAsLowerCase(window)) return venueAtCanonical(canonical(window));
  return VENUE_AT_R.test(reversedWindow(text, lo, at));
}
type Lang = keyof typeof COUNTRY_OF;
const COUNTRY_OF = { en: 'GB', de: 'DE', fr: 'FR', es: 'ES', nl: 'NL', it: 'IT' } as const;
/**
 * True when the phone number `raw` is a mobile's (`lang`: the text's language, whose country's format is read first): by its national format's kind (data/phone-formats.ts: "0157 3190...",
 * "06 33 17 58 02", "347 882 1049"), else by MOBILE_RANGES.
 */
export function isMobileRange(raw: string, lang?: Lang): boolean {
  const digits = raw.replace(/\(0\)/g, '').replace(/\D/g, '');
  if (/^\s*(?:\+|00)/.test(raw)) return MOBILE_RANGES.international.test(digits.replace(/^00/, ''));
  // The text's own country's format first: "06 85960020" in Italian is a Rome landline, not a Dutch mobile.
  const country = lang === undefined ? undefined : COUNTRY_OF[lang];
  const format = PHONE_FORMATS.find((f) => f.country === country && f.pattern.test(raw.trim())) ?? nationalFormat(raw.trim());
  return format !== undefined ? format.kind === 'mobile' : MOBILE_RANGES.national.test(digits);
}

// Either case of each letter, for a cue before a capitalised name (the i flag would let \p{Lu} match any letter).
const anyCase = (w: string): string =>
  w
    .split(' ')
    .map((part) => Array.from(part, (c) => (c.toLowerCase() === c.toUpperCase() ? escape(c) : `[${c.toLowerCase()}${c.toUpperCase()}]`)).join(''))
    .join('\\s+');
// A booking or message made out to a named person: its cue, then a capitalised name ("auf Namen Bettina", "Hoi Fleur").
const NAMED_FOR_CUE = new RegExp(`(?<![\\p{L}])(?:${[...new Set(Object.values(NAMED_FOR).flat())].sort((a, b) => b.length - a.length).map(anyCase).join('|')})\\s+\\p{Lu}\\p{Ll}+`, 'u');
// A personal cue right before the number, maybe with a colon or an opening bracket ("Handy 0157...", "(naar 06...").
const PERSONAL_CUE = new RegExp(`(?<![\\p{L}])(?:${alternation(PERSONAL_PHONE)})\\s*[:.]?\\s*\\(?\\s*$`, 'iu');
// How far before a mobile the person it is made out to may be named, in the same paragraph.
const NAMED_REACH = 160;

const LETTER = /\p{L}/u;
/** `at` (at least 0), moved past the rest of a word it cuts: a window's first word is whole ("Accademia" is no "mia"). */
function wholeWordFrom(text: string, at: number): number {
  let i = Math.max(0, at);
  if (i === 0) return 0;
  while (i < text.length && LETTER.test(text[i - 1] ?? '') && LETTER.test(text[i] ?? '')) i++;
  return i;
}

/**
 * Where the clause that holds `at` starts, looking back at most VENUE_REACH characters. A clause, not the plain sentence
 * of sentence-bounds.ts: it also ends at ';', and a dot ends it only before a capital and after no short abbreviation.
 */
function clauseStart(text: string, at: number): number {
  const lo = Math.max(0, at - VENUE_REACH);
  const window = text.slice(lo, at);
  let start = lo;
  CLAUSE_END.lastIndex = 0;
  for (let m = CLAUSE_END.exec(window); m !== null; m = CLAUSE_END.exec(window)) start = lo + m.index + m[0].length;
  return start;
}

/** Venue and visiting-word mentions in the whole text; 0 when it names no particular venue or has no visiting word. */
function guideMentions(text: string): number {
  // Visiting words first: a text without one is no guide, and the venue search is the costlier of the two.
  let visits = 0;
  VISIT.lastIndex = 0;
  while (VISIT.exec(text) !== null) visits++;
  // An itinerary's day lines ("Day 1 Sat:", "Jour 2 dim :", "Giorno 3 lun:") plan visits too.
  ITINERARY_DAY.lastIndex = 0;
  while (ITINERARY_DAY.exec(text) !== null) visits++;
  if (visits === 0) return 0;
  let venues = 0;
  let named = false;
  VENUE.lastIndex = 0;
  for (let m = VENUE.exec(text); m !== null; m = VENUE.exec(text)) {
    const s = m.index;
    const e = s + m[0].length;
    if (UPPER_WORD.test(m[0]) || PARTICLE_BEFORE.test(text.slice(Math.max(0, s - 12), s))) continue;
    venues++;
    named ||= namedVenue(text, s, e);
  }
  CAPITAL_WORD.lastIndex = 0;
  for (let m = CAPITAL_WORD.exec(text); m !== null; m = CAPITAL_WORD.exec(text)) {
    if (!isVenueCompound(m[0])) continue;
    venues++;
    named = true;
  }
  // A guide has visiting words; venue nouns alone are a form or a letter that names its school or clinic.
  return named ? venues + visits : 0;
}

// A post-office box or freepost number right before the address ("Postbus 93374, 2509 AJ Den Haag", "Antwoordnummer",
// "Postfach", "BP 80315", "Apartado de correos 1234", "Casella postale 42", "PO Box 12"): an organisation's mailing
// address, unless a person or a private word is near (read before it).
const PO_BOX_BEFORE = /(?<!\p{L})(?:postbus|antwoordnummer|postfach|po box|p\.o\. box|bp|boîte postale|apartado(?: de correos)?|casella postale|freepost)\s*$/iu;
// A French business postal code's mark ("75082 Paris Cedex 02": courrier d'entreprise à distribution exceptionnelle): a
// town read as a name before it is no person, and no private person's address has one.
const CEDEX = /(?<!\p{L})cedex(?!\p{L})/iu;
const overlaps = (h: Hit, s: number, e: number): boolean => h.start < e && h.end > s;
const PARAGRAPH_BREAK = /\n[^\S\n]*\n/;
const PARAGRAPH_BREAKS = /\n[^\S\n]*\n/g;
// How far each way a number's paragraph is read for its venue's evidence.
const PARAGRAPH_READ = 300;
// How far after an address an organisation's desk may label the next number ("..., Tilburg. Kassa 013 ...").
const DESK_REACH = 60;
// How far a sentence is read on each side of an address for a building's history.
const SENTENCE_REACH = 160;

/** Whether the text right after an address, in its paragraph, labels the organisation's desk ("biglietteria 02...", "Kassa 013"). */
function deskAfter(text: string, h: Hit): boolean {
  const to = Math.min(text.length, h.end + DESK_REACH);
  // Speed: read at the text's desk-phrase starts (org-contacts.ts orgDeskIndex: orgDeskIn's match on the slice).
  const at = orgDeskIndex(text, h.end, to, orgDeskStarts(text));
  return at !== -1 && !PARAGRAPH_BREAK.test(text.slice(h.end, h.end + at)) && !asksWhichAuthority(text, h.end, h.end + at);
}

// A sentence's end and a question that opens after it asking which office covers the address (data/address-public-words.ts
// askWhich: "Is that Leeds City Council or Bradford?"), read on the text between an address and a desk named after it.
const AUTHORITY_QUESTION = new RegExp(`[.!?]["')]?\\s+¿?(?:${wordAlternation(Object.values(ADDRESS_PUBLIC_WORDS).flatMap((l) => l.askWhich))})(?![\\p{L}])[^.!?\\n]*$`, 'iu');
const QUESTION_END = /^[^.!\n]{0,80}\?/u;
/**
 * Whether the desk at `desk` stands in a question that opens after the address's sentence (ending at `end`) and asks which
 * authority covers it ("Is that Leeds City Council or Bradford?"): the desk is asked about, the address is no desk's.
 */
function asksWhichAuthority(text: string, end: number, desk: number): boolean {
  return AUTHORITY_QUESTION.test(text.slice(Math.max(0, end - 2), desk)) && QUESTION_END.test(text.slice(desk));
}

// How far after an address its opening hours may follow, in its paragraph.
const HOURS_REACH = 100;

/** Whether opening hours follow the address in its paragraph ("..., Tel. 0341 ..., Mo–Fr 6–23 Uhr"). */
function hoursAfter(text: string, h: Hit): boolean {
  const after = text.slice(h.end, Math.min(text.length, h.end + HOURS_REACH));
  const br = PARAGRAPH_BREAK.exec(after);
  return givesOpeningHours(text, h.end, h.end + (br === null ? after.length : br.index));
}

/** The sentence that holds [s, e): from the last sentence end before it to the next one, at most SENTENCE_REACH each way. */
function sentenceOf(text: string, s: number, e: number): [number, number] {
  let from = clauseStart(text, s);
  // clauseStart reads VENUE_REACH back; a sentence may begin before that, but its history words follow the address.
  from = Math.max(from, s - SENTENCE_REACH);
  const hi = Math.min(text.length, e + SENTENCE_REACH);
  const rest = text.slice(e, hi);
  CLAUSE_END.lastIndex = 0;
  const end = CLAUSE_END.exec(rest);
  return [from, end === null ? hi : e + end.index];
}

const siteWords = (part: 'site' | 'owners' | 'owned'): string =>
  alternation(Object.fromEntries(Object.entries(WEBSITE_SOURCE).map(([l, v]) => [l, v[part]])) as Record<keyof typeof WEBSITE_SOURCE, readonly string[]>);
// A website named as the source of what the sentence quotes: with its owner ("on the council site", "sur le site de la
// mairie"), or before a colon that opens the quote ("En la web pone:", "Sul sito c'è scritto:").
const WEBSITE = new RegExp(
  `(?<![\\p{L}])(?:(?:${siteWords('site')})(?![\\p{L}])(?:\\s+(?:${siteWords('owners')})(?![\\p{L}])|[^.!?\\n:]{0,40}:)|(?:${siteWords('owned')})(?![\\p{L}]))`,
  'iu',
);
const SOURCE_BEFORE = 200;
const SOURCE_AFTER = 120;
/** Whether the sentence of [s, e) names an organisation's website as where the value was read (WEBSITE). */
function fromWebsite(text: string, s: number, e: number): boolean {
  const [from, to] = enclosing(text, s, e, CLAUSE_END, SOURCE_BEFORE, SOURCE_AFTER);
  return WEBSITE.test(text.slice(from, to));
}

/**
 * The stretch around [s, e) between the last break (`breaks`, a global pattern) in the `before` characters before s
 * and the first one in the `after` characters after e; bounded windows keep it linear per value.
 */
function enclosing(text: string, s: number, e: number, breaks: RegExp, before: number, after: number): [number, number] {
  const lo = Math.max(0, s - before);
  let from = lo;
  const head = text.slice(lo, s);
  breaks.lastIndex = 0;
  for (let m = breaks.exec(head); m !== null; m = breaks.exec(head)) from = lo + m.index + m[0].length;
  const tail = text.slice(e, Math.min(text.length, e + after));
  breaks.lastIndex = 0;
  const end = breaks.exec(tail);
  return [from, end === null ? e + tail.length : e + end.index];
}

// A place worth going to and its menu (WORTH_VISIT): the asking words in the address's sentence, the menu's in its
// paragraph, and a capitalised name right before the address, maybe with a comma and a preposition ("Dishoom Covent
// Garden at ", "Casa Botín, en la ").
const worthWords = (part: 'worth' | 'menu'): string => wordAlternation(Object.values(WORTH_VISIT).flatMap((l) => l[part]));
const WORTH = new RegExp(`(?<![\\p{L}])(?:${worthWords('worth')})(?![\\p{L}])`, 'iu');
const MENU = new RegExp(`(?<![\\p{L}])(?:${worthWords('menu')})(?![\\p{L}])`, 'iu');
const PLACE_NAME_BEFORE = new RegExp(`(\\p{Lu}[\\p{L}'’&-]*(?:\\s+(?:\\p{Lu}[\\p{L}'’&-]*|de|del|di|du|da|van|von)){0,4})\\s*,?\\s*(?:${PLACE_PREP}\\s+)?(?:(?:la|el|the|der|de)\\s+)?$`, 'u');
// Nothing but spaces and an opening question or exclamation mark before a word: it opens its sentence.
const SENTENCE_OPEN = /^[\s¿¡"“„«]*$/u;
// How far after the address its menu question may be asked, in its paragraph.
const MENU_REACH = 160;

// A question opening with ASK_WHERE ("¿Dirección del", "Waar zit"), maybe after "¿", and the words after it.
// Also after a question's opening words ("Quelle est l'adresse de la CNSA ?": ASK_WHAT).
const ASK = new RegExp(`^\\s*¿?\\s*(?:(?:${alternation(ASK_WHAT)})\\s*)?(?:${alternation(ASK_WHERE)})(?![\\p{L}])`, 'iu');
// An institution known by its acronym after the ask phrase ("de la CNSA", "of the MHRA"): no private person's name.
const ASKED_ACRONYM = new RegExp(`^\\s*(?:(?:the|la|le|el|del|de|du|des|der|die|het|il|della|dell['’]|l['’])\\s*){0,2}${ACRONYM}\\s*$`, 'u');
// How far after the question mark the answer's address may start (its street's first words read apart: "Korte Voorhout 8").
const ANSWER_REACH = 40;

/**
 * Where the words after the ask phrase start when the clause of an address at `at`, starting at `clause`, answers a
 * question right before it that asks where a named institution is (ASK_WHERE, then a named venue or organisation:
 * "Adresse vom Bundesgerichtshof für die Revision? Herrenstraße 45a, ..."), else -1. The ask phrase's own address noun
 * is no private word; the rest of the question still is read.
 */
function askedInstitution(text: string, clause: number, at: number): number {
  if (clause < 1 || text.charCodeAt(clause - 1) !== 63 || at - clause > ANSWER_REACH) return -1;
  const qEnd = clause - 1;
  const qStart = clauseStart(text, qEnd);
  const m = ASK.exec(text.slice(qStart, qEnd));
  if (m === null) return -1;
  const floor = qStart + m[0].length;
  return namesOrganisation(text, floor, qEnd) || ASKED_ACRONYM.test(text.slice(floor, qEnd)) ? floor : -1;
}

/**
 * Addresses and phone numbers of public places and businesses, removed in place:
 * - a STREET_ADDRESS whose own clause names a particular venue before it (a museum, station, town hall, theatre, church, library,
 *   embassy, pharmacy, hotel, shop... in six languages, data/public-venues.ts): "Rijksmuseum (Museumstraat 1)",
 *   "Semperoper am Theaterplatz 2", "Farmacia Central (plaza Mayor 3";
 * - any STREET_ADDRESS of a text that is a guide to or a plan of public places (GUIDE_MENTIONS venue and visiting
 *   words, at least one of each, one venue named: a city walk, a route between museums, opening hours, a roadshow plan's "Capital Suite 12");
 * - a PHONE_NUMBER whose clause names a venue ("Reservas en el restaurante Botín: 913...", "Het Rijksmuseum is
 *   bereikbaar via 020...") or within PHONE_REACH of such an address, in the same clause ("plaza Mayor 3, 975 21 10 45"), or
 *   right after an information or booking word with a venue named up to INFO_REACH before ("The Fitzwilliam Museum, ...
 *   Enquiries 01223 332900"), unless a first-person word is right before it ("call me on");
 * - a STREET_ADDRESS that an organisation's name introduces, before the address's whole lead (org-names.ts
 *   introducingName: "Brightwell Catering Ltd, Unit 4 Riverside Park", "Rechtbank Amsterdam, Parnassusweg 220"); when
 *   that name heads an entry after a label's colon, words before it do not make the address private ("in ons
 *   sjabloon:", "Correggi l'indirizzo nel modello:");
 * - a STREET_ADDRESS on an affiliation line of a paper's author block (author-blocks.ts: "(1) Institut Pasteur, 25-28 rue
 *   du Docteur Roux, 75015 Paris" under "C. Martin(1), D. Ndiaye(2)");
 * - a STREET_ADDRESS after a firm's name that the domain of a desk mailbox after it in its clause spells (org-domains.ts:
 *   "Garrigues, Calle de Hermosilla 3, ..., info@garrigues.com"); capitalised private words inside an introducing name
 *   are that name's ("Casa Limoni - Ufficio Resi, Via ...");
 * - a one-word mailbox that is no name, listed with such an address or number in its clause ("..., PEC rossi@pec.it");
 * - a name read inside such an address ("102 cours Lafayette"), or an organisation's name in its lead.
 * An address always stays when a person is found, or a private word ("home", "Wohnung", "demeurant", "mi", "cliente")
 * stands, within PRIVATE_REACH of it: a private person's address named next to a public place.
 */
export function dropPublicAddresses(text: string, hits: Hit[]): void {
  dropAsideValues(text, hits, (at) => privateWordIn(text, Math.max(0, at - PRIVATE_REACH), at));
  if (!hits.some((h) => (h.entity === 'STREET_ADDRESS' || h.entity === 'PHONE_NUMBER') && h.score >= 0.5)) return;
  // A name read inside an address ("102 cours Lafayette") is the street's, not a person next to it.
  const streets = hits.filter((h) => h.entity === 'STREET_ADDRESS');
  // The names spelled by the domains of the desk mailboxes in the clause after `end`, within CONTACT_AFTER (org-domains.ts).
  const hasMailbox = text.includes('@');
  const deskDomainsAfter = (end: number): Set<string> => {
    if (!hasMailbox) return new Set();
    const to = Math.min(text.length, end + CONTACT_AFTER);
    CLAUSE_END.lastIndex = 0;
    const stop = CLAUSE_END.exec(text.slice(end, to));
    return deskDomainsIn(text, end, stop === null ? to : end + stop.index);
  };
  // A name hit made of an organisation's name ("Getränkemarkt Kessler") is the business that owns the address after it.
  // Speed: read only for the name hits that stand near a value (a pure test, kept per hit).
  const orgName = new Map<Hit, boolean>();
  const isOrgName = (h: Hit): boolean => {
    let v = orgName.get(h);
    if (v === undefined) orgName.set(h, (v = isOrganisationName(text.slice(h.start, h.end)) || isDomainNamedOrg(text, h, deskDomainsAfter(h.end))));
    return v;
  };
  // The persons: name hits that are no street's and no organisation's (isOrgName, asked when one is near a value).
  // A name that is part of an institution's ("École élémentaire Jules Ferry", "Praxis Dr. Sommer") owns nothing near it.
  // Speed: the institution test (a regex before each name) is read only for a name near a value, kept per hit.
  const persons = hits.filter((h) => h.entity === 'PERSON' && h.score >= 0.5 && !streets.some((a) => overlaps(a, h.start, h.end)) && !CEDEX.test(text.slice(h.start, h.end)));
  const institution = new Map<Hit, boolean>();
  const isInstitution = (h: Hit): boolean => {
    let v = institution.get(h);
    if (v === undefined) institution.set(h, (v = institutionNamedFor(text, h.start) || plantNamedFor(text, h.start)));
    return v;
  };
  // A person near a value is its owner unless a paragraph break stands between them (a quiz's last answer, then the
  // venue of the quiz night) or the person comes after the value in another sentence ("..., 20457 Hamburg, zeigt am
  // 12.02. Igor Levit").
  const personNear = (s: number, e: number, h?: Hit): boolean =>
    persons.some((p) => {
      if (!overlaps(p, s, e) || isInstitution(p) || isOrgName(p)) return false;
      if (h === undefined) return true;
      if (p.end <= h.start) return !PARAGRAPH_BREAK.test(text.slice(p.end, h.start));
      if (p.start >= h.end) {
        CLAUSE_END.lastIndex = 0;
        return !CLAUSE_END.test(text.slice(h.end, p.start + 1));
      }
      return true;
    });
  // `floor`: where the name that heads the address's entry starts ("in ons sjabloon: Rechtbank Amsterdam, Parnassusweg
  // 220"): the words before it speak of the entry, not of the address.
  // `name`: where the organisation's name that introduces the address starts: a capitalised private word from there on
  // is part of that name ("Casa Limoni – Ufficio Resi, Via ...", "Home Bargains, ..."), also when the name heads the
  // entry and so is the floor itself ("Encadré : Déménagements Martin & Fils, 45 avenue ...": "Fils" is the firm's).
  // `ceiling`: where the value's aside ends (ownerAside): what follows it speaks of something else.
  const privateNear = (s: number, e: number, own = false, floor = 0, name = -1, ceiling = text.length): boolean => {
    const from = Math.max(0, s - PRIVATE_REACH, floor);
    let to = Math.min(text.length, ceiling, e + PRIVATE_REACH);
    // The organisation's own premises are read to the end of their clause: the next line of an FAQ ("Q: Can I call? A:
    // Yes, our customer line ...") speaks of something else.
    if (own) {
      CLAUSE_END.lastIndex = 0;
      const end = CLAUSE_END.exec(text.slice(e, to));
      if (end !== null) to = e + end.index;
    }
    if (name >= from && name < s) {
      // The name runs to its first separator ("Casa Limoni - Ufficio Resi,"); the lead lines after it are read as usual.
      const sep = NAME_END.exec(text.slice(name, s));
      const nameEnd = sep === null ? s : name + sep.index;
      return privateIn(from, name, own) || lowerPrivateIn(text, name, nameEnd) || privateIn(nameEnd, to, own);
    }
    return privateIn(from, to, own);
  };
  // A private word in text[from, to), but for one inside an organisation's noun (see privateNear).
  const privateIn = (from: number, to: number, own: boolean): boolean => {
    if (!privateWordIn(text, from, to)) return false;
    // A private word inside an organisation's noun is none ("Service client", "atención al cliente", "customer
    // service"): read the stretches between such nouns.
    // The nouns are read from a little before the window: one it cuts ("...dent residence, 12 Vernon Road") is still one.
    const lo = wholeWordFrom(text, from - NOUN_LEAD);
    const window = text.slice(lo, to);
    // So is an organisation's possessive before its premises right before the address (`own`: "our warehouse at",
    // "ons pand", "nuestra sede").
    const nouns = own ? ORG_NOUN_SCAN : VENUE;
    let at = from;
    nouns.lastIndex = 0;
    for (let m = nouns.exec(window); m !== null; m = nouns.exec(window)) {
      const [s, e] = [lo + m.index, lo + m.index + m[0].length];
      if (e <= from) continue;
      if (s > at && privateWordIn(text, at, s)) return true;
      at = Math.max(at, e);
    }
    return privateWordIn(text, at, to);
  };
  // A named place's address whose private words all stand in a later sentence ("Konditorin Marlene betreibt das Café
  // "Zuckerstück" in der Rosengasse 5 im fiktiven Städtchen. Der neue Nachbar ist ..."): those speak of someone else;
  // read only when privateNear has found one (`own`, `floor`, `name` as there).
  const privateOnlyAfterVenue = (h: Hit, clause: number, own: boolean, floor: number, name: number): boolean => {
    const to = Math.min(text.length, h.end + PRIVATE_REACH);
    CLAUSE_END.lastIndex = 0;
    const stop = CLAUSE_END.exec(text.slice(h.end, to));
    if (stop === null || !(name !== -1 || venueAt(text, Math.max(clause, h.start - 40), h.start) || namesOrganisation(text, clause, h.start))) return false;
    // Not when a person is named before it in its paragraph ("Applicant: Mr ..., current address ...; Household: his
    // wife"), nor when the later sentences are the writer's ("... Cabinet Dentaire des Halles, 4 rue ... Mon portable").
    const [pFrom] = paragraphOf(h.start, h.end);
    if (persons.some((p) => p.start >= pFrom && p.end <= h.start) || WRITER.test(text.slice(h.end + stop.index, to))) return false;
    return !privateNear(h.start, h.end, own, floor, name, h.end + stop.index);
  };
  let guide: boolean | undefined;
  // The venue's own: its clause names it before the value, or the value follows its noun and a preposition, or the
  // whole text is a guide to public places.
  const venueValue = (h: Hit, inGuide: boolean, introduced = false): boolean => {
    const clause = clauseStart(text, h.start);
    // A phone goes by a venue or business noun only: product names ("WhatsApp") and event words stand near anyone's number.
    // An office named only as the one asked for ("Welches Jobcenter ist zuständig, wenn jemand nach ... zieht?") is not the
    // address's (address-public.ts asksWhichOffice): the address is the mover's home.
    const named =
      introduced ||
      (h.entity === 'STREET_ADDRESS' ? (namesOrganisation(text, clause, h.start) || namesPlant(text, clause, h.start)) && !asksWhichOffice(text.slice(clause, h.start)) : namesVenue(text, clause, h.start));
    const before = text.slice(Math.max(clause, h.start - 80), h.start);
    if (h.entity === 'STREET_ADDRESS' && (OWN_AT.test(before) || premisesAt(text, h.start - before.length, h.start))) return true;
    if (h.entity === 'STREET_ADDRESS' && (venueLabelled(text, clause, h.start) || programmeVenue(text, h.start))) return true;
    return named || venueAt(text, Math.max(clause, h.start - 40), h.start) || (inGuide && (guide ??= guideMentions(text) >= GUIDE_MENTIONS));
  };
  // Where the paragraph that holds [s, e) starts and ends.
  const paragraphOf = (s: number, e: number): [number, number] => enclosing(text, s, e, PARAGRAPH_BREAKS, PARAGRAPH_READ, PARAGRAPH_READ);
  // A venue's own evidence for a number near it: a desk or enquiries phrase in its clause ("Reservierungen", "Kassa"),
  // a role mailbox on its line ("reservierung@..."), or opening hours in its paragraph.
  const orgEvidence = (h: Hit): boolean => {
    // Not a desk named as the line not to call ("ne pas appeler le standard, appeler directement le 06 ...").
    const clause = clauseStart(text, h.start);
    const desk = orgDeskIndex(text, clause, h.start, orgDeskStarts(text));
    if (desk !== -1 && !negatedDesk(text, clause + desk)) return true;
    const lineFrom = text.lastIndexOf('\n', h.start - 1) + 1;
    const nl = text.indexOf('\n', h.end);
    const lineTo = nl === -1 ? text.length : nl;
    for (const m of hits)
      if (m.entity === 'EMAIL_ADDRESS' && m.start >= lineFrom && m.end <= lineTo && (isRoleMailbox(text.slice(m.start, m.end)) || isRoleLikeLocal(text.slice(m.start, m.end)))) return true;
    const [from, to] = paragraphOf(h.start, h.end);
    return givesOpeningHours(text, from, to);
  };
  // A personal cue right before the number, after a booking or message made out to a named person in its paragraph.
  const personalMobile = (h: Hit): boolean => {
    if (!PERSONAL_CUE.test(text.slice(Math.max(0, h.start - 30), h.start))) return false;
    const from = Math.max(paragraphOf(h.start, h.end)[0], h.start - NAMED_REACH);
    return NAMED_FOR_CUE.test(text.slice(from, h.start));
  };
  // The organisation's mailbox (a role or desk word's: "kanzlei@", "conveyancing@") or a desk phrase ("customer
  // service", "Zentrale") in the address's paragraph: it lists its own contact channels.
  const orgContactNear = (h: Hit): boolean => {
    const [pFrom, pTo] = paragraphOf(h.start, h.end);
    const from = Math.max(pFrom, h.start - CONTACT_BEFORE);
    const to = Math.min(pTo, h.end + CONTACT_AFTER);
    if (orgDeskIndex(text, from, to, orgDeskStarts(text)) !== -1) return true;
    const window = text.slice(from, to);
    MAILBOX.lastIndex = 0;
    for (let m = MAILBOX.exec(window); m !== null; m = MAILBOX.exec(window)) {
      const s = from + m.index;
      if (isRoleMailbox(m[0]) || isDeskWordMailbox(text, s, s + m[0].length)) return true;
    }
    return false;
  };
  // Where the reviewed place's name ends at the head of a review's quoted entry before `h` (REVIEW_HEAD), or -1: private
  // words are read after it (the request's "Polish my review:" is the writer's; "Casa Lucio" is the place's name). A
  // person found in that name ("my review: 'Maria Lopez, 12 High St") is someone reviewed at home: -1.
  const reviewedPlace = (h: Hit): number => {
    const lo = Math.max(0, h.start - REVIEW_REACH);
    let span = entryHeadName(text, lo, h.start, false);
    if (span === undefined) {
      span = entryHeadName(text, lo, h.start, true);
      if (span !== undefined && privateWordIn(text, lo + span[0], lo + span[1])) return -1;
    }
    if (span === undefined) return -1;
    const [s, e] = [lo + span[0], lo + span[1]];
    return hits.some((p) => p.entity === 'PERSON' && p.score >= 0.5 && overlaps(p, s, e)) ? -1 : e;
  };
  // Where the name of a place asked about as worth going to, with its menu after, starts right before `h` (WORTH_VISIT),
  // or -1: the words of that name are read as an introducing name's.
  const worthVisit = (h: Hit, clause: number): number => {
    const [from, to] = sentenceOf(text, h.start, h.end);
    if (!WORTH.test(text.slice(from, to))) return -1;
    const pTo = paragraphOf(h.start, h.end)[1];
    if (!MENU.test(text.slice(h.end, Math.min(pTo, h.end + MENU_REACH)))) return -1;
    const lead = text.slice(Math.max(clause, h.start - VENUE_REACH), h.start);
    const m = PLACE_NAME_BEFORE.exec(lead);
    if (m === null) return -1;
    // The sentence's first word is its verb or question word ("Is", "Lohnt"), not the name: a name of that word alone is none.
    const at = h.start - lead.length + m.index;
    const first = /^\p{L}+/u.exec(m[1] ?? '')?.[0] ?? '';
    if (SENTENCE_OPEN.test(text.slice(clause, at)) && first === (m[1] ?? '')) return -1;
    // A town after a street in the lead ("6 Southwark Street, London SE1 ...") is that address's own line, no place's name.
    return streets.some((a) => a !== h && a.end > h.start - lead.length && a.end <= h.start) ? -1 : at;
  };
  // Dropped reviewed places' addresses, with where their private words are read from.
  const reviewDrops: Hit[] = [];
  const reviewFloor = new Map<Hit, number>();
  const drop = new Set<Hit>();
  // The stretches from a dropped address's introducing name to the address: its lead lines.
  const leads: [number, number][] = [];
  // Dropped addresses of the organisation's own premises: a possessive near the rest of them is the organisation's.
  const ownDrops: Hit[] = [];
  for (const h of hits) {
    if (h.entity !== 'STREET_ADDRESS' || h.score < 0.5) continue;
    const clause = clauseStart(text, h.start);
    const lead = text.slice(Math.max(clause, h.start - 80), h.start);
    // A person named near the address, or a dwelling unit, a route or a list of stops before it, keeps it whatever the
    // readings of its lead below find (they only decide between keeping and dropping it). Speed: asked first, these
    // spare those readings for most addresses (1.5 of the 1.6 a chat prompt holds).
    if (personNear(h.start - PRIVATE_REACH, h.end + PRIVATE_REACH, h) || DWELLING_LEAD.test(lead) || ROUTE_LEAD.test(lead) || STOPS_LEAD.test(text.slice(Math.max(0, h.start - STOPS_REACH), h.start))) continue;
    const ownIs = OWN_IS.test(lead);
    // The organisation placing its own premises or listing a visit among its contact channels, with its mailbox or desk.
    const contact = (ownIs || IN_PERSON_BEFORE.test(lead)) && orgContactNear(h);
    // An institution's address by its address noun ("l'adresse de la CNIL ("): the noun is no private word there; the
    // clause before it is still read.
    const { addressOf, placed, apposed } = leadHeads(lead);
    let nounEnd = addressOf === null ? -1 : h.start - lead.length + addressOf.index + addressOf[0].length;
    if (addressOf !== null && privateWordIn(text, clause, h.start - lead.length + addressOf.index)) continue;
    // An acronym placed at the address: its phrase ("l'adresse de l'ANSM c'est toujours") is no private word either.
    if (placed !== null && privateWordIn(text, clause, h.start - lead.length + placed.index)) continue;
    if (placed !== null) nounEnd = h.start - (placed[1]?.length ?? 0);
    const own = OWN_AT.test(lead) || (contact && ownIs);
    const intro = introducingName(text, clause, h.start);
    // A name that opens its clause or follows a label's colon heads an entry of its own (a signature, a template's
    // address): the words before it do not speak of the address. After a preposition it is a landmark ("the tenant
    // above Studio Lindenhof, Bergstraße 14"). A place named in the address's own clause is read in that clause: the
    // question around it in an FAQ ("Où retirer mon titre ? R : À la préfecture, 12 rue ...") is the reader's.
    // A reviewed place heads its review's entry: the words of the request before it ("Polish my review:") are the writer's.
    const reviewed = reviewedPlace(h);
    // A plant named right before the address ("consegna allo stabilimento Ferrari, via ..."): the delivery is the plant's.
    const plant = plantNounAt(text, clause, h.start);
    // The answer to a question that asks where a named institution is: the question's words after its ask phrase are read.
    const asked = askedInstitution(text, clause, h.start);
    const worth = intro === -1 && reviewed === -1 ? worthVisit(h, clause) : -1;
    const named = intro !== -1 ? intro : worth;
    const floor = reviewed !== -1 ? reviewed : intro !== -1 && ENTRY_START.test(text.slice(clause, intro)) ? intro : nounEnd !== -1 ? nounEnd : plant !== -1 ? plant : asked !== -1 ? asked : contact || apposed ? clause : 0;
    if (privateNear(h.start, h.end, own || contact || apposed, floor, named) && !privateOnlyAfterVenue(h, clause, own || contact || apposed, floor, named)) continue;
    if (reviewed !== -1) {
      drop.add(h);
      reviewDrops.push(h);
      reviewFloor.set(h, reviewed);
      continue;
    }
    const [from, to] = sentenceOf(text, h.start, h.end);
    // An affiliation line of a paper's author block is its research institution's (author-blocks.ts).
    // The firm named before the address in its clause is the one whose desk mailbox follows it ("Garrigues, Calle de
    // Hermosilla 3, ..., info@garrigues.com"): its contact block.
    const domainNamed = hasMailbox && spellsDomainName(text, Math.max(clause, h.start - VENUE_REACH), h.start, deskDomainsAfter(h.end));
    if (domainNamed || contact || apposed || worth !== -1 || asked !== -1 || onAffiliationLine(text, h.start) || PO_BOX_BEFORE.test(text.slice(Math.max(0, h.start - 24), h.start)) || venueValue(h, true, intro !== -1) || deskAfter(text, h) || hoursAfter(text, h) || tellsBuildingHistory(text, from, h.start, to) || fromWebsite(text, h.start, h.end)) {
      drop.add(h);
      if (own) ownDrops.push(h);
      if (intro !== -1) leads.push([intro, h.start]);
    }
  }
  // Listed with a venue's address in the same clause: the rest of that address (its postcode read apart, "London E14
  // 4QJ") and the venue's number ("plaza Mayor 3, 975 21 10 45").
  const listedWith = (h: Hit, venues: readonly Hit[]): boolean =>
    venues.some((a) => {
      const [s, e] = a.end <= h.start ? [a.end, h.start] : [h.end, a.start];
      if (e - s > PHONE_REACH || e < s) return false;
      CLAUSE_END.lastIndex = 0;
      return !CLAUSE_END.test(text.slice(s, e)) || (a.end <= h.start && NEXT_PHONE_LINE.test(text.slice(s, e)));
    });
  const named = [...drop];
  for (const h of hits)
    if (
      h.entity === 'STREET_ADDRESS' &&
      h.score >= 0.5 &&
      !drop.has(h) &&
      listedWith(h, named) &&
      !privateNear(h.start, h.end, listedWith(h, ownDrops), Math.max(0, ...reviewDrops.filter((a) => listedWith(h, [a])).map((a) => reviewFloor.get(a) ?? 0))) &&
      !personNear(h.start - PRIVATE_REACH, h.end + PRIVATE_REACH, h)
    )
      drop.add(h);
  const venues = [...drop];
  const tailPhones: Hit[] = [];
  const serviceLandline = (h: Hit): boolean =>
    !isMobileRange(text.slice(h.start, h.end), language()) && !personNear(h.start - INFO_REACH, h.start) && !privateWordIn(text, Math.max(0, h.start - PRIVATE_REACH), h.start);
  // The text's language, read once when a number's kind needs it.
  let lang: Lang | undefined;
  let langRead = false;
  const language = (): Lang | undefined => {
    if (!langRead) [lang, langRead] = [textLanguage(text), true];
    return lang;
  };
  // A number right after a postcode and town, in a clause that names a venue before that address, further back than a
  // phone's own clause is read ("Hospital Universitario Virgen del Rocío, Avda. Manuel Siurot s/n, 41013 Sevilla, 955
  // ..."): the venue's listing, its address found or not.
  // The venue is read in the clause that holds the postcode: a full stop after the town may open the phone's sentence.
  const afterVenueAddress = (h: Hit): boolean => {
    const lo = Math.max(0, h.start - 40);
    const town = TOWN_BEFORE.exec(text.slice(lo, h.start));
    if (town === null) return false;
    const at = lo + town.index;
    const from = Math.max(0, at - LISTING_REACH);
    CLAUSE_END.lastIndex = 0;
    let start = from;
    const window = text.slice(from, at);
    for (let m = CLAUSE_END.exec(window); m !== null; m = CLAUSE_END.exec(window)) start = from + m.index + m[0].length;
    return namesVenue(text, start, at);
  };
  // Where the bracket that holds a phone ends, when it opens right after a named venue or organisation ("Ein Makler
  // (Engel & Partner Leipzig, Tel. 0341 ...)", "La inmobiliaria Casaverde Ruzafa (963 ...)"), or -1: the bracket is that
  // organisation's contact aside, and what follows it ("bietet eine 3-Zimmer-Wohnung an", "anuncia un piso") speaks of
  // what it sells, not of the number.
  const ownerAside = (h: Hit): number => {
    const clause = clauseStart(text, h.start);
    const open = text.lastIndexOf('(', h.start - 1);
    if (open < Math.max(clause, h.start - ASIDE_REACH) || text.slice(open, h.start).includes(')')) return -1;
    const close = text.indexOf(')', h.end);
    if (close === -1 || close - h.end > ASIDE_REACH || text.slice(h.end, close).includes('(')) return -1;
    return namesVenue(text, clauseStart(text, open), open + 1) ? close + 1 : -1;
  };
  // A landline named as a helpline's or a desk's by the words right around it: the line's name right before it ("Telefono
  // Amico 02 ..."), or linked to it right after ("717 ... del Teléfono de la Esperanza", "09 ... pour SOS Amitié", "91 ...
  // es el teléfono de información de la Agencia Tributaria", "020 ... of the Rijksmuseum"), in the number's clause.
  // A mobile only by a line's name linked after it: a capitalised line noun before a mobile may open a sentence that
  // gives someone's number ("Teléfono de Carlos: 612 ...").
  const namedLineAround = (h: Hit): boolean => {
    const mobile = isMobileRange(text.slice(h.start, h.end), language());
    const clause = clauseStart(text, h.start);
    const before = text.slice(Math.max(clause, h.start - LINE_BEFORE_REACH), h.start);
    // A mobile too when an article opens the line's name ("Teléfono de la Esperanza 717 ...", "Telefono della Speranza"):
    // a person's number is written "Teléfono de Carlos", with no article before the name.
    if (LINE_BEFORE.test(before) && (!mobile || LINE_ARTICLE_BEFORE.test(before))) return true;
    const tail = text.slice(h.end, Math.min(text.length, h.end + LINK_REACH + VENUE_REACH));
    CLAUSE_END.lastIndex = 0;
    const stop = CLAUSE_END.exec(tail);
    const after = stop === null ? tail : tail.slice(0, stop.index);
    const head = LINK_HEAD.exec(after)?.[0].length ?? 0;
    const link = head + (LINK_REST.exec(after.slice(head))?.[0].length ?? 0);
    if (link > LINK_REACH) return false;
    const at = h.end + link;
    const rest = after.slice(link);
    if (LINE_AT.test(rest)) return true;
    if (mobile) return false;
    if (orgDeskIndex(text, h.end + head, h.end + after.length, orgDeskStarts(text)) === 0) return true;
    // A named venue or organisation whose noun opens what follows, or ends its name ("de la Fundación Aurora", "of the
    // Whitworth Gallery").
    VENUE.lastIndex = 0;
    const noun = VENUE.exec(rest);
    return noun !== null && NAME_LEAD.test(rest.slice(0, noun.index)) && namedVenue(text, at + noun.index, at + noun.index + noun[0].length);
  };
  for (const h of hits) {
    if (h.entity !== 'PHONE_NUMBER' || h.score < 0.5) continue;
    // "call me on", "mi móvil", "mein Handy": the writer's own number, whatever venue is near; so is one with a person
    // named near it. Speed: asked before the owner's aside and the business name before the number, which only the
    // private-word test below reads.
    if ((FIRST_PERSON_GATE.mayHold(text, h.start - PHONE_REACH, h.start) && FIRST_PERSON.test(text.slice(wholeWordFrom(text, h.start - PHONE_REACH), h.start))) || personNear(h.start - PRIVATE_REACH, h.end + PRIVATE_REACH, h)) continue;
    const aside = ownerAside(h);
    // A business's name right before the number ("Ribble Lets on 01772 ..."): the words before that name speak of
    // something else ("a letter to parents. Sign off as St Mary's Primary, office 01904 ...").
    const tailAt = tailNameBefore(text, clauseStart(text, h.start), h.start);
    const tail = tailAt !== -1;
    if (privateNear(h.start, h.end, false, tail ? tailAt : 0, -1, aside === -1 ? text.length : aside)) continue;
    // A landline later in a reviewed place's paragraph is the place's ("..., 75009 Paris. ... Tél 01 47 70 86 29").
    const reviewLine = reviewDrops.some((a) => a.end <= h.start && h.start - a.end <= REVIEW_PHONE_REACH && !PARAGRAPH_BREAK.test(text.slice(a.end, h.start))) && !isMobileRange(text.slice(h.start, h.end), language());
    const listed = reviewLine || listedWith(h, venues);
    // A phone goes by its own clause or a listed venue address, not by the genre: a form that names its school holds
    // the parents' numbers. An information or booking line ("Enquiries 01223...", "información 944...", "informatie
    // 020...") is the venue's when a venue is named in the text before it, beyond its clause.
    const info = INFO_LINE_BEFORE.exec(text.slice(Math.max(0, h.start - 90), h.start));
    // A landline (in the text's own country's format) on such a line is the service's whatever is named before it
    // ("Informazioni: 06 8596 ...", "Reservierung unter 030 ..."), with no person named up to INFO_REACH before it and
    // no private word right before it ("Gentile Sig. Hoxha, ... Per informazioni: 011 ..." is a letter to that person);
    // a mobile there needs the venue.
    const infoLine = info !== null && ((info[1] !== undefined && DESK_MAILBOX.test(info[1])) || VENUE_INFO.test(text.slice(Math.max(0, h.start - 40), h.start)) || namesVenue(text, Math.max(0, h.start - INFO_REACH), h.start) || serviceLandline(h));
    // A landline with the place's opening or closing days right after it ("Tél. 01 ... Fermée le lundi") is the place's.
    const hours = !isMobileRange(text.slice(h.start, h.end), language()) && hoursAfter(text, h);
    if (!(listed || aside !== -1 || hours || venueValue(h, false) || infoLine || tail || afterVenueAddress(h) || fromWebsite(text, h.start, h.end) || namedLineAround(h))) continue;
    // A mobile goes with the venue only on the venue's own evidence; one after a personal cue in a booking or message
    // made out to a named person ("auf Namen Bettina ..., Handy 0157...", "Hoi Fleur, ... (naar 06...)") is that person's.
    if (!infoLine && isMobileRange(text.slice(h.start, h.end), language()) && (personalMobile(h) || !(orgEvidence(h) || namedLineAround(h)))) continue;
    drop.add(h);
    if (tail) tailPhones.push(h);
  }
  // The rest of the contact block after such a business's phone, in its clause ("Parks Services, 01484 ..., Civic
  // House, Huddersfield HD1 2TA").
  if (tailPhones.length > 0)
    for (const h of hits)
      if (h.entity === 'STREET_ADDRESS' && h.score >= 0.5 && !drop.has(h) && tailPhones.some((p) => p.end <= h.start) && listedWith(h, tailPhones) && !privateNear(h.start, h.end) && !personNear(h.start - PRIVATE_REACH, h.end + PRIVATE_REACH, h)) {
        drop.add(h);
        venues.push(h);
      }
  // A one-word mailbox that is no name ("rossiimpianti@pec.it", "info@"), listed in the clause of a dropped address or
  // number: the organisation's. A person's work mailbox ("j.smith@", "annaweber@") stays.
  const listedValues = [...drop];
  if (listedValues.length > 0)
    for (const h of hits)
      if (h.entity === 'EMAIL_ADDRESS' && h.score >= 0.5 && listedWith(h, listedValues) && isRoleLikeLocal(text.slice(h.start, h.end)) && !privateNear(h.start, h.end) && !personNear(h.start - PRIVATE_REACH, h.end + PRIVATE_REACH, h))
        drop.add(h);
  if (drop.size === 0) return;
  // A name read inside a dropped address is the street's ("102 cours Lafayette"): it goes with it; so does a town read
  // as a name before its Cedex, listed with it ("75082 Paris Cedex 02").
  for (const h of hits) if (h.entity === 'PERSON' && (venues.some((a) => a.start <= h.start && h.end <= a.end) || (CEDEX.test(text.slice(h.start, h.end)) && listedWith(h, venues)))) drop.add(h);
  // So does an organisation's name read as a person's right before it ("Stopp 1: Getränkemarkt Kessler, Ringstraße 40").
  // or in its lead ("Esposito S.r.l., Zona Industriale ASI, Lotto 12, ...").
  // So does one that names the organisation whose listing follows in its clause ("CHU de Rennes, place ..., 02 ...").
  const listingAfter = (h: Hit): boolean =>
    listedValues.some((a) => {
      if (a.start < h.end || a.start - h.end > LISTING_REACH) return false;
      CLAUSE_END.lastIndex = 0;
      return !CLAUSE_END.test(text.slice(h.end, a.start));
    });
  for (const h of hits)
    if (h.entity === 'PERSON' && (venues.some((a) => a.start >= h.end && a.start - h.end <= 4) || listingAfter(h) || tailPhones.some((a) => a.start >= h.end && a.start - h.end <= 12) || leads.some(([s, e]) => s <= h.start && h.end <= e)) && isOrgName(h)) drop.add(h);
  // And a name an institution is named for, right before its dropped address or number ("Praxis Dr. Sommer, Marktplatz
  // 4", "École élémentaire Jules Ferry, 03 ...").
  const dropped = [...drop];
  for (const h of hits) if (h.entity === 'PERSON' && dropped.some((a) => a.entity !== 'PERSON' && a.start >= h.end && a.start - h.end <= 4) && isInstitution(h)) drop.add(h);
  let kept = 0;
  for (const h of hits) if (!drop.has(h)) hits[kept++] = h;
  hits.length = kept;
}
