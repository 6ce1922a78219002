/**
 * Words next to a name that make it a public or fictional figure in a short text, whatever the text's genre (public-role.ts):
 * the maker of a work ("designed by", "von ... entworfen", "invented by"), a player's tally in a result ("mit 9 Toren", "con 12
 * rebotes"; not points, which pupils score too), a placing ("7e", "tweede"), and a performer with the music of a programme
 * ("X mit Beethoven-Sonaten", "X con arie di Verdi"). Lower case; a space stands for any run of spaces. Adding a language is adding an entry.
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
  /**
   * After a name and "with" ("mit", "avec", "con", "met"): the music a performer plays in a programme ("X with Chopin
   * preludes", "X mit Beethoven-Sonaten"); a word may end in one ("Klaviersonaten").
   */
  performs: readonly string[];
}

export const PUBLIC_CUES: Readonly<Record<'en' | 'de' | 'fr' | 'es' | 'nl' | 'it', PublicCues>> = {
  en: {
    madeBy: ['designed by', 'built by', 'painted by', 'composed by', 'written by', 'directed by', 'sculpted by', 'architect', 'novel by', 'play by', 'poem by', 'opera by', 'symphony by', 'a piece by', 'something by', 'works by', 'invented by', 'discovered by', 'conducted by', 'illustrated by'],
    madeAfter: [],
    tally: ['goals', 'saves', 'rebounds', 'assists', 'tries', 'wickets', 'aces'],
    placing: ['second', 'third', 'fourth', 'fifth', 'sixth', 'runner-up'],
    performs: ['sonata', 'sonatas', 'concerto', 'concertos', 'symphony', 'symphonies', 'preludes', 'nocturnes', 'arias', 'lieder', 'songs by', 'variations'],
  },
  de: {
    madeBy: ['entworfen von', 'erbaut von', 'gebaut von', 'gemalt von', 'komponiert von', 'geschrieben von', 'ein stück von', 'werke von', 'roman von', 'oper von', 'architekt', 'erfunden von', 'entdeckt von', 'dirigiert von'],
    madeAfter: ['entworfen', 'erbaut', 'gebaut', 'gemalt', 'komponiert', 'geschrieben', 'vertont', 'erfunden', 'entdeckt', 'uraufgeführt'],
    tally: ['toren', 'treffern', 'paraden', 'rebounds', 'assists', 'vorlagen'],
    placing: ['zweiter', 'zweite', 'dritter', 'dritte', 'vierter', 'vierte', 'fünfter', 'fünfte'],
    performs: ['sonate', 'sonaten', 'konzert', 'konzerten', 'sinfonie', 'sinfonien', 'symphonie', 'präludien', 'arien', 'liedern', 'variationen'],
  },
  fr: {
    madeBy: ['conçu par', 'construit par', 'peint par', 'composé par', 'écrit par', 'réalisé par', 'une pièce de', 'œuvres de', 'oeuvres de', 'roman de', 'opéra de', 'architecte', 'inventé par', 'inventée par', 'découvert par', 'découverte par', 'dirigé par', 'illustré par'],
    madeAfter: [],
    tally: ['buts', 'arrêts', 'rebonds', 'passes décisives', 'essais'],
    placing: ['deuxième', 'troisième', 'quatrième', 'cinquième', 'second', 'seconde'],
    performs: ['sonate', 'sonates', 'concerto', 'concertos', 'symphonie', 'symphonies', 'préludes', 'nocturnes', 'lieder', 'mélodies', 'variations'],
  },
  es: {
    madeBy: ['diseñado por', 'diseñada por', 'construido por', 'construida por', 'pintado por', 'compuesto por', 'escrito por', 'escrita por', 'dirigida por', 'dirigido por', 'una pieza de', 'obras de', 'novela de', 'ópera de', 'arquitecto', 'inventado por', 'inventada por', 'descubierto por', 'descubierta por', 'ilustrado por'],
    madeAfter: [],
    tally: ['goles', 'rebotes', 'asistencias', 'paradas', 'triples', 'ensayos'],
    placing: ['segundo', 'segunda', 'tercero', 'tercera', 'cuarto', 'cuarta', 'quinto', 'quinta'],
    performs: ['sonata', 'sonatas', 'concierto', 'conciertos', 'sinfonía', 'sinfonías', 'preludios', 'nocturnos', 'arias', 'lieder', 'variaciones'],
  },
  nl: {
    madeBy: ['ontworpen door', 'gebouwd door', 'geschilderd door', 'gecomponeerd door', 'geschreven door', 'geregisseerd door', 'een stuk van', 'werken van', 'roman van', 'opera van', 'architect', 'uitgevonden door', 'ontdekt door', 'gedirigeerd door', 'geïllustreerd door'],
    madeAfter: ['ontworpen', 'gebouwd', 'geschilderd', 'gecomponeerd', 'uitgevonden'],
    tally: ['doelpunten', 'goals', 'reddingen', 'rebounds', 'assists'],
    placing: ['tweede', 'derde', 'vierde', 'vijfde', 'zesde'],
    performs: ['sonate', 'sonates', 'concert', 'concerten', 'symfonie', 'symfonieën', 'preludes', 'nocturnes', 'aria’s', "aria's", 'liederen', 'variaties'],
  },
  it: {
    madeBy: ['progettato da', 'progettata da', 'costruito da', 'costruita da', 'dipinto da', 'composto da', 'scritto da', 'scritta da', 'diretto da', 'diretta da', 'un brano di', 'musiche di', 'opere di', 'romanzo di', 'opera di', 'architetto', 'inventato da', 'inventata da', 'scoperto da', 'scoperta da', 'illustrato da'],
    madeAfter: [],
    tally: ['gol', 'reti', 'parate', 'rimbalzi', 'assist'],
    placing: ['secondo', 'seconda', 'terzo', 'terza', 'quarto', 'quarta', 'quinto', 'quinta'],
    performs: ['sonata', 'sonate', 'concerto', 'concerti', 'sinfonia', 'sinfonie', 'preludi', 'notturni', 'arie', 'lieder', 'variazioni'],
  },
};
