// The non-personal ranges of the national numbering plans: freephone, shared-cost, premium-rate, non-geographic
// corporate and harmonised service numbers. A number in one of them is a service's or a business's line, never a
// private person's: no operator assigns them to a residential subscriber. Personal numbering ranges (UK 070, DE 0700,
// ES 70x, IT 178) and the location-independent ranges people use for their own VoIP or follow-me lines (NL 084, 085,
// 087, 091; FR 09) are left out on purpose: those can be a person's. As of 2026-12.

type Lang = 'en' | 'de' | 'fr' | 'es' | 'nl' | 'it';

export interface ServiceRange {
  /** ISO 3166-1 alpha-2 country; 'EU' for the harmonised 116 range, the same in every member state and the UK. */
  readonly country: 'GB' | 'DE' | 'FR' | 'ES' | 'NL' | 'IT' | 'AT' | 'CH' | 'BE' | 'EU';
  readonly kind: 'freephone' | 'shared-cost' | 'premium-rate' | 'non-geographic' | 'corporate' | 'harmonised' | 'short code';
  /** The digits after the country code ("+44 345 600 6000" → 3456006000), anchored; null: not dialled from abroad. */
  readonly international: RegExp | null;
  /**
   * The number as written at home, each run of separators (space . - /) made one space, anchored. The digit counts are
   * exact and the groupings are the ones people write, so that another plan's personal number of another length or
   * grouping is not taken ("089 225 4410" is a Salerno landline, "08 92 68 01 23" a French premium-rate number).
   * Null: only the international form is listed (the national one is another entry's, or ambiguous).
   */
  readonly national: RegExp | null;
  /**
   * The national form is also a geographic number of another plan (UK 0345 / Halle 0345, DE 01803 / Torquay 01803,
   * IT 848 / Navarra 848): taken only in a text written in this language. The international form is never ambiguous.
   */
  readonly onlyIn?: Lang;
  /** Primary source of the range. */
  readonly source: string;
}

/** Country calling codes of the plans below. */
export const CALLING_CODES: Readonly<Record<Exclude<ServiceRange['country'], 'EU'>, string>> = { GB: '44', DE: '49', FR: '33', ES: '34', NL: '31', IT: '39', AT: '43', CH: '41', BE: '32' };

const OFCOM = 'Ofcom, National Telephone Numbering Plan (2024) and "The UK numbering plan: 03, 08 and 09 numbers": 0800/0808 freephone, 03 UK-wide non-geographic, 084/087 business-rate, 09 premium-rate';
const BNETZA = 'Bundesnetzagentur, Nummernraum für Service-Dienste (0180), entgeltfreie Telefondienste (0800), Premium-Dienste (0900), Massenverkehrsdienste (0137)';
const ARCEP = 'ARCEP, plan national de numérotation (décision 2018-0881): 080 numéros gratuits, 081/082 numéros à tarification majorée, 089 numéros surtaxés, numéros courts 3BPQ';
const CNMC = 'CNMC, Plan nacional de numeración telefónica (RD 2296/2004) y atribución de rangos de tarificación adicional: 800/900 gratuitos, 901 pago compartido, 902 coste único, 905 llamadas masivas, 803/806/807 tarificación adicional';
const ACM = 'ACM, Nummerplan voor telefoon- en ISDN-diensten: 0800 gratis informatienummers, 0900/0906/0909 betaalde informatienummers, 088 bedrijfsnummers';
const AGCOM = 'AGCOM, Piano di numerazione (delibera 8/15/CIR): 800/803 numerazioni gratuite, 199 e 840/848 addebito ripartito, 89x servizi a sovrapprezzo';
const RTR = 'RTR, Kommunikationsparameter-, Entgelt- und Mehrwertdiensteverordnung (KEM-V 2009): 0800 tariffrei, 0810/0820/0821 Service-Dienste, 0900/0930/0939 Mehrwertdienste';
const BAKOM = 'BAKOM, Nummerierungsplan E.164/2002: 0800 gebührenfrei, 084x Kostenteilung, 090x Mehrwertdienste';
const BIPT = 'BIPT/IBPT, Belgisch nummeringsplan: 0800 gratis, 070/078 gedeelde kosten, 090x betaalnummers';
const EC = 'European Commission decision 2007/116/EC (as amended): 116xxx harmonised numbers for services of social value (116 000, 116 111, 116 117, 116 123, 116 006)';

