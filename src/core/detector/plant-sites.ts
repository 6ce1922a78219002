import { NOT_PLANT_NAMES, PLANTS } from './data/org-words.js';
import { alternation } from './data/struct-cues.js';

/**
 * Whether the clause text[from, to) right before an address names an industrial site (data/org-words.ts PLANTS): the
 * site's noun, then a capitalised name of at most five words ("stabilimento Ferrari", "planta SEAT de Martorell",
 * "Gigafactory Berlin-Brandenburg", "Werk München"), then a separator, right before the address or its street line ("BMW Werk München, Petuelring 130"). The address is the
 * plant's (a delivery's or a visit's destination), not a person's home. Without a capitalised name ("the plant, 4
 * Mill Lane", "la fábrica de mi padre, calle ...") the noun names no one's site.
 */
const PLANT_BEFORE = new RegExp(`(?<![\\p{L}])(?:${alternation(PLANTS)})\\s+((?:(?:de|di|del|della|du|of|van|von)\\s+)?[\\p{L}\\p{N}][\\p{L}\\p{N}&'’.-]*(?:\\s+[\\p{L}\\p{N}&'’.-]+){0,4})\\s*[,(:–-]\\s*(?:\\p{Lu}[^,;:!?\\n()]{0,40})?$`, 'iu');
// A plant's noun right before a name: the name is the company's or the site's ("stabilimento Ferrari", "planta SEAT").
const PLANT_RIGHT_BEFORE = new RegExp(`(?<![\\p{L}])(?:${alternation(PLANTS)})\\s+$`, 'iu');
const CAPITAL = /^\p{Lu}/u;
const NOT_NAMES = new Set(NOT_PLANT_NAMES);
const REACH = 80;

export function namesPlant(text: string, from: number, to: number): boolean {
  return plantNounAt(text, from, to) !== -1;
}

/**
 * Where the plant's noun that names the site of an address at `to` starts (see namesPlant), or -1. The words before it
 * speak of a delivery or a visit to the plant ("consegna allo stabilimento Ferrari", "entrega en la planta SEAT"), not
 * of a private address.
 */
export function plantNounAt(text: string, from: number, to: number): number {
  const lo = Math.max(from, to - REACH);
  const m = PLANT_BEFORE.exec(text.slice(lo, to));
  if (m === null) return -1;
  const name = (m[1] ?? '').replace(/^(?:de|di|del|della|du|of|van|von)\s+/iu, '');
  return CAPITAL.test(name) && !NOT_NAMES.has((/^\p{L}+/u.exec(name)?.[0] ?? '').toLowerCase()) ? lo + m.index : -1;
}

/** Whether the name that starts at `at` comes right after a plant's noun: the company's or the site's, owning nothing near it. */
export function plantNamedFor(text: string, at: number): boolean {
  return PLANT_RIGHT_BEFORE.test(text.slice(Math.max(0, at - 32), at));
}
