import { parsePhoneNumberFromString } from 'libphonenumber-js/max';
import { landlineShaped } from './address-evidence.js';
import { PHONE_EVIDENCE_WORDS } from './data/phone-evidence-words.js';
import { KIN_WORDS } from './data/kin-words.js';
import { PHONE_FORMATS } from './data/phone-formats.js';
import { MOBILE_RANGES, VENUE_WORDS } from './data/public-venues.js';
import { ORG_WORDS } from './data/org-words.js';
import { LISTED_FIRST_NAMES, LISTED_SURNAMES } from './listed-names.js';
import { foldCode, privateWordIn } from './private-evidence.js';

/*
 * The phone-evidence gate: the private-evidence gate (private-evidence.ts, for names) for phone numbers. A phone number is
 * personal data when it is a private person's line. On the held-out sets, requests whose ONLY findings were phone
 * numbers were of two kinds. Sensitive: nearly always a mobile by its national numbering plan, and otherwise a number
 * with positive evidence of a private person next to it: a client's, patient's or caller's number ("Llame al cliente
 * al", "Bel de klant terug op"), a call or message to a person ("ring him on", "Écris un SMS à envoyer au"), a
 * possessive and a phone word ("his number is", "il suo num"), a private or mobile label ("her personal mob",
 * "privat", "Handy", "móvil personal"), a relation ("my mum", "Oma", "marito") or a person's name right before the
 * number ("Anna Jansen, tel. 020 ..."). Clean: the lines of businesses and public bodies, landlines and service
 * numbers, with none of that: a museum's, hotel's or estate agent's switchboard, a carrier's depot desk, a tax office's
 * information line, crisis lines on a poster, a style guide's sample numbers, a test number in an API's docs, a product
 * code in a stock list read as a number.
 *
 * Landline-shaped numbers of the six countries and the UK (address-evidence.ts landlineShaped) are judged first by the
 * address gate (dropUnevidencedContacts, with its own evidence words, run before this one): a request whose phones are
 * all such numbers is left as that gate left it. This gate judges the rest, which that gate never judges: North
 * American numbers (whose plan does not tell mobiles from landlines), other countries' numbers, service and personal
 * numbers such as +1 500, and number-like strings of unknown type (a page range, a stock code after "00").
 *
 * So when EVERY finding of a request is a PHONE_NUMBER, NONE of them is a mobile by its national plan (isMobileNumber)
 * and one at least is not landline-shaped, the phones are kept only when at least one of them has private evidence (phoneEvidence: the words of
 * data/phone-evidence-words.ts, the relations of data/kin-words.ts after a possessive, a name right before the number,
 * a message sent to it, or a word of private-evidence.ts's lists, within 64 characters before or 32 after the number in
 * its own string; for a short value of a JSON record, also in the record's three fields before it and one after, read
 * as "key: value" lines). Otherwise all of them are removed and the request counts as clean.
 *
 * WHAT IT CANNOT SEE (for a compliance reader). It judges the words near a number, not whose line it is.
 * - A private person's LANDLINE, or a number of UNKNOWN TYPE, given with no such word near it and no listed name right
 *   before it, LOSES ITS FLAG when it is the request's only finding: "can you check 020 7946 0123 is a valid UK
 *   number?", "ring 0161 496 0000 after six" as a whole request, a bare list of landlines, "call 415-555-0192". Unknown
 *   type covers every North American number (its plan does not tell mobiles from landlines), freephone, shared-cost,
 *   premium, non-geographic, VoIP and personal numbers, and numbers of countries outside libphonenumber's MOBILE type.
 * - Evidence further away is not seen: more than 64 characters before or 32 after the number, in another message or
 *   content part, or in a JSON record's field more than three fields before the number. A name the name lists do not
 *   hold, or one word alone ("Ria, 0515 482 307"), is no name here; a name is two words (one of them a listed first
 *   name or surname, neither a venue's or firm's noun) or a title and a word ("mw. Jansen").
 * - It only ever removes phone numbers, and only when nothing else was found: a mobile among them, or any other finding
 *   (a name, an e-mail, an address, an id) keeps them all, as before. A number it cannot read back (one found across
 *   two messages' seam) keeps them all too.
 * - The other way round, a business's line keeps its flag when a person word or a health word stands near it ("the
 *   patient line of the clinic", "3114 for suicide prevention and 09 72 39 40 50"), and any mobile stays reported:
 *   a tradesman's mobile, a crisis line on a mobile range (Spain's 717 003 717 is one by the CNMC plan).
 *
 * Mobiles are judged by data/phone-formats.ts's national formats as written and data/public-venues.ts's MOBILE_RANGES
 * (the six regulators' plans), libphonenumber's type for other countries; no range of this file's own. Adding a
 * language is adding data to data/phone-evidence-words.ts. Speed: the gate runs only on a request whose findings are all
 * phones; it stops at the first mobile, and each number costs a bounded window (a record's fields are cut to 120
 * characters each and read only around a short value).
 */

