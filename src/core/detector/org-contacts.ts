import { REGISTRY_LABELS } from './data/company-cues.js';
import { EUROPEAN_SURNAMES } from './data/european-surnames.js';
import { alternation, CONTACT_LABELS, DESK_FUNCTIONS, ORG_CONTACT, ENQUIRIES, FREE_MAIL_PROVIDERS, PEC_DOMAINS, REGISTRATION, ROLE_MAILBOXES, wordSet } from './data/struct-cues.js';
import { execAfter, firstFrom, type Hit } from './hit.js';
import { codePointAt } from './keywords.js';
import { LISTED_FIRST_NAMES } from './listed-names.js';
import { serviceRange } from './service-numbers.js';
import { firstChars, mayBegin, POST_FILTER_WORDS, startsOf } from './word-gate.js';

const ROLES = new Set([...wordSet(ROLE_MAILBOXES), ...wordSet(DESK_FUNCTIONS)]);
const ORG_DESK = new RegExp(`(?<!\\p{L})(?:${alternation(ORG_CONTACT)})(?!\\p{L})`, 'iu');
// ORG_DESK without its leading lookbehind, global, for execAfter: the same first match, found faster (a lookbehind at a
// pattern's start is tried at every position and hides the alternation's first letters from the engine's quick scan).
const ORG_DESK_BODY = new RegExp(`(?:${alternation(ORG_CONTACT)})(?!\\p{L})`, 'giu');
const LETTER = /^\p{L}$/iu;

/** ORG_DESK's first match in `text`, as its exec would find it (`reference`: by ORG_DESK itself, for tests). */
export function orgDeskIn(text: string, reference = false): RegExpExecArray | null {
  if (reference) return ORG_DESK.exec(text);
  ORG_DESK_BODY.lastIndex = 0;
  return execAfter(ORG_DESK_BODY, text, LETTER);
}

// Speed: ORG_DESK sticky, tried at the words of the text that can begin a desk phrase (keywords.ts on word-index.ts's
// runs, found once per text: word-gate.ts), instead of a scan of the REACH characters before each phone.
const ORG_DESK_STICKY = new RegExp(ORG_DESK.source, 'iuy');
const ORG_DESK_BIT = POST_FILTER_WORDS.add(alternation(ORG_CONTACT));
// The characters that can begin a desk phrase: the slice's first two positions are tried only at one of them.
const DESK_FIRST = firstChars(Object.values(ORG_CONTACT).flat());
/** Where the text's desk phrases can start, ascending (null: the text is read the slow way). */
export function orgDeskStarts(text: string): number[] | null {
  const starts = POST_FILTER_WORDS.starts(text);
  return starts === null ? null : startsOf(starts, ORG_DESK_BIT);
}

/** LETTER.test(codePointAt(text, p)): an ASCII character by its code, the rest by the pattern. */
function letterAt(text: string, p: number): boolean {
  const c = text.charCodeAt(p);
  return c < 128 ? ((c | 32) >= 97 && (c | 32) <= 122) : LETTER.test(codePointAt(text, p));
}

