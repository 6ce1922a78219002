/**
 * Product and service names that the name lists also hold as given names or surnames, or that the name rules read as a
 * name after a cue ("with Okta", "Outlook:"): software, SaaS, payment, travel and retail brands that help articles,
 * ticket threads, briefs and reports name. Written as the vendors write them (matched case-sensitively, so "okta" in
 * lower case is not matched), as of 2026-12-02, typed from the vendors' own product pages. Names that are common given
 * names or surnames on their own (Alexa, Jenkins, Ford, Dell, Sage, Zara) are left out: a person may carry them.
 */
export const BRANDS: readonly string[] = [
  // identity, security, productivity
  'Okta', 'Auth0', 'Entra', 'Azure', 'Outlook', 'Gmail', 'Google', 'Microsoft', 'Teams', 'Slack', 'Zoom', 'Webex', 'Jira', 'Confluence',
  'Trello', 'Asana', 'Notion', 'Figma', 'Canva', 'Salesforce', 'HubSpot', 'Zendesk', 'Freshdesk', 'Intercom', 'Authenticator',
  'Authy', '1Password', 'LastPass', 'Bitwarden', 'Dashlane', 'YubiKey', 'Yubikey', 'Keycloak', 'OneLogin', 'Ping Identity', 'Duo Security',
  'Dropbox', 'OneDrive', 'SharePoint', 'Excel', 'PowerPoint', 'Windows', 'macOS', 'iOS', 'Android', 'Chrome', 'Firefox', 'Safari',
  'Workspace', 'Google Workspace', 'Microsoft 365', 'Office 365',
  // developer and cloud
  'GitHub', 'GitLab', 'Bitbucket', 'Docker', 'Kubernetes', 'Terraform', 'Ansible', 'Grafana', 'Kibana', 'Datadog', 'Sentry',
  'PagerDuty', 'Splunk', 'Cloudflare', 'Akamai', 'Fastly', 'Netlify', 'Vercel', 'Heroku', 'DigitalOcean', 'Hetzner', 'Snowflake',
  'Databricks', 'BigQuery', 'Redshift', 'Postgres', 'PostgreSQL', 'MySQL', 'MongoDB', 'Redis', 'Kafka', 'Elasticsearch',
  'Argo CD', 'ArgoCD', 'Argo Workflows', 'Flux CD', 'Travis CI', 'Circle CI', 'CircleCI', 'GitHub Actions', 'Azure DevOps',
  // business software
  'Workday', 'Xero', 'QuickBooks', 'Odoo', 'Magento', 'WooCommerce', 'WordPress', 'Drupal', 'Typo3', 'Moodle', 'Tableau', 'Looker',
  'DATEV', 'Lexware', 'Twinfield', 'AFAS', 'Exact Online', 'Mailchimp', 'SendGrid', 'Twilio', 'Shopify', 'Stripe', 'Adyen',
  'Klarna', 'PayPal', 'Bizum', 'Satispay', 'iDEAL',
  // consumer platforms, travel, retail
  'Netflix', 'Spotify', 'Deezer', 'Uber', 'Lyft', 'Airbnb', 'Booking.com', 'Expedia', 'Ryanair', 'easyJet', 'Lufthansa', 'Vueling',
  'Renfe', 'Trenitalia', 'SNCF', 'Ouigo', 'Eurostar', 'Thalys', 'FlixBus', 'Flixbus', 'BlaBlaCar', 'Deliveroo', 'Glovo',
  'Lieferando', 'Thuisbezorgd', 'Zalando', 'Coolblue', 'Tesco', 'Asda', 'Aldi', 'Lidl', 'Rewe', 'Edeka', 'Carrefour', 'Auchan',
  'Mercadona', 'Esselunga', 'Conad', 'Decathlon', 'Ikea', 'IKEA', 'Primark', 'Uniqlo', 'Moncler', 'Colmar', 'Mango',
  // food brands of the six markets
  'Knorr', 'Liebig', 'Unox', 'Nestlé', 'Danone', 'Barilla', 'Buitoni', 'Ciobar', 'Lavazza', 'Kimbo', 'Douwe Egberts',
  'Tchibo', 'Dallmayr', 'Nescafé', 'Chocomel', 'Cola Cao', 'ColaCao', 'Nesquik', 'Haribo', 'Bahlsen', 'Leibniz', 'Galbani', 'Mulino Bianco',
  // household, garden, building and farm-machinery brands of the six markets (rare as surnames; trade-fair exhibitor lists)
  'Miele', 'Vaillant', 'Viessmann', 'Stihl', 'Kärcher', 'Liebherr', 'Festo', 'Claas', 'Fendt', 'Schüco', 'Grohe', 'Hansgrohe', 'Villeroy & Boch',
  'Bauli', 'Loison', 'Balocco', 'Melegatti', 'Fiasconaro',
  // fashion, beauty and retail brands that are their founders' full names (the name as the brand writes it; the
  // founders' full names are rare as anyone else's: Paul Smith, John Lewis and Ted Baker are left out)
  'Yves Rocher', 'Yves Saint Laurent', 'Tommy Hilfiger', 'Calvin Klein', 'Ralph Lauren', 'Hugo Boss', 'Louis Vuitton', 'Christian Dior',
  'Giorgio Armani', 'Estée Lauder', 'Jean Paul Gaultier', 'Karl Lagerfeld', 'Marc Jacobs', 'Michael Kors', 'Paco Rabanne', 'Carolina Herrera',
  'Leroy Merlin', 'Adolfo Domínguez', 'Massimo Dutti', 'Salvatore Ferragamo', 'Ermenegildo Zegna', 'Max Mara', 'Jil Sander', 'Helena Rubinstein', 'Édouard Leclerc',
  // broadcasters and radio networks (media plans in campaign briefs)
  'BBC', 'ITV', 'Sky', 'Channel 4', 'Capital FM', 'ARD', 'ZDF', 'RTL', 'SWR', 'NDR', 'WDR', 'Antenne Bayern', 'France Bleu', 'France Inter',
  'France Info', 'NRJ', 'RMC', 'Europe 1', 'TF1', 'M6', 'Cadena SER', 'Onda Cero', 'COPE', 'RNE', 'Antena 3', 'Telecinco', 'NPO', 'Radio 538', 'Qmusic',
  'Sky Radio', 'RAI', 'Mediaset', 'Radio Deejay', 'RTL 102.5', 'Radio Dolomiti', 'Radio Italia',
];

