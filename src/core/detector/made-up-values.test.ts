// Values that are nobody's by what the text says of them: a placeholder person the writer calls made up or puts in
// their own tests, a requested comic's characters, the word "password" as a sample URL's password in six languages,
// documented test cards and NIEs, and "Calle Falsa" as addresses abbreviate it. Each with the nearest text that stays
// found: a real-looking person, a person's medical tests, a possessive that makes the comic about a colleague, a real
// password, card or NIE. Texts of our own.
import { describe, expect, it } from 'vitest';
import { detect } from './detect.js';

const personal = (text: string): string[] => detect(text).filter((f) => f.score >= 0.5).map((f) => `${f.entity}:${text.slice(f.start, f.end)}`);
const entities = (text: string): string[] => detect(text).filter((f) => f.score >= 0.5).map((f) => f.entity);

describe('a placeholder person the writer calls made up, or puts in their own tests', () => {
  it.each([
    ['en', 'For the induction pack I need a made-up customer, John Smith, 14 Hill Road, Leeds, who disputes a bill.'],
    ['de', 'Für die Einarbeitung brauche ich einen erfundenen Kunden, Hans Muster, Lindenweg 4, 50667 Köln, der die Rechnung nicht versteht.'],
    ['fr', 'Pour la formation il me faut un client inventé, Jean Dupont, 4 rue des Lilas, 69003 Lyon, qui conteste sa facture.'],
    ['es', 'Prepara un caso práctico con un cliente inventado, Fulano de Tal, C/ Falsa 123, que reclama una factura.'],
    ['nl', 'Maak een oefencasus met een verzonnen klant, Jan Jansen, Dorpsstraat 1, 1234 AB Ergens, die zijn afrekening niet snapt.'],
    ['it', 'Prepara un caso con un cliente inventato, Mario Rossi, via Roma 1, che contesta la bolletta.'],
    ['en, own tests', 'In our tests we use John Smith, 14 Hill Road, Leeds. Is that fine?'],
    ['fr, own tests', "Pour mes tests d'import, je mets Jean Dupont, 1 rue de la Paix, 75002 Paris. C'est acceptable ?"],
    ['nl, own tests', 'In onze tests gebruiken we Jan Jansen, Dorpsstraat 1, 1234 AB Ergens. Is dat prima?'],
  ])('%s: nothing personal', (_lang, text) => {
    expect(personal(text)).toEqual([]);
  });

  it("a person's medical tests are no test data", () => {
    expect(entities('De uitslag van de tests van Jan Jansen, Dorpsstraat 1, 1234 AB Ergens: diabetes type 2.')).toContain('PERSON');
  });
  it('a real neighbour named after the made-up word stays', () => {
    expect(entities('Maak een oefencasus met een verzonnen klant, zoals mijn buurman Pieter van Dongen, Lindelaan 4, Zwolle.')).toContain('PERSON');
  });
  it('a real street in Spain stays an address', () => {
    expect(entities('Cliente Lucía Arrieta, C/ Mayor 12, 28013 Madrid, reclama una factura.')).toContain('STREET_ADDRESS');
  });
});

describe("a requested comic's characters", () => {
  it.each([
    ['en', 'Write a short comic strip for a payroll training session in which Mr Harold Pimm forgets to pay his butler Jeeves.'],
    ['nl', 'Schrijf een kort stripverhaaltje voor een training salarisadministratie waarin Heer Olivier B. Bommel zijn butler Joost vergeet te betalen.'],
    ['it', 'Scrivi un fumetto breve per un corso sulle buste paga in cui il signor Ettore Bellini dimentica di pagare il maggiordomo.'],
  ])('%s: no person', (_lang, text) => {
    expect(personal(text)).toEqual([]);
  });
  it("a comic for a colleague's party names the colleague", () => {
    expect(entities("Write a short comic strip for my colleague Harold Pimm's leaving party in which he forgets to pay his butler.")).toContain('PERSON');
  });
});

describe('documented sample values', () => {
  it.each([
    ['de', 'Doku-Beispiel: DATABASE_URL=postgres://benutzer:passwort@localhost/db'],
    ['es', 'Ejemplo: DATABASE_URL=mysql://usuario:contrasena@localhost/db'],
    ['fr', 'Pour la doc : DATABASE_URL=postgres://user:motdepasse@localhost/db'],
    ['nl', 'Voorbeeld: DATABASE_URL=postgres://gebruiker:wachtwoord@localhost/db'],
  ])('%s: the word "password" as a URL\'s password is a sample', (_lang, text) => {
    expect(entities(text)).toEqual([]);
  });
  it('a real password in the same URL stays', () => {
    expect(entities('DATABASE_URL=postgres://app:Kq7vRt2Lm9x@db.internal/db')).toEqual(['PASSWORD_IN_URL']);
  });

  it("Stripe's dispute and decline test cards are samples; another Visa number stays a card", () => {
    expect(entities('In test mode I open a dispute with card 4000 0000 0000 2685 and no webhook arrives.')).toEqual([]);
    expect(entities('Declines: 4000 0000 0000 9995 (insufficient funds), 4000 0000 0000 9979 (stolen card).')).toEqual([]);
    expect(entities('In test mode the charge on card 4917 6123 4567 8904 was disputed by the customer.')).toContain('CREDIT_CARD');
  });

  it("the validators' sample NIE is a sample; another valid NIE stays", () => {
    expect(entities('Escribe tests con el NIE X1234567L (válido) y 12345678Z.')).toEqual([]);
    expect(entities('El NIE del cliente es X7654321J, tramita la renovación.')).toContain('ES_DNI_NIE');
  });
});
