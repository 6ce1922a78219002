/**
 * The small words around a birth told in a sentence, for reading its subject (birth-subjects.ts): the birth words, the
 * auxiliaries and prepositions between the subject and the date ("was born on", "ist am", "est né le", "è nato il"),
 * the subject pronouns, and the determiners that open a common noun's phrase ("the", "unser", "l'", "el", "de", "il").
 * Lower case, single words; an elided article keeps its apostrophe. Source: the grammar of each language (closed word
 * classes), typed by hand (2026-12-05). Adding a language is adding an entry here.
 */
export interface BirthSubjectWords {
  /** Birth words, as single words. */
  born: readonly string[];
  /** Auxiliaries and prepositions between the subject and the date. */
  glue: readonly string[];
  /** Subject pronouns (third person; the first person is the writer's own birth, a private one). */
  pronouns: readonly string[];
  /** Articles, possessives and demonstratives that open a noun phrase. */
  determiners: readonly string[];
}

export const BIRTH_SUBJECT_WORDS: Readonly<Record<'en' | 'de' | 'fr' | 'es' | 'nl' | 'it', BirthSubjectWords>> = {
  en: {
    born: ['born'],
    glue: ['was', 'is', 'were', 'on', 'has', 'been'],
    pronouns: ['he', 'she', 'they', 'i'],
    determiners: ['the', 'a', 'an', 'our', 'my', 'your', 'their', 'this', 'that', 'one'],
  },
  de: {
    born: ['geboren', 'geb'],
    glue: ['ist', 'wurde', 'war', 'am', 'sind', 'wurden'],
    pronouns: ['er', 'sie', 'es', 'ich'],
    determiners: ['der', 'die', 'das', 'ein', 'eine', 'unser', 'unsere', 'mein', 'meine', 'dein', 'deine', 'ihr', 'ihre', 'dieser', 'diese', 'dieses', 'euer', 'eure'],
  },
  fr: {
    born: ['né', 'née', 'nés', 'nées', 'naît'],
    glue: ['est', 'était', 'le', "l'", 'sont', 'suis'],
    pronouns: ['il', 'elle', 'je'],
    determiners: ['le', 'la', "l'", 'un', 'une', 'notre', 'nos', 'mon', 'ma', 'ton', 'ta', 'votre', 'ce', 'cet', 'cette', 'son', 'sa'],
  },
  es: {
    born: ['nació', 'nacido', 'nacida', 'nacidos', 'nacidas', 'nací'],
    glue: ['el', 'ha', 'fue', 'es', 'está'],
    pronouns: ['él', 'ella', 'yo'],
    determiners: ['el', 'la', 'los', 'las', 'un', 'una', 'nuestro', 'nuestra', 'mi', 'tu', 'su', 'este', 'esta', 'ese', 'esa'],
  },
  nl: {
    born: ['geboren', 'geb'],
    glue: ['is', 'werd', 'was', 'op', 'zijn', 'ben'],
    pronouns: ['hij', 'zij', 'ze', 'ik'],
    determiners: ['de', 'het', 'een', 'onze', 'ons', 'mijn', 'jouw', 'uw', 'hun', 'deze', 'dit', 'die', 'dat'],
  },
  it: {
    born: ['nato', 'nata', 'nati', 'nate', 'nacque', 'nasce'],
    glue: ['è', 'era', 'il', "l'", 'sono', 'fu'],
    pronouns: ['lui', 'lei', 'egli', 'ella', 'io'],
    determiners: ['il', 'lo', 'la', "l'", 'un', 'una', 'uno', "un'", 'nostro', 'nostra', 'mio', 'mia', 'tuo', 'tua', 'questo', 'questa', 'quel', 'quella', 'suo', 'sua'],
  },
};
