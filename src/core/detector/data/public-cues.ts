/**
 * Words next to a name that make it a public or fictional figure in a short text, whatever the text's genre (public-role.ts):
 * the maker of a work ("designed by", "von ... entworfen"), a player's tally in a result ("mit 9 Toren", "con 12 rebotes"; not
 * points, which pupils score too)
 * and a placing ("7e", "tweede"). Lower case; a space stands for any run of spaces. Adding a language is adding an entry.
 * Source: typed by hand (2026-12-03) from the way guidebooks, programme notes and results pages of the six languages write
 * makers and scorers (Wikipedia's architecture and sport infobox vocabulary).
 */
export interface PublicCues {
  /** Right before a name: its maker's verb and preposition ("designed by", "conçu par", "progettato da"). */
  madeBy: readonly string[];
  /** Right after a name: the maker's participle where it follows ("von Walter Gropius entworfen"). */
  madeAfter: readonly string[];
  /** After a name, a preposition and a number: what the player made ("mit 9 Toren", "with 21 points"). */
  tally: readonly string[];
  /** Right after a name: a placing in a race or table ("tweede", "second"; digits with an ordinal ending are shared). */
  placing: readonly string[];
}

export const PUBLIC_CUES: Readonly<Record<'en' | 'de' | 'fr' | 'es' | 'nl' | 'it', PublicCues>> = {
  en: {
    madeBy: ['designed by', 'built by', 'painted by', 'composed by', 'written by', 'directed by', 'sculpted by', 'architect', 'novel by', 'play by', 'poem by', 'opera by', 'symphony by', 'a piece by', 'something by', 'works by'],
    madeAfter: [],
    tally: ['goals', 'saves', 'rebounds', 'assists', 'tries', 'wickets', 'aces'],
    placing: ['second', 'third', 'fourth', 'fifth', 'sixth', 'runner-up'],
  },
  de: {
    madeBy: ['entworfen von', 'erbaut von', 'gebaut von', 'gemalt von', 'komponiert von', 'geschrieben von', 'ein stück von', 'werke von', 'roman von', 'oper von', 'architekt'],
    madeAfter: ['entworfen', 'erbaut', 'gebaut', 'gemalt', 'komponiert', 'geschrieben', 'vertont'],
    tally: ['toren', 'treffern', 'paraden', 'rebounds', 'assists', 'vorlagen'],
    placing: ['zweiter', 'zweite', 'dritter', 'dritte', 'vierter', 'vierte', 'fünfter', 'fünfte'],
  },
  fr: {
    madeBy: ['conçu par', 'construit par', 'peint par', 'composé par', 'écrit par', 'réalisé par', 'une pièce de', 'œuvres de', 'oeuvres de', 'roman de', 'opéra de', 'architecte'],
    madeAfter: [],
    tally: ['buts', 'arrêts', 'rebonds', 'passes décisives', 'essais'],
    placing: ['deuxième', 'troisième', 'quatrième', 'cinquième', 'second', 'seconde'],
  },
  es: {
    madeBy: ['diseñado por', 'diseñada por', 'construido por', 'construida por', 'pintado por', 'compuesto por', 'escrito por', 'escrita por', 'dirigida por', 'dirigido por', 'una pieza de', 'obras de', 'novela de', 'ópera de', 'arquitecto'],
    madeAfter: [],
    tally: ['goles', 'rebotes', 'asistencias', 'paradas', 'triples', 'ensayos'],
    placing: ['segundo', 'segunda', 'tercero', 'tercera', 'cuarto', 'cuarta', 'quinto', 'quinta'],
  },
  nl: {
    madeBy: ['ontworpen door', 'gebouwd door', 'geschilderd door', 'gecomponeerd door', 'geschreven door', 'geregisseerd door', 'een stuk van', 'werken van', 'roman van', 'opera van', 'architect'],
    madeAfter: [],
    tally: ['doelpunten', 'goals', 'reddingen', 'rebounds', 'assists'],
    placing: ['tweede', 'derde', 'vierde', 'vijfde', 'zesde'],
  },
  it: {
    madeBy: ['progettato da', 'progettata da', 'costruito da', 'costruita da', 'dipinto da', 'composto da', 'scritto da', 'scritta da', 'diretto da', 'diretta da', 'un brano di', 'musiche di', 'opere di', 'romanzo di', 'opera di', 'architetto'],
    madeAfter: [],
    tally: ['gol', 'reti', 'parate', 'rimbalzi', 'assist'],
    placing: ['secondo', 'seconda', 'terzo', 'terza', 'quarto', 'quarta', 'quinto', 'quinta'],
  },
};
