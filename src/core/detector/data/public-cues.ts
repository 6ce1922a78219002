/**
 * Words next to a name that make it a public or fictional figure in a short text, whatever the text's genre (public-role.ts):
 * the maker of a work ("designed by", "von ... entworfen", "invented by"), a player's tally in a result ("mit 9 Toren", "con 12
 * rebotes"; not points, which pupils score too), a placing ("7e", "tweede"), and a performer with the music of a programme
 * ("X mit Beethoven-Sonaten", "X con arie di Verdi"). Lower case; a space stands for any run of spaces. Adding a language is adding an entry.
 * Source: typed by hand (2026-12-03) from the way guidebooks, programme notes and results pages of the six languages write
 * makers and scorers (Wikipedia's architecture and sport infobox vocabulary); line-up sessions and publication words
 * (2026-12-04) from festival and conference programmes of the six languages.
 */
export interface PublicCues {
  /** Right before a name: its maker's verb and preposition ("designed by", "conçu par", "progettato da"). */
  madeBy: readonly string[];
  /** Right after a name: the maker's participle where it follows ("von Walter Gropius entworfen"). */
  madeAfter: readonly string[];
  /** After a name, a preposition and a number: what the player made ("mit 9 Toren", "with 21 points"). */
  tally: readonly string[];
  /** Right after a name: a placing in a race or table ("tweede", "second"; digits with an ordinal ending are shared). */
  placing: readonly string[];
  /**
   * After a name and "with" ("mit", "avec", "con", "met"): the music a performer plays in a programme ("X with Chopin
   * preludes", "X mit Beethoven-Sonaten"); a word may end in one ("Klaviersonaten").
   */
  performs: readonly string[];
  /**
   * An item of an event's programme that a speaker gives ("Vortrag", "conférence", "ponencia", "lezing"): after a time
   * ("15:30", "9h45") and before `lectureBy` and a name, the name is the speaker (public-role.ts `speakerCue`).
   */
  lecture: readonly string[];
  /** The preposition between the item (and its quoted title) and the speaker ("by", "von", "par", "de", "door", "di"). */
  lectureBy: readonly string[];
  /**
   * A session of a line-up that names its speakers, hosts and moderators ("Keynote:", "Panel", "in conversation with",
   * "chaired by", "im Gespräch mit", "animé par", "modera", "gespreksleider", "in dialogo con"): on a programme's line
   * that opens with a time, before the name, in a published programme (`published`), the name is a speaker in that role.
   */
  session: readonly string[];
  /**
   * Words of a programme that is published or public ("published line-up", "for the website", "festival", "tickets",
   * "Vorverkauf", "billetterie", "entrada libre", "gepubliceerde aankondiging", "ingresso libero"): its speakers are
   * announced to anyone. An internal agenda, a school's or a club's own programme has none of them or has their words
   * (public-role-words.ts `records`, `amateur`), and keeps its names.
   */
  published: readonly string[];
  /**
   * A company's legal notice (Impressum, mentions légales, aviso legal, colofon, note legali): its register words ("HRB",
   * "Amtsgericht", "RCS", "KvK", "REA", "P.IVA"). Two different ones make the text a legal notice.
   */
  noticeRegister: readonly string[];
  /** A role that a legal notice names by law, right before the name ("Geschäftsführer:", "gérant", "bestuurder"). */
  noticeRole: readonly string[];
  /**
   * Courts whose judgments are published law (supreme, constitutional and European courts: "BVerfG", "Cour de cassation",
   * "STJUE", "Corte cost."). With a case
   * citation (a case number, an ECLI) the text cites published law and the parties named in it are public.
   */
  court: readonly string[];
  /** Words of a lawyer's own brief (a client, a mandate, a file): a text with one is a case file, never published law. */
  client: readonly string[];
  /**
   * Kinds of work whose title is quoted after them, maybe with "of" and an article ("the first season of 'Dr. Mertens'",
   * "le conte « La Chèvre de Monsieur Seguin »", "la serie «Los Serrano»"): a name inside that title is the work's
   * (work-titles.ts).
   */
  works: readonly string[];
}

