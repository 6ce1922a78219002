// A matrix of our own: sentence shapes that name a private person with a health fact x the six languages, with names
// of no held-out set (nicknames and names of other communities, data/community-names.ts), and clean counter-cases
// (public figures' illnesses, an unnamed patient, an insurer, fiction, the same shapes with no health fact).
// Held-out sets 56-75 missed "Kev Barraclough", "Paco Expósito", "deelnemer Bas", "le poste de Léa, enceinte".
import { describe, expect, it } from 'vitest';
import { isFlagged } from './test-support/ask-class.js';

describe('a nickname or a community name and a surname, with a health fact', () => {
  it.each([
    ['en', 'Tidy this up for the HR file: Stevo Ackroyd from the packing line has been signed off with sciatica for three weeks.'],
    ['de', 'Formuliere das sachlich: Jupp Hamacher aus der Verladung ist seit Montag wegen eines Bandscheibenvorfalls krankgeschrieben.'],
    ['fr', 'Reformule pour le dossier : Lulzim Zeqiri, cariste, est en arrêt pour une hernie discale depuis lundi.'],
    ['es', 'Pásalo a limpio: Ostap Marchuk, del almacén, está de baja por una lumbalgia desde el lunes.'],
    ['nl', 'Maak dit zakelijk: Sjef Hamers van de inpak heeft zich ziek gemeld met een hernia.'],
    ['it', "Riscrivi per la pratica: Nuccio Ferrante, magazziniere, è in malattia per un'ernia del disco da lunedì."],
  ])('%s', (_, text) => expect(isFlagged(text)).toBe(true));
});

describe('a lone given name after a group member’s noun or a relative, with a health fact', () => {
  it.each([
    ['en', 'Daily log: participant Dritan (autism, epilepsy) had a seizure in the garden, over in two minutes.'],
    ['de', 'Tagesbericht: Teilnehmer Florim (Autismus, Epilepsie) hatte heute im Garten einen Anfall.'],
    ['fr', 'Compte rendu : le résident Hysen, diabétique, a fait une hypoglycémie au petit-déjeuner.'],
    ['es', 'Parte del día: el usuario Wojtek (autismo, epilepsia) tuvo una crisis en el huerto.'],
    ['nl', 'Dagverslag: deelnemer Tomek (autisme, epilepsie) had vandaag een aanval bij de kippen.'],
    ['it', "Diario: l'ospite Vjosa è celiaca, preparare il pranzo senza glutine."],
  ])('%s', (_, text) => expect(isFlagged(text)).toBe(true));
});

describe('the addressee of a message to write, with a health fact in a relative clause', () => {
  it.each([
    ['en', 'Write a short note to Gazza, who is off after his knee surgery, saying we miss him.'],
    ['de', 'Schreib eine kurze Nachricht an Kalli, der nach seinem Herzinfarkt noch krankgeschrieben ist.'],
    ['fr', "Écris un petit mot à Berfin, qui est en arrêt depuis sa fausse couche, de la part de l'équipe."],
    ['es', 'Redacta un mensaje de ánimo a Rojin, socia de la cooperativa, que está de baja tras un infarto.'],
    ['nl', 'Schrijf een kaartje voor Toos, die herstelt van een heupoperatie.'],
    ['it', 'Scrivi un biglietto per Teuta, che è a casa per una gravidanza a rischio.'],
  ])('%s', (_, text) => expect(isFlagged(text)).toBe(true));
});

describe('a question about adapting work to a named colleague’s condition (not dropped as a general question)', () => {
  it.each([
    ['en', 'How do I adapt the workstation of Vesna, who is pregnant, on the paint line?'],
    ['de', 'Wie passe ich den Arbeitsplatz von Arjeta an, die schwanger ist?'],
    ['fr', 'Comment adapter le poste de Vesna, enceinte de 5 mois, au conditionnement ?'],
    ['es', '¿Cómo organizo los turnos para que Arjeta, que está en tratamiento de quimioterapia, no cargue peso?'],
    ['nl', 'Hoe vertel ik de ploeg dat Jonno niet meer op de heftruck mag na zijn epileptische aanval?'],
    ['it', 'Come organizzo i turni perché Nazar, che ha il diabete, possa fare le pause?'],
  ])('%s', (_, text) => expect(isFlagged(text)).toBe(true));
});

