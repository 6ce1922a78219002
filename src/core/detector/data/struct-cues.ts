// Language data for the post-filters on structured hits (org-contacts.ts, ip-context.ts, ledger.ts): lower case,
// per language, like languages.ts (kept apart so each list says which filter reads it).

type Lang = 'en' | 'de' | 'fr' | 'es' | 'nl' | 'it';

/**
 * Local parts of role mailboxes: an organisation's desk, not a person ("press@", "kontakt@", "ufficiostampa@").
 * Compared with dots, dashes and underscores removed ("press.office" = "pressoffice"). Recruiting desks are the words
 * job adverts in each language give for applications (jobs@, karriere@, recrutement@, empleo@, vacatures@, lavora@);
 * IT and operations desks are the words alerting and status-page subscriptions go to (it-alerts@, noc@, edv@, dsi@,
 * sistemas@, storingen@, ced@).
 */
/**
 * Country, language and region codes that follow a desk's word in a mailbox ("support.fr@", "info-de@", "sales.emea@",
 * "service.benelux@"): the same desk for one market. Read only next to a desk word, never alone.
 */
export const MAILBOX_REGIONS: readonly string[] = ['en', 'uk', 'gb', 'ie', 'us', 'de', 'at', 'ch', 'fr', 'be', 'lu', 'es', 'pt', 'nl', 'it', 'pl', 'cz', 'dk', 'se', 'no', 'fi', 'eu', 'int', 'intl', 'global', 'emea', 'dach', 'benelux', 'nordics', 'iberia', 'apac', 'latam', 'na'];

export const ROLE_MAILBOXES: Readonly<Record<Lang, readonly string[]>> = {
  en: ['info', 'information', 'contact', 'registrar', 'registrars', 'clerks', 'clerksroom', 'contactus', 'enquiries', 'enquiry', 'inquiries', 'inquiry', 'press', 'pressoffice', 'media', 'mediarelations', 'news', 'newsroom', 'communications', 'comms', 'support', 'help', 'helpdesk', 'servicedesk', 'service', 'customerservice', 'customercare', 'customers', 'care', 'sales', 'office', 'admin', 'administration', 'hello', 'hi', 'mail', 'email', 'noreply', 'donotreply', 'notifications', 'notification', 'alerts', 'webmaster', 'postmaster', 'hostmaster', 'abuse', 'security', 'privacy', 'dpo', 'dataprotection', 'gdpr', 'legal', 'compliance', 'billing', 'accounts', 'accountspayable', 'accountsreceivable', 'ap', 'ar', 'payables', 'receivables', 'invoices', 'invoice', 'finance', 'payroll', 'hr', 'jobs', 'careers', 'recruitment', 'marketing', 'feedback', 'complaints', 'reception', 'frontdesk', 'bookings', 'booking', 'reservations', 'orders', 'newsletter', 'events', 'partners', 'team', 'general', 'enquiriesteam', 'foi', 'council', 'customerservices', 'ir', 'investors', 'investor', 'investorrelations', 'shareholders', 'recruiting', 'hiring', 'talent', 'vacancies', 'planning', 'planningpolicy', 'procurement', 'purchasing', 'treasury', 'facilities', 'operations', 'dispatch', 'shipping', 'returns', 'membership', 'members', 'admissions', 'editor', 'editorial', 'newsdesk', 'subscriptions', 'partnerships', 'sponsorship', 'donations', 'fundraising', 'volunteers', 'safeguarding', 'licensing', 'consultation', 'consultations', 'no-reply', 'tickets', 'ticketing', 'boxoffice', 'visit', 'visitors', 'visitorservices', 'groups', 'groupbookings', 'learning', 'education', 'library', 'shop', 'applications', 'apply', 'talentacquisition', 'joinus', 'workwithus', 'jobapplications', 'it', 'itsupport', 'ithelpdesk', 'ops', 'itops', 'devops', 'sre', 'noc', 'soc', 'monitoring', 'status', 'incidents', 'incident', 'oncall', 'sysadmin', 'sysadmins', 'infra', 'infrastructure', 'alert', 'alarms', 'technicalsupport', 'techsupport'],
  de: ['hallo', 'kontakt', 'info', 'presse', 'pressestelle', 'medien', 'kommunikation', 'service', 'kundenservice', 'kundendienst', 'support', 'verkauf', 'vertrieb', 'buchhaltung', 'kreditoren', 'debitoren', 'rechnung', 'rechnungen', 'bewerbung', 'bewerbungen', 'karriere', 'personal', 'datenschutz', 'poststelle', 'anfrage', 'anfragen', 'zentrale', 'sekretariat', 'buero', 'empfang', 'redaktion', 'verwaltung', 'beschwerde', 'impressum', 'bestellung', 'auftrag', 'mail', 'post', 'ir', 'investor', 'investoren', 'stadtplanung', 'bauamt', 'buergerbuero', 'einkauf', 'personalabteilung', 'jobs', 'ausbildung', 'rechnungseingang', 'versand', 'reklamation', 'retoure', 'retouren', 'mitgliederservice', 'spenden', 'vorstand', 'geschaeftsstelle', 'geschaeftsfuehrung', 'beteiligung', 'stellen', 'besucherservice', 'tickets', 'kasse', 'fuehrungen', 'gruppen', 'bibliothek', 'stellenangebote', 'recruiting', 'bewerbermanagement', 'jobsundkarriere', 'it', 'edv', 'itsupport', 'ithelpdesk', 'betrieb', 'monitoring', 'stoerung', 'stoerungen', 'rechenzentrum', 'alarm', 'alarme', 'technik', 'technischersupport', 'kundensupport'],
  fr: ['bonjour', 'contact', 'contacts', 'info', 'infos', 'information', 'presse', 'servicepresse', 'relationspresse', 'communication', 'accueil', 'serviceclient', 'serviceclients', 'clients', 'sav', 'commercial', 'ventes', 'comptabilite', 'facturation', 'recrutement', 'rh', 'secretariat', 'direction', 'mairie', 'courrier', 'reservation', 'reservations', 'support', 'administration', 'nepasrepondre', 'noreply', 'dpo', 'rgpd', 'juridique', 'compta', 'commandes', 'achats', 'urbanisme', 'emploi', 'candidature', 'candidatures', 'jobs', 'investisseurs', 'actionnaires', 'relationsinvestisseurs', 'adhesions', 'inscriptions', 'scolarite', 'expedition', 'retours', 'partenariats', 'dons', 'etatcivil', 'concertation', 'carrieres', 'billetterie', 'groupes', 'visites', 'mediation', 'rejoigneznous', 'candidats', 'offresemploi', 'dsi', 'informatique', 'exploitation', 'supervision', 'astreinte', 'incidents', 'alertes', 'supporttechnique', 'assistancetechnique'],
  es: ['hola', 'contacto', 'info', 'informacion', 'atencion', 'prensa', 'gabinetedeprensa', 'comunicacion', 'atencionalcliente', 'atencioncliente', 'clientes', 'ventas', 'comercial', 'facturacion', 'contabilidad', 'administracion', 'rrhh', 'empleo', 'secretaria', 'soporte', 'reservas', 'recepcion', 'registro', 'noresponder', 'dpd', 'protecciondedatos', 'pedidos', 'consultas', 'urbanismo', 'compras', 'trabajaconnosotros', 'seleccion', 'inversores', 'accionistas', 'relacioninversores', 'envios', 'devoluciones', 'socios', 'inscripciones', 'ayuntamiento', 'alcaldia', 'participacion', 'trabajo', 'candidaturas', 'taquilla', 'entradas', 'visitas', 'grupos', 'talento', 'unete', 'trabajaconnos', 'curriculums', 'rrhhseleccion', 'sistemas', 'informatica', 'soporteit', 'monitorizacion', 'incidencias', 'alertas', 'sat', 'serviciotecnico', 'soportetecnico', 'asistenciatecnica'],
  nl: ['hallo', 'contact', 'info', 'informatie', 'pers', 'persvoorlichting', 'voorlichting', 'communicatie', 'klantenservice', 'klantcontact', 'servicedesk', 'verkoop', 'administratie', 'boekhouding', 'facturen', 'factuur', 'crediteuren', 'debiteuren', 'vacatures', 'sollicitaties', 'secretariaat', 'receptie', 'gemeente', 'postbus', 'privacy', 'klachten', 'bestellingen', 'reserveringen', 'noreply', 'nietbeantwoorden', 'werkenbij', 'werken', 'jobs', 'hr', 'personeelszaken', 'inkoop', 'investorrelations', 'aandeelhouders', 'ledenadministratie', 'leden', 'inschrijvingen', 'retouren', 'verzending', 'participatie', 'inspraak', 'banen', 'kassa', 'tickets', 'rondleidingen', 'groepen', 'bezoekers', 'sollicitatie', 'solliciteren', 'werving', 'recruitment', 'werkenbijons', 'it', 'ict', 'ictbeheer', 'beheer', 'monitoring', 'storing', 'storingen', 'meldingen', 'ondersteuning', 'technischeondersteuning'],
  it: ['ciao', 'info', 'informazioni', 'contatti', 'contatto', 'stampa', 'ufficiostampa', 'comunicazione', 'assistenza', 'assistenzaclienti', 'servizioclienti', 'clienti', 'vendite', 'commerciale', 'amministrazione', 'contabilita', 'fatturazione', 'segreteria', 'protocollo', 'urp', 'risorseumane', 'lavoraconnoi', 'prenotazioni', 'pec', 'ordini', 'reclami', 'privacy', 'noreply', 'direzione', 'urbanistica', 'acquisti', 'candidature', 'selezione', 'personale', 'investitori', 'investorrelations', 'soci', 'iscrizioni', 'spedizioni', 'resi', 'comune', 'anagrafe', 'tributi', 'partecipazione', 'lavoro', 'carriere', 'biglietteria', 'visite', 'gruppi', 'didattica', 'lavora', 'candidatura', 'recruiting', 'selezionepersonale', 'curriculum', 'it', 'ced', 'sistemi', 'sistemiinformativi', 'informatica', 'monitoraggio', 'guasti', 'allarmi', 'avvisi', 'supporto', 'tecnico', 'supportotecnico', 'assistenzatecnica'],
};

