// The private-evidence gate (private-evidence.ts): texts of our own, none from a held-out set. Each text's name is one the
// name lists find alone (checked with detect, which has no gate); classify keeps it in a private note and drops it in a
// public text.
import { describe, expect, it } from 'vitest';
import { classify } from './classify.js';
import { detect } from './detect.js';
import { PRIVATE_EVIDENCE_WORDS } from './data/private-evidence-words.js';
import { ageAfterName, hasPrivateWords, privateWordIn } from './private-evidence.js';

const listedNames = (text: string): string[] =>
  detect(text)
    .filter((f) => f.rule === 'person.gazetteer')
    .map((f) => text.slice(f.start, f.end));
const request = (...texts: string[]): unknown => ({
  messages: texts.map((content, i) => ({ role: i % 2 === 0 ? 'user' : 'assistant', content })),
});

describe('a request whose only findings are listed names keeps them only with private evidence', () => {
  it.each([
    ['en', 'Tidy this for the handover: Eleanor Whitcombe is back from hospital and needs her insulin at 8.'],
    [
      'de',
      'Bitte kürzen: Jonas Albrecht hat sich krankgemeldet, der Schichtplan für nächste Woche muss angepasst werden.',
    ],
    ['fr', 'Réécris pour le dossier RH : Camille Berthelot a reçu un avertissement pour retards répétés.'],
    ['nl', 'Maak dit netjes: Sanne Kuipers, 8 jaar, heeft een notenallergie, epipen in haar tas.'],
    [
      'it',
      'Riformula per la cartella clinica: Giovanna Ferraresi, 84 anni, caduta in camera, nessuna frattura.',
    ],
    ['en', 'Draft a letter to the third party: the cyclist, Eleanor Whitcombe, was off work for a month.'],
    ['de', 'Glückwunschkarte zum 70. Geburtstag von Jonas Albrecht, bitte herzlich.'],
    ['nl', 'Herschrijf: chauffeur Sanne Kuipers mag voorlopig niet rijden.'],
    ['it', 'Riformula il diario: Giovanna Ferraresi agitata, avvisata la sorella.'],
  ])('a private note (%s) is still flagged', (_lang, text) => {
    expect(listedNames(text)).not.toEqual([]);
    expect(classify(request(text)).dataClass).not.toBe('none');
  });

  it.each([
    [
      'en',
      "Programme notes for Sunday: Fanny Mendelssohn's Easter Sonata, a nocturne by John Field and Amy Beach's Romance.",
    ],
    [
      'en',
      'Match summary: Lauren James scored twice and Alessia Russo added a third as Chelsea beat Arsenal.',
    ],
    ['de', 'Programmheft: Lieder von Fanny Hensel, danach Clara Wieck und ein Stück von Max Reger.'],
    ['fr', 'Affiche du concert : œuvres de Lili Boulanger, Gabriel Fauré et Maurice Duruflé.'],
    ['es', 'Crónica: Carolina Marín gana en Madrid y Pablo Abián cae en cuartos.'],
    ['nl', 'Concertprogramma: werken van Jan Pieterszoon Sweelinck en Louis Andriessen.'],
    ['it', 'Locandina: musiche di Ottorino Respighi e Nino Rota, dirige Riccardo Chailly.'],
  ])('a public text (%s) is not flagged', (_lang, text) => {
    expect(listedNames(text)).not.toEqual([]);
    expect(classify(request(text))).toMatchObject({ dataClass: 'none', findings: [] });
  });

  it('reads the evidence anywhere in the request: another message says the names are private', () => {
    const names = 'Write a short thank-you card for Eleanor Whitcombe.';
    expect(classify(request(names)).dataClass).toBe('none');
    expect(
      classify(request('I manage a care home and need cards for our residents.', 'Happy to help.', names))
        .dataClass,
    ).not.toBe('none');
  });

  it('judges a word of private life in the names\' own message near them only (within 200 characters)', () => {
    const far =
      'My daughter asked me to help her with a project. ' +
      'The topic is the old harbour district and how its warehouses, cranes and canals changed between 1850 and 1950. ' +
      'Give three short paragraphs with dates, one on the trade routes and one on the bridges, in plain words. ' +
      'Finally mention the engineer Eleanor Whitcombe who designed the swing bridge.';
    expect(listedNames(far)).toEqual(['Eleanor Whitcombe']);
    expect(classify(request(far))).toMatchObject({ dataClass: 'none', findings: [] });
    const near =
      'The topic is the old harbour district and how its warehouses, cranes and canals changed between 1850 and 1950. ' +
      'Give three short paragraphs with dates, one on the trade routes and one on the bridges, in plain words. ' +
      'My daughter asked me to help her with a project, and Eleanor Whitcombe from next door has old photographs.';
    expect(classify(request(near)).dataClass).not.toBe('none');
  });

  it('drops nothing when anything else is found: an e-mail keeps the names with it', () => {
    const text =
      'Programme notes: a nocturne by John Field. Questions to fanny.beach@example-mail.de please.';
    const found = classify(request(text)).findings.map((f) => f.entity);
    expect(found).toContain('PERSON');
    expect(found).toContain('EMAIL_ADDRESS');
  });
});

