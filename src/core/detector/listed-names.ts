import { COMMUNITY_GIVEN_NAMES, COMMUNITY_SURNAMES, NICKNAMES } from './data/community-names.js';
import { EUROPEAN_NAMES } from './data/european-names.js';
import { EUROPEAN_SURNAMES } from './data/european-surnames.js';
import { INTERNATIONAL_NAMES } from './data/international-names.js';
import { TOP_GIVEN_NAMES } from './data/top-given-names.js';
import { WELL_KNOWN_NAMES } from './data/well-known-names.js';

/**
 * Every listed first name, lower case: redact-pii's US names, the small international list and faker-js's European
 * given names (see data/NOTICE.md), and frequent names from national statistics offices' rankings (data/top-given-names.ts).
 * Built once and shared by the name scanner (names.ts) and the kin-name scanner (kin-names.ts), which each built their
 * own copy of the same ~20k-entry set. Nicknames and names of other communities' people: data/community-names.ts.
 */
export const LISTED_FIRST_NAMES: ReadonlySet<string> = new Set(`${WELL_KNOWN_NAMES} ${INTERNATIONAL_NAMES} ${EUROPEAN_NAMES} ${TOP_GIVEN_NAMES} ${NICKNAMES} ${COMMUNITY_GIVEN_NAMES}`.split(' ').filter((w) => w !== ''));

/**
 * Every listed surname, lower case (data/european-surnames.ts, data/community-names.ts). Built once and shared by the name scanner (names.ts), the
 * organisation readers (org-names.ts, org-contacts.ts) and person-context.ts, which each built their own copy.
 */
export const LISTED_SURNAMES: ReadonlySet<string> = new Set(`${EUROPEAN_SURNAMES} ${COMMUNITY_SURNAMES}`.split(' ').filter((w) => w !== ''));

/** True when a word of `value` is a listed given name or surname ("Ffion Gwyther", "DA COSTA Maria"). */
export function hasListedNameWord(value: string): boolean {
  for (const w of value.toLowerCase().split(/[\s.-]+/u)) if (LISTED_FIRST_NAMES.has(w) || LISTED_SURNAMES.has(w)) return true;
  return false;
}
