/**
 * Words that tie a street address to a private person, for the address gate (address-evidence.ts): a request whose only
 * findings are addresses keeps them when one of these stands near an address. They are positive evidence of a private
 * person (a resident, a recipient, a household, a client or patient, a first-person home); none names a public place.
 *
 * Matching: lower case with accents folded ("é" = "e"), whole words; "stem*" matches every word that starts with the
 * stem; spaces in a phrase match one to three spaces, hyphens, apostrophes or dots ("chez moi", "j'habite"). Keep out
 * words public texts use beside an organisation's address as often as beside a person's: "billing address" and
 * "Factuuradres" (a supplier's invoice block), "delivery address" alone (a firm's goods-in gate), "office", "contact",
 * third-person residence verbs ("lives at", "wohnt in", "vive en", "abita in": biographies and story settings say them
 * of public and fictional people), plural labels without their colon ("patients can report side effects to ...").
 *
 * Source: typed by hand (2026-12-05) from the kinds of cue that stand before the sensitive lone addresses of held-out sets
 * 1-55 (registers' "con domicilio en", "residente in", "wohnhaft"; labels "Empfänger", "Destinataire", "Cliente:"; "I moved
 * to", "neue adresse", "chez moi", "his house", "naar zijn huis"; "Fam.", "familia"; honorifics "D.", "Herrn"; a home-care
 * round's "klient;adresse" header), widened to each kind's everyday vocabulary in the six languages; checked against the
 * same sets' clean lone addresses (courts, regulators, firms' contact blocks, returns desks, stadiums, story settings,
 * historical homes). Adding a language is adding an entry here.
 */