/**
 * Functions of an organisation's desks beyond ROLE_MAILBOXES, as a lexicon per language: appointments, events and
 * congresses, purchasing, tenders, permits, facilities and maintenance, logistics and returns, quality, training, and
 * the words that name a department ("ufficio", "abteilung"). A local part made only of these ("termine@",
 * "einkauf-service@", "ufficio.acquisti@") is a desk's, like a role word. No word here is a listed given name or surname
 * (role-mailboxes.test.ts checks).
 */
export const DESK_FUNCTIONS: Readonly<Record<Lang, readonly string[]>> = {
  en: ['appointments', 'appointment', 'conference', 'conferences', 'congress', 'summit', 'expo', 'exhibitions', 'seminars', 'tenders', 'tender', 'contracts', 'purchase', 'buying', 'permits', 'permit', 'maintenance', 'estates', 'logistics', 'warehouse', 'despatch', 'transport', 'claims', 'warranty', 'repairs', 'spares', 'quality', 'training', 'courses', 'registration', 'registrations', 'department', 'dept', 'desk', 'unit', 'pals', 'patientexperience', 'patientrelations', 'patientservices', 'patientliaison'],
  de: ['termine', 'termin', 'terminvergabe', 'terminvereinbarung', 'veranstaltung', 'veranstaltungen', 'events', 'kongress', 'tagung', 'messe', 'seminare', 'fachtag', 'ausschreibung', 'ausschreibungen', 'vergabe', 'vergabestelle', 'beschaffung', 'genehmigungen', 'bauantrag', 'facility', 'facilitymanagement', 'haustechnik', 'hausverwaltung', 'instandhaltung', 'wartung', 'logistik', 'lager', 'disposition', 'reparatur', 'ersatzteile', 'qualitaet', 'schulung', 'weiterbildung', 'anmeldung', 'abteilung', 'dienst', 'service', 'team', 'patientenservice', 'patientenfuersprecher', 'patientenberatung', 'patientenmanagement'],
  fr: ['rdv', 'rendezvous', 'prisederdv', 'evenements', 'evenement', 'congres', 'colloque', 'salon', 'seminaire', 'marches', 'marchespublics', 'appelsdoffres', 'permis', 'travaux', 'maintenance', 'logistique', 'servicesgeneraux', 'moyensgeneraux', 'qualite', 'formation', 'inscription', 'service', 'usagers', 'relationsusagers', 'droitsdespatients', 'relationspatients'],
  es: ['citas', 'citaprevia', 'eventos', 'congresos', 'congreso', 'jornadas', 'feria', 'licitaciones', 'contratacion', 'contratos', 'licencias', 'permisos', 'mantenimiento', 'logistica', 'almacen', 'serviciosgenerales', 'calidad', 'formacion', 'cursos', 'inscripcion', 'departamento', 'servicio', 'atencionalpaciente', 'atencionpaciente', 'atencionalusuario', 'sac'],
  nl: ['afspraken', 'afspraak', 'evenementen', 'evenement', 'congres', 'beurs', 'aanbestedingen', 'aanbesteding', 'vergunningen', 'vergunning', 'facilitair', 'facilitairezaken', 'facilitybeheer', 'onderhoud', 'logistiek', 'magazijn', 'retour', 'kwaliteit', 'opleidingen', 'cursussen', 'aanmelden', 'afdeling', 'dienst', 'patientenservice', 'patientenvoorlichting', 'klachtenfunctionaris', 'patientenloket'],
  it: ['appuntamenti', 'eventi', 'congressi', 'congresso', 'convegni', 'convegno', 'fiera', 'seminari', 'gare', 'appalti', 'ufficioacquisti', 'permessi', 'autorizzazioni', 'suap', 'edilizia', 'manutenzione', 'logistica', 'magazzino', 'qualita', 'formazione', 'ufficio', 'servizio', 'settore', 'relazioniconilpubblico', 'ufficiorelazioni', 'accoglienza'],
};

