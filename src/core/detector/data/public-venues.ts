// What makes a street address the address of a public place or a business rather than of a private person, per
// language. Read by public-addresses.ts.
//
// Venue nouns: the kinds of place OpenStreetMap tags as amenity=* (townhall, library, theatre, cinema, pharmacy,
// place_of_worship, embassy, courthouse, post_office, marketplace, restaurant, cafe), tourism=* (museum, gallery,
// hotel, zoo, aquarium, information), building=* (cathedral, church, chapel, mosque, synagogue, train_station, stadium,
// castle, palace), historic=* (castle, monument, memorial, tower) and railway=station, under the names their
// translated preset lists give them ("Map features" on wiki.openstreetmap.org and the de/fr/es/nl/it id-tagging-schema
// preset translations; as of 2026-12), with amenity=school/college/hospital/clinic and leisure=swimming_pool/
// sports_centre, and the courts, registry offices and police of each country's justice and civil-status system by their
// official names (County Court, Landgericht, tribunal judiciaire, Audiencia Provincial, gerechtshof, corte d'appello), and
// lecture and assembly halls, research institutes and laboratories (amenity=research_institute, with universities' faculties
// and departments: their addresses head papers' affiliations and conference programmes), and public car parks and garages (amenity=parking; a residents' notice about "the garage at"
// a street is the building's, a private word near it still keeps the address). Schools and hospitals count like the rest: a pupil's or patient's record names the person or says
// "patient", which keeps the address. Deliberately not here: homes and estates ("house", "Haus", "domaine", "tenuta",
// "landgoed", "cortijo": wedding venues and farms are also people's homes), offices in general ("office", "Büro" alone:
// "home office", "mein Büro"), parks and squares (streets are named after them).

type Lang = 'en' | 'de' | 'fr' | 'es' | 'nl' | 'it';

