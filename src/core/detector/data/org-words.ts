// What makes the name before a street address, phone or mailbox an organisation's, per language, beyond the public
// places of public-venues.ts: businesses, workplaces and service points (a gym, a studio, a bar, a depot, a DIY store,
// a utility, a customer-service desk, a parcel point), the events held at a venue, and the words of a building's
// history. Read by org-names.ts. Typed by hand (2026-12-03) from the shop, amenity and office categories of
// OpenStreetMap's translated presets (shop=*, leisure=fitness_centre, amenity=bar/pub/nightclub, office=*,
// amenity=parcel_locker, landuse=industrial), as the six languages name them on signs and in delivery notes.

type Lang = 'en' | 'de' | 'fr' | 'es' | 'nl' | 'it';

/**
 * Organisation and business nouns that head a name ("Studio Leipzig-Mitte", "Fitness Park Nantes", "Baumarkt Hellweg",
 * "Service client Orange", "Bar Centrale", "PostNL-punt Albert Heijn"): like a venue noun, they make an address,
 * phone or mailbox right after the name the organisation's when a proper name stands next to them.
 */
export const ORG_WORDS: Readonly<Record<Lang, readonly string[]>> = {
  en: [
    'studio', 'gym', 'fitness', 'health club', 'bar', 'wine bar', 'club', 'nightclub', 'centre', 'center', 'shopping centre',
    'depot', 'warehouse', 'distribution centre', 'showroom', 'outlet', 'garage', 'salon', 'spa', 'branch', 'customer hotline', 'customer helpline', 'customer care line', 'customer service',
    'customer services', 'customer care', 'customer support', 'customer relations', 'service centre', 'parcel shop', 'parcel point', 'pickup point', 'collection point', 'post office',
    'superstore', 'retail park', 'business park', 'campus', 'skyscraper',
    // carriers' sorting sites, named in tracking scans ('Hub Heathrow, ...', 'Plateforme Colissimo Wissous, ...')
    'hub', 'sorting centre', 'sorting center', 'parcel centre', 'delivery depot', 'distribution center', 'fulfilment centre', 'fulfillment center',
    // practices and firms that receive clients at their premises
    'dental practice', 'dental surgery', 'dental care', 'dental clinic', 'gp surgery', 'medical practice', 'medical centre',
    'health centre', 'veterinary practice', 'veterinary surgery', 'physiotherapy practice',
    // banks' branches ('Barclays Bank, 1 Churchill Place')
    'bank',
    // barristers' chambers, after their set's name only (public-venues.ts AFTER_NAME_ONLY: 'Brick Court Chambers')
    'chambers',
    // a shop's returns desk, to which goods go back ('Returns Dept, Northfold Outdoor, Unit 7 ...')
    'returns department', 'returns dept', 'returns centre', 'returns center',
    // non-profit bodies, which publish their seat and lines ('Fédération Française de Football, 87 boulevard ...'); no
    // word that is also a given name or surname ('Charity', 'Bond', 'Union')
    'federation', 'confederation', 'association', 'foundation',
    // estate and letting agents, whose listings give the office's line ('the estate agent Hartley & Co (01423 ...)')
    'estate agent', 'estate agents', 'estate agency', 'letting agent', 'letting agents', 'letting agency',
    // recruitment and staffing agencies, which list their branch on job posts ('Reed Recruitment Agency, 12 ...')
    'recruitment agency', 'recruitment agencies', 'recruitment consultancy', 'staffing agency', 'employment agency', 'temp agency', 'supply agency',
    // removal and plumbing/heating firms, whose quotes and websites carry their yard's address ('Pack & Go Removals, 17 ...')
    'removals', 'removal company', 'removals company', 'movers', 'plumbing and heating', 'plumbing & heating', 'heating engineers',
    'chamber of commerce', 'trade association', 'trade body',
    // a group of companies, named by its parent's brand ('Royal Schiphol Group, Evert van de Beekstraat 202')
    'group',
  ],
  de: [
    'gruppe',
    'studio', 'fitnessstudio', 'fitness', 'bar', 'kneipe', 'club', 'center', 'zentrum', 'depot', 'zentrallager', 'baumarkt',
    'supermarkt', 'autohaus', 'werkstatt', 'stadtwerke', 'uni', 'hochschule', 'filiale', 'niederlassung', 'kundenservice', 'kundendienst', 'kundenbetreuung',
    'kundencenter', 'servicecenter', 'paketshop', 'packstation', 'postfiliale', 'abholstelle', 'campus', 'hochhaus',
    'hub', 'paketzentrum', 'briefzentrum', 'verteilzentrum', 'logistikzentrum', 'zustellbasis', 'zustellstützpunkt',
    'praxis', 'arztpraxis', 'zahnarztpraxis', 'tierarztpraxis', 'kanzlei', 'anwaltskanzlei', 'notariat', 'bank', 'sparkasse', 'volksbank', 'raiffeisenbank',
    'retourenabteilung', 'retourenstelle', 'retourenlager', 'retourenzentrum', 'rücksendezentrum',
    'verband', 'verein', 'stiftung', 'föderation', 'dachverband', 'landesverband',
    'makler', 'immobilienmakler', 'maklerbüro', 'immobilienbüro', 'maklerfirma',
    'personalvermittlung', 'personaldienstleister', 'personalberatung', 'zeitarbeitsfirma', 'zeitarbeit', 'arbeitsvermittlung',
    'umzüge', 'umzugsunternehmen', 'umzugsfirma', 'umzugsservice', 'sanitär- und heizungstechnik', 'haustechnik', 'heizungsbau',
    'innung', 'handwerkskammer', 'handelskammer', 'industrie- und handelskammer',
  ],
  fr: [
    'groupe',
    'studio', 'salle de sport', 'fitness', 'bar', 'pub', 'club', 'centre', 'centre commercial', 'dépôt', 'entrepôt', 'supermarché',
    'hypermarché', 'garage', 'atelier', 'concession', 'service client', 'service clients', 'service clientèle', 'relation client', 'relations clients', 'service consommateurs', 'point relais', 'relais colis',
    'bureau de poste', 'succursale', 'campus', 'hub', 'plateforme', 'plateforme logistique', 'centre de tri', 'agence de distribution', 'zone industrielle', 'zone d’activités', "zone d'activités", 'gratte-ciel',
    'cabinet médical', 'cabinet dentaire', 'cabinet vétérinaire', 'cabinet de kinésithérapie', 'étude notariale', "cabinet d'avocats",
    'cabinet d’avocats', 'maison de santé', 'centre de santé', 'banque', 'caisse d’épargne', "caisse d'épargne", 'crédit agricole',
    'service retours', 'service des retours', 'centre de retours',
    'fédération', 'confédération', 'association', 'fondation', 'ligue',
    'agence immobilière', 'agent immobilier', 'cabinet immobilier',
    "agence d'intérim", 'agence d’intérim', 'agence intérim', 'agence de recrutement', 'cabinet de recrutement',
    'déménagements', 'entreprise de déménagement', 'plomberie', 'plomberie chauffage', 'chauffagiste',
    // trade bodies and chambers ('Adhérent Chambre Syndicale du Déménagement'), which firms name as members
    'chambre syndicale', 'chambre de commerce', 'chambre des métiers', 'chambre de métiers',
  ],
  es: [
    'grupo',
    'estudio', 'gimnasio', 'fitness', 'bar', 'pub', 'club', 'centro', 'centro comercial', 'almacén', 'depósito', 'nave industrial',
    'supermercado', 'hipermercado', 'ferretería', 'concesionario', 'taller', 'sucursal', 'oficina de correos', 'punto de recogida',
    'hub', 'centro logístico', 'centro de distribución', 'centro de clasificación', 'plataforma logística', 'atención al cliente', 'servicio de atención al cliente', 'servicio al cliente', 'atención a clientes', 'polígono', 'polígono industrial', 'campus', 'rascacielos',
    'clínica dental', 'consultorio', 'clínica veterinaria', 'centro de salud', 'despacho de abogados', 'notaría', 'bufete', 'banco', 'caja rural',
    'devoluciones', 'departamento de devoluciones', 'centro de devoluciones',
    'federación', 'confederación', 'asociación', 'fundación',
    'inmobiliaria', 'agencia inmobiliaria', 'agente inmobiliario',
    'ett', 'empresa de trabajo temporal', 'agencia de colocación', 'agencia de empleo', 'consultora de selección',
    'mudanzas', 'empresa de mudanzas', 'fontanería', 'fontanería y calefacción',
    'cámara de comercio', 'gremio',
  ],
  nl: [
    'groep',
    'studio', 'sportschool', 'fitness', 'bar', 'kroeg', 'club', 'centrum', 'depot', 'magazijn', 'distributiecentrum', 'supermarkt',
    'bouwmarkt', 'garage', 'werkplaats', 'filiaal', 'vestiging', 'klantenservice', 'klantendienst', 'klantcontact', 'servicepunt', 'afhaalpunt', 'punt',
    'postkantoor', 'hogeschool', 'bedrijventerrein', 'campus', 'wolkenkrabber', 'hub', 'sorteercentrum', 'pakketsorteercentrum', 'sorteerdepot',
    'praktijk', 'huisartsenpraktijk', 'tandartspraktijk', 'dierenartsenpraktijk', 'fysiotherapiepraktijk', 'notariskantoor',
    'advocatenkantoor', 'gezondheidscentrum', 'bank',
    'retourafdeling', 'retourcentrum', 'retouren',
    'federatie', 'vereniging', 'stichting',
    'makelaar', 'makelaardij', 'makelaarskantoor', 'makelaars',
    'uitzendbureau', 'uitzendorganisatie', 'detacheringsbureau', 'wervingsbureau', 'werving- en selectiebureau',
    'verhuizingen', 'verhuisbedrijf', 'verhuizers', 'installatiebedrijf', 'loodgietersbedrijf',
    'kamer van koophandel', 'brancheorganisatie', 'branchevereniging',
  ],
  it: [
    'gruppo',
    'studio', 'fitness', 'bar', 'pub', 'club', 'centro', 'centro commerciale', 'magazzino', 'deposito', 'supermercato',
    'ipermercato', 'ferramenta', 'concessionaria', 'officina', 'filiale', 'punto vendita', 'punto ritiro', 'servizio clienti', 'assistenza clienti', 'customer care',
    'ufficio postale', 'zona industriale', 'campus', 'hub', 'centro di smistamento', 'centro logistico', 'polo logistico', 'centro operativo', 'grattacielo', 'poliambulatorio', 'ambulatorio',
    'studio dentistico', 'studio medico', 'studio veterinario', 'studio legale', 'studio notarile', 'ambulatorio veterinario',
    'banca', 'cassa di risparmio',
    'ufficio resi', 'centro resi', 'servizio resi',
    'federazione', 'confederazione', 'associazione', 'fondazione',
    'agenzia immobiliare', 'immobiliare',
    'agenzia per il lavoro', 'agenzia interinale', 'agenzia di somministrazione', 'agenzia di selezione',
    'traslochi', 'ditta traslochi', 'termoidraulica', 'idraulica', 'impianti termoidraulici',
    'camera di commercio', 'camera artigiana',
  ],
};