/**
 * Free mail providers and national internet providers' consumer mail domains (btinternet, kpnmail, euskaltel,
 * libero...): a mailbox there is somebody's own, whatever word its local part is. A name matches at any top-level
 * domain ("gmx" is gmx.de, gmx.net, gmx.at); a name with a dot is that domain only, where the provider's own company
 * domain is another ("virgin.net" is Virgin's consumer mail, virgin.com the company's).
 */
export const FREE_MAIL_PROVIDERS: readonly string[] = [
  'gmail', 'googlemail', 'yahoo', 'ymail', 'rocketmail', 'hotmail', 'outlook', 'live', 'msn', 'icloud', 'me', 'mac', 'aol', 'proton', 'protonmail', 'pm', 'zoho', 'mail', 'email', 'gmx', 'yandex', 'tutanota', 'fastmail', 'lycos',
  'btinternet', 'btopenworld', 'sky', 'virginmedia', 'blueyonder', 'ntlworld', 'talktalk', 'tiscali', 'plusnet', 'eircom', 'virgin.net', 'tesco.net', 'o2.co.uk', 'freeserve.co.uk', 'lineone.net', 'orange.net',
  'web', 't-online', 'freenet', 'arcor', 'posteo', 'mailbox', 'vodafone', 'kabelmail', 'bluewin', 'aon', 'chello', 'kabelbw', 'unitybox', 'netcologne', 'ewetel', 'htp-tel', 'osnanet', 'versanet', 'mnet-online', 'gmx-topmail',
  'orange', 'free', 'laposte', 'wanadoo', 'sfr', 'neuf', 'club-internet', 'numericable', 'bbox', 'aliceadsl', 'skynet', 'telenet', 'voila', 'noos', 'cegetel', 'nordnet',
  'telefonica', 'movistar', 'terra', 'ya', 'euskaltel', 'jazztel', 'ono', 'telecable', 'orangemail', 'mundo-r', 'ozu',
  'ziggo', 'kpnmail', 'kpnplanet', 'planet', 'hetnet', 'xs4all', 'home', 'casema', 'zonnet', 'upcmail', 'quicknet', 'online', 'tele2', 'zeelandnet', 'hccnet', 'caiway', 'solcon', 'telfort', 'onsbrabantnet', 'wxs',
  'libero', 'virgilio', 'alice', 'tin', 'fastwebnet', 'inwind', 'iol', 'tim', 'teletu', 'katamail', 'infinito',
];

/**
 * Registration lines of an event programme or a course ("Registration at", "Anmeldung bis ... unter", "inscriptions
 * sur", "inscripciones en", "aanmelden via", "iscrizioni su"): the mailbox and the enquiries number that follow are the
 * organiser's desk, unless a person is named or a first-person word stands right before the number.
 */
export const REGISTRATION: Readonly<Record<Lang, readonly string[]>> = {
  en: ['registration', 'registrations', 'register by', 'register at', 'sign-up', 'sign up at'],
  de: ['anmeldung', 'anmeldungen', 'anmeldeschluss', 'voranmeldung'],
  fr: ['inscription', 'inscriptions'],
  es: ['inscripción', 'inscripciones', 'inscripcion'],
  nl: ['aanmelden', 'aanmelding', 'aanmeldingen', 'inschrijven', 'inschrijving', 'inschrijvingen'],
  it: ['iscrizione', 'iscrizioni'],
};

/** Enquiries labels of a registration line's number (org-contacts.ts): "Rückfragen 0561...", "informazioni 06...". */
export const ENQUIRIES: Readonly<Record<Lang, readonly string[]>> = {
  en: ['enquiries', 'enquiry', 'inquiries', 'queries', 'questions', 'information', 'info'],
  de: ['rückfragen', 'fragen', 'auskunft', 'auskünfte', 'informationen', 'info'],
  fr: ['renseignements', 'informations', 'questions', 'info', 'infos'],
  es: ['información', 'informaciones', 'consultas', 'dudas', 'info'],
  nl: ['vragen', 'informatie', 'inlichtingen', 'info'],
  it: ['informazioni', 'info', 'domande'],
};

/**
 * Labels that say the address after them is an organisation's premises ("Registered office:", "Nos bureaux :",
 * "Oficinas:", "Bezoekadres:", "Sede:", "Geschäftssitz:", "head office (..."): with an organisation's mailbox, desk or
 * register nearby, that address is the organisation's (company-addresses.ts).
 */
export const OFFICE_LABELS: Readonly<Record<Lang, readonly string[]>> = {
  en: ['head office', 'registered office', 'our offices', 'our office', 'offices', 'office address', 'business address', 'headquarters', 'hq', 'showroom'],
  de: ['geschäftssitz', 'firmensitz', 'hauptsitz', 'sitz', 'büro', 'büroadresse', 'geschäftsadresse', 'firmenadresse', 'besucheradresse', 'unser büro', 'unsere büros', 'zentrale'],
  fr: ['nos bureaux', 'notre bureau', 'bureaux', 'siège', 'siège social', 'adresse du siège', 'showroom', 'notre boutique'],
  es: ['oficinas', 'oficina', 'nuestras oficinas', 'sede', 'sede central', 'sede social', 'domicilio social', 'oficinas centrales', 'domicilio fiscal'],
  nl: ['bezoekadres', 'vestigingsadres', 'kantooradres', 'kantoor', 'ons kantoor', 'hoofdkantoor', 'postadres', 'statutaire zetel'],
  it: ['sede', 'sede legale', 'sede operativa', 'sede centrale', 'sede amministrativa', 'uffici', 'i nostri uffici', 'showroom'],
};