/** Lower bound of `pos` in the ascending `at`. */
function lowerBound(at: readonly number[], pos: number): number {
  let lo = 0;
  let hi = at.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((at[mid] ?? 0) < pos) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * The index of `orgDeskIn(text.slice(from, to))`'s match in that slice, or -1; `starts` from orgDeskStarts(text).
 * The slice's own matches can start at its first two positions (no letter before them inside it) or at a word start
 * of the text inside it: a start of the text's whose word the slice does not cut (no letter at `to`) is one of the
 * slice's and the other way round. The pattern runs sticky on the slice itself, so it sees the slice's ends.
 */
export function orgDeskIndex(text: string, from: number, to: number, starts: readonly number[] | null): number {
  const slice = text.slice(from, to);
  if (starts === null || (to < text.length && letterAt(text, to))) return orgDeskIn(slice)?.index ?? -1;
  for (let q = 0; q < 2 && q < slice.length; q++) {
    if (!mayBegin(DESK_FIRST, slice.charCodeAt(q))) continue;
    ORG_DESK_STICKY.lastIndex = q;
    if (ORG_DESK_STICKY.test(slice)) return q;
  }
  for (let i = lowerBound(starts, from + 2); i < starts.length; i++) {
    const p = starts[i] ?? 0;
    if (p >= to) break;
    ORG_DESK_STICKY.lastIndex = p - from;
    if (ORG_DESK_STICKY.test(slice)) return p - from;
  }
  return -1;
}

/**
 * True for a role mailbox's address ("press@", "kontakt@", "ufficio.stampa@", "termine@", "einkauf-service@"): a local
 * part that is a role or desk-function word, whole or in every part between dots, dashes and underscores.
 */
export function isRoleMailbox(email: string): boolean {
  const at = email.indexOf('@');
  if (at <= 0) return false;
  const local = email.slice(0, at).toLowerCase();
  if (ROLES.has(local.replace(/[._-]/g, ''))) return true;
  const parts = local.split(/[._-]/);
  return parts.length > 1 && parts.every((p) => ROLES.has(p));
}

const esc = (w: string): string => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+');
// A registration cue, then at most REGISTRATION_GAP characters of the same sentence (a date, "unter", "à", "via").
const REGISTRATION_GAP = 40;
const REGISTRATION_WORD = `(?<!\\p{L})(?:${alternation(REGISTRATION)})(?!\\p{L})`;
const REGISTRATION_BEFORE = new RegExp(`${REGISTRATION_WORD}[^\\n!?]{0,${REGISTRATION_GAP}}$`, 'iu');
const REGISTRATION_IN = new RegExp(REGISTRATION_WORD, 'iu');
// The enquiries label right before the number on a registration line ("Rückfragen 0561...", "informazioni 06...",
// "vragen: 030..."): without one, a number after "Anmeldung" is anybody's ("Anmeldung erledigt. Tel. ...").
const ENQUIRIES_BEFORE = new RegExp(`(?<!\\p{L})(?:${alternation(ENQUIRIES)})(?!\\p{L})\\s*[:.]?\\s*(?:(?:at|on|unter|au|al|op|al numero|allo)\\s+)?$`, 'iu');
// A register or VAT label ("P.IVA", "REA", "Partita IVA") near a certified mailbox: the company's legal mailbox.
const REGISTER_NEAR = new RegExp(`(?<![\\p{L}\\p{N}])(?:${REGISTRY_LABELS.map(esc).join('|')})(?![\\p{L}])`, 'iu');
const PEC_REACH = 120;
// A one-word local part ("fachtag@", "anmeldung2027@"): a desk's; "anna.k@", "j_smith@" read as a person's.
const ONE_WORD_LOCAL = /^[\p{L}\p{N}-]+$/u;
// Free mail providers: a mailbox there is somebody's own, whatever line it stands on.
const FREE_MAIL = new RegExp(`(?:^|\\.)(?:${FREE_MAIL_PROVIDERS.map((w) => w.replace(/[.-]/g, '\\$&')).join('|')})\\.[a-z.]+$`, 'i');
const FIRST_PERSON = /(?<![\p{L}])(?:me|my|mine|mich|mir|mein|meine|meiner|moi|mon|ma|mes|mi|mio|mia|mij|mijn|ik|ich|je|yo|io)(?![\p{L}])/iu;

/**
 * An organisation's mailbox beyond its role words: a certified (PEC) mailbox with a register or VAT label within
 * PEC_REACH ("PEC acme@pec.it. P.IVA ..."), or a one-word mailbox at a company domain (no free mail) right after a
 * registration cue ("Anmeldung bis 31.01. unter fachtag@...", "iscrizioni a convegno@...").
 */
export function isOrgMailbox(text: string, start: number, end: number): boolean {
  const email = text.slice(start, end);
  const at = email.indexOf('@');
  if (at <= 0) return false;
  const domain = email.slice(at + 1).toLowerCase();
  // A certified mailbox: a PEC provider's domain, or the company's own certified sub-domain ("omb@pec.omb.it").
  if (PEC_DOMAINS.some((d) => domain === d || domain.endsWith(`.${d}`)) || domain.startsWith('pec.') || domain.includes('.pec.'))
    return REGISTER_NEAR.test(text.slice(Math.max(0, start - PEC_REACH), Math.min(text.length, end + PEC_REACH)));
  if (!ONE_WORD_LOCAL.test(email.slice(0, at)) || FREE_MAIL.test(domain)) return false;
  return REGISTRATION_BEFORE.test(text.slice(Math.max(0, start - REGISTRATION_GAP - 20), start));
}

let surnames: ReadonlySet<string> | undefined;
const isName = (w: string): boolean => LISTED_FIRST_NAMES.has(w) || (surnames ??= new Set(EUROPEAN_SURNAMES.split(' '))).has(w);
// A local part of one word of letters: a desk's word ("operaciones", "portesouvertes", "versand") unless it is a name.
const WORD_LOCAL = /^\p{Ll}{5,}$/u;
const PART_LOCAL = /^\p{Ll}{3,}$/u;

/**
 * True for a mailbox whose local part is one word and no name: not a listed given name or surname, an initial and a
 * surname ("jsmith", "mrossi") or a given name and a surname run together ("annaschmidt"). A desk's word, beyond the
 * role words of data/struct-cues.ts, which only an organisation's contact line around it makes the organisation's.
 */
export function isRoleLikeLocal(email: string): boolean {
  const at = email.indexOf('@');
  // A capital inside the local part ("UtaKortig@") joins a given name and a surname: a person's.
  if (/\p{Ll}\p{Lu}/u.test(email.slice(0, at))) return false;
  const local = email.slice(0, at).toLowerCase();
  // A department word with the organisation's short name ("contratacion.hulp", "events.nord"): no part a name or initial.
  if (at > 0 && /[._-]/.test(local)) {
    const parts = local.split(/[._-]/);
    return parts.some((p) => ROLES.has(p)) && parts.every((p) => ROLES.has(p) || (PART_LOCAL.test(p) && !isName(p)));
  }
  if (at <= 0 || !WORD_LOCAL.test(local) || isName(local) || isName(local.slice(1)) || isName(local.slice(2))) return false;
  for (let i = 3; i <= local.length - 3; i++) if (LISTED_FIRST_NAMES.has(local.slice(0, i)) && isName(local.slice(i))) return false;
  return true;
}

// How far a one-word mailbox may sit after its enquiries label or from the organisation's number it is listed with.
const LINE_REACH = 80;
const SENTENCE_END = /[!?\n]|\.\s+\p{Lu}/u;
// An enquiries or contact label ("Renseignements :", "contact via", "Kontakt:", "contacto").
const ENQUIRIES_WORD = new RegExp(`(?<!\\p{L})(?:${alternation(ENQUIRIES)}|${alternation(CONTACT_LABELS)})(?!\\p{L})`, 'iu');

// How far a phone may sit from the role mailbox or desk word that makes it the organisation's.
const REACH = 100;
// Longer than any e-mail address or person hit: how far back a sorted search starts so none that overlaps is missed.
const LONGEST = 256;

/** True when some hit of `sorted` overlaps [s, e). */
function anyIn(sorted: readonly Hit[], s: number, e: number): boolean {
  for (let i = firstFrom(sorted, s - LONGEST); i < sorted.length; i++) {
    const h = sorted[i];
    if (h === undefined || h.start >= e) return false;
    if (h.end > s) return true;
  }
  return false;
}

/**
 * Organisation contacts: a role mailbox (data/struct-cues.ts) or another organisation's mailbox (isOrgMailbox) is
 * dropped; a phone number is dropped when such a mailbox or a contact-desk phrase ("Press Office", "Gabinete de
 * Prensa") sits within REACH characters of it, or a registration cue before it, and no person is named in between or
 * just before. A person's own number next to a desk stays: the person is named.
 */
export function dropOrgContacts(text: string, hits: Hit[]): void {
  const byStart = (a: Hit, b: Hit): number => a.start - b.start;
  const roles = hits.filter((h) => h.entity === 'EMAIL_ADDRESS' && (isRoleMailbox(text.slice(h.start, h.end)) || isOrgMailbox(text, h.start, h.end))).sort(byStart);
  const phones = hits.some((h) => h.entity === 'PHONE_NUMBER');
  if (roles.length === 0 && !phones && !hits.some((h) => h.entity === 'EMAIL_ADDRESS')) return;
  const persons = hits.filter((h) => h.entity === 'PERSON').sort(byStart);
  let starts: number[] | null | undefined;
  const orgPhone = (h: Hit): boolean => {
    // The nearest role mailbox on either side within REACH; the stretch from it to the phone must name nobody.
    for (let i = firstFrom(roles, h.start - REACH - LONGEST); i < roles.length; i++) {
      const r = roles[i];
      if (r === undefined || r.start > h.end + REACH) break;
      const gap = r.start >= h.end ? r.start - h.end : h.start - r.end;
      if (gap <= REACH && !anyIn(persons, Math.min(r.start, h.start) - 40, Math.max(r.end, h.end))) return true;
    }
    const from = Math.max(0, h.start - REACH);
    if (starts === undefined) starts = orgDeskStarts(text);
    const m = orgDeskIndex(text, from, h.start, starts);
    if (m !== -1) return !anyIn(persons, from + m - 40, h.end);
    // An event's registration line, then its labelled enquiries number ("iscrizioni su ..., informazioni 06..."): the
    // organiser's, unless a person is named there or the writer gives their own ("inscription : appelle-moi au 06...").
    // The enquiries label first: it reads the 30 characters before the phone, the cue search all REACH of them.
    if (!ENQUIRIES_BEFORE.test(text.slice(Math.max(from, h.start - 30), h.start))) return false;
    const cue = REGISTRATION_IN.exec(text.slice(from, h.start));
    return cue !== null && !FIRST_PERSON.test(text.slice(Math.max(from + cue.index, h.start - 40), h.start)) && !anyIn(persons, from + cue.index - 40, h.end);
  };
  const dropped = new Set<Hit>(roles);
  // A one-word mailbox at the organisation's own domain, on its contact line: after an enquiries label ("Renseignements :
  // 04 ..., portesouvertes@...") or listed with its desk or service number ("el 900 123 456 y el correo operaciones@..."),
  // in the same sentence, nobody named near it and no first-person word before it.
  const phoneHits = hits.filter((h) => h.entity === 'PHONE_NUMBER').sort(byStart);
  for (const h of hits) {
    if (h.entity !== 'EMAIL_ADDRESS' || dropped.has(h)) continue;
    const email = text.slice(h.start, h.end);
    if (!isRoleLikeLocal(email) || FREE_MAIL.test(email.slice(email.indexOf('@') + 1).toLowerCase())) continue;
    const from = Math.max(0, h.start - LINE_REACH);
    const before = text.slice(from, h.start);
    if (FIRST_PERSON.test(before.slice(-40)) || anyIn(persons, h.start - 60, h.end + 40)) continue;
    const label = ENQUIRIES_WORD.exec(before);
    const onLabel = label !== null && !SENTENCE_END.test(before.slice(label.index));
    let withNumber = false;
    for (let i = firstFrom(phoneHits, from - LONGEST); !onLabel && !withNumber && i < phoneHits.length; i++) {
      const p = phoneHits[i];
      if (p === undefined || p.start > h.end + LINE_REACH) break;
      if (p.start < from) continue;
      const gap = p.end <= h.start ? text.slice(p.end, h.start) : text.slice(h.end, p.start);
      withNumber = !SENTENCE_END.test(gap) && (orgPhone(p) || serviceRange(text.slice(p.start, p.end), () => undefined) !== undefined);
    }
    if (onLabel || withNumber) dropped.add(h);
  }
  let kept = 0;
  for (const h of hits) if (!dropped.has(h) && !(h.entity === 'PHONE_NUMBER' && orgPhone(h))) hits[kept++] = h;
  hits.length = kept;
}
