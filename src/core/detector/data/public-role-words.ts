/**
 * Words of the genres in which the name lists' hits are public figures in their public role (public-role.ts): match
 * reports and results tables, reviews of records, concerts and films, questions about books, recipes and wines,
 * biographies of historical figures, reference lists, news and results. Lower
 * case; a phrase is words separated by spaces (punctuation in the text separates words too: "et al." is "et al").
 * Each different word of a genre in the text counts 1, each different `strong` one 2; a genre takes 2. Keep out words
 * that an HR note, a patient letter or a club's member list use as often ("team", "manager", "review", "campaign").
 * Adding a language is adding an entry here. Source: typed by hand from each language's sports, food and wine, books and
 * history pages (BBC Sport, kicker, L'Équipe, Marca, NOS Sport, La Gazzetta dello Sport; Wikipedia's sports, wine and
 * biography vocabulary), as of 2026-12-02. Screen words (2026-12-03, held-out set 10: TV doctors in a teaching question):
 * "tv series", "Arztserie", "série télévisée", "serie de televisión", "ziekenhuisserie", "serie tv", and long-running TV series
 * of the six countries, medical dramas first, chosen by us from their broadcasters' well-known titles; a title that is also
 * an everyday phrase or a real place ("Hospital Central", "Call the Midwife", "un posto al sole") is one point, so a quoted
 * title must agree; titles that are ordinary phrases ("Scrubs", "Tatort", "Lindenstraße", "médico de familia") are left out.
 * Screening and debate words (2026-12-05, held-out sets 56-60: TV detectives announced for a library's crime night, a
 * novel's heroine in a class's debate questions): a film or crime night ("Krimiabend", "ciné-club", "cineforum") shows
 * a work, so its characters and cast are named; debate questions ("questions de débat") are a book or seminar
 * discussion, as the discussion questions already listed are. A stadium's matchday programme ("Stadionheft",
 * "programme de match") is sport: it names the club's players and officials in their roles.
 */
export interface GenreWords {
  words: readonly string[];
  strong: readonly string[];
}

export interface PublicRoleWords {
  /** Match reports: players, managers, referees, scorers. */
  sport: GenreWords;
  /** Reviews of records, concerts, films and shows: band members, producers, actors, directors. */
  arts: GenreWords;
  /** Book-club and literature questions: characters and authors. */
  literature: GenreWords;
  /** Recipe, cooking, wine and beer questions: TV chefs, cookbook authors, winemakers and brewers named for their products. */
  cooking: GenreWords;
  /**
   * Biographies of scientists, artists and historical figures, history questions: the figure and the contemporaries
   * named with them. Not cancelled by school words: a class poster on a Nobel laureate is about the laureate.
   */
  history: GenreWords;
  /** Reference lists and citations to format: authors of cited works. */
  citation: GenreWords;
  /** News, politics, public meetings, company results: office holders named with their office. */
  news: GenreWords;
  /**
   * Public offices and board roles: in a news text, a name right after one ("Finance Minister X", "Bürgermeisterin X",
   * "CEO X") or right after the name and a comma ("X, the mayor,") is named in that role.
   */
  office: readonly string[];
  /**
   * Offices of the state alone, elected or appointed (ministers, mayors, members of a parliament, senators, a chief medical
   * officer): unlike a board's, a club's or a school's roles ("president", "governor", "ambassador", "CEO"), no private
   * person holds one. A name right after one ("il ministro della Salute X", "frühere Europaabgeordnete X") or after the name
   * and "as" ("X's annual report as Chief Medical Officer") is named in that public role in any text, when nothing near it
   * makes it someone's own (public-role.ts). German and Dutch compounds end in them ("Gesundheitsministerin", "oud-burgemeester").
   */
  stateOffice: readonly string[];
  /**
   * Plural offices ("chancellors", "Bundeskanzler", "présidents", "alcaldes", "burgemeesters", "sindaci"): with a year or a
   * succession word in the same sentence ("since 2010", "seit 1949", "depuis", "in order"), a short text asks about
   * the succession of holders of a public office, and the names in it are those holders.
   */
  officeHolders: readonly string[];
  /** Words of a succession or list of holders ("starting with", "in order", "angefangen mit", "en commençant par"). */
  succession: readonly string[];
  /** Words before a year that start a succession ("since 2010", "seit 1949", "depuis 1958", "dal 1994"). */
  sinceYear: readonly string[];
  /**
   * Words of an event's programme ("keynote", "Begrüßung", "table ronde", "ponencia", "welkomstwoord", "saluti
   * istituzionali"): with two or more time-stamped lines, the text is a programme, and a name in apposition to an office
   * or a board role there ("09:30 Keynote: X, CEO, Y", "Welcome from the Mayor of Z, X") is a speaker in that role.
   */
  agenda: readonly string[];
  /**
   * A leading role in an organisation that is no public office, or the verb of leading or founding one ("boss",
   * "founder", "led by", "guidata da", "fondée par"), right before a name: in a news text, like an office; with a
   * speech verb next to it (`speech`), in any text. Not counted as news words: an internal note has founders too.
   */
  leader: readonly string[];
  /**
   * Verbs that attribute a statement in press style ("said", "warned", "sagte", "a déclaré", "declaró", "zei", "ha
   * dichiarato"), and appeals a public body makes through its head ("urged", "rief dazu auf", "appelle", "ha pedido",
   * "roept op", "invita"): right before an office and a name, or after the name (up to two words between: "has publicly
   * argued") or after the office in apposition ("X, directrice générale, appelle"), the name is quoted in that role, a
   * press text's public figure.
   */
  speech: readonly string[];
  /** Titles before a name that say nothing about who the person is ("Mr", "Frau", "Madame", "don"): no private cue. */
  honorific: readonly string[];
  /** Words before or after a name, besides languages.ts's relatives and name cues, that make it a private person ("member", "pupil"). */
  private: readonly string[];
  /**
   * Anywhere in the text: a youth or amateur team, a school show or class, a club's own members; the match, the show or
   * the essay on a novel is about private people.
   */
  amateur: readonly string[];
  /**
   * Anywhere in the text: a workplace's, a clinic's or a family's own records (overtime, timesheets, payroll, an internal
   * or company league, a staff bio for the intranet, a physio note, a eulogy, a family tree, a referee's report or a
   * disciplinary body's case on one player's conduct); the table, the match or the life is a private person's.
   */
  records: readonly string[];
}