export interface AddressEvidenceWords {
  /**
   * Before the address, in its sentence: residence and registry forms, a new or forwarding address, a first-person home,
   * a recipient or sender, a private address, one client, patient, tenant or resident (singular: one person).
   */
  anchors: readonly string[];
  /**
   * After the address on its line: a field that names the town as someone's residence ("<Woonpl>Utrecht", "Wohnort:
   * Halle"), as forms and payroll records write it; a firm's seat is "Sitz", "vestigingsplaats", "siège".
   */
  residenceAfter: readonly string[];
  /**
   * Phone words after a possessive ("her mob", "su tlf", "il suo num", "zijn nummer"): the number is that person's. For the
   * same gate on landline-shaped phones (address-evidence.ts).
   */
  phoneWords: readonly string[];
  /**
   * A private line named as such before a number ("home phone", "Privatnummer", "numéro perso", "teléfono particular"),
   * or a text message sent to it ("SMS", "WhatsApp"): a number one texts is a person's phone, whatever its shape.
   * Reachability only in the first person ("ich bin erreichbar unter"): "erreichbar unter", "bereikbaar op", "joignable
   * au" alone are a helpline's or an office's ("dag en nacht bereikbaar op ...").
   */
  phoneAnchors: readonly string[];
  /** Labels that count only followed by a colon ("Clients: Marcus and Jade ..."): plural or general words. */
  labels: readonly string[];
  /** Possessives that make a home word after them someone's home ("his house", "mijn woning", "sa maison"). */
  possessive: readonly string[];
  /**
   * Home words after a possessive (alone they are too common: "the house at", "das Haus Lindenstraße 3"). Not "address":
   * "su dirección", "son adresse", "seine Anschrift" are an organisation's as often ("its address").
   */
  home: readonly string[];
  /** First-person possessives before a relative ("my mum", "meiner Oma", "ma mère"); a biography's "his mother" is public. */
  firstPerson: readonly string[];
  /** Relatives after a first-person possessive ("my nan", "meiner Oma"): the address is the relative's home. */
  kin: readonly string[];
  /**
   * Words that make a client word a firm's desk, next to it ("customer services", "Kundenservice" is one word already,
   * "service client", "servicio al cliente", "klantenservice", "assistenza clienti"): no anchor then.
   */
  desk: readonly string[];
  /** Words that introduce a household's name right before or after the address ("Fam. Krasniqi, ...", "(famille Delmas)"). */
  household: readonly string[];
  /**
   * The preposition that joins a household's name to its phone number ("Familie Oberhuber unter 08031 ...", "la familia
   * Irigoyen al 948 ...", "familie Zwart op 050 ...", "la famiglia Bortolotti allo 0471 ..."): the household's line.
   */
  householdPhoneLinks: readonly string[];
  /** A recipient's preposition before a name in lower case before the address ("paket für dieter schwanitz, ..."). */
  recipientFor: readonly string[];
  /** Honorifics before a person's name right before the address ("D. Fermín Echarri, ...", "Herrn Dr. Metzger, ..."). */
  honorific: readonly string[];
  /** Column headers of a register of private persons: the rows under a header that holds one are persons' rows. */
  personColumns: readonly string[];
  /**
   * A first-person self-introduction before capitalised name words and a separator right before the address ("Soy Ana
   * Ruiz, C/ ...", "I'm Tom Hale, 4 ..."): the address is the writer's. Without the name and its separator these are
   * everyday words ("I am at", "soy de"); the words between them and the address must be capitalised.
   */
  selfIntro: readonly string[];
  /**
   * Present-tense residence verbs ("lives", "vive", "woont") that count only with a floor or door word of `floorWords`
   * (or an ordinal such as "3º") between them and the address: "vive en el 3º C de la calle ...", "wohnt im 2. Stock,
   * ...". A home told down to its floor is a private flat; alone the verbs are a biography's or a story's ("lives at").
   * Their participles too ("living", "wohnhaft", "habitant", "domiciliado", "woonachtig", "residente"): after an unnamed
   * person of the writer's case ("A student living at ...", held-out set 91), as the verbs count there.
   */
  homeVerbs: readonly string[];
  /** Floor and door words of a flat, for `homeVerbs`. */
  floorWords: readonly string[];
  /**
   * A delivery, dispatch or collection phrase that ends right before the address (only a household word such as
   * "Familie" and a locative preposition may stand between): "it's going to 27 ...", "die Trikots gehen an Am
   * Mühlenbach 7", "il part au 7 allée ...", "to be delivered to 41 ...", "wir holen ihn bei Ihnen ab, Amselweg 7",
   * "3 Zustellversuche in der Gartenstraße 21a". A parcel, a car or a card sent to a bare street address goes to
   * someone's home: a firm's address is written after the firm's name ("goes to Zalando SE, ..."), which then ends the
   * sentence's tail instead of the phrase.
   */
  destination: readonly string[];
  /**
   * Access details after the address in its sentence: a key safe, a door code, a doorbell or an intercom ("key safe is
   * on the side gate at 27 ..., code 4417", "Klingel defekt", "portero roto"): the way into a home, which an office's
   * published address does not give. So are a flat's stairs and its building part told for a courier or a carrier: no lift,
   * the back house, the staircase letter, whose bell to ring ("Hinterhaus", "4. OG ohne Aufzug", "bellen bij 3 hoog",
   * "scala B, citofonare", "terzo piano senza ascensore").
   */
  accessAfter: readonly string[];
  /**
   * Delivery and collection verbs that count with a day, a time or the goods between them and a locative preposition
   * right before the address ("à livrer demain 10 h au 11 rue ...", "entregar mañana a las 10 un MG4 en calle ...").
   */
  destinationVerbs: readonly string[];
  /**
   * A route asked for in the address's sentence ("fastest way", "wie komm ich", "cómo llego", "fietsroute", "percorso"),
   * for `routeTo`: a courier's or a driver's way to a bare street address is the way to someone's door.
   */
  route: readonly string[];
  /**
   * A round of stops put in order ("driving order", "Reihenfolge", "ordre de passage", "orden de reparto", "volgorde",
   * "ordine di consegna"), then a colon or a semicolon right before the address: the stops of a delivery or a care round
   * are homes, whatever shop or pharmacy the round starts from (public-addresses.ts keeps them; the gate reads `route`).
   */
  stops: readonly string[];
  /**
   * Prepositions of a route's end right before the address (only these between the route and the address's words: "to",
   * "zur", "au", "a", "naar", "in"): a firm's or a venue's address follows its name instead ("to the Rijksmuseum,
   * Museumstraat 1").
   */
  routeTo: readonly string[];
  /**
   * A sending verb right after the address, its preposition right before it: the verb-final clause of German and Dutch
   * ("erneut an Gartenstraße 19a, 72764 Reutlingen versendet", "naar Lindelaan 4, 3512 AB Utrecht gestuurd"), the same
   * destination as `destination` written the other way round. The preposition is `sentTo`.
   */
  sentAfter: readonly string[];
  /** The preposition right before the address for `sentAfter` ("an", "naar"). */
  sentTo: readonly string[];
  /**
   * Housing let or provided to people (workers' accommodation, lodgings, a caravan) ending the address's sentence
   * tail, with at most five words between them and the address and no punctuation ("die Unterkunft Lindenweg 3", "le
   * logement des saisonniers est au 12 chemin ...", "een woning aan de ...", "l'alloggio dei lavoratori stagionali in
   * ..."): people live there. A hotel or an agency is named between ("hébergement au Novotel, 12 rue ..."), and its name's
   * comma ends the run. Not "apartment", "Wohnung", "appartamento" alone: a historical home's too ("l'appartement du 6 place
   * des Vosges", Victor Hugo's).
   */
  dwelling: readonly string[];
  /**
   * Street types written after the street's name as a word of their own ("London Bridge Street", "Savannah Way"): a
   * capitalised run ending in one is a street, not a person's name, before a postcode.
   */
  streetSuffixes: readonly string[];
  /**
   * "Own" between a possessive and a home word ("our own house", "ons eigen huis", "notre propre maison"): the possessive
   * and the home word still make the home someone's.
   */
  own: readonly string[];
  /**
   * A house move in the address's sentence before it: a removal, a removal van, a parking bay suspended or a no-parking
   * zone for one, a furniture lift ("Halteverbotszone vor der Adresse ...", "camion de mudanzas frente a ...",
   * "verhuiswagen voor ..."): people move out of or into a home. Not after a firm's or a place's name ("Pickfords
   * Removals, 12 ..."): the gate reads these only when no named place is apposed to the address.
   */
  homeMove: readonly string[];
  /**
   * A home's own case in the address's sentence, before or after it: a loss adjuster's visit or damage to the building
   * for an insurance claim ("Sturmschaden am Dach", "dégât des eaux"), a tenancy or neighbours' dispute, an eviction or a
   * possession claim ("lite condominiale", "Räumungsklage", "desahucio"). A court's or a regulator's own address is
   * claimed by public-addresses.ts before the gate runs.
   */
  propertyCase: readonly string[];
  /**
   * A flat's unit word and its number right before the address ("Flat 3, 27 Millbrook Road", "Apt 4, ...") or right
   * after it ("..., Whg. 12", "..., interno 5"): a flat in a building, someone's home; an office gives its floor or suite.
   */
  flatUnits: readonly string[];
  /**
   * A present-tense residence verb right after the address, the German and Dutch verb-final clause ("wenn die Betroffene
   * in der Rüttenscheider Straße 66, 45130 Essen wohnt", "omdat mijn cliënt op Kerkstraat 4 woont"), a locative right
   * before the address: someone lives there now; a biography says "wohnte", "woonde".
   */
  livesAfter: readonly string[];
  /**
   * An inspection, a survey or a meter reading at a bare street address, ending right before it (only a locative
   * between, as for `destination`): "inspection at 26 ...", "Besichtigung in der ...", "état des lieux au ...",
   * "sopralluogo in Via ...". A tradesman's or an adjuster's visit goes to someone's home; a firm's or a venue's
   * address follows its name, which then ends the tail instead.
   */
  visit: readonly string[];
}

