/**
 * Words that say a phone number is a private person's (phone-evidence.ts). A request whose only findings are phone
 * numbers that are no mobile by their national numbering plan (a landline, a freephone or shared-cost service line, a
 * number of unknown type) keeps them only when one of these stands near a number, or a person's name stands right
 * before it: "call the client on", "Bel de klant terug op", "ring him on", "her personal mob", "privat erreichbar",
 * "il suo numero", "my mum's landline". A museum's, a hotel's, an estate agent's, a crisis line's or a tax office's
 * number, the rows of a stock list and a style guide's sample numbers carry none of them.
 *
 * Matching (phone-evidence.ts): lower case with accents folded ("é" = "e"), whole words only; a phrase is words in a row
 * with no letter between them (anything else may be: "appelle-le" is "appelle le", "m'n" is "m n"). Keep out words that a business's line is labelled with as often as a person's: "office",
 * "contact", "service", "info", "help", "booking"; and a person word inside a desk's name ("customer service", "service
 * client", "atención al cliente", "servizio clienti") is no person: those phrases are listed under `desk`.
 *
 * Source: typed by hand (2026-12-05) from the lone-phone requests of the held-out sets 1-55 (sensitive: a client's,
 * patient's, caller's, relative's or named person's number; clean: museums, hotels, estate agents, crisis and
 * information lines, style-guide samples, test numbers, product codes), widened to each category's everyday vocabulary
 * in the six languages. Adding a language is adding an entry here.
 */
export interface PhoneEvidenceWords {
  /**
   * A person a business or service deals with, or someone the writer knows: the number near one is that person's
   * ("call the client back on", "patiënt terugbellen op", "Kunde bittet um Rückruf"). Anywhere in the window.
   */
  person: readonly string[];
  /** Phrases in which a person word names a business's desk or line: the person word inside one does not count. */
  desk: readonly string[];
  /** Relations and partners that are private alone ("mum", "nan", "Mama", "marito", "Freundin"). */
  relation: readonly string[];
  /**
   * Possessives of one person (first and third person singular; not "our", "your", "their": a firm's "our office",
   * "your branch", "their desk"), before a phone word ("his mobile", "her number", "sein Handy", "il suo numero"), a
   * relation ("her mother") or kin-words.ts's relatives and workmates ("my sister", "mijn buurvrouw").
   */
  possessive: readonly string[];
  /** Phone words after a possessive: "her number", "sa ligne", "su teléfono". */
  phoneWord: readonly string[];
  /**
   * Labels that make a number a person's own line whoever writes them: private, personal, home, mobile ("personal
   * mob", "privat", "Handy", "móvil personal", "portable perso", "cell personale", "privénummer"). A mobile word before a
   * number that is no mobile by its plan is still the writer's word for it: a foreign mobile, a number typed wrong.
   */
  privateLabel: readonly string[];
  /** A call or message to a person: "ring him", "call her", "text message to", "sms naar", "ruf sie an", "chiamalo". */
  callPerson: readonly string[];
  /** A message sent to a number ("Écris un SMS simple à envoyer au", "Scrivi un SMS al", "stuur een sms naar"): the words for one. */
  message: readonly string[];
  /** The word right before the number that the message is sent to ("to", "au", "al", "naar", "an"). */
  to: readonly string[];
  /** Between a name and its number: labels and little words ("Anna Berg, tel.: ", "Ronald op", "Els Visser, telefoon"). */
  gap: readonly string[];
  /** Titles before a surname that make it a person's ("Mrs Okafor", "Frau Yilmaz", "mw. Jansen"); not "Dr": a practice's line. */
  title: readonly string[];
}

