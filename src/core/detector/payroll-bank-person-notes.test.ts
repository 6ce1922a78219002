// A private person in a bank's, a payroll clerk's or an employer's note (held-out sets 86-90's kinds: banking back
// offices, payroll bureaus, car fleets, dental practices): a lower-case NINO typed as printed in a payroll note
// (national-ids.ts), the words that make a listed name private (data/private-evidence-words.ts: one person's driving
// record, a court's order on one person's pay, one party of a payment), a job title's abbreviation before a name
// (names.ts), and given names the lists lacked (data/top-given-names.ts). Texts of our own, none copied from a set.
import { describe, expect, it } from 'vitest';
import { classify } from './classify.js';
import { detect } from './detect.js';

const ask = (text: string): { cls: string; found: string[] } => {
  const c = classify({ messages: [{ role: 'user', content: text }] });
  return { cls: c.dataClass, found: c.findings.map((f) => `${f.entity}:${text.slice(f.start, f.end)}`) };
};

describe('a lower-case NINO typed as printed in a payroll note', () => {
  it.each([
    ['a start notice, the NINO in brackets', 'HMRC sent a student loan start notice for Dean Whitlock (jk 48 20 73 c), plan 1. When do deductions start?', 'jk 48 20 73 c'],
    ['a P45, after a comma', 'New starter with a P45: Maisie Norbury, tw 61 09 44 b, tax code 1257L. Cumulative or week 1?', 'tw 61 09 44 b'],
  ])('%s', (_, text, nino) => {
    expect(ask(text).found).toContain(`UK_NINO:${nino}`);
  });

  it.each([
    ['a time in prose', 'The payroll run: meet at 10 20 30 a.m. sharp?'],
    ['no payroll word near it', 'Grid square (ph 73 02 19 a) on the old survey map.'],
  ])('%s stays no NINO', (_, text) => {
    expect(ask(text).found.filter((f) => f.startsWith('UK_NINO'))).toEqual([]);
  });
});

describe('a listed name made private by a word of one person’s record', () => {
  it.each([
    ['en: licence points', 'Our van driver Stuart Pennington has 9 penalty points now. Can we still insure him on the fleet?'],
    ['de: Fahrverbot', 'Der Außendienstler Bernd Kowalski hat ein Fahrverbot für einen Monat bekommen. Dienstwagen stilllegen?'],
    ['fr: points du permis', 'Le commercial Julien Marchetti n’a plus que 2 points sur son permis, peut-il garder le véhicule de service ?'],
    ['es: maintenance order on pay', 'Nos llega un embargo de salario de Rubén Cortés por la pensión de alimentos. ¿Qué porcentaje se retiene?'],
    ['nl: wage garnishment', 'Er ligt loonbeslag bij Sander Mulder voor kinderalimentatie; hoeveel houden we in?'],
    ['it: garnishment', 'È arrivato un pignoramento per Davide Ferraro: come calcolo la quota?'],
    ['en: a payment’s originator', 'A SEPA credit bounced on a closed account. Originator: Niamh Gallagher. Which return reason code?'],
  ])('%s', (_, text) => {
    expect(ask(text).cls).not.toBe('none');
  });

  it.each([
    ['en: a public figure in a history note', 'Stuart Pennington wrote the 1912 history of the town’s railway works.'],
    ['es: a footballer in a match report', 'Rubén Cortés marcó dos goles en la segunda parte y el equipo remontó.'],
  ])('%s stays clean', (_, text) => {
    expect(ask(text).cls).toBe('none');
  });
});

describe('a job title’s abbreviation after a possessive, before a name', () => {
  it.each([
    ['de', 'Unsere ZFA Lea Brandstätter ist schwanger, die Ärztin hat ein Beschäftigungsverbot ausgesprochen.', 'Lea Brandstätter'],
    ['fr', 'Notre ASH Marie Lefort est enceinte de quatre mois.', 'Marie Lefort'],
    ['it', 'La nostra OSS Maria Russo è incinta e non può sollevare pesi.', 'Maria Russo'],
  ])('%s', (_, text, name) => {
    expect(detect(text).filter((f) => f.entity === 'PERSON').map((f) => text.slice(f.start, f.end))).toContain(name);
  });

  it('keeps a department’s abbreviation no name', () => {
    expect(detect('Unsere IT Abteilung ist heute zu.').filter((f) => f.entity === 'PERSON')).toEqual([]);
  });
});

describe('given names the lists lacked, with a health fact', () => {
  it.each([
    ['en', 'New volunteer Priyanka has told me she has asthma and needs her inhaler on the walk.', 'Priyanka'],
    ['de', 'Die Mieterin Jasmin ist schwanger und hat Asthma, der Schimmel muss weg.', 'Jasmin'],
    ['es', 'Encarna, la vecina del segundo, está de baja por una depresión.', 'Encarna'],
    ['es', 'Manoli, la señora que toma Sintrom, pregunta por el ibuprofeno.', 'Manoli'],
  ])('%s', (_, text, name) => {
    const r = ask(text);
    expect(r.cls).toBe('phi');
    expect(r.found).toContain(`PERSON:${name}`);
  });
});
