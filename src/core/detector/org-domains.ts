import { AFTER_NAME_ONLY } from './data/public-venues.js';
import type { Hit } from './hit.js';
import { localKind } from './org-contacts.js';

/*
 * An organisation named by the domain of its own mailbox: a firm's contact block names the firm, then its address,
 * phone and mailbox at the firm's domain ("Gide Loyrette Nouel, 15 rue de Laborde, 75008 Paris, ..., info@gide.com",
 * "Garrigues, Calle de Hermosilla 3, ..., info@garrigues.com", "Gleiss Lutz: Lautenschlagerstraße 21, ...,
 * stuttgart@gleisslutz.com"). The name the domain spells is the mailbox's owner; a mailbox whose local part reads as a
 * person's ("anna.berg@", "jsmith@") is that person's, whatever its domain, and is no evidence here.
 */

// Lower-case letters only, accents removed ("Brick Court" -> "brickcourt", "Müller" -> "muller").
const letters = (s: string): string => s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[^a-z]/g, '');
// Second-level labels under a country code that are no one's name ("brickcourt.co.uk", "example.com.es").
const GENERIC_SECOND = new Set(['co', 'com', 'org', 'net', 'gov', 'ac', 'gob', 'gouv', 'edu', 'ltd', 'plc']);
// A domain's name shorter than this spells too many words by chance ("ab", "eon").
const MIN_NAME = 4;
// How many capitalised words a firm's name may have ("De Brauw Blackstone Westbroek").
const MAX_WORDS = 6;
const MAILBOX = /[\p{L}\p{N}._%+-]+@([\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)+)/gu;
const CAPITALISED = /\p{Lu}[\p{L}'’]*/gu;

/** The name a domain spells: the label before its suffix, letters only ("brickcourt.co.uk" -> "brickcourt"), or ''. */
export function domainName(domain: string): string {
  const labels = domain.toLowerCase().split('.');
  labels.pop();
  if (labels.length >= 2 && GENERIC_SECOND.has(labels[labels.length - 1] ?? '')) labels.pop();
  const name = letters(labels[labels.length - 1] ?? '');
  return name.length >= MIN_NAME ? name : '';
}

/**
 * The names spelled by the domains of text[from, to)'s mailboxes whose local part is no person's (a desk's word,
 * "info", "clerks", a town: localKind is not 'person').
 */
export function deskDomainsIn(text: string, from: number, to: number): Set<string> {
  const names = new Set<string>();
  const window = text.slice(from, to);
  MAILBOX.lastIndex = 0;
  for (let m = MAILBOX.exec(window); m !== null; m = MAILBOX.exec(window)) {
    const local = m[0].slice(0, m[0].indexOf('@'));
    const name = domainName(m[1] ?? '');
    if (name !== '' && localKind(local) !== 'person') names.add(name);
  }
  return names;
}

/**
 * Whether capitalised words in text[from, to), one to MAX_WORDS of them in a row, spell one of `names` ("Gide" in "Gide
 * Loyrette Nouel" for "gide", "De Brauw" for "debrauw", "Brick Court" for "brickcourt").
 */
export function spellsDomainName(text: string, from: number, to: number, names: ReadonlySet<string>): boolean {
  if (names.size === 0) return false;
  const window = text.slice(from, to);
  const words: { start: number; end: number; letters: string }[] = [];
  CAPITALISED.lastIndex = 0;
  for (let m = CAPITALISED.exec(window); m !== null; m = CAPITALISED.exec(window)) words.push({ start: m.index, end: m.index + m[0].length, letters: letters(m[0]) });
  for (let i = 0; i < words.length; i++) {
    let spelled = '';
    for (let j = i; j < words.length && j < i + MAX_WORDS; j++) {
      // Words in a row: only spaces between them.
      if (j > i && window.slice(words[j - 1]?.end ?? 0, words[j]?.start ?? 0).trim() !== '') break;
      spelled += words[j]?.letters ?? '';
      if (names.has(spelled)) return true;
    }
  }
  return false;
}

const AFTER_ONLY = new Set(AFTER_NAME_ONLY);

/**
 * Whether a name hit is an organisation's name that its desk mailbox's domain spells whole, and that ends in a noun
 * naming a place after its name ("Blackstone Chambers" at clerks@blackstonechambers.com): the noun decides, as in
 * named-domains.ts, since the name lists hold surnames too ("blackstone").
 */
export function isDomainNamedOrg(text: string, h: Hit, names: ReadonlySet<string>): boolean {
  const span = text.slice(h.start, h.end);
  const words = span.split(/\s+/u);
  return words.length >= 2 && AFTER_ONLY.has(words[words.length - 1]?.toLowerCase() ?? '') && names.has(letters(span));
}