/**
 * Role and permission names of software UIs ("the Administrator role", "Rolle Administrator", "rol Beheerder"): a run that
 * ends in one is a label, not a person. Lower case.
 */
export const UI_ROLES: readonly string[] = [
  'administrator', 'admin', 'owner', 'editor', 'viewer', 'superuser', 'moderator',
  'administratorin', 'eigentümer', 'inhaber', 'bearbeiter', 'betrachter',
  'administrateur', 'propriétaire', 'éditeur', 'lecteur',
  'administrador', 'propietario', 'lector',
  'beheerder', 'eigenaar', 'bewerker', 'lezer',
  'amministratore', 'proprietario', 'visualizzatore',
];

/**
 * Dish nouns before the person a dish is named after ("pêche Melba", "œufs Bénédicte", "pizza Margherita", "huevos
 * Benedict", "ensaladilla Olivier", "Eggs Benedict"): the name after one, with "alla", "à la", "a la" between or not,
 * names the dish. Lower case, per language (en, de, fr, es, nl, it), typed from the languages' menu vocabulary.
 */
export const DISH_NOUNS: readonly string[] = [
  'eggs', 'egg', 'beef', 'chicken', 'peach', 'pizza', 'salad', 'sauce', 'cake', 'tart', 'pudding', 'toast', 'sandwich', 'cocktail', 'pie',
  'eier', 'ei', 'pfirsich', 'schnitzel', 'torte', 'salat', 'soße', 'sauce', 'klopse', 'suppe',
  'œufs', 'oeufs', 'pêche', 'poire', 'sole', 'filet', 'bœuf', 'boeuf', 'salade', 'sauce', 'tarte', 'crêpes', 'crêpe', 'poulet', 'gratin',
  'huevos', 'ensaladilla', 'ensalada', 'salsa', 'pollo', 'tarta', 'tostadas', 'melocotón', 'solomillo',
  'eieren', 'ei', 'perzik', 'salade', 'saus', 'taart', 'biefstuk', 'soep',
  'uova', 'pizza', 'pesca', 'insalata', 'salsa', 'carpaccio', 'torta', 'pollo', 'filetto', 'risotto', 'spaghetti', 'pasta',
];

/**
 * Placeholder surnames of forms, fixtures and UI strings ("Camille Exemple", "Max Muster", "Jane Example", "Juan Ejemplo"):
 * a run that ends in one is a placeholder, not a person. Lower case. Source: Wikipedia "Placeholder name" and its de/fr/
 * es/nl/it pages.
 */