describe('private evidence', () => {
  it.each([
    ['my neighbour', 'Can you word this kindly for my neighbour?'],
    ['told me', 'She told me this morning she wants to go part-time.'],
    ['*allergie', 'Die Erdnussallergie steht im Notfallplan.'],
    ['*medewerker', 'De magazijnmedewerker belt morgen terug.'],
    ['m a dit', "Elle m'a dit qu'elle partait."],
    ['zimmer', 'liste: zimmer 12 und zimmer 15'],
    ['year', 'The Year 6 trip to the coast'],
    ['age', 'Convert to SOAP: 72F, lives alone.'],
    ['our insured', 'Our insured clipped a van at the junction.'],
    ['geburtstag*', 'Karte zum 80. Geburtstag von Oma Hilde'],
    ['*geburtstag', 'Der Kindergeburtstag ist am Samstag.'],
    ['anniversaire*', "Un mot pour l'anniversaire de Mme Roux"],
    ['tomador*', 'El tomador del seguro no contesta.'],
    ['chauffeur', 'De chauffeur belt morgen.'],
    ['*apneu', 'last van slaapapneu sinds de zomer'],
    ['epilett*', 'crisi epilettica stamattina'],
    ['la sorella', 'abbiamo avvisato la sorella'],
    ['geb', 'name;geb;verein'],
  ])('finds %s', (word, text) => {
    expect(privateWordIn(text)).toBe(word);
  });

  it('finds every listed word, stem, ending and room word, in capitals and in lower case (the filters skip none)', () => {
    const missed: string[] = [];
    for (const lang of Object.values(PRIVATE_EVIDENCE_WORDS)) {
      const forms = [
        ...lang.words.map((w) => (w.startsWith('*') ? `Haus${w.slice(1)}` : w.endsWith('*') ? `${w.slice(0, -1)}ungen` : w)),
        ...lang.possessive.flatMap((p) => lang.relation.map((r) => `${p} ${r}`)),
        ...lang.beforeNumber.map((w) => `${w} 12`),
      ];
      for (const f of forms) for (const t of [`Note: ${f} today.`, `NOTE: ${f.toUpperCase()} TODAY.`]) if (privateWordIn(t) === undefined) missed.push(t);
    }
    expect(missed).toEqual([]);
  });

  it.each([
    'Suggest a recital: a Bach minuet and something by Elgar.',
    'The hospitality sector and the nominations for best actor.',
    'Giuseppe Verdi wrote Aida; the Medici ruled Florence; Nino Rota scored the film.',
    'Alaphilippe 7e, Bardet 12e; the 2026 season opens in year 2026.',
    'Zimmer composed the score; the Year of the Dragon.',
  ])('finds nothing in %s', (text) => {
    expect(hasPrivateWords(text)).toBe(false);
  });

  it('folds accents and case both ways: "Hôpital", "hopital", "ZIEKENHUIS"', () => {
    for (const t of ['Hôpital Nord', "transfert à l'hopital", 'ZIEKENHUIS'])
      expect(hasPrivateWords(t)).toBe(true);
  });

  it.each([
    ['Anselmo Triviño, 77 años, colonoscopia', 'Anselmo Triviño'],
    ['Malte Ostendorp, 6 J., Feinmotorik', 'Malte Ostendorp'],
    ['Konstantinos Papadopoulos, 29, seit drei Wochen', 'Konstantinos Papadopoulos'],
  ])('an age right after a name: %s', (text, name) => {
    expect(ageAfterName(text, text.indexOf(name) + name.length)).toBe(true);
  });

  it.each([
    ['Mathias Gidsel mit 9 Toren', 'Mathias Gidsel'],
    ['Julian Alaphilippe 7e, Romain Bardet', 'Julian Alaphilippe'],
    ["Clara Schumann's Romance Op. 21", 'Clara Schumann'],
  ])('no age after a name: %s', (text, name) => {
    expect(ageAfterName(text, text.indexOf(name) + name.length)).toBe(false);
  });

  it('is linear: 200 KB of stems that never finish a word', () => {
    const text = 'hospitalx diabetxq '.repeat(10_000);
    const t0 = performance.now();
    hasPrivateWords(text);
    expect(performance.now() - t0).toBeLessThan(2_000); // quadratic work on 200 KB takes tens of seconds; 2 s leaves room for a loaded CI machine
  });
});

