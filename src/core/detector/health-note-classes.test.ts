// Hard classes of names with a health fact, as fresh sets keep writing them (stop 44): a lone given name typed in lower
// case in a therapy, care, school or gym note; a given name that is also an everyday word; a condition by its
// abbreviation or a pregnancy by its term alone; a speaker in a transcript or a chat log; a risk fact (suicidal thoughts,
// self-harm, relapse). Texts of our own in the six languages, with clean look-alikes (questions about the condition,
// fiction, public figures, products, shops, the writer's own family).
import { describe, expect, it } from 'vitest';
import { isFlagged } from './test-support/ask-class.js';

describe('a lower-case given name that a note says the writer saw, met or had a session with', () => {
  it.each([
    ['en', 'saw jess today, still low mood, sertraline 50mg. can you tidy this note up?'],
    ['de', 'heute jonas gesehen, weiterhin gedrückte stimmung, sertralin 50 mg. bitte notiz umformulieren'],
    ['fr', "séance avec hugo : il parle d'idées noires et ne dort plus. rédige ça pour ma supervision"],
    ['es', 'hoy vi a lucía, sigue con ánimo bajo, sertralina 50 mg. ¿me ayudas a redactar la nota?'],
    ['nl', 'vandaag sanne gezien, nog steeds somber, sertraline 50 mg. kun je de notitie herschrijven?'],
    ['it', 'seduta con marco: racconta di attacchi di panico e dorme pochissimo. scrivilo per la supervisione'],
  ])('%s', (_, text) => expect(isFlagged(text)).toBe(true));
});

describe('a lower-case given name as a note label’s subject', () => {
  it.each([
    ['en', 'gym notes - priya: knee still sore after ACL surgery, no squats for 6 weeks. make her a plan'],
    ['en', 'school note: leo was sent home with a seizure at lunch, mum collected him. draft a letter to parents'],
    ['de', 'trainingsnotiz - kevin hat nach bandscheibenvorfall noch schmerzen, bitte plan anpassen'],
    ['fr', "note école : nathan a fait une crise d'épilepsie à la cantine, sa mère est venue le chercher"],
    ['es', 'nota del cole: hugo tuvo una crisis epiléptica en el recreo, su madre vino a buscarlo'],
    ['nl', 'sportschool notitie - lotte heeft nog pijn na haar knieoperatie, geen squats 6 weken. maak een schema'],
    ['it', "nota palestra: chiara ha ancora male al ginocchio dopo l'intervento al crociato, niente squat per 6 settimane"],
  ])('%s', (_, text) => expect(isFlagged(text)).toBe(true));
});

describe('lower-case look-alikes stay clean', () => {
  it.each([
    'seen santa at the mall, my son has autism and hated the queue, how to prepare next year?',
    // an everyday word after a noun that is no group member's
    'the rose garden patient area has a ramp for wheelchair users, describe it',
    'chez leclerc ils vendent des tests de grossesse ? lequel est fiable ?',
    'visita a roma per un consulto oncologico, quale ospedale consigli?',
    'met alice in wonderland themed party for kids with adhd, ideas?',
    'bei aldi gewesen, die haben jetzt blutdruckmessgeräte, welches ist gut?',
    'vandaag bij kruidvat geweest voor paracetamol, hoeveel mag ik per dag?',
    'what is a normal starting dose of sertraline and how long until low mood improves?',
    'write a short story where a girl called jess struggles with low mood and finds hope',
    // an everyday word after a label's colon, a dish's allergens in brackets
    'aspectos emocionales: alta autoexigencia académica y ansiedad ante los exámenes',
    'Rends cette carte plus appétissante, garde les allergènes : Dos de cabillaud, beurre blanc (4,7) 24 € / Velouté (7,9) 9 €',
  ])('%s', (text) => expect(isFlagged(text)).toBe(false));
});

describe('a given name that is also an everyday word, where a note names its subject', () => {
  it.each([
    ['nl', 'onze leerling noor heeft een eetstoornis, hoe bespreek ik dit met de ouders?'],
    ['en', 'my client jasper has been self-harming again, how do I raise it in supervision?'],
    ['en', 'Can you reword this for the staff file: Marcel has been off since Monday with a slipped disc.'],
    ['en', 'My client Hope is 28 weeks pregnant with gestational diabetes, what should her gym plan look like?'],
    ['de', 'Notiz: Fleur hat mir erzählt, dass sie eine Fehlgeburt hatte, bitte Schichtplan anpassen.'],
    ['fr', 'Transmission : Fleur a vomi deux fois après le repas et a de la fièvre, parents prévenus.'],
    ['es', 'Reformula para el expediente: Mercedes está de baja desde el lunes por una hernia discal.'],
    ['nl', 'Herschrijf voor het dossier: Roos zit sinds maandag thuis met een hernia.'],
    ['it', 'Consegna: Jasper ha vomitato due volte dopo pranzo e ha la febbre, genitori avvisati.'],
  ])('%s', (_, text) => expect(isFlagged(text)).toBe(true));

  it.each([
    'Hope is the best medicine for depression, write an essay about it.',
    "Jasper è una pietra che secondo alcuni aiuta contro l'ansia, è vero?",
    'Write a product description for our Rose hand cream, gentle for sensitive skin after chemo.',
    'Die Marke Fleur bietet Tampons für Frauen mit Endometriose an, schreib eine Werbung.',
    "Marcel Proust avait de l'asthme toute sa vie, résume sa maladie pour un exposé.",
    'Roos en diabetes: welke bloemen zijn veilig voor een ziekenhuis kamer?',
  ])('not: %s', (text) => expect(isFlagged(text)).toBe(false));
});

