/**
 * Product records in JSON (a catalog, inventory or order-line tool's items: {"sku": ..., "nombre": "Taurus Aroma",
 * "ean": ..., "stock": 57}): an object with an article number, barcode or stock key is a product, so its generic name
 * key holds the product's name ("Cecotec ThermoSense", "Bialetti Elettrico"), no person's, whatever the name lists say.
 */
import { PRODUCT_KEYS, VESSEL_KEYS } from './data/struct-cues.js';
import { normKey } from './json-keys.js';

// A vessel's or an aircraft's registry number makes its record a thing's in the same way (data/struct-cues.ts VESSEL_KEYS).
const PRODUCT = new Set([...Object.values(PRODUCT_KEYS).flat(), ...VESSEL_KEYS]);
const GENERIC_NAME = new Set(['name', 'nom', 'nombre', 'naam', 'nome', 'title', 'titel', 'titre', 'titulo', 'titolo']);

/** The generic name keys of a product record's entries (their values are product names), or none when it is no product. */
export function productNameKeys(entries: readonly [string, unknown][]): string[] {
  let product = false;
  const names: string[] = [];
  for (const [k, v] of entries) {
    if (k.length > 40) continue;
    const n = normKey(k);
    if ((typeof v === 'string' || typeof v === 'number') && PRODUCT.has(n)) product = true;
    else if (typeof v === 'string' && GENERIC_NAME.has(n)) names.push(k);
  }
  return product ? names : [];
}
