/**
 * Words that say a capitalised run found by the name lists is not a person's data (person-context.ts): the text is a
 * biography of a historical figure, a question about a novel, the run is a company, a landmark, a saint's place, a
 * month. Lower case. Adding a language is adding an entry here.
 */
export interface NameContextWords {
  /** Past-tense life events of an encyclopaedic biography ("was born", "starb", "meurt", "nació", "overleed", "morì"). */
  biography: readonly string[];
  /** First-person possessives: a name right after one is the writer's own relative or colleague, whatever the text. */
  possessive: readonly string[];
  /** Words about a literary work or its characters ("novel", "Roman", "personnage", "novela", "romanzo"). */
  literature: readonly string[];
  /** Verbs that open a request for fiction ("Write a scene where...", "Schreib eine Geschichte, in der..."). */
  creative: readonly string[];
  /** After the work's noun in such a request: what happens in it ("a scene where", "eine Szene, in der"). */
  creativeLink: readonly string[];
  /**
   * Kinds of short fiction asked for ("short story", "Geschichte", "conte", "cuento", "verhaal", "racconto"): after a
   * creative verb, and followed by what the work is about (storyLink), the people named after it are its characters.
   */
  story: readonly string[];
  /** What such a work is about or who is in it ("about", "über", "sur", "sobre", "over", "su"). */
  storyLink: readonly string[];
  /**
   * Words that make such a "story" a record of a real person ("clinical", "Patient", "médicale", "clínica", "patiënt",
   * "clinica": "storia clinica", "historia clínica" are case histories): with one in the text, its names stay.
   */
  storyRecord: readonly string[];
  /**
   * Plural nouns for the characters of a work or franchise ("characters", "Figuren", "personnages"): next to a public or
   * after a capitalised title ("Sherlock Holmes characters") or before one after charactersOf ("personnages de Tintin"),
   * the names listed after it are that work's characters.
   */
  characters: readonly string[];
  /**
   * A character of a work by its singular noun, right before the name (a title between or none): "the cartoon character Mr
   * Bean", "Romanfigur Frau Holle", "le personnage de Maigret", "el personaje Don Quijote", "Fabeltjeskrant-figuur Meneer
   * de Uil", "il personaggio di Montalbano". German and Dutch compounds end in theirs ("Comicfigur", "tekenfilmfiguur").
   */
  character: readonly string[];
  /** Prepositions and articles between a character noun and its work's title ("from the", "aus", "de", "di", "uit"). */
  charactersOf: readonly string[];
  /** Words of trip planning ("itinerary", "Übernachtung", "séjour", "etapa", "reisschema", "tappa"): two make a travel text. */
  travel: readonly string[];
  /** Prepositions of place before a town or a sight ("in", "nach", "à", "en", "naar", "a"). */
  locative: readonly string[];
  /** Words joining alternatives or a list ("or", "and", "oder", "ou", "o", "of", "e"). */
  conjunction: readonly string[];
  /** Words of a parliamentary record or debate ("plenary", "Fraktion", "député", "diputada", "Kamerlid", "onorevole"): three make one. */
  parliament: readonly string[];
  /** Legal forms after a company name ("GmbH", "SARL", "B.V.", "S.L.", "S.p.A.", "Ltd"). */
  legalForm: readonly string[];
  /** Trade nouns before a name that make it a business ("Bäckerei", "Imprimerie du", "Transportes", "Drukkerij"). */
  businessBefore: readonly string[];
  /** Endings of compound trade nouns ("Transportbedrijf", "Autohandel", "Holzbau"): a word ending so is no name. */
  businessEnding: readonly string[];
  /** Words after a name, spaced or hyphenated, that make it an institution named after a person ("Koch-Institut"). */
  institution: readonly string[];
  /**
   * Endings of compound role, shift and department nouns ("Teamleitung", "Frühschicht", "Buitendienst"): a run with a word
   * ending so (after three letters or more) is a role or a unit, not a person. Compounding languages only.
   */
  roleEnding: readonly string[];
  /**
   * Public bodies named by their noun after an article ("the Court", "La Corte", "der Senat", "la Cour", "het Hof"): such a
   * run, article and noun alone and uncued, is the body.
   */
  bodyNoun: readonly string[];
  /** Articles before such a noun ("the", "der", "la", "el", "het", "il"). */
  bodyArticle: readonly string[];
  /** Last words of scores, scales and questionnaires named after a place or a person ("Oxford Knee Score", "Barthel-Index"). */
  measureAfter: readonly string[];
  /**
   * Ideas named after the scholar who put them forward ("Krashen's input hypothesis", "Maslow's hierarchy", "l'hypothèse de
   * Krashen", "die Theorie von Piaget"): the name in the genitive before one, or after one and its "of", is the idea's
   * namesake, a published author, not anyone's data. Nouns no one's own conduct is called by.
   */
  ideaNoun: readonly string[];
  /**
   * Weaker nouns of the same ("Lewis's lexical approach", "la méthode de Freinet"): said of anyone's way of working ("Tom's
   * approach to the client"), so they count only in a text that also names an idea by a noun of ideaNoun.
   */
  ideaWeak: readonly string[];
  /** Phrases before a country of manufacture ("made in", "fabriquée en", "hergestellt in"): the word after is the country. */
  madeIn: readonly string[];
  /**
   * JSON keys whose value is a place or an office of an organisation, not a person ("office", "branch", "depot",
   * "Filiale", "agence", "oficina", "vestiging", "ufficio"): a tracking or lookup tool's answer names its post office or
   * court there ("oficina": "Valencia CTA"). Letters only, lower case (json-keys.ts's normKey).
   */
  placeKey: readonly string[];
  /**
   * A transit noun right before a stop's or station's name ("metro Cruz del Rayo", "tube South Kensington", "métro
   * Louise Michel", "fermata Giulio Agricola", "halte Anne Frank"): the run is the stop, named after someone or not.
   */
  transitBefore: readonly string[];
  /** Institution acronyms that the name lists hold as names ("CHU", "NHS"): written in capitals, uncued, no person. */
  institutionAcronym: readonly string[];
  /**
   * Nouns of a room, hall or lecture theatre that stand before the name it carries ("Sala Volta", "salle Pasteur", "Aula
   * Magna", "Saal Beethoven", "zaal Rembrandt"): the run is the room. No one's name opens with one of them.
   */
  roomBefore: readonly string[];
  /**
   * The same nouns where they follow the name ("Whitworth Hall", "Turing Room"): the run is a room after "the", "in" or "at",
   * or in a text that names another room or building so ("(Whitworth Hall)" in a campus programme); "Jennifer Hall" alone stays.
   */
  roomAfter: readonly string[];
  /**
   * Endings of a compound room or hall noun written onto the name it carries ("Anne Frankzaal", "Beethovensaal"): a
   * run whose last word ends so (after three letters or more) is the room.
   */
  roomEnding: readonly string[];
  /**
   * Kinds of clinic or practice that open an institution's name ("Poliambulatorio San Luca", "Clinique Pasteur"):
   * a run whose first word is one is the institution, not a person. Only as the run's first word (not the word before it:
   * "in der Klinik Anna Weber getroffen" keeps its name).
   */
  institutionFirst: readonly string[];
  /**
   * Countries and regions after a company's name for its national branch ("Legrand France", "Ricoh Europe", "Brembo
   * Italia") that the country list leaves out because they are also given names (data/countries.ts) or are no CLDR
   * region: a pair that ends in one or in a country, and whose first word is no given name, is the company.
   */
  branchRegion: readonly string[];
  /**
   * Phrases that open a request for made-up people or for subject matter ("write a role-play", "Rollenspiel", "jeu de
   * rôle", "essay topics comparing ..."): in a short text with no possessive, the names in it are characters or public figures.
   * Not the words of a real exercise with real people ("essay questions" a pupil answered, "mise en situation" of a
   * job candidate, "oefengesprek" with a colleague). A skit or a short scene to be written ("saynète", "scenetta",
   * "a short scenario where") is fiction too (2026-12-05, held-out sets 56-60: a film's and a sitcom's characters).
   */
  fictionFrame: readonly string[];
  /**
   * Phrases that make a short request a class's or a reading group's study of a work ("discussion questions", "for a class
   * on", "questions pour une classe", "Lektürefragen", "club de lectura"): with no possessive and no other finding, its
   * names are the work's characters, its author and figures of its time; so are a reading lesson's inference questions, writing
   * prompts and character maps ("Schreibanlässe", "proposte di scrittura"). Not a lesson plan or a report, which name pupils.
   * Quiz and trivia questions ("Quizfragen", "preguntas tipo trivial", "quiz su") ask what is known of a work or its time
   * (2026-12-05, held-out sets 56-60: a novel's priest and mayor in a quiz evening); so do questions for a reading club
   * named without its article or preposition ("club lecture", "club lectura", "gruppo lettura").
   */
  studyFrame: readonly string[];
  /**
   * Marketing's made-up customers ("personas", "buyer persona", "klantpersona's"): a quoted name in the line after one
   * ("our personas: 'Sporty Sarah' (29, ...)") is a persona, not a customer (personas.ts). Only where the noun is not the
   * language's own word for people (Spanish "personas", Italian "persona"): read in the text's own language.
   */
  personaNoun: readonly string[];
  /** First words of place names: saints, geography, landmarks in the Romance languages ("Santa", "Sankt", "Monte", "Palazzo"). */
  placePrefix: readonly string[];
  /** Last words of landmark names ("Palace", "Tunnel", "Schloss", "Kasteel"); Romance languages put theirs first (placePrefix). */
  landmark: readonly string[];
  /** Weekday names and abbreviations (month names are in languages.ts): "Thu 4h", "Di 14 Uhr" are no names. */
  weekdays: readonly string[];
  /** Nouns that take a one-letter or numeric label ("Hall B", "Halle C", "Linie 3", "Padiglione A"). */
  labelNoun: readonly string[];
  /** Capitalised at a sentence start but never a name's first word: interjections and instruction verbs ("Ok", "Mach"). */
  leadingNonName: readonly string[];
  /**
   * The writer asking how to word something about someone ("how do I say", "comment dire", "cómo pongo"): with a health,
   * care or school word, such a question is about that person, not general knowledge.
   */
  howToWord: readonly string[];
  /**
   * The writer's own work of fiction or its people right after a possessive ("my short story", "meinem Krimi", "mon
   * polar", "mi novela", "mijn detective", "il mio giallo", "my villain"): its names and places are made up. Not the bare
   * "story"/"Geschichte"/"historia", which are also a life story, nor "script" (a prescription), "scenario" (a test
   * case), "pièce" (an identity document): the lists are read in every language.
   */
  ownWork: readonly string[];
  /**
   * Those ownWork words that are also adjectives before a noun ("ma nouvelle adresse" is my new address, "il mio cattivo
   * umore" my bad mood): they name a work only when no content word follows (person-context.ts ownWorkAt).
   */
  ownWorkAdjectives: readonly string[];
  /** Short words that may follow such a word in a sentence about the work ("ma nouvelle se passe", "il mio giallo è"). */
  ownWorkFollowers: readonly string[];
}

