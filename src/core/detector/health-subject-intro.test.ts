// A lone given name as the subject of a clause about its health after an opening phrase (its comma, a day's adverb, or a
// German or Dutch verb put before the subject), or before "'s" and a number, and the health facts of exam incidents and
// energy customers' priority notes (home dialysis and oxygen, fainting, late pregnancy) in the six languages
// (health-subject-names.ts, data/health-words.ts). Texts of our own in the kinds of held-out sets 91 and 93
// (universities, home-energy installers), none copied from a set.
import { describe, expect, it } from 'vitest';
import { askPersons as ask } from './test-support/ask-persons.js';
import { hasHealthWords } from './health-context.js';


describe('a lone given name opening a clause after an introductory phrase, with a health fact', () => {
  it.each([
    ['en: after a comma', 'During the statistics exam, Gary had a seizure and the first-aider came. How do I log it?', 'Gary'],
    ['en: after a day’s adverb', 'At the exam today Gary collapsed and said he is diabetic; what goes in the incident form?', 'Gary'],
    ['de: a verb before the subject', 'Seit gestern hat Jonas eine Lungenentzündung, wer übernimmt seine Prüfungsaufsicht?', 'Jonas'],
    ['de: a verb before the subject, pregnancy', 'Bei der Klausur am Montag fiel Anja auf, sie ist in der 30. Woche schwanger.', 'Anja'],
    ['fr: after a comma', "Pendant l'examen de ce matin, Hugo a fait une crise d'épilepsie. Comment rédiger le PV ?", 'Hugo'],
    ['es: after a comma', 'En el examen de Química de hoy, Pablo ha tenido una crisis epiléptica. ¿Cómo hago el acta?', 'Pablo'],
    ['es: after a day’s adverb', 'En la biblioteca ayer Lucía se desmayó y dijo que está embarazada. ¿Lo anoto?', 'Lucía'],
    ['nl: a verb before the subject', 'Tijdens het tentamen kreeg Bas een epileptische aanval. Hoe noteer ik dat?', 'Bas'],
    ['nl: a verb before the subject, fainting', 'Gisteren viel Sanne flauw bij de balie, ze is zwanger.', 'Sanne'],
    ['it: after a day’s adverb', "All'esame di oggi Matteo si è sentito male, ha detto di essere diabetico.", 'Matteo'],
    ['it: after a comma', 'Durante la prova scritta, Giulia ha avuto un attacco di panico. Come lo verbalizzo?', 'Giulia'],
  ])('%s', (_, text, name) => {
    const r = ask(text);
    expect(r.cls).toBe('phi');
    expect(r.persons).toContain(name);
  });
});

describe('a lone given name with a verb of doing or "\'s" and a number, and a health fact', () => {
  it.each([
    ['en: "does"', 'Doreen on Mill Lane does home haemodialysis three nights a week; word the outage letter for her.', 'Doreen'],
    ['en: "\'s" and a number', "Jodie's 36 weeks pregnant and the boiler has been off since Friday.", 'Jodie'],
    ['de: oxygen at home', 'Helga hat seit März einen Sauerstoffkonzentrator zuhause, muss der Netzbetreiber das wissen?', 'Helga'],
    ['de: late pregnancy in a compound', 'Kundin Miriam, hochschwanger, hat seit gestern keine Heizung.', 'Miriam'],
    ['fr: "fait"', 'Josiane fait sa dialyse péritonéale la nuit, la coupure de mardi la concerne.', 'Josiane'],
    ['es: oxygen at home', 'Remedios tiene un concentrador de oxígeno en casa; ¿cómo la registro como cliente vulnerable?', 'Remedios'],
    ['nl: oxygen at home', 'Gerrit heeft een zuurstofconcentrator thuis staan, moet de netbeheerder dat weten?', 'Gerrit'],
    ['it: oxygen at home', "Teresa usa un concentratore di ossigeno a casa, va segnalato al distributore?", 'Teresa'],
  ])('%s', (_, text, name) => {
    const r = ask(text);
    expect(r.cls).toBe('phi');
    expect(r.persons).toContain(name);
  });
});

describe('the same shapes that name no private person’s health stay clean', () => {
  it.each([
    ['en: a condition named after a person after a comma', "In the lecture, Parkinson's disease was explained with case studies."],
    ['en: a month after a day’s adverb', 'In the UK today May is asthma awareness month; write a campus poster.'],
    ['de: a pronoun after a verb', 'Seit wann hat sie Diabetes? Allgemeine Frage für die Broschüre.'],
    ['de: a place after a verb', 'Warum ist Victoria so stark von Hautkrebs betroffen?'],
    ['es: a place after a comma', 'En Australia, Victoria tiene la tasa más alta de melanoma.'],
    ['it: a pronoun after an adverb', 'Oggi lei ha la febbre? Domanda generica per il volantino.'],
    ['nl: no verb after the name', 'Tijdens het tentamen Statistiek is flauwvallen zeldzaam; welke EHBO-regels gelden?'],
  ])('%s', (_, text) => {
    expect(ask(text).cls).toBe('none');
  });
});

describe('health words of home care and incidents', () => {
  it.each([
    'home haemodialysis', 'hemodialysis', 'una crisis epiléptica', 'an oxygen concentrator', 'Sauerstoffkonzentrator', "concentrateur d'oxygène",
    'concentrador de oxígeno', 'zuurstofconcentrator', 'concentratore di ossigeno', 'she keeps fainting', 'ist bewusstlos', "s'est évanoui", 'se desmayó',
    'viel flauw', 'si è sentita male', 'hochschwanger', 'hoogzwanger',
  ])('%s is a health word', (text) => {
    expect(hasHealthWords(text)).toBe(true);
  });

  it.each(['an oxygen sensor on the boiler', 'we passed out leaflets at the open day', 'a welder’s oxygen cylinder', 'Strom und Gas', 'la maxime du jour', 'viel geld', 'un concentrateur de données'])('%s is none', (text) => {
    expect(hasHealthWords(text)).toBe(false);
  });
});
