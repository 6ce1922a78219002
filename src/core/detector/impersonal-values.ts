import { dropCompanyAddresses } from './company-addresses.js';
import { dropFictionalPhones } from './fictional-phones.js';
import type { Hit } from './hit.js';
import { dropPlaceholderRecords } from './placeholder-records.js';
import { dropPlaceholderValues } from './placeholders.js';
import { dropPublicAddresses } from './public-addresses.js';
import { dropStreetPlaces } from './street-places.js';
import { dropTemplatePhones } from './template-phones.js';
import { dropOwnerlessVins } from './vin-owners.js';

/**
 * Hits that are nobody's personal data, removed in place after the other filters: documentation keys and test-fixture
 * values (placeholders.ts; placeholder people split over a record's name keys, placeholder-records.ts), typed and fictional-range phone numbers (fictional-phones.ts), an organisation's own letterhead address and register numbers (company-addresses.ts),
 * streets named as places and dates read as house numbers (street-places.ts), a template's sender line (template-phones.ts), addresses of public places and businesses
 * and their listed phones (public-addresses.ts), and a VIN with no keeper in the text (vin-owners.ts).
 */
export function dropImpersonalValues(text: string, hits: Hit[]): void {
  if (hits.length === 0) return;
  dropPlaceholderRecords(text, hits);
  dropPlaceholderValues(text, hits);
  // After the placeholder people are gone: "John Smith, 01632 960 123" names no one.
  dropFictionalPhones(text, hits);
  dropCompanyAddresses(text, hits);
  dropStreetPlaces(text, hits);
  dropTemplatePhones(text, hits);
  dropPublicAddresses(text, hits);
  // Last: a VIN's keeper is any personal value the filters above left.
  dropOwnerlessVins(text, hits);
}