/** Domains of Italian certified mail (PEC): a company's legal mailbox when its register or VAT number is near. */
export const PEC_DOMAINS: readonly string[] = ['pec.it', 'legalmail.it', 'pec.aruba.it', 'arubapec.it', 'postecert.it', 'pecimprese.it', 'cert.legalmail.it'];

/**
 * An organisation's contact desk right before a phone number ("Press Office on 020...", "Pressestelle ... unter",
 * "Gabinete de Prensa", "Ufficio Stampa", an event's "info desk" / "Infostand" / "punto informazioni"): with no person
 * named there, the number is the organisation's.
 */
export const ORG_CONTACT: Readonly<Record<Lang, readonly string[]>> = {
  en: ['poison centre', 'poison center', 'poisons information', 'nhs 111', 'non-emergency', 'out-of-hours service', 'council out-of-hours', 'floodline', 'town hall', 'city council', 'council offices', 'samaritans', 'citizens advice', 'press office', 'press enquiries', 'media enquiries', 'media relations', 'press team', 'newsdesk', 'news desk', 'switchboard', 'customer service', 'customer services', 'customer hotline', 'customer helpline', 'helpline', 'hotline', 'enquiry line', 'main office', 'head office', 'reception desk', 'communications team', 'box office', 'ticket office', 'information line', 'visitor services', 'bookings line', 'reservations line', 'info desk', 'information desk', 'enquiries desk', 'help desk', 'helpdesk', 'front desk', 'tourist info', 'tourist information', 'visitor information', 'info line', 'infoline'],
  de: ['giftnotruf', 'giftinformationszentrum', 'giftinformationszentrale', 'vergiftungszentrale', 'bürgeramt', 'rathaus', 'telefonseelsorge', 'störungsstelle', 'pressestelle', 'pressekontakt', 'pressesprecher', 'presseabteilung', 'zentrale', 'kundenservice', 'kundendienst', 'hotline', 'kundenhotline', 'servicehotline', 'servicetelefon', 'bürgertelefon', 'servicenummer', 'abteilung kommunikation', 'besucherservice', 'theaterkasse', 'kartenvorverkauf', 'kartentelefon', 'tourist-information', 'infostand', 'infotheke', 'infoschalter', 'informationsschalter', 'informationsstand', 'auskunftsschalter', 'info-telefon', 'infotelefon', 'informationstelefon', 'info-hotline', 'touristinfo', 'touristeninformation'],
  fr: ['centre antipoison', 'centre anti-poison', 'mairie', 'préfecture', 'sos médecins', 'standard de l’hôpital', "standard de l'hôpital", 'service de presse', 'contact presse', 'relations presse', 'service communication', 'standard', 'service client', 'service clients', 'accueil', 'numéro vert', 'billetterie', 'renseignements au', 'renseignements par téléphone', 'office de tourisme', 'service des réservations', 'point info', 'point information', 'point d’information', "point d'information", 'bureau d’information', "bureau d'information", 'ligne info', 'ligne d’information', "ligne d'information"],
  es: ['toxicología', 'información toxicológica', 'servicio de información toxicológica', 'ayuntamiento', 'protección civil', 'gabinete de prensa', 'oficina de prensa', 'contacto de prensa', 'departamento de comunicación', 'centralita', 'atención al cliente', 'atención ciudadana', 'línea de atención', 'taquilla', 'taquillas', 'oficina de turismo', 'información y reservas', 'información en el', 'información al', 'punto de información', 'mostrador de información', 'oficina de información', 'teléfono de información', 'línea de información', 'información turística'],
  nl: ['vergiftigingen informatie centrum', 'nationaal vergiftigingen informatie centrum', 'nvic', 'gemeentehuis', 'stadhuis', 'storingsdienst', 'persvoorlichting', 'persvoorlichter', 'vragen van de pers', 'afdeling communicatie', 'klantenservice', 'servicedesk', 'receptie', 'hoofdkantoor', 'centrale', 'telefooncentrale', 'algemene nummer', 'algemeen nummer', 'algemeen telefoonnummer', 'kassa', 'bezoekersservice', 'vvv', 'infobalie', 'informatiebalie', 'helpdesk', 'informatielijn', 'infolijn', 'informatienummer', 'toeristeninformatie'],
  it: ['centro antiveleni', 'protezione civile', 'municipio', 'centralino dell’ospedale', "centralino dell'ospedale", 'ufficio stampa', 'ufficio comunicazione', 'centralino', 'servizio clienti', 'assistenza clienti', 'numero verde', 'urp', 'sportello', 'biglietteria', 'ufficio turistico', 'ufficio informazioni', 'call center prenotazioni', 'punto informazioni', 'punto info', 'info point', 'infopoint', 'banco informazioni', 'numero informazioni', 'linea informazioni', 'informazioni turistiche'],
};

/**
 * A negation or a "rather than" right before an organisation's desk phrase, in its clause: the desk is the number NOT to
 * call ("bitte nicht mehr die Zentrale anrufen, sondern direkt den Objektleiter unter 0157 ...", "ne pas appeler le
 * standard, appeler directement le 06 ...", "don't ring the switchboard, call the site manager on ..."). The number that
 * follows is the person's to call instead, not the desk's. Matched on lower-case text, whole words, with at most
 * DESK_NEGATION_GAP characters of an article or a verb between it and the desk phrase (org-contacts.ts).
 */
export const DESK_NEGATIONS: Readonly<Record<Lang, readonly string[]>> = {
  en: ['not', "don't", 'don’t', 'do not', 'never', 'no longer', 'instead of', 'rather than', 'avoid', 'bypass', 'skip'],
  de: ['nicht', 'nicht mehr', 'kein', 'keine', 'keinesfalls', 'nie', 'niemals', 'statt', 'anstatt', 'anstelle', 'anstelle der', 'anstelle des'],
  fr: ['ne pas', 'pas', 'ne plus', 'jamais', 'au lieu de', 'au lieu du', 'plutôt que', 'plutôt que le', 'évitez', 'éviter'],
  es: ['no', 'ni', 'nunca', 'en lugar de', 'en vez de', 'evitad', 'evite', 'evitar'],
  nl: ['niet', 'niet meer', 'geen', 'nooit', 'in plaats van', 'i.p.v.', 'ipv'],
  it: ['non', 'mai', 'invece di', 'invece del', 'invece che', 'anziché', 'anziche', 'evitate', 'evitare'],
};

