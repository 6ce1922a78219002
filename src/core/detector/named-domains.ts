import type { Hit } from './hit.js';
import { AFTER_NAME_ONLY } from './data/public-venues.js';
import { LISTED_FIRST_NAMES } from './listed-names.js';

/*
 * A freelancer's or sole trader's own address on their own name's domain ("contact@camillerenaud-design.fr",
 * "hallo@evertvandermeer.nl", "info@martinadeluca.design"): the mailbox word is a role's, the domain is the person's
 * name, so the address (and the mobile beside it) is a private person's, not an organisation's desk. Read only when
 * the text names that person: the domain must hold both their first and their last name, and the first is a listed
 * given name and the last four letters or more (a company read as a name, "Tarrant Eng." at tarrant-eng.co.uk, is no
 * person's domain).
 */

// Folded to unaccented lower-case letters: "Traoré" -> "traore", "De Luca" -> "de", "luca".
const fold = (s: string): string => s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase();
const AFTER_ONLY: ReadonlySet<string> = new Set(AFTER_NAME_ONLY);
// How many person hits are compared (a long list names many people; the first ones suffice for a signature).
const MAX_PERSONS = 24;

/** The letters of the domain of an e-mail address, folded ("Contact@Camille-Renaud.fr" -> "camillerenaudfr"). */
function domainLetters(email: string): string {
  const at = email.lastIndexOf('@');
  return at === -1 ? '' : fold(email.slice(at + 1)).replace(/[^a-z]/g, '');
}

/** Whether the domain of `email` spells the first and last name of a person named in the text (`persons`). */
export function domainOfNamedPerson(text: string, persons: readonly Hit[], email: string): boolean {
  const domain = domainLetters(email);
  if (domain.length < 6) return false;
  for (let i = 0; i < persons.length && i < MAX_PERSONS; i++) {
    const p = persons[i];
    if (p === undefined || p.end - p.start > 60) continue;
    // Words of letters only, titles ("Dra.", "Mr") aside: a word followed by a dot is a title or an initial.
    const words = fold(text.slice(p.start, p.end))
      .split(/\s+/)
      .filter((w) => /^[a-z'’-]{3,}$/.test(w))
      .map((w) => w.replace(/['’-]/g, ''));
    const first = words[0];
    const last = words[words.length - 1];
    // A name that ends in a noun naming a place after its name is the organisation's ("Blackstone Chambers" at
    // blackstonechambers.com), whatever list its first word is on.
    if (last !== undefined && AFTER_ONLY.has(last)) continue;
    if (words.length >= 2 && first !== undefined && last !== undefined && LISTED_FIRST_NAMES.has(first) && last.length >= 4 && domain.includes(first) && domain.includes(last)) return true;
  }
  return false;
}
