/**
 * Words around a lone given name that make it the person a sentence states a health fact about (health-subject-names.ts).
 * Lower case; a space stands for one space. Adding a language is adding an entry here.
 */
export interface HealthSubjectWords {
  /**
   * Nouns for a member of a group the writer deals with, which a first name follows right after (an article or a
   * possessive may stand before the noun): "deelnemer Bas (autisme, epilepsie)", "l'operaio Arben", "la figlia Giulia è
   * celiaca", "our driver Kev". Workplaces, care settings, schools, clubs; relatives (kin-words.ts's kin) count too.
   */
  persons: readonly string[];
  /**
   * What ends right before the addressee of a message to write: "write to Bas", "mensaje de ánimo a Paco", "schreib
   * Tobias", "biglietto per Giulia". The name is whom the message is for, and its health fact is theirs.
   */
  writeTo: readonly string[];
  /** Relative pronouns that open a clause about the name right after its comma ("Inmaculada, que está de baja"). */
  relative: readonly string[];
  /** The word right before the person a plan, a letter or an arrangement is for ("a return-to-work plan for Dritan"). */
  forWords: readonly string[];
  /**
   * Verbs in the third person that follow a sentence's subject, one word each: a name that opens a sentence before one of
   * them is that sentence's subject ("Tomasz is off with a slipped disc", "Anja ist schwanger", "Mathieu s'est cassé le
   * poignet", "Wendy heeft epilepsie", "Francesca ha il diabete"), not the everyday word a name list also holds ("Korte
   * vraag", "Manca il referto"). Apostrophes as in the text ("s'est", "s’est").
   */
  subjectVerbs: readonly string[];
  /**
   * Prepositions that open a short description between such a name and its verb: where the person works or which shift
   * ("Wendy van ons callcenter heeft", "Francesca del turno pomeridiano ha", "Encarna, de la oficina de Cádiz, está").
   */
  describedBy: readonly string[];
  /**
   * Verbs of telling and the object pronouns that stand between them and the name, read as subjectVerbs are (held-out
   * sets 86-90: "Kayleigh told me she's pregnant", "Inès m'a dit", "Rocío me ha contado", "Fatima vertelde dat", "Luca mi
   * ha detto"): a worker's or a client's health fact reported to the writer. Also "came" ("Fatima kwam haar insuline
   * halen"): a client at a counter.
   */
  tellingVerbs: readonly string[];
  /**
   * The customers, callers, visitors and agents of banks, job centres, contact centres and landlords, read as persons are;
   * before a name in commas too ("One of my agents, Kayleigh, has...", "Une conseillère, Yasmine, m'a dit"), a plural
   * read without its ending (held-out sets 86-90).
   */
  members: readonly string[];
  /**
   * A verb of helping, feeding, washing, explaining to or giving medicine to someone, with its preposition, that ends right
   * before the person cared for ("how do I help Henk", "j'ai donné à Raymonde le pilulier", "le he dado a Manoli",
   * "ho dato a Pina la terapia", "come faccio ad aiutare Tonino"); a subject pronoun may stand between a German or Dutch
   * verb and the name ("hoe help ik Henk", "wie erkläre ich Liesel"). Held-out set 95 (home care): a carer's question
   * about a client known by first name, the health fact in the sentence or the next ("il a parkinson").
   */
  careFor: readonly string[];
  /**
   * German and Dutch past participles of those verbs, read at the end of a perfect whose auxiliary stands right before
   * the name ("Ik heb Bep vanochtend de avondrol gegeven", "Ich habe Liesel die Abendtabletten gegeben").
   */
  careParticiples: readonly string[];
  /** The perfect's auxiliaries before the name, for careParticiples ("heb", "habe"). */
  careAuxiliaries: readonly string[];
  /** Subject pronouns that stand between a careFor verb and the name in a German or Dutch question ("help ik", "erkläre ich"). */
  carePronouns: readonly string[];
  /**
   * What ends right before the person a therapist's, carer's, coach's or teacher's own note says they saw, visited or had
   * a session with ("saw jess today", "séance avec hugo", "vi a lucía", "sessie met daan", "seduta con marco"): the note's
   * subject, typed in lower case as often as not (names.ts reads a lower-case given name there, health-subject-names.ts).
   */
  metWith: readonly string[];
  /** Participles after the name that say the same in German and Dutch word order ("heute jonas gesehen", "vandaag sanne gezien"). */
  metAfter: readonly string[];
}

