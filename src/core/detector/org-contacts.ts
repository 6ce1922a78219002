import { REGISTRY_LABELS } from './data/company-cues.js';
import { alternation, DESK_FUNCTIONS, DESK_NEGATIONS, ORG_CONTACT, ENQUIRIES, FREE_MAIL_PROVIDERS, MAILBOX_REGIONS, PEC_DOMAINS, REGISTRATION, ROLE_MAILBOXES, wordSet } from './data/struct-cues.js';
import { execAfter, firstFrom, type Hit } from './hit.js';
import { codePointAt } from './keywords.js';
import { LISTED_FIRST_NAMES, LISTED_SURNAMES } from './listed-names.js';
import { firstChars, mayBegin, POST_FILTER_WORDS, startsOf } from './word-gate.js';
import { firstPersonPattern } from './data/first-person.js';
import { foldsAsLowerCase } from './phrase-index.js';
import { isLetterCode, PhraseTrie, type ScanMatch } from './phrase-trie.js';
import { CALLER_WORDS, PRIVATE_LINE } from './data/public-venues.js';
import { domainOfNamedPerson } from './named-domains.js';

const ROLES = new Set([...wordSet(ROLE_MAILBOXES), ...wordSet(DESK_FUNCTIONS)]);
const REGIONS = new Set(MAILBOX_REGIONS);
const ORG_DESK = new RegExp(`(?<!\\p{L})(?:${alternation(ORG_CONTACT)})(?!\\p{L})`, 'iu');
// ORG_DESK without its leading lookbehind, global, for execAfter: the same first match, found faster (a lookbehind at a
// pattern's start is tried at every position and hides the alternation's first letters from the engine's quick scan).
const ORG_DESK_BODY = new RegExp(`(?:${alternation(ORG_CONTACT)})(?!\\p{L})`, 'giu');
const LETTER = /^\p{L}$/iu;

// Speed: on text that folds as lower case the phrases' tree answers ORG_DESK (phrase-trie.ts); the patterns, some 170 KB
// of compiled code each, run only on text beyond Latin-1.
const DESK_TRIE = new PhraseTrie(Object.values(ORG_CONTACT).flat());
const deskByTrie = (text: string): boolean => DESK_TRIE.usable && foldsAsLowerCase(text);