/**
 * Farms, estates and their shops, which print their address and line on flyers and labels ("La Ferme des Grands Prés,
 * 2 route de ...", "Boerderijwinkel De Hoeve, ..."). Read as an organisation's noun only when capitalised, as a
 * business's name is written: "allevatore Giuseppe Mancini, cascina Sant'Anna, ..." is a farmer's own place. Nouns that
 * are common surnames are left out, as in brands.ts HEAD_NOUNS ("Huerta", "Villa").
 */
export const FARM_WORDS: Readonly<Record<Lang, readonly string[]>> = {
  en: ['farm', 'farm shop', 'vineyard', 'winery'],
  de: ['hofladen', 'bauernhof', 'biohof', 'weingut', 'gärtnerei', 'obsthof'],
  fr: ['ferme', 'domaine', 'vignoble'],
  es: ['granja', 'finca', 'bodega', 'bodegas', 'cortijo', 'masía'],
  nl: ['boerderij', 'boerderijwinkel', 'zorgboerderij', 'kaasboerderij', 'kwekerij', 'wijngaard'],
  it: ['fattoria', 'cascina', 'agriturismo', 'tenuta', 'masseria', 'azienda agricola'],
};

/**
 * A company's or an office's own premises, named by their kind ("the depot at Unit 9", "new office at 2 ...", "la sede
 * di via Torino 61", "ons pand Stationsplein 12", "el almacén de la calle ..."): the address after the noun and a
 * preposition is the premises', and a possessive before the noun ("our warehouse", "ons pand", "nuestra sede") is the
 * organisation speaking, not a private person. No dwelling and no room one rents alone (no "studio", no "flat").
 */
