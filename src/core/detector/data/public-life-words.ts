/**
 * Words that tell a public figure's published life story from a private person's record (birth-dates.ts): a birth date
 * with a written-out month after a life story's birth word ("Jane Goodall, born 3 April 1934", "Rita Levi-Montalcini,
 * nata a Torino il 22 aprile 1909") is the figure's biography when the text shows a public life. Lower case; a phrase is
 * words separated by single spaces (any run of non-letters in the text separates words: "stand-first" is "stand first").
 * Adding a language is adding an entry to each table. Typed by hand from each language's press and encyclopedia
 * vocabulary (obituary desks, science and culture pages, Wikipedia's biography infobox words), as of 2026-12-04.
 */
export type Lang = 'en' | 'de' | 'fr' | 'es' | 'nl' | 'it';
type Table = Readonly<Record<Lang, readonly string[]>>;

/**
 * Prizes and honours a public life is known by (2 points: enough with any other point). A win at Le Mans or a Grand
 * Prix is in every record book, as an Olympic medal is. The shapes "X Prize", "prix X", "premio X", "Xprijs" and
 * "Xpreisträger" are read by birth-dates.ts; these are the names and honours besides them.
 */
export const HONOURS: Table = {
  en: ['nobel', 'nobel prize', 'nobel laureate', 'pulitzer', 'booker', 'oscars', 'academy award', 'grammy', 'grammys', 'emmys', 'emmy award', 'bafta', 'olympic gold', 'olympic champion', 'olympic gold medal', 'world champion', 'knighted', 'knighthood', 'fields medal', 'turing award', 'palme d or', 'olympic medal', 'olympic medallist', 'olympic medalist', 'olympic silver', 'olympic bronze', 'world title', 'world titles', 'world cup winner', 'european champion', 'ballon d or', 'pritzker', 'riba gold medal', 'le mans winner', 'winner of le mans', 'grand prix winner', 'won the grand prix'],
  de: ['nobelpreis', 'nobelpreises', 'grammy', 'olympiasieger', 'olympiasiegerin', 'olympiasieg', 'weltmeister', 'weltmeisterin', 'bundesverdienstkreuz', 'friedenspreis des deutschen buchhandels', 'büchner preis', 'georg büchner preis', 'olympiamedaille', 'olympisches gold', 'olympisches silber', 'olympisches bronze', 'olympiazweiter', 'olympiazweite', 'olympiadritter', 'olympiadritte', 'europameister', 'europameisterin', 'weltmeistertitel', 'ballon d or', 'le mans sieger', 'sieger in le mans', 'grand prix sieger', 'grand prix sieg'],
  fr: ['prix nobel', 'nobel', 'goncourt', 'renaudot', 'césar du meilleur', 'palme d or', 'champion olympique', 'championne olympique', 'champion du monde', 'championne du monde', 'médaille fields', 'légion d honneur', 'médaille olympique', 'médaillé olympique', 'médaillée olympique', 'vice champion olympique', 'vice championne olympique', 'champion d europe', 'championne d europe', 'ballon d or', 'vainqueur au mans', 'vainqueur du mans', 'vainqueur de grand prix', 'vainqueur du grand prix'],
  es: ['premio nobel', 'nobel', 'premio cervantes', 'premio princesa de asturias', 'premio príncipe de asturias', 'premio planeta', 'grammy', 'latin grammy', 'campeón olímpico', 'campeona olímpica', 'campeón del mundo', 'campeona del mundo', 'medalla de oro olímpica', 'medalla olímpica', 'medallista olímpico', 'medallista olímpica', 'oro olímpico', 'plata olímpica', 'bronce olímpico', 'subcampeón olímpico', 'subcampeona olímpica', 'campeón de europa', 'campeona de europa', 'balón de oro', 'ganador en le mans', 'ganador de le mans', 'ganador de grandes premios', 'ganador del gran premio'],
  nl: ['nobelprijs', 'nobelprijswinnaar', 'grammy', 'olympisch kampioen', 'olympisch kampioene', 'wereldkampioen', 'wereldkampioene', 'p c hooftprijs', 'olympische medaille', 'olympisch goud', 'olympisch zilver', 'olympisch brons', 'europees kampioen', 'europees kampioene', 'ballon d or', 'winnaar le mans', 'winnaar van le mans', 'grand prix winnaar', 'winnaar van de grand prix'],
  it: ['premio nobel', 'nobel', 'premio strega', 'grammy', 'campione olimpico', 'campionessa olimpica', 'campione del mondo', 'campionessa del mondo', 'oro olimpico', 'medaglia d oro olimpica', 'medaglia olimpica', 'medagliato olimpico', 'medagliata olimpica', 'argento olimpico', 'bronzo olimpico', 'campione d europa', 'campionessa d europa', 'campione europeo', 'pallone d oro', 'vincitore a le mans', 'vincitore di le mans', 'vincitore di gran premi', 'vincitore del gran premio'],
};

