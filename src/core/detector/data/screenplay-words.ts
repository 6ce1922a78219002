/**
 * The words of a screenplay's scene heading ("INT. NEWSROOM - NIGHT", "INNEN. REDAKTION - NACHT", "EST. PIAZZA - GIORNO"),
 * per language, in capitals as scripts write them (screenplay.ts). `place`: interior or exterior, first on the line;
 * `time`: the time of day or continuity word after the dash. Adding a language is adding its entry.
 */
export interface ScreenplayWords {
  place: readonly string[];
  time: readonly string[];
}

export const SCREENPLAY_WORDS: Readonly<Record<'en' | 'de' | 'fr' | 'es' | 'nl' | 'it', ScreenplayWords>> = {
  en: {
    place: ['INT', 'EXT', 'INT./EXT', 'EXT./INT', 'INT/EXT', 'I/E', 'INTERIOR', 'EXTERIOR'],
    time: ['NIGHT', 'DAY', 'MORNING', 'EVENING', 'AFTERNOON', 'DAWN', 'DUSK', 'LATER', 'CONTINUOUS', 'MOMENTS LATER', 'SAME TIME'],
  },
  de: {
    place: ['INNEN', 'AUSSEN', 'AUßEN', 'INNEN/AUSSEN', 'AUSSEN/INNEN'],
    time: ['NACHT', 'TAG', 'MORGEN', 'ABEND', 'NACHMITTAG', 'DÄMMERUNG', 'SPÄTER', 'KONTINUIERLICH'],
  },
  fr: {
    place: ['INTÉRIEUR', 'EXTÉRIEUR', 'INT', 'EXT'],
    time: ['NUIT', 'JOUR', 'MATIN', 'SOIR', 'AUBE', 'CRÉPUSCULE', 'PLUS TARD', 'CONTINU'],
  },
  es: {
    place: ['INTERIOR', 'EXTERIOR', 'INT', 'EXT'],
    time: ['NOCHE', 'DÍA', 'DIA', 'MAÑANA', 'TARDE', 'AMANECER', 'ATARDECER', 'MÁS TARDE', 'CONTINUO'],
  },
  nl: {
    place: ['BINNEN', 'BUITEN', 'INT', 'EXT'],
    time: ['NACHT', 'DAG', 'OCHTEND', 'AVOND', 'MIDDAG', 'SCHEMER', 'LATER', 'DOORLOPEND'],
  },
  it: {
    place: ['INTERNO', 'ESTERNO', 'INT', 'EST'],
    time: ['NOTTE', 'GIORNO', 'MATTINA', 'SERA', 'POMERIGGIO', 'ALBA', 'TRAMONTO', 'PIÙ TARDI', 'CONTINUO'],
  },
};