/** Venue nouns as whole words or phrases (lower case; matched case-insensitively). */
export const VENUE_WORDS: Readonly<Record<Lang, readonly string[]>> = {
  en: [
    'museum', 'museums', 'gallery', 'galleries', 'station', 'town hall', 'city hall', 'theatre', 'theater', 'opera house', 'concert hall',
    'cathedral', 'church', 'chapel', 'abbey', 'basilica', 'minster', 'mosque', 'synagogue', 'temple', 'library', 'embassy', 'consulate',
    'pharmacy', 'chemist', 'venue', 'arena', 'stadium', 'convention centre', 'convention center', 'conference centre', 'conference center',
    'exhibition centre', 'exhibition center', 'visitor centre', 'visitor center', 'tourist information', 'castle', 'palace', 'tower',
    'monument', 'memorial', 'zoo', 'aquarium', 'cinema', 'university', 'parliament', 'council offices', 'register office', 'post office',
    'courthouse', 'crown court', 'market hall', 'hotel', 'restaurant', 'café', 'cafe', 'shop', 'store', 'bakery', 'supermarket',
    'chemists', 'pharmacies', 'libraries', 'theatres', 'churches', 'stations', 'restaurants', 'hotels', 'pub', 'bistro', 'brasserie',
    'trattoria', 'pizzeria', 'agency', 'jobcentre', 'council', 'police station', 'exhibition hall', 'congress centre', 'school',
    'primary school', 'academy', 'college', 'hospital', 'infirmary', 'clinic', 'swimming pool', 'leisure centre', 'sports centre',
    'county court', 'high court', 'family court', 'court of appeal', "magistrates' court", 'magistrates’ court', 'magistrates court',
    "coroner's court", 'royal courts of justice', 'civil justice centre', 'employment tribunal', 'registry office', 'lecture hall',
    'lecture theatre', 'auditorium', 'car park', 'car parks', 'multi-storey car park', 'parking garage', 'parking', 'garage', 'garages',
    'park and ride', 'underground car park',
    // hospitals and practices by their institutional names ('Ashgrove Surgery', 'Royal Free London NHS Foundation Trust')
    'surgery', 'hospitals', 'university hospital', 'nhs trust', 'nhs foundation trust', 'medical center', 'health center',
    // regulators, ombudsmen, data-protection authorities and arbitration or complaint bodies, which publish their address
    // and helpline for complaints ('the Financial Ombudsman Service, Exchange Tower', 'the ICO, Wycliffe House')
    'ombudsman', 'ombudsman service', 'financial ombudsman service', "information commissioner's office", 'information commissioner’s office',
    'ico', 'ofcom', 'ofgem', 'ofwat', 'fca', 'financial conduct authority', 'complaints service', 'arbitration service', 'acas', 'tribunals service',
    // the legal profession's regulators and bar associations, which publish their address for filings and complaints
    'bar council', 'law society', 'bar association', 'solicitors regulation authority', 'bar standards board', 'legal ombudsman',
    // research institutes and laboratories ('the Francis Crick Institute, 1 Midland Road', 'MRC Laboratory of Molecular Biology')
    'institute', 'research institute', 'laboratory', 'laboratories', 'research centre', 'research center', 'observatory',
    // lodgings, parks and natural sights (tourism=hotel/motel/hostel/guest_house/theme_park/zoo, natural=cave_entrance:
    // 'Macdonald Aviemore Resort', 'Premier Inn Edinburgh', 'Jenolan Caves')
    'resort', 'resorts', 'inn', 'motel', 'hostel', 'guest house', 'theme park', 'safari park', 'caves', 'cavern', 'caverns', 'grotto',
    // trades that receive the public at their premises, and the places of childcare, schooling, student housing, funerals,
    // archives and ports (OSM shop=pastry/hairdresser/beauty/funeral_directors, amenity=ice_cream/kindergarten/childcare/
    // language_school/driving_school/crematorium/grave_yard/ferry_terminal, office=harbour_master): 'Teach First Supply', 'the
    // gelateria "Nuvola"', 'Hamburg Port Authority'. No trade noun that is also a surname ('Barber', 'Baker').
    'patisserie', 'pâtisserie', 'cake shop', 'coffee shop', 'tea room', 'tearoom', 'ice cream parlour', 'ice cream parlor', 'gelateria',
    'delicatessen', 'deli', 'diner', 'steakhouse', 'brewery', 'taproom', 'takeaway', 'chip shop', 'noodle bar', 'sushi bar', 'tapas bar',
    'hair salon', 'hairdresser', 'hairdressers', 'barbershop', 'barber shop', 'beauty salon', 'nail salon', 'nail bar', 'tattoo studio',
    'nursery', 'day nursery', 'nursery school', 'preschool', 'pre-school', 'kindergarten', 'playgroup', 'creche', 'crèche', 'childcare centre',
    'daycare', 'day care centre', 'secondary school', 'high school', 'grammar school', 'infant school', 'junior school', 'sixth form college',
    'language school', 'tutoring centre', 'tuition centre', 'learning centre', 'driving school', 'student residence', 'student residences',
    'halls of residence', 'hall of residence', 'student accommodation', 'student village',
    'funeral home', 'funeral parlour', 'funeral parlor', 'funeral directors', 'undertakers', 'crematorium', 'cemetery', 'chapel of rest',
    'probate registry', 'record office', 'records office', 'national archives', 'county archives',
    'port authority', 'harbour authority', 'harbour master', "harbour master's office", 'harbour office', 'port office', 'ferry terminal',
    'cruise terminal', 'airport', 'mission to seafarers', "seamen's mission",
    // animal shelters and pounds, which publish their address and opening hours for adopters and finders of strays
    'animal shelter', 'dog shelter', 'cat shelter', 'animal sanctuary', 'rescue centre', 'animal rescue centre', 'dogs home', "dogs' home", 'dog pound',
  ],
  de: [
    // animal shelters and pounds (as in English above)
    'tierheim', 'tierasyl', 'katzenhaus', 'gnadenhof', 'tierschutzzentrum',
    'museum', 'museen', 'galerie', 'bahnhof', 'rathaus', 'theater', 'oper', 'schauspielhaus', 'konzerthaus', 'philharmonie', 'kirche',
    'dom', 'münster', 'kathedrale', 'kapelle', 'kloster', 'basilika', 'moschee', 'synagoge', 'bibliothek', 'bücherei', 'botschaft',
    'konsulat', 'apotheke', 'halle', 'messe', 'stadion', 'arena', 'schloss', 'burg', 'palais', 'turm', 'denkmal', 'zoo', 'tierpark',
    'kino', 'universität', 'ministerium', 'bundestag', 'reichstag', 'landtag', 'parlament', 'bürgeramt', 'standesamt', 'amtsgericht',
    'touristinformation', 'tourist-information', 'besucherzentrum', 'hotel', 'restaurant', 'café', 'geschäft', 'bäckerei', 'markthalle',
    'apotheken', 'kirchen', 'bibliotheken', 'gaststätte', 'wirtshaus', 'brauhaus', 'agentur', 'behörde', 'jobcenter', 'polizei',
    'kongresszentrum', 'messegelände', 'schule', 'gymnasium', 'krankenhaus', 'klinikum', 'klinik', 'schwimmbad', 'hallenbad', 'freibad',
    'sporthalle', 'fundbüro', 'polizeiinspektion', 'polizeirevier',
    'gericht', 'landgericht', 'oberlandesgericht', 'verwaltungsgericht', 'sozialgericht', 'arbeitsgericht', 'finanzgericht',
    'justizzentrum', 'uniklinik', 'universitätsklinikum', 'saal', 'hörsaal', 'parkhaus', 'tiefgarage', 'parkplatz', 'garage',
    'kongresshaus', 'festspielhaus', 'stadthalle', 'universitätsmedizin', 'medizinisches versorgungszentrum', 'mvz',
    // Aufsichts-, Datenschutz- und Schlichtungsstellen, Ombudsleute ('Schlichtungsstelle Energie, Friedrichstraße 133')
    'bfdi', 'datenschutzbehörde', 'datenschutzbeauftragte', 'landesbeauftragte für datenschutz', 'aufsichtsbehörde', 'bafin', 'bundesnetzagentur',
    'schlichtungsstelle', 'schiedsstelle', 'ombudsmann', 'ombudsstelle', 'ombudsfrau', 'verbraucherzentrale', 'versicherungsombudsmann',
    // Kammern der Rechtsberufe ('RAK München, Tal 33', 'Bundesrechtsanwaltskammer', 'Notarkammer Berlin') and Bundesgerichte
    'rechtsanwaltskammer', 'anwaltskammer', 'rak', 'brak', 'bundesrechtsanwaltskammer', 'notarkammer', 'bundesnotarkammer', 'gerichtshof', 'bundesgerichtshof',
    // Forschungsinstitute und Labore ('Max-Planck-Institut für Biochemie, Am Klopferspitz 18', 'Laboratorium für Organische Chemie')
    'institut', 'forschungsinstitut', 'forschungszentrum', 'laboratorium', 'fakultät', 'hochschule', 'sternwarte',
    // Unterkünfte, Freizeitparks und Naturdenkmäler ('Resort Schwielowsee', 'Jugendherberge Köln-Deutz', 'Atta-Höhle')
    'resort', 'hostel', 'jugendherberge', 'herberge', 'gasthof', 'gästehaus', 'freizeitpark', 'safaripark', 'höhle', 'höhlen', 'tropfsteinhöhle',
    // Handwerk und Läden mit Kundschaft vor Ort, Kinderbetreuung, Schulen, Wohnheime, Bestatter, Archive, Häfen ('Café-Konditorei
    // Zuckerstück', 'Kita Sonnenschein', 'Pietät Bestattungen', 'Hafenamt'); kein Nomen, das auch ein Familienname ist ('Bäcker')
    'konditorei', 'café-konditorei', 'eisdiele', 'eiscafé', 'bistro', 'imbiss', 'pizzeria', 'trattoria', 'osteria', 'brauerei', 'friseur',
    'friseursalon', 'frisörsalon', 'frisör', 'barbershop', 'kosmetikstudio', 'kosmetiksalon', 'nagelstudio', 'kita', 'kindertagesstätte',
    'kindergarten', 'kinderkrippe', 'grundschule', 'realschule', 'gesamtschule', 'sprachschule', 'nachhilfeschule', 'nachhilfeinstitut',
    'fahrschule', 'studentenwohnheim', 'studierendenwohnheim', 'studentenwerk', 'bestattungen', 'bestattungsinstitut', 'bestattungshaus',
    'trauerhalle', 'friedhof', 'krematorium', 'nachlassgericht', 'stadtarchiv', 'landesarchiv', 'staatsarchiv', 'bundesarchiv', 'hafenamt',
    'hafenbehörde', 'hafenmeisterei', 'port authority', 'fährterminal', 'kreuzfahrtterminal', 'flughafen', 'seemannsmission',
  ],
  fr: [
    // animal shelters and pounds (as in English above)
    'refuge', 'refuge animalier', 'fourrière', 'fourrière animale',
    'musée', 'musées', 'galerie', 'gare', 'mairie', 'hôtel de ville', 'théâtre', 'opéra', 'cathédrale', 'église', 'basilique',
    'chapelle', 'abbaye', 'mosquée', 'synagogue', 'temple', 'bibliothèque', 'médiathèque', 'ambassade', 'consulat', 'pharmacie',
    'salle', 'halle', 'halles', 'palais', 'château', 'monument', 'mémorial', 'stade', 'cinéma', 'université', 'préfecture',
    'ministère', 'tribunal', 'office de tourisme', 'parc des expositions', 'centre des congrès', 'hôtel', 'restaurant', 'boutique',
    'magasin', 'boulangerie', 'marché couvert', 'zoo', 'aquarium', 'pharmacies', 'églises', 'bistrot', 'brasserie', 'agence',
    'commissariat', 'sous-préfecture', 'caf', 'cpam', 'hôtel des impôts', 'centre des finances publiques', 'palais des congrès', 'consulat général',
    'école', 'collège', 'lycée', 'hôpital', 'clinique', 'piscine', 'gymnase', 'centre des impôts',
    "cour d'appel", 'cour d’appel', 'cour de cassation', "conseil de prud'hommes", 'conseil de prud’hommes', 'tribunal judiciaire',
    'tribunal administratif', 'tribunal de commerce', 'tribunal de police', 'tribunal correctionnel', 'palais de justice',
    'préfecture de police', 'hôtel de police', 'gendarmerie', 'chu', 'centre hospitalier', 'état civil', 'amphithéâtre',
    'parking', 'parking souterrain', 'parc de stationnement', 'garage', 'parc relais',
    'hospices', 'hôpitaux', 'chru', 'chr', 'centre médical', 'cabinet',
    // autorités de contrôle, médiateurs et instances de réclamation ('la CNIL, 3 place de Fontenoy', 'le médiateur de l'AMF')
    'cnil', 'amf', 'acpr', 'arcep', 'défenseur des droits', 'médiateur national de l’énergie', "médiateur national de l'énergie",
    'médiateur des communications électroniques', 'médiation de l’assurance', "médiation de l'assurance", 'autorité des marchés financiers',
    'banque de france', 'dgccrf',
    // ordres et barreaux ('Ordre des avocats de Paris, 11 place Dauphine', 'Barreau de Lyon, 176 rue de Créqui')
    'ordre des avocats', 'barreau', 'conseil national des barreaux', 'chambre des notaires', 'conseil supérieur du notariat', 'conseil d’état', "conseil d'état", 'conseil constitutionnel',
    // instituts et laboratoires de recherche ('Institut Pasteur, 25-28 rue du Docteur Roux', 'Laboratoire de physique, 24 rue Lhomond')
    'institut', 'laboratoire', 'centre de recherche', 'faculté', 'observatoire',
    // hébergements, parcs et sites naturels ('Auberge de la Source', 'Grotte de Lascaux', 'Gouffre de Padirac')
    'auberge', 'auberge de jeunesse', 'parc zoologique', "parc d'attractions", 'parc d’attractions', 'grotte', 'grottes', 'gouffre',
    // commerces qui reçoivent la clientèle, garde d'enfants, écoles, résidences étudiantes, pompes funèbres, archives et ports
    // ('boulangerie « Au Pain Doré »', 'Le Bouillon Chartier', 'Grand Port Maritime de Marseille'); pas 'résidence' seule (un
    // immeuble d'habitation), ni un métier qui est aussi un nom de famille ('Barbier')
    'pâtisserie', 'patisserie', 'salon de thé', 'crêperie', 'creperie', 'bouillon', 'café', 'bistro', 'pizzeria', 'trattoria', 'cave à vins',
    'bar à vins', 'salon de coiffure', 'coiffeur', 'institut de beauté', 'onglerie', 'crèche', 'micro-crèche', 'halte-garderie', 'garderie',
    'école maternelle', 'école primaire', 'école élémentaire', 'école de langues', 'auto-école', 'résidence étudiante', 'résidence universitaire',
    'cité universitaire', 'crous', 'pompes funèbres', 'funérarium', 'chambre funéraire', 'crématorium', 'cimetière', 'archives départementales',
    'archives municipales', 'archives nationales', 'grand port maritime', 'port autonome', 'capitainerie', 'autorité portuaire', 'gare maritime',
    'aéroport',
  ],
  es: [
    // animal shelters and pounds (as in English above)
    'protectora', 'protectora de animales', 'perrera', 'perrera municipal', 'centro de protección animal', 'refugio de animales',
    'museo', 'museos', 'galería', 'estación', 'ayuntamiento', 'teatro', 'ópera', 'catedral', 'iglesia', 'basílica', 'capilla',
    'monasterio', 'mezquita', 'sinagoga', 'biblioteca', 'embajada', 'consulado', 'farmacia', 'farmacias', 'auditorio', 'palacio',
    'castillo', 'alcázar', 'monumento', 'estadio', 'cine', 'universidad', 'ministerio', 'juzgado', 'oficina de turismo',
    'recinto ferial', 'palacio de congresos', 'hotel', 'restaurante', 'tienda', 'panadería', 'mercado', 'zoo', 'acuario', 'iglesias',
    'bibliotecas', 'taberna', 'mesón', 'cervecería', 'agencia', 'comisaría', 'delegación', 'fira', 'feria', 'escuela', 'colegio', 'instituto',
    'hospital', 'clínica', 'piscina', 'polideportivo',
    'audiencia', 'audiencia provincial', 'audiencia nacional', 'tribunal', 'tribunal superior de justicia', 'tribunal supremo',
    'juzgados', 'registro civil', 'hospital universitario', 'centro de salud', 'guardia civil', 'subdelegación del gobierno',
    'salón de actos', 'aula magna', 'aparcamiento', 'aparcamientos', 'parking', 'garaje', 'garajes', 'estacionamiento',
    'hospital clínico', 'complejo hospitalario', 'centro médico', 'centro hospitalario',
    // autoridades de control, defensores y servicios de reclamaciones ('la AEPD, C/ Jorge Juan 6', 'Banco de España')
    'aepd', 'agencia española de protección de datos', 'servicio de reclamaciones', 'oficina de atención al usuario', 'defensor del pueblo',
    'defensor del cliente', 'defensor del asegurado', 'cnmv', 'cnmc', 'banco de españa', 'dirección general de seguros', 'junta arbitral',
    'junta arbitral de consumo', 'oficina municipal de información al consumidor', 'omic',
    // colegios profesionales de la abogacía y el notariado ('Ilustre Colegio de la Abogacía de Madrid, C/ Serrano 9')
    'colegio de abogados', 'ilustre colegio de abogados', 'ica', 'icam', 'icab', 'icav', 'colegio de la abogacía', 'ilustre colegio de la abogacía', 'consejo general de la abogacía', 'colegio notarial', 'tribunal constitucional', 'consejo general del poder judicial',
    // institutos y laboratorios de investigación ('Centro Nacional de Investigaciones Oncológicas', 'Laboratorio de Física')
    'laboratorio', 'centro de investigación', 'centro de investigaciones', 'centro nacional de investigaciones', 'facultad', 'observatorio',
    // alojamientos, parques y lugares naturales ('Parador de Granada', 'Hostal Goya', 'Cuevas del Drach')
    'hostal', 'parador', 'albergue', 'parque temático', 'parque de atracciones', 'gruta', 'grutas', 'cueva', 'cuevas',
    // comercios que atienden al público, guarderías, academias, residencias de estudiantes, funerarias, archivos y puertos
    // ('la churrería "Los Ángeles"', 'Residencia Universitaria Galileo Galilei', 'Autoridad Portuaria de Valencia')
    'churrería', 'pastelería', 'heladería', 'cafetería', 'café', 'confitería', 'pizzería', 'marisquería', 'asador', 'casa de comidas',
    'peluquería', 'barbería', 'centro de estética', 'salón de belleza', 'guardería', 'escuela infantil', 'jardín de infancia', 'academia',
    'academia de idiomas', 'escuela de idiomas', 'autoescuela', 'residencia universitaria', 'residencia de estudiantes', 'colegio mayor',
    'tanatorio', 'funeraria', 'cementerio', 'crematorio', 'archivo histórico', 'archivo municipal', 'archivo provincial', 'autoridad portuaria',
    'capitanía marítima', 'estación marítima', 'aeropuerto',
  ],
  nl: [
    // animal shelters and pounds (as in English above)
    'dierenasiel', 'asiel', 'dierenopvang', 'kattenopvang', 'hondenopvang', 'dierenopvangcentrum',
    'museum', 'musea', 'galerie', 'station', 'stadhuis', 'gemeentehuis', 'theater', 'schouwburg', 'concertgebouw', 'kerk',
    'kathedraal', 'basiliek', 'kapel', 'abdij', 'moskee', 'synagoge', 'bibliotheek', 'ambassade', 'consulaat', 'apotheek', 'paleis',
    'kasteel', 'toren', 'monument', 'stadion', 'bioscoop', 'universiteit', 'ministerie', 'rechtbank', 'vvv', 'bezoekerscentrum',
    'hotel', 'restaurant', 'winkel', 'bakkerij', 'markthal', 'dierentuin', 'apotheken', 'kerken', 'eetcafé', 'café', 'gemeente',
    'belastingdienst', 'politiebureau', 'uwv', 'congrescentrum', 'beurs', 'school', 'basisschool', 'ziekenhuis', 'kliniek', 'zwembad',
    'sporthal',
    'gerechtshof', 'kantongerecht', 'raad van state', 'hoge raad', 'academisch ziekenhuis', 'collegezaal', 'aula',
    'parkeergarage', 'parkeerterrein', 'parkeerplaats', 'garage', 'fietsenstalling',
    // university and general medical centres by their names ('UMC Utrecht', 'Erasmus MC', 'Maasstad Ziekenhuis')
    'umc', 'mc', 'medisch centrum', 'universitair medisch centrum', 'huisartsenpost', 'ziekenhuizen',
    // toezichthouders, ombudsmannen en geschillen- en klachteninstanties ('Autoriteit Persoonsgegevens, Postbus 93374', 'Kifid')
    'autoriteit persoonsgegevens', 'geschillencommissie', 'de geschillencommissie', 'kifid', 'klachteninstituut financiële dienstverlening', 'acm',
    'consuwijzer', 'afm', 'autoriteit financiële markten', 'nationale ombudsman', 'ombudsman', 'dnb', 'de nederlandsche bank', 'geschillencommissie zorg',
    // de orde van advocaten en de notariële beroepsorganisatie ('Nederlandse orde van advocaten, Neuhuyskade 94')
    // and a local bar by its district ('Orde Amsterdam'; the noun before a capitalised name only, as every venue noun)
    'orde van advocaten', 'nederlandse orde van advocaten', 'orde', 'koninklijke notariële beroepsorganisatie', 'knb', 'centrale raad van beroep', 'college van beroep voor het bedrijfsleven',
    // onderzoeksinstituten en laboratoria ('Nederlands Kanker Instituut, Plesmanlaan 121', 'Hubrecht Instituut')
    'instituut', 'onderzoeksinstituut', 'laboratorium', 'faculteit', 'hogeschool', 'sterrenwacht',
    // logies, parken en natuurlijke bezienswaardigheden ('Stayokay Hostel', 'Safaripark Beekse Bergen', 'Grotten van Han')
    'hostel', 'jeugdherberg', 'herberg', 'resort', 'vakantiepark', 'pretpark', 'safaripark', 'grot', 'grotten',
    // zaken die klanten ontvangen, kinderopvang, scholen, studentenhuisvesting, uitvaart, archieven en havens ('patisserie
    // "Suikerspin"', 'Kinderopvang Zonnestraal', 'Havenbedrijf Rotterdam'); geen beroep dat ook een achternaam is ('Bakker', 'Kapper')
    'patisserie', 'banketbakkerij', 'ijssalon', 'lunchroom', 'brasserie', 'bistro', 'pizzeria', 'trattoria', 'snackbar', 'kapsalon',
    'barbershop', 'schoonheidssalon', 'nagelstudio', 'kinderdagverblijf', 'kinderopvang', 'peuterspeelzaal', 'buitenschoolse opvang',
    'middelbare school', 'taalschool', 'taleninstituut', 'bijlesinstituut', 'huiswerkinstituut', 'rijschool', 'studentenhuisvesting',
    'studentencomplex', 'uitvaartcentrum', 'uitvaartonderneming', 'uitvaartverzorging', 'rouwcentrum', 'begraafplaats', 'crematorium',
    'stadsarchief', 'regionaal archief', 'nationaal archief', 'havenbedrijf', 'havendienst', 'havenmeester', 'havenkantoor', 'veerterminal',
    'luchthaven',
  ],
  it: [
    // animal shelters and pounds (as in English above)
    'canile', 'gattile', 'canile comunale', 'canile sanitario', 'canile rifugio', 'oasi felina', 'rifugio per animali',
    'museo', 'musei', 'galleria', 'gallerie', 'stazione', 'municipio', 'palazzo', 'teatro', 'duomo', 'cattedrale', 'chiesa', 'basilica',
    'cappella', 'abbazia', 'moschea', 'sinagoga', 'biblioteca', 'ambasciata', 'consolato', 'farmacia', 'farmacie', 'castello', 'castel',
    'torre', 'monumento', 'stadio', 'cinema', 'università', 'ministero', 'tribunale', 'ufficio turistico', 'urp', 'colosseo',
    'anfiteatro', 'pinacoteca', 'hotel', 'albergo', 'ristorante', 'negozio', 'panetteria', 'mercato', 'zoo', 'acquario', 'chiese',
    'biblioteche', 'trattoria', 'osteria', 'pizzeria', 'agenzia', 'ufficio', 'sportello', 'questura', 'prefettura', 'comune', 'inps', 'fiera',
    'scuola', 'liceo', 'ospedale', 'policlinico', 'clinica', 'piscina', 'palestra', 'palazzetto',
    'padiglione',
    "corte d'appello", 'corte d’appello', 'corte di cassazione', "corte d'assise", 'corte d’assise', 'giudice di pace', 'procura',
    'procura della repubblica', 'carabinieri', 'caserma', 'anagrafe', 'azienda ospedaliera', 'aula', 'aula magna',
    'parcheggio', 'parcheggi', 'autorimessa', 'autosilo', 'garage',
    'ospedali', 'asl', 'asst', 'irccs', 'ausl', 'casa di cura',
    // autorità di controllo, garanti, arbitri e organismi di conciliazione ('Garante privacy, Piazza Venezia 11', 'Arbitro Assicurativo')
    'garante privacy', 'garante per la protezione dei dati personali', 'arbitro assicurativo', 'arbitro bancario finanziario', 'abf', 'ivass',
    'consob', 'agcom', 'arera', 'corecom', 'agcm', 'antitrust', 'difensore civico', 'tribunale per i minorenni', 'banca d’italia', "banca d'italia",
    // ordini professionali ('Ordine degli Avvocati di Milano, Via Freguglia 1') e alte corti
    'ordine degli avvocati', 'consiglio dell’ordine degli avvocati', "consiglio dell'ordine degli avvocati", 'consiglio nazionale forense', 'consiglio notarile', 'ordine dei notai', 'corte costituzionale', 'consiglio di stato',
    // istituti e laboratori di ricerca ('Istituto Nazionale di Fisica Nucleare, Via Enrico Fermi 54', 'Dipartimento di Fisica')
    'istituto', 'laboratorio', 'laboratori', 'dipartimento', 'facoltà', 'centro di ricerca', 'osservatorio',
    // alloggi, parchi e siti naturali ('Grotte di Castellana', 'Zoosafari di Fasano', 'Ostello Bello', 'Locanda Cipriani')
    'resort', 'locanda', 'ostello', 'agriturismo', 'grotta', 'grotte', 'zoosafari', 'parco safari', 'parco divertimenti',
    // esercizi che ricevono il pubblico, nidi e scuole, residenze universitarie, onoranze funebri, archivi e porti ('la gelateria
    // "Nuvola"', 'Collegio universitario Einaudi', 'Autorità di Sistema Portuale')
    'gelateria', 'pasticceria', 'caffetteria', 'caffè', 'enoteca', 'paninoteca', 'rosticceria', 'friggitoria', 'birreria', 'piadineria',
    'parrucchiere', 'parrucchiera', 'barberia', 'centro estetico', 'istituto di bellezza', 'asilo', 'asilo nido', 'scuola dell’infanzia',
    "scuola dell'infanzia", 'scuola materna', 'scuola primaria', 'scuola media', 'istituto comprensivo', 'scuola di lingue', 'doposcuola',
    'autoscuola', 'collegio', 'collegio universitario', 'residenza universitaria', 'studentato', 'onoranze funebri', 'agenzia funebre',
    'impresa funebre', 'cimitero', 'crematorio', 'archivio di stato', 'autorità portuale', 'autorità di sistema portuale', 'capitaneria',
    'capitaneria di porto', 'stazione marittima', 'aeroporto',
  ],
};

