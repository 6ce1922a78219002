import { ADDRESS_EVIDENCE_WORDS } from './data/address-evidence-words.js';
import { BIRTH_EVIDENCE_WORDS } from './data/birth-evidence-words.js';
import { LEGAL_FORMS } from './data/company-cues.js';
import { NAME_CONTEXT } from './data/name-context.js';
import { ORG_WORDS, PROFESSION_BODIES } from './data/org-words.js';
import { hasHealthWords, hasTiedHealthAbbreviation } from './health-context.js';
import { LISTED_FIRST_NAMES, LISTED_SURNAMES } from './listed-names.js';
import { publicEvidenceFor } from './address-public.js';
import { hasPrivateWords } from './private-evidence.js';
import { escapeRegExp as esc, foldText as fold } from './evidence-text.js';
import { addPhrase, PHRASE_WORD, phraseEnd, type PhrasesByFirst } from './phrase-table.js';

/*
 * The address-evidence gate, the sibling of the name gate (private-evidence.ts). A street address is personal data when
 * it is a private person's home or post: a client's, a patient's, a recipient's, the writer's own. Requests whose only
 * findings are street addresses were of two kinds on every held-out set: private ones, which tie the address to a person
 * right beside it (a residence or registry form, a recipient or client label, a household or a person's name before it,
 * a first-person home, a register of clients, the person's health or case facts after it); and
 * public ones, which name a court, a regulator, a firm's contact block, a returns desk, a stadium, a shop, a restaurant,
 * a story's setting or a historical home, and hold no such tie. So when every finding of a request is a street address
 * (or a postcode, ZIP_CODE) and no address has positive evidence of a private person near it, the addresses are dropped,
 * unless a street address has no evidence that it is public either (address-public.ts: a named place or a firm's name
 * before it, a tool result's field, an organisation or venue noun not asked for, a register's, a listing's, a story's or
 * a job advert's words, a contact block, a year of history). Such a bare address is someone's: the requests that send one
 * ask which office, depot or cemetery serves the person who lives there ("Welches Jobcenter ist zuständig, wenn jemand
 * nach ... zieht?"). Private evidence is read first and keeps the request whatever public words stand near. A postcode
 * found alone (ZIP_CODE) is part of an address and judged by private evidence only. A name of the lists beside the address is not
 * let in: such a name is itself a person near the address (requests with only those two were 222 sensitive against 9
 * clean on held-out sets 1-55), so those requests keep both.
 *
 * Evidence for one address (its text, from the leaf string it was found in):
 *  - an anchor of data/address-evidence-words.ts in the 80 characters before it, cut at the sentence's start: residence
 *    and registry forms ("con domicilio en", "residente in", "wohnhaft", "domicile"), a new or forwarding address, a
 *    first-person home ("I moved to", "chez moi", "ik woon"), a possessive and a home word ("his house", "mijn woning"),
 *    a first-person possessive and a relative ("zu meiner Oma"), a recipient or sender ("Empfänger", "Destinataire",
 *    "Mittente"), one client, patient, tenant or resident ("a la clienta", "aan klant"; not "customer services"), a
 *    plural label with its colon ("Clients: ...");
 *  - a household or a person's name right before it ("Fam. Krasniqi, ", "familia de X, ", "D. Fermín Echarri, ",
 *    "A.J. Verbrugge, ", "DA COSTA Maria, ", a listed first name and capitalised words: "Cor Brouwer, "), or a household
 *    right after it on its line ("(famille Delmas)"), or a residence field after it on its line ("<Woonpl>Utrecht");
 *  - a first-person self-introduction and a capitalised name right before it ("Soy Ana Ruiz, ", "I'm Tom and Ann Hale, ");
 *    a present-tense residence verb with a floor or door detail before it in its sentence ("vive en el 3º C de la calle
 *    ...", "wohnt im 2. Stock, ..."): a flat told down to its floor is a private home, where "lives at" alone is also a
 *    biography's; a plural sender or recipient label with its colon ("Afzenders: ...", "Remitentes: ...");
 *  - a delivery, dispatch or collection phrase ending right before it (only a household word and a locative between,
 *    or a day, a time or the goods after a delivery verb: "it's going to 27 ...", "die Trikots gehen an Am Mühlenbach 7",
 *    "3 Zustellversuche in der ...", "à livrer demain 10 h au 11 rue ..."): goods sent to a bare street address go to
 *    someone's home, while a firm's address follows the firm's name, which then ends the tail instead; or a home's
 *    access details in its sentence ("key safe", "Klingel", "digicode", "portero", "citofono");
 *  - housing provided to people ending its sentence's tail, at most five words between ("die Unterkunft Lindenweg 3",
 *    "le logement des saisonniers est au ...", "l'alloggio dei lavoratori stagionali in ..."): workers live there; a
 *    taxi's or a walker's pick-up ("pick up from", "ophalen", "prise en charge au") and a key drop in a letterbox or with
 *    a keyholder ("boîte aux lettres du ...", "cassetta della posta in ...") are a home's, like its access details;
 *  - a register header above it in the same string: a row of cells one of which is a person's column ("klient;adresse",
 *    "id,first_name,last_name,address"), or a household noted in brackets anywhere in the string (a list of homes);
 *  - the key that holds the string naming such a person ({"recipient": ...}, {"customer": ...});
 *  - a health word (health-context.ts) in its own sentence, up to 60 characters before it or up to 100 after it on its
 *    line; a word of private life (private-evidence.ts: case notes, invoices, deposits) only after it on its line ("Cor
 *    Brouwer, Dorpsstraat 14a: insuline 8 eenheden"). Before the address those words were as often about the office it
 *    names ("a complaint to the ombudsman at ...", "Verbraucherbeschwerden (Bonn, ...)"). The window is short and stops
 *    at the sentence's end on purpose: "Patienten können Nebenwirkungen beim BfArM melden (Bundesinstitut ...,
 *    Kurt-Georg-Kiesinger-Allee 3)" speaks of patients, not of the address's owner.
 *
 * What it cannot see (for a compliance reader). The gate runs only in classify(), on a whole request, and only when every
 * finding of the request is a STREET_ADDRESS or ZIP_CODE; any other finding (a name the name rules kept, a phone, an
 * e-mail, a date of birth, an IBAN, a health identifier) keeps every address, and so does an address the gate cannot
 * place in one string (one read across two messages' seam, or a JSON key's reading of a whole value). Within such a
 * request these private addresses lose their flag, and the request is classed "none", when a word of public evidence
 * (address-public.ts) stands near them too:
 *  - an address whose person is named outside its sentence: "Mum has dementia. She is at the care home at 4 Oak Road, Leeds
 *    LS6 2AB now." (the cue "Mum" is in the sentence before, "care home" is a venue's noun);
 *  - an address told in the third person next to a public word: "She lives at 4 Oak Road, by the museum.";
 *  - an address whose cue is a word the data does not list, or in a language other than en, de, fr, es, nl, it.
 * A bare address with no cue of either kind ("12 Rose Lane, Leeds LS6 2AB", "She lives at 4 Oak Road.") keeps its flag;
 * so does a public one that names none of the public evidence ("Is 10 South Colonnade, London E14 4PU right?").
 * And it keeps public addresses that stand next to a cue, which stay flagged as before: a company "con domicilio en ...",
 * a biography's "his house at ...", a shop addressed "Destinataire : Librairie du Parc, ...".
 * detect() is not gated: its callers (span redaction, the per-text API) still see and redact every address; only the
 * request's class changes.
 *
 * Landline-shaped phone numbers (landlineShaped: a number no plan of the six countries or the UK reads as a mobile, such
 * as a museum's "Tel. 0117 496 0123", a helpline's "02 8765 4321", an estate agent's office) are judged the same way and
 * with the same evidence, plus phone words: a possessive and a phone word ("her mob", "su tlf", "il suo num"), a private
 * line named as such ("Privatnummer", "numéro perso"), a text message sent to it ("SMS", "WhatsApp"). A request whose
 * findings are all addresses, postcodes and landline-shaped numbers keeps them all when one of them has evidence. What
 * this cannot see: a private landline with no cue in its sentence loses its flag ("Ring 0113 496 0123 after six." alone;
 * "Oma: 0341 1234567", since a relative counts only after a first-person possessive, "meine Oma"). A number that some
 * plan reads as a mobile (UK 07, FR 06/07, NL 06, DE 015-017, so also UK 015x-017x landlines; IT 3xx, ES 6xx/7xx), a NANP
 * number (+1, or ten digits: the plan cannot tell), another country's number or one spelled in words is never judged:
 * the request keeps every finding.
 *
 * Speed: one pass per address over bounded windows (80 + 100 characters), and one pass over the lines of each string
 * that holds an address, for a header; the gate runs only on a request whose findings are all addresses or landlines,
 * 64 at most (more are a list or a register, kept as found).
 */