export const HEALTH_SUBJECT_WORDS: Readonly<Record<'en' | 'de' | 'fr' | 'es' | 'nl' | 'it', HealthSubjectWords>> = {
  en: {
    persons: ['participant', 'resident', 'client', 'patient', 'worker', 'driver', 'employee', 'colleague', 'pupil', 'student', 'guest', 'member', 'trainee', 'apprentice', 'operative', 'operator', 'labourer', 'laborer', 'picker', 'volunteer', 'tenant', 'learner', 'player', 'passenger', 'service user', 'temp', 'seasonal'],
    writeTo: ['write to', 'write a note to', 'message to', 'email to', 'e-mail to', 'note to', 'letter to', 'text to', 'card for', 'get well card for', 'get-well card for', 'a card to', 'reply to'],
    relative: ['who', 'whose'],
    forWords: ['for'],
    subjectVerbs: ['is', 'was', 'has', 'had', 'will', 'won’t', "won't", 'can’t', "can't", 'cannot', 'needs', 'suffers', 'broke', 'fell', 'collapsed', 'tested', 'got', 'went', 'takes', 'uses', 'underwent', 'starts', 'started', 'came', 'hurt', 'injured', 'twisted', 'sprained', 'developed', 'lost', 'does', 'did',
      // a traveller's journey, in a travel agent's or an airline's note ('Noelia vuelve de Cancún ... de embarazo')
      'flies', 'travels', 'returns', 'gets'],
    describedBy: ['from', 'of', 'in', 'at', 'on'],
    tellingVerbs: ['came', 'told', 'tells', 'said', 'says', 'mentioned', 'rang', 'phoned', 'called', 'emailed', 'disclosed', 'confided', 'explained', 'let'],
    members: ['agent', 'customer', 'caller', 'claimant', 'applicant', 'jobseeker', 'candidate', 'regular', 'visitor', 'boy', 'girl', 'child', 'kid',
      'borrower', 'lessee', 'policyholder', 'staff member', 'team member'],
    careFor: ['help', 'helping', 'helped', 'give', 'gave', 'given', 'giving', 'feed', 'feeding', 'fed', 'wash', 'washing', 'washed', 'dress', 'dressing', 'dressed', 'shower', 'showering', 'showered', 'lift', 'lifting', 'reposition', 'repositioning', 'remind', 'reminding', 'persuade', 'convince', 'explain to', 'calm', 'calm down', 'reassure', 'support'],
    careParticiples: [],
    careAuxiliaries: [],
    carePronouns: [],
    metWith: ['saw', 'seen', 'visited', 'visit to', 'visit with', 'met with', 'session with', 'sessions with', 'appointment with', 'appt with', 'call with', 'spoke to', 'spoke with', 'talked to', 'talked with', 'checked on', 'checked in with', 'check-in with', '1:1 with', '1-1 with', 'catch-up with', 'pt with', 'review with', 'home visit to'],
    metAfter: [],
  },
  de: {
    persons: ['teilnehmer', 'teilnehmerin', 'bewohner', 'bewohnerin', 'klient', 'klientin', 'patient', 'patientin', 'mitarbeiter', 'mitarbeiterin', 'kollege', 'kollegin', 'fahrer', 'fahrerin', 'schüler', 'schülerin', 'gast', 'mitglied', 'azubi', 'auszubildende', 'auszubildender', 'praktikant', 'praktikantin', 'arbeiter', 'arbeiterin', 'helfer', 'helferin', 'erntehelfer', 'erntehelferin', 'spieler', 'spielerin', 'leiharbeiter', 'leiharbeiterin', 'beschäftigte', 'beschäftigter'],
    writeTo: ['schreib', 'schreibe', 'schreiben sie', 'nachricht an', 'mail an', 'e-mail an', 'brief an', 'karte an', 'karte für', 'genesungskarte für', 'zeilen an', 'antwort an'],
    relative: ['der', 'die', 'dessen', 'deren', 'welcher', 'welche'],
    forWords: ['für', 'fuer'],
    subjectVerbs: ['ist', 'war', 'hat', 'hatte', 'wird', 'muss', 'darf', 'kann', 'leidet', 'fällt', 'liegt', 'bekommt', 'braucht', 'nimmt', 'musste', 'konnte', 'wurde', 'erwartet', 'geht', 'kommt', 'macht', 'fiel', 'bekam', 'lag', 'nutzt', 'benutzt', 'fliegt', 'reist', 'kehrt'],
    describedBy: ['aus', 'vom', 'von', 'im', 'in', 'bei', 'an'],
    tellingVerbs: ['kam', 'sagt', 'sagte', 'erzählt', 'erzählte', 'meldet', 'meldete', 'rief', 'ruft', 'schreibt', 'schrieb', 'teilte', 'teilt'],
    members: ['kunde', 'kundin', 'agentin', 'anrufer', 'anruferin', 'besucher', 'besucherin', 'junge', 'mädchen', 'kind', 'bewerber', 'bewerberin',
      'mieter', 'mieterin', 'ehrenamtlicher', 'ehrenamtliche'],
    careFor: ['hilf', 'helfe', 'helfen', 'half', 'geholfen', 'gib', 'gebe', 'geben', 'gab', 'gegeben', 'erklär', 'erkläre', 'erklären', 'erklärt', 'wasch', 'wasche', 'waschen', 'füttere', 'füttern', 'beruhige', 'beruhigen', 'unterstütze', 'unterstützen', 'überzeuge', 'überzeugen', 'erinnere', 'erinnern'],
    careParticiples: ['gegeben', 'geholfen', 'gewaschen', 'gefüttert', 'verabreicht', 'erklärt', 'gespritzt'],
    careAuxiliaries: ['habe', 'hab', 'hat', 'haben', 'hast', 'hatte', 'hatten'],
    carePronouns: ['ich', 'du', 'wir', 'man', 'sie'],
    metWith: ['sitzung mit', 'termin mit', 'gespräch mit', 'telefonat mit', 'stunde mit', 'training mit', 'besuch bei', 'hausbesuch bei', 'visite bei'],
    metAfter: ['gesehen', 'besucht', 'gesprochen', 'getroffen', 'angerufen', 'gewesen', 'betreut', 'trainiert'],
  },
  fr: {
    persons: ['participant', 'participante', 'résident', 'résidente', 'client', 'cliente', 'patient', 'patiente', 'salarié', 'salariée', 'collègue', 'chauffeur', 'conducteur', 'conductrice', 'élève', 'invité', 'invitée', 'membre', 'stagiaire', 'apprenti', 'apprentie', 'ouvrier', 'ouvrière', 'employé', 'employée', 'agent', 'joueur', 'joueuse', 'usager', 'usagère', 'bénévole', 'intérimaire', 'saisonnier', 'saisonnière', 'adhérent', 'adhérente'],
    writeTo: ['écris à', 'écrire à', 'écrivez à', 'message à', 'mot à', 'mot pour', 'carte pour', 'lettre à', 'mail à', 'courriel à', 'réponds à', 'répondre à'],
    relative: ['qui', 'dont'],
    forWords: ['pour'],
    subjectVerbs: ['est', 'était', 'a', 'avait', 'sera', 'souffre', "s'est", 's’est', 'doit', 'ne', "n'est", 'n’est', "n'a", 'n’a', 'prend', 'vient', 'va', 'reste', 'attend', 'se', 'fait', 'faisait', 'utilise', 'vole', 'voyage', 'rentre', 'revient'],
    describedBy: ['de', 'du', 'des', 'au', 'à', 'en', 'chez'],
    tellingVerbs: ["m'a", 'm’a', 'nous', 'me', 'dit', 'explique', 'raconte', 'appelle', 'écrit'],
    members: ['conseiller', 'conseillère', 'agente', 'allocataire', 'demandeur', 'demandeuse', 'candidat', 'candidate', 'locataire', 'visiteur',
      'visiteuse', 'garçon', 'fille', 'enfant', 'opératrice', 'opérateur'],
    careFor: ['aider', 'aide', 'aidé', 'aidée', 'aidez', 'donner à', 'donne à', 'donné à', 'donnez à', 'expliquer à', 'explique à', 'faire manger', 'laver', 'lave', 'habiller', 'lever', 'rassurer', 'calmer', 'convaincre', 'rappeler à', 'accompagner'],
    careParticiples: [],
    careAuxiliaries: [],
    carePronouns: [],
    metWith: ['vu', 'vue', 'revu', 'revue', 'séance avec', 'rdv avec', 'entretien avec', 'consultation avec', 'visite chez', 'visite à', 'passé chez', 'passée chez', 'appelé', 'appelée', 'eu au téléphone', 'parlé avec', 'rendu visite à'],
    metAfter: [],
  },
  es: {
    persons: ['participante', 'residente', 'cliente', 'paciente', 'trabajador', 'trabajadora', 'empleado', 'empleada', 'compañero', 'compañera', 'conductor', 'conductora', 'chófer', 'chofer', 'taxista', 'alumno', 'alumna', 'huésped', 'socio', 'socia', 'becario', 'becaria', 'aprendiz', 'operario', 'operaria', 'peón', 'jugador', 'jugadora', 'usuario', 'usuaria', 'voluntario', 'voluntaria', 'temporero', 'temporera', 'jornalero', 'jornalera'],
    writeTo: ['escribe a', 'escribir a', 'escríbele a', 'mensaje a', 'mensaje de ánimo a', 'mensaje de apoyo a', 'correo a', 'carta a', 'tarjeta para', 'tarjeta a', 'nota para', 'nota a', 'responde a', 'whatsapp a'],
    relative: ['que', 'quien', 'cuyo', 'cuya'],
    forWords: ['para'],
    subjectVerbs: ['está', 'es', 'tiene', 'tenía', 'ha', 'había', 'sufre', 'estará', 'sigue', 'lleva', 'toma', 'necesita', 'se', 'no', 'padece', 'estuvo', 'tuvo', 'va', 'espera', 'hace', 'hizo', 'sufrió', 'usa', 'utiliza', 'vuelve', 'vuela', 'viaja', 'regresa'],
    describedBy: ['de', 'del', 'en', 'desde'],
    tellingVerbs: ['vino', 'me', 'nos', 'dice', 'dijo', 'cuenta', 'contó', 'comenta', 'comentó', 'llamó', 'escribió'],
    members: ['agente', 'teleoperador', 'teleoperadora', 'repartidor', 'repartidora', 'inquilino', 'inquilina', 'vecino', 'vecina', 'niño', 'niña',
      'chico', 'chica', 'candidato', 'candidata', 'solicitante'],
    careFor: ['ayudar a', 'ayudo a', 'ayuda a', 'ayudé a', 'ayudarle a', 'dar a', 'doy a', 'di a', 'dado a', 'dio a', 'explicar a', 'explico a', 'explicarle a', 'dar de comer a', 'lavar a', 'vestir a', 'levantar a', 'calmar a', 'tranquilizar a', 'convencer a', 'recordar a', 'recordarle a', 'acompañar a'],
    careParticiples: [],
    careAuxiliaries: [],
    carePronouns: [],
    metWith: ['vi a', 'visto a', 'vista a', 'visité a', 'visita a', 'visita con', 'sesión con', 'cita con', 'consulta con', 'hablé con', 'llamé a', 'entrenamiento con', 'tutoría con', 'en casa de'],
    metAfter: [],
  },
  nl: {
    persons: ['deelnemer', 'deelneemster', 'bewoner', 'bewoonster', 'cliënt', 'client', 'patiënt', 'patient', 'medewerker', 'medewerkster', 'collega', 'chauffeur', 'leerling', 'gast', 'lid', 'stagiair', 'stagiaire', 'werknemer', 'speler', 'speelster', 'vrijwilliger', 'vrijwilligster', 'uitzendkracht', 'seizoenwerker', 'arbeider', 'zorgvrager', 'pupil'],
    writeTo: ['schrijf', 'schrijf aan', 'schrijf een kaartje voor', 'bericht aan', 'berichtje aan', 'mail aan', 'brief aan', 'kaartje voor', 'kaart voor', 'beterschapskaart voor', 'appje aan', 'antwoord aan'],
    relative: ['die', 'wiens', 'wier'],
    forWords: ['voor'],
    subjectVerbs: ['is', 'was', 'heeft', 'had', 'ligt', 'moet', 'mag', 'kan', 'krijgt', 'gebruikt', 'zit', 'wordt', 'lijdt', 'valt', 'verwacht', 'gaat', 'komt', 'werd', 'kreeg', 'viel', 'doet', 'lag', 'vliegt', 'reist', 'keert'],
    describedBy: ['van', 'uit', 'bij', 'op', 'in'],
    tellingVerbs: ['kwam', 'vertelde', 'vertelt', 'zegt', 'zei', 'meldde', 'meldt', 'belde', 'liet', 'mailde', 'appte', 'gaf'],
    members: ['agent', 'klant', 'beller', 'bezoeker', 'bezoekster', 'huurder', 'huurster', 'jongen', 'meisje', 'kind', 'kandidaat', 'sollicitant'],
    careFor: ['help', 'helpen', 'hielp', 'geholpen', 'geef', 'geven', 'gaf', 'gegeven', 'uitleggen aan', 'wassen', 'voer', 'voeren', 'kalmeer', 'kalmeren', 'overtuig', 'overtuigen', 'herinner', 'ondersteun', 'ondersteunen'],
    careParticiples: ['gegeven', 'geholpen', 'gewassen', 'gevoerd', 'toegediend', 'uitgelegd', 'gespoten'],
    careAuxiliaries: ['heb', 'hebt', 'heeft', 'hebben', 'had', 'hadden'],
    carePronouns: ['ik', 'je', 'jij', 'we', 'wij', 'u', 'men'],
    metWith: ['sessie met', 'gesprek met', 'afspraak met', 'consult met', 'training met', 'langs bij', 'huisbezoek bij', 'gebeld met'],
    metAfter: ['gezien', 'bezocht', 'gesproken', 'gebeld', 'geweest', 'getraind', 'begeleid'],
  },
  it: {
    persons: ['partecipante', 'residente', 'ospite', 'cliente', 'paziente', 'dipendente', 'collega', 'autista', 'operaio', 'operaia', 'alunno', 'alunna', 'socio', 'socia', 'tirocinante', 'apprendista', 'lavoratore', 'lavoratrice', 'giocatore', 'giocatrice', 'utente', 'volontario', 'volontaria', 'stagionale', 'bracciante', 'studente', 'studentessa'],
    writeTo: ['scrivi a', 'scrivere a', 'scrivete a', 'messaggio a', 'messaggio per', 'biglietto per', 'biglietto a', 'lettera a', 'mail a', 'email a', 'rispondi a'],
    relative: ['che', 'il quale', 'la quale', 'cui'],
    forWords: ['per'],
    subjectVerbs: ['è', 'era', 'ha', 'aveva', 'sarà', 'soffre', 'deve', 'può', 'non', 'prende', 'si', 'sta', 'resta', 'aspetta', 'fa', 'usa', 'utilizza', 'ebbe', 'vola', 'viaggia', 'rientra', 'torna'],
    describedBy: ['del', 'della', 'dello', 'dei', 'delle', 'dal', 'dalla', 'di', 'nel', 'nella', 'in', 'al', 'alla', 'dell'],
    tellingVerbs: ['venne', 'mi', 'ci', 'dice', 'racconta', 'chiama', 'scrive'],
    members: ['operatore', 'operatrice', 'operatori', 'operatrici', 'dipendenti', 'colleghi', 'clienti', 'inquilino', 'inquilina', 'ragazzo', 'ragazza',
      'bambino', 'bambina', 'candidato', 'candidata'],
    careFor: ['aiutare', 'aiuto', 'aiuta', 'aiutato', 'aiutata', 'ad aiutare', 'dare a', 'do a', 'dato a', 'dai a', 'spiegare a', 'spiego a', 'far mangiare', 'lavare', 'vestire', 'alzare', 'calmare', 'tranquillizzare', 'convincere', 'ricordare a', 'accompagnare'],
    careParticiples: [],
    careAuxiliaries: [],
    carePronouns: [],
    metWith: ['visto', 'vista', 'rivisto', 'rivista', 'seduta con', 'colloquio con', 'incontro con', 'sentito', 'sentita', 'chiamato', 'chiamata', 'passato da', 'passata da', 'visita a', 'visita da', 'incontrato', 'incontrata', 'parlato con', 'allenamento con', 'a casa di'],
    metAfter: [],
  },
};