/**
 * High public offices, held or left: a minister's, a head of state's or government's, a member of parliament's birth
 * date is in every parliament's and encyclopedia's record. Words that end in "minister" or "ministerin" count too
 * ("Verteidigungsminister", "staatsminister"). 2 points in the life story after the date ("born ..., Minister of ..."),
 * 1 elsewhere (a letter to the minister about someone). Not company roles: a director's birth date is a register's.
 */
export const OFFICES: Table = {
  en: ['minister', 'prime minister', 'president of the united states', 'chancellor', 'member of parliament', 'mp for', 'senator', 'secretary of state', 'head of state', 'secretary general', 'pope'],
  de: ['minister', 'ministerin', 'bundeskanzler', 'bundeskanzlerin', 'kanzler', 'kanzlerin', 'bundespräsident', 'bundespräsidentin', 'ministerpräsident', 'ministerpräsidentin', 'bundestagsabgeordneter', 'bundestagsabgeordnete', 'regierender bürgermeister', 'erster bürgermeister', 'papst'],
  fr: ['ministre', 'premier ministre', 'première ministre', 'président de la république', 'présidente de la république', 'député', 'députée', 'sénateur', 'sénatrice', 'chancelier', 'chancelière', 'pape'],
  es: ['ministro', 'ministra', 'presidente del gobierno', 'presidenta del gobierno', 'presidente de la república', 'diputado', 'diputada', 'senador', 'senadora', 'canciller'],
  nl: ['minister', 'minister president', 'staatssecretaris', 'kamerlid', 'tweede kamerlid', 'senator', 'secretaris generaal', 'bondskanselier', 'paus'],
  it: ['ministro', 'ministra', 'presidente del consiglio', 'presidente della repubblica', 'deputato', 'deputata', 'senatore', 'senatrice', 'cancelliere', 'giudice costituzionale'],
};

/**
 * Words before an office that make it the figure's own in the life story after the birth ("als Verteidigungsminister",
 * "became Prime Minister", "ancien ministre", "già ministro"); a comma or a bracket before it does too (apposition:
 * ", minister of finance"). Not "to the minister": a letter to one is about someone else.
 */
export const OFFICE_AS: Table = {
  en: ['as', 'became', 'becomes', 'former', 'later', 'then'],
  de: ['als', 'wurde', 'ehemalige', 'ehemaliger', 'ehemaligen', 'frühere', 'früherer', 'später'],
  fr: ['comme', 'devient', 'devenu', 'devenue', 'ancien', 'ancienne', 'en tant que', 'puis'],
  es: ['como', 'fue', 'exministro', 'exministra', 'ex', 'luego'],
  nl: ['als', 'werd', 'voormalig', 'voormalige', 'oud', 'later'],
  it: ['come', 'divenne', 'diventò', 'ex', 'già', 'poi'],
};