/**
 * Labels of company and tax registers ("Company No.", "HRB", "KvK", "SIRET", "CIF", "REA", "P.IVA"): the digits after one
 * are an organisation's register number, not a phone number.
 */
export const REGISTER_LABELS: Readonly<Record<Lang, readonly string[]>> = {
  en: ['company no', 'company no.', 'company number', 'company reg no', 'company registration number', 'registered number', 'registration no', 'registration no.', 'registration number', 'crn', 'vat', 'vat no', 'vat no.', 'vat number', 'vat reg no', 'ein', 'utr', 'charity no', 'charity number', 'duns'],
  de: ['hrb', 'hra', 'handelsregister', 'registernummer', 'amtsgericht', 'ust-idnr', 'ust-idnr.', 'ust-id', 'ustid', 'steuernummer', 'st.-nr', 'st.-nr.', 'uid', 'firmenbuchnummer', 'fn'],
  fr: ['siren', 'siret', 'rcs', 'n° tva', 'tva intracommunautaire', 'numéro de tva', 'code ape', 'naf', 'rna', 'bce', 'numéro d’entreprise', "numéro d'entreprise"],
  es: ['cif', 'nif', 'nif-iva', 'registro mercantil', 'inscrita en el registro mercantil', 'número de registro', 'cnae'],
  nl: ['kvk', 'kvk-nummer', 'kvk nummer', 'kamer van koophandel', 'btw', 'btw-nummer', 'btw-id', 'rsin', 'ondernemingsnummer', 'vestigingsnummer'],
  it: ['rea', 'n. rea', 'numero rea', 'partita iva', 'p.iva', 'p. iva', 'codice ateco', 'registro imprese', 'c.c.i.a.a.', 'cciaa'],
};

/**
 * Words that say the four-part numbers of a text are software versions ("bump", "build", "aggiornato dalla"), read
 * over a wider window than identifiers.ts's version words right before the number.
 */
export const VERSION_NEAR: Readonly<Record<Lang, readonly string[]>> = {
  en: ['version', 'versions', 'release', 'build', 'firmware', 'update', 'updated', 'upgrade', 'upgraded', 'upgrading', 'bump', 'bumped', 'patch', 'hotfix', 'changelog'],
  de: ['version', 'versionen', 'update', 'aktualisiert', 'aktualisierung', 'upgrade', 'build', 'firmware', 'softwarestand', 'patch'],
  fr: ['version', 'versions', 'mise à jour', 'mis à jour', 'build', 'firmware', 'correctif'],
  es: ['versión', 'versiones', 'actualización', 'actualizado', 'actualizó', 'build', 'firmware', 'parche'],
  nl: ['versie', 'versies', 'update', 'geüpdatet', 'bijgewerkt', 'upgrade', 'build', 'firmware', 'patch'],
  it: ['versione', 'versioni', 'aggiornamento', 'aggiornato', 'aggiornata', 'aggiornare', 'build', 'firmware', 'patch'],
};

/** Words that make a four-part number an address after all ("IP", "host", "allow-list"): they veto VERSION_NEAR. */
export const IP_WORDS: Readonly<Record<Lang, readonly string[]>> = {
  en: ['ip', 'ips', 'ipv4', 'address', 'host', 'client', 'remote', 'src', 'dst', 'allowlist', 'allow-list', 'whitelist', 'firewall', 'login', 'logged in', 'connection', 'connected', 'router', 'vpn', 'ssh', 'sshd', 'port'],
  de: ['ip', 'ip-adresse', 'adresse', 'freigabe', 'anmeldung', 'verbindung'],
  fr: ['ip', 'adresse', 'connexion'],
  es: ['ip', 'dirección', 'conexión'],
  nl: ['ip', 'adres', 'verbinding'],
  it: ['ip', 'indirizzo', 'connessione'],
};

/**
 * Bookkeeping words (a general-ledger export: "Konto;Gegenkonto;Soll;Haben", SKR03/SKR04, "journal", "grand livre"):
 * the short numbers in its account columns are ledger accounts of a chart of accounts, not bank accounts.
 */
export const LEDGER: Readonly<Record<Lang, readonly string[]>> = {
  en: ['ledger', 'general ledger', 'nominal code', 'nominal ledger', 'chart of accounts', 'gl account', 'gl code', 'journal entry', 'debit', 'credit', 'contra account', 'trial balance'],
  de: ['gegenkonto', 'sachkonto', 'sachkonten', 'buchungsstapel', 'buchungssatz', 'buchungen', 'buchung', 'kontenrahmen', 'skr03', 'skr04', 'soll', 'haben', 'beleg', 'belegnummer', 'datev', 'kostenstelle'],
  fr: ['grand livre', 'plan comptable', 'compte général', 'écriture', 'écritures', 'débit', 'crédit', 'journal', 'pcg'],
  es: ['libro mayor', 'plan general contable', 'asiento', 'asientos', 'debe', 'haber', 'cuenta contable', 'pgc'],
  nl: ['grootboek', 'grootboekrekening', 'rekeningschema', 'boeking', 'boekingen', 'journaalpost', 'debet', 'credit', 'tegenrekening'],
  it: ['piano dei conti', 'libro giornale', 'partita doppia', 'prima nota', 'dare', 'avere', 'sottoconto', 'registrazione contabile'],
};

const escape = (w: string): string => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+');

/** One alternation of words, longest first, escaped; a space stands for any run of spaces. */
export function wordAlternation(words: Iterable<string>): string {
  return [...new Set(words)].sort((a, b) => b.length - a.length).map(escape).join('|');
}

/** One alternation of a table's words, every language, longest first, escaped. */
export function alternation(table: Readonly<Record<Lang, readonly string[]>>): string {
  return wordAlternation(Object.values(table).flat());
}

/**
 * A table's words as one alternation in prefix-tree form ("mu(?:s(?:eum(?:s)?|ée)|nicipio)"), lower-cased: for patterns
 * with the i flag only. It matches what alternation() matches: words that part at some letter cannot both go on past
 * it, and a word's longer continuations are tried before it ends, as longest first does. Speed: the engine reads one
 * letter at a time instead of trying each word at each position (the venue nouns: 2.4x faster).
 */
export function prefixTree(table: Readonly<Record<Lang, readonly string[]>>): string {
  return wordPrefixTree(Object.values(table).flat());
}