export const PREMISES: Readonly<Record<Lang, readonly string[]>> = {
  en: ['office', 'offices', 'head office', 'headquarters', 'site', 'premises', 'warehouse', 'depot', 'plant', 'factory', 'branch', 'showroom', 'store', 'flagship store', 'flagship', 'main store', 'shop', 'boutique', 'restaurant'],
  de: ['büro', 'büros', 'firmensitz', 'hauptsitz', 'sitz', 'standort', 'niederlassung', 'filiale', 'lager', 'zentrallager', 'werk', 'betriebsgebäude', 'geschäftsstelle', 'flagship-store', 'flagshipstore', 'flagship store', 'store', 'laden', 'geschäft', 'stammhaus', 'hauptfiliale'],
  fr: ['bureau', 'bureaux', 'siège', 'siège social', 'site', 'locaux', 'entrepôt', 'dépôt', 'usine', 'agence', 'succursale', 'boutique', 'boutique phare', 'magasin', 'magasin phare', 'restaurant'],
  es: ['oficina', 'oficinas', 'oficina central', 'sede', 'sede central', 'almacén', 'nave', 'fábrica', 'planta', 'instalaciones', 'sucursal', 'tienda', 'tienda principal', 'tienda insignia', 'restaurante'],
  nl: ['kantoor', 'hoofdkantoor', 'pand', 'bedrijfspand', 'vestiging', 'locatie', 'magazijn', 'depot', 'fabriek', 'filiaal', 'winkel', 'flagshipstore', 'flagship store', 'hoofdwinkel', 'restaurant'],
  it: ['ufficio', 'uffici', 'sede', 'sede legale', 'sede operativa', 'stabilimento', 'magazzino', 'deposito', 'filiale', 'capannone', 'negozio', 'negozio principale', 'flagship store', 'punto vendita', 'boutique', 'ristorante'],
};

