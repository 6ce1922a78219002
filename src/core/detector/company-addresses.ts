import { BANK_LINE_LABELS, LEGAL_FORMS, PRIVATE_ADDRESS, REGISTRY_ABBREVIATIONS, REGISTRY_LABELS } from './data/company-cues.js';
import { alternation, OFFICE_LABELS, ORG_CONTACT } from './data/struct-cues.js';
import { execAfter, type Hit } from './hit.js';
import { isOrgMailbox, isRoleMailbox } from './org-contacts.js';
import { codeAt } from './word-index.js';
import { FIRST_PERSON_WORDS, firstPersonPattern } from './data/first-person.js';
import { WordListGate } from './word-list-gate.js';
import { foldsAsLowerCase } from './phrase-index.js';
import { PhraseTrie } from './phrase-trie.js';

const escape = (w: string): string => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+');
const alt = (words: readonly string[]): string => [...new Set(words)].sort((a, b) => b.length - a.length).map(escape).join('|');

// A legal form as its own token, before a comma, space, line end or closing bracket (ASCII: no 'u' flag, and no leading
// lookbehind, which is tried at every position; the character before is checked by hand).
const LEGAL_FORM = new RegExp(`(?:${alt(LEGAL_FORMS)})(?![A-Za-z0-9&-])`, 'g');
const FORM_GLUE = /[\p{L}\p{N}.&-]/u;
// Word lists searched without a leading lookbehind (execAfter checks the character before: far quicker).
const REGISTRY = new RegExp(`(?:${alt(REGISTRY_LABELS)})(?![\\p{L}])`, 'giu');
const DESK = new RegExp(`(?:${alt(Object.values(ORG_CONTACT).flat())})(?![\\p{L}])`, 'giu');
// "domicilio social" is a company's registered office (a register label), not a private "domicilio".
const PRIVATE = new RegExp(`(?:${alt(PRIVATE_ADDRESS)})(?![\\p{L}])(?!\\s+social(?![\\p{L}]))`, 'giu');
const LETTER = /^\p{L}$/u;
// Speed: on text that folds as lower case the phrases' tree answers DESK (phrase-trie.ts); the pattern runs only on text
// beyond Latin-1.
const DESK_TRIE = new PhraseTrie(Object.values(ORG_CONTACT).flat());
const deskIn = (text: string): boolean => (DESK_TRIE.usable && foldsAsLowerCase(text) ? DESK_TRIE.nextWord(text, 0, true) !== undefined : found(DESK, text, LETTER));
const FIRST_PERSON = firstPersonPattern();
// Speed: FIRST_PERSON only where the window holds one of its words (word-list-gate.ts).
const FIRST_PERSON_GATE = new WordListGate(FIRST_PERSON_WORDS);
const LETTER_OR_DIGIT = /^[\p{L}\p{N}]$/u;
const found = (re: RegExp, text: string, before: RegExp): boolean => {
  re.lastIndex = 0;
  return execAfter(re, text, before) !== null;
};
// The last word of a register label right before a number: only then is REGISTRY_BEFORE tried.
const LABEL_TAILS: ReadonlySet<string> = new Set(
  REGISTRY_LABELS.map((l) => l.split(/[\s.-]+/).filter((w) => w !== '').pop() ?? '').concat(['no', 'nr', 'number', 'n°', 'nº']),
);
const LAST_WORD = /([\p{L}°º]+)[\s.:#-]*$/u;
const LABEL_CHAR = /^[\p{L}°º]$/u;
const TRAIL_CHAR = /^[\s.:#-]$/u;
/**
 * LAST_WORD.exec(s)?.[1]: the run of letters (and °, º) before the trailing spaces and [.:#-], walked back by char code
 * (ASCII) or the patterns (beyond ASCII; a surrogate pair is left to LAST_WORD itself).
 */
export function lastLabelWord(s: string): string | undefined {
  let e = s.length;
  for (; e > 0; e--) {
    const c = s.charCodeAt(e - 1);
    if (c >= 0xd800 && c <= 0xdfff) return LAST_WORD.exec(s)?.[1];
    if (!(c === 32 || (c >= 9 && c <= 13) || c === 46 || c === 58 || c === 35 || c === 45 || (c >= 128 && TRAIL_CHAR.test(s.charAt(e - 1))))) break;
  }
  let b = e;
  for (; b > 0; b--) {
    const c = s.charCodeAt(b - 1);
    if (c >= 0xd800 && c <= 0xdfff) return LAST_WORD.exec(s)?.[1];
    if (!(((c | 32) >= 97 && (c | 32) <= 122) || (c >= 128 && LABEL_CHAR.test(s.charAt(b - 1))))) break;
  }
  return b < e ? s.slice(b, e) : undefined;
}
// A register label, then its number: "registered in England No. ", "HRB ", "KvK ", "P.IVA ", "REA ".
const REGISTRY_BEFORE = new RegExp(`(?<![\\p{L}\\p{N}])(?:${alt(REGISTRY_LABELS)})(?:\\s*(?:no|nr|number|n°|nº))?\\.?\\s*[:#]?\\s*$`, 'iu');

// How far before an address its company's legal form may be (a letterhead: name, then street), and how far around it
// a register or VAT label or a switchboard/desk word must be.
const FORM_REACH = 200;
const EVIDENCE_REACH = 250;
// How far before a bank account its holder's legal form may be, on the same line; how far the invoice's register label.
const ACCOUNT_REACH = 100;
const INVOICE_REACH = 1500;
// Lines a letterhead may take between the company's name and its street.
const MAX_LINES = 3;

/** Position of the last legal form in text[from, to) with at most `maxLines` line breaks after it, or -1. */
function legalFormBefore(text: string, from: number, to: number, maxLines = MAX_LINES): number {
  const window = text.slice(from, to);
  let last = -1;
  LEGAL_FORM.lastIndex = 0;
  for (let m = LEGAL_FORM.exec(window); m !== null; m = LEGAL_FORM.exec(window)) if (m.index === 0 || !FORM_GLUE.test(window.charAt(m.index - 1))) last = m.index;
  if (last === -1) return -1;
  let lines = 0;
  for (let i = last; i < window.length; i++) if (window.charCodeAt(i) === 10) lines++;
  return lines <= maxLines ? from + last : -1;
}

const overlaps = (h: Hit, s: number, e: number): boolean => h.start < e && h.end > s;

// A footer's bank line: its label, then the bank's name or the account's own labels ("Bank: NatWest, sort code ",
// "Bankverbindung: Sparkasse Kassel, IBAN "), no sentence.
const BANK_LINE = new RegExp(`^\\s*(?:${alt(BANK_LINE_LABELS)})\\s*:\\s*[^\\n.!?:;]{0,60}$`, 'iu');

/**
 * Where a bank account's holder's legal form is: on the account's own line within ACCOUNT_REACH ("Bank: Tanfield Print
 * Ltd, IBAN ..."), or on the line right above when that line is the company's register line, a footer's ("Fernbank
 * Software Ltd · VAT GB ... · Company No. ...", then "Bank: NatWest, sort code ..."); -1 when neither.
 */
function accountHolderForm(text: string, at: number): number {
  const same = legalFormBefore(text, Math.max(0, at - ACCOUNT_REACH), at, 0);
  if (same !== -1) return same;
  const lineStart = text.lastIndexOf('\n', at - 1);
  if (lineStart <= 0 || lineStart < at - ACCOUNT_REACH) return -1;
  const prevStart = text.lastIndexOf('\n', lineStart - 1) + 1;
  if (lineStart - prevStart > ACCOUNT_REACH) return -1;
  const bankLine = text.slice(lineStart + 1, at);
  if (!BANK_LINE.test(bankLine) || (FIRST_PERSON_GATE.mayHold(bankLine, 0, bankLine.length) && FIRST_PERSON.test(bankLine))) return -1;
  const form = legalFormBefore(text, prevStart, lineStart, 0);
  return form !== -1 && found(REGISTRY, text.slice(form, lineStart), LETTER_OR_DIGIT) ? form : -1;
}

// An office label right before the address, after at most a colon, a dash or an opening bracket ("Nos bureaux : 3
// rue ...", "Bezoekadres: ...", "head office (1 ..."), and a first-person word just before the label ("mein Büro:").
const OFFICE_BEFORE = new RegExp(`(?<![\\p{L}])(?:${alternation(OFFICE_LABELS)})\\s*[:(–-]?\\s*$`, 'iu');
const OWN_LABEL = new RegExp(`${FIRST_PERSON.source}\\s+(?:${alternation(OFFICE_LABELS)})\\s*[:(–-]?\\s*$`, 'iu');
const MAILBOX = /[\p{L}\p{N}._%+-]+@[\p{L}\p{N}.-]+\.\p{L}{2,}/gu;

/** Whether text[from, to) holds an organisation's mailbox: a role mailbox or isOrgMailbox's. */
function orgMailboxIn(text: string, from: number, to: number): boolean {
  const window = text.slice(from, to);
  MAILBOX.lastIndex = 0;
  for (let m = MAILBOX.exec(window); m !== null; m = MAILBOX.exec(window))
    if (isRoleMailbox(m[0]) || isOrgMailbox(text, from + m.index, from + m.index + m[0].length)) return true;
  return false;
}

/**
 * An address right after an office label, with an organisation's mailbox, desk word or register label within
 * EVIDENCE_REACH, no private-address word and nobody named near: the organisation's premises (a shop's contact block,
 * an event's site visit to a company's head office).
 */
function officeAddress(text: string, h: Hit, persons: readonly Hit[]): boolean {
  const before = text.slice(Math.max(0, h.start - 40), h.start);
  if (!OFFICE_BEFORE.test(before) || OWN_LABEL.test(before)) return false;
  const from = Math.max(0, h.start - EVIDENCE_REACH);
  const to = Math.min(text.length, h.end + EVIDENCE_REACH);
  const around = text.slice(from, to);
  if (!found(REGISTRY, around, LETTER_OR_DIGIT) && !deskIn(around) && !orgMailboxIn(text, from, to)) return false;
  if (found(PRIVATE, text.slice(Math.max(0, h.start - 60), Math.min(text.length, h.end + 60)), LETTER)) return false;
  return !persons.some((p) => overlaps(p, h.start - 60, h.end + 40));
}

// How far after a dropped office address the rest of it may start, and what may stand between: a comma and a town.
const REST_REACH = 40;
const REST_BETWEEN = /^[,\s]*(?:\p{Lu}[\p{L}'’-]*\s+){0,3}$/u;

// The capitalised words of a company's name right up to its legal form ("Casa Verde Hogar S.L.").
const NAME_TO_FORM = /^\p{Lu}[\p{L}&'’.-]*(?:\s+\p{Lu}[\p{L}&'’.-]*){0,4}\s+$/u;

/**
 * Whether a private-address word stands within 60 characters of a letterhead (from before its legal form at `form` to
 * after the address ending at `end`); a capitalised word of the company's own name is none ("Casa Verde Hogar S.L.").
 */
function privateBesideForm(text: string, form: number, end: number): boolean {
  const from = Math.max(0, form - 60);
  const window = text.slice(from, Math.min(text.length, end + 60));
  PRIVATE.lastIndex = 0;
  for (let m = execAfter(PRIVATE, window, LETTER); m !== null; m = execAfter(PRIVATE, window, LETTER)) {
    const at = from + m.index;
    if (!(at < form && NAME_TO_FORM.test(text.slice(at, form)))) return true;
  }
  return false;
}

const CODE_AFTER = /^[\s.:#-]{0,3}[A-Z]{0,2}[\s-]?\d/;
// A register's name read as a person's: a label of two words or one long word, then its seat ("Registro Mercantil de
// Sevilla", "Amtsgericht Stuttgart", "Registro delle Imprese di Milano"). Short labels ("REA", "CIF") are left to the
// code after them: "Rea Smith" is a person.
const REGISTER_NAME = new RegExp(`^(?:${alt(REGISTRY_LABELS.filter((l) => l.includes(' ') || l.length >= 10))})(?![\\p{L}])`, 'iu');

/**
 * A PERSON hit made of a register label and its code ("REA VR-123456", "England No. 08812345"), or a register's name
 * and seat ("Registro Mercantil de Sevilla"): no person.
 */
function isRegistryLabelName(text: string, h: Hit): boolean {
  if (REGISTER_NAME.test(text.slice(h.start, h.end))) return true;
  // CODE_AFTER opens with whitespace, [.:#-], a capital or a digit: most names are followed by other characters.
  const c = codeAt(text, h.end);
  if (!(c <= 32 || c === 46 || c === 58 || c === 35 || c === 45 || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c >= 128)) return false;
  if (!CODE_AFTER.test(text.slice(h.end, h.end + 8))) return false;
  const words = text.slice(h.start, h.end).split(/[\s.]+/).filter((w) => w !== '');
  const first = words[0] ?? '';
  const last = words[words.length - 1] ?? '';
  return (REGISTRY_ABBREVIATIONS.has(first) || REGISTRY_ABBREVIATIONS.has(last) || /^(?:No|Nr|N°|Nº)$/.test(last));
}

/**
 * An organisation's own address and numbers, removed in place:
 * - a STREET_ADDRESS right after an office label ("Nos bureaux :", "Bezoekadres:", "Sede:", "head office (") with the
 *   organisation's mailbox, desk or register near (officeAddress);
 * - a STREET_ADDRESS after a company's legal form (within FORM_REACH, at most MAX_LINES lines before it) with a register,
 *   VAT or registered-office label, or a switchboard/press-desk word, within EVIDENCE_REACH: a letterhead, an invoice's
 *   supplier or customer block, a press release footer. Kept whenever a person is named from the legal form to just
 *   after the address, or a private-address word ("home", "privat", "domicile") is near;
 * - a BANK_ACCOUNT or IBAN whose holder is a company named on the same line within ACCOUNT_REACH ("Bank: Tanfield Print
 *   Solutions Ltd, IBAN ..., sort code 40-11-62") or on a footer's register line right above (accountHolderForm), with
 *   a register or VAT label within INVOICE_REACH, nobody named between;
 * - a PHONE_NUMBER on such a letterhead (the supplier's switchboard on its invoice), on the same terms, unless a
 *   first-person word is right before it ("call me on");
 * - a PHONE_NUMBER that is a company register number right after its label ("registered in England No. 08812345");
 * - a PERSON hit that is a register label and its code ("REA VR-123456").
 */
export function dropCompanyAddresses(text: string, hits: Hit[]): void {
  let any = false;
  for (const h of hits) if (h.entity === 'STREET_ADDRESS' || h.entity === 'PHONE_NUMBER' || h.entity === 'PERSON' || h.entity === 'BANK_ACCOUNT' || h.entity === 'IBAN_CODE') any = true;
  if (!any) return;
  const drop = new Set<Hit>();
  for (const h of hits) {
    if (h.entity === 'PERSON' && isRegistryLabelName(text, h)) drop.add(h);
    else if (h.entity === 'PHONE_NUMBER') {
      const before = text.slice(Math.max(0, h.start - 48), h.start);
      const last = lastLabelWord(before.slice(-16))?.toLowerCase();
      if (last !== undefined && LABEL_TAILS.has(last) && REGISTRY_BEFORE.test(before)) drop.add(h);
    }
  }
  // Hits under the default threshold (0.5) are dropped later anyway: a weak name guess does not keep an address.
  const persons = hits.filter((h) => h.entity === 'PERSON' && h.score >= 0.5 && !drop.has(h));
  for (const h of hits) {
    const account = h.entity === 'BANK_ACCOUNT' || h.entity === 'IBAN_CODE';
    const phone = h.entity === 'PHONE_NUMBER' && !drop.has(h);
    if (h.entity !== 'STREET_ADDRESS' && !account && !phone) continue;
    if (h.entity === 'STREET_ADDRESS' && officeAddress(text, h, persons)) {
      drop.add(h);
      continue;
    }
    // "call me on", "mein Handy", "mon portable": the writer's own number, whatever letterhead is near.
    if (phone && FIRST_PERSON_GATE.mayHold(text, h.start - 40, h.start) && FIRST_PERSON.test(text.slice(Math.max(0, h.start - 40), h.start))) continue;
    // An account's holder is the company on its own line ("Bank: Tanfield Print Ltd, IBAN ..., sort code ..."); the
    // register label may be anywhere on the invoice.
    const form = account ? accountHolderForm(text, h.start) : legalFormBefore(text, Math.max(0, h.start - FORM_REACH), h.start);
    if (form === -1) continue;
    const reach = account ? INVOICE_REACH : EVIDENCE_REACH;
    const around = text.slice(Math.max(0, h.start - reach), Math.min(text.length, h.end + reach));
    if (!found(REGISTRY, around, LETTER_OR_DIGIT) && !deskIn(around)) continue;
    if (privateBesideForm(text, form, h.end)) continue;
    if (persons.some((p) => overlaps(p, form - 40, h.end + 40))) continue;
    drop.add(h);
  }
  if (drop.size === 0) return;
  // The rest of a dropped office address read apart ("Registered office: 4 Mill Lane, Leeds LS1 4AB": the postcode after
  // the town), right after it in its line with only a town between.
  const offices = hits.filter((h) => h.entity === 'STREET_ADDRESS' && drop.has(h));
  for (const h of hits)
    if (h.entity === 'STREET_ADDRESS' && !drop.has(h) && offices.some((a) => a.end <= h.start && h.start - a.end <= REST_REACH && REST_BETWEEN.test(text.slice(a.end, h.start)))) drop.add(h);
  let kept = 0;
  for (const h of hits) if (!drop.has(h)) hits[kept++] = h;
  hits.length = kept;
}