const W = Object.values(ADDRESS_EVIDENCE_WORDS);
/** A listed phrase as a pattern on folded text: words apart by 1-3 spaces, hyphens, apostrophes or dots. */
const phrase = (p: string): string =>
  fold(p)
    .split(/[\s'’.-]+/u)
    .filter((w) => w !== '')
    .map(esc)
    .join("[\\s'’.-]{1,3}");
const alt = (ps: readonly string[]): string =>
  [...new Set(ps.map(phrase))]
    .filter((p) => p !== '')
    .sort((a, b) => b.length - a.length)
    .join('|');
const word = (body: string, flags = 'gu'): RegExp => new RegExp(`(?<![\\p{L}\\p{N}])(?:${body})(?![\\p{L}\\p{N}])`, flags);

// Anchors by their first folded word, each as its words (phrase-table.ts).
const ANCHORS: PhrasesByFirst = new Map();
for (const a of [
  ...W.flatMap((l) => l.anchors),
  ...W.flatMap((l) => l.possessive.flatMap((p) => l.home.map((h) => `${p} ${h}`))),
  ...W.flatMap((l) => l.possessive.flatMap((p) => l.own.flatMap((o) => l.home.map((h) => `${p} ${o} ${h}`)))),
  ...W.flatMap((l) => l.firstPerson.flatMap((p) => l.kin.map((k) => `${p} ${k}`))),
  ...W.flatMap((l) => l.phoneAnchors),
  ...W.flatMap((l) => l.possessive.flatMap((p) => l.phoneWords.map((w) => `${p} ${w}`))),
]) {
  addPhrase(ANCHORS, fold(a));
}
const LABEL = new RegExp(`(?<![\\p{L}\\p{N}])(?:${alt(W.flatMap((l) => l.labels))})\\s?:`, 'u');
const RESIDENCE_AFTER = word(alt(W.flatMap((l) => l.residenceAfter)), 'u');
const DESK = alt(W.flatMap((l) => l.desk));
// A desk word before a client word ("service client", "servicio al cliente") or after it ("customer services").
const DESK_BEFORE = new RegExp(`(?<![\\p{L}])(?:${DESK})(?:\\s(?:al|a la|a|au|aux|du|de|des|del|della|alla|ai|agli|for|to|der|fur|van|voor))?\\s$`, 'u');
const DESK_AFTER = new RegExp(`^[\\s-](?:${DESK})(?![\\p{L}])`, 'u');

const SEP = `\\s*[,:;(–—-]\\s*["„«“']?$`;
// A name's separator: no bracket ("Ruby Lilly München (Dachauer Straße 37)" is a hotel's address in brackets).
const NAME_SEP = `\\s*[,:;–—-]\\s*["„«“']?$`;
const HOUSEHOLD = alt(W.flatMap((l) => l.household));
const PARTICLE = '(?:(?:de|van|von|della|di|la|le|del|des|du|der|den|ten|ter|el)\\s+){0,2}';
// "Fam. Krasniqi, ", "familia de josefa amador heredia, ", "famille Delmas : " right before the address (folded text).
const HOUSEHOLD_BEFORE = new RegExp(
  `(?<![\\p{L}])(?:${HOUSEHOLD})\\.?\\s+${PARTICLE}\\p{L}[\\p{L}'’-]*(?:\\s+\\p{L}[\\p{L}'’-]*){0,3}${SEP}`,
  'u',
);
// A household's name joined to a phone number by its preposition, right before it: "familie oberhuber unter ", "la
// familia irigoyen al ", "famiglia bortolotti allo " (folded line; up to three name words).
const HOUSEHOLD_LINK_BEFORE = new RegExp(
  `(?<![\\p{L}])(?:${HOUSEHOLD})\\.?\\s+${PARTICLE}\\p{L}[\\p{L}'’-]*(?:\\s+\\p{L}[\\p{L}'’-]*){0,2}\\s+(?:${alt(W.flatMap((l) => l.householdPhoneLinks))})\\s*$`,
  'u',
);
// "(Fam. Ziegler)" or ", familie Kok" after the address on its line (folded text; at most 40 characters between).
const HOUSEHOLD_AFTER = new RegExp(`^[^\\n]{0,40}?[(,;–—-]\\s*(?:${HOUSEHOLD})\\.?\\s+\\p{L}`, 'u');
/** Case-blind letters for a pattern on the text as written (names must keep their capitals). */
const ci = (w: string): string =>
  Array.from(w, (c) => (c.toLowerCase() !== c.toUpperCase() ? `[${c.toLowerCase()}${c.toUpperCase()}]` : esc(c))).join('');
// A one-letter honorific needs its dot ("D. Fermín", "M. Dupont"); others may drop it ("Herrn", "Mme", "Mr").
const HONORIFIC = [...new Set(W.flatMap((l) => l.honorific))]
  .sort((a, b) => b.length - a.length)
  .map((h) =>
    h
      .split(' ')
      .map(ci)
      .join('\\.?\\s?') + (h.length === 1 ? '\\.' : '\\.?'),
  )
  .join('|');
const NAME_WORD = `\\p{L}[\\p{L}'’-]*\\.?`;
// "D. Fermín Echarri, ", "Herrn Dr. Klaus Metzger, ", "Sig.ra Rossi – " (the text as written).
const HONORIFIC_BEFORE = new RegExp(`(?<![\\p{L}])(?:${HONORIFIC})\\s+(?:${NAME_WORD}\\s+){0,3}${NAME_WORD}${NAME_SEP}`, 'u');
// A letter's address block: the line right above the address's line is a name after an honorific ("Dhr. R. (Ruud)
// Verhoeven", "Frau Erika Brandt", "Mme Sophie Garnier") or a care-of line ("c/o Familie Scholz"), and the address opens its
// own line. An envelope's or a letter head's recipient: a person at home (the text as written; bounded to one line).
const NAME_LINE_ABOVE = new RegExp(`(?:^|\\n)[ \\t]*(?:(?:${HONORIFIC})\\s+\\S[^\\n]{0,60}|c\\/o\\s+\\S[^\\n]{0,60})\\n[ \\t]*$`, 'u');

// A first-person self-introduction, a capitalised name (words joined by "and" in the six languages) and its separator
// right before the address: "Soy Íñigo Ruiz, C/ ...", "I'm Tom and Ann Hale, 4 ...", "Ich bin Greta Vogel – ...". The
// writer's own address. Lower-case words after the intro ("soy de Bilbao", "I am at") are no name.
const SELF_INTRO = [...new Set(W.flatMap((l) => l.selfIntro))]
  .sort((a, b) => b.length - a.length)
  .map((h) => h.split(' ').map(ci).join("[\\s'’]{1,3}"))
  .join('|');
const CAP_NAME_WORD = `\\p{Lu}[\\p{L}'’-]*\\.?`;
const AND_WORD = '(?:and|und|et|y|e|en)';
const SELF_INTRO_BEFORE = new RegExp(
  `(?<![\\p{L}])(?:${SELF_INTRO})\\s+${CAP_NAME_WORD}(?:\\s+(?:${AND_WORD}\\s+)?${CAP_NAME_WORD}){0,4}${NAME_SEP}`,
  'u',
);
// A present-tense residence verb and, within 40 characters of its sentence, a floor or door word or an ordinal ("3º",
// "2°", "3e", "2.") before the address: "vive en el 3º C de la calle ...", "wohnt im 2. Stock, ...". Folded text, with an
// ordinal sign written as "o" first; the suffix is glued to the number ("da 20 e più anni" is no floor). Bounded: the
// tail is at most 80 characters.
const FLOOR_HOME = new RegExp(
  `(?<![\\p{L}])(?:${alt(W.flatMap((l) => l.homeVerbs))})\\s[^.!?\\n]{0,40}?(?:(?<![\\p{L}])(?:${alt(W.flatMap((l) => l.floorWords))})(?![\\p{L}])|(?<![\\p{L}\\d])\\d{1,2}(?:o|a|e|er|eme|st|nd|rd|th|\\.)(?![\\p{L}\\d]))`,
  'u',
);
// A delivery, dispatch or collection phrase at the very end of the sentence's tail, then at most a household word and a
// locative preposition (folded text): "gehen an ", "bei ihnen ab, ", "zustellversuche in der ", "geht an familie in der ".
const LOCATIVE = '(?:in der|in den|in de|in het|in|im|am|an der|at|en el|en la|en|op|aan|bij|au|a la|a|al|alla|nella|nel|in via|via)';
const DESTINATIONS = W.flatMap((l) => l.destination);
// With the visits of `visit` (an inspection, a survey, a meter reading) right before the address only: no words between.
const DESTINATIONS_AND_VISITS = [...DESTINATIONS, ...W.flatMap((l) => l.visit)];
const DESTINATION_END = new RegExp(
  `(?<![\\p{L}])(?:${alt(DESTINATIONS_AND_VISITS)})(?:\\s+(?:${HOUSEHOLD})\\.?)?(?:\\s+${LOCATIVE})?\\s*[,:]?\\s*$`,
  'u',
);
// The same, or a delivery verb alone, with up to eight short words between it and the locative: a day or a time ("à livrer demain 10 h au
// ", "entregar mañana a las 10 un MG4 en ", "afleveren op de "), or the letter sent ("mandar por burofax la comunicación de fin de
// contrato a ").
const DESTINATION_GAP_END = new RegExp(
  `(?<![\\p{L}])(?:${alt([...DESTINATIONS, ...W.flatMap((l) => l.destinationVerbs)])})(?:\\s+[^\\s,.;:!?]{1,12}){1,8}\\s+${LOCATIVE}\\s*$`,
  'u',
);
// A dwelling ending the sentence's tail, at most five words and no punctuation between it and the address (folded line):
// "die unterkunft ", "le logement des saisonniers est au ", "een woning aan de ", "l alloggio dei lavoratori stagionali in "
// (see `dwelling`).
const DWELLING_END = new RegExp(`(?<![\\p{L}])(?:${alt(W.flatMap((l) => l.dwelling))})(?:\\s+[^\\s,.;:!?()]{1,14}){0,5}\\s*$`, 'u');
/**
 * A destination phrase before the address (folded line): right before it, or before the street's own words when the
 * address was read from its number on ("gehen an am mühlenbach " before "7, 48341 Altenberge"): one to three words off.
 */
function destinationBefore(line: string): boolean {
  let rest = line;
  for (let k = 0; k <= 3; k++) {
    if (DESTINATION_END.test(rest) || DESTINATION_GAP_END.test(rest)) return true;
    const cut = rest.replace(/[\p{L}\d'’.-]+\s+$/u, '');
    if (cut === rest) return false;
    rest = cut;
  }
  return false;
}
// A route asked for to a bare street address: a route word in the sentence before it and a route's end preposition right
// before the address's words, or a list of stops after a colon or semicolon ("fastest way ... to 12 ...", "wie komm ich
// am schnellsten ... zur ...", "cómo llego en moto a calle ...", "fietsroute ... naar ...", "driving order ...: 18 ...; 5
// ..."). A venue's address follows the venue's name, which then ends the tail instead.
const ROUTE = word(alt(W.flatMap((l) => l.route)), 'u');
const ROUTE_END = new RegExp(`(?:(?<![\\p{L}])(?:${alt(W.flatMap((l) => l.routeTo))})\\s+|[:;]\\s*)$`, 'u');
/** Whether the folded sentence tail asks a route to the address that follows it (see ROUTE). */
function routeBefore(tail: string, line: string): boolean {
  if (!ROUTE.test(tail)) return false;
  let rest = line;
  for (let k = 0; k <= 3; k++) {
    if (ROUTE_END.test(rest)) return true;
    const cut = rest.replace(/[\p{L}\d'’.-]+\s+$/u, '');
    if (cut === rest) return false;
    rest = cut;
  }
  return false;
}
// A visit's time slot right before the address, then only a locative ("mardi entre 9 h et 11 h au ", "martedì tra le 9
// e le 11 in ", "dinsdag tussen 9 en 11 uur op aan de ", "zwischen 8 und 10 Uhr in der "): a collection, a delivery or a
// visit booked at a bare street address, someone's home; a firm's address follows the firm's name instead (folded line).
const SLOT_BEFORE = new RegExp(
  `(?<![\\p{L}])(?:between|zwischen|entre|tussen|tra|fra)\\s+(?:(?:le|las|les)\\s+)?\\d{1,2}(?:[.:h]\\d{2})?\\s?(?:h|uhr|uur|am|pm)?\\s+(?:and|und|et|y|en|e)\\s+(?:(?:le|las|les)\\s+)?\\d{1,2}(?:[.:h]\\d{2})?\\s?(?:h|uhr|uur|am|pm)?\\s+(?:\\p{L}{1,5}\\s+)?${LOCATIVE}(?:\\s+(?:de|het|der|die|la|le|el|il))?\\s*$`,
  'u',
);
// A sending verb right after the address and its preposition right before it (German and Dutch verb-final clauses: "an
// Gartenstraße 19a, 72764 Reutlingen versendet", "naar Lindelaan 4, 3512 AB Utrecht gestuurd"): see `destination`.
const SENT_AFTER = word(alt(W.flatMap((l) => l.sentAfter)), 'u');
const SENT_TO_END = new RegExp(`(?<![\\p{L}])(?:${alt(W.flatMap((l) => l.sentTo))})\\s+$`, 'u');
const SENT_HEAD = /^[\s,]{0,3}(\p{L}+)/u;
// An unnamed household or person, after an indefinite article, living at the address: "una familia que vive en ...", "a
// family who live at ...", "ein Kunde, der in der ... wohnt" is not caught (verb after). Someone of the writer's case, told
// without a name; a biography's "lives at" is told of a named figure (folded line; up to three words between).
const INDEFINITE_HOME = new RegExp(
  `(?<![\\p{L}])(?:a|an|one|ein|eine|einer|un|une|una|uno|een)\\s+(?:${HOUSEHOLD}|${alt(Object.values(BIRTH_EVIDENCE_WORDS).flatMap((l) => l.anonymous))})(?:\\s+[^\\s,.;:!?]{1,12}){0,3}\\s+(?:${alt(W.flatMap((l) => l.homeVerbs))})\\s+${LOCATIVE}(?:\\s+(?:de|het|der|die|la|le|el|il))?\\s*$`,
  'u',
);
// A flat's door told in the address itself, after its floor's ordinal ("calle Jacinto Benavente 14, 2.º C", "3º izq."):
// the way Spanish addresses a home; an office gives its floor ("planta 4").
const FLAT_DOOR = /(?<![\p{L}\d])\d{1,2}\s?\.?\s?[ºª°]\s?(?:[a-h]|izq\p{L}*|dcha|der\p{L}*|centro)(?![\p{L}\d])/u;
// Access details of a home in the address's sentence: "key safe", "Klingel", "digicode", "portero", "citofono".
const ACCESS = word(alt(W.flatMap((l) => l.accessAfter)), 'u');
// A Spanish flat's door without its floor's ordinal, on the ground or mezzanine floor (", bajo B", ", entlo. 2ª", ", ático
// izq."), told in the address itself.
const LOW_DOOR = /,\s*(?:bajo|bajos|entlo|entresuelo|atico)\.?\s?(?:[a-h]|izq\p{L}*|dcha|der\p{L}*|centro|\d{1,2}\s?[oa]?)(?![\p{L}\d])/u;
// A house move, a home's own case (see data/address-evidence-words.ts `homeMove`, `propertyCase`), folded text.
const HOME_MOVE = word(alt(W.flatMap((l) => l.homeMove)), 'u');
const PROPERTY_CASE = word(alt(W.flatMap((l) => l.propertyCase)), 'u');
// A flat's unit word and number right before the address ("flat 3, "), right after it (", whg. 12") or opening it.
const FLAT_UNIT = `(?<![\\p{L}])(?:${alt(W.flatMap((l) => l.flatUnits))})\\.?\\s?(?:no\\.?\\s?|n[o°º]\\s?)?\\d{1,4}[a-z]?(?![\\p{L}\\d])`;
const FLAT_UNIT_BEFORE = new RegExp(`${FLAT_UNIT}\\s*[,–—-]\\s*$`, 'u');
const FLAT_UNIT_AFTER = new RegExp(`^\\s*[,–—-]\\s*${FLAT_UNIT}`, 'u');
const FLAT_UNIT_OPENS = new RegExp(`^${FLAT_UNIT}\\s*[,–—-]`, 'u');
const FLAT_UNIT_INSIDE = new RegExp(`[,–—-]\\s*${FLAT_UNIT}`, 'u');
const LABEL_COLON_END = /(?:^|[\s,;(])\p{L}+\s?:\s*$/u;
// A present-tense residence verb right after the address and a locative right before it (`livesAfter`, folded text).
const LIVES_AFTER = new RegExp(`^[\\s,]{0,3}(?:${alt(W.flatMap((l) => l.livesAfter))})(?![\\p{L}])`, 'u');
const LOCATIVE_END = new RegExp(`(?<![\\p{L}])${LOCATIVE}(?:\\s+(?:de|het|der|die|den|dem))?\\s*$`, 'u');
// "A.J. Verbrugge, ".
const INITIALS_BEFORE = new RegExp(`(?<![\\p{L}.])(?:\\p{Lu}\\.\\s?){1,3}\\p{Lu}[\\p{L}'’-]+${NAME_SEP}`, 'u');
// A surname in capitals and a given name, the way labels and registers write them: "DA COSTA Maria, ", "GARCÍA DE LA
// TORRE, Mª Carmen – ", "PORCU Efisio – ". Without the comma the given name must be a listed first name (checked in
// code), so "NH Hotel, " is none.
const CAPS_SURNAME_BEFORE = new RegExp(
  `(?<![\\p{L}])\\p{Lu}{2,}(?:[\\s-]\\p{Lu}{2,}){0,3}(,?)\\s+(?:Mª\\s?|M\\.\\s?)?(\\p{Lu}\\p{Ll}+)(?:\\s+\\p{Lu}\\p{Ll}+)?${NAME_SEP}`,
  'u',
);
// Up to five words right before a separator, for a listed first name and capitalised words after it ("Cor Brouwer, ").
const WORDS_BEFORE = new RegExp(`((?:\\p{L}[\\p{L}'’-]*\\s+){0,4}\\p{L}[\\p{L}'’-]*)${NAME_SEP}`, 'u');
const STREET_SUFFIXES: ReadonlySet<string> = new Set(W.flatMap((l) => l.streetSuffixes));
const FOR_WORDS: ReadonlySet<string> = new Set(W.flatMap((l) => l.recipientFor).map(fold));
const CAPITALISED = /^\p{Lu}\p{Ll}/u;
// A legal form or a business noun in the run makes it a firm's name, whatever its first word: "Kinsley Insurance Ltd",
// "Grace Studio" (data/company-cues.ts, data/org-words.ts).
const FIRM_WORDS: ReadonlySet<string> = new Set([
  ...LEGAL_FORMS,
  ...Object.values(ORG_WORDS)
    .flat()
    .filter((w) => !w.includes(' '))
    .map(fold),
]);

/** Whether `line` holds a legal form or a business noun as a word of its own ("Acme Supplies Ltd", "Bäckerei Sommer"). */
const firmLine = (line: string): boolean => line.split(/[\s,]+/u).some((w) => FIRM_WORDS.has(w) || FIRM_WORDS.has(fold(w)));

/** A person's name right before the separator that ends `tail` (the text as written, on the address's line). */
function nameBefore(tail: string): boolean {
  if (HONORIFIC_BEFORE.test(tail) || INITIALS_BEFORE.test(tail) || SELF_INTRO_BEFORE.test(tail)) return true;
  const caps = CAPS_SURNAME_BEFORE.exec(tail);
  if (caps?.[2] !== undefined && (caps[1] === ',' || LISTED_FIRST_NAMES.has(caps[2].toLowerCase()))) return true;
  const m = WORDS_BEFORE.exec(tail);
  if (m?.[1] === undefined) return false;
  const words = m[1].split(/\s+/u);
  // A listed first name and one or two capitalised words up to the separator: "Cor Brouwer", "Rechtsstreit Friedhelm
  // Oberdorfer" (a German noun may stand before it); not "Hotel La Sommità" or "Manchester Central", whose words are no
  // first names.
  let start = words.length;
  while (start > 0 && CAPITALISED.test(words[start - 1] ?? '')) start--;
  // A run of four capitalised words or more is a firm's or a place's name ("De Brauw Blackstone Westbroek, ..."). A run
  // that ends in a street's type is the street of the address itself, read before its postcode ("London Bridge Street,
  // London SE1 9SG"), no person ("Bridget Lane" is a lane too).
  if (words.length - start <= 3 && !STREET_SUFFIXES.has((words[words.length - 1] ?? '').toLowerCase())) {
    for (let i = words.length - 1; i >= start; i--) {
      if (FIRM_WORDS.has(words[i] ?? '') || FIRM_WORDS.has(fold(words[i] ?? ''))) break;
      if (i < words.length - 1 && LISTED_FIRST_NAMES.has((words[i] ?? '').toLowerCase())) return true;
    }
  }
  // Written in lower case: a listed first name and, last, a listed surname ("dieter schwanitz, "), or a listed first name
  // and one or two words after a recipient's preposition ("pakket voor gerda meijerink, ", "pacco per rosaria esposito, ").
  const n = words.length;
  const lower = words.map((w) => w.toLowerCase());
  const first = (i: number): boolean => i >= 0 && LISTED_FIRST_NAMES.has(lower[i] ?? '');
  const last = lower[n - 1] ?? '';
  if (n >= 2 && LISTED_SURNAMES.has(last) && !LISTED_FIRST_NAMES.has(last) && (first(n - 2) || first(n - 3))) return true;
  const to = (i: number): boolean => i >= 0 && FOR_WORDS.has(fold(lower[i] ?? ''));
  return (first(n - 2) && to(n - 3)) || (first(n - 3) && to(n - 4));
}

// A sentence's end: '.', '!' or '?' and spaces, unless the dot ends an abbreviation (a word of up to three letters, or a
// capitalised one of four: "D.", "fam.", "Mme.", "Dott."), or a blank line.
const SENTENCE_END = /([\p{L}\d]*)([.!?…])["”»)]?\s+|\n\s*\n/gu;
const isEnd = (m: RegExpExecArray | RegExpMatchArray): boolean => {
  const w = m[1] ?? '';
  // A word of digits and letters before the dot is a postcode's end ("London W1G 8DQ. Customer Advice ..."), no
  // abbreviation ("Nr.", "St.") or ordinal ("3. OG").
  if (m[2] === '.' && /\d/.test(w) && /\p{L}/u.test(w)) return true;
  return m[2] !== '.' || !(w.length <= 3 || (w.length === 4 && /^\p{Lu}/u.test(w)));
};
// Not sentence-bounds.ts: this reading skips abbreviations' dots and closing quotes, and ends at a blank line, not at
// any line break (sentenceHead stops at the line's end on its own).
/** The part of `before` after its last sentence end. */
function sentenceTail(before: string): string {
  let cut = 0;
  for (const m of before.matchAll(SENTENCE_END)) if (isEnd(m)) cut = (m.index ?? 0) + m[0].length;
  return before.slice(cut);
}
/** The part of `after` before its line's or sentence's end. */
function sentenceHead(after: string, lettersEnd = false): string {
  // A dot right after an address that ends in letters (a postcode's "8DQ", a town) ends its sentence: the text read
  // starts at it ("... London W1G 8DQ. Customer Advice ..."). After a number it may be a German floor's ("12. 3. OG").
  if (lettersEnd && /^\.\s+\p{Lu}/u.test(after)) return '';
  const nl = after.indexOf('\n');
  const line = nl === -1 ? after : after.slice(0, nl);
  // The match opens with the sentence's last word (for isEnd): the head keeps that word.
  for (const m of line.matchAll(SENTENCE_END)) if (isEnd(m)) return line.slice(0, (m.index ?? 0) + (m[1] ?? '').length);
  return line;
}

/** An anchor in `folded` that is no firm's desk ("customer services", "servicio al cliente"). Linear in the window. */
function anchorIn(folded: string): boolean {
  if (LABEL.test(folded)) return true;
  const words = [...folded.matchAll(PHRASE_WORD)];
  for (let i = 0; i < words.length; i++) {
    const at = words[i];
    const phrases = at === undefined ? undefined : ANCHORS.get(at[0]);
    if (at === undefined || phrases === undefined) continue;
    for (const p of phrases) {
      const end = phraseEnd(folded, words, i, p);
      if (end === undefined) continue;
      if (p.length === 1 && (DESK_BEFORE.test(folded.slice(Math.max(0, at.index - 24), at.index)) || DESK_AFTER.test(folded.slice(end, end + 16)))) continue;
      return true;
    }
  }
  return false;
}

const PERSON_COLUMNS = new Set(W.flatMap((l) => l.personColumns).map((c) => fold(c).replace(/[\s_.-]+/g, ' ')));
const CELL_SEP = /[;,|\t]/;
// Up to three words right before the address with no separator after them: the street's name when the address was
// read from its number on ("Familie Yilmaz, Karl-Marx-Ring 51, ..." found as "51, 81735 München").
const STREET_WORDS = /(?:[\p{L}\d'’.-]+\s){1,3}$/u;
const streetOff = (line: string): string => line.replace(STREET_WORDS, '');

// A household in brackets anywhere in the string: a list of addresses annotated with their households ("(Fam. Ziegler)").
const HOUSEHOLD_NOTE = new RegExp(`\\((?:${HOUSEHOLD})\\.?\\s+\\p{L}[^)\\n]{0,40}\\)`, 'u');

/**
 * The offset of the first register header of `text`, or -1 (0 when a household is noted in brackets anywhere in it: a
 * list of addresses annotated with their households, "(Fam. Ziegler)", is a list of homes): a line of three cells or more (split at ';', ',', '|' or a
 * tab) one of which is a person's column ("klient", "first_name", "Geburtsdatum"; a cell in a sentence that lists the
 * columns counts too: "Die Spalten sind Name; Geburtsdatum; Steuer-ID"). The rows below it are persons'. Linear.
 */
export function registerHeaderAt(text: string): number {
  if (HOUSEHOLD_NOTE.test(fold(text))) return 0;
  let from = 0;
  while (from < text.length) {
    let to = text.indexOf('\n', from);
    if (to === -1) to = text.length;
    const cells = text.slice(from, to).split(CELL_SEP);
    if (cells.length >= 3 && cells.some((c) => PERSON_COLUMNS.has(fold(c).replace(/[\s_.-]+/g, ' ').trim()))) return from;
    from = to + 1;
  }
  return -1;
}

const BEFORE = 80;
// A profession's body, a regulator or a council named after its field ("General Dental Council, 37 Wimpole Street",
// "l'adresse du Conseil national de l'Ordre des chirurgiens-dentistes est bien 22 rue ..."): the health word in the name
// is the body's field, no one's health, so the names are blanked before the health words are read. The body noun with
// "of" and up to three words ("Ordre des chirurgiens-dentistes", "Colegio Oficial de Dentistas"), capitalised words
// before it ("General Dental Council"), a German or Dutch compound ending in it ("Bundeszahnärztekammer").
const BODY_NOUNS = [...new Set([...Object.values(NAME_CONTEXT).flatMap((l) => l.bodyNoun), ...Object.values(PROFESSION_BODIES).flat()])].sort((a, b) => b.length - a.length);
const bodyAlternation = BODY_NOUNS.flatMap((w) => [w, w.charAt(0).toUpperCase() + w.slice(1)]).map((w) => esc(w).replace(/ /g, '\\s+')).join('|');
const BODY_OF = new RegExp(
  `(?<![\\p{L}])(?:${bodyAlternation})(?:\\s+\\p{L}+){0,2}?\\s+(?:of|for|de|des|du|de la|d['’]|de l['’]|del|dei|degli|della|delle|di|van|voor|der|für|des|tot bevordering der)\\s*(?:[\\p{L}'’-]+(?:\\s+|$)){1,3}`,
  'gu',
);
const NAMED_BODY = new RegExp(`(?:\\p{Lu}[\\p{L}'’-]*\\s+){1,4}(?:${bodyAlternation})(?![\\p{L}])`, 'gu');
const GLUED_BODY = /\p{Lu}\p{L}{2,}kammer(?![\p{L}])/gu;
/** `text` with the names of profession bodies blanked (same length), for the health words near an address. */
export const withoutBodyNames = (text: string): string => {
  const blank = (m: string): string => ' '.repeat(m.length);
  return text.replace(BODY_OF, blank).replace(NAMED_BODY, blank).replace(GLUED_BODY, blank);
};
const NEAR_BEFORE = 60;
const NEAR_AFTER = 100;
const KEY = /(?:\.|^)([\p{L}_-]+)(?:\[\d+\])*$/u;


// A separator right before the address and, among the few words before it, a capitalised word off the sentence's start:
// the address is apposed to a named place, a firm or an office ("an die Westermann Gruppe, ...", "Rectorat de l'académie
// de Lyon, ...", "au Conseil national de l'Ordre ..., 22 rue ..."), no person (nameBefore has said so). The writer's
// words after it on its line are then the writer's purpose ("für das neue Lesebuch Klasse 5", "pour une demande de
// poste"), not the address's owner's.
const APPOSED_NAME = /(\p{L}[\p{L}'’-]*(?:\s+\p{L}[\p{L}'’-]*){0,5})\s*[,:–—-]\s*$/u;
const OFF_START_CAPITAL = /(?<=[\p{L},'’]\s+)\p{Lu}/u;
function namedPlaceBefore(line: string): boolean {
  const m = APPOSED_NAME.exec(line);
  if (m === null) return false;
  const run = line.slice(Math.max(0, m.index - 2), m.index + (m[1]?.length ?? 0));
  return OFF_START_CAPITAL.test(run) || /^\p{Lu}/u.test(m[1] ?? '') && m.index > 0 && !/[.!?:]\s*$/.test(line.slice(0, m.index));
}

/** The kind of evidence of a private person near the address at start..end of `text` (see above), if any. */
export function addressEvidenceFor(text: string, start: number, end: number, headerAt = registerHeaderAt(text)): string | undefined {
  if (headerAt !== -1 && headerAt <= start) return 'register';
  const tail = sentenceTail(text.slice(Math.max(0, start - BEFORE), start));
  if (anchorIn(fold(tail))) return 'anchor';
  const line = tail.slice(tail.lastIndexOf('\n') + 1);
  if (HOUSEHOLD_BEFORE.test(fold(line)) || HOUSEHOLD_BEFORE.test(fold(streetOff(line))) || HOUSEHOLD_LINK_BEFORE.test(fold(line))) return 'household';
  if (nameBefore(line) || nameBefore(streetOff(line))) return 'name';
  if (line.trim() === '' && NAME_LINE_ABOVE.test(tail)) return 'name';
  if (FLOOR_HOME.test(fold(tail.replace(/(\d)\s?[ºª°]/gu, '$1o')))) return 'floor';
  if (destinationBefore(fold(line))) return 'destination';
  if (routeBefore(fold(tail), fold(line))) return 'route';
  if (SLOT_BEFORE.test(fold(line)) || SLOT_BEFORE.test(fold(streetOff(line)))) return 'slot';
  if (DWELLING_END.test(fold(line))) return 'dwelling';
  if (INDEFINITE_HOME.test(fold(line)) || INDEFINITE_HOME.test(fold(streetOff(line)))) return 'household';
  const own = fold(text.slice(start, end));
  if (FLAT_DOOR.test(own) || LOW_DOOR.test(own)) return 'floor';
  const foldedLine = fold(line);
  if (FLAT_UNIT_BEFORE.test(foldedLine) || FLAT_UNIT_OPENS.test(own) || FLAT_UNIT_INSIDE.test(own)) return 'flat';
  // A move or a home's case before the address, unless a named place is apposed to it ("Pickfords Removals, 12 ...").
  // A one-word label and its colon right before the address ("Objekt: ", "Adresse : ") is no place's name, even capitalised.
  const named = namedPlaceBefore(line) && !LABEL_COLON_END.test(line);
  if (!named && (HOME_MOVE.test(fold(tail)) || PROPERTY_CASE.test(fold(tail)))) return 'home';
  const head = sentenceHead(text.slice(end, end + NEAR_AFTER), /\p{L}$/u.test(text.slice(start, end)));
  const foldedHead = fold(head);
  const sent = SENT_HEAD.exec(foldedHead)?.[1];
  if (sent !== undefined && SENT_AFTER.test(sent) && (SENT_TO_END.test(fold(line)) || SENT_TO_END.test(fold(streetOff(line))))) return 'destination';
  if (HOUSEHOLD_AFTER.test(foldedHead)) return 'household';
  if (FLAT_UNIT_AFTER.test(foldedHead)) return 'flat';
  if (!named && PROPERTY_CASE.test(foldedHead)) return 'home';
  if (LIVES_AFTER.test(foldedHead) && (LOCATIVE_END.test(foldedLine) || LOCATIVE_END.test(fold(streetOff(line))))) return 'residence';
  if (RESIDENCE_AFTER.test(foldedHead)) return 'residence';
  if (ACCESS.test(foldedHead) || ACCESS.test(fold(tail))) return 'access';
  const near = `${tail.slice(-NEAR_BEFORE)} … ${head}`;
  const bodyless = withoutBodyNames(near);
  if (hasHealthWords(bodyless) || hasTiedHealthAbbreviation(bodyless) || (!namedPlaceBefore(line) && hasPrivateWords(head))) return 'words';
  return undefined;
}

const FROM_NUMBER = /^\d{1,5}[a-z]?\s*,/iu;
const POSTCODE_ONLY = /^[A-Z]{1,2}\d[A-Z\d]?\s?\d[A-Z]{2}$/u;
// The start of an address before its postcode: a house number, its street and up to three more parts, at the line's end.
const ADDRESS_LEAD = /(?:(?<![\p{L}])(?:unit|suite|flat|apartment|apt|block|building)\s+)?(?<![\p{L}\d:.])\d{1,4}[a-z]?\s+\p{L}[^\n,\d]{0,40}(?:,\s*[^\n,\d]{1,40}){0,3},?\s*$/iu;
const NAME_COMMA_END = /\p{L}\s*[,–—]\s*$/u;
// The street's own first words left out of the address are capitalised ("Van ", "Ferdinand "); "wenn jemand nach " is not.
const CAPITALISED_WORDS = /^(?:\p{Lu}[\p{L}'’.-]*\s+){1,3}$/u;

/**
 * The kind of evidence that the street address at start..end of `text` is public (address-public.ts), if any. `inRecord`:
 * the address is a value of a record (a JSON string's object).
 */
export function addressPublicFor(text: string, start: number, end: number, inRecord = false): string | undefined {
  const tail = sentenceTail(text.slice(Math.max(0, start - BEFORE), start));
  const full = tail.slice(tail.lastIndexOf('\n') + 1);
  // An address read from its number or its postcode on ("51, 81735 München", "CF14 6HQ"): its street's and town's words
  // end the line before it, and are no place's name.
  const own = text.slice(start, end);
  // Otherwise the line less up to three words may still end in a name and its comma or dash: the street's first word was
  // left out of the address ("De Kuip, Van Zandvlietplein 1", "Febo, Ferdinand Bolstraat 21").
  const streetless = streetOff(full);
  let line = full;
  if (POSTCODE_ONLY.test(own)) line = ADDRESS_LEAD.test(full) ? full.replace(ADDRESS_LEAD, '') : streetless;
  else if (FROM_NUMBER.test(own) || (NAME_COMMA_END.test(streetless) && CAPITALISED_WORDS.test(full.slice(streetless.length)))) line = streetless;
  // A letter's block: the line above the address's line names a firm ("Acme Supplies Ltd\n22 Harbour Road").
  const above = full.trim() === '' || line.trim() === '' ? (/([^\n]*)\n[^\n]*$/u.exec(tail)?.[1] ?? '') : '';
  const named = (namedPlaceBefore(line) && !LABEL_COLON_END.test(line)) || firmLine(above);
  const head = sentenceHead(text.slice(end, end + NEAR_AFTER));
  return publicEvidenceFor({ text, start, end, tail, line, head, named, inRecord });
}

/** True when the address at start..end of `text` has evidence of a private person near it (see above). */
export const addressEvidenced = (text: string, start: number, end: number, headerAt = registerHeaderAt(text)): boolean =>
  addressEvidenceFor(text, start, end, headerAt) !== undefined;

/**
 * Whether the string at `path` is a record's value: a JSON object or list itself, or a value inside one that another
 * string of the request holds (a tool's result parsed from its text: `…content` holds `…content.adres`).
 */
function inRecord(path: string, text: string, paths: ReadonlySet<string>): boolean {
  if (/^\s*[{[]/.test(text)) return true;
  for (let i = path.length - 1; i > 0; i--) {
    const c = path[i];
    if ((c === '.' || c === '[') && paths.has(path.slice(0, i))) return true;
  }
  return false;
}

const TOOL_ARGUMENT = /\.(?:input|arguments)(?:[.[]|$)/u;
/**
 * Whether the address `value` at `path` is a tool call's argument that a message of the request also holds ("Does 4
 * Kingfisher Drive ... meet MEES?" and {"address": "4 Kingfisher Drive ..."}): the message's reading judges it.
 */
function toolArgumentCopy(path: string, value: string, leaves: readonly { text: string; path: string }[]): boolean {
  return TOOL_ARGUMENT.test(path) && leaves.some((l) => l.path !== path && !TOOL_ARGUMENT.test(l.path) && l.text.includes(value));
}

interface AddressFinding {
  entity: string;
  rule: string;
  path: string;
  start: number;
  end: number;
}

const MAX_JUDGED = 64;
const addressPart = (f: AddressFinding): boolean => f.entity === 'STREET_ADDRESS' || f.entity === 'ZIP_CODE';

/**
 * True when the phone number written `value` cannot be a mobile in any of the six countries' plans or the UK's: a
 * landline, a service or a freephone number. A number some plan reads as a mobile (UK 07, FR 06/07, NL 06, DE 015-017,
 * IT 3xx, ES 6xx/7xx), a NANP number (+1 or ten digits: the plan does not tell), another country's or one spelled in
 * words is not: those keep their flag whatever the gate finds.
 */
export function landlineShaped(value: string): boolean {
  const intl = /^\s*(?:\+|00)(\d{2})/.exec(value);
  let d = value.replace(/\D/g, '');
  if (d.length < 8) return false;
  if (intl !== null) {
    const cc = intl[1] ?? '';
    d = d.slice(value.trimStart().startsWith('00') ? 4 : 2).replace(/^0/, '');
    switch (cc) {
      case '44':
        return !d.startsWith('7');
      case '49':
        return !/^1[5-7]/.test(d);
      case '33':
      case '34':
        return !/^[67]/.test(d);
      case '31':
        return !d.startsWith('6');
      case '39':
        return !d.startsWith('3');
      default:
        return false;
    }
  }
  // Nationally written: a trunk 0 (UK, DE, FR, NL, IT landlines) or Spain's 8/9 landlines and service numbers.
  if (d.startsWith('0')) return !/^0[67]/.test(d) && !/^01[5-7]/.test(d);
  return /^[89]\d{8}$/.test(d);
}

/**
 * The gate (see above), on a whole request: when every finding is a street address, a postcode or a landline-shaped
 * phone number and none has evidence of a private person near it, every finding is removed, in place. `leaves`: the
 * request's strings by path. A finding the gate cannot place in a string (a seam between two strings, a JSON key's
 * reading of a whole value) keeps them all.
 */
export function dropUnevidencedContacts(findings: AddressFinding[], leaves: readonly { text: string; path: string }[]): void {
  // More than MAX_JUDGED findings are a list or a register, no lone address: kept as found (this also bounds the gate's
  // cost, about 0.1 ms a finding, on a long text).
  if (findings.length === 0 || findings.length > MAX_JUDGED || !findings.every((f) => addressPart(f) || f.entity === 'PHONE_NUMBER')) return;
  const byPath = new Map<string, string>();
  for (const l of leaves) byPath.set(l.path, l.text);
  const headers = new Map<string, number>();
  const paths = new Set(byPath.keys());
  // A street address with neither evidence of a private person nor evidence that it is public keeps them all (see
  // address-public.ts): known only once every finding has been read for private evidence.
  let unowned = false;
  for (const f of findings) {
    const text = byPath.get(f.path);
    if (text === undefined || f.rule.startsWith('json-key.') || f.rule.startsWith('key-value.')) return;
    // A mobile-shaped number is a person's line by its shape: the request keeps every finding.
    if (f.entity === 'PHONE_NUMBER' && !landlineShaped(text.slice(f.start, f.end))) return;
    // The key that holds the string: {"recipient": "..."}, {"customer": "..."}.
    const key = KEY.exec(f.path)?.[1];
    if (key !== undefined && anchorIn(fold(key.replace(/[_-]+/g, ' ')))) return;
    let h = headers.get(f.path);
    if (h === undefined) {
      h = registerHeaderAt(text);
      headers.set(f.path, h);
    }
    if (addressEvidenced(text, f.start, f.end, h)) return;
    if (!unowned && f.entity === 'STREET_ADDRESS' && !toolArgumentCopy(f.path, text.slice(f.start, f.end), leaves) && addressPublicFor(text, f.start, f.end, inRecord(f.path, text, paths)) === undefined) unowned = true;
  }
  if (!unowned) findings.length = 0;
}