export const SERVICE_RANGES: readonly ServiceRange[] = [
  // 116 000, 116 111, 116 116 (card blocking in Germany), 116 117, 116 123: six digits, dialled the same at home and abroad.
  { country: 'EU', kind: 'harmonised', international: /^116\d{3}$/, national: /^116 ?\d{3}$/, source: EC },
  // 0800 and 0808: 0800 + 6 or 7 digits, 0808 + 7; freephone in DE, FR and NL as well (below).
  { country: 'GB', kind: 'freephone', international: /^80(?:0\d{6,7}|8\d{7})$/, national: /^080[08](?: ?\d){6,7}$/, source: OFCOM },
  // 0300 123 4567, 0345 600 6000: in Germany 0331, 0341, 0345, 0371 are Potsdam, Leipzig, Halle and Chemnitz.
  { country: 'GB', kind: 'non-geographic', international: /^3[0347]\d{8}$/, national: /^03[0347]\d(?: \d{3} \d{4}| \d{4} \d{3}| ?\d{7})$/, onlyIn: 'en', source: OFCOM },
  // 0845 123 4567, 0870 123 4567: in Germany 084x and 087x are Bavarian area codes.
  { country: 'GB', kind: 'non-geographic', international: /^8[47]\d{8}$/, national: /^08[47]\d(?: \d{3} \d{4}| \d{4} \d{3}| ?\d{7})$/, onlyIn: 'en', source: OFCOM },
  // 0906 123 4567, 0909 879 0000: in Germany 09xx are Bavarian area codes, in France 09 is a non-geographic personal range.
  { country: 'GB', kind: 'premium-rate', international: /^9[018]\d{8}$/, national: /^09[018]\d(?: \d{3} \d{4}| \d{4} \d{3}| ?\d{7})$/, onlyIn: 'en', source: OFCOM },
  // 0800 1234567, 0800 123 4567; 0900 5 123456 (premium-rate, the same prefix in the UK and the Netherlands).
  { country: 'DE', kind: 'freephone', international: /^800\d{7}$/, national: /^0800(?: ?\d){7}$/, source: BNETZA },
  { country: 'DE', kind: 'premium-rate', international: /^900\d{7}$/, national: /^0900(?: ?\d){7}$/, source: BNETZA },
  // 01805 123456, 0180 5 123456: in the UK 01803-01807 are Devon and Highland area codes.
  { country: 'DE', kind: 'shared-cost', international: /^180[1-7]\d{6,7}$/, national: /^0180(?: ?[1-7] ?\d{6,7}|[1-7] \d{2,4} \d{2,5})$/, onlyIn: 'de', source: BNETZA },
  // 0137 1234567 (televoting): in the UK 0137x are Yorkshire area codes.
  { country: 'DE', kind: 'premium-rate', international: /^137\d{7}$/, national: /^0137(?: ?\d{7}| \d \d{6})$/, onlyIn: 'de', source: BNETZA },
  // 0800 12 34 56, 08 00 12 34 56, 0 800 12 34 56, 0892 68 01 23: pairs, ten digits. Not "089 225 4410" (Salerno) nor
  // "089 12345678" (Munich): those are three-digit area codes with other groupings.
  { country: 'FR', kind: 'freephone', international: /^80\d{7}$/, national: /^(?:080\d \d\d \d\d \d\d|08 0\d \d\d \d\d \d\d|0 80\d \d\d \d\d \d\d)$/, source: ARCEP },
  { country: 'FR', kind: 'shared-cost', international: /^8[12]\d{7}$/, national: /^(?:08[12]\d \d\d \d\d \d\d|08 [12]\d \d\d \d\d \d\d|0 8[12]\d \d\d \d\d \d\d)$/, source: ARCEP },
  { country: 'FR', kind: 'premium-rate', international: /^89\d{7}$/, national: /^(?:089\d \d\d \d\d \d\d|08 9\d \d\d \d\d \d\d|0 89\d \d\d \d\d \d\d)$/, source: ARCEP },
  // 3639, 3919, 3646: four-digit service numbers, dialled at home only (never a finding on their own; they mark a text
  // that gives a service's number, for its alternates).
  { country: 'FR', kind: 'short code', international: null, national: /^3\d{3}$/, onlyIn: 'fr', source: ARCEP },
  // Nine digits: 900 100 100, 900 12 34 56, 902 123 456. Spanish numbers have no trunk 0.
  { country: 'ES', kind: 'freephone', international: /^[89]00\d{6}$/, national: /^[89]00(?: ?\d){6}$/, source: CNMC },
  { country: 'ES', kind: 'shared-cost', international: /^90[125]\d{6}$/, national: /^90[125](?: ?\d){6}$/, source: CNMC },
  { country: 'ES', kind: 'premium-rate', international: /^80[367]\d{6}$/, national: /^80[367](?: ?\d){6}$/, source: CNMC },
  // 0800-1234, 0900 1234567, 0900-0123 (8 to 11 digits); 088 123 45 67, 088 0 123 456 (a company's number for all its sites).
  { country: 'NL', kind: 'freephone', international: /^800\d{4,7}$/, national: /^0800(?: ?\d){4,7}$/, source: ACM },
  { country: 'NL', kind: 'premium-rate', international: /^90[069]\d{4,7}$/, national: /^090[069](?: ?\d){4,7}$/, source: ACM },
  { country: 'NL', kind: 'corporate', international: /^88\d{7}$/, national: /^088(?: \d{3} \d\d \d\d| ?\d{7}| \d{3} \d{4}| \d\d \d\d \d\d\d?| \d \d{3} \d{3})$/, source: ACM },
  // Italian numbers have no trunk 0 either: 800 123 456, 803 116 (six digits), 199 123 456, 848 123 456, 892 424.
  { country: 'IT', kind: 'freephone', international: /^(?:800\d{6}|803\d{3})$/, national: /^(?:800(?: ?\d){6}|803 ?\d{3})$/, source: AGCOM },
  { country: 'IT', kind: 'shared-cost', international: /^199\d{6}$/, national: /^199(?: ?\d){6}$/, source: AGCOM },
  // In Spain 848 is a Navarre geographic range.
  { country: 'IT', kind: 'shared-cost', international: /^84[08]\d{6}$/, national: /^84[08] ?\d{3} ?\d{3}$/, onlyIn: 'it', source: AGCOM },
  { country: 'IT', kind: 'premium-rate', international: /^89[2-9]\d{3,6}$/, national: /^89[2-9] ?\d{3}(?: ?\d{3})?$/, source: AGCOM },
  // Austria, Switzerland and Belgium (German, French, Italian and Dutch are their languages too), written from abroad;
  // their national 0800 and 0900 numbers are taken above.
  { country: 'AT', kind: 'freephone', international: /^800\d{6,9}$/, national: null, source: RTR },
  { country: 'AT', kind: 'shared-cost', international: /^8(?:10|2[01])\d{6,9}$/, national: null, source: RTR },
  { country: 'AT', kind: 'premium-rate', international: /^9(?:00|3[09])\d{6,9}$/, national: null, source: RTR },
  { country: 'CH', kind: 'freephone', international: /^800\d{6}$/, national: null, source: BAKOM },
  { country: 'CH', kind: 'shared-cost', international: /^84[0248]\d{6}$/, national: null, source: BAKOM },
  { country: 'CH', kind: 'premium-rate', international: /^90[016]\d{6}$/, national: null, source: BAKOM },
  { country: 'BE', kind: 'freephone', international: /^800\d{5}$/, national: null, source: BIPT },
  { country: 'BE', kind: 'shared-cost', international: /^7[08]\d{6}$/, national: null, source: BIPT },
  { country: 'BE', kind: 'premium-rate', international: /^90\d{6}$/, national: null, source: BIPT },
];