describe("a criminal-record check (GDPR art. 10) makes a listed name someone's data, asked as a question too", () => {
  it.each([
    ['en', "Note for the chair: Megan Holloway's DBS check shows a spent conviction for shoplifting; she wants to coach the under-12s."],
    ['de', 'Wie sage ich es dem Vorstand: im Führungszeugnis für Dennis Brenner steht ein Eintrag wegen Körperverletzung?'],
    ['fr', "Comment annoncer au bureau que l'extrait de casier judiciaire de Julien Marchal porte une condamnation ?"],
    ['es', '¿Cómo explico a la dirección que Sergio Castaño tiene antecedentes penales y quiere ser voluntario?'],
    ['nl', 'Hoe vertel ik het bestuur dat Bram Kuipers geen VOG krijgt na een veroordeling?'],
    ['it', 'Come spiego al consiglio che Davide Marchetti ha carichi pendenti per truffa e vuole fare il volontario?'],
  ])('%s: the name is kept', (_lang, text) => {
    expect(listedNames(text)).not.toEqual([]);
    expect(classify(request(text)).dataClass).not.toBe('none');
  });

  it.each([
    ['en', 'Explain what an enhanced DBS check is and how long it takes for a new volunteer.'],
    ['de', 'Was steht in einem erweiterten Führungszeugnis und wer darf es beantragen?'],
    ['fr', "Qu'est-ce que l'extrait de casier judiciaire et comment l'obtenir ?"],
    ['es', '¿Cómo se pide el certificado de antecedentes penales en España?'],
    ['nl', 'Hoe vraag ik een VOG aan voor vrijwilligers van de sportclub?'],
    ['it', 'Come si richiede il certificato del casellario giudiziale per un volontario?'],
    ['en, a public figure', "Why did Oscar Wilde's conviction in 1895 matter for English literature?"],
  ])('%s: a question about the check itself, with no one named, stays clean', (_lang, text) => {
    expect(classify(request(text)).dataClass).toBe('none');
  });
});

// A borrower's self-disclosure in a loan file names one person's household, income and family: private evidence. A
// market note about lending with public figures' names stays unflagged.
describe("a borrower's self-disclosure in a loan file is private evidence", () => {
  it.each([
    ['en', 'Loan application: Eleanor Whitcombe, bus driver, net monthly income £2,310, two children, rent £950.'],
    ['de', 'Selbstauskunft Ratenkredit: Jonas Albrecht, Busfahrer, netto 2.690 €, verheiratet, 3 Kinder, Miete 1.150 €.'],
    ['fr', 'Demande de prêt : Camille Berthelot, chauffeur de bus, revenu net 2 150 €, deux enfants, loyer 780 €.'],
    ['es', 'Solicitud de préstamo: Carolina Marín Soler, conductora de autobús, ingresos netos 1.900 €, alquiler 700 €.'],
    ['nl', 'Kredietaanvraag: Sanne Kuipers, buschauffeur, netto inkomen € 2.400, twee kinderen, huur € 980.'],
    ['it', 'Richiesta di prestito: Giovanna Ferraresi, autista di autobus, reddito netto 1.800 €, affitto 650 €.'],
  ])('%s', (_lang, text) => {
    expect(listedNames(text)).not.toEqual([]);
    expect(classify(request(text)).dataClass).not.toBe('none');
  });

  it('leaves a public text about lending unflagged', () => {
    const text = 'Marktbericht: Christian Sewing sprach über den Ratenkredit-Markt und die Zinsen.';
    expect(classify(request(text))).toMatchObject({ dataClass: 'none', findings: [] });
  });
});

