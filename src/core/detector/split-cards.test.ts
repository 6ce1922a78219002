import { describe, expect, it } from 'vitest';
import { classify } from './classify.js';

const cards = (body: unknown): string[] =>
  classify(body)
    .findings.filter((f) => f.entity === 'CREDIT_CARD')
    .map((f) => f.path);
const oneText = (text: string): unknown => ({ model: 'm', messages: [{ role: 'user', content: text }] });
const twoParts = (a: string, b: string): unknown => ({
  model: 'm',
  max_tokens: 10,
  messages: [
    {
      role: 'user',
      content: [
        { type: 'text', text: a },
        { type: 'text', text: b },
      ],
    },
  ],
});
const twoMessages = (a: string, b: string): unknown => ({
  model: 'm',
  messages: [
    { role: 'user', content: a },
    { role: 'user', content: b },
  ],
});

describe('card read out in pieces (split-cards)', () => {
  it.each([
    ['en', 'The caller gave the first half 4666 1760 and then the second half 3137 2159 of her Visa.'],
    ['de', 'Erste Hälfte der Karte: 5101 0928, zweite Hälfte 1590 1396, bitte sperren.'],
    ['fr', 'Les 8 premiers chiffres de la carte sont 5279 9075 et les 8 derniers 1163 7265.'],
    ['es', 'Primera mitad de la tarjeta 5384 8372, segunda mitad 6167 5136.'],
    ['nl', 'Eerste helft van de kaart 5437 1678, tweede helft 6843 3532.'],
    ['it', 'Prima metà della carta 5588 3106, seconda metà 7924 7082.'],
  ])('finds both halves within one text (%s)', (_lang, text) => {
    expect(cards(oneText(text))).toHaveLength(2);
  });

  it.each([
    [
      'en',
      'She read the card out in two goes, first half 4666 1760',
      'second half 3137 2159 - please block it.',
    ],
    ['de', 'Der Kunde hat die Nummer diktiert: 5101 0928', 'und 1590 1396. Betrugssperre bitte.'],
    ['fr', 'Le client a dicté : 5279 9075', 'puis 1163 7265, opposition pour fraude.'],
    ['es', 'El cliente dictó la tarjeta: 5384 8372', 'y después 6167 5136.'],
    ['nl', 'De klant las voor: 5437 1678', 'en daarna 6843 3532. Fraudeblokkade graag.'],
    ['it', 'Il cliente ha dettato: 5588 3106', 'e poi 7924 7082, blocco per frode.'],
  ])('finds the halves across two content parts, each in its own part (%s)', (_lang, a, b) => {
    expect(cards(twoParts(a, b)).sort()).toEqual([
      'messages[0].content[0].text',
      'messages[0].content[1].text',
    ]);
  });

  it('prefers the card to another reading of a piece across parts', () => {
    const body = twoParts('Carte bleue, première partie 4534 5776', 'deuxième partie 9152 4601');
    expect(classify(body).findings.map((f) => f.entity)).toEqual(['CREDIT_CARD', 'CREDIT_CARD']);
  });

  it('finds the halves across two messages', () => {
    expect(cards(twoMessages('Card number, first half: 4243 3721', 'second half: 1781 5516'))).toHaveLength(
      2,
    );
  });

  it.each([
    // Luhn passes one number in ten: these concatenations do pass it and have a card prefix.
    [
      'two unspaced order numbers near the word card',
      'Paid by card: orders 42376092 and 60309260 both shipped.',
    ],
    ['grouped numbers with order between', 'Card payment failed for order 5340 0571 and order 7279 5849.'],
    ['no card word and no read-out cue', 'Batch 4666 1760 then batch 3137 2159 went through the sorter.'],
    ['a phone number after a card word', 'Kreditkarte verloren, rufen Sie 5101 0928 oder +49 1590 1396 an.'],
    ['an amount', 'La carte a été débitée de 5279 9075 puis de 1163,72 EUR.'],
    ['a list without words between', 'Tarjeta: 5384 8372, 6167 5136'],
  ])('leaves %s alone', (_what, text) => {
    expect(cards(oneText(text))).toEqual([]);
  });

  it('needs the concatenation to pass Luhn', () => {
    expect(cards(oneText('First half of the card 4666 1760, second half 3137 2158.'))).toEqual([]);
  });

  it('leaves two parts with order numbers alone', () => {
    expect(cards(twoParts('Card on file, order 4666 1760', 'order 3137 2159 refunded'))).toEqual([]);
  });
});