/**
 * A programme's or a listing's venue label at the start of a line ("Venue: ...", "Ort: ...", "Lieu : ...", "Sede: ...",
 * "Locatie: ...", "Luogo: ..."): the address on that line is the event's venue.
 */
export const VENUE_LABELS: Readonly<Record<Lang, readonly string[]>> = {
  en: ['venue', 'location', 'place'],
  de: ['ort', 'veranstaltungsort', 'tagungsort', 'austragungsort'],
  fr: ['lieu', 'adresse du lieu'],
  es: ['sede', 'lugar', 'lugar de celebración'],
  nl: ['locatie', 'plaats', 'adres locatie'],
  it: ['sede', 'luogo', 'sede dell’evento', "sede dell'evento"],
};

/** Venue labels that also stand before a street's or a town's name ("place Bellecour", "Ort Kassel"): only with a colon. */
export const NAMING_LABELS: ReadonlySet<string> = new Set(['place', 'location', 'ort', 'plaats', 'lieu']);

/**
 * The same nouns as the last part of a German or Dutch compound ("Fitnessstudio", "Getränkemarkt", "Wasserwerke",
 * "Einkaufszentrum", "Elbphilharmonie", "servicepunt"); matched like public-venues.ts's VENUE_ENDINGS.
 */
export const ORG_ENDINGS: readonly string[] = [
  'studio', 'markt', 'werke', 'zentrum', 'center', 'lager', 'philharmonie', 'kneipe', 'centrum', 'punt', 'magazijn', 'depot',
  'hotel',
  // a practice or firm at the end of a German or Dutch compound ("Tierarztpraxis", "Rechtsanwaltskanzlei",
  // "Tandartspraktijk", "Notariskantoor")
  'praxis', 'kanzlei', 'praktijk', 'kantoor',
  // a club's or non-profit's body at the end of a compound ("Alpenverein", "Fußballverband", "Voetbalvereniging")
  'verein', 'verband', 'vereniging',
  'hofladen', 'boerderij', 'gärtnerei',
  // a Dutch clinic at the end of its compound ("Dierenkliniek", "Tandkliniek"; German "-klinik" is a venue ending)
  'kliniek',
];

/**
 * Capitalised nouns that end an organisation's name after a proper name ("Ribble Lets", "St Mary's C of E Primary",
 * "Parks Services", "Delfland Makelaars", "Rhein Immobilien", "Costa Inmobiliaria"): letting and estate agents, public
 * services and schools. Case-sensitive, and only right before a phone: "she lets Anna ..." names no business.
 */
