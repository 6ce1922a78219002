/**
 * Words of a question about how to write a value (a style guide, a house style, a standard's notation), and the words
 * that set one way of writing it against another, per language (lower case, matched whole). A number written twice,
 * the same digits in two notations joined by one of `alternative` ("030 12345678 oder 030/12345678", "01 23 45 67 89
 * ou 01.23.45.67.89"), after one of `guidance`, is the example of a notation, not someone's number
 * (notation-examples.ts), unless the writer says it is their own (`own`). Adding a language is adding its line.
 */
export interface NotationWords {
  /** Writing, formatting and style-guide words ("write", "Schreibweise", "graphie", "libro de estilo", "schrijfwijze"). */
  guidance: readonly string[];
  /** Words between two ways of writing the same value ("or", "oder", "ou", "o", "of", "oppure", "instead of"). */
  alternative: readonly string[];
  /** The writer giving their own number ("my number", "ruf mich", "mon portable", "llámame"): then it is theirs, however written. */
  own: readonly string[];
}

export const NOTATION_WORDS: Readonly<Record<'en' | 'de' | 'fr' | 'es' | 'nl' | 'it', NotationWords>> = {
  en: {
    guidance: [
      'write', 'writes', 'written', 'writing', 'format', 'formats', 'formatted', 'formatting', 'notation', 'style', 'house style', 'style guide',
      'stylebook', 'style sheet', 'typography', 'typographic', 'spell', 'spelled', 'spelt', 'punctuate', 'punctuation', 'convention',
    ],
    alternative: ['or', 'or rather', 'vs', 'vs.', 'versus', 'instead of', 'rather than'],
    own: ['my number', 'my phone', 'my mobile', 'my cell', 'my landline', 'my home number', 'my work number', 'call me', 'reach me', 'text me', 'ring me'],
  },
  de: {
    guidance: [
      'schreiben', 'schreibt', 'schreibe', 'schreibst', 'geschrieben', 'schreibweise', 'schreibung', 'notation', 'format', 'formatieren',
      'formatiert', 'formatierung', 'din 5008', 'din-5008', 'stil', 'styleguide', 'stilregeln', 'typografie', 'duden', 'konvention',
    ],
    alternative: ['oder', 'bzw.', 'beziehungsweise', 'statt', 'anstatt', 'vs', 'vs.'],
    own: ['meine nummer', 'meine telefonnummer', 'meine handynummer', 'meine festnetznummer', 'mein handy', 'mein telefon', 'ruf mich', 'rufen sie mich', 'erreichst mich', 'erreichen sie mich'],
  },
  fr: {
    guidance: [
      'écrire', 'écrit', 'écrivez', 'écrivons', 'écrivent', 'graphie', 'notation', 'format', 'formater', 'formaté', 'formatage', 'typo',
      'typographie', 'typographique', 'guide de style', 'charte éditoriale', 'lexique', 'convention', 'orthographe',
    ],
    alternative: ['ou', 'ou bien', 'plutôt que', 'au lieu de', 'vs', 'vs.'],
    own: ['mon numéro', 'mon portable', 'mon téléphone', 'mon fixe', 'appelle-moi', 'appelez-moi', 'rappelle-moi', 'rappelez-moi', 'me joindre'],
  },
  es: {
    guidance: [
      'escribir', 'escribe', 'escriben', 'escribimos', 'escribo', 'escrito', 'formato', 'formatear', 'notación', 'estilo', 'libro de estilo',
      'manual de estilo', 'guía de estilo', 'ortografía', 'ortotipografía', 'grafía', 'convención',
    ],
    alternative: ['o', 'u', 'o bien', 'en vez de', 'en lugar de', 'vs', 'vs.'],
    own: ['mi número', 'mi teléfono', 'mi móvil', 'mi celular', 'mi fijo', 'llámame', 'llámeme', 'localizarme'],
  },
  nl: {
    guidance: [
      'schrijf', 'schrijft', 'schrijven', 'geschreven', 'schrijfwijze', 'notatie', 'opmaak', 'opmaken', 'formaat', 'format', 'stijl',
      'stijlgids', 'huisstijl', 'spelling', 'typografie', 'conventie', 'schrijfregels',
    ],
    alternative: ['of', 'in plaats van', 'i.p.v.', 'vs', 'vs.'],
    own: ['mijn nummer', 'mijn telefoonnummer', 'mijn mobiele nummer', 'mijn mobiel', 'mijn vaste nummer', 'bel me', 'bel mij', 'bereik me', 'bereik mij'],
  },
  it: {
    guidance: [
      'scrivere', 'scrive', 'scrivono', 'scriviamo', 'scrivi', 'scritto', 'scritti', 'grafia', 'notazione', 'formato', 'formattare',
      'formattazione', 'stile', 'manuale di stile', 'guida di stile', 'norme redazionali', 'tipografia', 'ortografia', 'convenzione',
    ],
    alternative: ['o', 'oppure', 'invece di', 'anziché', 'vs', 'vs.'],
    own: ['il mio numero', 'mio numero', 'mio cellulare', 'mio telefono', 'chiamami', 'mi chiami', 'richiamami', 'mi richiami'],
  },
};
