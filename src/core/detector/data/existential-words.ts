// "There is / there are" phrases whose verb is also a lower-case self-introduction cue of names.ts ("sono noemi" is "I am
// Noemi", but "ci sono buchi" is "there are holes"): the word after them is no name the cue introduces. Per language;
// only Italian's verb form is shared with a cue ('sono'), the others' cues ("ich bin", "je suis", "soy", "ik ben", "i am")
// are never existential.
export const EXISTENTIAL_CUES: Readonly<Record<'en' | 'de' | 'fr' | 'es' | 'nl' | 'it', readonly string[]>> = {
  en: [],
  de: [],
  fr: [],
  es: [],
  nl: [],
  it: ['ci sono', 'vi sono', "c'è", 'ce ne sono', 'non ci sono'],
};