export const PHONE_EVIDENCE_WORDS: Readonly<Record<'en' | 'de' | 'fr' | 'es' | 'nl' | 'it', PhoneEvidenceWords>> = {
  en: {
    person: [
      'client', 'clients', "client's", 'customer', 'customers', 'patient', 'patients', 'caller', 'tenant', 'tenants', 'resident', 'applicant',
      'claimant', 'defendant', 'pupil', 'student', 'parent', 'guardian', 'next of kin', 'emergency contact', 'carer', 'the insured',
      'policyholder', 'policy holder', 'the deceased', 'member', 'service user', 'home phone', 'home number', 'landline at home',
    ],
    desk: [
      'customer service', 'customer services', 'customer care', 'customer support', 'customer line', 'customer helpline', 'customer hotline',
      'customer relations', 'client services', 'client service', 'patient services', 'patient line', 'patient advice', 'patient liaison', 'patient booking', 'patient transport', 'patient enquiries',
      'patients association', 'student services', 'student union', 'members line', 'member services', 'parent line', 'parents line',
    ],
    relation: [
      'mum', 'mom', 'mummy', 'mommy', 'dad', 'daddy', 'nan', 'nana', 'nanna', 'gran', 'granny', 'grandma', 'grandpa', 'grandad', 'grandmother',
      'grandfather', 'husband', 'wife', 'hubby', 'boyfriend', 'girlfriend', 'fiance', 'fiancee', 'stepdad', 'stepmum', 'stepmom', 'auntie',
    ],
    possessive: ['my', 'his', 'her', 'mine'],
    phoneWord: ['number', 'phone', 'mobile', 'mob', 'cell', 'landline', 'line', 'home phone', 'phone number', 'contact number', 'tel', 'no', 'num'],
    privateLabel: ['personal', 'private', 'privately', 'mobile', 'mob', 'cell', 'cellphone', 'whatsapp'],
    callPerson: [
      'ring him', 'ring her', 'ring them', 'call him', 'call her', 'call them', 'phone him', 'phone her', 'text him', 'text her', 'call me',
      'ring me', 'phone me', 'text me', 'reach me', 'reach him', 'reach her', 'call back', 'ring back', 'callback', 'text message to',
      'sms to', 'message to send to', 'his number', 'her number', 'my number',
    ],
    message: ['sms', 'text', 'texts', 'text message', 'whatsapp', 'message', 'reminder'],
    to: ['to'],
    gap: ['tel', 'tel.', 'telephone', 'phone', 'ph', 'mobile', 'mob', 'cell', 'number', 'no', 'nr', 'on', 'at', 'is', 'via', 'contact'],
    title: ['mr', 'mrs', 'ms', 'miss', 'mx'],
  },
  de: {
    person: [
      'kunde', 'kunden', 'kundin', 'mandant', 'mandantin', 'mandanten', 'patient', 'patientin', 'patienten', 'anrufer', 'anruferin', 'mieter',
      'mieterin', 'bewohner', 'bewohnerin', 'antragsteller', 'antragstellerin', 'schuler', 'schulerin', 'vater', 'mutter',
      'angehorige', 'angehorigen', 'angehoriger', 'betreuer', 'betreuerin', 'versicherungsnehmer', 'verstorbene', 'verstorbenen', 'mitglied',
      'festnetz privat', 'privatnummer', 'privatanschluss',
    ],
    desk: ['kunden service', 'kunden hotline', 'patienten service', 'patienten hotline', 'eltern telefon', 'mitglieder service'],
    relation: [
      'mama', 'mami', 'mutti', 'papa', 'papi', 'vati', 'oma', 'opa', 'omi', 'opi', 'freundin', 'ehemann', 'ehefrau', 'ehemannes', 'verlobte',
      'verlobter', 'schwiegermutter', 'schwiegervater',
    ],
    possessive: ['mein', 'meine', 'meiner', 'sein', 'seine', 'seiner', 'ihr', 'ihre', 'ihrer'],
    phoneWord: ['nummer', 'telefonnummer', 'handy', 'handynummer', 'telefon', 'festnetz', 'festnetznummer', 'mobilnummer', 'anschluss', 'nr'],
    privateLabel: ['privat', 'private', 'privatnummer', 'privattelefon', 'handy', 'handynummer', 'mobil', 'mobilnummer', 'whatsapp'],
    callPerson: [
      'ruf ihn', 'ruf sie', 'rufen sie ihn', 'ihn anrufen', 'sie anrufen', 'ihn zuruckrufen', 'sie zuruckrufen', 'ruf mich', 'ruft mich',
      'mich anrufen', 'mich erreichen', 'erreichst mich', 'erreichen sie mich', 'sms an', 'nachricht an', 'ruckruf', 'zuruckrufen',
      'bittet um ruckruf',
    ],
    message: ['sms', 'whatsapp', 'nachricht', 'textnachricht', 'erinnerung'],
    to: ['an'],
    gap: ['tel', 'tel.', 'telefon', 'telefonnummer', 'handy', 'mobil', 'nummer', 'nr', 'unter', 'an', 'auf', 'ist', 'erreichbar', 'erreichbar unter'],
    title: ['herr', 'herrn', 'hr', 'frau', 'fr'],
  },
  fr: {
    person: [
      'client', 'cliente', 'clients', 'clientes', 'patient', 'patiente', 'patients', 'appelant', 'appelante', 'locataire', 'locataires',
      'resident', 'residente', 'demandeur', 'demandeuse', 'eleve', 'assure', 'assuree', 'defunt', 'defunte', 'adherent',
      'adherente', 'beneficiaire', 'usager', 'usagere', 'personne a prevenir', 'fixe perso', 'fixe personnel',
    ],
    desk: [
      'service client', 'service clients', 'service clientele', 'relation client', 'relations clients', 'espace client', 'accueil patients',
      'service patients', 'ecoute parents', 'parents ecoute', 'service adherents',
    ],
    relation: [
      'maman', 'papa', 'mamie', 'papi', 'papy', 'mami', 'mamy', 'grand mere', 'grand pere', 'mari', 'epouse', 'copine', 'copain', 'fiance',
      'fiancee', 'belle mere', 'beau pere',
    ],
    possessive: ['mon', 'ma', 'mes', 'son', 'sa', 'ses'],
    phoneWord: ['numero', 'portable', 'telephone', 'tel', 'fixe', 'ligne', 'mobile', 'tel.', 'num', 'no'],
    privateLabel: ['perso', 'personnel', 'personnelle', 'prive', 'privee', 'domicile', 'portable', 'mobile', 'whatsapp'],
    callPerson: [
      'appelle le', 'appelle la', 'appelez le', 'appelez la', 'rappelle le', 'rappelle la', 'rappeler le', 'rappeler la', 'rappelez le',
      'rappelez la', 'le rappeler', 'la rappeler', 'l appeler', 'le joindre', 'la joindre', 'appelle moi', 'appelez moi', 'rappelle moi',
      'rappelez moi', 'me joindre', 'me rappeler', 'm appeler', 'sms a', 'texto a', 'message a envoyer a',
    ],
    message: ['sms', 'texto', 'whatsapp', 'message', 'rappel'],
    to: ['au', 'a'],
    gap: ['tel', 'tel.', 'telephone', 'portable', 'port', 'mobile', 'numero', 'no', 'n', 'au', 'le', 'est', 'joignable au', 'joignable'],
    title: ['m', 'mme', 'mlle', 'madame', 'monsieur'],
  },
  es: {
    person: [
      'cliente', 'clientes', 'clienta', 'paciente', 'pacientes', 'llamante', 'inquilino', 'inquilina', 'inquilinos', 'residente', 'solicitante',
      'alumno', 'alumna', 'tutor', 'tutora', 'asegurado', 'asegurada', 'difunto', 'difunta', 'fallecido', 'fallecida', 'socio',
      'socia', 'usuario', 'usuaria', 'familiar', 'fijo de casa', 'telefono de casa',
    ],
    desk: [
      'atencion al cliente', 'servicio al cliente', 'servicio de atencion al cliente', 'area de clientes', 'atencion al paciente',
      'servicio de atencion al paciente', 'atencion al socio', 'oficina del socio', 'atencion al usuario', 'defensor del paciente',
    ],
    relation: [
      'mama', 'mami', 'papa', 'papi', 'abuela', 'abuelo', 'abuelita', 'abuelito', 'yaya', 'yayo', 'marido', 'esposo', 'esposa', 'novia', 'novio',
      'suegra', 'suegro',
    ],
    possessive: ['mi', 'mis', 'su'],
    phoneWord: ['numero', 'telefono', 'movil', 'fijo', 'celular', 'tlf', 'tel', 'num'],
    privateLabel: ['personal', 'privado', 'particular', 'de casa', 'movil', 'celular', 'whatsapp'],
    callPerson: [
      'llamale', 'llamala', 'llamarle', 'llamarla', 'llamalo', 'llamarlo', 'llame al cliente', 'llamar al cliente', 'devolver la llamada',
      'devuelve la llamada', 'devolverle la llamada', 'llamame', 'llamadme', 'llameme', 'llamarme', 'localizarme', 'sms a', 'mensaje a',
    ],
    message: ['sms', 'mensaje', 'whatsapp', 'wasap', 'recordatorio'],
    to: ['al', 'a'],
    gap: ['tel', 'tel.', 'tlf', 'tlf.', 'telefono', 'movil', 'numero', 'n', 'no', 'al', 'el', 'es', 'en', 'es el'],
    title: ['sr', 'sra', 'srta', 'senor', 'senora', 'don', 'dona', 'd'],
  },
  nl: {
    person: [
      'klant', 'klanten', 'client', 'cliente', 'clienten', 'patient', 'patiente', 'patienten', 'beller', 'huurder', 'huurders', 'bewoner',
      'bewoonster', 'aanvrager', 'leerling', 'verzekerde', 'overledene', 'nabestaande', 'nabestaanden', 'lid',
      'contactpersoon', 'eerste contactpersoon',
    ],
    desk: ['klanten service', 'klant service', 'patienten service', 'patienten lijn', 'ouders lijn', 'leden service'],
    relation: [
      'mama', 'mam', 'mams', 'papa', 'pap', 'oma', 'opa', 'omi', 'vriendin', 'vriendje', 'vriendinnetje', 'echtgenoot', 'echtgenote', 'verloofde',
      'schoonmoeder', 'schoonvader',
    ],
    possessive: ['mijn', 'mn', 'm n', 'zijn', 'z n', 'haar'],
    phoneWord: ['nummer', 'telefoonnummer', 'mobiel', 'mobieltje', 'gsm', 'telefoon', 'vaste nummer', 'vast nummer', 'nr'],
    privateLabel: ['prive', 'privenummer', 'prive nummer', 'priveadres', 'mobiel', 'mobiele nummer', 'gsm', 'thuis', 'thuisnummer', 'whatsapp'],
    callPerson: [
      'bel hem', 'bel haar', 'bel ze', 'bellen met', 'hem bellen', 'haar bellen', 'hem terugbellen', 'haar terugbellen', 'bel me', 'bel mij',
      'mij bellen', 'me bellen', 'mij bereiken', 'me bereiken', 'terugbellen', 'terug bellen', 'bel de klant', 'sms naar', 'sms je naar',
      'appje naar', 'berichtje naar',
    ],
    message: ['sms', 'sms je', 'smsje', 'appje', 'berichtje', 'bericht', 'whatsapp', 'herinnering'],
    to: ['naar', 'aan'],
    gap: ['tel', 'tel.', 'telefoon', 'telefoonnummer', 'mobiel', 'gsm', 'nummer', 'nr', 'op', 'is', 'via', 'bereikbaar op', 'bereikbaar'],
    title: ['dhr', 'mw', 'mevr', 'mevrouw', 'meneer', 'mr', 'mevr.'],
  },
  it: {
    person: [
      'cliente', 'clienti', 'paziente', 'pazienti', 'assistito', 'assistita', 'chiamante', 'inquilino', 'inquilina', 'inquilini', 'residente',
      'richiedente', 'alunno', 'alunna', 'genitore', 'assicurato', 'assicurata', 'defunto', 'defunta', 'socio', 'socia', 'utente',
      'familiare', 'familiari', 'fisso di casa', 'telefono di casa', 'numero di casa',
    ],
    desk: [
      'servizio clienti', 'assistenza clienti', 'area clienti', 'servizio cliente', 'ufficio relazioni con il pubblico', 'servizio pazienti',
      'tribunale del malato', 'servizio utenti', 'assistenza utenti',
    ],
    relation: [
      'mamma', 'papa', 'babbo', 'nonna', 'nonno', 'marito', 'moglie', 'fidanzata', 'fidanzato', 'morosa', 'moroso', 'suocera', 'suocero',
    ],
    possessive: ['mio', 'mia', 'miei', 'mie', 'suo', 'sua', 'suoi', 'sue'],
    phoneWord: ['numero', 'cellulare', 'cell', 'telefono', 'fisso', 'recapito', 'num', 'n'],
    privateLabel: ['privato', 'personale', 'privata', 'di casa', 'cellulare', 'cell', 'whatsapp'],
    callPerson: [
      'chiamalo', 'chiamala', 'chiamarlo', 'chiamarla', 'richiamalo', 'richiamala', 'richiamarlo', 'richiamarla', 'chiamami', 'chiamatemi',
      'chiamarmi', 'mi chiami', 'richiamami', 'mi richiami', 'sms a', 'messaggio a',
    ],
    message: ['sms', 'messaggio', 'messaggino', 'whatsapp', 'promemoria'],
    to: ['al', 'a'],
    gap: ['tel', 'tel.', 'telefono', 'cell', 'cell.', 'cellulare', 'numero', 'n', 'al', 'e', 'e il', 'recapito'],
    title: ['sig', 'sig.ra', 'sigra', 'signor', 'signora', 'sigg'],
  },
};
