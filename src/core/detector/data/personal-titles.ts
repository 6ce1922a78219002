/**
 * Courtesy and professional titles written before a person's name ("Frau", "Mme", "Sra.", "Mevr.", "Sig.ra",
 * "Dott.ssa", "Avv."), lower case, without their dot. One table for names.ts, where a title ends a run of capitalised
 * words and cues the name after it, and placeholders.ts, where a title before a template's placeholder person is set
 * aside. English has none here: names.ts keeps "Mr", "Mrs", "Dr" as stop words and name cues of its own, so
 * placeholders.ts adds them as its own extension.
 */
export const PERSONAL_TITLES: Readonly<Record<'en' | 'de' | 'fr' | 'es' | 'nl' | 'it', readonly string[]>> = {
  en: [],
  de: ['herr', 'herrn', 'hr', 'frau'],
  fr: ['mme', 'mlle', 'mmes', 'monsieur', 'madame', 'mademoiselle'],
  es: ['sr', 'sra', 'srta', 'sres', 'don', 'doña', 'dña'],
  nl: ['dhr', 'mevr', 'mw', 'mej', 'mevrouw', 'meneer'],
  it: ['sig', 'sigg', 'signor', 'signora', 'signorina', 'dott', 'dottssa', 'avv', 'ing'],
};