/**
 * Callings and deeds encyclopedias name people by (1 point): the sciences', letters' and arts' callings, a laureate, a
 * discoverer. Agent nouns, not verbs: "discovered" and "descubrió" are said of a tumour too. Not everyday jobs or words
 * a clinic's note uses: a teacher's, a nurse's or a welder's obituary is a family's; "fisico" is a physical
 * examination, "química" a chemistry panel. Fame itself counts as a calling ("celebrity chef", "Promi-Friseur",
 * "célébrité", "celebridad", "beroemdheid", "celebrità"), not the adjective "famous", which a family says of a grandmother.
 */
export const DEEDS: Table = {
  en: ['co discoverer', 'discoverer', 'inventor', 'laureate', 'novelist', 'physicist', 'chemist', 'virologist', 'primatologist', 'astronomer', 'mathematician', 'composer', 'poet', 'playwright', 'sculptor', 'songwriter', 'actress', 'film director', 'footballer', 'olympian', 'astronaut', 'celebrity', 'author of', 'children s author', 'illustrator', 'explorer', 'aviator', 'philosopher'],
  de: ['entdecker', 'entdeckerin', 'mitentdecker', 'mitentdeckerin', 'erfinder', 'erfinderin', 'schriftsteller', 'schriftstellerin', 'physiker', 'physikerin', 'chemiker', 'chemikerin', 'virologe', 'virologin', 'komponist', 'komponistin', 'dichter', 'dichterin', 'schauspielerin', 'regisseur', 'regisseurin', 'fußballspieler', 'astronaut', 'astronautin', 'promi', 'prominente', 'prominenten', 'kinderbuchautor', 'kinderbuchautorin', 'illustrator', 'illustratorin', 'gründer von', 'gründerin von', 'entdeckerin', 'philosoph', 'philosophin'],
  fr: ['découvreur', 'découvreuse', 'codécouvreur', 'codécouvreuse', 'inventeur', 'inventrice', 'lauréat', 'lauréate', 'écrivain', 'écrivaine', 'romancier', 'romancière', 'physicien', 'physicienne', 'virologue', 'compositeur', 'compositrice', 'poète', 'poétesse', 'actrice', 'cinéaste', 'réalisateur', 'réalisatrice', 'footballeur', 'astronaute', 'célébrité', 'célébrités', 'auteur de', 'autrice de', 'illustrateur', 'illustratrice', 'fondateur de', 'fondatrice de', 'philosophe', 'explorateur', 'exploratrice'],
  es: ['descubridor', 'descubridora', 'codescubridor', 'codescubridora', 'inventor', 'inventora', 'galardonado', 'galardonada', 'escritor', 'escritora', 'novelista', 'bioquímica', 'bioquímico', 'viróloga', 'virólogo', 'compositor', 'compositora', 'poeta', 'poetisa', 'cantaora', 'cantaor', 'actriz', 'cineasta', 'futbolista', 'astronauta', 'celebridad', 'celebridades', 'autor de', 'autora de', 'ilustrador', 'ilustradora', 'fundador de', 'fundadora de', 'filósofo', 'filósofa', 'explorador', 'exploradora'],
  nl: ['ontdekker', 'uitvinder', 'laureaat', 'schrijver', 'schrijfster', 'romanschrijver', 'natuurkundige', 'scheikundige', 'viroloog', 'componist', 'dichter', 'dichteres', 'actrice', 'regisseur', 'voetballer', 'astronaut', 'beroemdheid', 'beroemdheden', 'auteur van', 'illustrator', 'illustratrice', 'oprichter van', 'oprichtster van', 'filosoof', 'ontdekkingsreiziger'],
  it: ['scopritore', 'scopritrice', 'inventore', 'inventrice', 'scrittore', 'scrittrice', 'romanziere', 'romanziera', 'virologo', 'compositore', 'compositrice', 'poeta', 'poetessa', 'cantautore', 'cantautrice', 'attrice', 'regista', 'calciatore', 'astronauta', 'celebrità', 'autore di', 'autrice di', 'illustratore', 'illustratrice', 'fondatore di', 'fondatrice di', 'filosofo', 'filosofa', 'esploratore', 'esploratrice'],
};

