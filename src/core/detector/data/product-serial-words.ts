/**
 * A device serial is personal (HIPAA's device identifiers) when the device is a person's or a patient's; a product's
 * serial in stock, warranty or SKU work is the product's. Words of each kind, six languages.
 */
// Stock, warranty and product-list work: article codes, inventories, firmware, warranty, de-duplicating a list.
export const PRODUCT_WORDS =
  'skus?|article codes?|inventory|stock|warehouse|firmware|warranty|printers?|dedupe|deduplicate|duplicates|' +
  'artikelnummern?|inventar|lager(?:bestand)?|garantie|drucker|deduplizieren|duplikate|doppelte|' +
  'inventaire|entrepôt|imprimante|doublons|dédoublonner|références?|' +
  'inventario|almacén|garantía|impresora|duplicados|deduplicar|' +
  'voorraad|magazijn|artikelnummers?|printer|dubbele|ontdubbelen|' +
  'magazzino|garanzia|stampante|doppioni|duplicati|codici articolo|cod';
// A person's or patient's device: a patient, an implant, a body-worn medical device.
export const PERSON_DEVICE_WORDS =
  'patients?|implants?|implanted|pacemaker|defibrillator|icd|insulin pump|hearing aid|cochlear|' +
  'patientin|patienten|implantat|herzschrittmacher|insulinpumpe|hörgerät|' +
  'patiente?s?|implant|stimulateur|pompe à insuline|prothèse|' +
  'paciente|pacientes|implante|marcapasos|bomba de insulina|audífono|' +
  'patiënt|patiënten|implantaat|insulinepomp|gehoorapparaat|' +
  'paziente|pazienti|impianto|impiantato|microinfusore|apparecchio acustico';

// A utility meter (electricity, gas, water, heat): its serial is the meter's, a fixture of a building, not a personal
// device, unless the same stretch ties it to a person (METER_OWNER_WORDS).
export const METER_WORDS =
  'meters?|meter_serial|meter_id|meter serial|smart meter|electricity meter|gas meter|water meter|mpan|mprn|' +
  'zähler|zählernummer|stromzähler|gaszähler|wasserzähler|' +
  'compteur|linky|' +
  'contador|' +
  'meterstand|slimme meter|energiemeter|' +
  'contatore';
// Words that make a meter a named customer's or occupant's.
export const METER_OWNER_WORDS =
  'customer|account holder|tenant|occupier|homeowner|my|mr|mrs|ms|' +
  'kunde|kundin|mieter|mieterin|mein|meine|herr|frau|' +
  'client|cliente|abonné|abonnée|locataire|mon|ma|m\\.|mme|' +
  'titular|inquilino|inquilina|mi|sr|sra|' +
  'klant|huurder|bewoner|mijn|dhr|mevr|' +
  'intestatario|intestataria|inquilino|mio|mia|sig|sig\\.ra';