export const PUBLIC_CUES: Readonly<Record<'en' | 'de' | 'fr' | 'es' | 'nl' | 'it', PublicCues>> = {
  en: {
    madeBy: ['designed by', 'built by', 'painted by', 'composed by', 'written by', 'directed by', 'sculpted by', 'architect', 'novel by', 'play by', 'poem by', 'opera by', 'symphony by', 'a piece by', 'something by', 'works by', 'invented by', 'discovered by', 'conducted by', 'illustrated by'],
    madeAfter: [],
    tally: ['goals', 'saves', 'rebounds', 'assists', 'tries', 'wickets', 'aces'],
    placing: ['second', 'third', 'fourth', 'fifth', 'sixth', 'runner-up'],
    performs: ['sonata', 'sonatas', 'concerto', 'concertos', 'symphony', 'symphonies', 'preludes', 'nocturnes', 'arias', 'lieder', 'songs by', 'variations'],
    lecture: ['talk', 'lecture', 'keynote', 'keynote address', 'presentation', 'address', 'guest lecture', 'plenary', 'masterclass', 'reading'],
    lectureBy: ['by', 'from', 'with'],
    session: ['keynote', 'panel', 'panel discussion', 'fireside chat', 'in conversation', 'in conversation with', 'chaired by', 'moderated by', 'hosted by', 'host', 'moderator', 'chair', 'interview', 'q&a', 'talk', 'lecture', 'speaker', 'speakers', 'book signing', 'debate', 'presented by'],
    published: ['published', 'website', 'web page', 'line-up', 'lineup', 'festival', 'tickets', 'box office', 'open to the public', 'public lecture', 'press release', 'brochure', 'flyer', 'poster'],
    noticeRegister: ['companies house', 'company number', 'company no', 'registered in england', 'registered in england and wales', 'registered in scotland', 'registered office', 'vat number', 'vat reg no', 'vat registration number', 'legal notice', 'imprint'],
    noticeRole: ['director', 'directors', 'managing director', 'company secretary'],
    court: ['supreme court', 'uksc', 'house of lords', 'court of justice', 'cjeu', 'ecj', 'ecthr', 'european court of human rights', 'constitutional court'],
    client: ['my client', 'our client', 'the client', 'instructing', 'our file', 'our ref', 'your ref', 'retainer'],
    works: ['film', 'movie', 'series', 'season', 'episode', 'book', 'novel', 'story', 'tale', 'play', 'song', 'album', 'show', 'sitcom', 'cartoon', 'poem', 'fable', 'musical', 'opera', 'documentary', 'chapter', 'title', 'called', 'entitled'],
  },
  de: {
    madeBy: ['entworfen von', 'erbaut von', 'gebaut von', 'gemalt von', 'komponiert von', 'geschrieben von', 'ein stück von', 'werke von', 'roman von', 'oper von', 'architekt', 'erfunden von', 'entdeckt von', 'dirigiert von'],
    madeAfter: ['entworfen', 'erbaut', 'gebaut', 'gemalt', 'komponiert', 'geschrieben', 'vertont', 'erfunden', 'entdeckt', 'uraufgeführt'],
    tally: ['toren', 'treffern', 'paraden', 'rebounds', 'assists', 'vorlagen'],
    placing: ['zweiter', 'zweite', 'dritter', 'dritte', 'vierter', 'vierte', 'fünfter', 'fünfte'],
    performs: ['sonate', 'sonaten', 'konzert', 'konzerten', 'sinfonie', 'sinfonien', 'symphonie', 'präludien', 'arien', 'liedern', 'variationen'],
    lecture: ['vortrag', 'keynote', 'impulsvortrag', 'festvortrag', 'fachvortrag', 'gastvortrag', 'lesung', 'grußwort', 'referat', 'impuls', 'präsentation'],
    lectureBy: ['von', 'mit', 'durch'],
    session: ['keynote', 'podium', 'podiumsdiskussion', 'podiumsgespräch', 'panel', 'im gespräch mit', 'gespräch mit', 'moderation', 'moderiert von', 'gesprächsleitung', 'interview', 'vortrag', 'impulsvortrag', 'festvortrag', 'sprecher', 'sprecherin', 'referent', 'referentin', 'lesung', 'diskussion', 'talk'],
    published: ['veröffentlicht', 'veröffentlichte', 'veröffentlichten', 'website', 'webseite', 'homepage', 'line-up', 'festival', 'tickets', 'eintrittskarten', 'vorverkauf', 'öffentlich', 'öffentliche', 'öffentlichen', 'pressemitteilung', 'programmheft', 'flyer', 'plakat'],
    noticeRegister: ['hrb', 'hra', 'amtsgericht', 'registergericht', 'handelsregister', 'ust-idnr', 'ust-id', 'umsatzsteuer-identifikationsnummer', 'impressum', 'angaben gemäß', 'sitz der gesellschaft'],
    noticeRole: ['geschäftsführer', 'geschäftsführerin', 'geschäftsführung', 'vorstand', 'vorstandsvorsitzender', 'vertreten durch', 'vertretungsberechtigter geschäftsführer', 'inhaber', 'inhaberin'],
    court: ['bverfg', 'bundesverfassungsgericht', 'bgh', 'bundesgerichtshof', 'bag', 'bundesarbeitsgericht', 'bverwg', 'bundesverwaltungsgericht', 'bsg', 'bundessozialgericht', 'eugh', 'egmr'],
    client: ['mandant', 'mandantin', 'mandanten', 'mandat', 'unser zeichen', 'ihr zeichen', 'aktenzeichen unserer', 'meine akte', 'vollmacht'],
    works: ['film', 'serie', 'staffel', 'folge', 'episode', 'buch', 'roman', 'erzählung', 'geschichte', 'märchen', 'fabel', 'lied', 'song', 'album', 'stück', 'theaterstück', 'sendung', 'show', 'gedicht', 'oper', 'musical', 'doku', 'dokumentation', 'kapitel', 'titel', 'namens', 'heißt'],
  },
  fr: {
    madeBy: ['conçu par', 'construit par', 'peint par', 'composé par', 'écrit par', 'réalisé par', 'une pièce de', 'œuvres de', 'oeuvres de', 'roman de', 'opéra de', 'architecte', 'inventé par', 'inventée par', 'découvert par', 'découverte par', 'dirigé par', 'illustré par'],
    madeAfter: [],
    tally: ['buts', 'arrêts', 'rebonds', 'passes décisives', 'essais'],
    placing: ['deuxième', 'troisième', 'quatrième', 'cinquième', 'second', 'seconde'],
    performs: ['sonate', 'sonates', 'concerto', 'concertos', 'symphonie', 'symphonies', 'préludes', 'nocturnes', 'lieder', 'mélodies', 'variations'],
    lecture: ['conférence', 'intervention', 'exposé', 'allocution', 'discours', 'keynote', 'présentation', 'conférence inaugurale', 'leçon inaugurale', 'lecture'],
    lectureBy: ['de', 'par', 'avec', "d'", 'd’'],
    session: ['keynote', 'table ronde', 'conférence', 'intervenant', 'intervenante', 'intervenants', 'animé par', 'animée par', 'modérateur', 'modératrice', 'modération', 'en conversation avec', 'conversation avec', 'dialogue avec', 'entretien', 'entretien avec', 'débat', 'rencontre avec', 'présenté par', 'présentée par'],
    published: ['publié', 'publiée', 'publiés', 'publiées', 'site web', 'site internet', 'page web', 'festival', 'billetterie', 'billets', 'ouvert au public', 'entrée libre', 'communiqué de presse', 'affiche', 'brochure', 'plaquette', 'programme officiel'],
    noticeRegister: ['rcs', 'siret', 'siren', 'capital social', 'mentions légales', 'tva intracommunautaire', 'numéro de tva', 'code ape', 'naf', 'hébergeur', 'siège social'],
    noticeRole: ['gérant', 'gérante', 'directeur de la publication', 'directrice de la publication', 'responsable de la publication', 'représentant légal', 'représentante légale', 'président', 'présidente'],
    court: ['cour de cassation', 'cass', "conseil d'état", 'conseil d’état', 'conseil constitutionnel', 'cjue', 'cedh', 'cour européenne des droits de l’homme', "cour européenne des droits de l'homme", 'cour de justice'],
    client: ['mon client', 'ma cliente', 'notre client', 'notre cliente', 'nos clients', 'notre dossier', 'mandat', 'mandant'],
    works: ['film', 'série', 'saison', 'épisode', 'livre', 'roman', 'récit', 'histoire', 'conte', 'fable', 'nouvelle', 'pièce', 'chanson', 'album', 'émission', 'dessin animé', 'poème', 'opéra', 'comédie musicale', 'documentaire', 'chapitre', 'titre', 'intitulé', 'intitulée'],
  },
  es: {
    madeBy: ['diseñado por', 'diseñada por', 'construido por', 'construida por', 'pintado por', 'compuesto por', 'escrito por', 'escrita por', 'dirigida por', 'dirigido por', 'una pieza de', 'obras de', 'novela de', 'ópera de', 'arquitecto', 'inventado por', 'inventada por', 'descubierto por', 'descubierta por', 'ilustrado por'],
    madeAfter: [],
    tally: ['goles', 'rebotes', 'asistencias', 'paradas', 'triples', 'ensayos'],
    placing: ['segundo', 'segunda', 'tercero', 'tercera', 'cuarto', 'cuarta', 'quinto', 'quinta'],
    performs: ['sonata', 'sonatas', 'concierto', 'conciertos', 'sinfonía', 'sinfonías', 'preludios', 'nocturnos', 'arias', 'lieder', 'variaciones'],
    lecture: ['ponencia', 'conferencia', 'charla', 'intervención', 'presentación', 'keynote', 'conferencia inaugural', 'lección magistral', 'mesa redonda'],
    lectureBy: ['de', 'por', 'con', 'a cargo de'],
    session: ['keynote', 'mesa redonda', 'ponencia', 'ponente', 'ponentes', 'modera', 'moderador', 'moderadora', 'conversación con', 'en conversación con', 'diálogo con', 'entrevista', 'charla', 'coloquio', 'conferencia', 'debate', 'presenta'],
    published: ['publicado', 'publicada', 'publicados', 'página web', 'sitio web', 'web', 'festival', 'entradas', 'taquilla', 'abierto al público', 'entrada libre', 'nota de prensa', 'cartel', 'folleto'],
    noticeRegister: ['cif', 'nif', 'registro mercantil', 'aviso legal', 'inscrita en el registro', 'tomo', 'folio', 'domicilio social'],
    noticeRole: ['administrador', 'administradora', 'administrador único', 'administradora única', 'consejero delegado', 'consejera delegada', 'representante legal'],
    court: ['stjue', 'tjue', 'tribunal de justicia', 'tribunal supremo', 'tribunal constitucional', 'stc', 'sts', 'tedh', 'tribunal europeo de derechos humanos'],
    client: ['mi cliente', 'nuestro cliente', 'nuestra clienta', 'mi clienta', 'mi representado', 'mi representada', 'nuestro expediente', 'mi mandante'],
    works: ['película', 'serie', 'temporada', 'episodio', 'capítulo', 'libro', 'novela', 'relato', 'historia', 'cuento', 'fábula', 'obra', 'canción', 'álbum', 'programa', 'dibujos animados', 'poema', 'ópera', 'musical', 'documental', 'título', 'titulado', 'titulada'],
  },
  nl: {
    madeBy: ['ontworpen door', 'gebouwd door', 'geschilderd door', 'gecomponeerd door', 'geschreven door', 'geregisseerd door', 'een stuk van', 'werken van', 'roman van', 'opera van', 'architect', 'uitgevonden door', 'ontdekt door', 'gedirigeerd door', 'geïllustreerd door'],
    madeAfter: ['ontworpen', 'gebouwd', 'geschilderd', 'gecomponeerd', 'uitgevonden'],
    tally: ['doelpunten', 'goals', 'reddingen', 'rebounds', 'assists'],
    placing: ['tweede', 'derde', 'vierde', 'vijfde', 'zesde'],
    performs: ['sonate', 'sonates', 'concert', 'concerten', 'symfonie', 'symfonieën', 'preludes', 'nocturnes', 'aria’s', "aria's", 'liederen', 'variaties'],
    lecture: ['lezing', 'presentatie', 'keynote', 'toespraak', 'voordracht', 'inleiding', 'gastcollege', 'masterclass'],
    lectureBy: ['door', 'van', 'met'],
    session: ['keynote', 'panel', 'paneldiscussie', 'panelgesprek', 'in gesprek met', 'gesprek met', 'gespreksleider', 'gespreksleiding', 'dagvoorzitter', 'moderator', 'interview', 'lezing', 'spreker', 'sprekers', 'debat', 'presentatie'],
    published: ['gepubliceerd', 'gepubliceerde', 'website', 'webpagina', 'line-up', 'festival', 'tickets', 'kaartverkoop', 'openbaar', 'openbare', 'vrij toegankelijk', 'persbericht', 'affiche', 'flyer', 'aankondiging'],
    noticeRegister: ['kvk', 'kvk-nummer', 'kamer van koophandel', 'handelsregister', 'btw-nummer', 'btw-id', 'btw nummer', 'colofon', 'statutair gevestigd', 'vestigingsnummer'],
    noticeRole: ['bestuurder', 'bestuurders', 'directeur', 'directie', 'statutair directeur', 'vertegenwoordigd door', 'eigenaar'],
    court: ['hoge raad', 'raad van state', 'hvj', 'hvj eu', 'ehrm', 'hof van justitie', 'centrale raad van beroep', 'college van beroep'],
    client: ['mijn cliënt', 'mijn cliënte', 'onze cliënt', 'onze cliënte', 'ons dossier', 'cliënt', 'cliënte'],
    works: ['film', 'serie', 'seizoen', 'aflevering', 'boek', 'roman', 'verhaal', 'sprookje', 'fabel', 'toneelstuk', 'lied', 'liedje', 'album', 'programma', 'tekenfilm', 'gedicht', 'opera', 'musical', 'documentaire', 'hoofdstuk', 'titel', 'getiteld'],
  },
  it: {
    madeBy: ['progettato da', 'progettata da', 'costruito da', 'costruita da', 'dipinto da', 'composto da', 'scritto da', 'scritta da', 'diretto da', 'diretta da', 'un brano di', 'musiche di', 'opere di', 'romanzo di', 'opera di', 'architetto', 'inventato da', 'inventata da', 'scoperto da', 'scoperta da', 'illustrato da'],
    madeAfter: [],
    tally: ['gol', 'reti', 'parate', 'rimbalzi', 'assist'],
    placing: ['secondo', 'seconda', 'terzo', 'terza', 'quarto', 'quarta', 'quinto', 'quinta'],
    performs: ['sonata', 'sonate', 'concerto', 'concerti', 'sinfonia', 'sinfonie', 'preludi', 'notturni', 'arie', 'lieder', 'variazioni'],
    lecture: ['relazione', 'intervento', 'lezione', 'conferenza', 'keynote', 'lectio magistralis', 'presentazione', 'prolusione'],
    lectureBy: ['di', 'da', 'con', 'a cura di', 'del', 'della', 'dello'],
    session: ['keynote', 'tavola rotonda', 'panel', 'relatore', 'relatrice', 'relatori', 'modera', 'moderatore', 'moderatrice', 'in dialogo con', 'dialogo con', 'conversazione con', 'in conversazione con', 'intervista', 'lectio magistralis', 'intervento', 'conferenza', 'dibattito', 'presenta'],
    published: ['pubblicato', 'pubblicata', 'pubblicati', 'sito web', 'sito', 'pagina web', 'festival', 'biglietti', 'biglietteria', 'aperto al pubblico', 'ingresso libero', 'comunicato stampa', 'locandina', 'brochure', 'volantino'],
    noticeRegister: ['p.iva', 'p iva', 'partita iva', 'rea', 'registro delle imprese', 'capitale sociale', 'note legali', 'c.f.', 'sede legale', 'cciaa'],
    noticeRole: ['amministratore', 'amministratrice', 'amministratore unico', 'amministratrice unica', 'amministratore delegato', 'legale rappresentante', 'rappresentante legale', 'titolare'],
    court: ['corte cost', 'corte costituzionale', 'consulta', 'cassazione', 'cass', 'corte di giustizia', 'cgue', 'corte edu', 'consiglio di stato'],
    client: ['mio cliente', 'mia cliente', 'nostro cliente', 'nostra cliente', 'mio assistito', 'mia assistita', 'nostro assistito', 'il mandante'],
    works: ['film', 'serie', 'stagione', 'episodio', 'puntata', 'libro', 'romanzo', 'racconto', 'storia', 'fiaba', 'favola', 'novella', 'commedia', 'canzone', 'album', 'programma', 'cartone animato', 'poesia', 'opera', 'musical', 'documentario', 'capitolo', 'titolo', 'intitolato', 'intitolata'],
  },
};