/**
 * A professional sports career (1 point each different word or phrase, 2 at most, in publicLife): professional leagues and
 * the competitions of national teams, a national team and its caps, a transfer fee or a loan, a record fee, a
 * breakthrough at a club, motor racing's series, races and drivers (letters only: a phrase is looked up by its words,
 * so "F1" and "Formula 1" are no keys; "formule un" and "formula uno" are also a verb and an article: "Formule un
 * courrier"). A youth, amateur or club member's word anywhere in the text (data/public-role-words.ts `amateur`)
 * cancels them: a junior's registration names a league and a competition too.
 * Not match words ("goal", "Tor") nor verbs of moving ("joined", "wechselte", "a quitté"): an employee joins and moves as well. Typed by hand
 * from each language's transfer and athlete pages (BBC Sport, kicker, L'Équipe, Marca, NOS Sport, La Gazzetta dello
 * Sport; Wikipedia's footballer and athlete infobox words), as of 2026-12-04.
 */
export const SPORT_CAREER: Table = {
  en: ['transfer fee', 'record fee', 'british record', 'club record', 'record signing', 'signed for', 'loan spell', 'loan move', 'international caps', 'caps for', 'captained', 'club captain', 'national team', 'national side', 'senior debut', 'international debut', 'league debut', 'premier league', 'champions league', 'europa league', 'conference league', 'league title', 'league titles', 'bundesliga', 'la liga', 'serie a', 'eredivisie', 'world cup', 'olympic games', 'olympics', 'world championships', 'european championships', 'commonwealth games', 'diamond league', 'grand slam', 'grand slams', 'tour de france', 'professional footballer', 'academy graduate', 'formula one', 'grand prix', 'le mans', 'racing driver', 'rally driver'],
  de: ['ablöse', 'ablösesumme', 'rekordablöse', 'ablösefrei', 'transfersumme', 'leihgeschäft', 'länderspiele', 'länderspiel', 'nationalspieler', 'nationalspielerin', 'nationalmannschaft', 'nationalelf', 'spielführer', 'profidebüt', 'bundesligadebüt', 'bundesliga', 'champions league', 'premier league', 'europa league', 'deutscher meister', 'deutsche meisterin', 'meistertitel', 'weltmeisterschaft', 'europameisterschaft', 'olympische spiele', 'olympischen spielen', 'grand slam', 'tour de france', 'profivertrag', 'durchbruch bei', 'formel eins', 'großer preis', 'grand prix', 'le mans', 'rennfahrer', 'rennfahrerin', 'rallyefahrer'],
  fr: ['indemnité de transfert', 'montant du transfert', 'transfert record', 'international français', 'internationale française', 'équipe de france', 'équipe nationale', 'sélection nationale', 'les bleus', 'ligue des champions', 'premier league', 'bundesliga', 'serie a', 'liga', 'championnat de france', 'champion de france', 'championne de france', 'coupe du monde', 'jeux olympiques', 'championnats du monde', 'championnats d europe', 'tour de france', 'grand chelem', 'centre de formation', 'premier contrat professionnel', 'grand prix', 'le mans', 'pilote automobile', 'pilote de course', 'pilote de rallye'],
  es: ['fichó por', 'ficha por', 'cláusula de rescisión', 'traspaso récord', 'internacional absoluto', 'internacional absoluta', 'selección española', 'la roja', 'selección nacional', 'laliga', 'la liga', 'primera división', 'liga de campeones', 'champions league', 'premier league', 'bundesliga', 'serie a', 'eurocopa', 'copa del mundo', 'juegos olímpicos', 'campeonato del mundo', 'campeonato de europa', 'tour de francia', 'grand slam', 'debutó en primera', 'fórmula uno', 'gran premio', 'le mans', 'piloto de carreras', 'piloto de rally'],
  nl: ['transfersom', 'transferbedrag', 'recordtransfer', 'huurperiode', 'verhuurd aan', 'interlands', 'interland', 'oranje international', 'nederlands elftal', 'aanvoerder', 'profdebuut', 'eredivisie', 'eerste divisie', 'champions league', 'premier league', 'bundesliga', 'serie a', 'landstitel', 'wereldkampioenschap', 'europees kampioenschap', 'olympische spelen', 'tour de france', 'doorgebroken bij', 'brak door bij', 'doorbraak bij', 'formule een', 'grand prix', 'le mans', 'autocoureur', 'rallyrijder'],
  it: ['costo del cartellino', 'trasferimento record', 'prestito con obbligo', 'presenze in nazionale', 'della nazionale', 'in nazionale', 'maglia azzurra', 'nazionale italiana', 'esordio in serie a', 'serie a', 'serie b', 'champions league', 'premier league', 'bundesliga', 'liga', 'scudetto', 'mondiali', 'europei', 'olimpiadi', 'giochi olimpici', 'campionato del mondo', 'campionato europeo', 'giro d italia', 'tour de france', 'gran premio', 'le mans', 'pilota automobilistico', 'pilota di rally'],
};