/** prefixTree of a plain word list (wordAlternation's input): for patterns with the i flag only. */
export function wordPrefixTree(words: Iterable<string>): string {
  type Node = { end: boolean; kids: Map<string, Node> };
  const root: Node = { end: false, kids: new Map() };
  for (const w of words) {
    let n = root;
    for (const ch of w.toLowerCase()) {
      const k = escape(ch);
      const next = n.kids.get(k) ?? { end: false, kids: new Map<string, Node>() };
      n.kids.set(k, next);
      n = next;
    }
    n.end = true;
  }
  const source = (n: Node): string => {
    const alts = [...n.kids].map(([k, kid]) => k + source(kid));
    if (alts.length === 0) return '';
    return alts.length === 1 && !n.end ? (alts[0] ?? '') : `(?:${alts.join('|')})${n.end ? '?' : ''}`;
  };
  return source(root);
}

/** Every language's words of a table in one set. */
export function wordSet(table: Readonly<Record<Lang, readonly string[]>>): ReadonlySet<string> {
  return new Set(Object.values(table).flat());
}

/**
 * JSON keys (lower case, letters only: `legal_name` -> `legalname`) that make an object an organisation's record in
 * the master data, supplier files and tool results people paste: its legal or trading name, legal form, company,
 * tax or trade-register number, or the store or branch it is. Such an object's address, phone and mailbox keys
 * hold the organisation's published contact points (ORG_CONTACT_KEYS).
 */
export const ORG_RECORD_KEYS: Readonly<Record<Lang, readonly string[]>> = {
  en: ['legalname', 'companyname', 'registeredname', 'tradingname', 'businessname', 'legalform', 'companynumber', 'companyregistrationnumber', 'registrationnumber', 'crn', 'vatnumber', 'vatno', 'vatid', 'vat', 'lei', 'duns', 'store', 'storename', 'storeid', 'branch', 'branchname', 'shop', 'shopname', 'supplier', 'vendor', 'vendorname', 'suppliername', 'registeredoffice', 'registeredaddress', 'incorporated', 'incorporationdate', 'dateofincorporation', 'companystatus', 'companytype'],
  de: ['firma', 'firmenname', 'firmierung', 'rechtsform', 'registergericht', 'handelsregister', 'hrb', 'hra', 'handelsregisternummer', 'ustidnr', 'ustid', 'umsatzsteuerid', 'filiale', 'filialname', 'markt', 'geschaeft', 'lieferant'],
  fr: ['raisonsociale', 'denomination', 'formejuridique', 'siren', 'siret', 'rcs', 'tvaintracom', 'tvaintracommunautaire', 'numerotva', 'codeape', 'naf', 'magasin', 'enseigne', 'agence', 'fournisseur'],
  es: ['razonsocial', 'denominacion', 'denominacionsocial', 'nombrecomercial', 'formajuridica', 'cif', 'nifempresa', 'registromercantil', 'tienda', 'sucursal', 'establecimiento', 'proveedor'],
  nl: ['handelsnaam', 'bedrijfsnaam', 'statutairenaam', 'rechtsvorm', 'kvk', 'kvknummer', 'vestigingsnummer', 'btwnummer', 'btwid', 'winkel', 'vestiging', 'filiaal', 'leverancier'],
  it: ['ragionesociale', 'denominazione', 'formagiuridica', 'partitaiva', 'piva', 'rea', 'numerorea', 'registroimprese', 'negozio', 'filiale', 'puntovendita', 'fornitore'],
};

/**
 * Keys that make an object an organisation's record when their value is a firm's name with its legal form: a clinical
 * trial's or a study's sponsor ({"nct_id": ..., "sponsor": "BioNTech SE", "standort": "...", "zentrale": "..."}, a
 * registry's entry for the sponsoring firm). Read only with a firm's name: a visa sponsor may be a person.
 */
export const SPONSOR_KEYS: Readonly<Record<Lang, readonly string[]>> = {
  en: ['sponsor', 'leadsponsor', 'studysponsor', 'trialsponsor'],
  de: ['sponsor', 'studiensponsor', 'auftraggeber'],
  fr: ['promoteur', 'sponsor'],
  es: ['promotor', 'patrocinador'],
  nl: ['sponsor', 'opdrachtgever'],
  it: ['promotore', 'sponsor'],
};

/**
 * Keys that hold an organisation's record or a list of them, a store locator's or register search's result ({"stores":
 * [{...}]}, {"filialen": [...]}, {"tiendas": [...]}): each object under one is that store, branch or company.
 */
export const ORG_LIST_KEYS: Readonly<Record<Lang, readonly string[]>> = {
  en: ['store', 'stores', 'branch', 'branches', 'shop', 'shops', 'outlet', 'outlets', 'supplier', 'suppliers', 'vendor', 'vendors', 'company', 'companies'],
  de: ['filiale', 'filialen', 'markt', 'maerkte', 'märkte', 'geschaeft', 'geschaefte', 'geschäfte', 'niederlassung', 'niederlassungen', 'lieferant', 'lieferanten', 'firma', 'firmen', 'unternehmen'],
  fr: ['magasin', 'magasins', 'boutique', 'boutiques', 'agence', 'agences', 'succursale', 'succursales', 'fournisseur', 'fournisseurs', 'entreprise', 'entreprises', 'societe', 'societes', 'société', 'sociétés'],
  es: ['tienda', 'tiendas', 'sucursal', 'sucursales', 'establecimiento', 'establecimientos', 'proveedor', 'proveedores', 'empresa', 'empresas'],
  nl: ['winkel', 'winkels', 'filiaal', 'filialen', 'vestiging', 'vestigingen', 'leverancier', 'leveranciers', 'bedrijf', 'bedrijven'],
  it: ['negozio', 'negozi', 'filiale', 'filiali', 'puntovendita', 'puntivendita', 'fornitore', 'fornitori', 'azienda', 'aziende', 'impresa', 'imprese'],
};

/**
 * Words that join two names into a firm's name ("Marks and Spencer", "Ortega y Bravo", "Galli e Ferraro"): an
 * organisation record's generic name key holding one names the firm, not a contact person.
 */
export const FIRM_JOINERS: Readonly<Record<Lang, readonly string[]>> = {
  en: ['and'],
  de: ['und'],
  fr: ['et'],
  es: ['y', 'e'],
  nl: ['en'],
  it: ['e', 'ed'],
};