/**
 * A phone given as the same service's line for callers abroad ("or +44 1733 ... from abroad", "aus dem Ausland",
 * "depuis l'étranger", "desde el extranjero", "vanuit het buitenland", "dall'estero").
 */
export const FROM_ABROAD: Readonly<Record<Lang, readonly string[]>> = {
  en: ['from abroad', 'from overseas', 'from outside the uk', 'from outside the us', 'from outside the country', 'when abroad', 'if you are abroad', "if you're abroad", 'calling from abroad', 'international callers', 'outside the uk'],
  de: ['aus dem ausland', 'vom ausland', 'im ausland', 'außerhalb deutschlands', 'ausserhalb deutschlands'],
  fr: ["depuis l'étranger", 'depuis l’étranger', "de l'étranger", 'de l’étranger', "à l'étranger", 'à l’étranger', 'hors de france', 'depuis un pays étranger'],
  es: ['desde el extranjero', 'en el extranjero', 'desde fuera de españa', 'fuera de españa', 'desde otro país'],
  nl: ['vanuit het buitenland', 'uit het buitenland', 'in het buitenland', 'vanuit buitenland', 'buiten nederland'],
  it: ["dall'estero", 'dall’estero', 'dall estero', "all'estero", 'all’estero', 'fuori italia', "fuori dall'italia"],
};

