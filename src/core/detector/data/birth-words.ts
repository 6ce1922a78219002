/**
 * Words of a life story right before a birth date ("born 15 May 1987 in Glasgow", "geboren am 9. Mai 1921", "né le 23
 * juin 1972", "nacido el 3 de junio de 1986", "geboren 25 april 1947", "nato il 16 febbraio 1979"): with a listed public
 * figure just before them (data/public-names.ts), the date is that figure's published biography (birth-dates.ts). Form
 * labels ("DOB", "Geburtsdatum", "date de naissance") are not here: a form's date is a record's. Lower case; a space stands
 * for any run of spaces. Adding a language is adding an entry here.
 */
export const BORN_WORDS: Readonly<Record<'en' | 'de' | 'fr' | 'es' | 'nl' | 'it', readonly string[]>> = {
  en: ['born', 'born on', 'was born', 'was born on', 'b.'],
  de: ['geboren', 'geboren am', 'geb. am', 'geb.'],
  fr: ['né', 'née', 'né le', 'née le', 'est né le', 'est née le', 'naît le'],
  es: ['nacido', 'nacida', 'nacido el', 'nacida el', 'nació el', 'nació'],
  nl: ['geboren', 'geboren op', 'werd geboren op'],
  it: ['nato', 'nata', 'nato il', 'nata il', "nato l'", "nata l'", 'è nato il', 'è nata il', 'nacque il'],
};

/**
 * A CV's, an application's or a form's words anywhere in the text: a listed public figure's name there is a namesake's
 * ("CV: Thomas Müller, born 19 June 1978"), and the date a record's, not a biography's (birth-dates.ts). A club's player
 * registration and membership form are records too ("Spielerpass", "licence", "tesseramento"). English "resume" only with
 * an article or a possessive: alone it is Spanish "summarise" ("Resume en tres puntos", "Resume:"). Lower case.
 */
export const RECORD_WORDS: Readonly<Record<'en' | 'de' | 'fr' | 'es' | 'nl' | 'it', readonly string[]>> = {
  en: ['cv', 'résumé', 'my resume', 'your resume', 'his resume', 'her resume', 'the resume', 'a resume', 'curriculum vitae', 'job application', 'application form', 'applicant', 'candidate', 'personal details', 'registration form', 'player registration', 'membership form', 'membership application', 'membership number', 'member number', 'consent form'],
  de: ['lebenslauf', 'bewerbung', 'bewerber', 'bewerberin', 'personalbogen', 'anmeldeformular', 'formular', 'persönliche daten', 'spielerpass', 'spielberechtigung', 'passantrag', 'mitgliedsantrag', 'aufnahmeantrag', 'beitrittserklärung', 'mitgliedsnummer'],
  fr: ['cv', 'curriculum vitae', 'candidature', 'candidat', 'candidate', 'formulaire', "fiche d'inscription", 'état civil', 'demande de licence', "bulletin d'adhésion", "fiche d'adhésion", 'numéro de licence', 'autorisation parentale'],
  es: ['cv', 'currículum', 'curriculum vitae', 'candidatura', 'candidato', 'candidata', 'solicitud', 'formulario', 'datos personales', 'ficha federativa', 'licencia federativa', 'alta de socio', 'hoja de inscripción', 'número de socio', 'autorización paterna'],
  nl: ['cv', 'curriculum vitae', 'sollicitatie', 'sollicitant', 'aanmeldformulier', 'formulier', 'persoonsgegevens', 'inschrijfformulier', 'spelerspas', 'lidmaatschapsformulier', 'lidnummer', 'relatienummer'],
  it: ['cv', 'curriculum vitae', 'candidatura', 'candidato', 'candidata', 'modulo', "modulo d'iscrizione", 'dati anagrafici', 'tesseramento', 'domanda di tesseramento', 'numero di tessera', 'autorizzazione dei genitori'],
};
