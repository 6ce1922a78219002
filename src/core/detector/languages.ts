/**
 * Cue words per language. Adding a language is adding an entry here (and, for a national identifier, a validator
 * in national-ids.ts). Words are lower case; matching is case-insensitive with letter boundaries.
 */
export interface LanguageCues {
  /** Words that make identifiers nearby PHI. */
  health: readonly string[];
  /** Right before a date of birth (or admission/death date). */
  birth: readonly string[];
  /** Right before a medical record / case number. */
  record: readonly string[];
  /** Near a phone number. */
  phone: readonly string[];
  /** Right before a passport number. */
  passport: readonly string[];
  /** Right before a person's name. */
  name: readonly string[];
  /** Month names and abbreviations, for dates written out. */
  months: readonly string[];
  /** Relatives and roles right before a first name ("my son Lukas", "meine Kollegin Anja"), also of care and work ("Wöchnerin Lisa", "bewoner Gerrit", "stagista Luca"). */
  relation: readonly string[];
  /** How a general-knowledge question starts ("What did...", "Wer ist...", "Qué dijo..."). */
  question: readonly string[];
  /** Words that make a text about the writer's own people (my, patient, draft a letter...), not general knowledge. */
  personal: readonly string[];
  /** Ward and room words before a number in a clinical note ("bed 14", "Zimmer 12", "ch 8", "cama 21", "letto 9"). */
  bed: readonly string[];
  /** Words that say a card number is a published test number ("test card", "tarjeta de pruebas", "testkaart"). */
  testCard: readonly string[];
  /** Words before a version number, so a four-part version is not read as an IP address ("update", "mise à jour"). */
  version: readonly string[];
  /** Departments and a few trades after a lone first name and a preposition ("Joost van inkoop", "Rhodri from the warehouse team", "Hylke van bakkerij ..."). */
  department: readonly string[];
  /** Right after a lone first name: the person is off sick ("is off sick", "estará de baja", "è in malattia"). */
  sickLeave: readonly string[];
  /** Last word of a capitalised run that makes it an organisation, not a person ("Royal Mail", "Deutsche Bahn"). */
  organisation: readonly string[];
  /**
   * Last words of a firm's or a public service's name that are never a surname ("ITA Airways", "France Travail", "Arla
   * Foods"): the run is no person's name even after a listed given name (organisation's words may be surnames: "Anna Post").
   */
  firmEnd: readonly string[];
  /** Endings of compound place names ("Albert Cuypmarkt", "Leopoldplatz"): such a word ends no person's name. */
  placeEnding: readonly string[];
  /** HR words that make a text about an employee's conduct or performance ("review", "Abmahnung", "richiamo scritto"). */
  appraisal: readonly string[];
  /** Words right after a capitalised run that make it a place named after a person ("Wellington Street", "Albert Museum"). */
  placeAfter: readonly string[];
  /**
   * Street and building words right before a capitalised run ("Corso Vittorio Emanuele", "avenida de Blas Infante"). Not
   * Italian "via" (also English "sent via"; names.ts takes "Via" capitalised only) nor words that also mean a person's
   * class or school ("cours de", "l'école de").
   */
  placeBefore: readonly string[];
}