/**
 * What a call to a number costs, written right beside it ("(appel non surtaxé)", "free from landlines", "0,14 €/Min.",
 * "numero verde"): only a service's or a business's line is priced or declared free to callers; a private person never
 * writes their own number's tariff. Each phrase names a call, a rate or a price per minute, not a bare "free"/"gratis"
 * ("06 12345678, gratis af te halen" is a private sale).
 */
export const TARIFF_NOTES: Readonly<Record<Lang, readonly string[]>> = {
  en: ['free call', 'free to call', 'freephone', 'toll-free', 'toll free', 'calls are free', 'free from landlines', 'free from mobiles', 'free from uk landlines', 'local rate', 'standard rate', 'national rate', 'standard network charges', 'calls cost', 'per minute', 'p/min', 'p per min'],
  de: ['gebührenfrei', 'kostenfrei aus', 'kostenloser anruf', 'anruf kostenlos', 'kostenlose rufnummer', 'kostenlose hotline', 'zum ortstarif', 'ortstarif', 'festnetzpreis', 'festnetztarif', 'ct/min', 'ct./min', 'cent/min', 'pro minute', 'aus dem deutschen festnetz', 'mobilfunkpreise'],
  fr: ['appel non surtaxé', 'non surtaxé', 'appel gratuit', 'service gratuit', 'service et appel gratuits', 'prix d’un appel local', "prix d'un appel local", 'prix appel', 'coût d’un appel local', "coût d'un appel local", 'numéro vert', 'numéro azur', 'numéro indigo', '€/min', '€ ttc/min', 'par minute'],
  es: ['llamada gratuita', 'teléfono gratuito', 'línea gratuita', 'número gratuito', 'gratuito desde', 'tarifa local', 'coste de llamada local', 'coste de una llamada local', 'tarifa normal', 'sin coste adicional', '€/min', 'cént./min', 'por minuto'],
  nl: ['gratis nummer', 'gratis te bellen', 'gratis bellen', 'gratis vanuit', 'lokaal tarief', 'normaal tarief', 'ct/min', 'ct p/m', 'cent per minuut', 'per minuut', 'per gesprek', 'gebruikelijke belkosten', 'normale belkosten'],
  it: ['numero verde', 'chiamata gratuita', 'gratuito da rete fissa', 'gratuito da fisso', 'gratuito da cellulare', 'da rete fissa', 'da rete mobile', 'tariffa urbana', 'costo di una chiamata urbana', 'al costo di una chiamata', 'numero a pagamento', '€/min', 'cent/min', 'al minuto'],
};

/**
 * Short function words that say which language a text is written in, for the ranges whose national form is also
 * another plan's geographic number. Few and frequent: a text of a sentence or two holds several.
 */
export const LANGUAGE_WORDS: Readonly<Record<Lang, readonly string[]>> = {
  en: ['the', 'and', 'or', 'you', 'your', 'our', 'to', 'of', 'is', 'are', 'for', 'with', 'call', 'please', 'from'],
  de: ['der', 'die', 'das', 'und', 'oder', 'sie', 'ist', 'nicht', 'mit', 'unter', 'aus', 'dem', 'den', 'bitte', 'ein', 'eine'],
  fr: ['le', 'les', 'et', 'ou', 'vous', 'est', 'pour', 'avec', 'des', 'du', 'au', 'une', 'votre', 'nous'],
  es: ['el', 'los', 'las', 'y', 'o', 'usted', 'es', 'para', 'con', 'del', 'al', 'una', 'su', 'llame', 'desde'],
  nl: ['de', 'het', 'en', 'of', 'een', 'van', 'niet', 'met', 'voor', 'u', 'uw', 'is', 'op', 'bel'],
  it: ['il', 'lo', 'gli', 'e', 'o', 'di', 'che', 'non', 'per', 'con', 'una', 'del', 'della', 'al', 'chiamare', 'chiami'],
};

