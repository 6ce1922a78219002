/**
 * Words of a life story right before a birth date ("born 15 May 1987 in Glasgow", "geboren am 9. Mai 1921", "né le 23
 * juin 1972", "nacido el 3 de junio de 1986", "geboren 25 april 1947", "nato il 16 febbraio 1979"): with a listed public
 * figure just before them (data/public-names.ts), the date is that figure's published biography (birth-dates.ts). Form
 * labels ("DOB", "Geburtsdatum", "date de naissance") are not here: a form's date is a record's. Lower case; a space stands
 * for any run of spaces. Adding a language is adding an entry here.
 */
export const BORN_WORDS: Readonly<Record<'en' | 'de' | 'fr' | 'es' | 'nl' | 'it', readonly string[]>> = {
  en: ['born', 'born on', 'was born', 'was born on'],
  de: ['geboren', 'geboren am', 'geb. am', 'geb.'],
  fr: ['né', 'née', 'né le', 'née le', 'est né le', 'est née le', 'naît le'],
  es: ['nacido', 'nacida', 'nacido el', 'nacida el', 'nació el', 'nació'],
  nl: ['geboren', 'geboren op', 'werd geboren op'],
  it: ['nato', 'nata', 'nato il', 'nata il', "nato l'", "nata l'", 'è nato il', 'è nata il', 'nacque il'],
};

/**
 * A CV's, an application's or a form's words anywhere in the text: a listed public figure's name there is a namesake's
 * ("CV: Thomas Müller, born 19 June 1978"), and the date a record's, not a biography's (birth-dates.ts). Lower case.
 */
export const RECORD_WORDS: Readonly<Record<'en' | 'de' | 'fr' | 'es' | 'nl' | 'it', readonly string[]>> = {
  en: ['cv', 'résumé', 'resume', 'curriculum vitae', 'job application', 'application form', 'applicant', 'candidate', 'personal details', 'registration form'],
  de: ['lebenslauf', 'bewerbung', 'bewerber', 'bewerberin', 'personalbogen', 'anmeldeformular', 'formular', 'persönliche daten'],
  fr: ['cv', 'curriculum vitae', 'candidature', 'candidat', 'candidate', 'formulaire', "fiche d'inscription", 'état civil'],
  es: ['cv', 'currículum', 'curriculum vitae', 'candidatura', 'candidato', 'candidata', 'solicitud', 'formulario', 'datos personales'],
  nl: ['cv', 'curriculum vitae', 'sollicitatie', 'sollicitant', 'aanmeldformulier', 'formulier', 'persoonsgegevens'],
  it: ['cv', 'curriculum vitae', 'candidatura', 'candidato', 'candidata', 'modulo', "modulo d'iscrizione", 'dati anagrafici'],
};