/**
 * The positions and events a professional is named by (1 point in all, with a SPORT_CAREER word or a transfer fee only):
 * a junior's registration names a position too.
 */
export const SPORT_POSITIONS: Table = {
  en: ['midfielder', 'striker', 'winger', 'goalkeeper', 'centre back', 'center back', 'full back', 'sprinter', 'hurdler', 'triple jumper', 'long jumper'],
  de: ['mittelfeldspieler', 'mittelfeldspielerin', 'stürmer', 'stürmerin', 'torhüter', 'torhüterin', 'innenverteidiger', 'innenverteidigerin', 'sprinterin', 'dreispringerin', 'weitspringerin'],
  fr: ['milieu de terrain', 'attaquant', 'attaquante', 'gardien de but', 'ailier', 'défenseur central', 'sprinteur', 'sprinteuse', 'triple sauteuse', 'triple sauteur'],
  es: ['centrocampista', 'delantero', 'delantera', 'portero', 'portera', 'defensa central', 'velocista', 'triple salto', 'salto de longitud'],
  nl: ['middenvelder', 'aanvaller', 'doelman', 'centrale verdediger', 'sprinter', 'sprintster', 'hink stap springen', 'verspringen'],
  it: ['centrocampista', 'attaccante', 'portiere', 'difensore', 'centravanti', 'velocista', 'salto triplo', 'salto in lungo'],
};

/**
 * An architect's or an artist's works and their movements (1 point, as a calling): a building's or a painting's maker
 * named with the birth date in an essay, a guide or a catalogue. An architecture office's own staff have no second
 * point (no honour, no press genre, no listed peer) and keep their dates; house painters' words ("Maler", "peintre",
 * "pintor") are left out.
 */