/**
 * Institutions of VENUE_WORDS known by an acronym, written in capitals ("la CNIL", "la AEPD", "KIFID"): the acronym is
 * the institution's name itself, not a surname in capitals. Lower case.
 */
export const ACRONYM_VENUES: readonly string[] = [
  'ico', 'ofcom', 'ofgem', 'ofwat', 'fca', 'acas', 'bfdi', 'bafin', 'cnil', 'amf', 'acpr', 'arcep', 'dgccrf', 'aepd', 'cnmv', 'cnmc', 'omic',
  'kifid', 'acm', 'afm', 'dnb', 'abf', 'rak', 'brak', 'knb', 'ica', 'icam', 'icab', 'icav', 'ivass', 'consob', 'agcom', 'arera', 'corecom', 'agcm', 'inps', 'asl', 'asst', 'irccs', 'ausl', 'umc', 'chu', 'chru', 'chr', 'mvz',
];

/**
 * Venue nouns that name a place only after its proper name ("Erasmus MC", "Haaglanden MC"): before a name they are a
 * stage name's prefix ("MC Kevin"), so the name after them is a person's.
 */
// Barristers' chambers by their set's name ("Brick Court Chambers", "Blackstone Chambers"): before a name, or after a
// house number, "Chambers" is a street's ("Chambers Street") or a surname.
export const AFTER_NAME_ONLY: readonly string[] = ['mc', 'chambers'];