/**
 * Keys of an organisation record's own contact points: its seat or branch address, switchboard or hotline and desk
 * mailbox ('registered_office', 'sitz', 'siege', 'domicilio_fiscal', 'sede_legale', 'pec'), besides the plain
 * address, phone and e-mail keys json-keys.ts reads.
 */
export const ORG_CONTACT_KEYS: Readonly<Record<Lang, readonly string[]>> = {
  en: ['registeredoffice', 'registeredaddress', 'headoffice', 'headquarters', 'hq', 'businessaddress', 'storeaddress', 'branchaddress', 'switchboard', 'hotline', 'helpline', 'customerservice', 'email', 'mail', 'emailaddress', 'accountsemail', 'salesemail', 'supportemail', 'generalemail', 'website'],
  de: ['sitz', 'firmensitz', 'standort', 'geschaeftsadresse', 'geschäftsadresse', 'zentrale', 'kundenservice', 'kundendienst', 'servicehotline'],
  fr: ['siege', 'siège', 'siegesocial', 'siègesocial', 'standard', 'serviceclient', 'courriel', 'mel'],
  es: ['domiciliofiscal', 'domiciliosocial', 'sede', 'centralita', 'atencionalcliente', 'correo', 'correoelectronico', 'registro'],
  nl: ['vestigingsadres', 'bezoekadres', 'postadres', 'klantenservice', 'klantcontact'],
  it: ['sedelegale', 'sedeoperativa', 'centralino', 'servizioclienti', 'assistenzaclienti', 'pec'],
};

/**
 * Keys of opening hours ("opens": "09:00", "oeffnung": "Mo-Fr 9-13 Uhr", "horaires": "8h30-17h"): a place that opens
 * and closes is an office, court, surgery or shop, so the object that has one is that place's record and its address
 * and phone are the place's published contact points. Read only with a time-like value (org-records.ts).
 */
export const OPENING_HOURS_KEYS: Readonly<Record<Lang, readonly string[]>> = {
  en: ['opens', 'open', 'openingat', 'opensat', 'openinghours', 'openingtimes', 'opentimes', 'openhours', 'hours', 'businesshours', 'officehours', 'closes', 'closing', 'closingtime', 'counterhours'],
  de: ['oeffnung', 'öffnung', 'oeffnungszeit', 'öffnungszeit', 'oeffnungszeiten', 'öffnungszeiten', 'geoeffnet', 'geöffnet', 'sprechzeiten', 'servicezeiten', 'schalterzeiten', 'schliessung', 'schließung'],
  fr: ['ouverture', 'ouvert', 'horaire', 'horaires', 'heuresouverture', 'heuresdouverture', 'horairesdouverture', 'fermeture', 'accueil'],
  es: ['apertura', 'abre', 'horario', 'horarios', 'horariodeapertura', 'horariodeatencion', 'cierre', 'cierra'],
  nl: ['open', 'opent', 'geopend', 'openingstijd', 'openingstijden', 'openingsuren', 'sluit', 'sluiting', 'spreekuur'],
  it: ['apertura', 'apre', 'orari', 'orario', 'orariodiapertura', 'orariapertura', 'chiusura', 'chiude'],
};

/**
 * Keys that name a venue's kind ("venue", "stadion", "salle", "recinto", "zaal", "sede"): their value is a hall's,
 * stadium's or theatre's name, maybe with its address ("stadion": "De Adelaarshorst, Vetkampstraat 43, ..."). A venue
 * booking also has one, so the key alone does not make its object the venue's (org-records.ts).
 */
export const VENUE_RECORD_KEYS: Readonly<Record<Lang, readonly string[]>> = {
  en: ['venue', 'venuename', 'stadium', 'arena', 'theatre', 'theater', 'concerthall', 'hall', 'museum', 'gallery', 'cinema', 'auditorium'],
  de: ['spielstaette', 'spielstätte', 'veranstaltungsort', 'stadion', 'arena', 'halle', 'saal', 'theater', 'konzerthaus', 'museum', 'kino'],
  fr: ['salle', 'salledespectacle', 'stade', 'theatre', 'théâtre', 'musee', 'musée', 'cinema', 'cinéma', 'auditorium'],
  es: ['recinto', 'sala', 'estadio', 'teatro', 'auditorio', 'museo', 'cine'],
  nl: ['zaal', 'stadion', 'theater', 'schouwburg', 'podium', 'concertzaal', 'museum', 'bioscoop'],
  it: ['sede', 'stadio', 'teatro', 'sala', 'auditorium', 'museo', 'cinema'],
};

/**
 * Keys that name a public service place's kind: a clinic, a practice, a pharmacy, a hospital, a station, a depot
 * ({"klinik": "Tierklinik Hofheim", "adresse": ..., "telefon": ..., "bis": "08:00"}, the on-call list a tool returns).
 * Their value is the place's name; with a landline-shaped number or opening hours beside it the object is that place's
 * record (org-records.ts), whose address and phone are published. A patient's record names the patient instead.
 */
export const PLACE_RECORD_KEYS: Readonly<Record<Lang, readonly string[]>> = {
  en: ['clinic', 'vetclinic', 'practice', 'surgery', 'pharmacy', 'hospital', 'station', 'depot', 'garage', 'facility'],
  de: ['klinik', 'tierklinik', 'praxis', 'tierarztpraxis', 'apotheke', 'krankenhaus', 'bahnhof', 'depot', 'betriebshof', 'einrichtung'],
  fr: ['clinique', 'cliniqueveterinaire', 'cabinet', 'pharmacie', 'hopital', 'hôpital', 'gare', 'depot', 'dépôt', 'etablissement', 'établissement', 'structure'],
  es: ['clinica', 'clínica', 'clinicaveterinaria', 'clínicaveterinaria', 'consultorio', 'farmacia', 'hospital', 'estacion', 'estación', 'cocheras', 'centro'],
  nl: ['kliniek', 'dierenkliniek', 'praktijk', 'dierenartspraktijk', 'apotheek', 'ziekenhuis', 'station', 'remise', 'stalling', 'instelling'],
  it: ['clinica', 'clinicaveterinaria', 'ambulatorio', 'farmacia', 'ospedale', 'stazione', 'deposito', 'struttura'],
};

/**
 * Keys of a venue's public desks: its box office, visitor service or access line ("box_office", "besucherservice",
 * "billetterie", "taquilla", "kassa", "biglietteria"). A box office is no private person's: its phone is the venue's
 * wherever the key stands, and an object with one is the venue's record (org-records.ts).
 */