describe('a condition by its abbreviation in a note’s entry, a pregnancy by its term alone', () => {
  it.each([
    ['de', 'PAR-Q: Sandra – Bluthochdruck, nimmt Ramipril. Darf sie ins Intervalltraining?'],
    ['it', 'Anamnesi: Paolo – ipertensione, prende ramipril. Può fare HIIT?'],
    ['it', 'la nostra alunna giulia ha un disturbo alimentare, come ne parlo con i genitori?'],
    ['en', 'Client update: Priya is 32 weeks now, can I keep her on the rowing machine?'],
    ['de', 'Notiz: Lena, ADHS, nimmt Medikinet, braucht Pausen im Unterricht.'],
    ['fr', 'Note : Camille est à 28 SA, peut-elle continuer le cours de step ?'],
    ['fr', "Pour le dossier : Louise suit un traitement pour une TCA depuis l'été."],
    ['es', 'Nota: Lucía está de 30 semanas, ¿puede seguir con spinning?'],
    ['nl', 'Notitie: Sanne is 30 weken, mag ze nog meedoen met spinning?'],
    ['it', 'Nota: Giulia è alla 30ª settimana, può continuare lo spinning?'],
  ])('%s', (_, text) => expect(isFlagged(text)).toBe(true));

  it.each([
    'Was bedeutet 32. SSW? Wie groß ist das Baby dann?',
    '¿Qué es un TCA? Explícalo para una charla en el instituto.',
    'The sprint is 2 weeks long, so plan the release for Friday.',
    'Qu’est-ce que la BPCO et comment la traiter ?',
    // a reference list: a work's title between commas after an author's given name
    'Mets au format APA : Bourdieu P. 1979 La Distinction, Minuit ; Durkheim, Émile, Le Suicide, 1897, Alcan.',
    'Gemma has 27 billion parameters and was trained on medical data.',
  ])('not: %s', (text) => expect(isFlagged(text)).toBe(false));
});

describe('a speaker in a transcript or a chat log, and risk facts said without the clinical word', () => {
  it.each([
    ['en', 'Transcript excerpt: "Jess: I\'ve been cutting again, mostly my thighs." Can you summarise this session?'],
    ['en', 'Chat log:\n[10:02] Kayleigh: cant stop thinking about ending it tbh\n[10:03] Me: are you safe right now?\nHow should I respond next?'],
    ['en', "Note for supervision - Bill told me he's been drinking again since his wife died."],
    ['de', 'Protokoll:\n[14:10] Jonas: ich will nicht mehr leben\n[14:11] Ich: bist du gerade sicher?\nWie antworte ich?'],
    ['fr', "Verbatim : « Chloé : j'ai envie d'en finir, je n'en peux plus. » Aide-moi à résumer."],
    ['es', 'Chat:\n[22:40] Pablo: quiero quitarme la vida\n[22:41] Yo: ¿estás a salvo?\n¿Cómo sigo?'],
    ['nl', 'Chatlog:\n[09:15] Daan: ik wil er een eind aan maken\n[09:16] Ik: ben je nu veilig?\nWat zeg ik nu?'],
    ['it', 'Trascrizione:\n[18:05] Marco: voglio farla finita\n[18:06] Io: sei al sicuro adesso?\nCome rispondo?'],
    ['de', 'Vorlesen für die Supervision: "Tim: seit der Trennung trinke ich jeden Abend, manchmal eine Flasche Wodka."'],
    ['fr', 'Extrait : « Inès : depuis la rupture je bois tous les soirs, parfois une bouteille de vodka. »'],
    ['es', 'Fragmento: "Nerea: desde la ruptura bebo cada noche, a veces una botella de vodka."'],
    ['nl', 'Fragment: "Joost: sinds de breuk drink ik elke avond, soms een fles wodka."'],
    ['it', 'Estratto: "Elisa: dopo la separazione bevo ogni sera, a volte una bottiglia di vodka."'],
  ])('%s', (_, text) => expect(isFlagged(text)).toBe(true));

  it.each([
    'What does it mean when a patient says they want to die? Guidance for new nurses.',
    'Was tun, wenn ein Klient sagt, er will nicht mehr leben? Leitfaden für Ehrenamtliche.',
    'Que répondre à un élève qui dit avoir envie de mourir ? Conseils généraux.',
    'Statistik: Rückfallquote bei Alkoholabhängigkeit nach Entzug, Quellen?',
    'Recipe: bake the sea bass at a temperature of 200C, then rest it for five minutes.',
  ])('not: %s', (text) => expect(isFlagged(text)).toBe(false));
});