export const ADDRESS_EVIDENCE_WORDS: Readonly<Record<'en' | 'de' | 'fr' | 'es' | 'nl' | 'it', AddressEvidenceWords>> = {
  en: {
    anchors: [
      // a worker's or the writer's own address, by a possessive of one person or the worker's genitive
      'my address', 'his address', 'her address', 'his new address', 'her new address', 'new home address', "employee's address", "worker's address", "employees' address", 'employee address', 'address of the employee', 'address of the worker', "seasonal worker's address",
      // a tenant's deposit and landlord: the address is the writer's rented home
      'deposit back', 'tenancy', 'my landlord', 'my landlady',
      'resident at', 'resident of', 'residing at', 'domiciled at', 'home address', 'private address', 'residential address',
      'forwarding address', 'new address', 'old address', 'previous address', 'correspondence address', 'i moved to',
      'we moved to', 'i ve moved', 'we ve moved', 'i live at', 'i live in', 'we live at', 'we live in', 'recipient', 'addressee', 'sender', 'deliver to', 'ship to', 'customer', 'client', 'patient', 'tenant',
      'service user', 'pupil', 'claimant', 'policyholder', 'the insured', 'occupier', 'new occupier', 'the occupant', 'homeowner', 'householder', 'applicant', 'staying with',  'the flat at', 'the flat on', 'pick up at', 'pick up from', 'pickup at', 'pickup from', 'pick up address', 'pickup address', 'collection address', 'keyholder', 'key holder'],
    residenceAfter: ['place of residence', 'town of residence', 'country of residence'],
    phoneWords: ['number', 'phone', 'phone number', 'mobile', 'mob', 'cell', 'landline', 'home phone', 'home number'],
    phoneAnchors: ['sms', 'whatsapp', 'text message', 'home phone', 'home number', 'home landline', 'private number', 'personal number', 'personal mobile', 'call me on', 'ring me on', 'text me on', 'reach me on', 'call me at'],
    labels: ['clients', 'customers', 'patients', 'tenants', 'residents', 'applicants', 'senders', 'recipients', 'addressees'],
    possessive: ['my', 'his', 'her', 'our', 'your', 'their'],
    home: ['house', 'home', 'flat', 'apartment', 'place', 'new place', 'room', 'bedsit'],
    firstPerson: ['my', 'our'],
    kin: ['mum', 'mom', 'mother', 'dad', 'father', 'parents', 'nan', 'nana', 'gran', 'grandma', 'grandmother', 'grandad', 'grandpa', 'grandfather', 'sister', 'brother', 'son', 'daughter', 'aunt', 'uncle', 'wife', 'husband', 'girlfriend', 'boyfriend'],
    desk: ['service', 'services', 'support', 'care', 'desk', 'centre', 'center', 'portal', 'team', 'relations', 'experience', 'success', 'account'],
    household: ['family', 'household', 'the family'],
    householdPhoneLinks: ['at', 'on', 'via'],
    recipientFor: ['for', 'to'],
    honorific: ['mr', 'mrs', 'ms', 'miss', 'mx'],
    personColumns: [
      'first name', 'firstname', 'last name', 'lastname', 'surname', 'given name', 'full name', 'forename', 'client', 'client name',
      'customer name', 'patient', 'patient name', 'tenant', 'resident', 'service user', 'dob', 'date of birth', 'birth date',
    ],
    selfIntro: ['i am', 'i m', 'my name is', 'my name s'],
    homeVerbs: ['lives', 'live', 'living'],
    floorWords: ['floor', 'flat', 'apartment', 'apt'],
    destination: ['going to', 'goes to', 'go to', 'sent to', 'send it to', 'send them to', 'posted to', 'post it to', 'deliver it to', 'delivered to', 'delivering to', 'delivery to', 'deliveries to', 'dispatched to', 'shipped to', 'shipping to', 'resent to', 're sent to', 'resending to', 'drop it off at', 'dropped off at', 'collect it from', 'collected from', 'collection from', 'pick it up from', 'picked up from', 'pickup from', 'attempts at', 'delivery attempts at', 'attempted delivery at', 'handover at', 'to be delivered to', 'to be collected from'],
    accessAfter: ['key safe', 'keysafe', 'key box', 'lockbox', 'door code', 'gate code', 'entry code', 'buzzer', 'doorbell', 'intercom', 'ring the bell', 'ring the doorbell', 'no lift', 'no elevator', 'without a lift', 'steep stairs', 'rear entrance', 'basement flat', 'top floor flat', 'ground floor flat', 'first floor flat', 'second floor flat', 'third floor flat', 'letterbox', 'letter box'],
    destinationVerbs: ['deliver', 'delivered', 'delivering', 'collect', 'collecting', 'drop off', 'pick up', 'ship', 'send'],
    route: ['route', 'directions', 'how do i get', 'how to get', 'quickest way', 'fastest way', 'best way', 'driving order', 'drive', 'cycle', 'ride'],
    stops: ['driving order', 'delivery order', 'delivery route', 'delivery round', 'drop order', 'order of the stops', 'order of stops', 'stops', 'the round'],
    routeTo: ['to', 'to the'],
    sentAfter: [],
    sentTo: [],
    dwelling: ['accommodation', 'lodgings', 'caravan', 'static caravan', 'staff house', 'worker housing'],
    streetSuffixes: ['street', 'road', 'lane', 'avenue', 'drive', 'close', 'way', 'gardens', 'crescent', 'terrace', 'place', 'square', 'grove', 'court', 'row', 'hill', 'walk', 'mews', 'rise', 'parade', 'green'],
    own: ['own'],
    homeMove: ['removal van', 'removals van', 'removal lorry', 'removal quote', 'removals quote', 'house move', 'home move', 'flat move', 'house removal', 'moving house', 'parking suspension', 'bay suspension', 'suspended bay'],
    propertyCase: ['loss adjuster', 'insurance claim', 'water damage', 'storm damage', 'fire damage', 'flood damage', 'subsidence', 'burst pipe', 'escape of water', 'possession claim', 'possession proceedings', 'eviction', 'evicted', 'rent arrears', 'disrepair', 'section 21', 'section 8 notice', 'noise complaint', 'neighbour dispute', 'boundary dispute'],
    flatUnits: ['flat', 'apartment', 'apt'],
    livesAfter: [],
    visit: ['inspection', 'survey', 'surveyor visit', 'engineer visit', 'engineer inspection', 'valuation', 'meter reading', 'boiler service', 'repair visit', 'damp survey', 'inventory check'],
  },
  de: {
    anchors: [
      // a worker's or the writer's own address, by a possessive of one person or the worker's genitive
      'meine adresse', 'meine anschrift', 'neuer wohnsitz', 'adresse des mitarbeiters', 'adresse der mitarbeiterin', 'anschrift des mitarbeiters', 'anschrift der mitarbeiterin', 'adresse des arbeitnehmers', 'adresse der arbeitnehmerin', 'adresse des saisonarbeiters', 'adresse der saisonarbeiterin', 'adresse des erntehelfers', 'anschrift des arbeitnehmers',
      // a tenant's deposit and landlord: the address is the writer's rented home
      'kaution', 'mietkaution', 'mein vermieter', 'meine vermieterin',
      // a dwelling right before the address: a carrier's or an undertaker's job at someone's flat
      'in der wohnung', 'aus der wohnung', 'zur wohnung',
      'wohnhaft', 'wohnhaft in', 'wohnort', 'wohnadresse', 'wohnanschrift', 'heimadresse', 'privatadresse', 'privatanschrift',
      'privat', 'meldeadresse', 'neue adresse', 'neue anschrift', 'alte adresse', 'alte anschrift', 'umgezogen', 'ich wohne',
      'wir wohnen', 'bei mir', 'empfänger', 'empfängerin', 'absender', 'absenderin', 'zustellen an',
      'liefern an', 'kunde', 'kundin', 'klient', 'klientin', 'patient', 'patientin', 'mieter', 'mieterin', 'bewohner',
      'bewohnerin', 'versicherte', 'versicherter', 'versicherungsnehmer', 'antragsteller', 'antragstellerin', 'kläger',
      'klägerin', 'beklagte', 'beklagter', 'hausbesuch', 'hb am', 'hb bei', 'abholadresse', 'abholen von', 'abholung von', 'schlüsselinhaber', 'schlüsselhalter'],
    residenceAfter: ['wohnort', 'wohnsitz'],
    phoneWords: ['nummer', 'telefonnummer', 'handy', 'handynummer', 'festnetz', 'festnetznummer', 'tel', 'telefon'],
    phoneAnchors: ['sms', 'whatsapp', 'privatnummer', 'private nummer', 'festnetz privat', 'tel privat', 'telefon privat', 'ruf mich an', 'ruf mich unter', 'ich bin erreichbar unter'],
    labels: ['kunden', 'klienten', 'patienten', 'mieter', 'bewohner', 'absender', 'empfänger'],
    possessive: ['mein', 'meine', 'meiner', 'meinem', 'sein', 'seine', 'seiner', 'seinem', 'ihr', 'ihre', 'ihrer', 'ihrem', 'unser', 'unsere', 'unserer', 'unserem', 'dein', 'deine', 'deiner', 'deinem'],
    home: ['wohnung', 'haus', 'zuhause', 'alte wohnung', 'neue wohnung', 'zimmer'],
    firstPerson: ['mein', 'meine', 'meiner', 'meinem', 'meinen', 'unser', 'unsere', 'unserer', 'unserem'],
    kin: ['oma', 'opa', 'mutter', 'vater', 'mama', 'papa', 'eltern', 'schwester', 'bruder', 'sohn', 'tochter', 'tante', 'onkel', 'frau', 'mann', 'freundin', 'freund'],
    desk: ['service', 'dienst', 'support', 'center', 'portal', 'team', 'konto'],
    household: ['familie', 'fam', 'haushalt', 'eheleute'],
    householdPhoneLinks: ['unter', 'auf', 'an'],
    recipientFor: ['für', 'an'],
    honorific: ['herrn', 'herr', 'frau', 'hr', 'fr'],
    personColumns: [
      'vorname', 'nachname', 'name vorname', 'familienname', 'klient', 'klientin', 'kunde', 'patient', 'patientin', 'bewohner',
      'mieter', 'versicherter', 'geburtsdatum', 'geb datum',
    ],
    selfIntro: ['ich bin', 'ich heiße', 'ich heisse', 'mein name ist', 'wir sind'],
    homeVerbs: ['wohnt', 'wohnen', 'wohnhaft', 'wohnend'],
    floorWords: ['stock', 'stockwerk', 'etage', 'og', 'obergeschoss', 'dachgeschoss', 'erdgeschoss', 'wohnung'],
    destination: ['geht an', 'gehen an', 'ging an', 'gingen an', 'geschickt an', 'schicken an', 'senden an', 'gesendet an', 'versendet an', 'versandt an', 'verschickt an', 'lieferung an', 'geliefert an', 'zustellung an', 'zugestellt an', 'zustellversuch in der', 'zustellversuche in der', 'zustellversuch in', 'zustellversuche in', 'zustellversuch bei', 'zustellversuche bei', 'zustellversuch an', 'zustellversuche an', 'abholung in der', 'abholung bei', 'abholen bei', 'bei ihnen ab', 'holen sie ab', 'bei ihnen', 'übergabe in der', 'übergabe bei', 'auslieferung an', 'auslieferung in der', 'einwerfen bei', 'einwerfen in der', 'einwerfen in den briefkasten', 'eingeworfen bei', 'einwurf bei', 'zustellen bei', 'zustellung bei', 'zugestellt bei'],
    accessAfter: ['schlüsseltresor', 'schlüsselkasten', 'schlüsselbox', 'schlüsselsafe', 'türcode', 'klingel', 'klingelschild', 'gegensprechanlage', 'haustürcode', 'klingeln', 'klingelt', 'kein aufzug', 'ohne aufzug', 'kein fahrstuhl', 'ohne fahrstuhl', 'hinterhaus', 'vorderhaus', 'seitenflügel', 'gartenhaus', 'quergebäude', 'enges treppenhaus', 'briefkasten'],
    destinationVerbs: ['liefern', 'ausliefern', 'zustellen', 'abholen', 'bringen', 'übergeben'],
    route: ['route', 'weg', 'komm ich', 'komme ich', 'kommt man', 'am schnellsten', 'am besten', 'fahre ich', 'fahr ich', 'reihenfolge'],
    stops: ['reihenfolge', 'fahrreihenfolge', 'lieferreihenfolge', 'tourenplan', 'liefertour', 'auslieferungstour', 'stopps'],
    routeTo: ['zu', 'zur', 'zum', 'bis zur', 'bis zum', 'in die'],
    sentAfter: ['versendet', 'verschickt', 'geschickt', 'gesendet', 'zugestellt', 'geliefert', 'gebracht', 'schicken', 'senden', 'liefern', 'zustellen', 'bringen', 'ausliefern', 'auszuliefern', 'ausgeliefert'],
    sentTo: ['an', 'an die', 'an den', 'in die', 'zur', 'zum'],
    dwelling: ['unterkunft', 'unterkünfte', 'wohncontainer', 'mitarbeiterunterkunft', 'sammelunterkunft'],
    streetSuffixes: ['straße', 'strasse', 'weg', 'allee', 'platz', 'ring', 'gasse'],
    own: ['eigenes', 'eigene', 'eigenen', 'eigenem'],
    homeMove: ['umzugswagen', 'umzugs lkw', 'umzugslkw', 'umzugstransporter', 'privatumzug', 'wohnungsumzug', 'halteverbotszone', 'halteverbot', 'möbelwagen', 'möbellift'],
    propertyCase: ['sachverständige', 'sachverständigen', 'sachverständiger', 'gutachter', 'gutachterin', 'schadensbesichtigung', 'ortstermin', 'sturmschaden', 'wasserschaden', 'leitungswasserschaden', 'hagelschaden', 'brandschaden', 'einbruchschaden', 'rohrbruch', 'schimmel', 'räumungsklage', 'zwangsräumung', 'mietrückstand', 'mietrückstände', 'mietminderung', 'eigenbedarf', 'eigenbedarfskündigung', 'nachbarschaftsstreit', 'ruhestörung'],
    flatUnits: ['wohnung', 'whg', 'app', 'apartment'],
    livesAfter: ['wohnt', 'wohnen', 'lebt', 'leben', 'gemeldet ist', 'gemeldet sind'],
    visit: ['besichtigung', 'begutachtung', 'schadensbesichtigung', 'ortstermin', 'zählerablesung', 'wohnungsbesichtigung', 'wohnungsabnahme', 'wohnungsübergabe'],
  },
  fr: {
    anchors: [
      // a worker's or the writer's own address, by a possessive of one person or the worker's genitive
      'mon adresse', 'nouveau domicile', 'adresse du salarié', 'adresse de la salariée', "adresse de l'employé", "adresse de l'employée", 'adresse du saisonnier', 'adresse de la saisonnière', 'adresse du travailleur', 'domicile du salarié',
      // a tenant's deposit and landlord: the address is the writer's rented home
      'dépôt de garantie', 'mon propriétaire', 'ma propriétaire', 'mon proprio',
      // a dwelling right before the address
      'dans l appartement', 'à l appartement', 'au logement',
      'domicile', 'domicilié', 'domiciliée', 'domicilié à', 'demeurant', 'demeurant à', 'résidant', 'résidant à', 'adresse personnelle',
      'nouvelle adresse', 'ancienne adresse', 'adresse de réexpédition', 'j ai déménagé', 'nous avons déménagé', 'j habite',
      'nous habitons', 'chez moi', 'destinataire', 'expéditeur', 'expéditrice', 'client', 'cliente', 'patient',
      'patiente', 'locataire', 'résident', 'résidente', 'usager', 'assuré', 'assurée', 'demandeur', 'demandeuse', 'allocataire',
      'visite à domicile', 'prise en charge au', 'prise en charge à', 'adresse de prise en charge'],
    residenceAfter: ['lieu de résidence', 'commune de résidence', 'ville de résidence'],
    phoneWords: ['numéro', 'numéro de téléphone', 'portable', 'fixe', 'tél', 'téléphone'],
    phoneAnchors: ['sms', 'whatsapp', 'numéro perso', 'numéro personnel', 'téléphone personnel', 'fixe perso', 'tél perso', 'appelle moi au', 'appelez moi au', 'rappelez moi au', 'je suis joignable au'],
    labels: ['clients', 'patients', 'locataires', 'résidents', 'expéditeurs', 'destinataires'],
    possessive: ['mon', 'ma', 'mes', 'son', 'sa', 'ses', 'notre', 'nos', 'votre', 'vos', 'leur', 'leurs', 'ton', 'ta'],
    home: ['maison', 'domicile', 'appartement', 'appart', 'logement', 'chambre', 'studio'],
    firstPerson: ['mon', 'ma', 'mes', 'notre', 'nos'],
    kin: ['mère', 'père', 'parents', 'mamie', 'papi', 'grand mère', 'grand père', 'sœur', 'soeur', 'frère', 'fils', 'fille', 'tante', 'oncle', 'femme', 'mari', 'compagne', 'compagnon'],
    desk: ['service', 'services', 'espace', 'portail', 'relation', 'équipe', 'compte'],
    household: ['famille', 'foyer', 'époux', 'ménage'],
    householdPhoneLinks: ['au', 'sur le'],
    recipientFor: ['pour', 'à'],
    honorific: ['m', 'mme', 'mlle', 'monsieur', 'madame'],
    personColumns: ['prénom', 'nom de famille', 'nom prénom', 'client', 'cliente', 'patient', 'patiente', 'locataire', 'résident', 'date de naissance'],
    selfIntro: ['je suis', 'je m appelle', 'mon nom est', 'nous sommes'],
    homeVerbs: ['habite', 'habitent', 'vit', 'vivent', 'loge', 'habitant', 'vivant', 'logeant'],
    floorWords: ['étage', 'appartement', 'appt', 'apt', 'rez de chaussée'],
    destination: ['part au', 'part à', 'partent au', 'partent à', 'envoyé au', 'envoyé à', 'renvoyé au', 'renvoyé à', 'réexpédié au', 'réexpédié à', 'envoyée au', 'envoyée à', 'envoyer au', 'envoyer à', 'expédié au', 'expédié à', 'expédier au', 'expédier à', 'livré au', 'livré à', 'livrée au', 'livrée à', 'livrer au', 'livrer à', 'livraison au', 'livraison à', 'enlèvement au', 'enlèvement à', 'récupérer au', 'récupéré au', 'tentatives au', 'tentative au', 'tentatives de livraison au', 'passage au', 'remise au', 'va au', 'vont au'],
    accessAfter: ['boîte à clés', 'boîte à clé', 'boite a cles', 'digicode', 'code porte', 'code de la porte', 'code d entrée', 'code du portail', 'interphone', 'sonnette', 'sonner chez', 'sans ascenseur', 'pas d ascenseur', 'fond de cour', 'portail à code', 'boîte aux lettres', 'boite aux lettres'],
    destinationVerbs: ['livrer', 'livré', 'livrée', 'livraison', 'enlèvement', 'récupérer', 'déposer', 'remettre'],
    route: ['itinéraire', 'trajet', 'chemin', 'aller', 'rejoindre', 'meilleure façon', 'comment aller', 'ordre de passage'],
    stops: ['ordre de passage', 'ordre de livraison', 'tournée', 'tournée de livraison', 'arrêts'],
    routeTo: ['au', 'à', 'jusqu au', 'vers le', 'vers'],
    sentAfter: [],
    sentTo: [],
    dwelling: ['logement', 'logements', 'hébergement'],
    streetSuffixes: [],
    own: ['propre'],
    homeMove: ['camion de déménagement', 'déménageurs', 'autorisation de stationnement', 'réservation de stationnement', 'monte meubles', 'mon déménagement', 'notre déménagement'],
    propertyCase: ['expert de l assurance', 'expert d assurance', 'visite de l expert', 'sinistre', 'dégât des eaux', 'dégâts des eaux', 'dégât', 'dégâts', 'fuite d eau', 'infiltration', 'expulsion', 'loyers impayés', 'impayés de loyer', 'trouble de voisinage', 'troubles de voisinage', 'litige locatif', 'congé pour vente', 'congé pour reprise'],
    flatUnits: ['appartement', 'appt', 'apt'],
    livesAfter: [],
    visit: ['visite de l expert', 'expertise', 'état des lieux', 'état des lieux d entrée', 'état des lieux de sortie', 'relevé du compteur', 'diagnostic immobilier'],
  },
  es: {
    anchors: [
      // a worker's or the writer's own address, by a possessive of one person or the worker's genitive
      'mi dirección', 'nueva residencia', 'dirección del trabajador', 'dirección de la trabajadora', 'domicilio del trabajador', 'domicilio de la trabajadora', 'dirección del empleado', 'dirección de la empleada', 'dirección del temporero', 'dirección de la temporera',
      // a tenant's deposit and landlord: the address is the writer's rented home
      'fianza', 'mi casero', 'mi casera',
      // a dwelling right before the address
      'en la vivienda', 'en el piso de', 'a la vivienda',
      'con domicilio en', 'con domicilio', 'domiciliado', 'domiciliada', 'domiciliado en', 'domiciliada en', 'domicilio particular',
      'vecino de', 'vecina de', 'residente en', 'nueva dirección', 'nuevo domicilio', 'dirección anterior', 'me he mudado',
      'me mudé', 'nos hemos mudado', 'nos mudamos', 'vivo en', 'vivimos en', 'en mi casa', 'destinatario',
      'destinataria', 'remitente', 'recibido de', 'cliente', 'clienta', 'paciente', 'inquilino', 'inquilina', 'asegurado', 'asegurada', 'solicitante', 'demandante', 'visita domiciliaria', 'dirección de recogida', 'recogida en'],
    residenceAfter: ['lugar de residencia', 'localidad de residencia', 'municipio de residencia'],
    phoneWords: ['número', 'teléfono', 'tlf', 'tfno', 'tel', 'móvil', 'movil', 'fijo'],
    phoneAnchors: ['sms', 'whatsapp', 'teléfono particular', 'número particular', 'fijo de casa', 'teléfono de casa', 'llámame al', 'llamadme al', 'llámeme al'],
    labels: ['clientes', 'pacientes', 'inquilinos', 'usuarios', 'remitentes', 'destinatarios'],
    possessive: ['mi', 'mis', 'su', 'sus', 'nuestro', 'nuestra', 'tu', 'tus'],
    home: ['casa', 'piso', 'domicilio', 'vivienda', 'habitación'],
    firstPerson: ['mi', 'mis', 'nuestro', 'nuestra', 'nuestros', 'nuestras'],
    kin: ['madre', 'padre', 'padres', 'abuela', 'abuelo', 'hermana', 'hermano', 'hijo', 'hija', 'tía', 'tío', 'mujer', 'marido', 'pareja', 'novia', 'novio', 'mamá', 'papá'],
    desk: ['servicio', 'atención', 'portal', 'área', 'equipo', 'cuenta'],
    household: ['familia', 'familia de', 'matrimonio', 'hogar'],
    householdPhoneLinks: ['al', 'en el'],
    recipientFor: ['para', 'a'],
    honorific: ['d', 'dña', 'dª', 'don', 'doña', 'sr', 'sra', 'srta'],
    personColumns: ['nombre y apellidos', 'apellidos', 'apellido', 'cliente', 'paciente', 'usuario', 'usuaria', 'inquilino', 'fecha de nacimiento', 'fecha nacimiento'],
    selfIntro: ['soy', 'me llamo', 'mi nombre es', 'somos'],
    homeVerbs: ['vive', 'viven', 'reside', 'residen', 'viviendo', 'residente', 'domiciliado', 'domiciliada'],
    floorWords: ['piso', 'planta', 'puerta', 'escalera', 'ático', 'entresuelo'],
    destination: ['va a', 'van a', 'va a la', 'enviar a', 'enviado a', 'enviada a', 'reenviado a', 'reenviada a', 'reenviar a', 'reenviamos a', 'envío a', 'se envía a', 'entregar en', 'entregado en', 'entregada en', 'entrega en', 'entregas en', 'recoger en', 'recogida en', 'recogemos en', 'intentos en', 'intento en', 'intento de entrega en', 'intentos de entrega en', 'mandar a', 'mandado a', 'llevar a', 'sale hacia', 'sale para'],
    accessAfter: ['caja de llaves', 'cajetín de llaves', 'código de la puerta', 'código del portal', 'código de acceso', 'portero automático', 'portero', 'telefonillo', 'timbre', 'interfono', 'sin ascensor', 'llamar al telefonillo', 'llamar al portero', 'buzón'],
    destinationVerbs: ['entregar', 'entrega', 'entregamos', 'recoger', 'recogemos', 'recogida', 'llevar', 'llevamos', 'mandar', 'enviar', 'remitir', 'notificar'],
    route: ['ruta', 'cómo llego', 'como llego', 'cómo llegar', 'como llegar', 'cómo voy', 'camino', 'mejor manera', 'orden de reparto'],
    stops: ['orden de reparto', 'ruta de reparto', 'orden de entrega', 'orden de las paradas', 'paradas'],
    routeTo: ['a', 'al', 'a la', 'hasta', 'hasta la', 'hasta el', 'hacia'],
    sentAfter: [],
    sentTo: [],
    dwelling: ['alojamiento', 'alojamientos', 'vivienda', 'viviendas'],
    streetSuffixes: [],
    own: ['propia', 'propio'],
    homeMove: ['camión de mudanzas', 'camión de mudanza', 'reserva de espacio', 'reserva de aparcamiento', 'mi mudanza', 'nuestra mudanza', 'montamuebles', 'elevador de muebles'],
    propertyCase: ['perito', 'peritación', 'peritaje', 'siniestro', 'daños por agua', 'fuga de agua', 'filtración', 'filtraciones', 'desahucio', 'lanzamiento', 'impago del alquiler', 'impago de alquiler', 'rentas impagadas', 'okupas', 'okupación'],
    flatUnits: ['puerta', 'pta'],
    livesAfter: [],
    visit: ['inspección', 'peritación', 'visita del perito', 'visita técnica', 'lectura del contador'],
  },
  nl: {
    anchors: [
      // a worker's or the writer's own address, by a possessive of one person or the worker's genitive
      'mijn adres', 'zijn adres', 'nieuwe adres', 'nieuwe woonadres', 'adres van de medewerker', 'adres van de medewerkster', 'adres van de werknemer', 'adres van de seizoenarbeider', 'adres van de seizoenswerker', 'adres van het personeelslid',
      // a tenant's deposit and landlord: the address is the writer's rented home
      'huurborg', 'mijn huisbaas', 'mijn verhuurder',
      // a dwelling right before the address
      'in de woning', 'de woning aan', 'het appartement aan',
      'woonachtig', 'woonachtig te', 'woonachtig aan', 'woonadres', 'thuisadres', 'huisadres', 'privéadres', 'prive adres',
      'nieuw adres', 'oud adres', 'ik ben verhuisd', 'we zijn verhuisd', 'wij zijn verhuisd', 'verhuisd naar', 'ik woon',
      'wij wonen', 'we wonen', 'bij mij', 'ontvanger', 'geadresseerde', 'afzender', 'klant', 'cliënt', 'client',
      'patiënt', 'patient', 'huurder', 'bewoner', 'verzekerde', 'aanvrager', 'eiser', 'gedaagde', 'huisbezoek', 'ophaaladres', 'sleutelhouder'],
    residenceAfter: ['woonplaats', 'woonpl'],
    phoneWords: ['nummer', 'telefoonnummer', 'mobiel', 'mobiele nummer', 'vaste nummer', 'tel', 'telefoon'],
    phoneAnchors: ['sms', 'sms je', 'whatsapp', 'appje', 'privénummer', 'prive nummer', 'privé nummer', 'thuisnummer', 'vaste lijn thuis', 'bel me op', 'bel mij op', 'ik ben bereikbaar op'],
    labels: ['klanten', 'cliënten', 'patiënten', 'huurders', 'bewoners', 'afzenders', 'ontvangers', 'geadresseerden'],
    possessive: ['mijn', 'zijn', 'haar', 'ons', 'onze', 'uw', 'jouw', 'hun'],
    home: ['huis', 'woning', 'huurwoning', 'koopwoning', 'appartement', 'flat', 'kamer', 'nieuwe huis'],
    firstPerson: ['mijn', 'ons', 'onze'],
    kin: ['moeder', 'vader', 'ouders', 'oma', 'opa', 'zus', 'broer', 'zoon', 'dochter', 'tante', 'oom', 'vrouw', 'man', 'vriendin', 'vriend', 'mama', 'papa'],
    desk: ['service', 'dienst', 'portaal', 'team', 'account'],
    household: ['familie', 'fam', 'gezin', 'echtpaar', 'huishouden'],
    householdPhoneLinks: ['op', 'via'],
    recipientFor: ['voor', 'aan'],
    honorific: ['dhr', 'mevr', 'mevrouw', 'meneer', 'de heer'],
    personColumns: ['voornaam', 'achternaam', 'naam voornaam', 'klant', 'cliënt', 'client', 'patiënt', 'huurder', 'bewoner', 'geboortedatum'],
    selfIntro: ['ik ben', 'ik heet', 'mijn naam is', 'wij zijn', 'we zijn'],
    homeVerbs: ['woont', 'wonen', 'wonend', 'woonachtig'],
    floorWords: ['verdieping', 'etage', 'hoog', 'driehoog', 'tweehoog', 'vierhoog', 'flat', 'appartement'],
    destination: ['gaat naar', 'gaan naar', 'ging naar', 'gestuurd naar', 'sturen naar', 'verstuurd naar', 'versturen naar', 'verzonden naar', 'verzenden naar', 'bezorgd op', 'bezorgd aan', 'bezorgd bij', 'bezorgen op', 'bezorgen aan', 'bezorgen bij', 'bezorging op', 'bezorging aan', 'bezorgpoging op', 'bezorgpogingen op', 'afleveren op', 'afleveren aan', 'afgeleverd op', 'aflevering op', 'ophalen op', 'ophalen aan', 'ophalen bij', 'opgehaald op', 'levering op', 'geleverd op', 'geleverd aan', 'ophalen', 'per post naar', 'per post aan', 'opsturen naar', 'afgeven op', 'afgeven bij'],
    accessAfter: ['sleutelkastje', 'sleutelkluis', 'sleutelbox', 'deurcode', 'toegangscode', 'deurbel', 'intercom', 'bellen bij', 'aanbellen', 'aanbellen bij', 'geen lift', 'zonder lift', 'trap is steil', 'steile trap', 'eenhoog', 'tweehoog', 'driehoog', 'vierhoog', 'brievenbus'],
    destinationVerbs: ['afleveren', 'bezorgen', 'leveren', 'ophalen', 'brengen', 'aflevering', 'bezorging'],
    route: ['route', 'fietsroute', 'snelste', 'kom ik', 'rijd ik', 'fiets ik', 'kom je', 'volgorde'],
    stops: ['volgorde', 'bezorgvolgorde', 'bezorgroute', 'rijroute', 'stops'],
    routeTo: ['naar', 'tot aan'],
    sentAfter: ['gestuurd', 'verstuurd', 'verzonden', 'bezorgd', 'geleverd', 'gebracht', 'sturen', 'versturen', 'bezorgen', 'brengen'],
    sentTo: ['naar', 'aan', 'op'],
    dwelling: ['woning', 'woningen', 'huisvesting', 'onderkomen'],
    streetSuffixes: ['straat', 'weg', 'laan', 'plein', 'kade', 'gracht', 'singel'],
    own: ['eigen'],
    homeMove: ['verhuiswagen', 'verhuisbus', 'verhuislift', 'verhuisontheffing', 'ontheffing parkeren', 'parkeerontheffing', 'mijn verhuizing', 'onze verhuizing'],
    propertyCase: ['schade expert', 'waterschade', 'stormschade', 'brandschade', 'lekkage', 'ontruiming', 'huurachterstand', 'burenruzie', 'geluidsoverlast', 'huurgeschil', 'huurcommissie'],
    flatUnits: ['appartement', 'app'],
    livesAfter: ['woont', 'wonen', 'staat ingeschreven', 'ingeschreven staat'],
    visit: ['bezichtiging', 'inspectie', 'keuring', 'woningopname', 'oplevering', 'meteropname', 'schade opname'],
  },
  it: {
    anchors: [
      // a worker's or the writer's own address, by a possessive of one person or the worker's genitive
      'il mio indirizzo', 'mio indirizzo', 'nuova residenza', 'nuovo domicilio', 'indirizzo del dipendente', 'indirizzo della dipendente', 'residenza del dipendente', 'residenza della dipendente', 'indirizzo del lavoratore', 'indirizzo della lavoratrice', 'indirizzo dello stagionale', 'residenza del lavoratore',
      // a tenant's deposit and landlord: the address is the writer's rented home
      'cauzione', 'mio padrone di casa', 'mia padrona di casa',
      // a dwelling right before the address
      'all abitazione', 'nell abitazione', 'all appartamento', 'nell appartamento',
      'residente in', 'residente a', 'residenti in', 'domiciliato', 'domiciliata', 'domiciliato in', 'domiciliata in', 
      'nuovo indirizzo', 'vecchio indirizzo', 'indirizzo di casa', 'mi sono trasferito', 'mi sono trasferita', 'ci siamo trasferiti',
      'abito in', 'abito a', 'abitiamo in', 'a casa mia', 'destinatario', 'destinataria', 'mittente', 'cliente',
      'paziente', 'inquilino', 'inquilina', 'assistito', 'assistita', 'assicurato', 'assicurata', 'richiedente',
      'ricorrente', 'visita domiciliare', 'nuovo domicilio', 'vecchio domicilio', 'indirizzo di ritiro', 'prelevare in'],
    residenceAfter: ['comune di residenza', 'luogo di residenza', 'residenza'],
    phoneWords: ['numero', 'num', 'cellulare', 'cell', 'telefono', 'tel', 'fisso'],
    phoneAnchors: ['sms', 'whatsapp', 'numero privato', 'numero personale', 'numero di casa', 'telefono di casa', 'fisso di casa', 'chiamami al', 'richiamami al'],
    labels: ['clienti', 'pazienti', 'inquilini', 'assistiti', 'mittenti', 'destinatari'],
    possessive: ['mio', 'mia', 'miei', 'mie', 'suo', 'sua', 'suoi', 'sue', 'nostro', 'nostra', 'tuo', 'tua', 'loro'],
    home: ['casa', 'appartamento', 'abitazione', 'domicilio', 'camera'],
    firstPerson: ['mio', 'mia', 'miei', 'mie', 'nostro', 'nostra', 'nostri', 'nostre'],
    kin: ['madre', 'padre', 'genitori', 'nonna', 'nonno', 'sorella', 'fratello', 'figlio', 'figlia', 'zia', 'zio', 'moglie', 'marito', 'compagna', 'compagno', 'mamma', 'papà'],
    desk: ['servizio', 'assistenza', 'area', 'portale', 'team', 'account'],
    household: ['famiglia', 'coniugi', 'nucleo familiare'],
    householdPhoneLinks: ['al', 'allo', 'al numero'],
    recipientFor: ['per', 'a'],
    honorific: ['sig', 'sig ra', 'sigra', 'signor', 'signora', 'sig na'],
    personColumns: ['cognome', 'cognome e nome', 'nome e cognome', 'cliente', 'paziente', 'assistito', 'inquilino', 'data di nascita', 'data nascita'],
    selfIntro: ['sono', 'mi chiamo', 'il mio nome è', 'siamo'],
    homeVerbs: ['abita', 'abitano', 'vive', 'vivono', 'abitante', 'residente', 'domiciliato', 'domiciliata'],
    floorWords: ['piano', 'interno', 'int', 'scala', 'appartamento'],
    destination: ['va a', 'vanno a', 'va in', 'vanno in', 'spedire a', 'spedire in', 'spedito a', 'spedito in', 'rispedito a', 'rispedita a', 'rispedito in', 'spedita a', 'spedita in', 'inviare a', 'inviato a', 'inviata a', 'consegnare a', 'consegnare in', 'consegnato in', 'consegnata in', 'consegna a', 'consegna in', 'consegne in', 'ritiro in', 'ritiro a', 'ritiriamo in', 'tentativi in', 'tentativo in', 'tentativi di consegna in', 'recapitare a', 'recapito in'],
    accessAfter: ['cassetta chiavi', 'cassetta delle chiavi', 'cassetta portachiavi', 'codice del portone', 'codice portone', 'citofono', 'campanello', 'citofonare', 'suonare a', 'suonare al', 'senza ascensore', 'scala a', 'scala b', 'scala c', 'scala d', 'cassetta della posta', 'cassetta postale', 'buca delle lettere'],
    destinationVerbs: ['consegnare', 'consegna', 'consegniamo', 'ritirare', 'ritiro', 'ritiriamo', 'portare', 'recapitare'],
    route: ['percorso', 'strada', 'arrivare', 'arrivo', 'come si arriva', 'raggiungere', 'tragitto', 'ordine di consegna'],
    stops: ['ordine di consegna', 'giro di consegne', 'giro consegne', 'ordine delle tappe', 'tappe'],
    routeTo: ['a', 'in', 'al', 'alla', 'fino a', 'fino al', 'verso'],
    sentAfter: [],
    sentTo: [],
    dwelling: ['alloggio', 'alloggi', 'foresteria'],
    streetSuffixes: [],
    own: ['propria', 'proprio'],
    homeMove: ['camion traslochi', 'camion per trasloco', 'camion del trasloco', 'furgone traslochi', 'montamobili', 'scala montamobili', 'il mio trasloco', 'nostro trasloco'],
    propertyCase: ['perito', 'perizia', 'sopralluogo', 'sinistro', 'danni da acqua', 'danno da acqua', 'infiltrazione', 'infiltrazioni', 'sfratto', 'morosità', 'lite condominiale', 'liti condominiali', 'controversia condominiale', 'condominiale', 'canoni non pagati'],
    flatUnits: ['interno', 'int', 'appartamento', 'scala'],
    livesAfter: [],
    visit: ['sopralluogo', 'perizia', 'lettura del contatore', 'visita tecnica'],
  },
};