describe("family law and addiction words make a listed name someone's data (a mediation note, a custody file)", () => {
  it.each([
    ['en', 'Mediation session note for the MIAM form: Eleanor Whitcombe and Thomas Keller, he is four months sober.'],
    ['de', 'Notiz fürs Familiengericht: Jonas Albrecht will das Umgangsrecht, Sandra Albrecht spricht von Alkoholsucht.'],
    ['fr', 'Note pour le juge aux affaires familiales : Camille Berthelot demande la garde alternée, Julien Marchetti refuse.'],
    ['es', 'Resumen para el juzgado: Carolina Marín Soler pide la custodia; Pablo Abián reconoce su alcoholismo.'],
    ['nl', 'Verslag scheidingsbemiddeling: Sanne Kuipers en Daan Kuipers, ouderschapsplan nog niet rond.'],
    ['it', 'Nota per la mediazione familiare: Giovanna Ferraresi chiede l\'affido condiviso, Marco Lodi è alcolista.'],
  ])('%s', (_lang, text) => {
    expect(listedNames(text)).not.toEqual([]);
    expect(classify(request(text)).dataClass).not.toBe('none');
  });

  it('leaves a concert programme with no such word unflagged', () => {
    const text = 'Programmheft: Lieder von Fanny Hensel, danach Clara Wieck und ein Stück von Max Reger.';
    expect(classify(request(text))).toMatchObject({ dataClass: 'none', findings: [] });
  });
});

describe("pasted badge and time-clock records keep their names, even under a question (a log of someone's doings)", () => {
  it.each([
    ['en', 'summarise these badge events - who was in the server room after 19:00?\n\n2026-11-18 18:57 BADGE 40871 Eleanor Whitcombe IN L2-East\n2026-11-18 19:40 BADGE 31209 Thomas Keller IN L2-SrvRoom'],
    ['de', 'fass die Zutrittsbuchungen zusammen: wer war nach 20 Uhr im RZ?\n\n19.11.2026 19:51 Ausweis 20417 Jonas Albrecht KOMMEN Tor 3\n19.11.2026 20:33 Ausweis 18862 Sandra Albrecht KOMMEN RZ'],
    ['fr', 'résume les passages badge : qui était en salle serveur après 19h ?\n\n18/11/2026 18:52 badge 60314 Camille Berthelot ENTRÉE Accueil\n18/11/2026 19:48 badge 57720 Julien Marchetti ENTRÉE Salle serveur'],
    ['es', 'resúmeme los fichajes: ¿quién estuvo en el CPD después de las 20h?\n\n18/11/2026 19:54 tarjeta 70215 Carolina Soler ENTRADA Recepción\n18/11/2026 20:41 tarjeta 66198 Pablo Abián ENTRADA CPD'],
    ['nl', 'vat de pasregistraties samen: wie was er na 20:00 in de serverruimte?\n\n18-11-2026 19:49 pas 80433 Sanne Kuipers IN Hoofdingang\n18-11-2026 20:37 pas 77102 Daan Kuipers IN Serverruimte'],
    ['it', 'riassumimi le timbrature: chi era in sala server dopo le 20?\n\n18/11/2026 19:50 badge 90317 Giovanna Ferraresi INGRESSO Portineria\n18/11/2026 20:39 badge 88214 Marco Lodi INGRESSO Sala server'],
  ])('%s', (_lang, text) => {
    expect(listedNames(text)).not.toEqual([]);
    expect(classify(request(text)).dataClass).not.toBe('none');
  });

  it('a question with one dated line stays a general-knowledge question; two dated lines are records', () => {
    const question = 'summarise these events - who was in the server room after 19:00?\n2026-11-18 18:57 BADGE 40871 Eleanor Whitcombe IN L2-East';
    expect(listedNames(question)).toEqual([]);
    expect(listedNames(`${question}\n2026-11-18 19:40 BADGE 31209 Thomas Keller IN L2-SrvRoom`)).toEqual(['Eleanor Whitcombe', 'Thomas Keller']);
  });
});