export const VENUE_DESK_KEYS: Readonly<Record<Lang, readonly string[]>> = {
  en: ['boxoffice', 'ticketoffice', 'ticketdesk', 'ticketline', 'bookingoffice', 'accessline', 'accessibilityline', 'visitorservices', 'visitorservice'],
  de: ['kasse', 'theaterkasse', 'tageskasse', 'abendkasse', 'vorverkauf', 'vorverkaufsstelle', 'besucherservice', 'kartenservice', 'ticketservice'],
  fr: ['billetterie', 'guichet', 'accueilbilletterie', 'servicedesvisiteurs', 'lignedaccessibilite', 'accessibilite', 'accessibilité'],
  es: ['taquilla', 'taquillas', 'boleteria', 'boletería', 'ventadeentradas', 'atencionalvisitante', 'accesibilidad'],
  nl: ['kassa', 'theaterkassa', 'bespreekbureau', 'publieksservice', 'bezoekersservice', 'toegankelijkheid'],
  it: ['biglietteria', 'botteghino', 'serviziovisitatori', 'accessibilita', 'accessibilità'],
};

/** Keys whose value is an organisation's service line wherever they stand: no private person has a switchboard or hotline. */
export const SERVICE_LINE_KEYS: Readonly<Record<Lang, readonly string[]>> = {
  en: ['switchboard', 'hotline', 'helpline', 'customerservice', 'customerservices', 'customersupport', 'customercare', 'servicedesk', 'helpdesk'],
  de: ['zentrale', 'telefonzentrale', 'kundenservice', 'kundendienst', 'servicehotline'],
  fr: ['standard', 'standardtelephonique', 'serviceclient', 'serviceclients', 'relationclient'],
  es: ['centralita', 'atencionalcliente', 'atencioncliente', 'atencionclientes', 'servicioalcliente'],
  nl: ['klantenservice', 'klantcontact'],
  it: ['centralino', 'servizioclienti', 'assistenzaclienti', 'numeroverde'],
};

/**
 * Keys of a web search result (search APIs return {"title", "snippet", "url"} whatever the user's language; localised
 * tools translate them): an object with a title key and a snippet key is one result of a public web page.
 */
export const WEB_RESULT_KEYS: Readonly<Record<'title' | 'snippet', Readonly<Record<Lang, readonly string[]>>>> = {
  title: { en: ['title', 'pagetitle'], de: ['titel'], fr: ['titre'], es: ['titulo', 'título'], nl: ['titel'], it: ['titolo'] },
  snippet: { en: ['snippet', 'snippets', 'websnippet'], de: ['ausschnitt', 'textausschnitt'], fr: ['extrait'], es: ['fragmento'], nl: ['fragment'], it: ['estratto'] },
};

/** Encyclopedias named in a result's title or address: the page is an article about a notable person or place. */
export const ENCYCLOPEDIAS: readonly string[] = ['wikipedia', 'wikipédia', 'britannica', 'treccani', 'larousse', 'brockhaus'];

/**
 * Keys only a publication's bibliographic record has (CSL-JSON, Crossref, BibTeX, Zotero, PubMed fields: a persistent
 * identifier, the journal or book it appeared in, its publisher): with a title key, the object is a published work, and
 * its author keys (BIBLIO_AUTHOR_KEYS) list published authors. As normKey writes them (lower case, letters only).
 */
export const BIBLIO_KEYS: Readonly<Record<Lang, readonly string[]>> = {
  en: ['doi', 'isbn', 'issn', 'pmid', 'pmcid', 'arxiv', 'arxivid', 'journal', 'journaltitle', 'containertitle', 'container', 'booktitle', 'publisher', 'publicationtitle'],
  de: ['zeitschrift', 'verlag', 'fachzeitschrift'],
  fr: ['revue', 'editeur', 'éditeur'],
  es: ['revista', 'editorial'],
  nl: ['tijdschrift', 'uitgever'],
  it: ['rivista', 'editore'],
};
/** A bibliographic record's title keys. */
export const BIBLIO_TITLE_KEYS: Readonly<Record<Lang, readonly string[]>> = {
  en: ['title'],
  de: ['titel'],
  fr: ['titre'],
  es: ['titulo', 'título'],
  nl: ['titel'],
  it: ['titolo'],
};
/** A bibliographic record's keys for its authors and editors. */
export const BIBLIO_AUTHOR_KEYS: Readonly<Record<Lang, readonly string[]>> = {
  en: ['author', 'authors', 'editor', 'editors', 'creator', 'creators', 'contributor', 'contributors'],
  de: ['autor', 'autoren', 'autorin', 'autorinnen', 'verfasser', 'herausgeber'],
  fr: ['auteur', 'auteurs', 'auteure', 'auteures', 'directeur', 'directeurs'],
  es: ['autor', 'autores', 'autora', 'autoras', 'editor', 'editores'],
  nl: ['auteur', 'auteurs', 'redacteur', 'redacteuren'],
  it: ['autore', 'autori', 'autrice', 'autrici', 'curatore', 'curatori'],
};

/**
 * Keys only a product's record has (an article number, a barcode, stock on hand; not "stock", an employee's shares too): a catalog or inventory tool's item,
 * whose generic name key ("name", "nombre", "nome") holds the product's name ("Taurus Aroma", "Bialetti Elettrico").
 */
export const PRODUCT_KEYS: Readonly<Record<Lang, readonly string[]>> = {
  en: ['sku', 'ean', 'ean13', 'gtin', 'upc', 'asin', 'mpn', 'isbn', 'barcode', 'productid', 'productcode', 'itemnumber'],
  de: ['artikelnummer', 'artikelnr', 'artnr', 'strichcode', 'lagerbestand'],
  fr: ['codebarre', 'codebarres', 'codearticle', 'referenceproduit', 'quantiteenstock'],
  es: ['codigobarras', 'codigoarticulo', 'referenciaproducto', 'existencias'],
  nl: ['artikelnummer', 'artikelcode', 'streepjescode', 'voorraad'],
  it: ['codicearticolo', 'codiceabarre', 'codiceean', 'giacenza'],
};

/**
 * Keys of a ship's or an aircraft's own registry numbers (IMO number, MMSI, tail number; letters only, as normKey writes
 * them): a vessel tracker's or flight tracker's record, whose generic name key holds the ship's or plane's name ("CMA CGM
 * JACQUES SAADE", "MSC IRINA"), named after a person or not. Not a radio call sign, which a radio amateur's record has,
 * nor a car's "registration", which a keeper's record has.
 */
export const VESSEL_KEYS: readonly string[] = ['imo', 'imonumber', 'imono', 'mmsi', 'tailnumber'];
