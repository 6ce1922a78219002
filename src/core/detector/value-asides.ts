/**
 * What a short aside right after an address, phone or document number says it is. A value called made up: "Bahnhofsplatz 3, 20095 Hamburg (Beispieladresse für den
 * Entwurf)", "plaza Mayor 1 (dirección de maqueta)", "Dorpsstraat 1 (mock-up adres)", "0800 000 000 (example number)".
 * The writer says the address or phone is a mock-up's or an example's, so it is nobody's. Only the aside right after
 * the value counts (brackets, or a dash on its line), and "for example" and its kin in it do not: "12 Elm Road (for
 * example the blue door)" speaks of a real place. A phone called an organisation's desk or line ("020 ... (main
 * switchboard)", "(Zentrale)", "(centralita)", "(receptie)"): no private person has a switchboard.
 */
import { ASIDE_DENIALS, FOR_EXAMPLE, MOCK_WORDS } from './data/public-venues.js';
import type { Hit } from './hit.js';
import { orgDeskIn } from './org-contacts.js';

const escape = (w: string): string => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+');
const words = [...new Set(Object.values(MOCK_WORDS).flat())].sort((a, b) => b.length - a.length);
const whole = words.filter((w) => !w.endsWith('*')).map(escape);
const heads = words.filter((w) => w.endsWith('*')).map((w) => escape(w.slice(0, -1)));
const MOCK_BODY = `(?:(?:${whole.join('|')})(?![\\p{L}])|(?:${heads.join('|')})\\p{L}*)`;
const MOCK = new RegExp(`(?<![\\p{L}])${MOCK_BODY}`, 'iu');
const FOR_EXAMPLE_RE = new RegExp(`(?<![\\p{L}])(?:${[...new Set(Object.values(FOR_EXAMPLE).flat())].map(escape).join('|')})(?![\\p{L}])`, 'giu');
// A denial and up to two words (an article, a noun: "not the", "no la dirección") before a mock word: the aside says
// the value is not the made-up one ("14 Elm Road (not the example address)"), so that mock word does not count.
const DENIED_MOCK = new RegExp(
  `(?<![\\p{L}'’])(?:${[...new Set(Object.values(ASIDE_DENIALS).flat())].map(escape).join('|')})(?:[^\\S\\n]+[\\p{L}'’]+){0,2}?[^\\S\\n]+${MOCK_BODY}`,
  'giu',
);
// The aside, a label without digits (another value in it is another matter: "(switchboard 020 ...)"): a bracketed note of up to ASIDE characters on the value's line, or a dash and a note to its line's or
// sentence's end, within two spaces (or a comma) of the value.
const ASIDE = 48;
const BRACKETED = new RegExp(`^[^\\S\\n]{0,2}[([]([^()[\\]\\n\\d]{1,${ASIDE}})[)\\]]`, 'u');
const DASHED = new RegExp(`^,?[^\\S\\n]{1,2}[—–-][^\\S\\n]+([^\\n.;!?()\\d]{1,${ASIDE}})(?![^\\n.;!?(]*\\d)`, 'u');
// Values a mock-up lists: an address (with a postcode read apart before the aside) and a phone; and the document and
// account numbers a training slide or a form's guide shows with their issuer's example ("driving licence ... (DVLA
// example)", "Steuer-ID ... (Musterwert)", "IBAN ... (exemple)").
const MOCKABLE = new Set(['UK_NHS_NUMBER', 'MEDICAL_RECORD_NUMBER', 'STREET_ADDRESS', 'ZIP_CODE', 'PHONE_NUMBER', 'DRIVER_LICENSE', 'PASSPORT', 'NATIONAL_ID', 'TAX_ID', 'DE_STEUER_ID', 'ES_DNI_NIE', 'FR_NIR', 'IT_CODICE_FISCALE', 'NL_BSN', 'UK_NINO', 'US_SSN', 'US_ITIN', 'IBAN_CODE', 'BANK_ACCOUNT', 'VIN']);
// Of those, the ones an address's postcode and town may follow before the aside.
const ADDRESS_PARTS = new Set(['STREET_ADDRESS', 'ZIP_CODE']);
// The rest of an address line the hit may leave out before the aside or the address's next part: its postcode and
// town ("18 Mill Lane, Ely CB7 4DQ", "9 rue des Tanneurs, 67000 Strasbourg"), up to four such words.
const LINE_REST = /^(?:,?[^\S\n]*(?:[A-Z]{1,2}\d[A-Z\d]?[^\S\n]?\d[A-Z]{2}|\d{4,5}(?:[^\S\n]?[A-Z]{2}(?![\p{L}]))?|\p{Lu}[\p{L}'’.-]*)){0,4}/u;
const REST_REACH = 40;
const restOfLine = (text: string, at: number): number => at + (LINE_REST.exec(text.slice(at, at + REST_REACH))?.[0].length ?? 0);

/** What the aside right after `h` calls it: 'mock' (made up), 'desk' (an organisation's line), or none. */
function asideSays(text: string, h: Hit): 'mock' | 'desk' | undefined {
  const from = ADDRESS_PARTS.has(h.entity) ? restOfLine(text, h.end) : h.end;
  const after = text.slice(from, from + ASIDE + 8);
  const m = BRACKETED.exec(after) ?? DASHED.exec(after);
  if (m === null || m[1] === undefined) return undefined;
  if (MOCK.test(m[1].replace(FOR_EXAMPLE_RE, ' ').replace(DENIED_MOCK, ' '))) return 'mock';
  return h.entity === 'PHONE_NUMBER' && orgDeskIn(m[1]) !== null ? 'desk' : undefined;
}

/**
 * Removes, in place, the addresses and phones a short aside right after them calls made up (or a desk's line), with the address parts joined to them.
 * `privateBefore(at)`: whether a private word stands right before `at`.
 */
export function dropAsideValues(text: string, hits: Hit[], privateBefore: (at: number) => boolean): void {
  const values = hits.filter((h) => MOCKABLE.has(h.entity) && h.score >= 0.5).sort((a, b) => b.start - a.start);
  if (values.length === 0) return;
  const drop = new Set<Hit>();
  let next: Hit | undefined;
  for (const h of values) {
    // The part of the same address right after it (a street, then its postcode) goes with a dropped part.
    const joined = next !== undefined && drop.has(next) && ADDRESS_PARTS.has(h.entity) && ADDRESS_PARTS.has(next.entity) && next.start >= h.end && restOfLine(text, h.end) >= next.start;
    // The writer calling the value made up settles it; a desk's line is not the writer's own number ("my mobile
    // 07700 ... (switchboard)" keeps it: a private word right before the phone).
    const says = joined ? 'mock' : asideSays(text, h);
    if (says === 'mock' || (says === 'desk' && !privateBefore(h.start))) drop.add(h);
    next = h;
  }
  if (drop.size === 0) return;
  let kept = 0;
  for (const h of hits) if (!drop.has(h)) hits[kept++] = h;
  hits.length = kept;
}