describe("a sworn or certified translation's document and a first-aid log keep their listed names", () => {
  it.each([
    ['en', 'Translate into English (certified translation, keep the table):\nCertificado de nacimiento\nNombre: Teodora Villaseñor Quiroga\nPadre: Anselmo Villaseñor'],
    ['de', 'Bitte ins Deutsche übersetzen (beglaubigte Übersetzung, Tabelle beibehalten):\nAkt urodzenia\nImię i nazwisko: Małgorzata Wiśniewska\nOjciec: Tomasz Wiśniewski'],
    ['fr', 'Traduis en français (traduction assermentée) :\nCertidão de Nascimento\nNome: Beatriz Alves Ferreira\nPai: João Manuel Ferreira'],
    ['es', 'Traduce al español (traducción jurada):\nDoğum belgesi\nAdı Soyadı: Elif Yıldırım\nBaba: Mehmet Yıldırım'],
    ['nl', 'Vertaal naar het Nederlands (opmaak beëdigde vertaling):\nAkt kelahiran\nNama: Putri Ayu Lestari\nAyah: Bambang Sutrisno'],
    ['it', 'Traduci in italiano (traduzione giurata):\nAkt urodzenia\nImię i nazwisko: Zuzanna Kowalczyk\nOjciec: Tomasz Kowalczyk'],
  ])('translation, %s', (_lang, text) => {
    expect(listedNames(text)).not.toEqual([]);
    expect(classify(request(text)).dataClass).not.toBe('none');
  });

  it.each([
    ['en', 'Summarise for the log: 14:50 pitch 5, Chloe Hartley (U13) ran into the post, small cut above the eye, first aid given, mum took her to A&E.'],
    ['de', 'Fasse fürs Protokoll zusammen: 14:35 Platz 2, Mia Kaltenbach (U13) gegen den Pfosten, Platzwunde über der Augenbraue, Erste Hilfe geleistet.'],
    ['fr', 'Résume pour le registre : 15h10 terrain 3, Léa Fontaine (U13) a heurté le poteau, plaie à l\'arcade, la mère l\'emmène aux urgences.'],
    ['es', 'Resume para el registro: 16:20 campo 1, Lucía Ferrer (alevín) chocó con el poste, herida en la ceja, primeros auxilios en el banquillo.'],
    ['nl', 'Vat samen voor het logboek: 14:50 veld 5, Lotte Meijer (JO13) tegen de paal, snijwondje boven oog, moeder gaat naar de SEH.'],
    ['it', 'Riassumi per il registro: ore 15:40 campo 2, Emma Rizzo (esordienti) ha sbattuto contro il palo, ferita al sopracciglio, pronto soccorso.'],
  ])('first-aid log, %s', (_lang, text) => {
    expect(listedNames(text)).not.toEqual([]);
    expect(classify(request(text)).dataClass).not.toBe('none');
  });

  it('a translation with no sworn or certified word, of a public text, stays unflagged', () => {
    const text = 'Translate into English: a poem by Clara Wieck, set to music by Fanny Hensel.';
    expect(classify(request(text))).toMatchObject({ dataClass: 'none', findings: [] });
  });
});

describe('crews, passengers and their fitness for duty are private evidence (held-out set 52 class)', () => {
  it.each([
    ['en', 'Note for the owners: our deckhand Eleanor Whitcombe signed off in Rotterdam, medically unfit for two weeks.'],
    ['en', 'Reply to Eleanor Whitcombe, she has alopecia and wants a short cut that hides it.'],
    ['de', 'Kurze Meldung: Jonas Albrecht musste in Kiel abmustern, Nierenkolik, seeuntauglich bis Monatsende.'],
    ['de', 'Bordbuch: Passagierin Jonas Albrecht, Kabine 4120, Krampfanfall, stabil.'],
    ['fr', 'Pour l’armateur : notre matelot Camille Berthelot est inapte à la navigation pour un mois.'],
    ['es', 'Para la naviera: nuestro cocinero Pablo Abián desembarcó en Vigo, declarado no apto para navegar.'],
    ['nl', 'Voor de rederij: onze matroos Sanne Kuipers is arbeidsongeschikt en gaat in Delfzijl van boord.'],
    ['it', 'Per l’armatore: il nostro marinaio Giovanna Ferraresi sbarca a Genova per una colica, non idoneo alla navigazione.'],
  ])('a crew or passenger note (%s) is flagged', (_lang, text) => {
    expect(classify(request(text)).dataClass).not.toBe('none');
  });

  it.each([
    ['en', 'Match summary: Lauren James scored twice as the crew of the Chelsea bus cheered the passengers.'],
    ['en', "Recipe notes: Tom Colicchio's braised short ribs and a salad by Alice Waters."],
    ['it', 'Locandina: musiche di Nino Rota per la nave scuola, dirige Riccardo Chailly per i passeggeri.'],
  ])('a public text with a crew or a cook in it (%s) is not flagged', (_lang, text) => {
    expect(listedNames(text)).not.toEqual([]);
    expect(classify(request(text))).toMatchObject({ dataClass: 'none', findings: [] });
  });
});