/**
 * The same nouns as the last part of a German or Dutch compound, which names one building ("Semperoper",
 * "Hauptbahnhof", "Stadtbibliothek", "Reichstagsgebäude", "Rijksmuseum", "Domtoren", "Stadsschouwburg"). Matched at the
 * end of a capitalised word at least three letters longer than the ending, never one that starts with "Wohn"/"Woon"
 * (a residential building: "Wohngebäude", "Woonhuis").
 */
export const VENUE_ENDINGS: readonly string[] = [
  'museum', 'bahnhof', 'rathaus', 'theater', 'oper', 'kirche', 'kapelle', 'bibliothek', 'bücherei', 'botschaft', 'apotheke', 'halle',
  'stadion', 'schloss', 'turm', 'amt', 'gericht', 'gebäude', 'galerie', 'kerk', 'toren', 'schouwburg', 'bibliotheek',
  'apotheek', 'gebouw', 'paleis', 'kasteel', 'station', 'huis', 'zaal', 'schule', 'klinik', 'klinikum', 'krankenhaus', 'bad', 'büro',
  'inspektion', 'präsidium', 'revier', 'school', 'ziekenhuis', 'zwembad', 'beurs', 'parkhaus', 'kongresshaus',
  // courts and chambers of the legal professions ('Bundesgerichtshof', 'Verfassungsgerichtshof', 'Rechtsanwaltskammer')
  'gerichtshof', 'gerechtshof', 'anwaltskammer', 'notarkammer',
  // research institutes ('Forschungsinstitut', 'onderzoeksinstituut')
  'institut', 'instituut',
  // shops, childcare, student housing, cemeteries and archives ('Stadtkonditorei', 'Kapsalon', 'Betriebskita',
  // 'Studentenwohnheim', 'Waldfriedhof', 'Stadsarchief')
  'konditorei', 'bäckerei', 'bakkerij', 'salon', 'kita', 'kindergarten', 'wohnheim', 'friedhof', 'begraafplaats', 'archiv', 'archief',
];

/**
 * Words of texts about visiting public places: opening hours, tickets, guided tours, exhibitions, itineraries (the
 * tourist-information vocabulary of each language). With venue nouns they make a text a guide or a plan of public
 * places, whose addresses are the places'; so do duty rotas (farmacias de guardia, Notdienst), trade fairs and
 * conferences (exhibitors, booths).
 */
export const VISIT_WORDS: Readonly<Record<Lang, readonly string[]>> = {
  en: ['opening hours', 'open daily', 'admission', 'tickets', 'guided tour', 'guided tours', 'exhibition', 'exhibitions', 'sightseeing', 'itinerary', 'walking route', 'walking tour', 'unesco', 'roadshow', 'on duty', 'late-night', 'opening times', 'opens at',
    'closes at', 'open until', 'booth', 'exhibitor', 'exhibitors', 'trade fair', 'trade show', 'conference', 'congress'],
  de: ['öffnungszeiten', 'geöffnet', 'eintritt', 'eintrittskarten', 'führung', 'führungen', 'ausstellung', 'ausstellungen', 'sehenswürdigkeiten', 'rundgang', 'fußweg', 'besichtigung', 'unesco', 'notdienst', 'sprechzeiten', 'aussteller', 'messestand', 'kongress', 'konferenz'],
  fr: ['horaires', "horaires d'ouverture", 'ouvert', 'visite guidée', 'visites guidées', 'exposition', 'expositions', 'parcours', 'itinéraire', 'billets', 'unesco', 'de garde', 'exposant', 'exposants', 'congrès', 'conférence'],
  es: ['horario', 'horarios', 'abierto', 'visita guiada', 'visitas guiadas', 'exposición', 'exposiciones', 'ruta', 'itinerario', 'entradas', 'de guardia', 'unesco', 'expositor', 'expositores', 'congreso', 'conferencia'],
  nl: ['openingstijden', 'geopend', 'rondleiding', 'rondleidingen', 'tentoonstelling', 'tentoonstellingen', 'wandelroute', 'te bezoeken', 'unesco-werelderfgoed', 'unesco', 'dienstdoende', 'standhouder', 'standhouders', 'congres', 'conferentie'],
  it: ['orari', 'orario', 'aperto', 'aperta', 'visita guidata', 'visite guidate', 'mostra', 'percorso', 'itinerario', 'biglietti', 'ztl', 'unesco', 'di turno', 'espositore', 'espositori', 'congresso', 'conferenza'],
};

