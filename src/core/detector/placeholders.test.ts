import { describe, expect, it } from 'vitest';
import { detect } from './detect.js';

const emails = (text: string): string[] => detect(text).filter((f) => f.entity === 'EMAIL_ADDRESS').map((f) => text.slice(f.start, f.end));
const REGEX = '^[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\\.[A-Za-z]{2,}$';

describe("a regular expression's test values on an example domain are nobody's (set 36 c029)", () => {
  it.each([
    ['en', `Is this regex good enough for a dbt email test? Test values: alice@example.com, bob.smith+tag@example.co.uk, bad@@example.com\n\n${REGEX}`],
    ['de', `Reicht dieser reguläre Ausdruck für einen dbt-Test? Testwerte: anna@example.com, b.schmidt+news@example.de, kaputt@@example.com`],
    ['fr', `Cette regex suffit pour un test dbt ? Valeurs : alice@example.com, j.martin+promo@example.fr, casse@@example.com\n\n${REGEX}`],
    ['es', `¿Vale esta expresión regular? Valores de prueba: ana@example.com, l.garcia+ofertas@example.es, roto@@example.com`],
    ['nl', `Is deze regex goed genoeg voor een dbt-test? Testwaarden: anna@example.com, p.devries+actie@example.nl, kapot@@example.com`],
    ['it', `Questa espressione regolare basta? Valori di test: anna@example.com, l.rossi+promo@example.it, rotto@@example.com`],
  ])('%s', (_lang, text) => {
    expect(emails(text)).toEqual([]);
  });

  it.each([
    ['en', `My regex rejects our customer's address bob.smith+tag@gmail.com, why?\n\n${REGEX}`, 'bob.smith+tag@gmail.com'],
    ['de', 'Der reguläre Ausdruck lehnt die Adresse der Kundin ab: b.schmidt+news@web.de', 'b.schmidt+news@web.de'],
    ['fr', 'La regex refuse l’adresse du client, j.martin+promo@orange.fr', 'j.martin+promo@orange.fr'],
    ['es', 'La expresión regular rechaza el correo del cliente, l.garcia+ofertas@gmail.com', 'l.garcia+ofertas@gmail.com'],
    ['nl', 'De regex weigert het adres van de klant, p.devries+actie@ziggo.nl', 'p.devries+actie@ziggo.nl'],
    ['it', "L'espressione regolare rifiuta l'indirizzo del cliente, l.rossi+promo@libero.it", 'l.rossi+promo@libero.it'],
  ])('%s: a real domain in a regex question stays an address', (_lang, text, email) => {
    expect(emails(text)).toContain(email);
  });

  it('a real-looking address on an example domain outside a test stays found, in a list too', () => {
    expect(emails('Kontakte der Kundin: anna.meier@example.de, b.schmidt+news@example.de')).toEqual(['anna.meier@example.de', 'b.schmidt+news@example.de']);
  });
});