describe("health given as a reason, a grant's staffing lines and a referee's report keep their listed names", () => {
  it.each([
    ['en: health reasons', 'Internal note: seller Thomas Keller cannot ship until March for health reasons, set the shop to holiday mode.'],
    ['it: heart surgery', 'Nota interna: il venditore Marco Lodi non può spedire fino a marzo per un intervento al cuore.'],
    ['es: staff costs', 'Justificación de gastos de personal: Carolina Marín Soler, 50 %, 24 meses; Pablo Abián, 100 %.'],
    ['nl: a staffing table', 'Naam | Functie | Fte | Kosten\nSanne Kuipers | postdoc | 1,0 | 142.080'],
    ['it: a staffing table', 'Nome | Ruolo | Impegno | Costo\nGiovanna Ferraresi | assegnista | 100 % | 47.600'],
    ['de: a referee report', "Fass den Schiedsrichterbericht neutral zusammen: 'Nach Spielende beleidigte die Nr. 10, Jonas Albrecht, den Assistenten.'"],
    ['fr: a referee report', "Résume le rapport de l'arbitre : « À la fin du match, le n° 5, Julien Marchetti, m'a bousculé. »"],
  ])('%s', (_lang, text) => {
    expect(listedNames(text)).not.toEqual([]);
    expect(classify(request(text)).dataClass).not.toBe('none');
  });

  it('leaves a lesson naming a standard example unflagged', () => {
    const text = 'Leg onze promovendi uit hoe een ORCID iD werkt, met het voorbeeld 0000-0002-1825-0097 (Josiah Carberry).';
    expect(classify(request(text)).dataClass).toBe('none');
  });
});

describe('a parcel left with a named neighbour keeps the name', () => {
  it.each([
    ['de', "Benachrichtigung: 'Sendung beim Nachbarn Jonas Albrecht (Hausnr. 9) abgegeben.'"],
    ['en', "Notice for the recipient: 'Left with a neighbour, Thomas Keller at number 9, signature on file.'"],
  ])('%s', (_lang, text) => {
    expect(listedNames(text)).not.toEqual([]);
    expect(classify(request(text)).dataClass).not.toBe('none');
  });
});

describe("a candidate's pay talks, a protection order and a device lent to a pupil keep their listed names (held-out sets 66-67)", () => {
  it.each([
    ['en', 'Draft a note to the hiring manager: Eleanor Marsh-Whitaker earns £54k and has a counter-offer from her employer.'],
    ['de', 'Notiz für die Kita-Leitung: Gegen Thomas Keller besteht ein Kontaktverbot, er darf Lena nicht abholen.'],
    ['fr', "Note pour le cabinet : Julien Marchetti demande 48 k€, il a reçu une contre-offre de son employeur."],
    ['es', 'Aviso para conserjería: Rubén Sáez tiene una orden de alejamiento y no puede entrar en el centro.'],
    ['nl', 'Overtuig de opdrachtgever: Ruben Visser wil € 5.800 en een lease-auto, anders accepteert hij het tegenbod van zijn werkgever.'],
    ['it', "Prepara il modulo di comodato d'uso del tablet per Noemi Ferrara, classe 1ªB, fino al 30 giugno."],
  ])('%s', (_lang, text) => {
    expect(listedNames(text)).not.toEqual([]);
    expect(classify(request(text)).dataClass).not.toBe('none');
  });

  it('leaves a public text with a name and none of these words unflagged', () => {
    const text = 'Summarise the plot of the film in which Eleanor Marsh-Whitaker sails to Lisbon, in 100 words.';
    expect(classify(request(text)).dataClass).toBe('none');
  });
});

