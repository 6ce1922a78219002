// Identity papers as private evidence for listed names (data/private-evidence-words.ts): a list of people with their
// driving licence or passport numbers is about those people. Texts of our own.
import { describe, expect, it } from 'vitest';
import { classify } from './classify.js';
import { privateWordIn } from './private-evidence.js';

const request = (text: string): unknown => ({ messages: [{ role: 'user', content: text }] });

describe("a request naming people with their identity papers' numbers", () => {
  it.each([
    ['en', 'The hire firm wants the licence numbers of both drivers: Megan Pryce and Oliver Hughes, one per line.'],
    ['de', 'Für die Versicherung brauche ich die Führerscheinnummern von Megan Pryce und Oliver Hughes.'],
    ['es', 'Para el seguro piden el número de permiso de Lorenzo Baños y Paula Reyes.'],
    ['nl', 'Zet de rijbewijsnummers van Hans Koopman en Ilse Verhoeven in een tabel.'],
    ['it', 'Servono i numeri di patente di Lorenzo Baños e Paula Reyes per il noleggio.'],
  ])('%s: kept', (_, text) => {
    expect(privateWordIn(text)).toBeDefined();
    expect(classify(request(text)).dataClass).not.toBe('none');
  });

  it('a concert line-up with the same names has no such word and stays clean', () => {
    const text = 'Tonight on the main stage: Megan Pryce and Oliver Hughes, doors at 7.';
    expect(privateWordIn(text)).toBeUndefined();
    expect(classify(request(text)).dataClass).toBe('none');
  });
});
