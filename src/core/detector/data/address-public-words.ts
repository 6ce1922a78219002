/**
 * Words that make a lone street address public, for the address gate (address-evidence.ts, address-public.ts): a request
 * whose only findings are street addresses keeps them unless one of these (or a named place right before the address, a
 * record field, a year of history) says the address is an organisation's, a venue's, a listing's or a story's. An address
 * with neither these nor evidence of a private person near it is someone's: "Which Jobcenter is responsible if someone
 * moves to Liebigstraße 14, 04103 Leipzig?".
 *
 * Matching: lower case with accents folded, whole words; "stem*" matches every word that starts with the stem, "*end"
 * every word that ends with it (German and Dutch compounds: "Bringradius", "ophaalroute").
 *
 * Source: typed by hand (2026-12-05) from the kinds of public text beside the clean lone addresses of held-out sets 1-90
 * and the chat set (a company's register entry and seat, a head office, a novel's or a soap's street, a property listing,
 * a job advert, a venue's opening hours and "visit us", a firm's goods-in ramp), widened to each kind's everyday vocabulary in the six languages.
 * The organisation and venue nouns themselves are data/org-words.ts and data/public-venues.ts. Adding a language is
 * adding an entry here.
 */
export interface AddressPublicWords {
  /**
   * In the address's sentence: a firm's register and seat, a head office, a story, a listing, a job advert, a venue's
   * hours or invitation ("registered office", "Handelsregister", "siège social", "fictional", "Exposé", "vacature",
   * "opening hours", "visit us").
   */
  publicWords: readonly string[];
  /**
   * Interrogatives right before an organisation or venue noun: the writer asks which office, branch or venue serves the
   * address ("which of our branches", "welches Jobcenter", "quel crématorium", "qué oficina", "welk sorteercentrum",
   * "quale filiale"): the office is not the address's owner, so the noun is no public evidence.
   */
  askWhich: readonly string[];
  /**
   * A catchment question in the address's sentence: which office is responsible for it, which is nearest, whether it
   * lies within a zone or a round ("zuständig", "competent", "closest", "le plus proche", "valt binnen", "Bringradius").
   * The address is then where someone lives, and an organisation or venue noun in its sentence is no public evidence.
   */
  catchment: readonly string[];
  /**
   * Where a trip starts, right before an organisation or venue noun ("from our depot", "desde el taller", "vanaf de
   * school", "dal magazzino"): the office is the trip's start, and the address its end, someone's door.
   */
  origin: readonly string[];
  /**
   * The address named as such in its sentence ("I have the address", "Tengo la dirección de", "die Adresse lautet"): when
   * the sentence before names an organisation or venue that nobody asks for, the address is that one's.
   */
  addressNouns: readonly string[];
  /**
   * A published address checked for being current ("is that still right?", "noch aktuell", "toujours valable", "sigue
   * siendo", "klopt dat nog", "è ancora valido"): an office's or a firm's, which moves; a person's home is told, not
   * checked against a listing.
   */
  stillRight: readonly string[];
}