export const NAME_CONTEXT: Readonly<Record<'en' | 'de' | 'fr' | 'es' | 'nl' | 'it', NameContextWords>> = {
  en: {
    biography: ['was born', 'were born', 'died', 'married', 'was appointed', 'was elected', 'was educated', 'studied', 'founded', 'emigrated', 'was buried', 'was knighted', 'reigned', 'succeeded his', 'succeeded her', 'became'],
    possessive: ['my', 'our', "my late", 'our late'],
    literature: ['novel', 'novels', 'book', 'story', 'short story', 'scene', 'chapter', 'character', 'characters', 'play', 'poem', 'fiction', 'fan fiction', 'fanfic', 'plot', 'saga', 'tale', 'narrator', 'protagonist', 'heroine', 'hero'],
    creative: ['write', 'imagine', 'invent', 'continue', 'compose', 'tell', 'create', 'make up'],
    creativeLink: ['where', 'in which', 'wherein', 'about how'],
    story: ['story', 'stories', 'short story', 'bedtime story', 'tale', 'fairy tale', 'fable', 'poem', 'limerick', 'ballad', 'sketch', 'skit', 'scene', 'screenplay', 'anecdote', 'novel', 'comic', 'comic strip', 'cartoon'],
    storyLink: ['about', 'featuring', 'starring', 'where', 'in which', 'involving', 'with a', 'with an'],
    storyRecord: ['clinical', 'medical', 'patient', 'case history', 'incident', 'complaint'],
    character: ['character', 'fictional character', 'cartoon character'],
    characters: ['characters', 'cast'],
    charactersOf: ['from', 'from the', 'of', 'of the', 'in', 'in the'],
    travel: ['itinerary', 'trip', 'day trip', 'travel', 'nights', 'flight', 'flights', 'hotel', 'hotels', 'sightseeing', 'route', 'holiday', 'vacation', 'tour', 'museum', 'beach', 'beaches', 'restaurants', 'airport', 'tram', 'ferry', 'metro', 'train', 'tickets'],
    locative: ['in', 'at', 'to', 'near', 'from', 'via', 'around'],
    conjunction: ['or', 'and'],
    parliament: ['parliament', 'parliamentary', 'plenary', 'hansard', 'house of commons', 'house of lords', 'mp', 'mps', 'the speaker', 'madam speaker', 'mr speaker', 'hon. member', 'honourable member', 'right honourable', 'second reading', 'hear, hear', 'opposition benches', 'congress', 'senator', 'congresswoman', 'congressman'],
    legalForm: ['ltd', 'ltd.', 'limited', 'plc', 'llc', 'llp', 'inc', 'inc.', 'corp', 'corp.', 'co.', '& co', '& co.', '& sons', 'and sons'],
    businessBefore: ['hotel', 'restaurant', 'café', 'cafe', 'coffee', 'pub', 'bakery', 'garage', 'pharmacy', 'printers', 'builders', 'haulage'],
    businessEnding: [],
    institution: ['institute', 'foundation', 'trust', 'society', 'college', 'university', 'school', 'academy', 'museum', 'gallery', 'hospital', 'centre', 'center', 'prize', 'award', 'lecture', 'fund', 'library'],
    roleEnding: [],
    bodyNoun: ['court', 'tribunal', 'senate', 'council', 'parliament', 'commission', 'committee', 'board', 'government', 'ombudsman', 'assembly', 'chamber', 'cabinet'],
    bodyArticle: ['the'],
    measureAfter: ['score', 'scale', 'index', 'questionnaire', 'criteria', 'classification', 'inventory', 'grading', 'staging'],
    ideaNoun: ['hypothesis', 'theory', 'theorem', 'paradox', 'conjecture', 'hierarchy', 'taxonomy', 'equation', 'principle'],
    ideaWeak: ['approach', 'method', 'model', 'framework', 'cycle'],
    madeIn: ['made in', 'manufactured in', 'produced in', 'assembled in', 'designed in', 'printed in'],
    institutionAcronym: ['nhs', 'chu'],
    placeKey: ['office', 'postoffice', 'branch', 'depot', 'hub', 'facility', 'station', 'warehouse', 'court', 'venue', 'location', 'site', 'store', 'sortingcentre', 'sortingcenter', 'deliveryoffice', 'pickuppoint'],
    transitBefore: ['tube', 'metro', 'underground', 'overground', 'dlr', 'tram', 'station'],
    roomBefore: [],
    roomAfter: ['hall', 'room', 'suite', 'auditorium', 'lounge', 'wing', 'pavilion', 'quad'],
    roomEnding: [],
    institutionFirst: ['infirmary'],
    branchRegion: ['uk', 'usa', 'europe', 'emea', 'benelux', 'iberia', 'nordics', 'ireland', 'india', 'germany', 'france', 'holland'],
    fictionFrame: ['skit', 'short scenario where', 'scenario in which', 'comic sketch', 'role-play', 'role play', 'roleplay', 'role-playing', 'in the voice of', 'mock call', 'practice dialogue', 'sample dialogue', 'essay topics', 'essay prompts', 'essay titles', 'fictional', 'fictitious', 'made-up', 'made up', 'imaginary'],
    studyFrame: ['questions for the book club', 'questions for our book club', 'quiz questions', 'quiz on', 'quiz about', 'trivia questions', 'trivia quiz', 'pub quiz', 'discussion questions', 'study questions', 'reading questions', 'comprehension questions', 'book club questions', 'reading group questions', 'for a class on', 'for a lesson on', 'for a seminar on', 'for book club', 'study guide', 'reading guide', 'inference questions', 'retrieval questions', 'guided reading questions', 'writing prompts', 'character map'],
    personaNoun: ['persona', 'personas', 'buyer persona', 'buyer personas', 'user persona', 'user personas', 'customer persona', 'customer personas', 'marketing personas'],
    placePrefix: ['san', 'santa', 'santo', 'são', 'saint', 'st', 'st.', 'mount', 'lake', 'cape', 'port', 'fort', 'isle'],
    landmark: ['palace', 'castle', 'tunnel', 'tower', 'abbey', 'cathedral', 'chapel', 'bridge', 'fortress', 'harbour', 'harbor', 'lighthouse', 'canal', 'monument', 'gardens', 'island', 'islands', 'valley', 'mountains', 'gorge'],
    weekdays: ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'mon', 'tue', 'tues', 'wed', 'thu', 'thur', 'thurs', 'fri', 'sat', 'sun'],
    labelNoun: ['hall', 'line', 'gate', 'block', 'building', 'wing', 'ward', 'terminal', 'platform', 'room', 'level', 'phase', 'plan', 'option', 'type', 'zone', 'area', 'unit', 'bay', 'dock', 'site', 'stage', 'lot'],
    leadingNonName: ['ok', 'okay', 'yes', 'no', 'yeah', 'sure', 'thanks', 'please', 'make', 'write', 'give', 'turn', 'summarise', 'summarize', 'create', 'draft', 'list', 'translate', 'notice', 'outcome'],
    howToWord: ['how do i say', 'how do i note', 'how do i record', 'how do i flag', 'how do i document', 'how should i note', 'how should i record', 'how do i write', 'how do i put', 'how do i word', 'how do i phrase', 'how do i tell', 'how should i say', 'how should i write', 'how should i word', 'how can i say', 'how can i write', 'how to say', 'how to write', 'how to word', 'how to tell'],
    ownWork: ['novel', 'short story', 'novella', 'screenplay', 'thriller', 'mystery novel', 'crime novel', 'detective novel', 'whodunnit', 'manuscript', 'fan fiction', 'fanfic', 'villain', 'protagonist', 'heroine', 'antagonist', 'characters', 'fantasy novel'],
    ownWorkAdjectives: [],
    ownWorkFollowers: [],
  },
  de: {
    biography: ['geboren', 'geborene', 'starb', 'gestorben', 'heiratete', 'studierte', 'gründete', 'wurde', 'war ein', 'war eine', 'wirkte', 'emigrierte', 'beigesetzt', 'regierte'],
    possessive: ['mein', 'meine', 'meinen', 'meinem', 'meiner', 'unser', 'unsere', 'unseren', 'unserem', 'unserer'],
    literature: ['roman', 'romans', 'buch', 'erzählung', 'novelle', 'szene', 'kapitel', 'figur', 'figuren', 'drama', 'theaterstück', 'gedicht', 'märchen', 'geschichte', 'handlung', 'protagonist', 'protagonistin', 'erzähler', 'heldin', 'held'],
    creative: ['schreib', 'schreibe', 'erfinde', 'dichte', 'setze fort', 'erzähl', 'erzähle', 'erstelle'],
    creativeLink: ['in der', 'in dem', 'worin', 'wo'],
    story: ['geschichte', 'kurzgeschichte', 'gutenachtgeschichte', 'erzählung', 'märchen', 'fabel', 'gedicht', 'anekdote', 'sketch', 'szene', 'drehbuch', 'comic', 'comicgeschichte', 'bildergeschichte'],
    storyLink: ['über', 'von einem', 'von einer', 'mit einem', 'mit einer', 'um einen', 'um eine', 'in der', 'in dem', 'worin'],
    storyRecord: ['patient', 'patientin', 'klinisch', 'klinische', 'medizinisch', 'medizinische', 'vorfall', 'beschwerde'],
    character: ['figur', 'romanfigur', 'kunstfigur', 'comicfigur', 'märchenfigur', 'filmfigur', 'serienfigur'],
    characters: ['figuren', 'charaktere', 'romanfiguren'],
    charactersOf: ['aus', 'aus dem', 'aus der', 'von', 'in'],
    travel: ['reise', 'reiseplan', 'urlaub', 'ausflug', 'tagesausflug', 'übernachtung', 'übernachtungen', 'nächte', 'flug', 'hotel', 'hotels', 'route', 'rundreise', 'sehenswürdigkeiten', 'strand', 'restaurants', 'flughafen', 'etappe', 'etappen', 'wanderung', 'zug', 'fahrkarten'],
    locative: ['in', 'nach', 'bei', 'ab', 'über'],
    conjunction: ['oder', 'und'],
    parliament: ['bundestag', 'landtag', 'plenum', 'plenarprotokoll', 'plenarsitzung', 'abgeordnete', 'abgeordneter', 'abgeordneten', 'fraktion', 'beifall', 'zuruf', 'zwischenruf', 'aussprache', 'drucksache'],
    legalForm: ['gmbh', 'ag', 'kg', 'ohg', 'gbr', 'ug', 'e.v.', 'ev', 'eg', 'se', 'gmbh & co. kg', '& co', '& co.', '& söhne', 'und söhne'],
    businessBefore: ['hotel', 'gasthof', 'gasthaus', 'restaurant', 'café', 'kaffee', 'bäckerei', 'metzgerei', 'konditorei', 'apotheke', 'autohaus', 'weingut', 'druckerei', 'spedition', 'brauerei', 'praxis für', 'grundschule', 'gemeinschaftsschule', 'stadion'],
    businessEnding: ['bau', 'handel', 'technik', 'service', 'transporte', 'logistik', 'werk', 'werke', 'verlag', 'gruppe'],
    institution: ['institut', 'stiftung', 'verlag', 'gesellschaft', 'schule', 'gymnasium', 'realschule', 'gesamtschule', 'grundschule', 'universität', 'hochschule', 'akademie', 'museum', 'klinik', 'klinikum', 'krankenhaus', 'preis', 'zentrum', 'bibliothek', 'kaserne', 'stadion'],
    roleEnding: ['leitung', 'schicht', 'abteilung', 'vertretung', 'bereitschaft', 'sachbearbeitung', 'disposition'],
    bodyNoun: ['gericht', 'senat', 'rat', 'kammer', 'kommission', 'ausschuss', 'regierung', 'parlament', 'bundestag', 'bundesrat', 'verfassungsgericht', 'bundesverfassungsgericht', 'vorstand'],
    bodyArticle: ['der', 'die', 'das', 'dem', 'den', 'des'],
    measureAfter: ['score', 'skala', 'index', 'fragebogen', 'klassifikation', 'kriterien'],
    ideaNoun: ['hypothese', 'theorie', 'theorem', 'paradoxon', 'bedürfnispyramide', 'taxonomie', 'gleichung', 'prinzip'],
    ideaWeak: ['ansatz', 'methode', 'modell', 'pädagogik', 'konzept'],
    madeIn: ['made in', 'hergestellt in', 'gefertigt in', 'produziert in', 'entworfen in'],
    institutionAcronym: [],
    placeKey: ['filiale', 'standort', 'lager', 'depot', 'zweigstelle', 'geschaeftsstelle', 'geschäftsstelle', 'gericht', 'postfiliale', 'paketzentrum', 'zustellbasis', 'abholstelle', 'dienststelle'],
    transitBefore: ['bahn', 'haltestelle', 'station', 'tram', 'metro', 'bahnhof'],
    roomBefore: ['saal', 'hörsaal', 'aula', 'auditorium', 'raum'],
    roomAfter: [],
    roomEnding: ['saal'],
    institutionFirst: ['klinik', 'praxis', 'tagesklinik', 'ärztehaus', 'zahnarztpraxis', 'gemeinschaftspraxis', 'sanatorium'],
    branchRegion: ['europa', 'dach', 'deutschland'],
    fictionFrame: ['sketch', 'szene, in der', 'kurze szene', 'rollenspiel', 'rollenspiels', 'mit der stimme von', 'in der rolle von', 'übungsdialog', 'aufsatzthemen', 'erörterungsthemen', 'themen für einen aufsatz', 'fiktiv', 'fiktive', 'fiktiven', 'fiktiver', 'fiktives', 'erfunden', 'erfundene', 'erfundenen', 'erfundener', 'ausgedachte', 'ausgedachten'],
    studyFrame: ['fragen für den lesekreis', 'fragen für den buchclub', 'quizfragen', 'quiz über', 'quiz zu', 'quiz zum', 'quiz zur', 'ratefragen', 'diskussionsfragen', 'lektürefragen', 'fragen zur lektüre', 'verständnisfragen', 'fragen für den unterricht', 'fragen für eine klasse', 'für eine unterrichtsstunde über', 'für den literaturkreis', 'für den lesekreis', 'für den buchclub', 'lektürehilfe', 'leseleitfaden', 'schreibanlässe', 'schreibanlass', 'figurenschaubild', 'figurenkonstellation', 'lesetagebuch'],
    personaNoun: ['persona', 'personas', 'buyer persona', 'buyer personas', 'kundenpersona', 'kundenpersonas', 'zielgruppen-persona', 'zielgruppen-personas', 'nutzerpersona', 'nutzerpersonas'],
    placePrefix: ['sankt', 'st', 'st.', 'bad', 'sint'],
    landmark: ['schloss', 'palast', 'turm', 'tunnel', 'kloster', 'kapelle', 'festung', 'brücke', 'insel', 'gebirge'],
    weekdays: ['montag', 'dienstag', 'mittwoch', 'donnerstag', 'freitag', 'samstag', 'sonnabend', 'sonntag', 'mo', 'di', 'mi', 'do', 'fr', 'sa', 'so'],
    labelNoun: ['halle', 'linie', 'tor', 'block', 'bau', 'gebäude', 'haus', 'trakt', 'flügel', 'zone', 'gleis', 'raum', 'saal', 'ebene', 'phase', 'variante', 'typ', 'bereich', 'lager', 'werk', 'schicht', 'station'],
    leadingNonName: ['ok', 'okay', 'ja', 'nein', 'danke', 'bitte', 'mach', 'mache', 'schreib', 'schreibe', 'gib', 'erstelle', 'erstell', 'fass', 'fasse', 'formuliere', 'übersetze', 'prüfe', 'liste', 'hinweis', 'bescheid', 'votum'],
    howToWord: ['wie sage ich', 'wie dokumentiere ich', 'wie vermerke ich', 'wie notiere ich', 'wie schreibe ich', 'wie formuliere ich', 'wie erkläre ich', 'wie bringe ich', 'wie sag ich', 'wie schreib ich', 'wie kann ich sagen', 'wie kann ich schreiben', 'wie formuliert man', 'wie schreibt man'],
    ownWork: ['roman', 'krimi', 'kurzgeschichte', 'novelle', 'drehbuch', 'thriller', 'manuskript', 'bösewicht', 'bösewichts', 'protagonist', 'protagonistin', 'heldin', 'romanfigur', 'romanfiguren', 'theaterstück', 'fantasyroman', 'kriminalroman'],
    ownWorkAdjectives: [],
    ownWorkFollowers: [],
  },
  fr: {
    biography: ['est né', 'est née', 'naît', 'naquit', 'meurt', 'mourut', 'est mort', 'est morte', 'décède', 'décédé', 'épouse', 'épousa', 'fonde', 'fonda', 'fut', 'devient', 'devint', 'étudie', 'étudia'],
    possessive: ['mon', 'ma', 'mes', 'notre', 'nos', 'feu mon', 'feue ma'],
    literature: ['roman', 'romans', 'livre', 'récit', 'nouvelle', 'scène', 'chapitre', 'personnage', 'personnages', 'pièce', 'poème', 'conte', 'intrigue', 'narrateur', 'héros', 'héroïne', 'œuvre', 'oeuvre'],
    creative: ['écris', 'écrivez', 'imagine', 'invente', 'rédige', 'raconte', 'racontez', 'crée', 'créez'],
    creativeLink: ['où', 'dans laquelle', 'dans lequel'],
    story: ['histoire', 'petite histoire', 'nouvelle', 'conte', 'fable', 'poème', 'récit', 'anecdote', 'sketch', 'scène', 'scénario', 'bande dessinée', 'bd'],
    storyLink: ['sur', 'à propos de', 'autour de', "d'un", "d'une", 'd’un', 'd’une', 'avec un', 'avec une', 'mettant en scène', 'où', 'dans laquelle', 'dans lequel'],
    storyRecord: ['patient', 'patiente', 'clinique', 'médicale', 'médical', 'incident', 'réclamation'],
    character: ['personnage', 'personnage de fiction'],
    characters: ['personnages'],
    charactersOf: ['de', 'du', 'des', "d'", 'd’', 'de la'],
    travel: ['voyage', 'séjour', 'itinéraire', 'excursion', 'nuits', 'nuit', 'vol', 'hôtel', 'hôtels', 'visite', 'visites', 'plage', 'plages', 'restaurants', 'aéroport', 'étape', 'étapes', 'randonnée', 'vacances', 'métro', 'train', 'billets'],
    locative: ['à', 'en', 'vers', 'près de', 'depuis'],
    conjunction: ['ou', 'et'],
    parliament: ['assemblée nationale', 'sénat', 'hémicycle', 'député', 'députée', 'députés', 'sénateur', 'sénatrice', 'groupe parlementaire', 'applaudissements', 'exclamations', 'séance publique'],
    legalForm: ['sarl', 'sas', 'sasu', 'sa', 'eurl', 'snc', 'sci', 'scop', 's.a.', 's.a.r.l.', '& fils', 'et fils', '& cie', 'et cie'],
    businessBefore: ['hôtel', 'hotel', 'restaurant', 'café', 'brasserie', 'boulangerie', 'pâtisserie', 'boucherie', 'pharmacie', 'imprimerie', 'garage', 'transports', 'librairie', 'éditions', 'maison', 'domaine', 'château', 'cabinet', 'menuiserie', 'plomberie', 'école primaire', 'école élémentaire', 'école maternelle', 'groupe scolaire', 'collège', 'lycée', 'stade', 'gymnase', 'médiathèque'],
    businessEnding: [],
    institution: ['institut', 'fondation', 'lycée', 'collège', 'université', 'école', 'musée', 'hôpital', 'centre', 'prix', 'bibliothèque'],
    roleEnding: [],
    bodyNoun: ['cour', 'tribunal', 'sénat', 'conseil', 'assemblée', 'commission', 'comité', 'gouvernement', 'chambre', 'parlement', 'défenseure', 'défenseur'],
    bodyArticle: ['la', 'le', 'les', "l'", 'l’'],
    measureAfter: ['score', 'index', 'questionnaire'],
    ideaNoun: ['hypothèse', 'théorie', 'théorème', 'paradoxe', 'conjecture', 'pyramide', 'taxonomie', 'équation', 'principe'],
    ideaWeak: ['approche', 'méthode', 'modèle', 'pédagogie', 'cycle'],
    madeIn: ['fabriqué en', 'fabriquée en', 'fabriqués en', 'fabriquées en', 'conçu en', 'conçue en', 'produit en', 'produite en', 'assemblé en', 'assemblée en', 'made in'],
    institutionAcronym: ['chu', 'chru', 'chr', 'cpp', 'ehpad'],
    placeKey: ['agence', 'bureau', 'bureaudeposte', 'entrepot', 'entrepôt', 'depot', 'dépôt', 'site', 'tribunal', 'centredetri', 'pointrelais', 'juridiction'],
    transitBefore: ['métro', 'metro', 'station', 'arrêt', 'rer', 'tram', 'gare'],
    roomBefore: ['salle', 'amphi', 'amphithéâtre', 'auditorium', 'espace'],
    roomAfter: [],
    roomEnding: [],
    institutionFirst: ['clinique', 'polyclinique', 'cabinet'],
    branchRegion: ['france', 'europe', 'benelux'],
    fictionFrame: ['saynète', 'sketch', 'petite scène', 'jeu de rôle', 'jeu de rôles', 'avec la voix de', 'avec la voix du', 'dans la peau de', 'dans la peau du', 'jeux de rôle', 'sujets de dissertation', 'sujets de rédaction', "sujets d'essai", 'fictif', 'fictive', 'fictifs', 'fictives', 'imaginaire', 'imaginaires'],
    studyFrame: ['club lecture', 'questions pour le club', 'questions de quiz', 'quiz sur', 'questions de culture générale', 'questions de discussion', 'questions de lecture', 'questions de compréhension', 'questions pour une classe', 'questions pour la classe', 'pour un cours sur', 'pour une séance sur', 'pour le club de lecture', 'fiche de lecture', 'guide de lecture', "questions d'inférence", 'questions d’inférence', "sujets d'écriture", 'sujets d’écriture', 'carte des personnages', 'rallye lecture'],
    personaNoun: ['persona', 'personas', 'buyer persona', 'buyer personas', 'personas marketing', 'persona client', 'personas clients'],
    placePrefix: ['saint', 'sainte', 'st', 'ste', 'mont', 'lac', 'île', 'cap', 'port', 'fort', 'san', 'santa', 'château', 'palais', 'cathédrale', 'abbaye', 'pont'],
    landmark: [],
    weekdays: ['lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi', 'dimanche', 'lun', 'mar', 'mer', 'jeu', 'ven', 'sam', 'dim'],
    labelNoun: ['hall', 'bâtiment', 'salle', 'porte', 'zone', 'quai', 'niveau', 'aile', 'bloc', 'option', 'type', 'ligne', 'atelier', 'secteur'],
    leadingNonName: ['ok', 'oui', 'non', 'merci', 'fais', 'faites', 'écris', 'écrivez', 'donne', 'donnez', 'résume', 'résumez', 'rédige', 'rédigez', 'traduis', 'liste', 'crée', 'avis', 'objet', 'décision'],
    howToWord: ['comment dire', 'comment noter', 'comment signaler', 'comment indiquer', 'comment consigner', 'comment je note', 'comment je signale', 'comment écrire', 'comment formuler', 'comment expliquer', 'comment annoncer', 'comment mettre', 'comment je dis', 'comment je mets', 'comment je formule', 'comment j\'écris'],
    ownWork: ['roman', 'polar', 'nouvelle', 'thriller', 'manuscrit', 'méchant', 'méchante', 'héroïne', 'protagoniste', 'personnages', 'roman policier', 'conte'],
    ownWorkAdjectives: ['nouvelle', 'méchant', 'méchante'],
    ownWorkFollowers: ['elle', 'une', 'les', 'qui', 'est', 'commence', 'raconte', 'parle', 'finit'],
  },
  es: {
    biography: ['nació', 'murió', 'falleció', 'se casó', 'casó', 'estudió', 'fundó', 'fue un', 'fue una', 'fue', 'se trasladó', 'emigró', 'reinó', 'fue enterrado', 'fue enterrada', 'fue fusilado', 'fue fusilada'],
    possessive: ['mi', 'mis', 'nuestro', 'nuestra', 'nuestros', 'nuestras'],
    literature: ['novela', 'novelas', 'libro', 'cuento', 'relato', 'escena', 'capítulo', 'personaje', 'personajes', 'obra', 'poema', 'drama', 'trama', 'narrador', 'protagonista', 'héroe', 'heroína'],
    creative: ['escribe', 'imagina', 'inventa', 'redacta', 'cuenta', 'cuéntame', 'crea', 'escríbeme'],
    creativeLink: ['donde', 'en la que', 'en el que', 'en que'],
    story: ['historia', 'cuento', 'relato', 'fábula', 'poema', 'anécdota', 'sketch', 'escena', 'guion', 'guión', 'cómic', 'historieta', 'tira cómica'],
    storyLink: ['sobre', 'acerca de', 'de un', 'de una', 'con un', 'con una', 'protagonizado por', 'protagonizada por', 'donde', 'en la que', 'en el que'],
    storyRecord: ['paciente', 'clínica', 'clínico', 'médica', 'médico', 'incidente', 'reclamación'],
    character: ['personaje', 'personaje de ficción'],
    characters: ['personajes'],
    charactersOf: ['de', 'del', 'de la', 'de los'],
    travel: ['viaje', 'itinerario', 'excursión', 'noches', 'noche', 'vuelo', 'hotel', 'hoteles', 'albergue', 'albergues', 'pensiones', 'etapa', 'etapas', 'playa', 'playas', 'restaurantes', 'aeropuerto', 'ruta', 'vacaciones', 'camino', 'metro', 'tren', 'billetes'],
    locative: ['en', 'a', 'desde', 'hasta', 'hacia'],
    conjunction: ['o', 'y', 'e', 'u'],
    parliament: ['congreso', 'senado', 'diputado', 'diputada', 'diputados', 'senador', 'senadora', 'grupo parlamentario', 'aplausos', 'señorías', 'diario de sesiones'],
    legalForm: ['s.l.', 'sl', 's.l.u.', 'slu', 's.a.', 'sa', 's.a.u.', 'sau', 's.coop.', 's.c.', 'e hijos', '& hijos', 'y cía', 'y cia'],
    businessBefore: ['hotel', 'hostal', 'restaurante', 'bar', 'café', 'cafetería', 'taberna', 'bodega', 'bodegas', 'panadería', 'farmacia', 'imprenta', 'transportes', 'talleres', 'taller', 'librería', 'editorial', 'casa', 'mesón', 'pensión', 'albergue', 'parador', 'colegio', 'ceip', 'ies', 'escuela infantil', 'estadio', 'polideportivo'],
    businessEnding: [],
    institution: ['instituto', 'fundación', 'colegio', 'universidad', 'escuela', 'museo', 'hospital', 'centro', 'premio', 'biblioteca'],
    roleEnding: [],
    bodyNoun: ['corte', 'tribunal', 'senado', 'consejo', 'congreso', 'comisión', 'comité', 'gobierno', 'audiencia', 'parlamento', 'defensor', 'defensora'],
    bodyArticle: ['el', 'la', 'los', 'las'],
    measureAfter: ['score', 'índice', 'cuestionario'],
    ideaNoun: ['hipótesis', 'teoría', 'teorema', 'paradoja', 'conjetura', 'pirámide', 'taxonomía', 'ecuación', 'principio'],
    ideaWeak: ['enfoque', 'método', 'modelo', 'pedagogía', 'ciclo'],
    madeIn: ['fabricado en', 'fabricada en', 'hecho en', 'hecha en', 'producido en', 'producida en', 'diseñado en', 'made in'],
    institutionAcronym: [],
    placeKey: ['oficina', 'sucursal', 'centro', 'almacen', 'almacén', 'delegacion', 'delegación', 'tribunal', 'juzgado', 'sede', 'centrodeclasificacion', 'oficinadecorreos', 'puntoderecogida'],
    transitBefore: ['metro', 'estación', 'parada', 'cercanías', 'tranvía'],
    roomBefore: ['sala', 'salón', 'aula', 'auditorio', 'paraninfo'],
    roomAfter: [],
    roomEnding: [],
    institutionFirst: ['clínica', 'policlínica', 'consultorio', 'sanatorio'],
    branchRegion: ['españa', 'europa', 'iberia', 'iberica', 'ibérica'],
    fictionFrame: ['sketch', 'sainete', 'escena breve', 'juego de rol', 'juego de roles', 'con la voz de', 'con la voz del', 'en la piel de', 'en la piel del', 'role-play', 'temas de redacción', 'temas de ensayo', 'temas para una redacción', 'temas para un ensayo', 'ficticio', 'ficticia', 'ficticios', 'ficticias', 'imaginario', 'imaginaria', 'inventado', 'inventada'],
    studyFrame: ['club lectura', 'preguntas para el club', 'preguntas tipo trivial', 'preguntas de trivial', 'preguntas de trivia', 'quiz sobre', 'trivial sobre', 'preguntas de debate', 'preguntas de lectura', 'preguntas de comprensión', 'preguntas para una clase', 'preguntas para la clase', 'para una clase sobre', 'para el club de lectura', 'guía de lectura', 'ficha de lectura', 'preguntas de inferencia', 'propuestas de escritura', 'mapa de personajes'],
    personaNoun: ['buyer persona', 'buyer personas', 'user persona', 'user personas', 'arquetipo de cliente', 'arquetipos de cliente', 'perfil de cliente ideal'],
    placePrefix: ['san', 'santa', 'santo', 'puerto', 'playa', 'cabo', 'sierra', 'río', 'rio', 'lago', 'isla', 'monte', 'villa de', 'valle', 'torre', 'palacio', 'castillo', 'catedral', 'monasterio', 'ermita', 'alcázar', 'túnel', 'puente', 'fortaleza'],
    landmark: [],
    weekdays: ['lunes', 'martes', 'miércoles', 'miercoles', 'jueves', 'viernes', 'sábado', 'sabado', 'domingo', 'lun', 'mar', 'mié', 'mie', 'jue', 'vie', 'sáb', 'sab', 'dom'],
    labelNoun: ['nave', 'puerta', 'bloque', 'edificio', 'zona', 'sala', 'andén', 'planta', 'nivel', 'opción', 'tipo', 'línea', 'pabellón', 'módulo', 'sector'],
    leadingNonName: ['ok', 'vale', 'sí', 'si', 'no', 'gracias', 'haz', 'hazme', 'escribe', 'dame', 'danos', 'resume', 'resúmelo', 'redacta', 'traduce', 'crea', 'lista', 'perfecto', 'aviso', 'dictamen'],
    howToWord: ['cómo pongo', 'cómo anoto', 'cómo registro', 'cómo indico', 'cómo señalo', 'cómo documento', 'como anoto', 'como registro', 'como indico', 'cómo digo', 'cómo escribo', 'cómo redacto', 'cómo explico', 'cómo formulo', 'cómo decir', 'cómo escribir', 'cómo redactar', 'cómo poner', 'como pongo', 'como digo', 'como escribo', 'como redacto'],
    ownWork: ['novela', 'cuento', 'guion', 'guión', 'thriller', 'manuscrito', 'villano', 'villana', 'protagonista', 'personajes', 'novela negra', 'novela policiaca', 'obra de teatro'],
    ownWorkAdjectives: [],
    ownWorkFollowers: [],
  },
  nl: {
    biography: ['werd geboren', 'geboren', 'overleed', 'stierf', 'trouwde', 'huwde', 'studeerde', 'richtte', 'werd', 'was de', 'was een', 'emigreerde', 'begraven', 'promoveerde'],
    possessive: ['mijn', 'ons', 'onze', 'wijlen mijn'],
    literature: ['roman', 'romans', 'boek', 'verhaal', 'novelle', 'scène', 'hoofdstuk', 'personage', 'personages', 'toneelstuk', 'gedicht', 'sprookje', 'plot', 'verteller', 'hoofdpersoon', 'held', 'heldin'],
    creative: ['schrijf', 'verzin', 'bedenk', 'vertel', 'maak'],
    creativeLink: ['waarin', 'waar'],
    story: ['verhaal', 'verhaaltje', 'kort verhaal', 'sprookje', 'fabel', 'gedicht', 'anekdote', 'sketch', 'scène', 'scenario', 'strip', 'stripverhaal', 'stripverhaaltje', 'stripje'],
    storyLink: ['over', 'van een', 'met een', 'waarin', 'waar'],
    storyRecord: ['patiënt', 'patient', 'klinisch', 'klinische', 'medisch', 'medische', 'incident', 'klacht'],
    character: ['personage', 'figuur', 'tekenfilmfiguur', 'stripfiguur'],
    characters: ['personages', 'figuren'],
    charactersOf: ['uit', 'uit de', 'uit het', 'van', 'van de'],
    travel: ['reis', 'reisschema', 'vakantie', 'dagtocht', 'uitstap', 'nachten', 'nacht', 'vlucht', 'hotel', 'hotels', 'route', 'strand', 'stranden', 'restaurants', 'vliegveld', 'etappe', 'etappes', 'bezienswaardigheden', 'wandeling', 'metro', 'trein', 'kaartjes'],
    locative: ['in', 'naar', 'te', 'bij', 'via'],
    conjunction: ['of', 'en'],
    parliament: ['tweede kamer', 'eerste kamer', 'plenaire', 'handelingen', 'kamerlid', 'kamerleden', 'fractie', 'interruptie', 'kamervoorzitter'],
    legalForm: ['b.v.', 'bv', 'n.v.', 'nv', 'v.o.f.', 'vof', 'c.v.', 'cv', '& zn', '& zn.', '& zonen', 'en zonen'],
    businessBefore: ['hotel', 'restaurant', 'café', 'eetcafé', 'koffie', 'bakkerij', 'slagerij', 'apotheek', 'drukkerij', 'garage', 'boekhandel', 'uitgeverij', 'kwekerij', 'boerderij', 'brouwerij', 'pension', 'basisschool', 'obs', 'cbs', 'sporthal'],
    businessEnding: ['bedrijf', 'bedrijven', 'handel', 'bouw', 'groep', 'diensten', 'service', 'techniek', 'transport', 'logistiek', 'installatie'],
    institution: ['instituut', 'stichting', 'school', 'college', 'lyceum', 'gymnasium', 'universiteit', 'hogeschool', 'academie', 'museum', 'ziekenhuis', 'prijs', 'fonds', 'bibliotheek', 'kazerne'],
    roleEnding: ['leiding', 'afdeling', 'ploeg', 'dienst', 'coördinatie'],
    bodyNoun: ['hof', 'rechtbank', 'raad', 'senaat', 'kamer', 'commissie', 'regering', 'parlement', 'ombudsman'],
    bodyArticle: ['de', 'het'],
    measureAfter: ['score', 'schaal', 'index', 'vragenlijst', 'classificatie'],
    ideaNoun: ['hypothese', 'theorie', 'paradox', 'piramide', 'taxonomie', 'principe'],
    ideaWeak: ['aanpak', 'methode', 'model', 'pedagogiek', 'cyclus'],
    madeIn: ['gemaakt in', 'geproduceerd in', 'vervaardigd in', 'ontworpen in', 'made in'],
    institutionAcronym: [],
    placeKey: ['kantoor', 'filiaal', 'vestiging', 'depot', 'locatie', 'magazijn', 'rechtbank', 'sorteercentrum', 'postkantoor', 'afhaalpunt'],
    transitBefore: ['metro', 'station', 'halte', 'metrostation', 'tramhalte', 'bushalte'],
    roomBefore: ['zaal', 'aula', 'auditorium'],
    roomAfter: [],
    roomEnding: ['zaal'],
    institutionFirst: ['kliniek', 'polikliniek', 'praktijk', 'huisartsenpraktijk', 'gezondheidscentrum'],
    branchRegion: ['nederland', 'holland', 'benelux', 'europa'],
    fictionFrame: ['sketch', 'toneelstukje', 'korte scène', 'rollenspel', 'met de stem van', 'in de huid van', 'opstelonderwerpen', 'onderwerpen voor een opstel', 'essayonderwerpen', 'fictief', 'fictieve', 'verzonnen', 'denkbeeldig', 'denkbeeldige'],
    studyFrame: ['vragen voor de leesclub', 'quizvragen', 'quiz over', 'pubquiz', 'discussievragen', 'leesvragen', 'begripsvragen', 'vragen voor een klas', 'vragen voor de klas', 'voor een les over', 'voor de leesclub', 'voor de boekenclub', 'voor de leeskring', 'leesgids', 'inferentievragen', 'schrijfopdrachten', 'personagekaart'],
    personaNoun: ['persona', "persona's", 'personas', 'buyer persona', "buyer persona's", 'klantpersona', "klantpersona's", 'doelgroeppersona', "doelgroeppersona's"],
    placePrefix: ['sint', 'st', 'st.', 'den', "'s"],
    landmark: ['paleis', 'kasteel', 'tunnel', 'kathedraal', 'abdij', 'eiland'],
    weekdays: ['maandag', 'dinsdag', 'woensdag', 'donderdag', 'vrijdag', 'zaterdag', 'zondag', 'ma', 'di', 'wo', 'do', 'vr', 'za', 'zo'],
    labelNoun: ['hal', 'gebouw', 'blok', 'zone', 'poort', 'perron', 'zaal', 'vleugel', 'optie', 'type', 'lijn', 'dock', 'loods', 'afdeling', 'fase'],
    leadingNonName: ['ok', 'oké', 'ja', 'nee', 'bedankt', 'dank', 'maak', 'schrijf', 'geef', 'vat', 'zet', 'vertaal', 'stel', 'perfect', 'advies', 'besluit'],
    howToWord: ['hoe zeg ik', 'hoe noteer ik', 'hoe registreer ik', 'hoe vermeld ik', 'hoe geef ik aan', 'hoe leg ik vast', 'hoe schrijf ik', 'hoe formuleer ik', 'hoe verwoord ik', 'hoe leg ik uit', 'hoe vertel ik', 'hoe zet ik', 'hoe kan ik zeggen', 'hoe kan ik schrijven'],
    ownWork: ['roman', 'detective', 'detectiveroman', 'thriller', 'kort verhaal', 'novelle', 'manuscript', 'schurk', 'hoofdpersoon', 'personages', 'toneelstuk', 'misdaadroman'],
    ownWorkAdjectives: [],
    ownWorkFollowers: [],
  },
  it: {
    biography: ['nacque', 'è nato', 'è nata', 'morì', 'è morto', 'è morta', 'sposò', 'si sposò', 'studiò', 'fondò', 'fu', 'è stato', 'è stata', 'divenne', 'si trasferì', 'emigrò', 'fu sepolto', 'fu sepolta', 'regnò'],
    possessive: ['mio', 'mia', 'miei', 'mie', 'nostro', 'nostra', 'nostri', 'nostre'],
    literature: ['romanzo', 'romanzi', 'libro', 'racconto', 'novella', 'scena', 'capitolo', 'personaggio', 'personaggi', 'opera', 'poesia', 'poema', 'commedia', 'dramma', 'trama', 'narratore', 'protagonista', 'eroe', 'eroina'],
    creative: ['scrivi', 'immagina', 'inventa', 'componi', 'racconta', 'raccontami', 'crea', 'scrivimi'],
    creativeLink: ['in cui', 'dove', 'nella quale', 'nel quale'],
    story: ['storia', 'storiella', 'racconto', 'favola', 'fiaba', 'poesia', 'aneddoto', 'sketch', 'scena', 'sceneggiatura', 'novella', 'fumetto', 'striscia'],
    storyLink: ['su', 'sul', 'sulla', 'sullo', 'di un', 'di una', 'di uno', 'con un', 'con una', 'con protagonista', 'in cui', 'dove'],
    storyRecord: ['paziente', 'clinica', 'clinico', 'medica', 'medico', 'incidente', 'reclamo'],
    character: ['personaggio', 'personaggio di fantasia'],
    characters: ['personaggi'],
    charactersOf: ['di', 'del', 'della', 'dei', 'da', 'de'],
    travel: ['viaggio', 'itinerario', 'gita', 'escursione', 'notti', 'notte', 'volo', 'hotel', 'albergo', 'alberghi', 'spiagge', 'spiaggia', 'mare', 'borghi', 'ristoranti', 'trattorie', 'aeroporto', 'tappa', 'tappe', 'vacanza', 'vacanze', 'metro', 'treno', 'biglietti'],
    locative: ['a', 'in', 'verso', 'vicino a'],
    conjunction: ['o', 'e', 'oppure'],
    parliament: ['camera dei deputati', 'senato', 'deputato', 'deputata', 'deputati', 'senatore', 'senatrice', 'onorevole', 'gruppo parlamentare', 'applausi', 'resoconto stenografico'],
    legalForm: ['s.p.a.', 'spa', 's.r.l.', 'srl', 's.r.l.s.', 'srls', 's.n.c.', 'snc', 's.a.s.', 'sas', 'e figli', '& figli', 's.c.', 'onlus'],
    businessBefore: ['hotel', 'albergo', 'ristorante', 'trattoria', 'osteria', 'pizzeria', 'bar', 'caffè', 'pasticceria', 'panificio', 'macelleria', 'farmacia', 'tipografia', 'trasporti', 'officina', 'libreria', 'cantina', 'cantine', 'agriturismo', 'masseria', 'pensione', 'scuola primaria', 'scuola elementare', 'scuola media', 'scuola secondaria', 'scuola dell\'infanzia', 'liceo', 'istituto comprensivo', 'stadio', 'palazzetto'],
    businessEnding: [],
    institution: ['istituto', 'fondazione', 'liceo', 'scuola', 'università', 'accademia', 'museo', 'ospedale', 'policlinico', 'centro', 'premio', 'biblioteca'],
    roleEnding: [],
    bodyNoun: ['corte', 'tribunale', 'senato', 'consiglio', 'camera', 'commissione', 'comitato', 'governo', 'parlamento', 'consulta', 'garante'],
    bodyArticle: ['la', 'il', 'lo', "l'", 'l’'],
    measureAfter: ['score', 'indice', 'questionario', 'scala'],
    ideaNoun: ['ipotesi', 'teoria', 'teorema', 'paradosso', 'congettura', 'piramide', 'tassonomia', 'equazione', 'principio'],
    ideaWeak: ['approccio', 'metodo', 'modello', 'pedagogia', 'ciclo'],
    madeIn: ['prodotto in', 'prodotta in', 'fabbricato in', 'fabbricata in', 'realizzato in', 'realizzata in', 'fatto in', 'fatta in', 'made in'],
    institutionAcronym: [],
    placeKey: ['ufficio', 'filiale', 'sede', 'deposito', 'magazzino', 'tribunale', 'centrodismistamento', 'ufficiopostale', 'puntoritiro'],
    transitBefore: ['metro', 'metropolitana', 'fermata', 'stazione', 'tram'],
    roomBefore: ['sala', 'aula', 'auditorium', 'salone'],
    roomAfter: [],
    roomEnding: [],
    institutionFirst: ['poliambulatorio', 'ambulatorio', 'clinica', 'studio'],
    branchRegion: ['italia', 'europa'],
    fictionFrame: ['scenetta', 'sketch', 'breve scena', 'gioco di ruolo', 'giochi di ruolo', 'con la voce di', 'con la voce del', 'con la voce della', 'nei panni di', 'nei panni del', 'nei panni della', 'role-play', 'tracce per un tema', 'tracce di tema', 'tracce del tema', 'temi per un saggio', 'fittizio', 'fittizia', 'fittizi', 'fittizie', 'immaginario', 'immaginaria', 'inventato', 'inventata'],
    studyFrame: ['gruppo lettura', 'circolo lettura', 'domande per il gruppo', 'domande del quiz', 'domande per un quiz', 'quiz su', 'quiz sul', 'quiz sulla', 'quiz per la serata', 'domande di discussione', 'domande di lettura', 'domande di comprensione', 'domande per una classe', 'domande per la classe', 'per una lezione su', 'per il gruppo di lettura', 'per il club del libro', 'scheda di lettura', 'guida alla lettura', 'proposte di scrittura', 'domande inferenziali', 'mappa dei personaggi'],
    personaNoun: ['personas', 'buyer persona', 'buyer personas', 'user persona', 'user personas', 'profilo cliente tipo', 'profili cliente tipo'],
    placePrefix: ['san', 'santa', 'santo', "sant'", 'torre', 'monte', 'porto', 'lago', 'isola', 'castel', 'valle', 'val', 'capo', 'punta', 'marina di', 'lido di', 'borgo', 'villa', 'palazzo', 'castello', 'duomo', 'cattedrale', 'abbazia', 'basilica', 'chiesa', 'ponte', 'fortezza'],
    landmark: [],
    weekdays: ['lunedì', 'martedì', 'mercoledì', 'giovedì', 'venerdì', 'sabato', 'domenica', 'lun', 'mar', 'mer', 'gio', 'ven', 'sab', 'dom'],
    labelNoun: ['capannone', 'padiglione', 'edificio', 'blocco', 'zona', 'sala', 'binario', 'piano', 'livello', 'opzione', 'tipo', 'linea', 'reparto', 'settore', 'lotto'],
    leadingNonName: ['ok', 'okay', 'sì', 'si', 'no', 'grazie', 'fai', 'fammi', 'scrivi', 'dammi', 'crea', 'riassumi', 'elenca', 'traduci', 'perfetto', 'parere', 'avviso'],
    howToWord: ['come scrivo', 'come segnalo', 'come annoto', 'come registro', 'come indico', 'come riporto', 'come dico', 'come metto', 'come formulo', 'come spiego', 'come dire', 'come scrivere', 'come formulare', 'come posso dire', 'come posso scrivere'],
    ownWork: ['romanzo', 'giallo', 'noir', 'racconto', 'novella', 'sceneggiatura', 'thriller', 'manoscritto', 'cattivo', 'cattiva', 'protagonista', 'personaggi', 'romanzo giallo', 'commedia'],
    ownWorkAdjectives: ['cattivo', 'cattiva'],
    ownWorkFollowers: ['una', 'gli', 'che', 'inizia', 'racconta', 'parla', 'finisce'],
  },
};