export const ORG_TAILS: Readonly<Record<Lang, readonly string[]>> = {
  en: ['Lets', 'Lettings', 'Estate Agents', 'Letting Agents', 'Estates', 'Property Services', 'Services', 'Primary', 'Primary School', 'Academy', 'Infant School', 'Junior School',
    // a firm's contact desk by its own name ('Pfizer CT.gov Call Center', 'AstraZeneca Clinical Study Information Center')
    'Call Center', 'Call Centre', 'Contact Center', 'Contact Centre', 'Support Center', 'Support Centre', 'Information Center', 'Information Centre', 'Help Desk', 'Service Desk'],
  de: ['Immobilien', 'Hausverwaltung', 'Grundschule', 'Gesamtschule', 'Realschule', 'Gymnasium'],
  fr: ['Immobilier', 'Immobilière', 'Immobilières'],
  es: ['Inmobiliaria', 'Fincas', 'Servicios'],
  nl: ['Makelaars', 'Makelaardij', 'Vastgoed', 'Basisschool', 'Wonen'],
  it: ['Immobiliare', 'Immobiliari', 'Servizi'],
};

/**
 * A chain's branch named by its part of town after the brand and the town ("Tempocasa Padova Centro", "Bridgfords
 * Manchester City Centre", "Foncia Rennes Centre", "Tecnocasa Granada Centro", "Engel & Völkers Hamburg Zentrum"): right
 * before a phone, with two or more capitalised words before it and no locative preposition before those ("sie wohnt in
 * Köln Zentrum" is where she lives), the business's line (org-names.ts). Case-sensitive.
 */
export const BRANCH_TAILS: Readonly<Record<Lang, readonly string[]>> = {
  en: ['City Centre', 'Town Centre', 'Centre'],
  de: ['Zentrum', 'Innenstadt', 'Mitte'],
  fr: ['Centre', 'Centre-Ville', 'Hyper-Centre'],
  es: ['Centro'],
  nl: ['Centrum', 'Binnenstad'],
  it: ['Centro', 'Centro Storico'],
};

/**
 * Public events held at a venue, and the prepositions that name the venue after them ("quiz night at the ...",
 * "Kneipenabend im ...", "soirée quiz du ...", "noche de preguntas del ...", "quizavond in ...", "serata quiz al ..."):
 * the capitalised name after the preposition is the venue, whose address follows. Not parties and celebrations, which
 * are held at people's homes too ("Geburtstagsfeier bei uns", "party at the Smiths'").
 */
export const EVENTS: Readonly<Record<Lang, { words: readonly string[]; at: readonly string[] }>> = {
  en: { words: ['quiz night', 'quiz', 'pub quiz', 'concert', 'gig', 'fundraiser', 'meetup', 'book reading', 'screening', 'open day', 'festival'], at: ['at', 'at the', 'in the'] },
  de: { words: ['quiz', 'quizabend', 'kneipenabend', 'kneipenquiz', 'konzert', 'lesung', 'vorstellung', 'aufführung', 'tag der offenen tür'], at: ['im', 'in der', 'in dem', 'beim', 'auf dem'] },
  fr: { words: ['soirée quiz', 'quiz', 'concert', 'spectacle', 'projection', 'portes ouvertes', 'vernissage'], at: ['au', 'du', 'de la', 'à la', 'aux'] },
  es: { words: ['noche de preguntas', 'quiz', 'concierto', 'espectáculo', 'proyección', 'jornada de puertas abiertas'], at: ['en el', 'en la', 'del', 'de la', 'al'] },
  nl: { words: ['quiz', 'quizavond', 'kroegquiz', 'concert', 'voorstelling', 'optreden', 'open dag'], at: ['in', 'in de', 'in het', 'op'] },
  it: { words: ['serata quiz', 'quiz', 'concerto', 'spettacolo', 'proiezione', 'open day'], at: ['al', 'alla', 'allo', 'all’', "all'", 'nel', 'nella', 'presso'] },
};

/**
 * A building's history in the sentence of its address ("achevée en 1952", "completato nel 1960", "1925–26 ... entworfen",
 * "built in 1889"): with a year there, the address is a landmark's. Participles and verbs of building, completing,
 * designing and opening.
 */
export const BUILT_WORDS: Readonly<Record<Lang, readonly string[]>> = {
  en: ['built', 'completed', 'designed', 'opened', 'erected', 'constructed', 'inaugurated'],
  de: ['erbaut', 'gebaut', 'entworfen', 'errichtet', 'eröffnet', 'fertiggestellt', 'eingeweiht', 'baujahr'],
  fr: ['achevé', 'achevée', 'construit', 'construite', 'conçu', 'conçue', 'inauguré', 'inaugurée', 'bâti', 'bâtie', 'édifié', 'édifiée'],
  es: ['construido', 'construida', 'terminado', 'terminada', 'diseñado', 'diseñada', 'inaugurado', 'inaugurada', 'levantado', 'levantada'],
  nl: ['gebouwd', 'ontworpen', 'voltooid', 'geopend', 'opgeleverd', 'ingewijd'],
  it: ['completato', 'completata', 'costruito', 'costruita', 'progettato', 'progettata', 'inaugurato', 'inaugurata', 'edificato', 'edificata'],
};

