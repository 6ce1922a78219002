// Driving licence words of each language, lower case, for context-ids.ts: the number right after one is a driving
// licence's. English is in context-ids.ts's own pattern ("driver's license", "licence no", "DL").

type Lang = 'de' | 'fr' | 'es' | 'nl' | 'it';

/** Words that name only a driving licence: any identifier after them (four digits or more) is one. */
export const LICENCE_WORDS: Readonly<Record<Lang, readonly string[]>> = {
  de: ['führerschein', 'führerscheinnummer', 'führerscheinnr', 'führerscheins', 'fuehrerschein', 'fahrerlaubnis', 'fahrerlaubnisnummer'],
  fr: ['permis de conduire', 'numéro de permis de conduire'],
  es: ['carnet de conducir', 'carné de conducir', 'permiso de conducir', 'permiso de conducción', 'licencia de conducir', 'licencia de conducción'],
  nl: ['rijbewijs', 'rijbewijsnummer', 'rijbewijsnr', 'rijbewijs-nummer'],
  it: ['patente di guida', 'numero di patente', 'numero patente'],
};

/**
 * Words that name a driving licence in everyday speech but other permits or patents too ("son permis 12AA34567" and
 * "permis de construire PC 075..."; Italian "la sua patente MI5123456X" and Spanish "patente EP1234567"): the value
 * after them is one only in that country's licence number's shape. France: the EU format since 2013 (two digits, two
 * letters, five digits; six as some cards and forms print the serial) or the older twelve digits. Italy: the province's code (or U1 for the Motorizzazione), seven
 * digits and a letter, or U1, seven letters and digits and a letter. The plural "patenti" names the same cards ("queste patenti: Renato Guerra
 * U1U54AY40P, ..."); "permis" is both. A value of the shape may follow the word within a short window, after a holder's
 * name (context-ids.ts), as no other permit or patent number has these shapes.
 */
const FR_LICENCE = /^(?:\d{2}[A-Z]{2}\d{5,6}|\d{12})$/;
const IT_LICENCE = /^(?:[A-Z]{2}\d{7}[A-Z]|U1[A-Z0-9]{7}[A-Z])$/;

export const SHAPED_LICENCE_WORDS: ReadonlyMap<string, RegExp> = new Map([
  ['permis', FR_LICENCE],
  ['patente', IT_LICENCE],
  ['patenti', IT_LICENCE],
]);
