import { wordAlternation } from './data/struct-cues.js';
import type { Hit } from './hit.js';

/**
 * A vehicle identification number identifies a vehicle; it is a person's data when the text ties the vehicle to its keeper
 * (CJEU C-319/22, Scania: a VIN is personal data for whoever can link it to a person). A VIN decoded, validated or listed
 * with no keeper ("what does SALGA2BE1MA612345 tell me about this Range Rover?", a parts lookup, test VINs in validation
 * code) is the vehicle's alone: reported below the threshold, so an audit at minScore 0 still sees it.
 *
 * The keeper is in the text when a personal value survives the other filters (a name, a contact, an address, a birth
 * date, an identity or licence number), or when a word names the keeper or the writer's own vehicle.
 */
const KEEPER_WORDS: Readonly<Record<'en' | 'de' | 'fr' | 'es' | 'nl' | 'it', readonly string[]>> = {
  en: ['owner', 'owners', 'keeper', 'registered keeper', 'customer', 'client', 'driver', 'buyer', 'lessee', 'policyholder', 'my car', 'my van', 'my vehicle', 'our car'],
  de: ['halter', 'halterin', 'fahrzeughalter', 'fahrzeughalterin', 'besitzer', 'besitzerin', 'eigentümer', 'eigentümerin', 'kunde', 'kundin', 'käufer', 'käuferin', 'fahrer', 'fahrerin', 'leasingnehmer', 'versicherungsnehmer', 'mein auto', 'meinem auto', 'mein wagen', 'meinen wagen', 'mein fahrzeug', 'meines fahrzeugs'],
  fr: ['propriétaire', 'titulaire', 'client', 'cliente', 'conducteur', 'conductrice', 'acheteur', 'acheteuse', 'locataire', 'assuré', 'assurée', 'ma voiture', 'mon véhicule'],
  es: ['propietario', 'propietaria', 'titular', 'cliente', 'conductor', 'conductora', 'comprador', 'compradora', 'arrendatario', 'asegurado', 'asegurada', 'mi coche', 'mi vehículo', 'mi auto', 'mi carro'],
  nl: ['eigenaar', 'eigenares', 'kentekenhouder', 'klant', 'bestuurder', 'koper', 'leasenemer', 'verzekeringnemer', 'mijn auto', 'mijn wagen', 'mijn voertuig'],
  it: ['proprietario', 'proprietaria', 'intestatario', 'intestataria', 'cliente', 'conducente', 'acquirente', 'locatario', 'assicurato', 'assicurata', 'la mia auto', 'la mia macchina', 'il mio veicolo'],
};
const KEEPER = new RegExp(`(?<!\\p{L})(?:${wordAlternation(Object.values(KEEPER_WORDS).flat())})(?!\\p{L})`, 'iu');

// Any other reported personal value (not a secret: a key ties a text to a system, not to a keeper).
const personal = (h: Hit): boolean => h.entity !== 'VIN' && h.dataClass !== 'secret' && h.score >= 0.5;

/** Lowers, in place, the VIN hits of a text that names no keeper to 0.45 (below the default threshold). */
export function dropOwnerlessVins(text: string, hits: Hit[]): void {
  if (!hits.some((h) => h.entity === 'VIN' && h.score >= 0.5)) return;
  if (hits.some(personal) || KEEPER.test(text)) return;
  for (const h of hits) if (h.entity === 'VIN' && h.score >= 0.5) h.score = 0.45;
}