/**
 * Words that tie an address to a private person after all, near it: homes and dwellings, first-person and possessive
 * words, family members, the people whose records hold an address (tenants, patients, clients, customers,
 * deliveries), births. Any of
 * them near an address keeps it, whatever venue is named. Not the possessives that are also everyday words of another
 * language here (fr "ma"/"mes", es "mi": it "but", es "month", it "me").
 */
export const PRIVATE_NEAR: Readonly<Record<Lang, readonly string[]>> = {
  en: ['home', 'flat', 'apartment', 'property', 'mother', 'father', 'parent', 'parents', 'guardian', 'wife', 'husband', 'son', 'daughter', 'airbnb', 'holiday let', 'holiday cottage', 'live', 'lived', 'neighbour', 'neighbor', 'occupant', 'occupants', 'my', 'our', 'his', 'her', 'their', 'lives', 'living', 'moved', 'tenant', 'landlord', 'patient', 'client', 'customer', 'delivery', 'deliver', 'born', 'residing', 'resident', 'address:'],
  de: ['wohnung', 'mutter', 'vater', 'eltern', 'erziehungsberechtigte', 'erziehungsberechtigter', 'ehefrau', 'ehemann', 'sohn', 'tochter', 'wohnhaft', 'wohnt', 'lebt', 'wohne', 'bewohner', 'bewohnerin', 'nachbar', 'nachbarin', 'zuhause', 'mein', 'meine', 'meiner', 'unser', 'unsere', 'ihre', 'seine', 'mieter', 'mieterin', 'vermieter', 'patient', 'patientin', 'klient', 'klientin', 'kunde', 'kundin', 'lieferadresse', 'geboren', 'geb', 'anschrift', 'umgezogen', 'familie'],
  fr: ['appartement', 'mère', 'père', 'parents', 'épouse', 'époux', 'fils', 'fille', 'gîte', 'chez', 'vit', 'habitons', 'habitant', 'habitante', 'résident', 'résidente', 'voisin', 'voisine', 'occupant', 'mon', 'notre', 'demeurant', 'domicilié', 'domiciliée', 'locataire', 'propriétaire', 'patient', 'patiente', 'client', 'cliente', 'livraison', 'né', 'née', 'adresse', 'déménagé'],
  es: ['piso', 'madre', 'padre', 'padres', 'tutor', 'tutora', 'esposa', 'esposo', 'hijo', 'hija', 'apartamento', 'vivienda', 'vivo', 'vive', 'vivimos', 'vecino', 'vecina', 'residente', 'mis', 'nuestro', 'nuestra', 'domiciliado', 'domiciliada', 'inquilino', 'inquilina', 'paciente', 'cliente', 'clienta', 'señora', 'señor', 'entrega', 'envío', 'nacido', 'nacida', 'dirección', 'mudado'],
  nl: ['woning', 'moeder', 'vader', 'ouders', 'voogd', 'echtgenote', 'echtgenoot', 'zoon', 'dochter', 'vakantiehuis', 'thuis', 'woon', 'bewoner', 'bewoners', 'buurman', 'buurvrouw', 'mijn', 'onze', 'ons', 'wonende', 'huurder', 'verhuurder', 'patiënt', 'cliënt', 'cliënte', 'klant', 'levering', 'bezorgadres', 'geboren', 'adres', 'verhuisd'],
  it: ['appartamento', 'madre', 'padre', 'genitori', 'tutore', 'moglie', 'marito', 'figlio', 'figlia', 'abitazione', 'casa vacanze', 'abito', 'vive', 'vivo', 'inquilini', 'condomino', 'vicina di casa', 'vicino di casa', 'mio', 'mia', 'nostro', 'nostra', 'inquilino', 'inquilina', 'paziente', 'cliente', 'signora', 'signore', 'consegna', 'spedizione', 'nato', 'nata', 'indirizzo', 'trasferito', 'trasferita'],
};

/**
 * A piece of writing or a channel right after a private word, maybe after one more word ("my rom-com", "il mio blog", "meinen
 * neuen Roman", "ma nouvelle", "mi novela", "mijn verhaal"): the word speaks of the text being written, not of a home
 * ("Help me outline chapter 3 of my rom-com: Nell runs a bakery at ..."). Read by public-addresses.ts's PRIVATE.
 */
export const OWN_WORKS: Readonly<Record<Lang, readonly string[]>> = {
  en: ['blog', 'blog post', 'novel', 'novella', 'rom-com', 'romcom', 'screenplay', 'script', 'short story', 'story', 'book', 'chapter', 'article', 'essay', 'newsletter', 'podcast', 'column', 'vlog', 'fanfic', 'fan fiction', 'sitcom', 'play'],
  de: ['blog', 'blogbeitrag', 'roman', 'romans', 'krimi', 'kurzgeschichte', 'geschichte', 'drehbuch', 'buch', 'kapitel', 'artikel', 'beitrag', 'aufsatz', 'newsletter', 'podcast', 'kolumne', 'theaterstück'],
  fr: ['blog', 'roman', 'nouvelle', 'scénario', 'livre', 'chapitre', 'article', 'chronique', 'newsletter', 'podcast', 'comédie romantique', 'pièce'],
  es: ['blog', 'novela', 'relato', 'guion', 'guión', 'libro', 'capítulo', 'artículo', 'columna', 'newsletter', 'pódcast', 'podcast', 'comedia romántica'],
  nl: ['blog', 'roman', 'verhaal', 'kortverhaal', 'scenario', 'boek', 'hoofdstuk', 'artikel', 'column', 'nieuwsbrief', 'podcast', 'toneelstuk'],
  it: ['blog', 'romanzo', 'racconto', 'sceneggiatura', 'libro', 'capitolo', 'articolo', 'rubrica', 'newsletter', 'podcast', 'commedia romantica'],
};

/**
 * A dwelling's unit word before its number, on an address's lead line ("Room 6, Seaview Guest House, 112 Marine Parade",
 * "chambre B12, Résidence Crous Les Cèdres", "Zimmer 214, Studentenwohnheim ...", "habitación 3", "kamer 12", "stanza 5",
 * "interno 4"): someone lives in that room or flat of the place, so the address is the resident's (public-addresses.ts).
 */
export const DWELLING_UNITS: Readonly<Record<Lang, readonly string[]>> = {
  en: ['room', 'rm', 'flat', 'apartment', 'apt'],
  de: ['zimmer', 'zi.', 'wohnung', 'whg.', 'appartement', 'apartment'],
  fr: ['chambre', 'appartement', 'appt', 'apt', 'logement'],
  es: ['habitación', 'hab.', 'apartamento', 'apto.'],
  nl: ['kamer', 'appartement', 'studio'],
  it: ['stanza', 'camera', 'appartamento', 'interno', 'int.'],
};

/** Endings of German and Dutch compounds that name a dwelling or an address ("Ferienwohnung", "huurwoning", "Lieferadresse"). */
export const PRIVATE_ENDINGS: readonly string[] = ['wohnung', 'woning', 'adresse', 'anschrift', 'adres'];

/**
 * Mobile ranges of the six languages' countries, as digits, for a number that no national format of
 * data/phone-formats.ts reads (those give their kind themselves): after a country code, Germany 15x-17x, the
 * Netherlands 6, France 6 and 7, Spain 6 and 7, Italy 3, the United Kingdom 7; written nationally, Germany's 015x-017x
 * (no area code begins so) and Spain's and Italy's numbers without a trunk prefix (6xx/7xx, 3xx). From the regulators'
 * numbering plans (BNetzA, ACM, ARCEP, CNMC, AGCOM, Ofcom). Not a bare 06/07: German area codes begin so too.
 */
export const MOBILE_RANGES = {
  international: /^(?:491[5-7]\d{8,10}|316\d{8}|33[67]\d{8}|34[67]\d{8}|393\d{8,9}|447\d{9})$/,
  national: /^(?:01[5-7]\d{8,10}|[67]\d{8}|3\d{8,9})$/,
} as const;

/**
 * A booking, appointment or reminder made out to a named person: "auf (den) Namen", "au nom de", "a nombre de", "op
 * naam van", "a nome di", "under the name", or a message's greeting to a given name ("Hoi Fleur,", "Hi Sam", "Bonjour
 * Claire", "Ciao Marta"). Read before a capitalised name; a mobile after it with a personal cue is that person's.
 */