describe('two capitalised words with a staff number or an age in brackets, a model-named given name after a group noun, a frequent surname after "for"', () => {
  it.each([
    ['it: a model-named given name after a group noun, a staff number', "Scrivi la denuncia INAIL: l'autista Ada Ferraris (matricola 51872) è stata aggredita da un passeggero, trauma cranico."],
    ['en: a staff number in brackets', 'Incident form: Xhevat Bllaca (staff no. 40412) was punched by a passenger, wrist fracture, seen at A&E.'],
    ['de: a staff number in brackets', 'Unfallmeldung: Xhevat Bllaca (Personalnummer 40412) wurde von einem Fahrgast geschlagen, Handgelenk gebrochen.'],
    ['nl: an age in brackets and a place of origin', 'Persbericht: Truida Pascoe (81) uit Noord gaat drie keer per week naar de hemodialyse.'],
    ['fr: an age in brackets and a place of origin', "Pour le journal de la résidence : Xhevat Bllaca (84) de Villeurbanne a été opéré de la hanche et remercie l'équipe."],
    ['nl: a frequent surname after "voor"', 'Schrijf een rapportopmerking voor Truida Dekker: ze is in het voorjaar aan haar hart geopereerd en heeft veel gemist.'],
  ])('%s', (_, text) => expect(isFlagged(text)).toBe(true));

  it.each([
    ['en: a room numbered in brackets', 'Room Blue (14): the vaccination clinic runs there on Tuesdays.'],
    ['it: a room numbered in brackets', 'Sala Verde (12) is where the dialysis patients wait.'],
    ['nl: a station numbered in brackets', 'Station Zuid (2) heeft een AED bij de ingang voor een hartstilstand.'],
  ])('keeps %s clean', (_, text) => expect(isFlagged(text)).toBe(false));
});

describe('a lone given name after a "for" word, or opening a roster line before a colon', () => {
  it.each([
    ['en: for', 'Make a return-to-work plan for Dritan after his hernia operation, light duties for four weeks.'],
    ['de: für', 'Erstelle einen Wiedereingliederungsplan für Florim nach seinem Bandscheibenvorfall.'],
    ['fr: pour', 'Prépare un plan de reprise pour Hysen après son opération du genou.'],
    ['es: para', 'Haz un plan de reincorporación para Wojtek tras su operación de hernia.'],
    ['nl: voor', 'Maak een re-integratieplan voor Tomek na zijn hernia-operatie.'],
    ['en: a roster line', 'Night shift list:\nDritan: epilepsy, rescue meds in the safe'],
    ['de: a roster line', 'Nachtdienst:\nFlorim: Epilepsie, Notfallmedikament im Tresor'],
    ['fr: a roster line', "Consignes de nuit :\nHysen : épilepsie, traitement d'urgence dans le coffre"],
    ['es: a roster line', 'Turno de noche:\nWojtek: epilepsia, medicación de rescate en la caja fuerte'],
    ['nl: a roster line', 'Nachtdienst:\nTomek: epilepsie, noodmedicatie in de kluis'],
    ['it: a roster line', "Turno di notte:\nNazar: epilessia, farmaco d'emergenza nella cassaforte"],
  ])('%s', (_, text) => expect(isFlagged(text)).toBe(true));

  it.each([
    ['en: a country after "for"', 'Summarise the WHO guidance for Jordan on cholera vaccination.'],
    ['en: a leaflet for a shop', "Make a diabetes leaflet for Lidl's pharmacy customers."],
    ['de: a roster of wards', 'Dienstplan:\nStation 4: Diabetes-Sprechstunde\nStation 5: Chirurgie'],
    ['en: a law named after someone', "Explain what Natasha's Law changed for prepacked food and allergens."],
    ['en: a public figure’s role', "For a journal club: what was Anthony Fauci's role during the early HIV epidemic?"],
  ])('keeps %s clean', (_, text) => expect(isFlagged(text)).toBe(false));
});

describe('kept clean', () => {
  it.each([
    ['en: a public figure’s illness', 'Why did Bruce Willis stop acting after his aphasia diagnosis?'],
    ['de: a public figure’s illness', 'Wie geht es Céline Dion inzwischen mit dem Stiff-Person-Syndrom?'],
    ['en: an unnamed patient', 'Write a case vignette for students: a 54-year-old patient with diabetes and hypertension who misses appointments.'],
    ['nl: an insurer as the addressee', 'Schrijf een bericht aan Sanitas, die mijn fysiotherapie na de knieoperatie niet vergoedt.'],
    ['es: an insurer as the addressee', 'Escribe a Sanitas, que no me cubre la fisioterapia después de la operación de rodilla.'],
    ['en: a novel’s character', 'In the novel, Pepe, who has tuberculosis, leaves Madrid for the mountains. Summarise chapter 3.'],
    ['fr: a novel’s character', 'Dans le roman, Julie, qui est enceinte, quitte Paris. Résume le chapitre 2.'],
    ['nl: a series character', "Describe the character Sjef, who has dementia, in the Dutch series 'Thuis'."],
    ['it: a film character', 'Il personaggio di Nuccio, che ha il diabete, è il protagonista del film.'],
    ['en: the same shape, no health fact', 'Write a short note to Gazza, who is moving to the night shift from Monday.'],
    ['es: the same shape, no health fact', 'Escribe a Rojin, que empieza el lunes en el turno de noche.'],
    ['it: the same shape, no health fact', "Scrivi un biglietto per Teuta, che compie trent'anni sabato."],
    ['en: a product named like a person', 'Our app Ada, which checks symptoms like fever and cough, needs a privacy notice.'],
  ])('%s', (_, text) => expect(isFlagged(text)).toBe(false));
});