/** How far before and after a number its evidence may stand: a clause or two ("the client rang, asks to be called on"). */
const BEFORE = 64;
const AFTER = 32;
/** A label ("privat", "Handy", "móvil personal") belongs to the number only when this close. */
const LABEL_BEFORE = 24;
const LABEL_AFTER = 16;
/** How far before a number a name may stand, over labels and punctuation ("Anna Berg, tel.: 020 ..."). */
const NAME_REACH = 48;

// --- National numbering plans: which numbers are mobiles --------------------------------------------------------
// No ranges of this file's own: the national formats of data/phone-formats.ts (the six regulators' plans, by the
// groupings people write, each with its kind) and the mobile ranges of data/public-venues.ts MOBILE_RANGES (BNetzA,
// ACM, ARCEP, CNMC, AGCOM, Ofcom, by digits).

const EXTENSION = /[ ]?(?:x|ext\.?|#)[ ]?\d{1,6}$/;

/**
 * True when a number as written is a mobile by its national numbering plan. With a country prefix ("+44", "0049"):
 * the six countries' mobile ranges, and libphonenumber's type (MOBILE) for other countries. Without one: a mobile of any
 * of the six plans ("06 12 34 56 78" is French and Dutch; "06 1234 5678" a Dutch mobile as well as a Roman landline, so
 * a mobile). North American numbers are never mobiles here: the plan does not tell mobiles from landlines
 * (libphonenumber's FIXED_LINE_OR_MOBILE), so their type is unknown.
 */
export function isMobileNumber(written: string): boolean {
  // "+44 (0)7700 900123": the trunk prefix in brackets is not dialled after the country code.
  const main = written.replace(EXTENSION, '').replace('(0)', '');
  const digits = main.replace(/\D/g, '');
  const t = main.trim();
  const international = t.startsWith('+') || t.startsWith('00');
  if (!international) {
    // As written, a number may fit one plan's landline grouping and another's mobile digits: "01675 496 020" is
    // grouped as a British landline, "0167 5496020" would be a German mobile's shape. The written formats decide when
    // any fits (a mobile when one of them is a mobile's); the digits otherwise.
    let landline = false;
    for (const f of PHONE_FORMATS) {
      if (!f.pattern.test(t)) continue;
      if (f.kind === 'mobile') return true;
      landline = true;
    }
    return !landline && MOBILE_RANGES.national.test(digits);
  }
  const e164 = t.startsWith('00') ? digits.slice(2) : digits;
  if (MOBILE_RANGES.international.test(e164)) return true;
  const parsed = parsePhoneNumberFromString(`+${e164}`);
  return parsed !== undefined && parsed.isValid() && parsed.getType() === 'MOBILE';
}

// --- Words ----------------------------------------------------------------------------------------------------------

interface Word {
  w: string;
  start: number;
  end: number;
}

/** The letter runs of text[from, to), folded, with their offsets. Letters beyond U+024F end a run. */
function wordsIn(text: string, from: number, to: number): Word[] {
  const out: Word[] = [];
  let s = -1;
  let w = '';
  for (let i = from; i <= to; i++) {
    const c = i < to ? text.charCodeAt(i) : 0;
    const f = foldCode(c);
    if (f !== 0) {
      if (s < 0) s = i;
      w += String.fromCharCode(f);
    } else if (s >= 0) {
      out.push({ w, start: s, end: i });
      s = -1;
      w = '';
    }
  }
  return out;
}

/** A listed word or phrase as its folded words ("sig.ra" -> sig, ra; "m'n" -> m, n). */
const foldKey = (key: string): string[] => wordsIn(key, 0, key.length).map((x) => x.w);

type Kind = 'person' | 'desk' | 'relation' | 'label' | 'call' | 'possessed' | 'kin';
interface Phrase {
  words: readonly string[];
  kind: Kind;
}
/** Phrases by their first word. */
const PHRASES = new Map<string, Phrase[]>();
const addPhrase = (key: string, kind: Kind): void => {
  const words = foldKey(key);
  const first = words[0];
  if (first === undefined) return;
  const list = PHRASES.get(first);
  if (list === undefined) PHRASES.set(first, [{ words, kind }]);
  else list.push({ words, kind });
};
const GAP = new Set<string>();
const TITLES = new Set<string>();
const MESSAGE = new Set<string>();
const TO = new Set<string>();
for (const lang of Object.values(PHONE_EVIDENCE_WORDS)) {
  for (const w of lang.person) addPhrase(w, 'person');
  for (const w of lang.desk) addPhrase(w, 'desk');
  for (const w of lang.relation) addPhrase(w, 'relation');
  for (const w of lang.privateLabel) addPhrase(w, 'label');
  for (const w of lang.callPerson) addPhrase(w, 'call');
  for (const p of lang.possessive) {
    for (const w of lang.phoneWord) addPhrase(`${p} ${w}`, 'possessed');
    for (const r of lang.relation) addPhrase(`${p} ${r}`, 'relation');
  }
  for (const g of lang.gap) for (const w of foldKey(g)) GAP.add(w);
  for (const t of lang.title) TITLES.add(foldKey(t).join(''));
  for (const m of lang.message) for (const w of foldKey(m)) MESSAGE.add(w);
  for (const t of lang.to) TO.add(foldKey(t).join(''));
}
// Relatives, friends and workmates after a possessive ("my sister", "mijn buurvrouw", "sa fille", "her daughter"):
// kin-words.ts's lists after this file's possessives, which leave out a firm's "our" ("our partner agency").
for (const [lang, kin] of Object.entries(KIN_WORDS)) {
  const own = PHONE_EVIDENCE_WORDS[lang as keyof typeof PHONE_EVIDENCE_WORDS].possessive;
  for (const p of own) for (const k of kin.kin) addPhrase(`${p} ${k}`, 'kin');
}

interface Match {
  kind: Kind;
  start: number;
  end: number;
}

/** Every listed phrase in the words, as offsets, desk phrases ("customer service", "servizio clienti") included. */
function phrasesIn(words: readonly Word[]): Match[] {
  const found: Match[] = [];
  for (let i = 0; i < words.length; i++) {
    const cands = PHRASES.get(words[i]?.w ?? '');
    if (cands === undefined) continue;
    for (const p of cands) {
      if (i + p.words.length > words.length) continue;
      let ok = true;
      for (let j = 1; j < p.words.length && ok; j++) ok = words[i + j]?.w === p.words[j];
      if (ok) found.push({ kind: p.kind, start: words[i]?.start ?? 0, end: words[i + p.words.length - 1]?.end ?? 0 });
    }
  }
  return found;
}

// --- A name right before the number -------------------------------------------------------------------------------

// What may stand between a name and its number besides labels: spaces and punctuation, no digit, no sentence end.
const BETWEEN = /^[\s,:;()[\]"'=/|–—.-]*$/;
const isUpper = (text: string, i: number): boolean => {
  const c = text.charAt(i);
  return c !== c.toLowerCase();
};

// Nouns of venues, businesses and bodies (data/public-venues.ts, data/org-words.ts), one word each: a listed name next
// to one is a place's or a firm's name ("Victoria Station", "Hotel Madrid", "Studio Paris"), not a person's.
const NOT_NAME = new Set<string>();
for (const list of [...Object.values(VENUE_WORDS), ...Object.values(ORG_WORDS)]) {
  for (const w of list) {
    const ws = foldKey(w);
    if (ws.length === 1 && ws[0] !== undefined) NOT_NAME.add(ws[0]);
  }
}
const LISTED = (w: string): boolean => LISTED_FIRST_NAMES.has(w) || LISTED_SURNAMES.has(w);

/**
 * True when a person's name stands right before text[at], over labels and punctuation only ("Anna Berg, tel.: ",
 * "mw. Jansen, bereikbaar op ", "ann brewer "): two words, one of them a listed first name or surname and neither a
 * venue's or firm's noun, both capitalised or both lower case (chat); or a title and a capitalised word. Not a
 * sentence's end ("... Torino. Tel."), not an address ("Anytown AB1 2CD, ").
 */
export function nameBefore(text: string, at: number): boolean {
  const from = Math.max(0, at - NAME_REACH);
  const words = wordsIn(text, from, at);
  let k = words.length - 1;
  let edge = at;
  // Labels and little words between the name and the number ("tel", "op", "unter", "is").
  for (let skipped = 0; k >= 0 && skipped < 4; skipped++) {
    const w = words[k];
    if (w === undefined || !GAP.has(w.w) || !BETWEEN.test(text.slice(w.end, edge))) break;
    edge = w.start;
    k--;
  }
  const last = words[k];
  const prev = words[k - 1];
  if (last === undefined || prev === undefined) return false;
  const between = text.slice(last.end, edge);
  // The name ends its clause: no full stop right after it (a sentence's end: "10123 Torino. Tel.").
  if (!BETWEEN.test(between) || between.trimStart().startsWith('.')) return false;
  const gap = text.slice(prev.end, last.start);
  if (TITLES.has(prev.w) && /^\.? ?$/.test(gap)) return isUpper(text, last.start) || !isUpper(text, prev.start);
  if (gap !== ' ' || last.end - last.start < 2 || prev.end - prev.start < 2) return false;
  if (!(LISTED(prev.w) || LISTED(last.w)) || NOT_NAME.has(prev.w) || NOT_NAME.has(last.w)) return false;
  // Both capitalised, or both lower case (chat: "ann brewer").
  return isUpper(text, prev.start) === isUpper(text, last.start);
}

/**
 * True when a message is sent to the number at text[at]: the word right before it says "to" ("au", "al", "naar") and a
 * message word stands at most four words before that ("Écris un SMS simple à envoyer au 04...", "Scrivi un SMS
 * semplice al 081-..."). A number you text is a person's; a test number's docs ("+1500... to test our SMS") put the
 * message word after it.
 */
export function messageTo(text: string, at: number): boolean {
  const words = wordsIn(text, Math.max(0, at - NAME_REACH), at);
  const to = words[words.length - 1];
  if (to === undefined || !TO.has(to.w) || !BETWEEN.test(text.slice(to.end, at))) return false;
  for (let k = words.length - 2; k >= Math.max(0, words.length - 6); k--) if (MESSAGE.has(words[k]?.w ?? '')) return true;
  return false;
}

// --- The gate -------------------------------------------------------------------------------------------------------

/** The evidence of a private person for the number at text[start, end), if any: what was found, for tests and reports. */
export function phoneEvidence(text: string, start: number, end: number): string | undefined {
  const lo = Math.max(0, start - BEFORE);
  const hi = Math.min(text.length, end + AFTER);
  const found = phrasesIn(wordsIn(text, lo, hi));
  const desks = found.filter((m) => m.kind === 'desk');
  // A person word inside a desk's name ("customer service", "Kunden-Service") is the desk's.
  const inDesk = (m: { start: number; end: number }): boolean => desks.some((d) => d.start <= m.start && d.end >= m.end);
  for (const m of found) {
    if (m.kind === 'desk' || inDesk(m)) continue;
    if (m.kind === 'label' && (m.end < start - LABEL_BEFORE || m.start > end + LABEL_AFTER)) continue;
    return `${m.kind}: ${text.slice(m.start, m.end)}`;
  }
  if (nameBefore(text, start)) return 'name';
  if (messageTo(text, start)) return 'message';
  // private-evidence.ts's words, with the desks' names blanked out: its lists hold "Kunden", "clients", "patients".
  let window = text.slice(lo, hi);
  for (const d of desks) window = window.slice(0, d.start - lo) + ' '.repeat(d.end - d.start) + window.slice(d.end - lo);
  const word = privateWordIn(window.slice(0, start - lo)) ?? privateWordIn(window.slice(end - lo));
  return word === undefined ? undefined : `private: ${word}`;
}

interface PhoneFinding {
  entity: string;
  path: string;
  start: number;
  end: number;
}

// The last key of a path as classify.ts writes it (".telefoon", '["Teléfono móvil"]'), and the path above it.
const LAST_KEY = /(?:\.([A-Za-z_$][\w$-]*)|\[("(?:[^"\\]|\\.)*")\])$/;
/** Fields of one record read around a value: this many before it, and one after. */
const FIELDS_BEFORE = 3;
/** A field's value longer than this is cut in the record's text: a name, a label or a number is short. */
const FIELD_CHARS = 120;

interface Leaf {
  text: string;
  path: string;
}

/**
 * A JSON record's short value read with its neighbours, as "key: value" lines ({"contact": "Ria Bakker", "telefoon":
 * "0515 ..."} -> "contact: Ria Bakker\ntelefoon: 0515 ..."): a name or a person's key in the next field is as near as
 * in a sentence. The text and where the value starts in it; undefined when the value is no record's field.
 */
function recordAround(leaves: readonly Leaf[], i: number): { text: string; at: number } | undefined {
  const parentOf = (path: string): { parent: string; key: string } | undefined => {
    const m = LAST_KEY.exec(path);
    if (m === null) return undefined;
    let key = m[1] ?? '';
    if (m[2] !== undefined) {
      try {
        key = String(JSON.parse(m[2]));
      } catch {
        return undefined;
      }
    }
    return { parent: path.slice(0, m.index), key };
  };
  const leaf = leaves[i];
  // A long value (a message's content) holds its own context, and is not copied once per number in it.
  if (leaf === undefined || leaf.text.length > FIELD_CHARS) return undefined;
  const own = parentOf(leaf.path);
  if (own === undefined) return undefined;
  let text = '';
  let at = 0;
  for (let j = Math.max(0, i - FIELDS_BEFORE); j <= i + 1 && j < leaves.length; j++) {
    const l = leaves[j];
    const p = l === undefined ? undefined : parentOf(l.path);
    if (l === undefined || p === undefined || p.parent !== own.parent) continue;
    const line = `${p.key}: `;
    if (j === i) at = text.length + line.length;
    text += `${line}${l.text.slice(0, FIELD_CHARS)}\n`;
  }
  return { text, at };
}

/**
 * The gate (see above), on a whole request: when every finding is a PHONE_NUMBER, none is a mobile by its national
 * plan and none has private evidence in its own string or, for a JSON record's value, in its record's neighbouring
 * fields (`leaves`: the strings by path, in document order), every finding is removed, in place. A finding whose string
 * cannot be read (across two messages' seam) keeps them all.
 */
export function dropUnevidencedPhones(findings: PhoneFinding[], leaves: readonly Leaf[]): void {
  if (findings.length === 0 || !findings.every((f) => f.entity === 'PHONE_NUMBER')) return;
  const byPath = new Map<string, number>();
  leaves.forEach((l, i) => byPath.set(l.path, i));
  const leafOf = (f: PhoneFinding): Leaf | undefined => leaves[byPath.get(f.path) ?? -1];
  let judged = true;
  for (const f of findings) {
    const t = leafOf(f)?.text;
    if (t === undefined || isMobileNumber(t.slice(f.start, f.end))) return;
    judged &&= landlineShaped(t.slice(f.start, f.end));
  }
  // Landline-shaped numbers alone are address-evidence.ts's (dropUnevidencedContacts runs first, with its own evidence
  // and its cap on long lists): what it kept is kept.
  if (judged) return;
  for (const f of findings) {
    const t = leafOf(f)?.text;
    if (t === undefined || phoneEvidence(t, f.start, f.end) !== undefined) return;
    const r = recordAround(leaves, byPath.get(f.path) ?? -1);
    if (r !== undefined && phoneEvidence(r.text, r.at + f.start, r.at + f.end) !== undefined) return;
  }
  findings.length = 0;
}