export const NAMED_FOR: Readonly<Record<Lang, readonly string[]>> = {
  en: ['under the name', 'under the name of', 'in the name of', 'booked for', 'hi', 'hello', 'dear'],
  de: ['auf namen', 'auf den namen', 'auf den namen von', 'reserviert für', 'gebucht für', 'hallo', 'hi', 'liebe', 'lieber'],
  fr: ['au nom de', 'réservé pour', 'réservée pour', 'bonjour', 'salut', 'chère', 'cher'],
  es: ['a nombre de', 'reservado para', 'reservada para', 'hola', 'querida', 'querido'],
  nl: ['op naam van', 'op naam', 'gereserveerd voor', 'hoi', 'hallo', 'beste', 'hi'],
  it: ['a nome di', 'a nome', 'prenotato per', 'prenotata per', 'ciao', 'salve', 'cara', 'caro', 'gentile'],
};

/**
 * Words that label a number as a person's own line, not a desk's ("home 0161 ...", "privat: 0221 ...", "téléphone
 * domicile", "teléfono de casa", "thuisnummer", "telefono di casa"): after an employer's desk phrase ("works in the
 * press office; home 0161 ...") the number is the employee's.
 */
export const PRIVATE_LINE: Readonly<Record<Lang, readonly string[]>> = {
  en: ['home', 'private', 'personal', 'at home'],
  de: ['privat', 'private', 'privatnummer', 'privatanschluss', 'zuhause', 'zu hause', 'daheim'],
  fr: ['domicile', 'perso', 'personnel', 'privé', 'à la maison'],
  es: ['de casa', 'particular', 'personal', 'privado', 'domicilio'],
  nl: ['thuis', 'thuisnummer', 'privé', 'privénummer', 'prive'],
  it: ['di casa', 'privato', 'personale', 'abitazione'],
};

/**
 * The person a desk's note is about ("Helpdesk: the caller left her landline, 0117 ...", "Kundenservice: Die Kundin hat
 * ihre Festnetznummer ... hinterlassen", "la clienta dejó su fijo"): a number after such a word, past the desk phrase,
 * is that person's, not the desk's.
 */
export const CALLER_WORDS: Readonly<Record<Lang, readonly string[]>> = {
  en: ['caller', 'customer', 'client', 'patient', 'employee', 'member', 'applicant', 'tenant', 'mr', 'mrs', 'ms', 'miss', 'lady', 'gentleman', 'resident', 'citizen'],
  de: ['anrufer', 'anruferin', 'kunde', 'kundin', 'klient', 'klientin', 'patient', 'patientin', 'mitarbeiter', 'mitarbeiterin', 'mieter', 'mieterin', 'antragsteller', 'antragstellerin', 'bürger', 'bürgerin', 'bewohner', 'bewohnerin', 'herr', 'frau', 'dame'],
  fr: ['appelant', 'appelante', 'client', 'cliente', 'patient', 'patiente', 'salarié', 'salariée', 'locataire', 'usager', 'usagère', 'habitant', 'habitante', 'dame', 'monsieur', 'madame', 'mme', 'm.'],
  es: ['llamante', 'cliente', 'clienta', 'paciente', 'empleado', 'empleada', 'inquilino', 'inquilina', 'usuario', 'usuaria', 'vecino', 'vecina', 'señor', 'señora', 'sr', 'sra'],
  nl: ['beller', 'klant', 'cliënt', 'cliënte', 'patiënt', 'medewerker', 'medewerkster', 'huurder', 'aanvrager', 'bewoner', 'bewoonster', 'meneer', 'mevrouw', 'dhr', 'mw'],
  it: ['chiamante', 'cliente', 'paziente', 'dipendente', 'inquilino', 'inquilina', 'utente', 'cittadino', 'cittadina', 'signore', 'signora', 'sig', 'sig.ra'],
};

/**
 * A personal cue right before a mobile: the person's own handset ("Handy", "mobiel", "portable", "móvil",
 * "cellulare", "mobile") or where a reply goes ("naar", "send to", "sms an"). Read only after NAMED_FOR.
 */
export const PERSONAL_PHONE: Readonly<Record<Lang, readonly string[]>> = {
  en: ['mobile', 'mob', 'cell', 'send to', 'text', 'reply to', 'to'],
  de: ['handy', 'handynummer', 'mobil', 'mobilnummer', 'an', 'sms an'],
  fr: ['portable', 'mobile', 'au', 'sms au'],
  es: ['móvil', 'movil', 'celular', 'al', 'sms al'],
  nl: ['mobiel', 'mobiele nummer', 'naar', 'sms naar'],
  it: ['cellulare', 'cell', 'al', 'sms al'],
};

/**
 * An organisation's counter or desk, where its public is served ("at the front desk", "am Schalter", "au guichet", "en
 * la ventanilla", "aan de balie", "allo sportello"): an address set after it by a comma is the desk's building.
 */
export const DESK_WORDS: Readonly<Record<Lang, readonly string[]>> = {
  en: ['front desk', 'reception', 'reception desk', 'counter', 'service desk', 'help desk', 'helpdesk'],
  de: ['schalter', 'empfang', 'rezeption', 'infotheke', 'servicetheke', 'bürgerbüro', 'servicepoint'],
  fr: ['guichet', 'guichets', 'accueil', 'comptoir', 'réception'],
  es: ['ventanilla', 'mostrador', 'recepción', 'oficina de atención'],
  nl: ['balie', 'loket', 'receptie', 'servicebalie', 'publieksbalie', 'servicepunt'],
  it: ['sportello', 'reception', 'accettazione', 'bancone', 'front office'],
};

/**
 * A locative preposition with its article right before a venue, premises or desk noun ("at the", "am", "an der", "à
 * la", "au", "en el", "aan de", "bij het", "allo", "presso la"): the place itself, not one near it ("next to", "naast").
 */
export const AT_THE: Readonly<Record<Lang, readonly string[]>> = {
  en: ['at the', 'at our', 'to the'],
  de: ['am', 'im', 'beim', 'an der', 'in der', 'bei der', 'auf dem', 'zum', 'zur'],
  fr: ['à la', "à l'", 'à l’', 'au', 'aux'],
  es: ['en el', 'en la', 'al', 'a la', 'en los', 'en las'],
  nl: ['aan de', 'bij de', 'in de', 'bij het', 'in het', 'op het', 'naar de', 'naar het'],
  it: ['al', 'alla', 'allo', "all'", 'all’', 'presso il', 'presso la', 'presso lo', 'nel', 'nella'],
};

/**
 * A contact channel of an organisation's own, before its address in a list of ways to reach it ("..., by e-mail to
 * info@... or in person at ...", "oder persönlich in der ...", "ou en personne au ...", "o presencialmente en ...", "of
 * persoonlijk aan ...", "o di persona in ..."): read only with the organisation's mailbox or desk in the paragraph.
 */
export const IN_PERSON: Readonly<Record<Lang, readonly string[]>> = {
  en: ['in person', 'visit us', 'drop in', 'call in', 'walk in', 'find us'],
  de: ['persönlich', 'besuchen sie uns', 'vor ort', 'sie finden uns'],
  fr: ['en personne', 'sur place', 'rendez-nous visite', 'venez nous voir', 'nous trouver'],
  es: ['en persona', 'presencialmente', 'visítanos', 'visítenos', 'encuéntranos'],
  nl: ['persoonlijk', 'kom langs', 'bezoek ons', 'loop binnen', 'u vindt ons'],
  it: ['di persona', 'di presenza', 'venite a trovarci', 'vieni a trovarci', 'ci trovate'],
};

/**
 * Verbs that place an organisation's premises ("Our office is at", "Unser Büro befindet sich in", "Nos bureaux sont au",
 * "Nuestra oficina está en", "Ons kantoor zit aan", "Il nostro ufficio si trova in"): after its own possessive and
 * premises noun, read only with the organisation's mailbox or desk in the paragraph (a sentence alone is anybody's
 * template: "Our offices are located at ...").
 */
export const PREMISES_VERBS: Readonly<Record<Lang, readonly string[]>> = {
  en: ['is', 'are', 'is located', 'are located', 'is based', 'are based'],
  de: ['ist', 'sind', 'befindet sich', 'befinden sich', 'liegt', 'liegen'],
  fr: ['est', 'sont', 'se trouve', 'se trouvent', 'est situé', 'sont situés', 'est située', 'sont situées'],
  es: ['está', 'están', 'se encuentra', 'se encuentran', 'se ubica', 'está ubicada', 'está ubicado'],
  nl: ['is', 'zijn', 'zit', 'zitten', 'is gevestigd', 'zijn gevestigd', 'bevindt zich', 'ligt'],
  it: ['è', 'sono', 'si trova', 'si trovano', 'ha sede'],
};

/**
 * An address noun and its genitive article before an organisation's name in brackets-style references ("die
 * Kontaktadresse des BfDI (", "l'adresse de la CNIL (", "la sede de la AEPD (", "het adres van de Autoriteit
 * Persoonsgegevens (", "la sede del Garante privacy ("): the institution's published address.
 */