export const PLACEHOLDER_SURNAMES: readonly string[] = [
  'example', 'sample', 'placeholder', 'dummy', 'test', 'tester', 'testperson', 'mustermann', 'musterfrau', 'muster', 'beispiel', 'exemple', 'ejemplo',
  'voorbeeld', 'esempio', 'proef', 'prueba', 'prova', 'essai', 'doe', 'bloggs', 'nomdefamille', 'apellido', 'cognome', 'achternaam', 'nachname', 'lastname', 'surname',
];

/**
 * Nouns that open the name of a business, an estate or an institution ("Ferme Bertrand", "Weingut Keller", "Domaine
 * Leflaive", "Bodega Muga", "Cantina Conterno", "Brouwerij Verhaeghe", "Museo Picasso", "Hôpital Necker", "Liceo
 * Manzoni"): a run the name lists found that opens with one is that place, not a person. Lower case, per language
 * (en, de, fr, es, nl, it), typed from the languages' business-register and map vocabulary (Handelsregister, Sirene,
 * Registro Mercantil, KvK, Registro Imprese legal-form and trade nouns; OpenStreetMap amenity names), as of 2026-12-02.
 * Nouns that are common surnames on their own (Villa, Koch, Müller) are left out.
 */
export const HEAD_NOUNS: readonly string[] = [
  'farm', 'bakery', 'brewery', 'winery', 'vineyard', 'distillery', 'hotel', 'restaurant', 'café', 'cafe', 'museum', 'gallery', 'hospital', 'clinic', 'university', 'college', 'academy',
  'weingut', 'weinhaus', 'winzerhof', 'metzgerei', 'fleischerei', 'bäckerei', 'konditorei', 'brauerei', 'brennerei', 'gasthaus', 'gasthof', 'landgasthof', 'hofladen', 'autohaus', 'schreinerei', 'sägewerk', 'klinik', 'stiftung',
  'ferme', 'domaine', 'château', 'champagne', 'crémant', 'boulangerie', 'boucherie', 'charcuterie', 'fromagerie', 'brasserie', 'maison', 'auberge', 'hôtel', 'musée', 'théâtre', 'stade', 'hôpital', 'clinique', 'lycée', 'collège', 'école', 'université', 'fondation', 'galerie', 'bibliothèque', 'basilique', 'cathédrale', 'église', 'palais', 'rue', 'avenue', 'boulevard', 'quai',
  'bodega', 'bodegas', 'granja', 'finca', 'panadería', 'carnicería', 'cervecería', 'quesería', 'restaurante', 'museo', 'teatro', 'estadio', 'clínica', 'colegio', 'instituto', 'universidad', 'fundación', 'biblioteca', 'catedral', 'iglesia', 'palacio', 'calle', 'avenida', 'paseo',
  'boerderij', 'bakkerij', 'slagerij', 'brouwerij', 'stokerij', 'wijnhuis', 'wijngaard', 'kaasboerderij', 'stichting', 'ziekenhuis', 'hogeschool', 'universiteit',
  'amaro', 'liquore', 'grappa', 'cantina', 'cantine', 'tenuta', 'fattoria', 'cascina', 'agriturismo', 'trattoria', 'osteria', 'pasticceria', 'macelleria', 'panificio', 'birrificio', 'caseificio', 'ristorante', 'caffè', 'stadio', 'ospedale', 'clinica', 'liceo', 'scuola', 'istituto', 'università', 'fondazione', 'galleria', 'cattedrale', 'chiesa', 'basilica', 'palazzo', 'castello', 'piazza', 'viale',
];

/**
 * Trades that are also surnames ("Metzger", "Bäcker", "Schreiner"): a run opening with one names the shop only after a
 * preposition or article ("Zwiebeln vom Metzger Huber", "beim Bäcker Schmid"). Lower case; same sources as HEAD_NOUNS.
 */
export const TRADE_NOUNS: readonly string[] = ['metzger', 'bäcker', 'schreiner', 'fleischer', 'konditor', 'winzer', 'boucher', 'boulanger', 'carnicero', 'panadero', 'slager', 'bakker', 'macellaio', 'fornaio'];

/**
 * Nouns that close the name of a building or a product ("Lincoln Drill Hall", "Lindner Kaffee", "Royal Albert Hall"):
 * a run the name lists found that ends in one is the building or the product. Lower case, same sources. `hall`,
 * `house` and `court` are common surnames ("Rebecca Hall", "Margaret Court"): they count only in a run of three or more
 * words ("Birmingham Crown Court").
 */
