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
  'voorbeeld', 'esempio', 'doe', 'bloggs', 'nomdefamille', 'apellido', 'cognome', 'achternaam', 'nachname', 'lastname', 'surname',
];
