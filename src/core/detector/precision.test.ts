import { describe, expect, it } from 'vitest';
import { classify } from './classify.js';
import { detect } from './detect.js';

const entities = (text: string): string[] => detect(text).map((f) => f.entity);

describe('precision on chat text: not personal data', () => {
  it.each([
    ['a public figure in a question', 'What did Angela Merkel say about the euro crisis in 2011?'],
    ['two athletes', 'Who won more Grand Slams, Roger Federer or Rafael Nadal?'],
    ['a person-named brand after Dr.', 'Is Dr. Oetker pizza sold in the US?'],
    ['a football club', 'Explain how Manchester United did in the 1999 Champions League final.'],
    ['a capitalised Spanish question word', '¿Qué dijo Pedro Sánchez sobre la amnistía?'],
    ['a capitalised German noun', 'Die Prüfziffer der EAN 4001720722957 stimmt nicht.'],
    ['a Dutch brand', 'Hoe is Albert Heijn begonnen als kruidenier?'],
    ['an EAN-13 barcode', 'Order shipped, EAN 4085861106166, write an update'],
    ['version strings and a private range', 'After upgrading to node 20.11.1 the build breaks on 10.0.0.0/8 ranges'],
    ['a Stripe test card', 'Stripe test card 4242 4242 4242 4242 is declined in test mode'],
    ['a sandbox Visa', 'Testkarte 4111 1111 1111 1111 wird abgelehnt'],
    ['an order number', 'Order #100045872 shipped on 2024-03-02'],
    ['a general-knowledge question about someone not on the public list', 'What did Christian Drosten say about masks?'],
    ['the same in Spanish', '¿Quién es Jorge Ramos?'],
  ])('%s', (_name, text) => {
    expect(entities(text)).toEqual([]);
  });
});

describe('precision on chat text: still personal data', () => {
  it('a public figure\'s name given as one\'s own', () => {
    expect(entities('My name is Angela Merkel and I need a new passport')).toContain('PERSON');
  });

  it('a question about the writer\'s own people is not general knowledge', () => {
    expect(entities('When is Hannah Whitfield\'s next appointment?')).toEqual(['PERSON']);
    expect(entities('Is Hannah Whitfield available on Monday?')).toEqual(['PERSON']);
  });

  it('lower-case names with a diagnosis', () => {
    const c = classify({ messages: [{ role: 'user', content: 'john smith has diabetes and missed two appointments' }] });
    expect(c.dataClass).toBe('phi');
  });

  it('a first name after a relative or role, or addressed', () => {
    expect(entities('I would like to remove my kid Lukas from the will.')).toEqual(['PERSON']);
    expect(entities('mein Kollege Matthias ist krank')).toEqual(['PERSON']);
    expect(entities('Leif, can I please speak to your boss?')).toEqual(['PERSON']);
  });

  it('several first names in one text', () => {
    expect(entities('They had 3: Hannah, Anthony and Mary.')).toEqual(['PERSON', 'PERSON', 'PERSON']);
  });

  it('a real card number with a test-looking context is still a card when it is not a published test number', () => {
    expect(entities('test with my card 4539 1488 0343 6467')).toEqual(['CREDIT_CARD']);
  });
});

describe('organisation lines, reserved mail domains, document references, log keys', () => {
  it.each([
    ['a council out-of-hours line in Ofcom’s drama range', 'If the river rises call the council out-of-hours 01632 960 123 and keep the drains clear.'],
    ['a flood line', 'In a flood warning call Floodline 0345 988 1188, or check the river levels online.'],
    ['a museum’s information line (fr)', 'Le musée ouvre à 10 h du mardi au dimanche, renseignements au 01 45 67 89 12.'],
    ['a venue’s information line (es)', 'El museo abre de 10 a 20 h; información en el 91 567 12 34.'],
    ['an address on the reserved .example TLD', 'Inscripciones: Oficina de Deportes, deportes@ayuntamiento.example, hasta el viernes.'],
    ['an internal document number (nl)', 'Zie het kwartaalrapport, intern documentnummer KWR-Q2-0457.'],
    ['a log line’s keys', 'Connexion refusée après 30000ms. host=10.20.0.7 db=paie'],
  ])('%s', (_name, text) => {
    expect(entities(text)).toEqual([]);
  });

  it('a person’s number in the drama range, a real mailbox and a passport number stay', () => {
    expect(entities('Call Helen Marsh on 01632 960 415 about the order')).toContain('PHONE_NUMBER');
    expect(entities('Mail Helen Marsh at helen.marsh@gmail.com')).toContain('EMAIL_ADDRESS');
    expect(entities('Mijn paspoort, documentnummer NW8K4T2P7, verloopt in mei.')).toContain('PASSPORT');
  });
});