export const TAIL_NOUNS: readonly string[] = [
  'centre', 'center', 'museum', 'library', 'stadium', 'arena', 'theatre', 'theater', 'cathedral', 'gardens', 'hospital', 'school', 'academy', 'college', 'coffee', 'tea', 'brewery',
  'halle', 'museum', 'bibliothek', 'stadion', 'theater', 'kirche', 'schule', 'gymnasium', 'klinik', 'klinikum', 'bahnhof', 'kaffee', 'tee', 'bräu', 'brauerei',
  'museum', 'bibliotheek', 'stadion', 'schouwburg', 'kerk', 'school', 'ziekenhuis', 'koffie', 'thee',
];
export const TAIL_NOUNS_LONG: readonly string[] = ['hall', 'house', 'haus', 'court'];

/**
 * Words of a trade-fair plan ("Messe", "Aussteller", "trade fair", "salon professionnel", "feria", "beurs", "fiera"): in
 * a text with two different ones a lone listed word ("mit Festo und Siemens", "mit Claas und Fendt") is an exhibitor's
 * brand. Lower case; same sources.
 */
export const FAIR_WORDS: readonly string[] = [
  'trade fair', 'trade show', 'exhibitor', 'exhibitors', 'exhibition stand', 'exhibition hall',
  'messe', 'messen', 'messeplan', 'messejahr', 'messestand', 'aussteller', 'standfläche', 'standflächen', 'messehalle',
  'salon professionnel', 'exposant', 'exposants', 'stand d’exposition', "stand d'exposition",
  'feria', 'ferias', 'expositor', 'expositores', 'pabellón',
  'beurs', 'beurzen', 'standhouder', 'standhouders', 'beursstand',
  'fiera', 'fiere', 'espositore', 'espositori', 'padiglione',
];

/**
 * Labels before a number ("Halle 6", "Hall 3", "Stand 12", "Gleis 4", "Sala 2"): the capitalised word is a hall, a
 * stand or a platform, not a person, even where the lists hold it as a name. Lower case; same sources.
 */
export const LABEL_NOUNS: readonly string[] = ['halle', 'hall', 'stand', 'gleis', 'bahnsteig', 'salle', 'sala', 'pavillon', 'padiglione', 'pabellón', 'zaal', 'hal', 'binario', 'andén', 'quai', 'perron', 'gate', 'booth', 'box'];

/**
 * Titles of roles and bodies ("Segretario del Consiglio", "Secretary of the Board", "Président du Conseil"): a run made
 * only of these and linking words names a role, not a person. Lower case; same sources as HEAD_NOUNS.
 */
export const ROLE_TITLES: readonly string[] = [
  'secretary', 'chair', 'chairman', 'chairwoman', 'president', 'director', 'board', 'council', 'committee', 'treasurer',
  'sekretär', 'sekretärin', 'vorsitzende', 'vorsitzender', 'vorstand', 'präsident', 'präsidentin', 'rat', 'ausschuss', 'direktor', 'direktorin', 'geschäftsführer', 'geschäftsführerin',
  'secrétaire', 'président', 'présidente', 'conseil', 'comité', 'directeur', 'directrice', 'trésorier', 'trésorière',
  'secretario', 'secretaria', 'presidente', 'presidenta', 'consejo', 'comité', 'director', 'directora', 'tesorero', 'tesorera', 'junta',
  'secretaris', 'voorzitter', 'raad', 'bestuur', 'directeur', 'penningmeester', 'commissie',
  'segretario', 'segretaria', 'presidente', 'consiglio', 'comitato', 'direttore', 'direttrice', 'amministratore', 'amministratrice', 'delegato', 'delegata', 'tesoriere', 'collegio', 'sindacale',
];

/**
 * Capitalised nouns after a name and a possessive that make the whole a place ("Mary King's Close", "Arthur's Seat", "St
 * Giles' Cathedral", "Tom's Bar"). As written (case-sensitive); English map vocabulary (OS OpenNames local types).
 */
export const PLACE_OF_NOUNS: readonly string[] = [
  'Close', 'Seat', 'Street', 'Road', 'Lane', 'Square', 'Park', 'Cathedral', 'Church', 'Chapel', 'College', 'Hospital', 'Inn', 'Tavern', 'Bar', 'Cross',
  'Hill', 'Wood', 'Garden', 'Gardens', 'Tower', 'Bridge', 'Gate', 'Yard', 'Wharf', 'Market', 'Abbey', 'Priory', 'Island',
];