export const WORKS: Table = {
  en: ['architect', 'architects', 'architecture', 'architectural', 'skyscraper', 'landmark building', 'listed building', 'high tech', 'brutalist', 'brutalism', 'modernist', 'postmodern', 'art deco', 'bauhaus', 'cathedral', 'paintings', 'sculptures', 'sculptor', 'retrospective', 'masterpiece'],
  de: ['architekt', 'architektin', 'architektur', 'baukunst', 'bauwerk', 'bauwerke', 'wolkenkratzer', 'wahrzeichen', 'bauhaus', 'brutalismus', 'kunstmaler', 'kunstmalerin', 'gemälde', 'bildhauer', 'bildhauerin', 'retrospektive', 'meisterwerk'],
  fr: ['architecte', 'architecture', 'édifice', 'gratte ciel', 'monument historique', 'brutalisme', 'art déco', 'bauhaus', 'cathédrale', 'artiste peintre', 'tableaux', 'sculpteur', 'sculptrice', 'rétrospective', 'chef d œuvre', 'chef d oeuvre'],
  es: ['arquitecto', 'arquitecta', 'arquitectura', 'rascacielos', 'edificio emblemático', 'brutalismo', 'art déco', 'bauhaus', 'catedral', 'cuadros', 'escultor', 'escultora', 'retrospectiva', 'obra maestra'],
  nl: ['architect', 'architecte', 'architectuur', 'wolkenkrabber', 'rijksmonument', 'brutalisme', 'art deco', 'bauhaus', 'kathedraal', 'kunstschilder', 'schilderijen', 'beeldhouwer', 'retrospectief', 'meesterwerk'],
  it: ['architetto', 'architetta', 'architettura', 'grattacielo', 'brutalismo', 'art déco', 'bauhaus', 'cattedrale', 'pittore', 'pittrice', 'dipinti', 'scultore', 'scultrice', 'retrospettiva', 'capolavoro'],
};

/**
 * The press's and reference works' genres of a text about a person (1 point): an obituary, a portrait, a fact box, a
 * stand-first, a fact check. Not "profile" and its kin ("lipid profile", "perfil lipídico") nor words of everyday
 * use ("box", "Kasten", "kader"). A private person's paid death notice has its own words (DEATH_NOTICE), which keep
 * the date.
 */
export const PRESS: Table = {
  en: ['obituary', 'obit', 'bio', 'short bio', 'blurb', 'book blurb', 'biography', 'biographical note', 'stand first', 'standfirst', 'explainer', 'explainer box', 'fact box', 'factbox', 'fact check', 'encyclopedia', 'wikipedia', 'who s who'],
  de: ['nachruf', 'porträt', 'kurzporträt', 'klappentext', 'steckbrief', 'biografie', 'biographie', 'kurzbio', 'kurzbiografie', 'kurzbiographie', 'infokasten', 'vorspann', 'faktencheck', 'lexikon', 'wikipedia'],
  fr: ['nécrologie', 'nécrologique', 'portrait', 'biographie', 'encadré', 'chapô', 'notice biographique', 'encyclopédie', 'wikipédia'],
  es: ['obituario', 'semblanza', 'biografía', 'reseña biográfica', 'despiece', 'entradilla', 'enciclopedia', 'wikipedia'],
  nl: ['in memoriam', 'necrologie', 'portret', 'biografie', 'factcheck', 'encyclopedie', 'wikipedia'],
  it: ['coccodrillo', 'ritratto', 'biografia', 'nota biografica', 'occhiello', 'scheda biografica', 'enciclopedia', 'wikipedia'],
};

/**
 * A lesson, a school talk or a slide deck on a person (birth-evidence.ts's life-story gate only, not a point of
 * publicFigureBirth): the genre of a text that retells a figure's life for a class ("Plan d'exposé sur Pierre Laroque, né
 * le 2 novembre 1907", "5 points pour une diapo sur ..."). A talk on the writer's grandfather names him with a possessive
 * or a relative, which the gate reads as private evidence first.
 */
export const LESSON: Table = {
  en: ['school presentation', 'class presentation', 'school project', 'school essay', 'lesson plan', 'slide deck', 'slides on', 'talk on', 'presentation on'],
  de: ['referat', 'schulreferat', 'vortrag', 'unterrichtsstunde', 'präsentation über', 'folien über'],
  fr: ['exposé', 'plan d exposé', 'diapo', 'diaporama', 'cours sur', 'présentation sur'],
  es: ['exposición oral', 'trabajo de clase', 'trabajo escolar', 'diapositiva', 'diapositivas', 'presentación sobre'],
  nl: ['spreekbeurt', 'werkstuk', 'presentatie over', 'dia over', 'lesplan'],
  it: ['tesina', 'ricerca scolastica', 'interrogazione', 'presentazione su', 'lezione su', 'slide su'],
};