/**
 * Opening hours after an address ("Mo–Fr 6–23 Uhr", "lun.-sam. 9h-19h", "open daily 10–6", "orari: ..."): a shop's or
 * venue's public contact block, whose address and number are the business's. Day abbreviations that open a range of
 * days, the labels of opening hours, and the words for every day that open a range of hours ("täglich 9-17 Uhr",
 * "dagelijks 10.00-17.30", "tutti i giorni 9:00-18:30"), per language.
 */
/**
 * Words that say a place is shut on a day ("closed on Mondays", "Fermée le lundi", "Montag Ruhetag" aside, "cerrado los
 * lunes", "gesloten op maandag", "chiuso il lunedì"): with a day's name after them, a venue's opening times.
 */
export const CLOSED_WORDS: Readonly<Record<Lang, readonly string[]>> = {
  en: ['closed on', 'closed'],
  de: ['geschlossen am', 'geschlossen', 'ruhetag am'],
  fr: ['fermé le', 'fermée le', 'fermé les', 'fermée les', 'fermé', 'fermée'],
  es: ['cerrado los', 'cerrado el', 'cerrada los', 'cerrada el', 'cerrado', 'cerrada'],
  nl: ['gesloten op', 'gesloten'],
  it: ['chiuso il', 'chiusa il', 'chiuso la', 'chiusa la', 'chiuso', 'chiusa'],
};

