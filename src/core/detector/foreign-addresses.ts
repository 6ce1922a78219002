import { COUNTRIES, LISTED_COUNTRIES } from './data/countries.js';
import type { Hit } from './hit.js';
import { digitRuns } from './runs.js';

/*
 * Addresses abroad written the way the writer copies them from a letter or a form: a street line with a house number,
 * then a postcode, a town and the country's name ("41 Ulica Lipowa, 33-300 Nowy Sącz, Poland", "Str. Lalelelor nr. 7,
 * bl. A2, ap. 14, 550123 Sibiu, Rumänien", "Rua das Flores 27, 4050-262 Porto, Portugal", "Atatürk Caddesi No: 45, 35220
 * Konak/İzmir, Turkije"). Migrant and seasonal workers' home addresses, a P45 sent abroad, a reference letter to Morocco:
 * the street rules of addresses.ts read the six languages' and the UK's street words, not "Ulica", "Strada", "Caddesi"
 * in every order people write them. The country's name closing the line (data/countries.ts, the six languages' names)
 * and a number in the comma-separated parts before the postcode tell an address line; the finding spans the postcode,
 * the town and the country (a street before them is kept as found by the street rules, if any). Whose address it is,
 * and whether a business's, is left to the filters and the address-evidence gate, as for every address.
 *
 * Speed: tried only at digit runs of a postcode's length (4-6 digits, or PL's 2-3 and PT's 4-3 with a dash), each with
 * a sticky pattern and a bounded look-back of BEFORE characters.
 */

const COUNTRY_NAMES: ReadonlySet<string> = new Set([
  ...Object.values(COUNTRIES).flatMap((l) => l.split('|')),
  ...Object.values(LISTED_COUNTRIES).flatMap((l) => [...l.pure.split('|'), ...l.givenToo.split('|')]),
]);

// The postcode (PL 33-300, PT 4050-262, or 4-6 digits), a town of up to four capitalised words or particles (a slash or
// a dash may join them: "Konak/İzmir", "Cluj-Napoca", "Frankfurt am Main"), an optional province in brackets, a comma, and up to four words for the country.
const POSTCODE_TOWN_COUNTRY =
  /(?:\d{2}-\d{3}|\d{4}-\d{3}|\d{4,6})\s{1,2}(\p{Lu}[\p{L}'’.]*(?:[ /-](?:\p{Lu}[\p{L}'’.]*|nad|pod|am|an|der|de|la|le|sur|sul|del)){0,3})(?:\s?\(\p{Lu}{2}\))?,\s{0,2}(\p{Lu}[\p{L}'’-]*(?: [\p{L}'’-]+){0,3})/uy;
// Before the postcode, on its line: a house number in one of the up to five comma-separated parts before it, and a
// comma right before the postcode ("41 Ulica Lipowa, ", "Str. Lalelelor nr. 7, bl. A2, sc. 1, ap. 14, ").
const NUMBERED_PARTS = /\d[^\n,]{0,40},(?:[^\n,]{1,30},){0,4}\s{0,2}$/u;
const BEFORE = 200;

/** Postcode, town and country after a numbered street line (see above), as STREET_ADDRESS hits. Linear. */
export function scanForeignAddresses(text: string, out: Hit[]): void {
  const runs = digitRuns(text);
  const starts: number[] = [];
  for (let i = 0; i < runs.count; i++) {
    const s = runs.start[i] ?? 0;
    const len = (runs.end[i] ?? 0) - s;
    if ((len === 2 || (len >= 4 && len <= 6)) && !/[\p{L}\d]/u.test(text.charAt(s - 1))) starts.push(s);
  }
  for (const s of starts) {
    POSTCODE_TOWN_COUNTRY.lastIndex = s;
    const m = POSTCODE_TOWN_COUNTRY.exec(text);
    if (m === null) continue;
    // The country: its whole run, or its first words (the sentence may go on: "Poland. Keep it short").
    const run = m[2] ?? '';
    const words = run.split(' ');
    let country = '';
    for (let k = words.length; k >= 1 && country === ''; k--) {
      const name = words.slice(0, k).join(' ');
      if (COUNTRY_NAMES.has(name.toLowerCase())) country = name;
    }
    if (country === '' || !NUMBERED_PARTS.test(text.slice(Math.max(0, s - BEFORE), s))) continue;
    const end = s + m[0].length - run.length + country.length;
    out.push({ entity: 'STREET_ADDRESS', dataClass: 'pii', start: s, end, score: 0.75, rule: 'address.postcode-town-country' });
  }
}

/**
 * A town read as a person's name inside such an address ("Nowy Sącz", "Konak"): the town's. Removed in place; true when
 * any was. Linear in the hits (the addresses are few).
 */
export function dropForeignTownNames(hits: Hit[]): boolean {
  const lines = hits.filter((h) => h.rule === 'address.postcode-town-country');
  if (lines.length === 0) return false;
  const before = hits.length;
  let kept = 0;
  for (const h of hits) if (!(h.entity === 'PERSON' && lines.some((a) => a.start <= h.start && h.end <= a.end))) hits[kept++] = h;
  hits.length = kept;
  return kept !== before;
}