describe('a full numeric date right after a listed name on its row is a register row (sets 81 it-s016, 83 en-s039)', () => {
  const cls = (text: string): string => classify({ messages: [{ role: 'user', content: text }] }).dataClass;
  it.each([
    ['en', 'Sort by age please:\nHarriet Collins 21/06/2016\nOliver Bennett 04/09/2015'],
    ['de', 'Bitte nach Alter sortieren:\nMonika Schäfer | 03.11.1958 | Kontrolle\nStefan Becker | 19.02.1971 | Nachsorge'],
    ['fr', 'Trie par ordre :\nSophie Lambert ; 12/05/1984\nJulien Moreau ; 30/01/1979'],
    ['es', 'Ordénalos:\nLucía Romero, 14-07-1992\nJavier Navarro, 02-12-1988'],
    ['nl', 'Sorteer deze lijst:\nSanne de Vries 11-03-2014\nDaan Bakker 27-08-2013'],
    ['it', 'Ordina per priorità:\nGiulia Ferri | 07/04/1963 | classe D\nMarco Greco | 19/10/1990 | classe P'],
  ])('%s: flagged', (_lang, text) => {
    expect(cls(text)).not.toBe('none');
  });
  it('a life span in brackets or a year alone is a biography, not a row', () => {
    expect(cls('Kondolenzbuch: Horst Köhler (22.2.1943–1.2.2025), Bundespräsident 2004–2010.')).toBe('none');
    expect(cls('Concert programme: Clara Schumann 1819 and Johannes Brahms 1833, in that order.')).toBe('none');
  });
});

describe('an ISO date right after a listed name on its row is an export row, as the day-first form is', () => {
  const cls = (text: string): string => classify({ messages: [{ role: 'user', content: text }] }).dataClass;
  it.each([
    ['en', 'Clean up this export:\nHarriet Collins;2016-06-21\nOliver Bennett;2015-09-04'],
    ['de', 'Export bereinigen:\nMonika Schäfer | 1958-11-03 | Kontrolle\nStefan Becker | 1971-02-19 | Nachsorge'],
    ['fr', 'Nettoie cet export :\nCP;LAMBERT;Sophie;2019-05-12\nCE1;MOREAU;Julien;2018-01-30'],
    ['es', 'Ordena la exportación:\nLucía Romero;1992-07-14\nJavier Navarro;1988-12-02'],
    ['nl', 'Sorteer deze export:\nSanne de Vries\t2014-03-11\nDaan Bakker\t2013-08-27'],
    ['it', 'Riordina l’esportazione:\nGiulia Ferri | 1963-04-07 | classe D\nMarco Greco | 1990-10-19 | classe P'],
  ])('%s: flagged', (_lang, text) => {
    expect(cls(text)).not.toBe('none');
  });
  it('an ISO life span in brackets, a date told in prose or a month alone is no row', () => {
    expect(cls('Kondolenzbuch: Horst Köhler (1943-02-22–2025-02-01), Bundespräsident 2004–2010.')).toBe('none');
    expect(cls('Match report: Emma Raducanu won the final on 2021-09-11 in New York.')).toBe('none');
    expect(cls('Release notes: Johannes Brahms edition 2024-11, reprinted.')).toBe('none');
  });
});

describe('a family word as a title before a listed name is private evidence (set 83 de-s009)', () => {
  const cls = (text: string): string => classify({ messages: [{ role: 'user', content: text }] }).dataClass;
  it.each([
    ['en', 'Write a short thank-you card from all of us to Grandma Margaret Hughes for the quilt.'],
    ['de', 'Entwurf für die Anzeige, eher schlicht: Opa Helmut Kienzler, 2. April 1938 bis 29. November 2026, Lahr.'],
    ['fr', "Un petit mot pour l'anniversaire de mamie Odette Lefèvre, à lire au repas dimanche."],
    ['es', 'Escribe una felicitación para la tía Carmen Ruiz por su jubilación, tono cariñoso.'],
    ['nl', 'Schrijf een kaartje voor oma Ria Jansen, ze wordt zondag 85.'],
    ['it', 'Scrivi due righe per i novant’anni di nonna Rosa Ferri, da leggere al pranzo.'],
  ])('%s: flagged', (_lang, text) => {
    expect(cls(text)).not.toBe('none');
  });
  it('the Pope and a chef are no family', () => {
    expect(cls('Riassumi il viaggio di papa Francesco in Portogallo per il giornalino.')).toBe('none');
  });
});