/**
 * Words that say a line is staffed around the clock or every day ("free 24/7 on", "écoute 24 h/24 au", "atención 24 h
 * en el", "dag en nacht bereikbaar op", "ascolto tutti i giorni al"): with PUBLIC_BENEFIT in its paragraph, a
 * helpline's (service-numbers.ts).
 */
export const ROUND_THE_CLOCK: Readonly<Record<Lang, readonly string[]>> = {
  en: ['24/7', '24 hours a day', '24 hours', 'round the clock', 'around the clock', 'day and night', 'every day', '365 days a year'],
  de: ['24/7', 'rund um die uhr', '24 stunden', 'tag und nacht', 'täglich', 'jeden tag'],
  fr: ['24 h/24', '24h/24', '24/24', '24 h sur 24', '24 heures sur 24', '7j/7', '7 j/7', '7 jours sur 7', 'jour et nuit', 'tous les jours'],
  es: ['24 h', '24h', '24 horas', 'las 24 horas', 'día y noche', 'todos los días', '365 días'],
  nl: ['24/7', 'dag en nacht', '24 uur per dag', '24 uur', 'elke dag', 'dagelijks'],
  it: ['24 ore su 24', '24 ore', 'h24', '24h', 'giorno e notte', 'tutti i giorni', '365 giorni'],
};

/**
 * An organisation's statement of its charitable or public-benefit status ("Registered charity 219432", "Association
 * reconnue d'utilité publique", "Entidad declarada de utilidad pública", "Landelijke vrijwilligersorganisatie",
 * "Organizzazione di volontariato"): no private person writes it of themselves.
 */
export const PUBLIC_BENEFIT: Readonly<Record<Lang, readonly string[]>> = {
  en: ['registered charity', 'charity number', 'charity no', 'charity reg no', 'charitable incorporated organisation', 'not-for-profit organisation', 'non-profit organisation'],
  de: ['gemeinnütziger verein', 'gemeinnützige organisation', 'gemeinnützige gmbh', 'ggmbh', 'eingetragener verein', 'als gemeinnützig anerkannt'],
  fr: ["reconnue d'utilité publique", 'reconnue d’utilité publique', "association d'utilité publique", 'association loi 1901', 'association loi de 1901'],
  es: ['declarada de utilidad pública', 'entidad de utilidad pública', 'entidad sin ánimo de lucro', 'asociación sin ánimo de lucro', 'organización no gubernamental'],
  nl: ['anbi', 'vrijwilligersorganisatie', 'goededoelenorganisatie', 'algemeen nut beogende instelling'],
  it: ['organizzazione di volontariato', 'onlus', 'odv', 'ente del terzo settore', 'associazione di promozione sociale', 'runts'],
};

/**
 * A person's role named before a number in its clause ("Volunteer on call 24/7: 07700 ...", "bénévole joignable tous
 * les jours au 06 ..."): that person's line, not the helpline's, whatever the organisation's status.
 */
export const HELPER_ROLES: Readonly<Record<Lang, readonly string[]>> = {
  en: ['volunteer', 'coordinator', 'contact person', 'organiser', 'organizer', 'caretaker'],
  de: ['ehrenamtliche', 'ehrenamtlicher', 'ansprechpartner', 'ansprechpartnerin', 'koordinator', 'koordinatorin', 'betreuer', 'betreuerin'],
  fr: ['bénévole', 'coordinateur', 'coordinatrice', 'référent', 'référente', 'responsable'],
  es: ['voluntario', 'voluntaria', 'coordinador', 'coordinadora', 'persona de contacto', 'responsable'],
  nl: ['vrijwilliger', 'coördinator', 'coordinator', 'contactpersoon', 'begeleider'],
  it: ['volontario', 'volontaria', 'coordinatore', 'coordinatrice', 'referente', 'responsabile'],
};
