import type { Hit } from './hit.js';
import { cueAlternation } from './languages.js';

// A day of a month right after the address's number: "la tienda de la calle Fuencarral cierra el 24 de diciembre",
// "il negozio di via Garibaldi chiude il 24 dicembre": the number is a date, the street a place.
const MONTH_AFTER = new RegExp(`^\\.?\\s{1,3}(?:(?:de|di|of|du)\\s+)?(?:${cueAlternation('months')})(?![\\p{L}])`, 'iu');
// A number followed by a unit of time or distance inside the hit: "5 días en Andalucía en AVE" read as number + name +
// "Ave": a duration, not a house number.
const UNIT_AFTER_NUMBER =
  /\d\s*(?:days?|nights?|weeks?|hours?|minutes?|mins?|km|miles?|días|dias|noches|semanas|horas|minutos|tage?n?|nächte|wochen|stunden|minuten|jours?|nuits?|semaines?|heures?|giorni|notti|settimane|ore|minuti|dagen|nachten|weken|uur|minuten)(?![\p{L}])/iu;
// A clock time right after a hit that runs over a line break: a syslog timestamp ("called\nDec  1 22:10:05").
const CLOCK_AFTER = /^\s{1,3}\d{1,2}:\d{2}/;

/**
 * Street-address hits that are a place or a date, not anyone's address, removed in place: a street whose "house
 * number" is the day of a month that follows it, a duration read as a number and a street type, and a hit run across a
 * log line break into the next line's date and clock time.
 */
export function dropStreetPlaces(text: string, hits: Hit[]): void {
  let kept = 0;
  for (const h of hits) {
    let drop = false;
    if (h.entity === 'STREET_ADDRESS') {
      const value = text.slice(h.start, h.end);
      const after = text.slice(h.end, h.end + 24);
      drop =
        (/\d$/.test(value) && MONTH_AFTER.test(after)) ||
        UNIT_AFTER_NUMBER.test(value) ||
        (value.includes('\n') && CLOCK_AFTER.test(after));
    }
    if (!drop) hits[kept++] = h;
  }
  hits.length = kept;
}