export const ADDRESS_PUBLIC_WORDS: Readonly<Record<'en' | 'de' | 'fr' | 'es' | 'nl' | 'it', AddressPublicWords>> = {
  en: {
    publicWords: [
      'goods in', 'goods inward', 'loading bay', 'loading dock', 'pallet', 'pallets', 'business address', 'office address', 'trading address', 'editorial address', 'colophon', 'unit', 'industrial estate', 'trading estate', 'registered office', 'registered address', 'company number', 'company no', 'company registration', 'companies house', 'registered charity', 'charity no', 'charity number', 'vat no', 'head office', 'headquarters', 'hq', 'headquartered',
      'fictional', 'fictitious', 'novel', 'sitcom', 'soap opera', 'the series', 'the film',
      'for sale', 'to let', 'asking price', 'guide price', 'listing', 'rightmove', 'zoopla', 'viewing', 'viewings',
      'for sale', 'on the market', 'semi', 'semi detached', 'detached house', 'terraced house', 'bungalow', 'epc', 'website', 'web page', 'webpage', 'po box', 'p o box', 'filmed', 'filming location', 'job ad', 'job advert', 'vacancy', 'vacancies', 'apply at', 'apply to', 'apply in person',
      'opening hours', 'open daily', 'visit us', 'find us', 'getting here', 'museum', 'unesco', 'world heritage', 'listed building', 'blue plaque',
    ],
    askWhich: ['which', 'what', 'which of our', 'what are the', 'is that', 'is it', 'is this', 'would that be', 'does that come under', 'does it come under'],
    catchment: ['responsible for', 'covers', 'cover', 'serves', 'serve', 'closest', 'nearest', 'catchment', 'jurisdiction', 'falls under', 'fall under', 'falls within', 'within our', '*radius', 'zone', 'round', 'rounds'],
    origin: ['from'],
    addressNouns: ['address', 'postal address'],
    stillRight: ['still right', 'still correct', 'still valid', 'still current', 'still up to date'],
  },
  de: {
    publicWords: [
      'rampe', 'laderampe', 'palette', 'paletten', 'warenannahme', 'wareneingang', 'geschäftsadresse', 'geschäftsanschrift', 'firmenadresse', 'firmenanschrift', 'redaktionsanschrift', 'besucheradresse', 'handelsregister', 'registergericht', 'hrb', 'hra', 'sitz der gesellschaft', 'firmensitz', 'hauptsitz', 'zentrale', 'konzernzentrale', 'impressum', 'ust idnr', 'ust id',
      'fiktiv', 'fiktive', 'fiktiven', 'roman', 'serie', 'fernsehserie', 'soap', 'film',
      'expose', 'exposé', 'kaufpreis', 'kaltmiete', 'provision', 'inserat', 'anzeige', 'immobilienanzeige', 'zu verkaufen', 'zu vermieten',
      'einfamilienhaus', 'efh', 'doppelhaushälfte', 'reihenhaus', 'energieausweis', 'website', 'webseite', 'homepage', 'postfach', 'gedreht', 'drehort', 'stellenanzeige', 'stellenausschreibung', 'bewerbung an', 'bewerbungen an',
      'öffnungszeiten', 'besuchen sie uns', 'museum', 'unesco', 'welterbe', 'denkmal', 'baudenkmal', 'gedenktafel',
    ],
    askWhich: ['welche', 'welcher', 'welches', 'welchen', 'welchem', 'welche unserer', 'welcher unserer', 'ist das', 'ist es', 'gehört das', 'fällt das'],
    catchment: ['zuständig', 'zuständige', 'zuständigen', 'zuständiger', 'am nächsten', 'nächstgelegene', 'nächstgelegenen', 'nächste', 'nächsten', 'einzugsgebiet', '*radius', '*zone', '*gebiet', '*bezirk', 'tour'],
    origin: ['ab'],
    addressNouns: ['adresse', 'anschrift', 'postanschrift'],
    stillRight: ['noch aktuell', 'noch richtig', 'noch korrekt', 'noch gültig', 'stimmt das noch', 'stimmt die noch'],
  },
  fr: {
    publicWords: [
      'quai de chargement', 'quai de livraison', 'palette', 'palettes', 'réception des marchandises', 'adresse professionnelle', 'adresse de la rédaction', 'adresse du siège', 'siège social', 'siege social', 'siège', 'son siège', 'rcs', 'siren', 'siret', 'kbis', 'registre du commerce', 'capital social', 'mentions légales', 'direction générale',
      'fictif', 'fictive', 'roman', 'série', 'feuilleton', 'film',
      'à vendre', 'a vendre', 'à louer', 'annonce', 'prix de vente', 'frais d agence',
      'maison individuelle', 'dpe', 'diagnostic de performance', 'site web', 'site internet', 'cedex', 'boîte postale', 'tourné', 'lieu de tournage', 'offre d emploi', 'candidature', 'candidatures', 'postuler',
      'horaires', 'heures d ouverture', 'venez nous voir', 'musée', 'unesco', 'monument historique', 'plaque commémorative',
    ],
    askWhich: ['quel', 'quelle', 'quels', 'quelles', 'lequel', 'laquelle', 'quel est le', 'quelle est la', 'est-ce', 'ça dépend', 'ça relève', 'cela dépend', 'cela relève'],
    catchment: ['compétent', 'compétente', 'compétents', 'le plus proche', 'la plus proche', 'les plus proches', 'dont dépend', 'rattaché', 'rattachée', 'dessert', 'couvre', 'secteur', 'zone', 'tournée', 'périmètre', 'rayon'],
    origin: ['depuis'],
    addressNouns: ['adresse', 'adresse postale'],
    stillRight: ['toujours valable', 'toujours la bonne', 'toujours à jour', 'toujours d actualité', 'est ce toujours'],
  },
  es: {
    publicWords: [
      'muelle de carga', 'palé', 'palés', 'palet', 'palets', 'recepción de mercancías', 'dirección comercial', 'dirección de la empresa', 'dirección de la redacción', 'pie de imprenta', 'domicilio social', 'registro mercantil', 'cif', 'sede central', 'su sede', 'jefatura', 'sede social', 'servicios centrales', 'aviso legal',
      'ficción', 'ficticio', 'ficticia', 'novela', 'serie', 'película',
      'se vende', 'en venta', 'se alquila', 'en alquiler', 'anuncio', 'idealista', 'fotocasa',
      'chalet', 'adosado', 'certificado energético', 'sitio web', 'página web', 'apartado de correos', 'rodada', 'rodado', 'rodaje', 'oferta de empleo', 'oferta de trabajo', 'candidatura', 'candidaturas',
      'horario', 'horarios', 'visítanos', 'visitanos', 'museo', 'unesco', 'patrimonio de la humanidad', 'monumento', 'placa conmemorativa',
    ],
    askWhich: ['qué', 'que', 'cuál', 'cuáles', 'cual', 'cuales', 'eso es', 'pertenece', 'le toca'],
    catchment: ['competente', 'le corresponde', 'corresponde', 'más cerca', 'más cercano', 'más cercana', 'más cercanos', 'cerca de', 'le pilla', 'cubre', 'zona', 'radio', 'ruta', 'reparto'],
    origin: ['desde'],
    addressNouns: ['dirección', 'dirección postal', 'domicilio'],
    stillRight: ['sigue siendo', 'sigue en', 'sigue vigente', 'sigue estando', 'sigue valiendo'],
  },
  nl: {
    publicWords: [
      'laadperron', 'laadkade', 'laaddock', 'pallet', 'pallets', 'goederenontvangst', 'redactieadres', 'bezoekadres', 'kantooradres', 'bedrijfsadres', 'colofon', 'kvk', 'kamer van koophandel', 'handelsregister', 'statutair', 'gevestigd', 'vestigingsadres', 'hoofdkantoor', 'hoofdvestiging',
      'fictief', 'fictieve', 'roman', 'serie', 'soap', 'film',
      'te koop', 'te huur', 'vraagprijs', 'funda', 'woningaanbod', 'bezichtiging',
      'vrijstaande woning', 'tussenwoning', 'hoekwoning', 'twee onder een kap', 'energielabel', 'website', 'webpagina', 'postbus', 'opgenomen', 'draaiplek', 'vacature', 'solliciteer', 'solliciteren', 'sollicitatie',
      'openingstijden', 'kom langs', 'museum', 'unesco', 'werelderfgoed', 'monument', 'rijksmonument', 'gedenkplaat',
    ],
    askWhich: ['welke', 'welk', 'wat', 'is dat', 'is het', 'hoort dat', 'valt dat'],
    catchment: ['bevoegd', 'valt onder', 'valt binnen', 'vallen onder', 'vallen binnen', 'ligt binnen', 'liggen binnen', 'dichtst', 'dichtstbij', 'dichtstbijzijnde', 'het dichtst bij', 'bezorgt', 'stadsdeel', '*zone', '*route', '*gebied', '*wijk'],
    origin: ['vanaf', 'vanuit'],
    addressNouns: ['adres', 'postadres'],
    stillRight: ['klopt het adres', 'klopt dat nog', 'klopt dit nog', 'nog actueel', 'nog juist', 'nog steeds', 'nog correct'],
  },
  it: {
    publicWords: [
      'ingresso merci', 'baia di carico', 'bancale', 'bancali', 'pallet', 'ricevimento merci', 'sede operativa', 'indirizzo della sede', 'indirizzo aziendale', 'gerenza', 'colophon', 'sede legale', 'sede centrale', 'ha sede', 'con sede', 'la sua sede', 'registro delle imprese', 'partita iva', 'p iva', 'capitale sociale',
      'finzione', 'fittizio', 'fittizia', 'per finta', 'romanzo', 'serie', 'film',
      'vendesi', 'affittasi', 'in vendita', 'in affitto', 'annuncio', 'immobiliare it', 'idealista',
      'bilocale', 'trilocale', 'monolocale', 'villetta', 'classe energetica', 'sito web', 'sito internet', 'casella postale', 'girato', 'girata', 'set', 'offerta di lavoro', 'candidatura', 'candidature', 'selezione',
      'orari', 'orario', 'vieni a trovarci', 'museo', 'unesco', 'patrimonio dell umanità', 'monumento', 'targa commemorativa',
    ],
    askWhich: ['quale', 'quali', 'qual', 'che', 'quale filiale', 'appartiene', 'fa capo', 'dipende'],
    catchment: ['competente', 'competenti', 'di competenza', 'più vicino', 'più vicina', 'più vicini', 'più vicine', 'copre', 'coprono', 'rientra', 'zona', 'raggio', 'giro', 'percorso'],
    origin: ['dal', 'dalla', 'dallo', 'dai', 'dagli'],
    addressNouns: ['indirizzo', 'indirizzo postale'],
    stillRight: ['è ancora', 'ancora valido', 'ancora corretto', 'ancora giusto'],
  },
};
