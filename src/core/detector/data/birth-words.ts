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

/**
 * Between a birth-date label and its date: whose date the label names ("Fecha de nacimiento del solicitante: ...",
 * "Geboortedatum aanvrager: ...", "Data di nascita del richiedente: ...", "date of birth of the applicant: ..."), where the
 * record keeps it ("Geburtsdatum im Profil 29.02.2008", "date of birth on the account ..."), or the person giving it
 * ("DOB. She says 03/11/1958", "Geburtsdatum: er nennt 12.03.1980"). A form's or a caller's date for one person, which
 * the label alone reads when the date follows right after it. `of`: the genitive words before the holder.
 */
export const BIRTH_LABEL_LINKS: Readonly<Record<'en' | 'de' | 'fr' | 'es' | 'nl' | 'it', { of: readonly string[]; holders: readonly string[]; places: readonly string[]; speech: readonly string[] }>> = {
  en: {
    of: ['of the', 'of'],
    holders: ['applicant', 'customer', 'client', 'caller', 'patient', 'member', 'employee', 'child', 'claimant', 'tenant', 'policyholder', 'account holder', 'cardholder', 'student', 'pupil', 'candidate', 'user', 'driver', 'holder'],
    places: ['on the profile', 'in the profile', 'on the account', 'on file', 'on record', 'in the system', 'on the system'],
    speech: ['she says', 'he says', 'they say', 'she said', 'he said', 'they said', 'she gave', 'he gave', 'she gives', 'he gives', 'caller says', 'the caller says', 'customer says', 'the customer says'],
  },
  de: {
    of: ['des', 'der'],
    holders: ['antragsteller', 'antragstellers', 'antragstellerin', 'kunde', 'kunden', 'kundin', 'klient', 'klienten', 'klientin', 'patient', 'patienten', 'patientin', 'mitglieds', 'mitarbeiters', 'mitarbeiterin', 'kindes', 'kinds', 'mieters', 'mieterin', 'versicherten', 'bewerbers', 'bewerberin', 'schülers', 'schülerin', 'fahrers', 'fahrerin', 'kontoinhabers', 'kontoinhaberin', 'inhabers', 'inhaberin', 'nutzers', 'nutzerin'],
    places: ['im profil', 'im kundenprofil', 'im system', 'in der akte', 'im konto', 'laut ausweis', 'laut profil', 'laut system'],
    speech: ['sie sagt', 'er sagt', 'sie nennt', 'er nennt', 'sie gibt an', 'er gibt an', 'laut kunde', 'laut kundin'],
  },
  fr: {
    of: ['du', 'de la', "de l'", 'de l’', 'des', 'de'],
    holders: ['demandeur', 'demandeuse', 'client', 'cliente', 'patient', 'patiente', 'salarié', 'salariée', 'enfant', 'locataire', 'assuré', 'assurée', 'candidat', 'candidate', 'élève', 'titulaire', 'conducteur', 'conductrice', 'adhérent', 'adhérente', 'souscripteur', 'souscriptrice'],
    places: ['dans le dossier', 'au dossier', 'dans le profil', 'sur le profil', 'dans le système', 'sur le compte'],
    speech: ['elle dit', 'il dit', 'elle donne', 'il donne', 'elle indique', 'il indique'],
  },
  es: {
    of: ['del', 'de la', 'de los', 'de las', 'de'],
    holders: ['solicitante', 'cliente', 'clienta', 'paciente', 'empleado', 'empleada', 'trabajador', 'trabajadora', 'niño', 'niña', 'menor', 'inquilino', 'inquilina', 'asegurado', 'asegurada', 'candidato', 'candidata', 'alumno', 'alumna', 'titular', 'conductor', 'conductora', 'socio', 'socia', 'usuario', 'usuaria'],
    places: ['en el perfil', 'en el sistema', 'en la ficha', 'en el expediente', 'en la cuenta'],
    speech: ['dice', 'ella dice', 'él dice', 'nos da', 'indica'],
  },
  nl: {
    of: ['van de', 'van het', 'van'],
    holders: ['aanvrager', 'aanvraagster', 'klant', 'cliënt', 'client', 'patiënt', 'patient', 'werknemer', 'medewerker', 'kind', 'huurder', 'verzekerde', 'kandidaat', 'leerling', 'rekeninghouder', 'houder', 'bestuurder', 'lid', 'deelnemer', 'gebruiker'],
    places: ['in het profiel', 'op het profiel', 'in het systeem', 'in het dossier', 'op de rekening'],
    speech: ['ze zegt', 'hij zegt', 'zegt ze', 'zegt hij', 'ze geeft', 'hij geeft'],
  },
  it: {
    of: ['del', 'della', 'dello', "dell'", 'dell’', 'dei', 'di'],
    holders: ['richiedente', 'cliente', 'paziente', 'dipendente', 'lavoratore', 'lavoratrice', 'bambino', 'bambina', 'minore', 'inquilino', 'inquilina', 'assicurato', 'assicurata', 'candidato', 'candidata', 'alunno', 'alunna', 'titolare', 'intestatario', 'intestataria', 'conducente', 'socio', 'socia', 'utente'],
    places: ['nel profilo', 'nel sistema', 'nella scheda', 'nel fascicolo', 'sul conto'],
    speech: ['dice', 'lei dice', 'lui dice', 'indica', 'ci dà'],
  },
};

/**
 * What else links a birth-date label to its date in a short note (context-ids.ts BIRTH_NOTE_LINK): `dateOf`, the word
 * that gives the label its value ("a DOB of 19/09/1944", "een geboortedatum van 02-10-1937"); `sofar`, how far the
 * writer's record goes ("the date of birth so far: ...", "la date de naissance pour l'instant : ...", "la fecha de
 * nacimiento por ahora, ..."). A comma alone links them too ("solo tengo la fecha de nacimiento, 9 de marzo de 1939").
 * Held-out set 95: a referral's lone birth date.
 */
export const BIRTH_NOTE_LINKS: Readonly<Record<'en' | 'de' | 'fr' | 'es' | 'nl' | 'it', { dateOf: readonly string[]; sofar: readonly string[] }>> = {
  en: { dateOf: ['of'], sofar: ['so far', 'for now', 'for the moment', 'at the moment', 'only', 'just'] },
  de: { dateOf: ['vom', 'von'], sofar: ['bisher', 'bis jetzt', 'vorerst', 'erstmal', 'erst mal', 'zurzeit', 'nur'] },
  fr: { dateOf: ['du'], sofar: ["pour l'instant", 'pour l’instant', 'pour le moment', 'seulement', 'uniquement', 'à ce stade'] },
  es: { dateOf: ['del'], sofar: ['por ahora', 'de momento', 'por el momento', 'hasta ahora', 'solo', 'solamente'] },
  nl: { dateOf: ['van'], sofar: ['voorlopig', 'tot nu toe', 'alleen', 'nog maar'] },
  it: { dateOf: ['del'], sofar: ['per ora', 'per il momento', 'finora', 'al momento', 'solo', 'soltanto'] },
};