export const OPENING_HOURS: Readonly<Record<Lang, { days: readonly string[]; labels: readonly string[]; daily: readonly string[] }>> = {
  en: { days: ['mon', 'tue', 'tues', 'wed', 'thu', 'thur', 'thurs', 'fri', 'sat', 'sun', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'], labels: ['opening hours', 'opening times', 'open daily', 'open from', 'open until', 'by appointment'], daily: ['daily', 'every day', 'weekdays'] },
  de: { days: ['mo', 'di', 'mi', 'do', 'fr', 'sa', 'so', 'montag', 'dienstag', 'mittwoch', 'donnerstag', 'freitag', 'samstag', 'sonntag'], labels: ['öffnungszeiten', 'geöffnet', 'täglich geöffnet', 'sprechzeiten', 'nach vereinbarung', 'nach terminvereinbarung'], daily: ['täglich', 'jeden Tag', 'werktags'] },
  fr: { days: ['lun', 'mar', 'mer', 'jeu', 'ven', 'sam', 'dim', 'lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi', 'dimanche'], labels: ['horaires', "horaires d'ouverture", 'horaires d’ouverture', 'ouvert du', 'ouvert tous les jours', 'sur rendez-vous'], daily: ['tous les jours', 'chaque jour', 'en semaine'] },
  es: { days: ['lun', 'mar', 'mié', 'mie', 'jue', 'vie', 'sáb', 'sab', 'dom', 'lunes', 'martes', 'miércoles', 'jueves', 'viernes', 'sábado', 'domingo'], labels: ['horario', 'horarios', 'abierto de', 'abierto todos los días', 'con cita previa', 'con cita'], daily: ['todos los días', 'diariamente', 'a diario'] },
  nl: { days: ['ma', 'di', 'wo', 'do', 'vr', 'za', 'zo', 'maandag', 'dinsdag', 'woensdag', 'donderdag', 'vrijdag', 'zaterdag', 'zondag'], labels: ['openingstijden', 'openingsuren', 'dagelijks geopend', 'geopend van', 'op afspraak'], daily: ['dagelijks', 'elke dag', 'iedere dag'] },
  it: { days: ['lun', 'mar', 'mer', 'gio', 'ven', 'sab', 'dom', 'lunedì', 'martedì', 'mercoledì', 'giovedì', 'venerdì', 'sabato', 'domenica'], labels: ['orari', "orari d'apertura", 'orari di apertura', 'aperto tutti i giorni', 'aperto dal', 'su appuntamento'], daily: ['tutti i giorni', 'ogni giorno', 'tutti i feriali'] },
};

/**
 * Column names of a business's branch list (a store locator, a "Filialliste", a "liste des magasins"), compared after
 * lower-casing with spaces and hyphens read as "_" (branch-rows.ts). `branch`: the column that keys or names a branch;
 * `hours`: its opening hours; `geo`: its map position. A table with a branch column and an hours or map column lists
 * premises, not people: no private person's row has opening hours or a store number.
 */
export const BRANCH_COLUMNS: Readonly<Record<'branch' | 'hours' | 'geo', readonly string[]>> = {
  branch: [
    'store', 'store_id', 'store_no', 'store_number', 'store_name', 'shop', 'shop_id', 'shop_name', 'branch', 'branch_id', 'branch_name', 'outlet', 'outlet_id',
    'filiale', 'filial_id', 'filial_nr', 'filialnummer', 'filialname', 'filiale_id', 'standort', 'standort_id', 'markt', 'markt_nr',
    'magasin', 'magasin_id', 'nom_magasin', 'boutique', 'agence', 'agence_id', 'succursale', 'point_de_vente',
    'tienda', 'tienda_id', 'sucursal', 'sucursal_id', 'nombre_tienda', 'local', 'punto_de_venta',
    'filiaal', 'filiaal_id', 'filiaalnummer', 'vestiging', 'vestiging_id', 'winkel', 'winkel_id', 'winkelnaam',
    'negozio', 'negozio_id', 'nome_negozio', 'punto_vendita', 'filiale_nome',
  ],
  hours: [
    'hours', 'opening_hours', 'opening_times', 'open_hours', 'opening',
    'oeffnungszeiten', 'öffnungszeiten', 'geschaeftszeiten', 'geschäftszeiten',
    'horaires', 'horaire', 'heures_d_ouverture', 'horaires_d_ouverture',
    'horario', 'horarios', 'horario_apertura',
    'openingstijden', 'openingsuren', 'openingstijd',
    'orari', 'orario', 'orari_apertura', 'orario_apertura',
  ],
  geo: ['lat', 'lng', 'lon', 'latitude', 'longitude', 'breitengrad', 'laengengrad', 'längengrad', 'latitud', 'longitud', 'breedtegraad', 'lengtegraad', 'latitudine', 'longitudine'],
};

/**
 * The other keys of a store locator's records pasted as JSON ('[{"store":"York Coppergate","address":"17 Coppergate
 * Walk, York YO1 9NT","phone":"01904 622 310","open":"9-6"}]', '{"filiale":...,"adresse":...,"tel":...}'), compared
 * like BRANCH_COLUMNS: `address`: the branch's address; `contact`: its phone, mailbox, web page, town and postcode. A
 * record whose keys are a branch key, an address key and these only describes premises (branch-rows.ts); any other key
 * (a customer, an order, a recipient, a name) makes it a record like any other.
 */
export const BRANCH_RECORD_KEYS: Readonly<Record<'address' | 'contact', readonly string[]>> = {
  address: ['address', 'addr', 'address1', 'address_1', 'street', 'adresse', 'anschrift', 'strasse', 'straße', 'direccion', 'dirección', 'adres', 'indirizzo'],
  contact: [
    'id', 'phone', 'tel', 'telephone', 'phone_number', 'email', 'mail', 'e_mail', 'url', 'web', 'website', 'open', 'opens', 'closes',
    'city', 'town', 'postcode', 'zip', 'plz', 'ort', 'stadt', 'telefon', 'telefonnummer', 'ville', 'code_postal', 'cp', 'téléphone', 'telephone_fixe',
    'ciudad', 'codigo_postal', 'código_postal', 'telefono', 'teléfono', 'stad', 'plaats', 'postcode', 'telefoon', 'citta', 'città', 'cap', 'provincia',
  ],
};

/**
 * Column names that put a person in a branch list (its manager, a contact, a customer, a birth date): such a table
 * is read as any other, its rows keep every finding.
 */
export const PERSON_COLUMN_PARTS: readonly string[] = [
  'first', 'last_name', 'surname', 'given', 'manager', 'contact', 'owner', 'customer', 'client', 'patient', 'employee', 'birth', 'dob', 'private', 'home', 'mobile',
  'vorname', 'nachname', 'inhaber', 'leiter', 'ansprechpartner', 'kunde', 'geburt', 'privat', 'handy',
  'prenom', 'prénom', 'nom_de_famille', 'gerant', 'gérant', 'responsable', 'naissance', 'portable',
  'apellido', 'encargad', 'cliente', 'nacimiento', 'movil', 'móvil',
  'voornaam', 'achternaam', 'beheerder', 'klant', 'geboorte', 'mobiel',
  'cognome', 'titolare', 'nascita', 'cellulare',
];

/**
 * Plural nouns for a business's branches, stations or outlets that head a list of them ("Liste unserer Stationen:",
 * "Tableau des agences :", "Tabla de oficinas:", "Tabel van vestigingen:", "Tabella filiali:", "Our branches:"): the
 * entries after the colon, each a branch's name, a comma and its address, are premises (branch-lists.ts).
 */
export const BRANCH_LISTS: Readonly<Record<Lang, readonly string[]>> = {
  en: ['branches', 'locations', 'stores', 'shops', 'outlets', 'offices', 'depots', 'rental stations', 'pick-up points', 'pickup points'],
  de: ['stationen', 'mietstationen', 'filialen', 'standorte', 'niederlassungen', 'geschäftsstellen', 'verkaufsstellen', 'abholstationen', 'filialliste', 'standortliste'],
  fr: ['agences', 'magasins', 'boutiques', 'succursales', 'points de vente', 'points de retrait', 'implantations'],
  es: ['oficinas', 'sucursales', 'tiendas', 'delegaciones', 'puntos de venta', 'puntos de recogida'],
  nl: ['vestigingen', 'filialen', 'winkels', 'locaties', 'verhuurpunten', 'afhaalpunten'],
  it: ['filiali', 'sedi', 'agenzie', 'negozi', 'punti vendita', 'punti di ritiro'],
};

/**
 * Industrial sites, named by their kind before the company's or the site's name ("stabilimento Ferrari, via Abetone
 * Inferiore 4", "planta SEAT de Martorell, Autovía A-2", "Tesla Gigafactory Berlin-Brandenburg, Tesla Straße 1", "BMW
 * Werk München, Petuelring 130"): the address after the name is the plant's, a delivery or a visit's destination.
 * Read by plant-sites.ts only with a capitalised name after the noun. Not here: words that are also street names ("Mill
 * Lane", "Foundry Road", "rue de la Fonderie", "Via della Fonderia"). A floor is no plant ("planta baja", "Planta 2").
 */
export const NOT_PLANT_NAMES: readonly string[] = ['baja', 'alta', 'primera', 'segunda', 'tercera', 'cuarta', 'quinta', 'sexta', 'sótano', 'principal', 'entresuelo', 'superior', 'inferior', 'lane', 'road', 'street', 'way', 'close'];
export const PLANTS: Readonly<Record<Lang, readonly string[]>> = {
  en: ['plant', 'factory', 'gigafactory', 'refinery', 'assembly plant', 'production site', 'manufacturing site'],
  de: ['werk', 'fabrik', 'gigafactory', 'produktionsstandort', 'produktionswerk', 'raffinerie', 'montagewerk'],
  fr: ['usine', 'site de production', 'site industriel', 'raffinerie', 'gigafactory'],
  es: ['planta', 'fábrica', 'factoría', 'refinería', 'centro de producción', 'gigafactoría'],
  nl: ['fabriek', 'productielocatie', 'productievestiging', 'raffinaderij', 'gigafactory'],
  it: ['stabilimento', 'fabbrica', 'raffineria', 'sito produttivo', 'gigafactory'],
};

/**
 * Bodies of a profession and regulators that are named after the field they govern ("General Dental Council", "Ordre des
 * chirurgiens-dentistes", "Bundeszahnärztekammer", "Consejo General de Dentistas", "Koninklijke Nederlandse Maatschappij
 * tot bevordering der Tandheelkunde", "Ordine dei Medici"): the health word inside such a name is the body's field, no
 * one's health (address-evidence.ts). With the body nouns of data/name-context.ts (court, council, Kammer, conseil,
 * consejo, raad, consiglio...). Not associations, societies or federations: a patients' group is named after a disease
 * and its member's address is a patient's; not hospitals or clinics: a ward's name is where a patient lies.
 */
export const PROFESSION_BODIES: Readonly<Record<Lang, readonly string[]>> = {
  en: ['college', 'register', 'regulator', 'authority'],
  de: ['bundeskammer', 'landeskammer', 'aufsichtsbehörde'],
  fr: ['ordre', 'haute autorité', 'agence', 'académie'],
  es: ['colegio', 'colegio oficial', 'consejo general', 'agencia'],
  nl: ['orde', 'maatschappij', 'autoriteit', 'inspectie'],
  it: ['ordine', 'albo', 'collegio', 'agenzia'],
};