export const LANGUAGES: Readonly<Record<'en' | 'de' | 'fr' | 'es' | 'nl' | 'it', LanguageCues>> = {
  en: {
    health: ['patient', 'diagnosis', 'diagnosed', 'prescribed', 'prescription', 'medication', 'symptoms', 'treatment', 'therapy', 'hospital', 'admitted', 'discharged', 'cancer', 'diabetes', 'depression', 'surgery', 'physician', 'nurse', 'insulin', 'chemotherapy', 'hiv', 'hepatitis', 'pregnant', 'clinic', 'disorder', 'disease'],
    birth: ['dob', 'd.o.b.', 'date of birth', 'birth date', 'birthdate', 'born on', 'born', 'birthday', 'b.'],
    record: ['mrn', 'medical record number', 'medical record no', 'medical record', 'patient id', 'patient number', 'hospital number', 'case number', 'chart number', 'hosp no', 'hosp. no', 'hosp number', 'hospital no.', 'unit number', 'unit no', 'patient pid'],
    phone: ['phone', 'tel', 'telephone', 'mobile', 'cell', 'call', 'call back', 'ring', 'ring me', 'phone me', 'fax', 'whatsapp', 'sms', 'text me'],
    passport: ['passport', 'passport number', 'passport no'],
    name: ['my name is', "i'm", 'i am', 'this is', 'dear', 'patient', 'name:', 'mr.', 'mrs.', 'ms.', 'mx.', 'dr.', 'the patient', 'surname:', 'full name:', 'kind regards', 'best regards', 'best wishes', 'many thanks', 'yours sincerely', 'yours faithfully', 'principal:', 'grantor:', 'donor:', 'insured:', 'claimant:', 'employee:', 'tenant:', 'applicant:', 'policyholder:', 'account holder:', 'cardholder:'],
    months: ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec'],
    relation: ['my son', 'my daughter', 'my kid', 'my child', 'my wife', 'my husband', 'my partner', 'my mother', 'my mom', 'my mum', 'my father', 'my dad', 'my brother', 'my sister', 'my friend', 'my colleague', 'my boss', 'my manager', 'my neighbour', 'my neighbor', 'our client', 'our customer', 'our patient', 'our employee', 'colleague', 'tenant', 'client', 'customer', 'employee', 'staff member', 'applicant', 'candidate', 'policyholder', 'the insured', 'claimant', 'landlord', 'witness', 'plaintiff', 'defendant', 'claimant', 'beneficiary', 'account holder', 'cardholder', 'resident', 'caller', 'grantor', 'donor', 'principal', 'testator', 'the deceased', 'next of kin', 'guarantor', 'service user', 'care recipient', 'expectant mother', 'trainee', 'apprentice', 'passenger', 'crew member', 'crewmember', 'our cook', 'our deckhand', 'our steward', 'our stewardess'],
    question: ['what', 'who', 'whom', 'whose', 'which', 'when', 'where', 'why', 'how', 'explain', 'describe', 'tell me about', 'summarise', 'summarize', 'compare', 'list', 'how many', 'how much', 'in which', 'in what', 'is it true'],
    personal: ['my', 'our', 'me', 'i need', 'i have', 'i want', 'i am', 'i was', 'i will', "i'd", "i've", "i'll", "i'm", 'patient', 'customer', 'client', 'employee', 'colleague', 'tenant', 'caller', 'account', 'reply', 'letter', 'email', 'draft', 'write to', 'send', 'dear', 'appointment', 'order', 'refund', 'booking', 'invoice', 'salary', 'contract', 'for the file', 'witness statement'],
    bed: ['bed', 'room', 'rm', 'bay', 'cubicle', 'side room'],
    testCard: ['test card', 'test cards', 'test card number', 'test number', 'test numbers', 'sandbox', 'testing card', 'test environment'],
    version: ['version', 'release', 'build', 'firmware', 'update', 'updated', 'updating', 'upgrade', 'upgraded', 'upgrading', 'patch', 'patched', 'downgrade', 'downgrading'],
    department: ['team', 'department', 'dept', 'office', 'warehouse', 'accounts', 'finance', 'hr', 'it', 'sales', 'marketing', 'payroll', 'legal', 'reception', 'support', 'procurement', 'logistics', 'kitchen', 'night shift', 'front desk', 'ward', 'bakery', 'butcher', 'garage'],
    sickLeave: ['is off sick', 'is on sick leave', 'has been off sick', 'called in sick', 'is signed off sick', 'will be off sick'],
    organisation: ['mail', 'post', 'airways', 'airlines', 'group', 'insurance', 'telecom', 'energy', 'motors', 'holdings', 'partners', 'services', 'solutions', 'systems', 'technologies', 'labs', 'software', 'consulting', 'logistics', 'express', 'railways', 'rail', 'water', 'council', 'trust', 'foundation', 'institute', 'society', 'agency', 'authority'],
    firmEnd: ['airways', 'airlines', 'foods', 'dairy', 'dairies', 'referrals', 'overground', 'underground', 'holdings', 'technologies', 'solutions', 'consulting', 'logistics', 'telecom', 'insurance', 'railways', 'pharmaceuticals', 'pharma', 'consumer', 'motors', 'software', 'services', 'fellowships', 'scholarships'],
    placeEnding: [],
    appraisal: ['review', 'appraisal', 'performance improvement plan', 'written warning', 'final warning', 'disciplinary', 'line manager', 'rota', 'sick leave', 'maternity leave'],
    placeAfter: ['street', 'road', 'avenue', 'square', 'museum', 'station', 'bridge', 'gallery', 'gardens', 'crescent', 'terrace', 'college', 'airport', 'stadium', 'theatre', 'theater', 'cathedral', 'library', 'memorial', 'institute', 'hospital', 'centre', 'center', 'university', 'school', 'building', 'place', 'embankment', 'arch'],
    placeBefore: [],
  },
  de: {
    health: ['patient', 'patientin', 'diagnose', 'diagnostiziert', 'befund', 'krankenhaus', 'klinik', 'klinikum', 'station', 'therapie', 'behandlung', 'medikament', 'medikamente', 'rezept', 'blutdruck', 'krebs', 'tumor', 'diabetes', 'depression', 'arzt', 'ärztin', 'hausarzt', 'entlassung', 'aufnahme', 'schwanger', 'operation', 'erkrankung', 'insulin', 'psychiatrie', 'krankschreibung', 'arbeitsunfähigkeit'],
    birth: ['geb.', 'geb. am', 'geboren am', 'geboren', 'geburtsdatum', 'geb.-datum', 'geburtstag', 'geburtsdat.', 'geb.-dat.', 'geb.dat.'],
    record: ['fall-nr.', 'fall-nr', 'fallnr.', 'fallnummer', 'patienten-id', 'patientennummer', 'patienten-nr.', 'pat.-nr.', 'aufnahmenummer', 'aufnahme-nr.', 'krankenaktennummer', 'versichertennummer', 'versichertennr.', 'versicherten-nr.', 'krankenversichertennummer', 'kvnr', 'kv-nr.', 'kv-nummer', 'patienten-nummer', 'patient pid', 'patientin pid', 'patienten-pid'],
    phone: ['telefon', 'tel.', 'tel', 'telefonnummer', 'handy', 'handynummer', 'mobil', 'mobilnummer', 'rufnummer', 'festnetz', 'erreichbar unter', 'anrufen', 'ruf', 'rufen sie mich', 'rufen sie', 'zurückrufen', 'rückruf', 'ruft', 'anruf'],
    passport: ['reisepass', 'reisepassnummer', 'passnummer', 'pass-nr.', 'pass-nr', 'ausweisnummer', 'personalausweis'],
    name: ['ich heiße', 'ich heisse', 'mein name ist', 'ich bin', 'herr', 'herrn', 'frau', 'hr.', 'fr.', 'patient', 'patientin', 'pat.', 'sehr geehrte', 'sehr geehrter', 'name:', 'vorname:', 'nachname:', 'mit freundlichen grüßen', 'mit freundlichen grüssen', 'freundliche grüße', 'viele grüße', 'beste grüße', 'liebe grüße', 'gruß', 'grüße', 'vollmachtgeber:', 'vollmachtgeberin:', 'versicherungsnehmer:', 'versicherungsnehmerin:', 'versicherte:', 'versicherter:', 'mandant:', 'mandantin:', 'mitarbeiter:', 'mitarbeiterin:', 'kontoinhaber:', 'kontoinhaberin:', 'karteninhaber:', 'antragsteller:', 'antragstellerin:'],
    months: ['januar', 'jänner', 'februar', 'märz', 'april', 'mai', 'juni', 'juli', 'august', 'september', 'oktober', 'november', 'dezember', 'jan', 'feb', 'mär', 'apr', 'jun', 'jul', 'aug', 'sep', 'okt', 'nov', 'dez'],
    relation: ['mein sohn', 'meine tochter', 'mein kind', 'meine frau', 'mein mann', 'meine mutter', 'mein vater', 'mein bruder', 'meine schwester', 'mein freund', 'meine freundin', 'mein kollege', 'meine kollegin', 'mein chef', 'meine chefin', 'kunde', 'kundin', 'mieter', 'mieterin', 'mitarbeiter', 'mitarbeiterin', 'arbeitnehmer', 'arbeitnehmerin', 'bewerber', 'bewerberin', 'versicherungsnehmer', 'versicherungsnehmerin', 'versicherte', 'versicherter', 'vermieter', 'vermieterin', 'kläger', 'klägerin', 'beklagte', 'beklagter', 'zeuge', 'zeugin', 'mandant', 'mandantin', 'empfänger', 'empfängerin', 'kontoinhaber', 'kontoinhaberin', 'vollmachtgeber', 'vollmachtgeberin', 'vollmachtnehmer', 'vollmachtnehmerin', 'erblasser', 'erblasserin', 'betreute', 'betreuter', 'bürge', 'bürgin', 'wöchnerin', 'schwangere', 'gebärende', 'bewohner', 'bewohnerin', 'heimbewohner', 'heimbewohnerin', 'klient', 'klientin', 'pflegebedürftige', 'pflegebedürftiger', 'beschäftigte', 'beschäftigter', 'auszubildende', 'auszubildender', 'azubi', 'praktikant', 'praktikantin', 'passagier', 'passagierin', 'fahrgast', 'besatzungsmitglied', 'unser koch', 'unsere köchin', 'unser matrose', 'unser steward', 'unsere stewardess'],
    question: ['was', 'wer', 'wen', 'wem', 'wessen', 'wie', 'wann', 'wo', 'warum', 'welche', 'welcher', 'welches', 'erkläre', 'erklär', 'beschreibe', 'erzähl', 'vergleiche', 'fass', 'fasse', 'nenne', 'gib mir einen überblick', 'wie viele', 'wieviel', 'wie viel', 'in welchem', 'in welcher', 'stimmt es'],
    personal: ['mein', 'meine', 'meinen', 'meinem', 'unser', 'unsere', 'ich', 'mir', 'mich', 'patient', 'patientin', 'kunde', 'kundin', 'kollege', 'kollegin', 'brief', 'schreib', 'schreibe', 'antwort', 'sehr geehrte', 'sehr geehrter', 'termin', 'konto', 'bestellung', 'rechnung', 'gehalt', 'vertrag', 'für die akte', 'reklamation', 'zeugenaussage'],
    bed: ['bett', 'zimmer', 'zi.', 'zi'],
    testCard: ['testkarte', 'testkarten', 'testkreditkarte', 'testkartennummer', 'testnummer', 'sandbox', 'testumgebung'],
    version: ['version', 'update', 'upgrade', 'aktualisierung', 'firmware', 'release', 'patch', 'softwarestand'],
    department: ['team', 'abteilung', 'vertrieb', 'einkauf', 'lager', 'buchhaltung', 'personalabteilung', 'personal', 'empfang', 'küche', 'marketing', 'it', 'verwaltung', 'logistik', 'nachtschicht', 'station', 'bäckerei', 'metzgerei', 'werkstatt'],
    sickLeave: ['ist krankgeschrieben', 'ist krank', 'ist arbeitsunfähig', 'fällt krankheitsbedingt aus', 'hat sich krankgemeldet', 'wird krankgeschrieben'],
    organisation: ['bahn', 'post', 'bank', 'versicherung', 'versicherungen', 'gruppe', 'stadtwerke', 'werke', 'telekom', 'energie', 'verlag', 'stiftung', 'verein', 'verband', 'kasse', 'krankenkasse', 'sparkasse', 'volksbank', 'airlines', 'holding'],
    firmEnd: ['versicherung', 'versicherungen', 'stadtwerke', 'telekom', 'airlines', 'logistik', 'holding', 'verlag', 'verkehrsbetriebe', 'krankenkasse'],
    placeEnding: ['straße', 'strasse', 'platz', 'markt', 'kirche', 'bahnhof', 'brücke', 'museum', 'stadion', 'park', 'allee', 'gasse'],
    appraisal: ['beurteilung', 'zwischenbeurteilung', 'leistungsbeurteilung', 'mitarbeitergespräch', 'abmahnung', 'abgemahnt', 'kündigung', 'dienstplan', 'teamleitung', 'mutterschutz', 'krankmeldung'],
    placeAfter: ['straße', 'strasse', 'platz', 'allee', 'museum', 'bahnhof', 'brücke', 'stadion', 'gymnasium', 'schule', 'institut', 'klinik', 'krankenhaus', 'universität', 'denkmal'],
    placeBefore: ['museum', 'gymnasium', 'klinikum'],
  },
  fr: {
    health: ['patient', 'patiente', 'diagnostic', 'diagnostiqué', 'diagnostiquée', 'hôpital', 'hopital', 'clinique', 'traitement', 'médicament', 'médicaments', 'ordonnance', 'maladie', 'cancer', 'tumeur', 'diabète', 'dépression', 'médecin', 'infirmière', 'hospitalisé', 'hospitalisée', 'chirurgie', 'enceinte', 'insuline', 'symptômes', 'pathologie', 'arrêt maladie'],
    birth: ['né le', 'née le', 'né(e) le', 'date de naissance', 'date naissance', 'date de naiss.', 'ddn', 'né', 'née', 'né(e)', 'né/e le', 'né/e', 'né·e le', 'né·e'],
    record: ['n° de dossier', 'numéro de dossier', 'dossier n°', 'n° dossier', 'ipp', 'numéro de patient', 'n° patient', 'n° de patient', 'dossier médical', 'patient pid', 'patiente pid'],
    phone: ['téléphone', 'tél.', 'tél', 'tel.', 'portable', 'mobile', 'appeler', 'joignable au', 'numéro de téléphone', 'fixe', 'rappeler', 'rappelez', 'appelez', 'appelle-moi', 'appelle moi', 'rappelle-moi', 'rappelle moi', 'appelez-moi', 'rappelez-moi'],
    passport: ['passeport', 'numéro de passeport', 'n° de passeport', 'n° passeport'],
    name: ["je m'appelle", 'je suis', 'mon nom est', 'madame', 'monsieur', 'mme', 'mlle', 'mmes', 'm.', 'patient', 'patiente', 'le patient', 'la patiente', 'nom :', 'nom:', 'prénom :', 'prénom:', 'cordialement', 'bien cordialement', 'bien à vous', 'sincères salutations', 'bonne journée', 'mandant :', 'mandant:', 'mandante :', 'mandante:', 'assuré :', 'assuré:', 'assurée :', 'assurée:', 'salarié :', 'salarié:', 'salariée :', 'salariée:', 'titulaire :', 'titulaire:', 'locataire :', 'locataire:', 'demandeur :', 'demandeur:'],
    months: ['janvier', 'février', 'fevrier', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'aout', 'septembre', 'octobre', 'novembre', 'décembre', 'decembre', 'janv', 'févr', 'avr', 'juil', 'sept', 'oct', 'nov', 'déc'],
    relation: ['mon fils', 'ma fille', 'mon enfant', 'ma femme', 'mon mari', 'ma mère', 'mon père', 'mon frère', 'ma sœur', 'mon ami', 'mon amie', 'mon collègue', 'ma collègue', 'mon chef', 'ma cheffe', 'client', 'cliente', 'locataire', 'salarié', 'salariée', 'employé', 'employée', 'agent', 'candidat', 'candidate', 'assuré', 'assurée', 'adhérent', 'adhérente', 'souscripteur', 'bailleur', 'bailleresse', 'demandeur', 'demanderesse', 'défendeur', 'témoin', 'bénéficiaire', 'titulaire', 'mandant', 'mandante', 'mandataire', 'le défunt', 'la défunte', 'héritier', 'héritière', 'garant', 'garante', 'soussigné', 'soussignée', 'parturiente', 'accouchée', 'résident', 'résidente', 'usager', 'usagère', 'apprenti', 'apprentie', 'stagiaire', 'intérimaire', 'passager', 'passagère', "membre d'équipage", 'notre cuisinier', 'notre cuisinière', 'notre matelot', 'notre steward'],
    question: ['qui', 'que', "qu'est-ce", 'quel', 'quelle', 'quels', 'quelles', 'quand', 'où', 'pourquoi', 'comment', 'est-ce', 'explique', 'décris', 'résume', 'compare', 'combien', 'en quelle', 'en quel', 'est-il vrai'],
    personal: ['mon', 'ma', 'mes', 'notre', 'nos', 'je', "j'ai", 'moi', 'patient', 'patiente', 'client', 'cliente', 'lettre', 'écris', 'rédige', 'réponse', 'madame', 'monsieur', 'rendez-vous', 'compte', 'commande', 'facture', 'salaire', 'contrat', 'pour le dossier', 'réclamation', 'plainte'],
    bed: ['ch', 'ch.', 'chambre', 'lit', 'box'],
    testCard: ['carte de test', 'cartes de test', 'carte test', 'numéro de test', 'carte de démo', 'sandbox', 'bac à sable', 'en recette', 'environnement de recette'],
    version: ['version', 'mise à jour', 'màj', 'maj', 'firmware', 'micrologiciel', 'release', 'correctif'],
    department: ['équipe', 'service', 'compta', 'comptabilité', 'accueil', 'rh', 'cuisine', 'entrepôt', 'magasin', 'logistique', 'direction', 'informatique', 'paie', 'standard', 'boulangerie', 'boucherie', 'garage'],
    sickLeave: ['est en arrêt maladie', 'est en arrêt', 'sera en arrêt', 'est malade', 'est en congé maladie'],
    organisation: ['assurances', 'assurance', 'banque', 'groupe', 'télécom', 'énergie', 'mutuelle', 'fondation', 'poste', 'airlines'],
    firmEnd: ['travail', 'assurances', 'mutuelle', 'télécom', 'airlines', 'logistique', 'emploi', 'habitat', 'transports'],
    placeEnding: [],
    appraisal: ['évaluation', 'entretien annuel', 'avertissement', 'sanction disciplinaire', 'licenciement', 'planning', 'arrêt maladie', 'congé maternité'],
    placeAfter: ['cedex'],
    placeBefore: ['rue', 'avenue', 'boulevard', 'bd', 'quai', 'allée', 'impasse', 'chemin', 'square', 'musée', 'lycée', 'hôpital', 'stade', 'théâtre', 'gare', 'pont', 'parc', 'aéroport', 'résidence'],
  },
  es: {
    health: ['paciente', 'diagnóstico', 'diagnostico', 'diagnosticado', 'diagnosticada', 'hospital', 'clínica', 'tratamiento', 'medicamento', 'medicación', 'receta', 'enfermedad', 'cáncer', 'tumor', 'diabetes', 'depresión', 'médico', 'médica', 'enfermera', 'ingresado', 'ingresada', 'cirugía', 'embarazada', 'insulina', 'síntomas', 'baja médica'],
    birth: ['fecha de nacimiento', 'f. nac.', 'f. nacimiento', 'fecha nac.', 'fecha de nac.', 'f. de nac.', 'fec. nac.', 'nacido el', 'nacida el', 'nació el', 'nacido', 'nacida', 'nació', 'nacido/a el', 'nacido/a', 'nacido(a) el', 'nacido(a)', 'nacida/o el', 'nacida/o'],
    record: ['nhc', 'n.º historia', 'nº historia', 'historia clínica', 'número de historia', 'número de historia clínica', 'nº de historia clínica', 'n.º de historia clínica', 'historia clínica nº', 'historia clínica n.º', 'número de paciente', 'nº de paciente', 'id de paciente', 'nuhsa', 'tarjeta sanitaria', 'nº tarjeta sanitaria', 'código cip', 'cip autonómico', 'nº de historia', 'n.º de historia', 'paciente pid'],
    phone: ['teléfono', 'telefono', 'tel.', 'tlf', 'tlf.', 'móvil', 'movil', 'celular', 'llamar', 'llame', 'llámame', 'llamame', 'llámeme', 'llameme', 'llamadme', 'llámenme', 'llamarme', 'llámanos', 'llamadnos', 'llámenos', 'número de teléfono', 'whatsapp', 'llama', 'llamad', 'llámale', 'llamale', 'llamadle', 'llamarle', 'fijo', 'wasap'],
    passport: ['pasaporte', 'número de pasaporte', 'nº de pasaporte', 'n.º de pasaporte'],
    name: ['me llamo', 'mi nombre es', 'soy', 'sr.', 'sra.', 'srta.', 'sres.', 'don', 'doña', 'dña.', 'd.ª', 'paciente', 'nombre:', 'estimado', 'estimada', 'apellidos:', 'la paciente', 'el paciente', 'un saludo', 'saludos', 'atentamente', 'un abrazo', 'cordialmente', 'poderdante:', 'otorgante:', 'asegurado:', 'asegurada:', 'tomador:', 'tomadora:', 'trabajador:', 'trabajadora:', 'titular:', 'solicitante:', 'inquilino:', 'inquilina:'],
    months: ['enero', 'febrero', 'marzo', 'abril', 'mayo', 'junio', 'julio', 'agosto', 'septiembre', 'setiembre', 'octubre', 'noviembre', 'diciembre', 'ene', 'abr', 'ago', 'dic'],
    relation: ['mi hijo', 'mi hija', 'mi esposa', 'mi marido', 'mi mujer', 'mi madre', 'mi padre', 'mi hermano', 'mi hermana', 'mi amigo', 'mi amiga', 'mi compañero', 'mi compañera', 'mi jefe', 'mi jefa', 'cliente', 'inquilino', 'inquilina', 'empleado', 'empleada', 'trabajador', 'trabajadora', 'candidato', 'candidata', 'asegurado', 'asegurada', 'tomador', 'tomadora', 'arrendador', 'arrendadora', 'arrendatario', 'arrendataria', 'demandante', 'demandado', 'demandada', 'testigo', 'beneficiario', 'beneficiaria', 'titular', 'poderdante', 'apoderado', 'apoderada', 'otorgante', 'causante', 'heredero', 'heredera', 'avalista', 'fiador', 'fiadora', 'puérpera', 'gestante', 'parturienta', 'residente', 'usuario', 'usuaria', 'becario', 'becaria', 'pasajero', 'pasajera', 'tripulante', 'nuestro cocinero', 'nuestra cocinera', 'nuestro marinero', 'nuestro camarero', 'nuestra camarera'],
    question: ['qué', 'quién', 'quiénes', 'cuál', 'cuáles', 'cuándo', 'dónde', 'por qué', 'cómo', 'explica', 'describe', 'resume', 'resúmeme', 'compara', 'cuántos', 'cuántas', 'cuánto', 'cuánta', 'en qué', 'es cierto', 'es verdad'],
    personal: ['mi', 'mis', 'nuestro', 'nuestra', 'yo', 'me', 'paciente', 'cliente', 'carta', 'escribe', 'redacta', 'respuesta', 'estimado', 'estimada', 'cita', 'cuenta', 'pedido', 'factura', 'sueldo', 'contrato', 'para el expediente', 'reclamación', 'denuncia'],
    bed: ['cama', 'habitación', 'hab.', 'hab', 'box', 'boxe'],
    testCard: ['tarjeta de pruebas', 'tarjeta de prueba', 'tarjetas de prueba', 'tarjetas de pruebas', 'tarjeta de test', 'sandbox', 'entorno de pruebas'],
    version: ['versión', 'version', 'actualización', 'actualizar', 'firmware', 'parche', 'release'],
    department: ['equipo', 'almacén', 'contabilidad', 'recursos humanos', 'rrhh', 'recepción', 'cocina', 'ventas', 'compras', 'administración', 'logística', 'informática', 'turno de noche', 'planta', 'panadería', 'carnicería', 'taller'],
    sickLeave: ['está de baja', 'estará de baja', 'sigue de baja', 'se ha cogido la baja', 'está enfermo', 'está enferma'],
    organisation: ['seguros', 'banco', 'grupo', 'telecom', 'energía', 'fundación', 'correos', 'airlines'],
    firmEnd: ['seguros', 'correos', 'airlines', 'telecom', 'logística', 'energía', 'transportes'],
    placeEnding: [],
    appraisal: ['evaluación', 'evaluación del desempeño', 'amonestación', 'expediente disciplinario', 'despido', 'turnos', 'baja médica', 'baja por maternidad'],
    placeAfter: [],
    placeBefore: ['calle', 'avenida', 'avda.', 'plaza', 'paseo', 'ronda', 'rambla', 'glorieta', 'travesía', 'camino', 'museo', 'teatro', 'estadio', 'colegio', 'instituto', 'aeropuerto', 'parque', 'puente', 'hospital', 'universidad', 'estación', 'residencia'],
  },
  nl: {
    health: ['patiënt', 'patient', 'diagnose', 'gediagnosticeerd', 'ziekenhuis', 'kliniek', 'behandeling', 'medicijn', 'medicijnen', 'medicatie', 'recept', 'ziekte', 'kanker', 'tumor', 'diabetes', 'suikerziekte', 'depressie', 'huisarts', 'arts', 'verpleegkundige', 'opgenomen', 'operatie', 'zwanger', 'insuline', 'klachten', 'ziekmelding'],
    birth: ['geboren op', 'geboortedatum', 'geboortedat.', 'geb. datum', 'geb.datum', 'geb.', 'geboren'],
    record: ['patiëntnummer', 'patientnummer', 'dossiernummer', 'patiënt-id', 'ziekenhuisnummer', 'opnamenummer', 'zis-nummer', 'zis', 'ziekenhuis-id', 'patiëntnr.', 'patiënt pid', 'patient pid'],
    phone: ['telefoon', 'telefoonnummer', 'tel.', 'tel', 'mobiel', 'mobiele nummer', 'bel me', 'bel', 'belt u', 'bellen', 'terugbellen', 'gsm', 'bereikbaar op', 'gebeld', 'vaste nummer', 'vast nummer', 'vaste lijn', 'mobiel nummer'],
    passport: ['paspoort', 'paspoortnummer', 'documentnummer'],
    name: ['mijn naam is', 'ik heet', 'ik ben', 'dhr.', 'mevr.', 'mw.', 'mej.', 'mevrouw', 'meneer', 'de heer', 'patiënt', 'patiënte', 'naam:', 'achternaam:', 'voornaam:', 'beste', 'geachte', 'met vriendelijke groet', 'met vriendelijke groeten', 'vriendelijke groet', 'groet', 'groeten', 'hartelijke groet', 'volmachtgever:', 'gevolmachtigde:', 'verzekerde:', 'verzekeringnemer:', 'medewerker:', 'werknemer:', 'rekeninghouder:', 'aanvrager:', 'huurder:', 'cliënt:', 'client:'],
    months: ['januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september', 'oktober', 'november', 'december', 'jan', 'feb', 'mrt', 'apr', 'jun', 'jul', 'aug', 'sep', 'okt', 'nov', 'dec'],
    relation: ['mijn zoon', 'mijn dochter', 'mijn kind', 'mijn vrouw', 'mijn man', 'mijn moeder', 'mijn vader', 'mijn broer', 'mijn zus', 'mijn vriend', 'mijn vriendin', 'mijn collega', 'mijn baas', 'mijn manager', 'klant', 'huurder', 'medewerker', 'medewerkster', 'werknemer', 'werkneemster', 'sollicitant', 'kandidaat', 'verzekerde', 'verzekeringnemer', 'verhuurder', 'eiser', 'eiseres', 'gedaagde', 'getuige', 'begunstigde', 'rekeninghouder', 'cliënt', 'cliënte', 'volmachtgever', 'volmachtgeefster', 'gevolmachtigde', 'lastgever', 'erflater', 'erflaatster', 'erfgenaam', 'kraamvrouw', 'zwangere', 'bewoner', 'bewoonster', 'stagiair', 'stagiaire', 'uitzendkracht', 'passagier', 'passagiere', 'bemanningslid', 'onze kok', 'onze matroos', 'onze steward', 'onze stewardess'],
    question: ['wat', 'wie', 'welke', 'wanneer', 'waar', 'waarom', 'hoe', 'leg uit', 'beschrijf', 'vergelijk', 'vat', 'noem', 'hoeveel', 'in welk', 'in welke', 'klopt het'],
    personal: ['mijn', 'ons', 'onze', 'ik', 'me', 'mij', 'patiënt', 'klant', 'collega', 'brief', 'schrijf', 'antwoord', 'beste', 'geachte', 'afspraak', 'rekening', 'bestelling', 'factuur', 'salaris', 'contract', 'voor het dossier', 'schadeclaim', 'aangifte'],
    bed: ['kamer', 'k', 'bed', 'box'],
    testCard: ['testkaart', 'testkaarten', 'testcreditcard', 'testnummer', 'sandbox', 'testomgeving'],
    version: ['versie', 'update', 'upgrade', 'firmware', 'release', 'patch'],
    department: ['team', 'afdeling', 'inkoop', 'verkoop', 'magazijn', 'boekhouding', 'administratie', 'receptie', 'keuken', 'hr', 'personeelszaken', 'planning', 'logistiek', 'nachtdienst', 'ict', 'bakkerij', 'slagerij', 'garage', 'kapsalon'],
    sickLeave: ['is ziek', 'is ziekgemeld', 'heeft zich ziek gemeld', 'valt uit', 'zit ziek thuis', 'zit in de ziektewet'],
    organisation: ['bank', 'verzekeringen', 'verzekeraar', 'groep', 'energie', 'stichting', 'vereniging', 'airlines', 'spoorwegen', 'post'],
    firmEnd: ['verzekeringen', 'verzekeraar', 'zorgverzekeraar', 'spoorwegen', 'airlines', 'logistiek', 'vervoer'],
    placeEnding: ['straat', 'plein', 'markt', 'kerk', 'gracht', 'kade', 'laan', 'brug', 'museum', 'station', 'stadion', 'park', 'singel', 'dijk', 'plaats'],
    appraisal: ['beoordeling', 'functioneringsgesprek', 'beoordelingsgesprek', 'waarschuwing', 'officiële waarschuwing', 'ontslag', 'rooster', 'ziekmelding', 'zwangerschapsverlof'],
    placeAfter: ['straat', 'plein', 'laan', 'museum', 'station', 'brug', 'park', 'ziekenhuis', 'school', 'college'],
    placeBefore: ['museum', 'station', 'ziekenhuis'],
  },
  it: {
    health: ['paziente', 'diagnosi', 'diagnosticato', 'diagnosticata', 'ospedale', 'clinica', 'terapia', 'farmaco', 'farmaci', 'ricetta', 'malattia', 'tumore', 'cancro', 'diabete', 'depressione', 'medico', 'infermiere', 'infermiera', 'ricoverato', 'ricoverata', 'ricovero', 'intervento', 'incinta', 'insulina', 'sintomi', 'glicemia', 'certificato medico'],
    birth: ['nato il', 'nata il', 'nato/a il', 'data di nascita', 'data nascita', 'data di nasc.', 'data nasc.', 'nato a', 'nata a', 'nato', 'nata', 'nato l', 'nata l', 'nato/a l', 'nato/a', 'nato(a) il', 'nato(a)', 'nata/o il', 'nata/o'],
    record: ['cartella clinica', 'cartella clinica n.', 'cartella clinica nr.', 'cartella n.', 'n. cartella', 'numero cartella', 'codice paziente', 'id paziente', 'numero nosologico', 'n. nosologico', 'nosologico', 'sdo', 'n. sdo', 'scheda sdo', 'numero di ricovero', 'n. ricovero', 'codice sanitario', 'paziente pid'],
    phone: ['telefono', 'tel.', 'cellulare', 'cell.', 'numero di telefono', 'chiamare', 'chiamami', 'chiamatemi', 'chiamarmi', 'mi chiami', 'chiama', 'richiama', 'richiamare', 'richiamami', 'richiamatemi', 'mi richiami', 'recapito'],
    passport: ['passaporto', 'numero di passaporto', 'n. passaporto'],
    name: ['mi chiamo', 'il mio nome è', 'sono', 'sig.', 'sig.ra', 'sigg.', 'signor', 'signora', 'signorina', 'dott.', 'dott.ssa', 'avv.', 'ing.', 'prof.ssa', 'paziente', 'il paziente', 'la paziente', 'nome:', 'cognome:', 'gentile', 'egregio', 'cordiali saluti', 'distinti saluti', 'un saluto', 'saluti', 'a presto', 'delegante:', 'delegato:', 'delegata:', 'mandante:', 'assicurato:', 'assicurata:', 'contraente:', 'dipendente:', 'lavoratore:', 'lavoratrice:', 'intestatario:', 'intestataria:', 'richiedente:'],
    months: ['gennaio', 'febbraio', 'marzo', 'aprile', 'maggio', 'giugno', 'luglio', 'agosto', 'settembre', 'ottobre', 'novembre', 'dicembre', 'gen', 'mag', 'giu', 'lug', 'ago', 'set', 'ott', 'dic'],
    relation: ['mio figlio', 'mia figlia', 'mia moglie', 'mio marito', 'mia madre', 'mio padre', 'mio fratello', 'mia sorella', 'il mio amico', 'la mia amica', 'il mio collega', 'la mia collega', 'il mio capo', 'cliente', 'inquilino', 'inquilina', 'dipendente', 'lavoratore', 'lavoratrice', 'candidato', 'candidata', 'assicurato', 'assicurata', 'contraente', 'locatore', 'locatrice', 'conduttore', 'conduttrice', 'attore', 'attrice', 'convenuto', 'convenuta', 'testimone', 'beneficiario', 'beneficiaria', 'intestatario', 'intestataria', 'titolare', 'delegante', 'delegato', 'delegata', 'mandante', 'mandatario', 'mandataria', 'erede', 'garante', 'sottoscritto', 'sottoscritta', 'puerpera', 'gestante', 'partoriente', 'assistito', 'assistita', 'tirocinante', 'stagista', 'apprendista', 'passeggero', 'passeggera', "membro dell'equipaggio", 'il nostro cuoco', 'la nostra cuoca', 'il nostro marinaio', 'il nostro cameriere', 'la nostra cameriera'],
    question: ['cosa', 'che cosa', 'che', 'chi', 'quale', 'quali', 'qual', 'quando', 'dove', 'perché', 'come', 'spiega', 'descrivi', 'riassumi', 'confronta', 'elenca', 'quanti', 'quante', 'quanto', 'quanta', 'in che', 'in quale', 'è vero'],
    personal: ['mio', 'mia', 'miei', 'mie', 'nostro', 'nostra', 'io', 'mi', 'paziente', 'cliente', 'lettera', 'scrivi', 'risposta', 'gentile', 'egregio', 'appuntamento', 'conto', 'ordine', 'fattura', 'stipendio', 'contratto', 'per il fascicolo', 'reclamo', 'denuncia'],
    bed: ['letto', 'stanza', 'camera', 'posto letto', 'box'],
    testCard: ['carta di test', 'carte di test', 'carta di prova', 'carte di prova', 'carta test', 'sandbox', 'ambiente di test', 'ambiente di collaudo'],
    version: ['versione', 'aggiornamento', 'aggiornare', 'firmware', 'release', 'patch'],
    department: ['amministrazione', 'magazzino', 'ufficio', 'reparto', 'contabilità', 'vendite', 'acquisti', 'reception', 'cucina', 'squadra', 'team', 'risorse umane', 'logistica', 'turno di notte', 'segreteria', 'panificio', 'macelleria', 'officina'],
    sickLeave: ['è in malattia', 'sarà in malattia', 'è malato', 'è malata', 'è in congedo per malattia', 'si è messo in malattia', 'si è messa in malattia'],
    organisation: ['assicurazioni', 'banca', 'gruppo', 'poste', 'energia', 'fondazione', 'airlines'],
    firmEnd: ['assicurazioni', 'airlines', 'logistica', 'trasporti', 'ferrovie'],
    placeEnding: [],
    appraisal: ['valutazione', 'colloquio di valutazione', 'richiamo scritto', 'richiamo', 'provvedimento disciplinare', 'licenziamento', 'turni', 'malattia', 'maternità'],
    placeAfter: [],
    placeBefore: ['corso', 'piazza', 'piazzale', 'piazzetta', 'salita', 'largo', 'vicolo', 'lungomare', 'lungotevere', 'museo', 'teatro', 'stadio', 'liceo', 'istituto', 'aeroporto', 'ponte', 'parco', 'stazione', 'ospedale', 'università', 'galleria', 'residenza'],
  },
};

const escape = (w: string): string => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+');

/** One alternation of every language's words of one kind, longest first, escaped. */
export function cueAlternation(kind: keyof LanguageCues): string {
  const words = new Set<string>();
  for (const l of Object.values(LANGUAGES)) for (const w of l[kind]) words.add(w);
  return [...words].sort((a, b) => b.length - a.length).map(escape).join('|');
}
