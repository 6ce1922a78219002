import type { Hit } from './hit.js';

const SUFFIX = 'street|st|avenue|ave|road|rd|boulevard|blvd|lane|ln|drive|dr|terrace|parkway|pkwy|highway|hwy|str|crescent|court|alley|plaza';
// "12 Main Street", "1987 74 Diakou Street", "251 Charilaou Trikoupi Str."
const NUMBER_FIRST = new RegExp(`\\b\\d{1,6}[A-Za-z]?(?:\\s+\\d{1,5})?\\s+(?:[\\p{L}][\\p{L}'’.-]*\\s+){1,4}(?:${SUFFIX})\\b\\.?`, 'giu');
// "Søndergade 52", "Kiannonkatu 98", "Brucker Bundesstrasse 31": street-type endings common across Europe (found from the ending, then widened to the word).
const NAME_FIRST = /(?:gade|gatan|gata|katu|vej|weg|straße|strasse|straat|laan|steenweg|plein|gasse|utca|tie|vägen|väg|veien|allee|platz|damm|ulica|sokak|caddesi)\s+\d{1,5}[a-z]?(?![\p{L}\p{N}])/giu;
const LETTER = /[\p{L}'’-]/u;
// "Via Pisanelli 89", "Rua do Arenque 1634", "ul. Karpacka 69", "Calle Mayor 5"
const TYPE_FIRST = /\b(?:via|viale|rua|calle|avenida|avda\.|rue|ul\.|ulica|trg|piazza|strada|carrer|camino|travessa|largo)\s+(?:[\p{L}][\p{L}'’.-]*\s+){1,4}\d{1,5}[a-z]?(?![\p{L}\p{N}])/giu;
const UNIT = /\b(?:suite|ste\.|apt\.?|apartment)\s*#?\s*\d{1,5}[A-Za-z]?\b/gi;
const PO_BOX = /\b(?:p\.?\s?o\.?\s?box|post office box)\s*#?\s*\d{1,6}\b/gi;
const MILITARY = /\b(?:PSC|Unit|CMR)\s+\d{3,5},?\s+Box\s+\d{3,5}(?:\s+(?:APO|FPO|DPO)\s+(?:AA|AE|AP)\s+\d{5})?|\b(?:APO|FPO|DPO)\s+(?:AA|AE|AP)\s+\d{5}\b/g;

const RULES: readonly [RegExp, number, string][] = [
  [NUMBER_FIRST, 0.75, 'address.number-street'],
  [TYPE_FIRST, 0.7, 'address.type-name-number'],
  [UNIT, 0.7, 'address.unit'],
  [PO_BOX, 0.8, 'address.po-box'],
  [MILITARY, 0.85, 'address.military'],
];

/** Street addresses (HIPAA Safe Harbor geography below state level): street lines, units, PO and military boxes. */
export function scanAddresses(text: string, out: Hit[]): void {
  NAME_FIRST.lastIndex = 0;
  for (let m = NAME_FIRST.exec(text); m !== null; m = NAME_FIRST.exec(text)) {
    let s = m.index;
    while (s > 0 && LETTER.test(text.charAt(s - 1))) s--;
    // The ending must close a longer word ("Søndergade", not "gade" alone).
    if (s < m.index) out.push({ entity: 'STREET_ADDRESS', dataClass: 'pii', start: s, end: m.index + m[0].length, score: 0.7, rule: 'address.street-number' });
  }
  for (const [re, score, rule] of RULES) {
    re.lastIndex = 0;
    for (let m = re.exec(text); m !== null; m = re.exec(text)) {
      out.push({ entity: 'STREET_ADDRESS', dataClass: 'pii', start: m.index, end: m.index + m[0].length, score, rule });
    }
  }
}
