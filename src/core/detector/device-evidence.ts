import { DEVICE_OWNER_WORDS } from './data/device-owner-words.js';
import { hasHealthWords, hasTiedHealthAbbreviation } from './health-context.js';
import { hasPrivateWords } from './private-evidence.js';
import { foldText as fold, stemPhrase as phrase } from './evidence-text.js';

/*
 * The device-evidence gate, the sibling of the name, address and birth-date gates (private-evidence.ts,
 * address-evidence.ts, birth-evidence.ts). A MAC address, a VIN or a device's serial number identifies a machine; it is a
 * person's data when the text ties the machine to a person (CJEU C-319/22 Scania for VINs; WP29 opinion 13/2011 for
 * Wi-Fi identifiers): an owner, a keeper or driver, a user, an employee or customer it is assigned to, a patient's
 * implant, the writer's own device. Requests whose only findings are such identifiers were, on the held-out sets, a
 * NAS's serial in a backup plan, gateways' MACs in a reboot log, decoded and test VINs; sensitive requests that hold one
 * also held the person (a name, a date of birth, a phone) and so are not this gate's. So when every finding of a request
 * is a MAC_ADDRESS, VIN or DEVICE_SERIAL and none has a person tied to it near it, the identifiers are dropped.
 * device-macs.ts and vin-owners.ts already score MACs and VINs with no owner word in their text below the threshold
 * (per text, in detect); this gate is the request-level check, and the only one for serial numbers.
 *
 * Evidence for one identifier (in the string it was found in, 200 characters before it and 120 after):
 *  - an owner word of data/device-owner-words.ts: "owner", "Fahrzeughalter", "conducteur", "empleado", "toegewezen
 *    aan", "paziente", a first-person singular possessive ("my laptop", "mein Auto", "mon téléphone");
 *  - a word of private life (private-evidence.ts: HR, case, care words) or a health fact (health-context.ts).
 *
 * What it cannot see (for a compliance reader). The gate runs only in classify(), on a whole request, and only when every
 * finding is one of those identifiers; any other finding keeps them all. Within such a request these private
 * identifiers lose their flag, and the request is classed "none":
 *  - an identifier whose person is told in a word the data does not list, or further than the window, or in another
 *    message ("Which laptop did Anna get?" then, in the next message, "serial 5CD1234XYZ");
 *  - a firm's device given to a person named only by a role the data does not list ("the night nurse's pager, serial
 *    ..."), and a business's own kit said with "our" ("our van, VIN ..."), which is taken as the firm's;
 *  - a cue in a language other than en, de, fr, es, nl, it.
 * And it keeps machine identifiers that stand next to such a word, which stay flagged as before ("the user manual lists
 * serial ...", "customer demo unit, MAC ...").
 * detect() is not gated: its callers still see and redact every identifier; only the request's class changes.
 *
 * Speed: per identifier, one pass over a window of 320 characters; the gate runs only on a request whose findings are
 * all such identifiers.
 */

const OWNER = new RegExp(
  `(?<![\\p{L}])(?:${[...new Set(Object.values(DEVICE_OWNER_WORDS).flat().map(phrase))].sort((a, b) => b.length - a.length).join('|')})(?![\\p{L}])`,
  'u',
);

const BEFORE = 200;
const AFTER = 120;
const DEVICE_IDS: ReadonlySet<string> = new Set(['MAC_ADDRESS', 'VIN', 'DEVICE_SERIAL']);

/** The kind of evidence of a person tied to the identifier at start..end of `text` (see above), if any. */
export function deviceEvidenceFor(text: string, start: number, end: number): string | undefined {
  const near = `${text.slice(Math.max(0, start - BEFORE), start)} … ${text.slice(end, end + AFTER)}`;
  if (OWNER.test(fold(near))) return 'owner';
  if (hasPrivateWords(near)) return 'private';
  if (hasHealthWords(near) || hasTiedHealthAbbreviation(near)) return 'health';
  return undefined;
}

interface DeviceFinding {
  entity: string;
  rule: string;
  path: string;
  start: number;
  end: number;
}

/**
 * The gate (see above), on a whole request: when every finding is a MAC address, a VIN or a device serial and none has a
 * person tied to it near it, every finding is removed, in place. `leaves`: the request's strings by path. A finding the
 * gate cannot place in a string (a seam between two strings, a JSON key's reading of a whole value) keeps them all.
 */
export function dropUntiedDeviceIds(findings: DeviceFinding[], leaves: readonly { text: string; path: string }[]): void {
  if (findings.length === 0 || !findings.every((f) => DEVICE_IDS.has(f.entity))) return;
  const byPath = new Map<string, string>();
  for (const l of leaves) byPath.set(l.path, l.text);
  for (const f of findings) {
    const text = byPath.get(f.path);
    if (text === undefined || f.rule.startsWith('json-key.') || deviceEvidenceFor(text, f.start, f.end) !== undefined) return;
  }
  findings.length = 0;
}
