import { dropBranchLists } from './branch-lists.js';
import { dropBranchRows } from './branch-rows.js';
import { dropBrandNames } from './brands.js';
import { dropDocumentationValues } from './documentation-values.js';
import { dropForeignTownNames } from './foreign-addresses.js';
import type { Hit } from './hit.js';
import { dropLifeSpans } from './life-spans.js';
import { dropListingCopy } from './listing-copy.js';
import { dropNotablePeople } from './notable-people.js';
import { dropPastRecords } from './past-records.js';
import { dropPlaceNames } from './places.js';
import { dropTeamSignatures } from './team-signatures.js';
import { dropVesselNames } from './vessel-names.js';
import { dropTitleNames } from './work-titles.js';

/**
 * The accuracy filters that run after person-context.ts: places (places.ts), brands and UI labels (brands.ts) and long-dead
 * figures (life-spans.ts), ships (vessel-names.ts) read as names, famous people's full names (notable-people.ts), a business's branch list (branch-rows.ts, branch-lists.ts), teams signing a message (team-signatures.ts), and documentation values (documentation-values.ts). Before non-personal.ts, so
 * an organisation's phone next to a place ("centro antiveleni di Milano Niguarda 02 ...") is judged without the place's
 * PERSON hit in between.
 */
export function dropPlacesAndDocumentationValues(text: string, hits: Hit[]): void {
  if (hits.length === 0) return;
  dropBranchRows(text, hits);
  dropDocumentationValues(text, hits);
  // A record of the past (a parish register, an 1851 census): its people and their abodes then are long dead.
  const past = dropPastRecords(text, hits);
  if (hits.some((h) => h.entity === 'PERSON')) {
    // Each filter runs (no short-circuit); any drop may leave a lone name that was only paired with a dropped one.
    // A town inside an address abroad ("33-300 Nowy Sącz, Poland": foreign-addresses.ts) is no person either.
    const towns = dropForeignTownNames(hits);
    const places = dropPlaceNames(text, hits);
    const brands = dropBrandNames(text, hits);
    // A name inside a work's quoted title, and the same name as the work's character elsewhere (work-titles.ts).
    const titles = dropTitleNames(text, hits);
    const dead = dropLifeSpans(text, hits);
    const teams = dropTeamSignatures(text, hits);
    const ships = dropVesselNames(text, hits);
    // Last: a famous person's name goes only when no other finding is left in the text (notable-people.ts).
    const famous = dropNotablePeople(text, hits);
    if (past || towns || places || brands || titles || dead || teams || ships || famous) undoPairing(text, hits);
  }
  // After the places: a branch's name read as a person ("Leeds Central") is gone by then.
  dropBranchLists(text, hits);
  dropListingCopy(text, hits);
}

/**
 * names.ts raises lone listed words (0.45) to 0.6 when two different ones are in the text. When the hits that made the
 * pair were dropped here, the survivor goes back to 0.45 (as person-context.ts does for its own drops).
 */
function undoPairing(text: string, hits: Hit[]): void {
  const people = hits.filter((h) => h.entity === 'PERSON' && h.score >= 0.45);
  // Two different names (in lower case) keep the pair: the look stops at the second.
  const first = people[0] === undefined ? '' : text.slice(people[0].start, people[0].end).toLowerCase();
  if (people.some((h) => text.slice(h.start, h.end).toLowerCase() !== first)) return;
  for (const h of people) if (h.score === 0.6 && h.rule === 'person.gazetteer' && !/\s/.test(text.slice(h.start, h.end))) h.score = 0.45;
}