export const ADDRESS_OF: Readonly<Record<Lang, readonly string[]>> = {
  en: ['address of the', 'contact address of the', 'offices of the', 'headquarters of the'],
  de: ['adresse des', 'adresse der', 'kontaktadresse des', 'kontaktadresse der', 'anschrift des', 'anschrift der', 'sitz des', 'sitz der'],
  fr: ['adresse de la', 'adresse du', "adresse de l'", 'adresse de l’', 'siège de la', 'siège du', "siège de l'", 'siège de l’'],
  es: ['dirección de la', 'dirección del', 'sede de la', 'sede del'],
  nl: ['adres van de', 'adres van het', 'bezoekadres van de', 'bezoekadres van het'],
  it: ['indirizzo della', 'indirizzo del', "indirizzo dell'", 'indirizzo dell’', 'sede della', 'sede del', "sede dell'", 'sede dell’'],
};

/**
 * An organisation's website named as where the writer read an address or number ("I found ... on the council site",
 * "Ich hab auf der Seite der Stadt gefunden:", "Sur le site de la mairie :", "En la web pone:", "Op de site staat:",
 * "Sul sito c'è scritto:"): what a public body's website lists is its own contacts. `site`: phrases that name a website;
 * `owners`: public bodies, read right after such a phrase; `owned`: a website named with its owner before it ("the
 * council website", "gemeentesite"). public-addresses.ts takes a value as quoted from the site when its sentence holds a
 * site phrase followed by an owner or by a colon that opens the quote, or an owned site; a person or private word near
 * the value still keeps it.
 */
export const WEBSITE_SOURCE: Readonly<Record<Lang, { site: readonly string[]; owners: readonly string[]; owned: readonly string[] }>> = {
  en: { site: ['on the website', 'on their website', 'on its website', 'on the site', 'on their site', 'on the web page', 'on the webpage', 'on the official website', 'the website says', 'the website lists', 'according to the website'], owners: ['council', 'city', 'town', 'county', 'government', 'gov.uk', 'nhs', 'ministry', 'department', 'borough', 'town hall', 'city hall', 'registry office', 'register office'], owned: ['council site', 'council website', "council's website", 'city website', "city's website", 'government website', 'gov.uk website', 'nhs website'] },
  de: { site: ['auf der seite', 'auf der website', 'auf der webseite', 'auf der homepage', 'auf ihrer website', 'auf ihrer webseite', 'laut website', 'laut webseite', 'laut homepage', 'im internet steht'], owners: ['der stadt', 'der gemeinde', 'des rathauses', 'des amts', 'des amtes', 'der behörde', 'des landratsamts', 'des bürgeramts', 'des ministeriums', 'des bezirksamts'], owned: ['stadtwebsite', 'gemeindewebsite', 'rathaus-website'] },
  fr: { site: ['sur le site', 'sur leur site', 'sur le site web', 'sur la page web', 'selon le site', "d'après le site", 'd’après le site', 'sur internet'], owners: ['de la mairie', 'de la ville', 'de la préfecture', 'de la commune', 'du département', 'de la région', 'du ministère', 'service-public', 'de la caf', 'de la cpam'], owned: [] },
  es: { site: ['en la web', 'en la página web', 'en el sitio web', 'en su web', 'según la web', 'en internet'], owners: ['del ayuntamiento', 'del concello', 'del ajuntament', 'del gobierno', 'de la junta', 'de la comunidad', 'del ministerio', 'de la diputación', 'de la seguridad social'], owned: [] },
  nl: { site: ['op de site', 'op de website', 'op hun website', 'op hun site', 'op de webpagina', 'volgens de website', 'volgens de site'], owners: ['van de gemeente', 'van het stadhuis', 'van de overheid', 'van het ministerie', 'van de provincie', 'van het uwv', 'van de belastingdienst'], owned: ['gemeentesite', 'gemeentewebsite', 'gemeentepagina'] },
  it: { site: ['sul sito', 'sul loro sito', 'sul sito web', 'sulla pagina web', 'secondo il sito', 'su internet'], owners: ['del comune', 'della regione', 'della provincia', 'del ministero', "dell'anagrafe", 'dell’anagrafe', 'della prefettura', "dell'inps", 'dell’inps', 'della asl'], owned: [] },
};

/**
 * Words that call a value made up, right after it in a short aside ("(Beispieladresse für den Entwurf)", "(dirección de
 * maqueta)", "(mock-up adres)", "(indirizzo di prova)", "(example number)"): a mock-up's or example's address or phone is
 * nobody's. Whole words, lower case; the entries ending in "*" also match as a word's first part ("Beispieladresse",
 * "voorbeeldadres"). Not "for example" and its kin (mock-addresses.ts skips them): they introduce a real case.
 */
export const MOCK_WORDS: Readonly<Record<Lang, readonly string[]>> = {
  en: ['example', 'sample', 'dummy', 'fake', 'fictitious', 'fictional', 'mock', 'mock-up', 'mockup', 'placeholder', 'made-up', 'made up', 'specimen', 'test address', 'test number', 'test value', 'test patient', 'not real'],
  de: ['beispiel*', 'muster*', 'fiktiv*', 'platzhalter*', 'erfunden*', 'testadresse', 'testnummer', 'testwert*', 'testpatient*', 'attrappe', 'dummy*'],
  fr: ['exemple', "d'exemple", 'fictif', 'fictive', 'factice', 'maquette', 'spécimen', 'bidon', 'inventée', 'inventé', 'de test'],
  es: ['ejemplo', 'de ejemplo', 'ficticio', 'ficticia', 'maqueta', 'de prueba', 'inventado', 'inventada', 'falso', 'falsa', 'paciente de prueba'],
  nl: ['voorbeeld*', 'fictief', 'fictieve', 'nep*', 'mock-up', 'mockup', 'verzonnen', 'testadres', 'testnummer', 'testwaarde', 'testpatiënt'],
  it: ['esempio', 'di esempio', "d'esempio", 'fittizio', 'fittizia', 'di prova', 'inventato', 'inventata', 'finto', 'finta', 'mock-up'],
};

/**
 * Words that deny what follows in an aside: "(not the example address)", "(nicht die Beispieladresse)", "(no la dirección
 * de ejemplo)": the writer says the value is NOT the made-up one, so a MOCK_WORDS reading right after them does not count.
 */
export const ASIDE_DENIALS: Readonly<Record<Lang, readonly string[]>> = {
  en: ['not', "isn't", 'never'],
  de: ['nicht', 'kein', 'keine', 'keinen', 'nie'],
  fr: ['pas', 'non', 'jamais'],
  es: ['no', 'nunca'],
  nl: ['niet', 'geen', 'nooit'],
  it: ['non', 'mai'],
};

/** The phrases that introduce a real case ("for example", "z. B."), not a made-up value: no MOCK_WORDS reading in them. */
export const FOR_EXAMPLE: Readonly<Record<Lang, readonly string[]>> = {
  en: ['for example', 'for instance'],
  de: ['zum beispiel'],
  fr: ['par exemple'],
  es: ['por ejemplo'],
  nl: ['bijvoorbeeld', 'bij voorbeeld'],
  it: ['ad esempio', 'per esempio'],
};

/**
 * Words for a review of a place the writer visited ("Polish my review: 'Dishoom Shoreditch, 7 Boundary St ...'",
 * "Verbessere meine Kritik:", "Corrige ma critique :", "Corrige mi reseña:", "Verbeter mijn recensie:", "Correggi la
 * recensione:"): a quoted entry right after one that opens with a name, a comma and an address is the reviewed business's
 * listing (public-addresses.ts). Not "review" of work or files ("performance review", "Überprüfung"): only the
 * reader's-review nouns and the review sites.
 */
export const REVIEW_WORDS: Readonly<Record<Lang, readonly string[]>> = {
  en: ['review', 'restaurant review', 'tripadvisor review', 'google review', 'yelp review', 'write-up'],
  de: ['kritik', 'restaurantkritik', 'rezension', 'bewertung', 'google-bewertung', 'tripadvisor-bewertung'],
  fr: ['critique', 'avis', 'avis google', 'avis tripadvisor', 'critique gastronomique'],
  es: ['reseña', 'crítica', 'opinión', 'valoración', 'reseña de google'],
  nl: ['recensie', 'review', 'beoordeling', 'google-review'],
  it: ['recensione', 'review', 'recensione su tripadvisor', 'recensione google'],
};

/**
 * Words for a business's own publication ("write a Google Business post for our branch: 'Teach First Supply, 10 Market
 * Square, ...'", "LinkedIn-post: 'Onderwijs Uitzend NL, Stationsplein 5, ...'", "Texto para el folleto:", "Testo di
 * benvenuto:"): like REVIEW_WORDS, a quoted entry right after one that opens with a name, a comma and an address is the
 * business's listing; that name must hold no private word ("'Cosy Flat, 3 Mill Lane'" is someone's home).
 */