/** Animals after a name and an article ("Dolly the sheep", "Laika, the dog"): the name is an animal's. Lower case, six languages. */
export const ANIMALS: readonly string[] = [
  'sheep', 'dog', 'cat', 'horse', 'cow', 'pony', 'donkey', 'elephant', 'gorilla', 'panda', 'whale', 'orca', 'dolphin', 'parrot', 'tortoise', 'octopus', 'hippo', 'giraffe',
  'schaf', 'hund', 'katze', 'pferd', 'kuh', 'elefant', 'eisbär', 'mouton', 'brebis', 'chien', 'chat', 'cheval', 'vache', 'éléphant', 'oveja', 'perro', 'gato',
  'caballo', 'vaca', 'elefante', 'schaap', 'hond', 'kat', 'paard', 'koe', 'olifant', 'pecora', 'cane', 'gatto', 'cavallo', 'mucca',
];

/**
 * Nouns of a contract, tariff, plan or package, in the six languages: a name-list run in quotes right after one
 * ("Vertrag 'Strom Basis'", "tariff 'Green Fix'", "forfait « Free Max »", "tarifa 'Luz Básica'", "pakket 'Basis
 * Plus'", "contratto 'Luce Base'") is the product's name, as a supplier's or a telco's price list writes it. Lower
 * case; our own choice of words.
 */
export const PLAN_NOUNS: readonly string[] = [
  'tariff', 'plan', 'contract', 'package', 'bundle', 'product', 'subscription', 'policy',
  'tarif', 'vertrag', 'produkt', 'paket', 'abo', 'abonnement', 'police',
  'forfait', 'offre', 'contrat', 'formule', 'produit',
  'tarifa', 'contrato', 'producto', 'paquete', 'póliza', 'poliza',
  'pakket', 'contract', 'product', 'bundel', 'polis',
  'tariffa', 'piano', 'contratto', 'offerta', 'prodotto', 'pacchetto', 'abbonamento', 'polizza',
];

/**
 * Nouns for organisations in a list ("40 employers including NHS, South Yorkshire Police and Sheffield Forgemasters",
 * "Aussteller wie Festo und Kärcher Reinigung"), and the words that open its items: a name-list run among the items is
 * an organisation named after a person or a place. Not clients, customers or partners, who may be people. Lower case;
 * our own choice of words.
 */
export const ORG_LIST_NOUNS: readonly string[] = [
  'employers', 'companies', 'firms', 'businesses', 'organisations', 'organizations', 'sponsors', 'exhibitors', 'brands', 'retailers', 'suppliers', 'manufacturers',
  'arbeitgeber', 'unternehmen', 'firmen', 'betriebe', 'sponsoren', 'aussteller', 'marken', 'hersteller',
  'employeurs', 'entreprises', 'sociétés', 'exposants', 'marques', 'fabricants', 'enseignes',
  'empresas', 'empleadores', 'compañías', 'patrocinadores', 'expositores', 'marcas', 'fabricantes',
  'werkgevers', 'bedrijven', 'ondernemingen', 'sponsors', 'standhouders', 'merken', 'fabrikanten',
  'aziende', 'imprese', 'società', 'espositori', 'marchi', 'produttori',
];
export const ORG_LIST_LINKS: readonly string[] = [
  'including', 'such as', 'like', 'among them',
  'darunter', 'wie', 'unter anderem', 'u. a.', 'u.a.',
  'dont', 'comme', 'notamment', 'tels que', 'telles que',
  'como', 'entre ellas', 'entre ellos', 'incluidas', 'incluidos',
  'zoals', 'waaronder', 'onder andere',
  'tra cui', 'fra cui', 'come',
];

/**
 * Product nouns after a brand ("Barnes & Whitley soups", "Marlowe coffee", "Lindt chocolate"): a name-list run right
 * before one, in lower case, names the product's brand. Lower case, six languages; the grocery categories of the
 * retailers' own websites (Tesco, Rewe, Carrefour, Mercadona, Albert Heijn, Esselunga), as of 2026-12-02.
 */
export const PRODUCT_NOUNS: readonly string[] = [
  'soup', 'soups', 'coffee', 'tea', 'teas', 'chocolate', 'chocolates', 'biscuits', 'crisps', 'porridge', 'cereal', 'cider', 'lager', 'ale', 'gin', 'yoghurt', 'yogurt', 'ice cream', 'sauces',
  'kaffee', 'tee', 'schokolade', 'kekse', 'suppen', 'joghurt', 'müsli',
  'café', 'thé', 'chocolat', 'biscuits', 'soupes', 'yaourts',
  'sopas', 'galletas', 'turrones', 'yogures',
  'koffie', 'thee', 'chocolade', 'koekjes', 'soepen',
  'caffè', 'biscotti', 'cioccolato', 'panettoni', 'zuppe',
];
