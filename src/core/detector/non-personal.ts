import { dropDeviceMacs } from './device-macs.js';
import type { Hit } from './hit.js';
import { dropVersionQuads } from './ip-context.js';
import { dropLedgerAccounts } from './ledger.js';
import { dropTimestampAddresses } from './log-lines.js';
import { dropOrgContacts } from './org-contacts.js';
import { dropServiceNumbers } from './service-numbers.js';
import { dropSpecimens } from './specimens.js';

/**
 * Structured hits that are nobody's data, removed in place: published specimens and documentation values, an
 * organisation's role mailboxes and desk phones, service numbers (service-numbers.ts), four-part versions, ledger
 * accounts, log timestamps read as house numbers, devices' MAC addresses. Runs on all hits (PERSON hits are read, never removed here).
 */
export function dropNonPersonalValues(text: string, hits: Hit[]): void {
  if (hits.length === 0) return;
  dropSpecimens(text, hits);
  dropOrgContacts(text, hits);
  dropServiceNumbers(text, hits); // freephone, premium, corporate and 116 numbers, and their lines from abroad
  dropVersionQuads(text, hits);
  dropLedgerAccounts(text, hits);
  dropTimestampAddresses(text, hits);
  // Last: a device's MAC is judged by what personal data the other filters left in the text (device-macs.ts).
  dropDeviceMacs(text, hits);
}