/** ORG_DESK's first match in `text`, as its exec would find it (`reference`: by ORG_DESK itself, for tests). */
export function orgDeskIn(text: string, reference = false): ScanMatch | null {
  if (reference) return ORG_DESK.exec(text);
  if (deskByTrie(text)) {
    const hit = DESK_TRIE.nextWord(text, 0, true);
    return hit === undefined ? null : { index: hit[0], 0: text.slice(hit[0], hit[1]) };
  }
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
// The last text's (a filter asks once per value; each answer is a pass over the text's gate starts).
let deskText: string | undefined;
let deskStarts: number[] | null = null;
export function orgDeskStarts(text: string): number[] | null {
  if (text === deskText) return deskStarts;
  const starts = POST_FILTER_WORDS.starts(text);
  deskStarts = starts === null ? null : startsOf(starts, ORG_DESK_BIT);
  deskText = text;
  return deskStarts;
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
  const fast = deskByTrie(slice);
  for (let q = 0; q < 2 && q < slice.length; q++) {
    if (!mayBegin(DESK_FIRST, slice.charCodeAt(q))) continue;
    if (deskAt(slice, q, fast)) return q;
  }
  for (let i = lowerBound(starts, from + 2); i < starts.length; i++) {
    const p = starts[i] ?? 0;
    if (p >= to) break;
    if (deskAt(slice, p - from, fast)) return p - from;
  }
  return -1;
}

/** ORG_DESK_STICKY.test(slice) at q: by the desk tree where `fast` (deskByTrie), else by the pattern. */
function deskAt(slice: string, q: number, fast: boolean): boolean {
  if (!fast) {
    ORG_DESK_STICKY.lastIndex = q;
    return ORG_DESK_STICKY.test(slice);
  }
  return (q === 0 || !isLetterCode(slice.charCodeAt(q - 1))) && DESK_TRIE.longestAt(slice, q) >= 0;
}

/**
 * True for a role mailbox's address ("press@", "kontakt@", "ufficio.stampa@", "termine@", "einkauf-service@"): a local
 * part that is a role or desk-function word, whole or in every part between dots, dashes and underscores.
 */
export function isRoleMailbox(email: string): boolean {
  const at = email.indexOf('@');
  return at > 0 && isDeskLocal(email.slice(0, at).toLowerCase());
}

/**
 * A lower-case local part that is ROLES' words only: whole with its separators removed, or in every part but market
 * codes ("support.fr", "info-de", "sales.emea": MAILBOX_REGIONS), with at least one desk word.
 */
function isDeskLocal(local: string): boolean {
  if (ROLES.has(local.replace(/[._-]/g, ''))) return true;
  const parts = local.split(/[._-]/);
  if (parts.length < 2) return false;
  const desk = parts.filter((p) => !REGIONS.has(p));
  return desk.length > 0 && desk.every((p) => ROLES.has(p));
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
const escDots = (w: string): string => w.replace(/[.-]/g, '\\$&');
const FREE_MAIL = new RegExp(
  `(?:^|\\.)(?:(?:${FREE_MAIL_PROVIDERS.filter((w) => !w.includes('.')).map(escDots).join('|')})\\.[a-z.]+|${FREE_MAIL_PROVIDERS.filter((w) => w.includes('.')).map(escDots).join('|')})$`,
  'i',
);
const FIRST_PERSON = firstPersonPattern();
// A private line's label (data/public-venues.ts PRIVATE_LINE) or the person a desk's note is about (CALLER_WORDS).
const PRIVATE_LINE_IN = new RegExp(`(?<!\\p{L})(?:${alternation(PRIVATE_LINE)}|${alternation(CALLER_WORDS)})(?!\\p{L})`, 'iu');
// How far before a phone that word may stand: a short clause ("the caller left her landline, ").
const CALLER_REACH = 60;
/** Whether `between` (what stands between a desk's phrase or mailbox and a phone) gives the number as a person's. */
const callerBefore = (between: string): boolean => FIRST_PERSON.test(between) || PRIVATE_LINE_IN.test(between);

/**
 * An organisation's mailbox beyond its role words: a certified (PEC) mailbox with a register or VAT label within
 * PEC_REACH ("PEC acme@pec.it. P.IVA ..."), a desk's word at the organisation's domain (isDeskWordMailbox), or a
 * one-word mailbox that is no name at a company domain (no free mail) right after a registration cue ("Anmeldung bis
 * 31.01. unter fachtag@...", "iscrizioni a convegno2027@..."). A person named near it who owns it is the caller's to
 * check (dropOrgContacts: namesNear).
 */
export function isOrgMailbox(text: string, start: number, end: number): boolean {
  const email = text.slice(start, end);
  const at = email.indexOf('@');
  if (at <= 0) return false;
  const domain = email.slice(at + 1).toLowerCase();
  // A certified mailbox: a PEC provider's domain, or the company's own certified sub-domain ("omb@pec.omb.it").
  if (PEC_DOMAINS.some((d) => domain === d || domain.endsWith(`.${d}`)) || domain.startsWith('pec.') || domain.includes('.pec.'))
    return REGISTER_NEAR.test(text.slice(Math.max(0, start - PEC_REACH), Math.min(text.length, end + PEC_REACH))) || isDeskWordMailbox(text, start, end);
  const local = email.slice(0, at);
  if (FREE_MAIL.test(domain)) return false;
  if (isDeskWordMailbox(text, start, end)) return true;
  if (!ONE_WORD_LOCAL.test(local) || localKind(local) === 'person') return false;
  return REGISTRATION_BEFORE.test(text.slice(Math.max(0, start - REGISTRATION_GAP - 20), start));
}

const isSurname = (w: string): boolean => LISTED_SURNAMES.has(w);
const isName = (w: string): boolean => LISTED_FIRST_NAMES.has(w) || isSurname(w);
// What may follow initials as a surname: a listed surname, or a listed name of five letters or more (the given-name
// lists hold surnames too: "meier", "bakker"); a short given name after a letter is a word's tail ("s" + "alon").
const isSurnameAfterInitial = (w: string): boolean => isSurname(w) || (w.length >= 5 && LISTED_FIRST_NAMES.has(w));
// A local part of one word of letters: a desk's word ("operaciones", "portesouvertes", "versand") unless it is a name.
const WORD_LOCAL = /^\p{Ll}{5,}$/u;
const PART_LOCAL = /^\p{Ll}{3,}$/u;
// Two consonants that begin words in English, German, French, Spanish, Dutch or Italian ("br", "sch", "gn", "ll",
// "zw"): a local part that begins with two others ("js", "mr", "rg") is an initial before a surname ("jsmith").
const ONSET = /^(?:[aeiouyàâäéèêëíìîïóòôöúùûü]|bl|br|ch|cl|cr|dr|dw|fl|fr|gh|gl|gn|gr|kl|kn|kr|kw|ll|pf|ph|pl|pn|pr|ps|qu|rh|s[bcdfghjklmnpqrtvwz]|th|tr|ts|tw|vl|vr|wh|wr|zw|[bcdfghjklmnpqrstvwxz][aeiouyàâäéèêëíìîïóòôöúùûü])/u;

/**
 * How a mailbox's local part reads: 'desk' for ROLES' words (a dictionary word of a desk wins over any name it seems
 * to hold: "salon" is no "s" + "Alon"); 'person' for a name: a camel-case join ("UtaKortig"), a listed given name or
 * surname, in a part or whole, an initial ("j.smith", "anna.k"), initials before a surname ("mrossi", "jsmith": no word
 * of the six languages begins "js"), a given name and a surname run together ("annaschmidt", "evamlindqvist"); 'word' for a word that
 * is none of these ("termine", "jornadas", "rezeption") or a desk word with the organisation's short name
 * ("contratacion.hulp"); 'unknown' for the rest (digits, two unlisted words: "aritz.etxeberria" may be a name).
 */
export function localKind(rawLocal: string): 'desk' | 'person' | 'word' | 'unknown' {
  const local = rawLocal.toLowerCase();
  if (isDeskLocal(local)) return 'desk';
  if (/\p{Ll}\p{Lu}/u.test(rawLocal)) return 'person';
  if (/[._-]/.test(local)) {
    const parts = local.split(/[._-]/);
    if (parts.some((p) => p.length === 1 || isName(p))) return 'person';
    return parts.some((p) => ROLES.has(p)) && parts.every((p) => ROLES.has(p) || PART_LOCAL.test(p)) ? 'word' : 'unknown';
  }
  if (!/^\p{Ll}+$/u.test(local)) return 'unknown';
  if (isName(local) || !ONSET.test(local) || isSurnameAfterInitial(local.slice(1)) || isSurnameAfterInitial(local.slice(2))) return 'person';
  // A name of four letters or more, then an initial ("annak", "rossim").
  if (local.length >= 5 && isName(local.slice(0, -1))) return 'person';
  // A given name, perhaps a middle initial, then a name ("annaschmidt", "bertrammjorgensen").
  for (let i = 3; i <= local.length - 3; i++)
    if (LISTED_FIRST_NAMES.has(local.slice(0, i)) && (isName(local.slice(i)) || isSurnameAfterInitial(local.slice(i + 1)))) return 'person';
  return WORD_LOCAL.test(local) ? 'word' : 'unknown';
}

/**
 * Whether a local part names a person by the name lists: a camel-case join, a listed given name or surname (whole, in a
 * part, after one or two initials, before an initial, or a given name run into a name), or a one-letter part
 * ("j.meier"). Digits are left out ("jsmith42"). Unlike localKind, an unlisted run of letters is no initials guess:
 * "fsn" or "fsca" names nobody by itself.
 */
export function localNamesPerson(rawLocal: string): boolean {
  if (/\p{Ll}\p{Lu}/u.test(rawLocal)) return true;
  const local = rawLocal.toLowerCase().replace(/\d+/g, '');
  if (/[._-]/.test(local)) return local.split(/[._-]/).some((p) => p.length === 1 || isName(p));
  if (!/^\p{Ll}+$/u.test(local)) return false;
  if (isName(local) || isSurnameAfterInitial(local.slice(1)) || isSurnameAfterInitial(local.slice(2))) return true;
  if (local.length >= 5 && isName(local.slice(0, -1))) return true;
  for (let i = 3; i <= local.length - 3; i++)
    if (LISTED_FIRST_NAMES.has(local.slice(0, i)) && (isName(local.slice(i)) || isSurnameAfterInitial(local.slice(i + 1)))) return true;
  return false;
}

// Three or four letters.
const SHORT_LOCAL = /^\p{Ll}{3,4}$/u;
/**
 * A local part of three or four letters that opens with two consonants no word of the six languages opens with ("fsn",
 * "fsca", "hrbp"): an acronym, a desk's. localKind reads such a run as initials before a surname ("jsmith"); at three or
 * four letters no surname is left. A name of that length opens like a word ("tom", "lee", "max").
 */
export function isAcronymLocal(rawLocal: string): boolean {
  const local = rawLocal.toLowerCase();
  return SHORT_LOCAL.test(local) && !ONSET.test(local) && !isName(local);
}

/** True when the local part of `email` is a desk's word that only an organisation's contact line makes its own. */
export function isRoleLikeLocal(email: string): boolean {
  const at = email.indexOf('@');
  return at > 0 && localKind(email.slice(0, at)) === 'word';
}

// A first-person word right before a mailbox, in its clause: the writer's own ("my", "mich unter", "écris-moi à", "mi
// correo", "mijn mail", "scrivimi a", "escríbeme a"). "Nous"/"uns"/"ons" is the organisation speaking: not a claim.
const CLAIM = new RegExp(
  `(?:${FIRST_PERSON.source}|(?<![\\p{L}])(?:scrivimi|scrivetemi|contattami|contattatemi|chiamami|mandami|inviami|escríbeme|escribeme|escríbanme|contáctame|contactame|llámame|llamame|mándame|mandame)(?![\\p{L}]))[^.!?\\n]{0,30}$`,
  'iu',
);
const CLAIM_REACH = 40;

/**
 * An organisation's desk mailbox by its word alone: localKind 'word' at a domain that is no free mail or ISP mail,
 * and no first-person word claims it.
 */
export function isDeskWordMailbox(text: string, start: number, end: number): boolean {
  const email = text.slice(start, end);
  const at = email.indexOf('@');
  if (at <= 0 || localKind(email.slice(0, at)) !== 'word' || FREE_MAIL.test(email.slice(at + 1).toLowerCase())) return false;
  return !CLAIM.test(text.slice(Math.max(0, start - CLAIM_REACH), start));
}

// How far from a mailbox a person's name may stand to be its owner's (a signature line, "Name <mailbox>").
const NAME_REACH = 80;
// Lower case without accents, the letters that have no decomposition spelled as mailboxes spell them ("Jørgensen").
const UNDECOMPOSED: Readonly<Record<string, string>> = { ø: 'o', æ: 'ae', œ: 'oe', ß: 'ss', ł: 'l', đ: 'd', ı: 'i' };
const fold = (w: string): string =>
  w
    .toLowerCase()
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[øæœßłđı]/g, (c) => UNDECOMPOSED[c] ?? c);

/** True when a person named within NAME_REACH of text[start, end) has a name word of 3+ letters in its local part. */
function namesNear(text: string, sortedPersons: readonly Hit[], start: number, end: number): boolean {
  const local = fold(text.slice(start, text.indexOf('@', start)));
  for (let i = firstFrom(sortedPersons, start - NAME_REACH - LONGEST); i < sortedPersons.length; i++) {
    const p = sortedPersons[i];
    if (p === undefined || p.start > end + NAME_REACH) break;
    if (p.end < start - NAME_REACH) continue;
    for (const w of fold(text.slice(p.start, p.end)).split(/[^\p{L}]+/u)) if (w.length >= 3 && local.includes(w)) return true;
  }
  return false;
}

// A negation right before the desk phrase in its clause, an article or a verb between (data/struct-cues.ts
// DESK_NEGATIONS): "nicht mehr die Zentrale anrufen, sondern direkt den Objektleiter unter 0157 ...", "ne pas appeler le
// standard, appeler directement le 06 ...". The desk is the line not to call; the number after it is someone's own.
const DESK_NEGATION_GAP = 24;
const NEGATED_DESK = new RegExp(`(?<!\\p{L})(?:${alternation(DESK_NEGATIONS)})(?!\\p{L})[^.,;:!?\\n]{0,${DESK_NEGATION_GAP}}$`, 'iu');
/** Whether the desk phrase at text[at] is negated (above). Reads a bounded slice before it. */
export const negatedDesk = (text: string, at: number): boolean => NEGATED_DESK.test(text.slice(Math.max(0, at - DESK_NEGATION_GAP - 20), at));

// A name in the possessive right before a desk phrase owns the desk: an institution named for a person ("Guy's and St
// Thomas' main switchboard", "St Mary's switchboard"); a person's own line is labelled otherwise ("Anna's mobile").
const POSSESSOR = /^['’]s?\s+(?:(?:main|central|general)\s+)?$/u;

// How far a phone may sit from the role mailbox or desk word that makes it the organisation's.
const REACH = 100;
// Longer than any e-mail address or person hit: how far back a sorted search starts so none that overlaps is missed.
const LONGEST = 256;

/** True when some hit of `sorted` overlaps [s, e), other than those `except` passes. */
function anyIn(sorted: readonly Hit[], s: number, e: number, except?: (h: Hit) => boolean): boolean {
  for (let i = firstFrom(sorted, s - LONGEST); i < sorted.length; i++) {
    const h = sorted[i];
    if (h === undefined || h.start >= e) return false;
    if (h.end > s && except?.(h) !== true) return true;
  }
  return false;
}

const byStart = (a: Hit, b: Hit): number => a.start - b.start;

/**
 * Organisation contacts: a role mailbox (data/struct-cues.ts) or another organisation's mailbox (isOrgMailbox) is
 * dropped; a phone number is dropped when such a mailbox or a contact-desk phrase ("Press Office", "Gabinete de
 * Prensa") sits within REACH characters of it, or a registration cue before it, and no person is named in between or
 * just before. A person's own number next to a desk stays: the person is named.
 */
export function dropOrgContacts(text: string, hits: Hit[]): void {
  if (!hits.some((h) => h.entity === 'EMAIL_ADDRESS' || h.entity === 'PHONE_NUMBER')) return;
  const persons = hits.filter((h) => h.entity === 'PERSON').sort(byStart);
  // A desk's word or registration mailbox that holds the name of a person named near it is that person's.
  // A role word at a domain spelling a named person's name is that freelancer's own (named-domains.ts).
  const isOrg = (h: Hit): boolean =>
    (isRoleMailbox(text.slice(h.start, h.end)) || (isOrgMailbox(text, h.start, h.end) && !namesNear(text, persons, h.start, h.end))) && !domainOfNamedPerson(text, persons, text.slice(h.start, h.end));
  const roles = hits.filter((h) => h.entity === 'EMAIL_ADDRESS' && isOrg(h)).sort(byStart);
  const phones = hits.some((h) => h.entity === 'PHONE_NUMBER');
  if (roles.length === 0 && !phones) return;
  let starts: number[] | null | undefined;
  const orgPhone = (h: Hit): boolean => {
    // The nearest role mailbox on either side within REACH; the stretch from it to the phone must name nobody.
    for (let i = firstFrom(roles, h.start - REACH - LONGEST); i < roles.length; i++) {
      const r = roles[i];
      if (r === undefined || r.start > h.end + REACH) break;
      const gap = r.start >= h.end ? r.start - h.end : h.start - r.end;
      // A caller's or the writer's number after the mailbox ("Forwarded from info@...: customer asks for a callback on 0561 ...").
      if (r.end <= h.start && callerBefore(text.slice(Math.max(r.end, h.start - CALLER_REACH), h.start))) continue;
      if (gap <= REACH && !anyIn(persons, Math.min(r.start, h.start) - 40, Math.max(r.end, h.end))) return true;
    }
    const from = Math.max(0, h.start - REACH);
    if (starts === undefined) starts = orgDeskStarts(text);
    const m = orgDeskIndex(text, from, h.start, starts);
    // The writer's own number or a private line after the desk phrase ("I work at the City Council, my number: 0113 ...",
    // "à la mairie, appelez-moi au 04 ...", "works in the press office; home 0161 ..."): the desk names the person's
    // employer, the number is theirs.
    if (m !== -1) {
      // What stands between the desk phrase and the number: a first-person word, a private line's label or a caller.
      const deskEnd = from + m + (orgDeskIn(text.slice(from + m, h.start))?.[0].length ?? 0);
      const between = text.slice(Math.max(deskEnd, h.start - CALLER_REACH), h.start);
      if (negatedDesk(text, from + m)) return false;
      return !anyIn(persons, from + m - 40, h.end, (p) => POSSESSOR.test(text.slice(p.end, from + m))) && !callerBefore(between);
    }
    // An event's registration line, then its labelled enquiries number ("iscrizioni su ..., informazioni 06..."): the
    // organiser's, unless a person is named there or the writer gives their own ("inscription : appelle-moi au 06...").
    // The enquiries label first: it reads the 30 characters before the phone, the cue search all REACH of them.
    if (!ENQUIRIES_BEFORE.test(text.slice(Math.max(from, h.start - 30), h.start))) return false;
    const cue = REGISTRATION_IN.exec(text.slice(from, h.start));
    return cue !== null && !FIRST_PERSON.test(text.slice(Math.max(from + cue.index, h.start - 40), h.start)) && !anyIn(persons, from + cue.index - 40, h.end);
  };
  const dropped = new Set<Hit>(roles);
  let kept = 0;
  for (const h of hits) if (!dropped.has(h) && !(h.entity === 'PHONE_NUMBER' && orgPhone(h))) hits[kept++] = h;
  hits.length = kept;
}
