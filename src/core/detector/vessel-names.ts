import { VESSEL_NOUNS, VESSEL_PREFIXES } from './data/vessel-words.js';
import type { Hit } from './hit.js';
import { LastWordGate } from './word-gate.js';

/*
 * A ship's name read as a person's: followed by its IMO or MMSI number ("Queen Mary 2, IMO 9241061", "Ever Given (IMO
 * 9811000)"), after a ship prefix ("MSC Irina", "RMS Queen Mary", "MV Anna Knudsen"), or right after a ship noun ("the
 * liner Queen Mary", "das Schiff Anna Maria", "la nave Amerigo Vespucci"). Ships are named after people; the ship is no
 * one. A person next to a ship ("Captain Anna Berg, master of the MV Dali") keeps the name: only the name itself is read.
 */

const escape = (w: string): string => w.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
// Within 40 characters after the name: a class number ("Queen Mary 2"), then the IMO or MMSI number.
const SHIP_NUMBER_AFTER = /^ ?(?:\d{1,2} ?)?(?:, ?|\( ?| | - )(?:IMO|MMSI)(?: ?(?:no\.?|nr\.?|n°|number|nummer|numéro|número|numero))? ?:? ?\d{7,9}(?!\d)/;
const PREFIXES = VESSEL_PREFIXES.map(escape).join('|');
const PREFIX_BEFORE = new RegExp(`(?<![\\p{L}/])(?:${PREFIXES}) $`, 'u');
const PREFIX_IN = new RegExp(`^(?:${PREFIXES}) `, 'u');
const NOUNS = [...new Set(Object.values(VESSEL_NOUNS).flat())].map(escape).join('|');
// One space, not a line break: "…;VW ID.Buzz Cargo\nAndrea Lenz;…" ends a row with a van, the next row is a driver.
const NOUN_BEFORE = new RegExp(`(?<![\\p{L}-])(?:${NOUNS}) $`, 'iu');
// A capitalised noun the name scan took in with the name ("Schiff Anna Maria").
const NOUN_IN = new RegExp(`^(?:${NOUNS}) `, 'iu');

// Speed: PREFIX_BEFORE and NOUN_BEFORE are anchored at their window's end only (each run tries every start of it): they
// run only when the window's last word, before its one space, can end a prefix or a noun (LastWordGate; the prefixes,
// matched in their case, are read back in lower case: a wider test).
const SHIP_GATE = new LastWordGate([...VESSEL_PREFIXES.map((w) => w.toLowerCase()), ...Object.values(VESSEL_NOUNS).flat()], 'space');
/** Whether a ship prefix or noun ends right before `at`, one space between (PREFIX_BEFORE, NOUN_BEFORE); `reference`: the patterns alone. */
export function shipWordBefore(text: string, at: number, reference = false): boolean {
  const lo = Math.max(0, at - 24);
  if (!reference && !SHIP_GATE.mayEnd(text, lo, at)) return false;
  const before = text.slice(lo, at);
  return PREFIX_BEFORE.test(before) || NOUN_BEFORE.test(before);
}

/** Whether the PERSON hit `h` is a ship's name (see above). */
function isShipName(text: string, h: Hit): boolean {
  const name = text.slice(h.start, h.end);
  if (PREFIX_IN.test(name) || NOUN_IN.test(name)) return true;
  return shipWordBefore(text, h.start) || SHIP_NUMBER_AFTER.test(text.slice(h.end, h.end + 40));
}

/** Ships' names read as people's, removed in place; true when one was. */
export function dropVesselNames(text: string, hits: Hit[]): boolean {
  let kept = 0;
  for (const h of hits) if (!(h.entity === 'PERSON' && isShipName(text, h))) hits[kept++] = h;
  const dropped = kept < hits.length;
  hits.length = kept;
  return dropped;
}