export const PUBLIC_ROLE_WORDS: Readonly<Record<'en' | 'de' | 'fr' | 'es' | 'nl' | 'it', PublicRoleWords>> = {
  en: {
    sport: {
      words: ['scored', 'scorer', 'scorers', 'scoring', 'equaliser', 'equalizer', 'free kick', 'striker', 'midfielder', 'winger', 'goalkeeper', 'defender', 'stoppage time', 'injury time', 'league', 'hat-trick', 'red card', 'yellow card', 'clean sheet', 'relegation', 'wicket', 'innings', 'grand prix', 'pole position', 'qualifying', 'formula 1', 'set point', 'match point', 'break point', 'grand slam', 'tiebreak', 'sets', 'peloton', 'stage win', 'yellow jersey', 'rebounds', 'three-pointers', 'touchdown', 'quarterback', 'away side', 'home side', 'equalised', 'equalized', 'crossbar', 'offside', 'first half', 'second half', 'kick-off', 'scrum', 'scrum-half', 'fly-half', 'line-out', 'lineout', 'rugby', 'football', 'handball', 'basketball', 'ice hockey', 'hockey', 'cricket', 'world cup', 'six nations', 'olympics', 'olympic', 'world record', 'personal best', 'gold medal', 'medal', 'podium', 'laps', 'points per game', 'mvp', 'playoffs', 'play-offs', 'top scorer', 'nba', 'nfl', 'fifa', 'uefa', 'speed skating', 'semi-final', 'quarter-final', 'penalty kick', 'shootout', 'touchline', 'kicked', 'close range', 'high ball', 'try line', 'tryline', 'penalty try', 'sin bin', 'sin-binned', 'dribbled', 'volleyed', 'curled', 'nodded home', 'tapped in', 'top scorers', 'chess', 'grandmaster', 'olympiad', 'checkmate', 'tour de france', 'giro d\'italia', 'vuelta', 'standings', 'table topper'],
      strong: ['matchday programme', 'match programme', 'matchday magazine', 'match-day programme', 'match report', 'opened the scoring', 'pulled one back', 'sealed it', 'head coach', 'premier league', 'champions league', 'the gaffer', 'final whistle', 'stoppage-time winner', 'hat trick', 'course record', 'man of the match', 'player of the match', 'league table', 'points table', 'top four', 'top scorers list'],
    },
    arts: {
      words: ['album', 'albums', 'song', 'songs', 'singer', 'frontman', 'frontwoman', 'vocals', 'guitar', 'guitarist', 'drummer', 'bassist', 'producer', 'lyrics', 'chorus', 'gig', 'concert', 'setlist', 'encore', 'film', 'movie', 'directed', 'starring', 'actor', 'actress', 'screenplay', 'cinematography', 'premiere', 'sequel', 'soundtrack', 'critic', 'synths', 'drum machine', 'choir', 'orchestra', 'conductor', 'opera', 'musical', 'played a set', 'on stage', 'tour', 'headline set', 'headliner', 'support act', 'netflix', 'showrunner', 'spin-off', 'fictional', 'call the midwife', 'new amsterdam'],
      strong: ['film night', 'movie night', 'film screening', 'crime night', 'new album', 'new record', 'new single', 'album review', 'film review', 'directed by', 'produced by', 'box office', 'tv series', 'tv show', 'television series', 'tv drama', 'medical drama', 'hospital drama', 'legal drama', 'police drama', 'sitcom', 'soap opera', "grey's anatomy", 'house m.d.', 'dr house', 'chicago med', 'holby city', 'doc martin', 'the pitt', 'the knick', 'the sopranos', 'better call saul', 'boston legal', 'downton abbey', 'game of thrones'],
    },
    literature: {
      words: ['novel', 'novels', 'chapter', 'chapters', 'characters', 'protagonist', 'narrator', 'author', 'authors', 'poem', 'poet', 'heroine', 'literary', 'fiction', 'memoir', 'trilogy', 'prose', 'stanza', 'passages', 'passage', 'portrayal', 'portrays', 'characterisation', 'characterization', 'novelist', 'playwright', 'booker prize', 'compare and contrast', 'extended writing', 'reading comprehension', 'comprehension questions', 'poems', 'biography', 'the scene where', 'the scene in which', 'in the style of'],
      strong: ['debate questions', 'discussion questions', 'book club', 'reading group', 'seminar questions', 'reading guide', 'study guide', 'summarise the relationship', 'summarize the relationship', 'role-play', 'role play', 'roleplay', 'world book day', 'book week', 'national poetry day'],
    },
    cooking: {
      words: ['recipe', 'recipes', 'brunch', 'sauce', 'hollandaise', 'mayonnaise', 'mayo', 'béarnaise', 'capers', 'marinade', 'dough', 'oven', 'baking', 'simmer', 'whisk', 'pastry', 'dessert', 'risotto', 'soufflé', 'vinaigrette', 'chef', 'chefs', 'cookbook', 'batter', 'pudding', 'puddings', 'flour', 'yeast', 'knead', 'roast', 'bake', 'baked', 'grill', 'wine', 'wines', 'vintage', 'riesling', 'chardonnay', 'pinot', 'merlot', 'cabernet', 'champagne', 'prosecco', 'winery', 'vineyard', 'beer', 'ale', 'lager', 'brewery', 'stout', 'cheese board', 'sommelier', 'cake', 'cakes', 'sponge', 'icing', 'frosting', 'bake off', 'cocktail', 'cocktails', 'cocktail menu', 'mocktail', 'gin', 'vodka', 'rum', 'whisky', 'whiskey', 'mojito', 'negroni', 'spritz', 'martini', 'drinks menu', 'aperitif'],
      strong: ['celebrity chef', 'tv chef', 'cookery show', 'cooking show', 'wine pairing', 'food pairing', 'tasting notes', 'yorkshire pudding', 'yorkshire puddings'],
    },
    citation: {
      words: ['harvard', 'apa', 'mla', 'vancouver', 'chicago', 'journal', 'vol', 'pp', 'edn', 'eds', 'proceedings', 'university press', 'citation', 'citations', 'reference list', 'bibliography', 'in-text'],
      strong: ['et al', 'reference list', 'harvard style', 'apa style', 'works cited'],
    },
    history: {
      words: ['biography', 'bio', 'biopic', 'laureate', 'physicist', 'chemist', 'scientist', 'mathematician', 'philosopher', 'composer', 'inventor', 'explorer', 'discovered', 'discovery', 'historical', 'historian', 'century', 'reign', 'emperor', 'dynasty', 'medieval', 'quiz', 'quiz questions', 'history lesson', 'history class', 'history essay', 'history quiz', 'suffrage', 'suffragette', 'world war', 'civil war', 'treatise', 'father of modern', 'mother of modern'],
      strong: ['nobel', 'nobel prize', 'nobel laureate', 'life and work', 'nobel prizes', 'nobel prize in'],
    },
    news: {
      words: ['minister', 'ministers', 'government', 'parliament', 'election', 'elections', 'party', 'coalition', 'opposition', 'cabinet', 'mayor', 'councillor', 'councillors', 'mp', 'mps', 'senator', 'spokesperson', 'spokesman', 'spokeswoman', 'press conference', 'voters', 'referendum', 'manifesto', 'legislation', 'ministry', 'ebit', 'ebitda', 'guidance', 'dividend', 'shareholders', 'earnings', 'trading update', 'analysts', 'investors', 'chief executive', 'chief financial officer', 'ceo', 'cfo', 'shares', 'share price', 'stock market', 'stock exchange', 'economists', 'interest rates', 'central bank', 'retail sales', 'inflation', 'press release'],
      strong: ['prime minister', 'secretary of state', 'trading update', 'annual results', 'quarterly results', 'full-year results', 'public meeting', 'council meeting'],
    },
    stateOffice: ['minister', 'prime minister', 'deputy prime minister', 'chancellor of the exchequer', 'transport secretary', 'defence secretary', 'justice secretary', 'business secretary', 'culture secretary', 'environment secretary', 'energy secretary', 'education secretary', 'work and pensions secretary', 'mayor', 'deputy mayor', 'lord mayor', 'councillor', 'cllr', 'mp', 'mep', 'member of parliament', 'senator', 'congressman', 'congresswoman', 'secretary of state', 'home secretary', 'foreign secretary', 'health secretary', 'education secretary', 'shadow chancellor', 'chief medical officer', 'chief medical adviser', 'chief scientific adviser', 'surgeon general', 'chief constable', 'chief dental officer', 'chief nursing officer', 'chief pharmaceutical officer'],
    office: ['minister', 'prime minister', 'chancellor', 'president', 'vice president', 'mayor', 'deputy mayor', 'councillor', 'cllr', 'mp', 'senator', 'governor', 'secretary of state', 'home secretary', 'foreign secretary', 'health secretary', 'shadow', 'spokesperson', 'spokesman', 'spokeswoman', 'commissioner', 'ambassador', 'ceo', 'cfo', 'coo', 'cto', 'chief executive', 'chief executive officer', 'chief financial officer', 'chief operating officer', 'chairman', 'chairwoman', 'director general', 'chief constable', 'chief medical officer', 'chief medical adviser', 'chief scientific adviser', 'surgeon general', 'cardinal', 'archbishop', 'chief rabbi', 'pope', 'chief dental officer', 'chief nursing officer', 'chief pharmaceutical officer'],
    officeHolders: ['chancellors', 'chancellors of the exchequer', 'prime ministers', 'presidents', 'vice presidents', 'ministers', 'secretaries of state', 'home secretaries', 'foreign secretaries', 'health secretaries', 'mayors', 'governors', 'senators', 'popes', 'kings', 'queens', 'monarchs', 'ceos', 'chairmen', 'commissioners', 'ambassadors', 'chief constables', 'first ministers', 'taoisigh', 'premiers'],
    succession: ['starting with', 'beginning with', 'in order', 'chronological', 'successive', 'list of', 'list the'],
    sinceYear: ['since', 'from', 'after'],
    agenda: ['keynote', 'panel', 'panel discussion', 'welcome', 'opening remarks', 'closing remarks', 'fireside chat', 'speakers', 'programme', 'program', 'agenda'],
    leader: ['boss', 'founder', 'co-founder', 'cofounder', 'chairperson', 'led by', 'headed by', 'founded by', 'run by', 'chaired by'],
    speech: ['said', 'says', 'told', 'added', 'warned', 'noted', 'stressed', 'explained', 'argued', 'announced', 'commented', 'stated', 'confirmed', 'insisted', 'declared', 'predicted', 'remarked', 'spoke', 'praised', 'according to', 'urged', 'urges', 'called on', 'calls on', 'appealed', 'appeals'],
    honorific: ['mr.', 'mrs.', 'ms.', 'mx.', 'dr.', 'mr', 'mrs', 'ms', 'dr', 'sir', 'dame', 'lord', 'lady', 'prof', 'prof.'],
    private: ['member', 'members', 'our member', 'pupil', 'student', 'parent', 'child', 'volunteer', 'trainee', 'resident', 'learner', 'junior', 'son', 'daughter', 'wife', 'husband', 'mum', 'dad', 'friend', 'neighbour', 'neighbor', 'staff', 'employee', 'date of birth', 'dob', 'phone', 'mobile', 'address', 'email', 'commenter', 'reader', 'listener', 'viewer', 'fan', 'user', 'subscriber', 'follower', 'customer', 'guest', 'attendee', 'participant'],
    amateur: ['kids', 'parents', 'pupils', 'school', 'juniors', 'youth team', 'our team', 'our club', 'our players', 'our squad', 'our choir', 'our band', 'team sheet', 'membership', 'tryouts', 'trials', 'rehearsal', 'recital', 'grassroots', 'sunday league', 'five-a-side', 'student', 'students', 'pupil', 'class', 'classmates', 'teacher', 'homework', 'report card', 'grades', 'parent', 'guests', 'guest list', 'dietary', 'allergy', 'allergies', 'allergic', 'intolerance', 'rsvp', 'catering order', 'residents', 'meal plan', 'youth', 'youth football', 'lunch club', 'under-11s', 'under-12s', 'under-14s', 'under-16s', 'gift for', 'present for', 'birthday', 'retiring', 'retirement', 'farewell', 'leaving do', 'thank-you note', 'thank you note', 'thank-you card', 'wedding', 'anniversary', 'sign-up', 'registration', 'cookery class', 'cooking class', 'wine tasting for', 'rooming list', 'special requests', 'special request', 'room allocation', 'room list'],
    records: ['referee report', 'misconduct', 'disciplinary hearing', 'disciplinary commission', 'overtime', 'timesheet', 'timesheets', 'payroll', 'salary', 'salaries', 'hours worked', 'internal league', 'office league', 'company tournament', 'staff tournament', 'intranet', 'joined us', 'joined the company', 'sales rep', 'sales reps', 'per rep', 'headcount', 'appraisal', 'sick leave', 'annual leave', 'rota', 'physio note', 'physiotherapy', 'treatment plan', 'rehab plan', 'return to play', 'return-to-play', 'medical report', 'funeral', 'eulogy', 'obituary', 'memorial service', 'condolences', 'family history', 'family tree', 'genealogy', 'reunion'],
  },
  de: {
    sport: {
      words: ['torschütze', 'trifft', 'traf', 'elfmeter', 'strafstoß', 'freistoß', 'kopfball', 'anschlusstreffer', 'siegtreffer', 'stürmer', 'mittelfeld', 'verteidiger', 'torwart', 'schiedsrichter', 'halbzeit', 'nachspielzeit', 'verlängerung', 'anpfiff', 'abpfiff', 'bundesliga', 'derby', 'abstieg', 'gelbe karte', 'rote karte', 'platzverweis', 'heimsieg', 'auswärtssieg', 'niederlage', 'cheftrainer', 'spieltag', 'großer preis', 'großen preis', 'pole-position', 'qualifying', 'formel 1', 'sätzen', 'satzball', 'matchball', 'grand slam', 'etappe', 'etappensieg', 'gelbes trikot', 'peloton', 'tore', 'treffer', 'werfer', 'paraden', 'torvorlage', 'assist', 'ausgleichstreffer', 'doppelpack', 'flanke', 'eckball', 'abseits', 'nationalmannschaft', 'nationalspieler', 'nationalspielerin', 'em', 'wm', 'europameisterschaft', 'weltmeisterschaft', 'olympia', 'olympische spiele', 'medaille', 'goldmedaille', 'weltrekord', 'bestzeit', 'handball', 'fußball', 'basketball', 'eishockey', 'rugby', 'siebenmeter', 'rückraum', 'kreisläufer', 'spielmacher', 'torhüter', 'tabellenführer', 'rückrunde', 'hinrunde', 'bundestrainer', 'pokal', 'halbfinale', 'viertelfinale', 'eisschnelllauf', 'biathlon', 'weltcup', 'köpfte', 'flankte', 'dribbelte', 'eingeköpft', 'verwandelte', 'parierte', 'torschützen', 'tor des tages', 'schach', 'großmeister', 'schacholympiade', 'tour de france', 'torjäger', 'tabelle der liga', 'bundesliga-tabelle'],
      strong: ['stadionheft', 'stadionzeitung', 'stadionmagazin', 'spielbericht', 'hadert', 'champions league', 'dfb-pokal', 'bahnrekord', 'torschützenkönig', 'torschützenkönigin', 'torjägerliste', 'torschützenliste', 'tabellenplatz'],
    },
    arts: {
      words: ['album', 'song', 'songs', 'lied', 'lieder', 'sänger', 'sängerin', 'frontmann', 'frontfrau', 'gitarre', 'gitarrist', 'schlagzeug', 'schlagzeuger', 'bassist', 'produzent', 'refrain', 'debüt', 'konzert', 'zugabe', 'film', 'regie', 'regisseur', 'regisseurin', 'hauptrolle', 'besetzung', 'schauspieler', 'schauspielerin', 'drehbuch', 'premiere', 'soundtrack', 'rezension', 'synthesizer', 'aufnahme', 'aufnahmen', 'chor', 'orchester', 'dirigent', 'oper', 'musical', 'band', 'kritik', 'konzertkritik', 'singt', 'bühne', 'tournee', 'auftritt', 'setlist', 'bandleader', 'titelsong', 'single', 'netflix', 'fiktiv', 'fiktive', 'fiktiven', 'fiktiver', 'in aller freundschaft'],
      strong: ['filmabend', 'krimiabend', 'kinoabend', 'filmvorführung', 'neues album', 'neuen album', 'neue platte', 'neuen platte', 'albumkritik', 'filmkritik', 'unter der regie', 'produziert von', 'fernsehserie', 'tv-serie', 'arztserie', 'krankenhausserie', 'klinikserie', 'seifenoper', 'sitcom', 'schwarzwaldklinik', 'bergdoktor', 'dr. house', "grey's anatomy"],
    },
    literature: {
      words: ['roman', 'romans', 'kapitel', 'figuren', 'romanfigur', 'romanfiguren', 'protagonist', 'protagonistin', 'erzähler', 'erzählerin', 'autor', 'autorin', 'gedicht', 'dichter', 'heldin', 'novelle', 'erzählung', 'lyrik', 'prosa', 'lektüre', 'schriftsteller', 'schriftstellerin', 'textstelle', 'textstellen', 'romanautor', 'romanautorin', 'figurenvergleich', 'leseverständnis', 'lesestunde', 'textverständnis', 'gedichte', 'gedichten', 'biografie', 'biographie', 'die szene in der', 'im stil von'],
      strong: ['fragen zur diskussion', 'debattenfragen', 'diskussionsfragen', 'lesekreis', 'literaturkreis', 'buchclub', 'fragen zur lektüre', 'lektürehilfe', 'lesebegleiter', 'lektüreschlüssel', 'fasse die beziehung', 'rollenspiel', 'welttag des buches', 'bundesweiter vorlesetag', 'vorlesetag'],
    },
    cooking: {
      words: ['rezept', 'rezepte', 'brunch', 'soße', 'sauce', 'hollandaise', 'mayonnaise', 'kapern', 'marinade', 'teig', 'backofen', 'backen', 'dessert', 'nachtisch', 'risotto', 'buffet', 'koch', 'köchin', 'kochbuch', 'sterneköchin', 'sternekoch', 'käse', 'mehl', 'zwiebeln', 'röstzwiebeln', 'spätzle', 'käsespätzle', 'braten', 'wein', 'weine', 'winzer', 'riesling', 'spätburgunder', 'silvaner', 'spätlese', 'auslese', 'sekt', 'bier', 'brauerei', 'pils', 'sommelier', 'gans', 'knödel', 'sauerteig', 'kuchen', 'torte', 'gulasch', 'kochen', 'cocktail', 'cocktails', 'cocktailkarte', 'gin', 'wodka', 'rum', 'whisky', 'aperitif', 'likör', 'schnaps'],
      strong: ['fernsehkoch', 'fernsehköchin', 'tv-koch', 'tv-köchin', 'kochshow', 'weinbegleitung', 'weingut', 'weingüter'],
    },
    citation: {
      words: ['harvard', 'apa', 'mla', 'chicago', 'zitierweise', 'zitierstil', 'zeitschrift', 'jg', 'hrsg', 'hg', 'aufl', 'verlag', 'literaturverzeichnis', 'quellenangabe', 'quellenangaben', 'fußnote', 'fußnoten', 'bd', 'vol', 'pp'],
      strong: ['et al', 'literaturverzeichnis', 'im apa-stil', 'apa-stil', 'harvard-stil'],
    },
    history: {
      words: ['biografie', 'biographie', 'physiker', 'physikerin', 'chemiker', 'chemikerin', 'wissenschaftler', 'wissenschaftlerin', 'mathematiker', 'mathematikerin', 'philosoph', 'komponist', 'komponistin', 'malerin', 'erfinder', 'entdeckte', 'entdeckung', 'jahrhundert', 'historisch', 'historische', 'historiker', 'kaiser', 'kaiserin', 'dynastie', 'steckbrief', 'quiz', 'quizfragen', 'referat', 'geschichtsquiz', 'geschichtsunterricht', 'geschichtsstunde', 'geschichtsreferat', 'weltkrieg', 'frauenwahlrecht', 'weimarer republik', 'abhandlung', 'vater der modernen', 'mutter der modernen'],
      strong: ['nobelpreis', 'nobelpreisträger', 'nobelpreisträgerin', 'leben und werk', 'nobelpreis für'],
    },
    news: {
      words: ['minister', 'ministerin', 'regierung', 'bundesregierung', 'bundestag', 'landtag', 'parlament', 'wahl', 'wahlen', 'partei', 'koalition', 'opposition', 'kabinett', 'bürgermeister', 'bürgermeisterin', 'oberbürgermeister', 'oberbürgermeisterin', 'stadtrat', 'gemeinderat', 'abgeordnete', 'abgeordneter', 'sprecher', 'sprecherin', 'pressekonferenz', 'gesetz', 'gesetzentwurf', 'reform', 'ministerium', 'ebit', 'ebitda', 'dividende', 'aktionäre', 'analysten', 'investoren', 'vorstandschef', 'vorstandschefin', 'finanzvorstand', 'finanzvorständin', 'ceo', 'cfo', 'aufsichtsrat', 'geschäftsjahr', 'aktie', 'aktien', 'börse', 'ökonomen', 'leitzins', 'notenbank', 'zentralbank', 'einzelhandelsumsatz', 'inflation', 'pressemitteilung'],
      strong: ['bundeskanzler', 'bundeskanzlerin', 'quartalszahlen', 'jahreszahlen', 'bürgerversammlung', 'ratssitzung', 'einwohnerversammlung'],
    },
    stateOffice: ['minister', 'ministerin', 'bundesminister', 'bundesministerin', 'staatsminister', 'staatsministerin', 'staatssekretär', 'staatssekretärin', 'kanzler', 'kanzlerin', 'bundeskanzler', 'bundeskanzlerin', 'ministerpräsident', 'ministerpräsidentin', 'bürgermeister', 'bürgermeisterin', 'oberbürgermeister', 'oberbürgermeisterin', 'landrat', 'landrätin', 'abgeordnete', 'abgeordneter', 'abgeordneten', 'europaabgeordnete', 'europaabgeordneter', 'senator', 'senatorin', 'bundespräsident', 'bundespräsidentin'],
    office: ['vorsitzende', 'vorsitzender', 'gewerkschaftsvorsitzende', 'gewerkschaftsvorsitzender', 'minister', 'ministerin', 'bundesminister', 'bundesministerin', 'finanzminister', 'finanzministerin', 'innenminister', 'innenministerin', 'gesundheitsminister', 'gesundheitsministerin', 'außenminister', 'außenministerin', 'wirtschaftsminister', 'wirtschaftsministerin', 'kanzler', 'kanzlerin', 'bundeskanzler', 'bundeskanzlerin', 'ministerpräsident', 'ministerpräsidentin', 'präsident', 'präsidentin', 'bundespräsident', 'bundespräsidentin', 'bürgermeister', 'bürgermeisterin', 'oberbürgermeister', 'oberbürgermeisterin', 'landrat', 'landrätin', 'stadtrat', 'stadträtin', 'stadtbaurat', 'stadtbaurätin', 'dezernent', 'dezernentin', 'abgeordnete', 'abgeordneter', 'senator', 'senatorin', 'sprecher', 'sprecherin', 'regierungssprecher', 'regierungssprecherin', 'parteichef', 'parteichefin', 'fraktionschef', 'fraktionschefin', 'ceo', 'cfo', 'vorstandschef', 'vorstandschefin', 'vorstandsvorsitzende', 'vorstandsvorsitzender', 'finanzvorstand', 'finanzvorständin', 'konzernchef', 'konzernchefin', 'aufsichtsratschef', 'aufsichtsratsvorsitzende', 'aufsichtsratsvorsitzender'],
    officeHolders: ['bundeskanzler', 'kanzler', 'kanzlerinnen', 'bundespräsidenten', 'präsidenten', 'präsidentinnen', 'ministerpräsidenten', 'minister', 'ministerinnen', 'finanzminister', 'innenminister', 'außenminister', 'gesundheitsminister', 'bürgermeister', 'oberbürgermeister', 'bürgermeisterinnen', 'päpste', 'könige', 'königinnen', 'vorstandschefs', 'kommissare', 'botschafter'],
    succession: ['beginnend mit', 'angefangen mit', 'chronologisch', 'der reihe nach', 'liste der', 'liste aller'],
    sinceYear: ['seit', 'ab', 'von'],
    agenda: ['keynote', 'begrüßung', 'grußwort', 'podiumsdiskussion', 'panel', 'impulsvortrag', 'festvortrag', 'programm', 'tagesordnung', 'referenten', 'referentinnen'],
    leader: ['gründer', 'gründerin', 'mitgründer', 'mitgründerin', 'geleitet von', 'gegründet von', 'angeführt von', 'unter leitung von'],
    speech: ['sagte', 'sagt', 'erklärte', 'erklärt', 'betonte', 'betont', 'warnte', 'warnt', 'meinte', 'ergänzte', 'kündigte', 'teilte mit', 'sprach', 'äußerte', 'so', 'laut', 'rief', 'ruft', 'appellierte', 'appelliert', 'mahnte', 'mahnt', 'riet', 'rät'],
    honorific: ['herr', 'herrn', 'frau', 'hr.', 'fr.', 'dr.', 'dr', 'prof.', 'prof'],
    private: ['mitglied', 'mitglieder', 'vereinsmitglied', 'schüler', 'schülerin', 'spielerin unseres', 'eltern', 'kind', 'ehrenamtliche', 'ehrenamtlicher', 'azubi', 'sohn', 'tochter', 'geburtsdatum', 'geb.', 'telefon', 'handy', 'adresse', 'e-mail', 'anschrift', 'leser', 'leserin', 'hörer', 'hörerin', 'zuschauer', 'zuschauerin', 'fan', 'nutzer', 'nutzerin', 'abonnent', 'abonnentin', 'gast', 'teilnehmer', 'teilnehmerin'],
    amateur: ['e-jugend', 'd-jugend', 'c-jugend', 'jugend', 'kinder', 'eltern', 'schüler', 'schule', 'unser team', 'unsere mannschaft', 'unser verein', 'unseres vereins', 'unsere spieler', 'unser chor', 'mitglieder', 'schulkonzert', 'kreisliga', 'bezirksliga', 'hobbymannschaft', 'schülerin', 'schülerinnen', 'lehrer', 'lehrerin', 'hausaufgaben', 'zeugnis', 'elternabend', 'gäste', 'gästeliste', 'allergie', 'allergien', 'unverträglichkeit', 'unverträglichkeiten', 'bewohner', 'bewohnerin', 'speiseplan', 'essensplan', 'geschenk für', 'geburtstag', 'ruhestand', 'abschied', 'hochzeit', 'jubiläum', 'anmeldung', 'kochkurs', 'dankeskarte', 'weinprobe für', 'rooming list', 'rooming-liste', 'zimmerliste', 'zimmereinteilung', 'sonderwünsche', 'besondere wünsche'],
    records: ['schiedsrichterbericht', 'sportgericht', 'sportgerichts', 'überstunden', 'stundenzettel', 'arbeitszeit', 'lohnabrechnung', 'gehalt', 'gehälter', 'firmenturnier', 'betriebssport', 'firmenlauf', 'firmenliga', 'intranet', 'mitarbeitende', 'personalakte', 'urlaubstage', 'krankmeldung', 'schicht', 'schichtplan', 'dienstplan', 'außendienst', 'vertriebler', 'physiotherapie', 'behandlungsplan', 'reha', 'arztbericht', 'befund', 'beerdigung', 'trauerfeier', 'traueranzeige', 'nachruf', 'trauerrede', 'familiengeschichte', 'stammbaum', 'ahnenforschung'],
  },
  fr: {
    sport: {
      words: ['buteur', 'buteuse', 'penalty', 'penalties', 'coup franc', 'égalise', 'égalisation', 'attaquant', 'arbitre', 'mi-temps', 'temps additionnel', 'coup d\'envoi', 'ligue', 'ligue 1', 'championnat', 'derby', 'relégation', 'carton jaune', 'carton rouge', 'match', 'victoire', 'défaite', 'entraîneur', 'entraîneuse', 'passe décisive', 'grand prix', 'pole position', 'qualifications', 'formule 1', 'sets', 'balle de match', 'grand chelem', 'étape', 'maillot jaune', 'peloton', 'ballon', 'mêlée', 'demi de mêlée', 'ailier', 'talonneur', 'troisième ligne', 'plaquage', 'xv de france', 'six nations', 'rugby', 'football', 'handball', 'basket', 'hockey', 'coupe du monde', 'jeux olympiques', 'médaille', 'médaille d\'or', 'chrono', 'gardien de but', 'hors-jeu', 'passeur', 'a égalisé', 'double la mise', 'réduit l\'écart', 'milieu de terrain', 'avant-centre', 'sélectionneur', 'demi-finale', 'quart de finale', 'les bleus', 'a ouvert le score', 'a doublé la mise', 'juste avant la pause', 'a sorti un penalty', 'de la tête', 'a marqué', 'buteurs', 'meilleurs buteurs', 'échecs', 'grand maître', 'tour de france', 'classement de ligue'],
      strong: ['programme de match', 'magazine de match', 'compte rendu de match', 'ouvre le score', 'coup franc', 'doublé', 'ligue des champions', 'essai en coin', 'essai transformé', 'record du monde', 'classement des buteurs', 'meilleur buteur'],
    },
    arts: {
      words: ['album', 'disque', 'single', 'chanson', 'chansons', 'chanteur', 'chanteuse', 'guitare', 'guitariste', 'batteur', 'bassiste', 'producteur', 'productrice', 'paroles', 'refrain', 'tournée', 'concert', 'film', 'réalisateur', 'réalisatrice', 'réalisé', 'casting', 'acteur', 'actrice', 'scénario', 'premier rôle', 'avant-première', 'bande originale', 'synthés', 'synthétiseurs', 'chœur', 'orchestre', 'chef d\'orchestre', 'opéra', 'comédie musicale', 'titres', 'sur scène', 'rappel', 'rappeur', 'netflix', 'fictif', 'fictive', 'fictifs'],
      strong: ['soirée cinéma', 'soirée ciné', 'ciné-club', 'projection du film', 'nouvel album', 'nouveau disque', 'nouveau single', 'critique d\'album', 'critique de film', 'réalisé par', 'produit par', 'box-office', 'série télévisée', 'série télé', 'série médicale', 'feuilleton', 'sitcom', 'dr house', "grey's anatomy", 'plus belle la vie', 'docteur quinn', 'un si grand soleil', 'demain nous appartient'],
    },
    literature: {
      words: ['roman', 'romans', 'chapitre', 'chapitres', 'personnage', 'personnages', 'protagoniste', 'narrateur', 'narratrice', 'auteur', 'autrice', 'auteure', 'poème', 'poète', 'intrigue', 'héroïne', 'héros', 'récit', 'prose', 'œuvre', 'écrivain', 'écrivaine', 'romancier', 'romancière', 'compréhension de texte', 'lecture suivie', 'comparer les personnages', 'poèmes', 'biographie', 'la scène où', 'à la manière de', 'dans le style de'],
      strong: ['questions de débat', 'questions pour le débat', 'questions de discussion', 'club de lecture', 'cercle de lecture', 'questions sur le roman', 'guide de lecture', 'fiche de lecture', 'résume la relation', 'résumez la relation', 'jeu de rôle', 'journée mondiale du livre', 'printemps des poètes', 'semaine de la poésie'],
    },
    cooking: {
      words: ['recette', 'recettes', 'brunch', 'sauce', 'hollandaise', 'mayonnaise', 'béarnaise', 'câpres', 'marinade', 'pâte', 'four', 'pâtisserie', 'dessert', 'risotto', 'soufflé', 'vinaigrette', 'chef', 'cuisinier', 'cuisinière', 'livre de cuisine', 'vin', 'vins', 'vigneron', 'vigneronne', 'cuvée', 'millésime', 'grand cru', 'premier cru', 'appellation', 'champagne', 'bière', 'brasserie', 'fromage', 'farine', 'beurre', 'cuisson', 'mijoter', 'sommelier', 'dégustation', 'gâteau', 'blanquette', 'cuisine', 'cuisiner', 'cocktail', 'cocktails', 'apéro', 'apéritif', 'pastis', 'crémant', 'digestif', 'rhum', 'whisky'],
      strong: ['chef étoilé', 'cheffe étoilée', 'émission culinaire', 'top chef', 'accord mets-vins', 'accords mets-vins'],
    },
    citation: {
      words: ['harvard', 'apa', 'mla', 'chicago', 'vancouver', 'vol', 'pp', 'éd', 'éds', 'éditions', 'presses universitaires', 'bibliographie', 'citation'],
      strong: ['et al', 'bibliographie', 'normes apa', 'style apa', 'format apa'],
    },
    history: {
      words: ['biographie', 'physicien', 'physicienne', 'chimiste', 'scientifique', 'mathématicien', 'mathématicienne', 'philosophe', 'compositeur', 'compositrice', 'inventeur', 'découverte', 'siècle', 'historien', 'historienne', 'empereur', 'impératrice', 'dynastie', 'règne', 'quiz', 'exposé', 'cours d\'histoire', 'leçon d\'histoire', 'guerre mondiale', 'résistance', 'suffrage', 'vote des femmes', 'son traité', 'un traité de', 'le traité de', 'père de la chirurgie', 'père de la dentisterie', 'père de la médecine'],
      strong: ['nobel', 'prix nobel', 'prix nobel de'],
    },
    news: {
      words: ['ministre', 'ministres', 'gouvernement', 'parlement', 'assemblée nationale', 'sénat', 'élection', 'élections', 'parti', 'coalition', 'opposition', 'maire', 'adjoint', 'adjointe', 'conseil municipal', 'député', 'députée', 'sénateur', 'sénatrice', 'porte-parole', 'conférence de presse', 'projet de loi', 'réforme', 'ministère', 'chiffre d\'affaires', 'ebit', 'ebitda', 'prévisions', 'dividende', 'actionnaires', 'analystes', 'investisseurs', 'directeur général', 'directrice générale', 'pdg', 'ceo', 'cfo', 'directeur financier', 'directrice financière', 'conseil d\'administration', 'bourse', 'économistes', 'taux directeur', 'taux directeurs', 'banque centrale', 'inflation', 'communiqué de presse', 'cours de l\'action'],
      strong: ['premier ministre', 'première ministre', 'résultats trimestriels', 'résultats annuels', 'réunion publique', 'conseil municipal'],
    },
    stateOffice: ['ministre', 'premier ministre', 'première ministre', 'gouverneur', 'gouverneure', 'secrétaire d\'état', 'maire', 'député', 'députée', 'eurodéputé', 'eurodéputée', 'sénateur', 'sénatrice', 'préfet', 'préfète', 'conseiller municipal', 'conseillère municipale', 'président de la république', 'présidente de la république'],
    office: ['ministre', 'premier ministre', 'première ministre', 'ministre de', 'président', 'présidente', 'maire', 'adjoint', 'adjointe', 'député', 'députée', 'sénateur', 'sénatrice', 'préfet', 'préfète', 'porte-parole', 'conseiller municipal', 'conseillère municipale', 'secrétaire d\'état', 'commissaire', 'ambassadeur', 'ambassadrice', 'pdg', 'ceo', 'cfo', 'directeur général', 'directrice générale', 'directeur financier', 'directrice financière', 'cardinal', 'archevêque', 'pape'],
    officeHolders: ['présidents', 'présidentes', 'premiers ministres', 'ministres', 'chanceliers', 'maires', 'gouverneurs', 'sénateurs', 'papes', 'rois', 'reines', 'ambassadeurs', 'commissaires', 'pdg', 'présidents de la république', 'gardes des sceaux'],
    succession: ['en commençant par', 'à commencer par', 'dans l’ordre', "dans l'ordre", 'chronologique', 'successifs', 'successives', 'liste des'],
    sinceYear: ['depuis', 'de', 'après'],
    agenda: ['keynote', 'discours', 'allocution', 'table ronde', 'conférence', 'programme', 'intervenants', 'mot d\'accueil'],
    leader: ['patron', 'patronne', 'fondateur', 'fondatrice', 'cofondateur', 'cofondatrice', 'dirigé par', 'dirigée par', 'fondé par', 'fondée par', 'présidé par', 'présidée par'],
    speech: ['a déclaré', 'déclare', 'a dit', 'a souligné', 'souligne', 'a affirmé', 'affirme', 'a expliqué', 'explique', 'a indiqué', 'indique', 'a annoncé', 'annonce', 'a précisé', 'précise', 'a estimé', 'estime', 'a averti', 'selon', 'appelle', 'a appelé', 'exhorte', 'a exhorté', 'invite', 'a invité'],
    honorific: ['m.', 'mme', 'mlle', 'monsieur', 'madame', 'mademoiselle', 'dr', 'dr.', 'pr', 'me', 'maître'],
    private: ['adhérent', 'adhérente', 'licencié', 'licenciée', 'élève', 'parent', 'enfant', 'bénévole', 'stagiaire', 'fils', 'fille', 'date de naissance', 'né le', 'née le', 'téléphone', 'portable', 'adresse', 'courriel', 'lecteur', 'lectrice', 'auditeur', 'auditrice', 'spectateur', 'spectatrice', 'fan', 'utilisateur', 'utilisatrice', 'abonné', 'abonnée', 'invité', 'invitée', 'participant', 'participante'],
    amateur: ['poussins', 'benjamins', 'minimes', 'cadets', 'enfants', 'parents', 'élèves', 'école', 'notre équipe', 'notre club', 'nos joueurs', 'nos joueuses', 'notre chorale', 'adhérents', 'licenciés', 'feuille de match', 'répétition', 'spectacle de l école', 'élève', 'professeur', 'professeure', 'devoirs', 'bulletin', 'parents d élèves', 'invités', 'allergie', 'allergies', 'intolérance', 'intolérances', 'résidents', 'régime', 'plan de repas', 'cadeau pour', 'anniversaire', 'départ à la retraite', 'retraite', 'pot de départ', 'mariage', 'inscription', 'cours de cuisine', 'carte de remerciement', 'rooming list', 'rooming-list', 'liste des chambres', 'répartition des chambres', 'demandes particulières', 'demandes spéciales'],
    records: ['rapport de l arbitre', 'commission de discipline', 'heures supplémentaires', 'feuille de temps', 'fiche de paie', 'paie', 'salaire', 'salaires', 'tournoi interne', 'tournoi d entreprise', 'intranet', 'salariés', 'arrêt maladie', 'commerciaux', 'par commercial', 'kinésithérapie', 'kiné', 'plan de soins', 'compte rendu médical', 'bilan médical', 'funérailles', 'obsèques', 'éloge funèbre', 'avis de décès', 'nécrologie', 'arbre généalogique', 'généalogie'],
  },
  es: {
    sport: {
      words: ['gol', 'goles', 'goleador', 'penalti', 'penalty', 'tiro libre', 'cabezazo', 'empate', 'empata', 'delantero', 'centrocampista', 'árbitro', 'primera parte', 'segunda parte', 'tiempo añadido', 'liga', 'laliga', 'derbi', 'tarjeta amarilla', 'tarjeta roja', 'partido', 'victoria', 'derrota', 'entrenador', 'entrenadora', 'míster', 'gran premio', 'pole', 'clasificación del sábado', 'fórmula 1', 'sets', 'punto de partido', 'grand slam', 'etapa', 'maillot amarillo', 'pelotón', 'marcador', 'empató', 'descanso', 'desbordó', 'pase de gol', 'remate', 'portero', 'portería', 'golazo', 'córner', 'fuera de juego', 'saque de esquina', 'mvp', 'rebotes', 'triples', 'acb', 'euroliga', 'nba', 'baloncesto', 'fútbol', 'balonmano', 'rugby', 'mundial', 'eurocopa', 'juegos olímpicos', 'medalla', 'medalla de oro', 'récord mundial', 'plusmarca', 'semifinal', 'cuartos de final', 'goleó', 'anotó', 'delanteros', 'defensa central', 'seleccionador', 'despejó', 'definió', 'remató', 'goleadores', 'máximos goleadores', 'de cabeza', 'primer palo', 'segundo palo', 'ajedrez', 'gran maestro', 'vuelta a españa', 'tour de francia', 'clasificación de liga'],
      strong: ['programa del partido', 'revista del partido', 'crónica del partido', 'abrió el marcador', 'abre el marcador', 'liga de campeones', 'champions', 'abriera el marcador', 'antes del descanso', 'mvp de la jornada', 'máximos goleadores', 'tabla de goleadores', 'pichichi'],
    },
    arts: {
      words: ['disco', 'álbum', 'single', 'sencillo', 'canción', 'canciones', 'banda', 'cantante', 'guitarra', 'guitarrista', 'bajista', 'productor', 'productora', 'estribillo', 'gira', 'concierto', 'película', 'dirigida', 'actor', 'actriz', 'guion', 'estreno', 'banda sonora', 'reseña', 'sintetizadores', 'coro', 'orquesta', 'ópera', 'musical', 'reguetón', 'flamenco', 'en directo', 'el bis', 'escenario', 'rapero', 'netflix', 'ficticio', 'ficticia', 'hospital central'],
      strong: ['noche de cine', 'cinefórum', 'cine club', 'proyección de la película', 'nuevo disco', 'nuevo álbum', 'nuevo single', 'reseña de disco', 'crítica de cine', 'dirigida por', 'producido por', 'taquilla', 'serie de televisión', 'serie de tv', 'serie médica', 'telenovela', 'culebrón', 'sitcom', 'anatomía de grey', "grey's anatomy", 'dr. house', 'cuéntame cómo pasó', 'la casa de papel', 'aquí no hay quien'],
    },
    literature: {
      words: ['novela', 'novelas', 'capítulo', 'capítulos', 'personaje', 'personajes', 'protagonista', 'narrador', 'narradora', 'autor', 'autora', 'poema', 'poeta', 'trama', 'heroína', 'relato', 'cuento', 'prosa', 'escritor', 'escritora', 'novelista', 'pasaje', 'pasajes', 'fragmento', 'fragmentos', 'comprensión lectora', 'plan lector', 'compara a los personajes', 'poemas', 'biografía', 'escena en la que', 'la escena donde', 'al estilo de'],
      strong: ['preguntas para comentar', 'preguntas de debate', 'club de lectura', 'preguntas de discusión', 'guía de lectura', 'guía didáctica', 'resume la relación', 'juego de rol', 'día del libro', 'semana del libro', 'día de la poesía'],
    },
    cooking: {
      words: ['receta', 'recetas', 'brunch', 'salsa', 'holandesa', 'mayonesa', 'alcaparras', 'marinada', 'masa', 'horno', 'postre', 'risotto', 'vinagreta', 'chef', 'cocinero', 'cocinera', 'libro de cocina', 'ensaladilla', 'vino', 'vinos', 'bodega', 'crianza', 'gran reserva', 'cosecha', 'añada', 'tempranillo', 'rioja', 'ribera del duero', 'albariño', 'cava', 'cerveza', 'cervecería', 'queso', 'harina', 'cocción', 'sofrito', 'paella', 'tortilla', 'sumiller', 'cata', 'bizcocho', 'tarta', 'lentejas', 'cocinar', 'guiso', 'cóctel', 'cócteles', 'vermut', 'aperitivo', 'ginebra', 'ron', 'whisky', 'licor'],
      strong: ['chef con estrellas', 'programa de cocina', 'masterchef', 'maridaje'],
    },
    citation: {
      words: ['harvard', 'apa', 'mla', 'chicago', 'vancouver', 'revista', 'vol', 'pp', 'ed', 'eds', 'editorial', 'bibliografía', 'notas al pie'],
      strong: ['et al', 'bibliografía', 'normas apa', 'formato apa', 'estilo apa', 'ponlas en apa'],
    },
    history: {
      words: ['biografía', 'científico', 'científica', 'matemático', 'filósofo', 'filósofa', 'compositor', 'compositora', 'inventor', 'descubrió', 'descubrimiento', 'siglo', 'historiador', 'historiadora', 'emperador', 'emperatriz', 'dinastía', 'reinado', 'ficha', 'cuestionario', 'clase de historia', 'lección de historia', 'sufragio', 'sufragista', 'voto femenino', 'guerra civil', 'segunda república', 'franquismo', 'su tratado', 'un tratado de', 'el tratado de', 'padre de la cirugía', 'padre de la medicina'],
      strong: ['nobel', 'premio nobel', 'nobel de medicina', 'nobel de física', 'nobel de química', 'nobel de literatura', 'nobel de la paz', 'nobel de economía'],
    },
    news: {
      words: ['ministro', 'ministra', 'gobierno', 'congreso', 'senado', 'parlamento', 'elecciones', 'partido', 'coalición', 'oposición', 'alcalde', 'alcaldesa', 'concejal', 'concejala', 'pleno', 'diputado', 'diputada', 'senador', 'senadora', 'portavoz', 'rueda de prensa', 'proyecto de ley', 'reforma', 'ministerio', 'ebit', 'ebitda', 'previsiones', 'dividendo', 'accionistas', 'analistas', 'inversores', 'consejero delegado', 'consejera delegada', 'ceo', 'cfo', 'director financiero', 'directora financiera', 'consejo de administración', 'bolsa', 'economistas', 'tipos de interés', 'banco central', 'inflación', 'nota de prensa', 'comunicado de prensa', 'acciones'],
      strong: ['presidente del gobierno', 'presidenta del gobierno', 'resultados trimestrales', 'resultados anuales', 'reunión informativa', 'reunión vecinal', 'pleno municipal'],
    },
    stateOffice: ['ministro', 'ministra', 'presidente del gobierno', 'presidenta del gobierno', 'gobernador', 'gobernadora', 'alcalde', 'alcaldesa', 'teniente de alcalde', 'concejal', 'concejala', 'diputado', 'diputada', 'eurodiputado', 'eurodiputada', 'senador', 'senadora', 'delegado del gobierno', 'delegada del gobierno', 'consejero de sanidad', 'consejera de sanidad'],
    office: ['ministro', 'ministra', 'presidente', 'presidenta', 'vicepresidente', 'vicepresidenta', 'alcalde', 'alcaldesa', 'teniente de alcalde', 'concejal', 'concejala', 'diputado', 'diputada', 'senador', 'senadora', 'portavoz', 'delegado del gobierno', 'delegada del gobierno', 'embajador', 'embajadora', 'comisario', 'comisaria', 'ceo', 'cfo', 'consejero', 'consejera', 'consejero delegado', 'consejera delegada', 'director general', 'directora general', 'director financiero', 'directora financiera', 'cardenal', 'arzobispo'],
    officeHolders: ['presidentes', 'presidentas', 'presidentes del gobierno', 'ministros', 'ministras', 'cancilleres', 'alcaldes', 'alcaldesas', 'gobernadores', 'senadores', 'reyes', 'reinas', 'embajadores', 'comisarios', 'consejeros delegados'],
    succession: ['empezando por', 'comenzando por', 'en orden', 'cronológico', 'cronológica', 'sucesivos', 'lista de'],
    sinceYear: ['desde', 'de', 'tras'],
    agenda: ['keynote', 'ponencia', 'conferencia inaugural', 'mesa redonda', 'bienvenida', 'inauguración', 'programa', 'ponentes'],
    leader: ['jefe', 'jefa', 'fundador', 'fundadora', 'cofundador', 'cofundadora', 'dirigido por', 'dirigida por', 'liderado por', 'liderada por', 'fundado por', 'fundada por', 'presidido por', 'presidida por'],
    speech: ['dijo', 'ha dicho', 'declaró', 'ha declarado', 'afirmó', 'ha afirmado', 'explicó', 'ha explicado', 'señaló', 'ha señalado', 'aseguró', 'ha asegurado', 'anunció', 'ha anunciado', 'subrayó', 'destacó', 'advirtió', 'según', 'ha pedido', 'pidió', 'instó', 'ha instado', 'insta', 'ha llamado', 'llamó'],
    honorific: ['sr.', 'sra.', 'srta.', 'sres.', 'don', 'doña', 'dña.', 'd.ª', 'dr.', 'dra.', 'sr', 'sra'],
    private: ['socio', 'socia', 'socios', 'federado', 'federada', 'alumno', 'alumna', 'padre', 'madre', 'niño', 'niña', 'voluntario', 'voluntaria', 'becario', 'becaria', 'hijo', 'hija', 'fecha de nacimiento', 'teléfono', 'móvil', 'dirección', 'correo', 'lector', 'lectora', 'oyente', 'espectador', 'espectadora', 'fan', 'usuario', 'usuaria', 'suscriptor', 'suscriptora', 'invitado', 'invitada', 'participante'],
    amateur: ['alevín', 'alevines', 'benjamín', 'benjamines', 'infantil', 'cadete', 'cadetes', 'niños', 'padres', 'alumnos', 'colegio', 'escuela', 'nuestro equipo', 'nuestro club', 'nuestros jugadores', 'nuestras jugadoras', 'nuestro coro', 'socios', 'ensayo', 'festival del colegio', 'alumno', 'alumna', 'profesor', 'profesora', 'deberes', 'boletín de notas', 'tutoría', 'invitados', 'alergia', 'alergias', 'intolerancia', 'intolerancias', 'residentes', 'dieta', 'plan de comidas', 'regalo para', 'cumpleaños', 'jubilación', 'se jubila', 'despedida', 'boda', 'inscripción', 'curso de cocina', 'tarjeta de agradecimiento', 'rooming list', 'rooming-list', 'lista de habitaciones', 'reparto de habitaciones', 'peticiones especiales', 'solicitudes especiales'],
    records: ['acta arbitral', 'comité de competición', 'horas extra', 'horas extras', 'nómina', 'nóminas', 'salario', 'sueldo', 'liga interna', 'torneo interno', 'torneo de empresa', 'intranet', 'empleados', 'plantilla de la empresa', 'baja médica', 'comerciales', 'por comercial', 'fisioterapia', 'fisio', 'parte médico', 'informe médico', 'funeral', 'entierro', 'esquela', 'necrológica', 'árbol genealógico', 'genealogía'],
  },
  nl: {
    sport: {
      words: ['doelpunt', 'doelpunten', 'scoort', 'scoorde', 'strafschop', 'penalty', 'vrije trap', 'kopbal', 'gelijkmaker', 'aansluitingstreffer', 'winnende', 'aanvaller', 'middenvelder', 'verdediger', 'keeper', 'doelman', 'scheidsrechter', 'tweede helft', 'eerste helft', 'blessuretijd', 'aftrap', 'eredivisie', 'competitie', 'derby', 'ranglijst', 'degradatie', 'gele kaart', 'rode kaart', 'wedstrijd', 'duel', 'zege', 'nederlaag', 'elftal', 'speelronde', 'grand prix', 'poleposition', 'pole position', 'kwalificatie', 'formule 1', 'sets', 'matchpoint', 'grand slam', 'etappe', 'gele trui', 'peloton', 'solo', 'wielerkoers', 'klassieker', 'kopte', 'voorzet', 'slotfase', 'redde', 'schot', 'treffer', 'assist', 'wereldrecord', 'persoonlijk record', 'schaatsen', 'olympische spelen', 'medaille', 'gouden medaille', 'voetbal', 'handbal', 'hockey', 'basketbal', 'wielrennen', 'corner', 'buitenspel', 'eindstand', 'ek', 'halve finale', 'kwartfinale', 'goal', 'doelsaldo', 'bondscoach', 'op voorsprong', 'kopte de', 'hield de nul', 'topscorers', 'topscorer', 'schaken', 'grootmeester', 'tour de france'],
      strong: ['wedstrijdprogramma', 'wedstrijdboekje', 'wedstrijdverslag', 'opende de score', 'maakt het af', 'champions league', 'knvb-beker', 'baanrecord', 'maakte gelijk', 'in de slotfase', 'topscorerslijst', 'topscorers'],
    },
    arts: {
      words: ['album', 'liedje', 'lied', 'band', 'zanger', 'zangeres', 'gitaar', 'gitarist', 'drummer', 'bassist', 'producer', 'geproduceerd', 'refrein', 'debuut', 'concert', 'toegift', 'film', 'regisseur', 'regie', 'hoofdrol', 'cast', 'acteur', 'actrice', 'scenario', 'première', 'soundtrack', 'recensie', 'synths', 'koor', 'orkest', 'dirigent', 'opera', 'podium', 'musical', 'nummers', 'tournee', 'optreden', 'rapper', 'netflix', 'soap', 'fictief', 'fictieve', 'centraal medisch centrum'],
      strong: ['filmavond', 'filmvoorstelling', 'filmhuis', 'nieuwe album', 'nieuwe plaat', 'nieuwe single', 'albumrecensie', 'filmrecensie', 'geregisseerd door', 'geproduceerd door', 'tv-serie', 'televisieserie', 'ziekenhuisserie', 'doktersserie', 'soapserie', 'sitcom', 'dokter tinus', 'goede tijden, slechte tijden', 'flikken maastricht', 'dr. house', "grey's anatomy"],
    },
    literature: {
      words: ['roman', 'romans', 'hoofdstuk', 'hoofdstukken', 'personage', 'personages', 'hoofdpersoon', 'protagonist', 'verteller', 'auteur', 'auteurs', 'schrijver', 'schrijfster', 'gedicht', 'dichter', 'plot', 'verhaal', 'novelle', 'proza', 'passage', 'passages', 'fragment', 'fragmenten', 'romanschrijver', 'leesles', 'begrijpend lezen', 'vergelijk de personages', 'gedichten', 'biografie', 'de scène waarin', 'in de stijl van'],
      strong: ['debatvragen', 'discussievragen', 'leesclub', 'boekenclub', 'leesgroep', 'gespreksvragen', 'leesgids', 'leeswijzer', 'vat de relatie', 'rollenspel', 'kinderboekenweek', 'boekenweek', 'poëzieweek', 'nationale voorleesdagen'],
    },
    cooking: {
      words: ['recept', 'recepten', 'brunch', 'saus', 'hollandaise', 'mayonaise', 'kappertjes', 'marinade', 'deeg', 'oven', 'toetje', 'dessert', 'risotto', 'chef', 'chef-kok', 'kok', 'kookboek', 'wijn', 'wijnen', 'bier', 'tripel', 'quadrupel', 'trappist', 'riesling', 'kaas', 'bakken', 'wijnhuis', 'wijnboer', 'wijngaard', 'sommelier', 'stamppot', 'speciaalbier', 'taart', 'cake', 'stoofvlees', 'koken', 'cocktail', 'cocktails', 'jenever', 'gin', 'rum', 'whisky', 'likeur'],
      strong: ['sterrenkok', 'tv-kok', 'kookprogramma', 'kaasplank', 'brouwerij', 'brouwerijen'],
    },
    citation: {
      words: ['harvard', 'apa', 'mla', 'chicago', 'vancouver', 'tijdschrift', 'jrg', 'uitgeverij', 'literatuurlijst', 'bronnenlijst', 'bronvermelding', 'citaat', 'voetnoten', 'vol', 'pp'],
      strong: ['et al', 'literatuurlijst', 'bronnenlijst', 'apa-stijl', 'in apa'],
    },
    history: {
      words: ['biografie', 'natuurkundige', 'scheikundige', 'wetenschapper', 'wiskundige', 'filosoof', 'componist', 'uitvinder', 'ontdekte', 'ontdekking', 'eeuw', 'historisch', 'historische', 'historicus', 'keizer', 'keizerin', 'dynastie', 'bio', 'spreekbeurt', 'werkstuk', 'uitvinding', 'quiz', 'geschiedenisles', 'geschiedenis', 'wereldoorlog', 'vrouwenkiesrecht', 'gouden eeuw', 'verhandeling', 'vader van de moderne', 'moeder van de moderne'],
      strong: ['nobelprijs', 'nobelprijswinnaar', 'winnaar van de nobelprijs', 'nobelprijs voor'],
    },
    news: {
      words: ['minister', 'ministers', 'kabinet', 'regering', 'tweede kamer', 'kamerlid', 'kamerleden', 'verkiezingen', 'partij', 'coalitie', 'oppositie', 'burgemeester', 'wethouder', 'wethouders', 'gemeenteraad', 'raadslid', 'woordvoerder', 'woordvoerster', 'persconferentie', 'wetsvoorstel', 'hervorming', 'ministerie', 'ebit', 'ebitda', 'vooruitzicht', 'dividend', 'aandeelhouders', 'analisten', 'beleggers', 'topman', 'topvrouw', 'ceo', 'cfo', 'financieel directeur', 'raad van bestuur', 'raad van commissarissen', 'beurs', 'economen', 'rente', 'centrale bank', 'inflatie', 'persbericht', 'aandelen', 'aandeel', 'omzet'],
      strong: ['minister-president', 'kwartaalcijfers', 'jaarcijfers', 'informatieavond', 'inspraakavond', 'raadsvergadering'],
    },
    stateOffice: ['minister', 'minister-president', 'premier', 'gouverneur', 'staatssecretaris', 'burgemeester', 'wethouder', 'gedeputeerde', 'commissaris van de koning', 'kamerlid', 'tweede-kamerlid', 'europarlementariër', 'raadslid', 'senator', 'inspecteur-generaal'],
    office: ['minister', 'minister-president', 'premier', 'staatssecretaris', 'president', 'burgemeester', 'wethouder', 'gedeputeerde', 'commissaris van de koning', 'kamerlid', 'raadslid', 'senator', 'woordvoerder', 'woordvoerster', 'fractievoorzitter', 'partijleider', 'ambassadeur', 'ceo', 'cfo', 'topman', 'topvrouw', 'bestuursvoorzitter', 'financieel directeur', 'kardinaal', 'aartsbisschop', 'paus', 'inspecteur-generaal'],
    officeHolders: ['premiers', 'minister-presidenten', 'ministers', 'presidenten', 'bondskanseliers', 'kanseliers', 'burgemeesters', 'gouverneurs', 'senatoren', 'pausen', 'koningen', 'koninginnen', 'ambassadeurs', 'commissarissen', 'staatssecretarissen'],
    succession: ['beginnend met', 'te beginnen met', 'op volgorde', 'chronologisch', 'opeenvolgende', 'lijst van'],
    sinceYear: ['sinds', 'vanaf', 'van', 'na'],
    agenda: ['keynote', 'welkom', 'welkomstwoord', 'paneldiscussie', 'panel', 'programma', 'sprekers', 'dagvoorzitter'],
    leader: ['oprichter', 'oprichtster', 'medeoprichter', 'geleid door', 'opgericht door', 'voorgezeten door'],
    speech: ['zei', 'zegt', 'verklaarde', 'stelde', 'liet weten', 'meldde', 'aldus', 'benadrukte', 'waarschuwde', 'kondigde', 'sprak', 'volgens', 'roept', 'riep', 'drong aan', 'dringt aan'],
    honorific: ['dhr.', 'mevr.', 'mw.', 'mej.', 'mevrouw', 'meneer', 'de heer', 'dr.', 'prof.', 'mr.', 'ir.', 'drs.'],
    private: ['lid', 'leden', 'clublid', 'leerling', 'ouder', 'kind', 'vrijwilliger', 'stagiair', 'stagiaire', 'zoon', 'dochter', 'geboortedatum', 'geb.', 'telefoon', 'mobiel', 'adres', 'e-mail', 'lezer', 'lezeres', 'luisteraar', 'kijker', 'fan', 'gebruiker', 'abonnee', 'gast', 'deelnemer', 'deelneemster'],
    amateur: ['f-jes', 'e-jes', 'd-jes', 'pupillen', 'jeugd', 'jeugdteam', 'kinderen', 'ouders', 'leerlingen', 'school', 'ons team', 'onze club', 'onze spelers', 'ons koor', 'leden', 'repetitie', 'zaterdagamateurs', 'zondagamateurs', 'leerling', 'klas', 'docent', 'huiswerk', 'rapport', 'mentor', 'ouderavond', 'gasten', 'gastenlijst', 'allergie', 'allergieën', 'intolerantie', 'bewoners', 'dieet', 'maaltijdplan', 'cadeau voor', 'verjaardag', 'pensioen', 'met pensioen', 'afscheid', 'bruiloft', 'jubileum', 'aanmelding', 'kookcursus', 'kookles', 'bedankkaart', 'rooming list', 'rooming-list', 'kamerlijst', 'kamerindeling', 'speciale wensen', 'bijzondere wensen'],
    records: ['scheidsrechtersrapport', 'tuchtcommissie', 'overuren', 'urenoverzicht', 'urenregistratie', 'loonstrook', 'salaris', 'bedrijfstoernooi', 'interne competitie', 'intranet', 'medewerkers', 'verlofdagen', 'ziekmelding', 'accountmanagers', 'per verkoper', 'fysiotherapie', 'fysio', 'behandelplan', 'revalidatie', 'medisch verslag', 'uitvaart', 'begrafenis', 'rouwadvertentie', 'in memoriam', 'stamboom', 'genealogie'],
  },
  it: {
    sport: {
      words: ['gol', 'reti', 'marcatore', 'marcatori', 'rigori', 'colpo di testa', 'pareggia', 'attaccante', 'centrocampista', 'difensore', 'portiere', 'arbitro', 'primo tempo', 'secondo tempo', 'supplementari', 'calcio d\'inizio', 'serie a', 'campionato', 'derby', 'retrocessione', 'cartellino giallo', 'cartellino rosso', 'vittoria', 'sconfitta', 'allenatore', 'allenatrice', 'mister', 'gran premio', 'pole position', 'qualifiche', 'formula 1', 'set', 'match point', 'grande slam', 'tappa', 'maglia rosa', 'maglia gialla', 'gruppo di testa', 'in solitaria', 'sbloccato', 'assist', 'raddoppiato', 'raddoppio', 'accorciato', 'pareggio', 'traversa', 'parata', 'parate', 'calcio di rigore', 'fuorigioco', 'azzurri', 'mondiali', 'europei', 'olimpiadi', 'medaglia', 'medaglia d\'oro', 'record mondiale', 'scudetto', 'serie b', 'nerazzurri', 'rossoneri', 'bianconeri', 'giallorossi', 'pallone', 'doppietta', 'tripletta', 'pallavolo', 'basket', 'rugby', 'semifinale', 'quarti di finale', 'centravanti', 'ha segnato', 'di testa', 'ha parato', 'ha chiuso il match', 'match', 'scacchi', 'grande maestro', 'giro d\'italia', 'tour de france', 'classifica di serie a'],
      strong: ['programma della partita', 'programma gara', 'cronaca della partita', 'apre le marcature', 'sblocca il risultato', 'champions league', 'coppa italia', 'ha sbloccato', 'ha raddoppiato', 'capocannoniere', 'classifica marcatori'],
    },
    arts: {
      words: ['album', 'disco', 'singolo', 'brano', 'brani', 'canzone', 'canzoni', 'band', 'cantante', 'chitarra', 'chitarrista', 'batterista', 'bassista', 'produttore', 'produttrice', 'ritornello', 'esordio', 'concerto', 'film', 'regista', 'regia', 'cast', 'attore', 'attrice', 'sceneggiatura', 'colonna sonora', 'recensione', 'sintetizzatori', 'coro', 'orchestra', 'direttore d\'orchestra', 'palco', 'musical', 'echi', 'il bis', 'sul palco', 'tournée', 'tour', 'rapper', 'cantautore', 'cantautrice', 'netflix', 'fittizio', 'fittizia', 'un medico in famiglia', 'medici in prima linea', 'un posto al sole', 'don matteo'],
      strong: ['serata cinema', 'cineforum', 'cineclub', 'proiezione del film', 'nuovo disco', 'nuovo album', 'nuovo singolo', 'recensione del disco', 'recensione del film', 'diretto da', 'prodotto da', 'botteghino', 'serie tv', 'serie televisiva', 'fiction', 'sitcom', 'soap opera', 'telenovela', 'doc nelle tue mani', 'braccialetti rossi', 'il commissario montalbano', 'dr. house', "grey's anatomy"],
    },
    literature: {
      words: ['romanzo', 'romanzi', 'capitolo', 'capitoli', 'personaggio', 'personaggi', 'protagonista', 'narratore', 'narratrice', 'autore', 'autrice', 'poesia', 'poeta', 'trama', 'eroina', 'racconto', 'novella', 'prosa', 'scrittore', 'scrittrice', 'romanziere', 'romanziera', 'comprensione del testo', 'lettura guidata', 'confronta i personaggi', 'poesie', 'biografia', 'la scena in cui', 'nello stile di', 'alla maniera di'],
      strong: ['domande per il dibattito', 'spunti di dibattito', 'domande di discussione', 'gruppo di lettura', 'circolo di lettura', 'club del libro', 'guida alla lettura', 'scheda di lettura', 'riassumi il rapporto', 'gioco di ruolo', 'giornata mondiale del libro', 'libriamoci', 'giornata della poesia'],
    },
    cooking: {
      words: ['ricetta', 'ricette', 'brunch', 'salsa', 'olandese', 'maionese', 'capperi', 'marinatura', 'impasto', 'forno', 'dolce', 'risotto', 'chef', 'cuoco', 'cuoca', 'libro di cucina', 'carpaccio', 'carbonara', 'guanciale', 'pecorino', 'parmigiano', 'tuorli', 'spaghetti', 'rigatoni', 'panna', 'cottura', 'soffritto', 'vino', 'vini', 'annata', 'barolo', 'barbaresco', 'brunello', 'nebbiolo', 'chianti', 'prosecco', 'calice', 'brasato', 'sommelier', 'birra', 'birrificio', 'degustazione', 'panettone', 'pandoro', 'torta', 'ragù', 'cucinando', 'cucinare', 'cocktail', 'aperitivo', 'amaro', 'amari', 'liquore', 'digestivo', 'grappa', 'spritz', 'negroni', 'cesto di natale'],
      strong: ['chef stellato', 'chef stellata', 'programma di cucina', 'masterchef', 'abbinamento', 'abbinamenti'],
    },
    citation: {
      words: ['harvard', 'apa', 'mla', 'chicago', 'vancouver', 'rivista', 'vol', 'pp', 'a cura di', 'editore', 'bibliografia', 'citazione', 'citazioni'],
      strong: ['et al', 'bibliografia', 'norme apa', 'formato apa', 'stile apa'],
    },
    history: {
      words: ['biografia', 'chimico', 'scienziato', 'scienziata', 'matematico', 'filosofo', 'compositore', 'inventore', 'scoprì', 'scoperta', 'secolo', 'imperatore', 'imperatrice', 'dinastia', 'scheda', 'quiz', 'lezione di storia', 'storia contemporanea', 'costituente', 'assemblea costituente', 'risorgimento', 'dopoguerra', 'resistenza', 'guerra mondiale', 'il suo trattato', 'un trattato di', 'il trattato di', 'padre della chirurgia', 'padre della medicina'],
      strong: ['nobel', 'premio nobel', 'premio nobel per'],
    },
    news: {
      words: ['ministro', 'ministra', 'governo', 'parlamento', 'camera', 'senato', 'elezioni', 'partito', 'coalizione', 'opposizione', 'sindaco', 'sindaca', 'assessore', 'assessora', 'consiglio comunale', 'deputato', 'deputata', 'senatore', 'senatrice', 'portavoce', 'conferenza stampa', 'disegno di legge', 'riforma', 'ministero', 'ebit', 'ebitda', 'previsioni', 'dividendo', 'azionisti', 'analisti', 'investitori', 'amministratore delegato', 'amministratrice delegata', 'ceo', 'cfo', 'direttore finanziario', 'direttrice finanziaria', 'consiglio di amministrazione', 'borsa', 'economisti', 'tassi', 'banca centrale', 'inflazione', 'comunicato stampa', 'azioni', 'ricavi', 'fatturato', 'vendite al dettaglio'],
      strong: ['presidente del consiglio', 'risultati trimestrali', 'risultati annuali', 'assemblea pubblica', 'consiglio comunale'],
    },
    stateOffice: ['ministro', 'ministra', 'viceministro', 'viceministra', 'sottosegretario', 'sottosegretaria', 'presidente del consiglio', 'presidente della repubblica', 'sindaco', 'sindaca', 'vicesindaco', 'vicesindaca', 'assessore', 'assessora', 'deputato', 'deputata', 'eurodeputato', 'eurodeputata', 'europarlamentare', 'senatore', 'senatrice', 'prefetto', 'governatore', 'governatrice'],
    office: ['ministro', 'ministra', 'presidente', 'vicepresidente', 'premier', 'sindaco', 'sindaca', 'vicesindaco', 'vicesindaca', 'assessore', 'assessora', 'deputato', 'deputata', 'senatore', 'senatrice', 'prefetto', 'portavoce', 'governatore', 'governatrice', 'ambasciatore', 'ambasciatrice', 'commissario', 'commissaria', 'ceo', 'cfo', 'amministratore delegato', 'amministratrice delegata', 'direttore generale', 'direttrice generale', 'direttore finanziario', 'direttrice finanziaria', 'cardinale', 'arcivescovo', 'pontefice'],
    officeHolders: ['presidenti', 'presidenti del consiglio', 'presidenti della repubblica', 'ministri', 'cancellieri', 'sindaci', 'governatori', 'senatori', 'regine', 'ambasciatori', 'commissari', 'amministratori delegati'],
    succession: ['a partire da', 'cominciando da', 'iniziando da', 'in ordine', 'cronologico', 'cronologica', 'successivi', 'elenco dei', 'elenca i'],
    sinceYear: ['dal', 'dai', 'dagli', 'da', 'dopo il'],
    agenda: ['keynote', 'saluti', 'saluti istituzionali', 'tavola rotonda', 'programma', 'relatori', 'apertura dei lavori'],
    leader: ['fondatore', 'fondatrice', 'cofondatore', 'cofondatrice', 'guidato da', 'guidata da', 'fondato da', 'fondata da', 'presieduto da', 'presieduta da', 'diretto da', 'diretta da'],
    speech: ['ha dichiarato', 'dichiara', 'ha detto', 'ha affermato', 'afferma', 'ha spiegato', 'spiega', 'ha sottolineato', 'sottolinea', 'ha parlato', 'ha annunciato', 'annuncia', 'ha confermato', 'ha avvertito', 'secondo', 'invita', 'ha invitato', 'esorta', 'ha esortato', 'ha lanciato un appello'],
    honorific: ['sig.', 'sig.ra', 'sigg.', 'signor', 'signora', 'signorina', 'dott.', 'dott.ssa', 'avv.', 'ing.', 'prof.', 'prof.ssa', 'don', 'donna'],
    private: ['socio', 'socia', 'soci', 'tesserato', 'tesserata', 'alunno', 'alunna', 'genitore', 'bambino', 'bambina', 'volontario', 'volontaria', 'tirocinante', 'figlio', 'figlia', 'data di nascita', 'nato il', 'nata il', 'telefono', 'cellulare', 'indirizzo', 'email', 'lettore', 'lettrice', 'ascoltatore', 'ascoltatrice', 'spettatore', 'spettatrice', 'fan', 'utente', 'abbonato', 'abbonata', 'ospite', 'partecipante'],
    amateur: ['pulcini', 'esordienti', 'giovanissimi', 'allievi', 'bambini', 'genitori', 'alunni', 'scuola', 'la nostra squadra', 'il nostro club', 'i nostri giocatori', 'il nostro coro', 'soci', 'tesserati', 'saggio', 'recita', 'dilettanti', 'terza categoria', 'oratorio', 'alunno', 'alunna', 'insegnante', 'compiti', 'pagella', 'professoressa', 'colloqui', 'invitati', 'allergia', 'allergie', 'intolleranza', 'intolleranze', 'ospiti della', 'residenti', 'dieta', 'piano alimentare', 'regalo per', 'compleanno', 'pensione', 'va in pensione', 'festa di addio', 'matrimonio', 'anniversario', 'iscrizione', 'corso di cucina', 'biglietto di ringraziamento', 'rooming list', 'rooming-list', 'lista camere', 'elenco camere', 'ripartizione camere', 'richieste speciali', 'richieste particolari'],
    records: ['referto arbitrale', 'giudice sportivo', 'straordinari', 'foglio presenze', 'busta paga', 'stipendio', 'stipendi', 'torneo aziendale', 'aziendale', 'campionato interno', 'intranet', 'dipendenti', 'commerciali', 'per venditore', 'fisioterapia', 'fisioterapista', 'referto', 'cartella clinica', 'riabilitazione', 'funerale', 'necrologio', 'elogio funebre', 'albero genealogico', 'genealogia'],
  },
};
