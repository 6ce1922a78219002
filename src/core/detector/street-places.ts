import type { Hit } from './hit.js';
import { cueAlternation } from './languages.js';
import { alternation } from './data/struct-cues.js';
import { STREET_TYPES_BEFORE } from './data/places.js';

// A day of a month right after the address's number: "la tienda de la calle Fuencarral cierra el 24 de diciembre",
// "il negozio di via Garibaldi chiude il 24 dicembre": the number is a date, the street a place. The day may start a
// range of days ("el Camino Francés del 3 al 9 de mayo", "vom 3. bis 9. Mai", "dal 3 al 9 maggio").
const RANGE = '(?:\\s{1,3}(?:al|a|au|to|till|until|bis|tot|t/m|fino al|-|–)\\s{0,3}\\d{1,2}\\.?)?';
const MONTH_AFTER = new RegExp(`^\\.?${RANGE}\\s{1,3}(?:(?:de|di|of|du)\\s+)?(?:${cueAlternation('months')})(?![\\p{L}])`, 'iu');
// A number followed by a unit of time or distance inside the hit: "5 días en Andalucía en AVE" read as number + name +
// "Ave": a duration, not a house number. The same unit right after the hit's last number: "Camino de Santiago ... los
// últimos 100 km", "via Francigena per 40 km": a distance.
const UNITS =
  'days?|nights?|weeks?|hours?|minutes?|mins?|km|miles?|días|dias|noches|semanas|horas|minutos|tage?n?|nächte|wochen|stunden|minuten|jours?|nuits?|semaines?|heures?|giorni|notti|settimane|ore|minuti|dagen|nachten|weken|uur|minuten';
const UNIT_AFTER_NUMBER = new RegExp(`\\d\\s*(?:${UNITS})(?![\\p{L}])`, 'iu');
// After the hit only distances and days to years ("Garantie 3 ans", "Garantie 2 Jahre"): "via Roma 12 ore 15" is an
// address and a clock time.
const UNIT_AFTER = /^\s{0,2}(?:km|kilomet(?:er|re|ro|ri)s?|miles?|days?|nights?|weeks?|months?|years?|días|dias|noches|semanas|meses|años|tage?n?|nächte|wochen|monate?n?|jahre?n?|jours?|nuits?|semaines?|mois|ans|années|giorni|notti|settimane|mesi|anni|dagen|nachten|weken|maanden|jaar)(?![\p{L}])/iu;
// A clock time right after a hit that runs over a line break: a syslog timestamp ("called\nDec  1 22:10:05").
const CLOCK_AFTER = /^\s{1,3}\d{1,2}:\d{2}/;

// A street type right before a name hit ("place Amélie Raba-Léon", "Avda. Manuel Siurot", "via Giuseppe Verdi"), and
// after it the rest of an address: "s/n" (no number), or a postcode and a town (", 33000 Bordeaux", ", 1105 AZ
// Amsterdam"). "via Anna Schmidt, 06 ..." (nl/en "via": through) has no postcode and town and stays a person.
const TYPE_BEFORE = new RegExp(`(?<![\\p{L}])(?:${alternation(STREET_TYPES_BEFORE)})\\s{1,2}$`, 'iu');
const ADDRESS_AFTER = /^(?:\s{1,2}s\/n|\s*,\s*(?:\d{1,4}[a-z]?\s*,\s*)?(?:[A-Z]{1,2}-)?(?:\d{5}|\d{4}(?:\s?[A-Z]{2})?)\s+\p{Lu})/u;

/**
 * Street-address hits that are a place or a date, not anyone's address, removed in place: a street whose "house
 * number" is the day of a month (or the first day of a range) that follows it, a distance or duration read as a house
 * number or as a number and a street type, and a hit run across a log line break into the next line's date and clock
 * time; and a name hit that is a street's name, after its street type and before the rest of its address.
 */
export function dropStreetPlaces(text: string, hits: Hit[]): void {
  let kept = 0;
  for (const h of hits) {
    let drop = false;
    if (h.entity === 'PERSON')
      drop = TYPE_BEFORE.test(text.slice(Math.max(0, h.start - 14), h.start)) && ADDRESS_AFTER.test(text.slice(h.end, h.end + 24));
    if (h.entity === 'STREET_ADDRESS') {
      const value = text.slice(h.start, h.end);
      const after = text.slice(h.end, h.end + 24);
      drop =
        (/\d$/.test(value) && (MONTH_AFTER.test(after) || UNIT_AFTER.test(after))) ||
        UNIT_AFTER_NUMBER.test(value) ||
        (value.includes('\n') && CLOCK_AFTER.test(after));
    }
    if (!drop) hits[kept++] = h;
  }
  hits.length = kept;
}