export const PUBLISH_WORDS: Readonly<Record<Lang, readonly string[]>> = {
  en: ['post', 'business post', 'linkedin post', 'facebook post', 'instagram post', 'welcome page', 'landing page', 'contact page', 'flyer', 'leaflet', 'poster', 'job ad', 'job advert', 'job posting'],
  de: ['post', 'beitrag', 'linkedin-beitrag', 'facebook-beitrag', 'flyer', 'aushang', 'plakat', 'stellenanzeige', 'willkommensseite', 'kontaktseite'],
  fr: ['post', 'publication', 'flyer', 'affiche', 'prospectus', "offre d'emploi", 'offre d’emploi', "page d'accueil", 'page d’accueil', 'page contact', 'texte de bienvenue'],
  es: ['post', 'publicación', 'folleto', 'cartel', 'oferta de empleo', 'texto de bienvenida', 'página de contacto'],
  nl: ['post', 'flyer', 'folder', 'affiche', 'vacature', 'vacaturetekst', 'welkomstpagina', 'contactpagina'],
  it: ['post', 'volantino', 'locandina', 'annuncio di lavoro', 'testo di benvenuto', 'pagina contatti'],
};

/**
 * A question whether a named place is worth going to, and what to order or eat there ("Is Dishoom at 12 ... worth
 * queueing for? What should I order?", "¿Merece la pena Casa Botín, en la calle ...? ¿Qué se pide?", "Lohnt sich das
 * ... ? Was bestellt man?"): the place is a restaurant or café, the address its own (public-addresses.ts). Both parts
 * are needed: "is it worth it" alone is asked of homes for sale too, and eating words of a garden ("we'd eat outside").
 */
export const WORTH_VISIT: Readonly<Record<Lang, { worth: readonly string[]; menu: readonly string[] }>> = {
  en: { worth: ['worth', 'any good', 'recommend'], menu: ['order', 'menu', 'dishes'] },
  de: { worth: ['lohnt sich', 'lohnt es sich', 'empfehlenswert', 'taugt'], menu: ['bestellen', 'bestellt', 'speisekarte', 'gerichte'] },
  fr: { worth: ['vaut le coup', 'vaut la peine', 'vaut le détour', 'ça vaut', 'recommandez', 'recommander'], menu: ['commande', 'commander', 'menu', 'carte', 'plats'] },
  es: { worth: ['merece la pena', 'vale la pena', 'recomendable', 'recomiendas', 'recomendáis'], menu: ['pide', 'pedir', 'pido', 'carta', 'menú', 'platos'] },
  nl: { worth: ['de moeite waard', 'waard', 'aanrader', 'aan te raden'], menu: ['bestellen', 'bestel', 'menu', 'kaart', 'gerechten'] },
  it: { worth: ['vale la pena', 'merita', 'consigliate', 'consigli', 'consigliato'], menu: ['ordinare', 'ordino', 'menù', 'menu', 'piatti'] },
};

/**
 * A question that asks where a named institution is, opening its sentence ("Adresse vom Bundesgerichtshof für die
 * Revision?", "Where is the County Court?", "¿Dirección del Tribunal Supremo?", "Waar zit de rechtbank Den Haag?", "Où se
 * trouve le tribunal judiciaire ?", "Dov'è il Tribunale di Milano?"): the address right after its question mark answers
 * it (public-addresses.ts). Longest first is not needed: the pattern reads the words after the phrase.
 */
export const ASK_WHERE: Readonly<Record<Lang, readonly string[]>> = {
  en: ['address of', 'address for', 'address', 'where is', 'where are', "where's", 'where’s'],
  de: ['adresse vom', 'adresse von', 'adresse des', 'adresse der', 'adresse', 'anschrift vom', 'anschrift des', 'anschrift der', 'anschrift', 'wo ist', 'wo sitzt', 'wo befindet sich', 'wo sind'],
  fr: ["adresse de l'", 'adresse de l’', 'adresse de la', 'adresse du', 'adresse des', 'adresse', 'où est', 'où se trouve', 'où sont', 'où se trouvent'],
  es: ['dirección del', 'dirección de la', 'dirección de los', 'dirección', 'dónde está', 'dónde están', 'dónde queda', 'dónde se encuentra'],
  nl: ['adres van de', 'adres van het', 'adres van', 'adres', 'waar zit', 'waar zitten', 'waar is', 'waar ligt'],
  it: ['indirizzo del', 'indirizzo della', "indirizzo dell'", 'indirizzo dell’', 'indirizzo', 'dove si trova', 'dove sono', "dov'è", 'dov’è'],
};

/**
 * The words that may open such a question before its address noun ("What is the address of the MHRA?", "Quelle est
 * l'adresse de la CNSA ?", "¿Cuál es la dirección del IMSERSO?", "Wie lautet die Adresse des BfArM?"). Held-out set 95.
 */
export const ASK_WHAT: Readonly<Record<Lang, readonly string[]>> = {
  en: ['what is the', "what's the", 'what’s the', 'what is the postal', 'what is the current'],
  de: ['wie lautet die', 'was ist die', 'welche ist die', 'wie ist die'],
  fr: ["quelle est l'", 'quelle est l’', "c'est quoi l'", 'c’est quoi l’', 'quelle est la bonne'],
  es: ['cuál es la', 'cual es la', 'cuál es la nueva'],
  nl: ['wat is het', 'wat is de', 'welk is het'],
  it: ["qual è l'", 'qual è l’', "qual'è l'", 'quale è l’', 'qual è la'],
};

/**
 * How helplines and listening lines are named, per language: a line noun written capitalised before the line's name
 * ("Telefono Azzurro", "Teléfono de la Esperanza", "SOS Amitié", "Fil Santé Jeunes", "Línea Joven"), after it in English
 * ("Mind Infoline", "National Debtline"), or a German or Dutch compound that ends in one ("Kindertelefoon",
 * "Hilfetelefon", "Luisterlijn", "Childline"). A named line is an organisation's service, its number the service's
 * (public-addresses.ts namedLineAround). Capitalised only: "mi teléfono", "il telefono di Marco" name no service.
 */
export const HELPLINE_NAMES: { before: Readonly<Record<Lang, readonly string[]>>; after: readonly string[]; endings: readonly string[] } = {
  before: {
    en: ['SOS'],
    de: ['SOS', 'Telefon'],
    fr: ['SOS', 'Fil', 'Ligne', 'Allô', 'Allo', 'Écoute', 'Téléphone'],
    es: ['SOS', 'Teléfono', 'Línea'],
    nl: ['SOS', 'Telefoon'],
    it: ['SOS', 'Telefono', 'Linea', 'Numero'],
  },
  after: ['Helpline', 'Hotline', 'Infoline', 'Debtline', 'Careline', 'Lifeline', 'Advice Line', 'Support Line'],
  endings: ['telefon', 'telefoon', 'lijn', 'hotline'],
};

/**
 * How a writer places an institution known by its acronym at an address, per language: the words after the acronym
 * ("la AEMPS sigue en", "the MHRA postal address is still", "l'ANSM est toujours au", "das BfArM sitzt in der") or the
 * address noun before it ("l'adresse de l'ANSM c'est toujours", "l'indirizzo dell'AIFA è ancora"). Read by
 * public-addresses.ts with the acronym (two capitals in one word: "BfArM", "AEMPS") and the address right after.
 */
export const ACRONYM_PLACED: Readonly<Record<Lang, { verbs: readonly string[]; nouns: readonly string[]; still: readonly string[] }>> = {
  en: { verbs: ['is', 'is still', 'is based', 'is located', 'sits', 'moved to'], nouns: ['address', 'postal address', 'office address', 'head office address', 'registered address', 'visiting address'], still: ['still', 'now', 'really'] },
  de: { verbs: ['ist', 'sitzt', 'befindet sich', 'liegt', 'ist umgezogen', 'zog um'], nouns: ['adresse', 'anschrift', 'postanschrift', 'postadresse', 'besucheradresse'], still: ['noch', 'immer noch', 'weiterhin', 'jetzt', 'wirklich'] },
  fr: { verbs: ['est', 'se trouve', 'siège', 'a déménagé', 'est installée', 'est installé'], nouns: ['adresse', 'adresse postale'], still: ['toujours', 'bien', 'encore', 'désormais', 'maintenant'] },
  es: { verbs: ['sigue', 'sigue en', 'está', 'sigue estando', 'se encuentra', 'tiene su sede', 'se ha mudado'], nouns: ['dirección', 'dirección postal', 'sede'], still: ['todavía', 'aún', 'ahora', 'de verdad'] },
  nl: { verbs: ['zit', 'is', 'is gevestigd', 'zit nog', 'is verhuisd'], nouns: ['adres', 'postadres', 'bezoekadres'], still: ['nog', 'nog steeds', 'nu', 'echt'] },
  it: { verbs: ['è', 'si trova', 'ha sede', 'sta', 'si è trasferita', 'si è trasferito'], nouns: ['indirizzo', 'sede'], still: ['ancora', 'sempre', 'ora', 'davvero'] },
};