/**
 * A private person's death notice and funeral (anywhere in the text): the birth date is the family's notice's, not a
 * public life's, whatever else the text says.
 */
export const DEATH_NOTICE: Table = {
  en: ['death notice', 'funeral', 'condolences', 'memorial service', 'in loving memory', 'died peacefully', 'sadly missed', 'survived by', 'wife of the late', 'husband of the late', 'cards to', 'donations in lieu', 'family flowers'],
  de: ['traueranzeige', 'todesanzeige', 'trauerfeier', 'beerdigung', 'beisetzung', 'trauerrede', 'kondolenz', 'traueradresse', 'in liebe', 'in stiller trauer', 'in dankbarer erinnerung', 'friedlich eingeschlafen'],
  fr: ['avis de décès', 'faire part', 'obsèques', 'funérailles', 'condoléances', 'éloge funèbre', 'nous a quittés', 'nous a quittées', 'ni fleurs ni couronnes'],
  es: ['esquela', 'funeral', 'entierro', 'sepelio', 'pésame', 'pésames', 'condolencias', 'capilla ardiente', 'descanse en paz', 'sus hijos'],
  nl: ['rouwadvertentie', 'overlijdensadvertentie', 'overlijdensbericht', 'uitvaart', 'begrafenis', 'crematie', 'condoleance', 'condoleances', 'correspondentieadres', 'in liefdevolle herinnering'],
  it: ['necrologio sobrio', 'annuncio funebre', 'funerale', 'funerali', 'esequie', 'condoglianze', 'camera ardente', 'ne danno il triste annuncio', 'è mancata', 'è mancato'],
};

/**
 * Institutions and prizes named after a person ("the Jane Goodall Institute", "Robert-Koch-Institut", "Fondation
 * Abbé Pierre"): the figure's surname right before one of `after`, or one of `before` right before the figure's name,
 * is a public life (2 points).
 */
export const EPONYMS: Readonly<Record<'after' | 'before', readonly string[]>> = {
  after: ['institute', 'foundation', 'trust', 'prize', 'award', 'medal', 'lecture', 'institut', 'stiftung', 'preis', 'medaille', 'instituut', 'stichting', 'prijs', 'penning'],
  before: ['institute', 'institut', 'instituut', 'instituto', 'istituto', 'fondation', 'fundación', 'fundació', 'fondazione', 'stichting', 'prix', 'premio', 'prijs', 'médaille', 'medalla', 'medaglia'],
};

/**
 * A subject pronoun or auxiliary that opens a sentence whose birth word has no name before it ("He was born", "Hij
 * werd geboren op", "Era nato a", "Nació el"): the figure is the one named in the sentence before.
 */
export const SUBJECT_PRONOUNS: Table = {
  en: ['he', 'she', 'was', 'is'],
  de: ['er', 'sie', 'wurde', 'ist'],
  fr: ['il', 'elle', 'est', 'était'],
  es: ['él', 'ella', 'fue', 'había'],
  nl: ['hij', 'zij', 'ze', 'werd', 'is'],
  it: ['lui', 'lei', 'egli', 'ella', 'era', 'è', 'fu'],
};

/**
 * The last word of an institution or a prize named after a person ("Booker Prizes", "Jane Goodall Institute", "Hans
 * Christian Andersenprijs", "Friedrich-Ebert-Stiftung"): a name that ends in one is the institution's, not a person's
 * (public-role.ts). `words` stand alone after the name; `compounds` end a longer word (a surname "Preis" stays a name).
 */
export const INSTITUTION_ENDS: Readonly<Record<'words' | 'compounds', readonly string[]>> = {
  words: ['prize', 'prizes', 'award', 'awards', 'institute', 'foundation', 'lecture', 'lectures', 'medal', 'fellowship', 'fellowships', 'scholarship', 'scholarships'],
  compounds: ['preis', 'preises', 'prijs', 'stiftung', 'stichting', 'institut', 'instituut', 'medaille', 'penning'],
};
