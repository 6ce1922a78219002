import { describe, expect, it } from 'vitest';
import { detect } from './detect.js';
import { serialize } from 'node:v8';
import { normalize, oneByte, toOriginal } from './normalize.js';

const spans = (text: string): string[] => detect(text).map((f) => `${f.entity}:${text.slice(f.start, f.end)}`);

describe('normalize', () => {
  it('returns ASCII input untouched with no offset map', () => {
    const n = normalize('plain text 123');
    expect(n).toEqual({ text: 'plain text 123', edits: null });
    expect(normalize('Šárka Ottová, Λευκωσία').edits).toBeNull();
  });

  it('re-stores a text whose only wide characters normalising removed: the same string, the same offsets', () => {
    // A dash or an invisible mark made the input two bytes per character; what is left is Latin-1 in every language.
    const cases: [string, string][] = [
      ['Call Zoë – 020 7946 0958', 'Call Zoë - 020 7946 0958'],
      ['Grüße von Jürgen\u200B – Tel. 030 1234567', 'Grüße von Jürgen - Tel. 030 1234567'],
      ['Écrivez à François — f.leclerc@exemple.fr', 'Écrivez à François - f.leclerc@exemple.fr'],
      ['Señora Muñoz – teléfono 612 345 678', 'Señora Muñoz - teléfono 612 345 678'],
      ['Groeten van Ruud\u2060 – café om 9 uur', 'Groeten van Ruud - café om 9 uur'],
      ['Città di Forlì – perché no?', 'Città di Forlì - perché no?'],
    ];
    for (const [input, text] of cases) {
      const n = normalize(input);
      expect(n.text).toBe(text);
      expect(toOriginal(n, 0, n.text.length)).toEqual([0, input.length]);
    }
    expect(spans('Écrivez à François — f.leclerc@exemple.fr')).toContain('EMAIL_ADDRESS:f.leclerc@exemple.fr');
    // A text that keeps a wide character ("’") is left as it is.
    expect(oneByte('l’été')).toBe('l’été');
    expect(oneByte('Grüße, ÿ\u00ff\u0080')).toBe('Grüße, ÿ\u00ff\u0080');
    // Stored one byte a character: the engine's serialiser writes a string as it is stored.
    const wide = ('\u0100' + 'Grüße aus Köln, ÿ\u00ff\u0080 '.repeat(40)).slice(1);
    expect(serialize(wide).length).toBeGreaterThan(wide.length * 2);
    expect(oneByte(wide)).toBe(wide);
    expect(serialize(oneByte(wide)).length).toBeLessThan(wide.length + 16);
  });

  it('folds full-width digits, drops zero-width and bidi marks, unifies dashes, and maps offsets back', () => {
    const input = 'a\u200B４\u202E1–2';
    const n = normalize(input);
    expect(n.text).toBe('a41-2');
    expect(toOriginal(n, 1, 2)).toEqual([2, 3]);
    expect(toOriginal(n, 1, 5)).toEqual([2, input.length]);
  });

  it('maps expansions (one character to many) to the whole source character', () => {
    const input = 'x\u2475y'; // ⑵ -> "(2)"
    const n = normalize(input);
    expect(n.text).toBe('x(2)y');
    expect(toOriginal(n, 1, 4)).toEqual([1, 2]);
    expect(toOriginal(n, 4, 5)).toEqual([2, 3]);
  });

  it('keeps surrogate pairs whole', () => {
    const input = '😀 4539148803436467';
    const [f] = detect(input);
    expect(input.slice(f?.start, f?.end)).toBe('4539148803436467');
  });
});

describe('evasion forms are detected and mapped to the original offsets', () => {
  it.each([
    ['full-width digits', 'card ４５３９１４８８０３４３６４６７ ok', '４５３９１４８８０３４３６４６７'],
    ['zero-width spaces', 'card 4539\u200B1488\u200B0343\u200B6467 ok', '4539\u200B1488\u200B0343\u200B6467'],
    ['bidi marks', 'card \u202A4539 1488 0343 6467\u202C ok', '4539 1488 0343 6467'],
    ['en dashes', 'card 4539–1488–0343–6467 ok', '4539–1488–0343–6467'],
    ['dots', 'card 4539.1488.0343.6467 ok', '4539.1488.0343.6467'],
    ['slashes', 'card 4539/1488/0343/6467 ok', '4539/1488/0343/6467'],
    ['spaced digits', 'card 4 5 3 9 1 4 8 8 0 3 4 3 6 4 6 7 ok', '4 5 3 9 1 4 8 8 0 3 4 3 6 4 6 7'],
    ['non-breaking spaces', 'card 4539\u00A01488\u00A00343\u00A06467 ok', '4539\u00A01488\u00A00343\u00A06467'],
  ])('%s', (_name, text, value) => {
    expect(spans(text)).toEqual([`CREDIT_CARD:${value}`]);
  });

  it('SSN with a Unicode minus sign and full-width dash', () => {
    expect(spans('ssn 460\u221289\u22129847')).toEqual(['US_SSN:460\u221289\u22129847']);
    expect(spans('ssn 460\uFF0D89\uFF0D9847')).toEqual(['US_SSN:460\uFF0D89\uFF0D9847']);
  });

  it('decodes base64 and maps the finding onto the encoded run', () => {
    const b64 = btoa('my card is 4539148803436467');
    const text = `payload ${b64} end`;
    const [f] = detect(text);
    expect(f?.entity).toBe('CREDIT_CARD');
    expect(f?.rule).toBe('card.iin-luhn+base64');
    // 'my card is ' is 11 bytes: the card starts in base64 block 3 (chars 12..) and ends at the run's end.
    expect([f?.start, f?.end]).toEqual([8 + 12, 8 + b64.length]);
  });

  it('decodes URL-encoded text with exact offsets', () => {
    const text = 'q=ssn%3A%20460-89-9847&x=1';
    expect(spans(text)).toEqual(['US_SSN:460-89-9847']);
    const enc = 'q=%34%36%30-89-9847';
    expect(spans(`ssn ${enc}`)).toEqual(['US_SSN:%34%36%30-89-9847']);
  });

  it('decodes hex, plain and \\x-escaped', () => {
    const hex = Buffer.from('email jo@example.com').toString('hex');
    expect(detect(`blob ${hex}`).map((f) => f.rule)).toEqual(['email.rfc-shape+hex']);
    const esc = 'ssn 460-89-9847'.replace(/./g, (c) => `\\x${c.charCodeAt(0).toString(16)}`);
    expect(detect(esc).map((f) => f.entity)).toEqual(['US_SSN']);
  });

  it('leaves random base64 and hex alone', () => {
    expect(spans('sha256 9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08')).toEqual([]);
    expect(spans('nonce q83vEjRWeJq83vEjRWeJq83vEjRWeJ==')).toEqual([]);
  });
});

describe('look-alike letters in Latin words', () => {
  const found = (text: string): string[] => detect(text).map((f) => `${f.entity}:${text.slice(f.start, f.end)}`);
  it.each([
    ['en', 'Her address on file is m.wаtsоn@outlook.com, is that right?', 'EMAIL_ADDRESS:m.wаtsоn@outlook.com'],
    ['de', 'Schick es an k.lеhmаnn@gmх.de bitte', 'EMAIL_ADDRESS:k.lеhmаnn@gmх.de'],
    ['fr', 'Son mail : ѕ.dubоis@frее.fr, il ne reçoit rien', 'EMAIL_ADDRESS:ѕ.dubоis@frее.fr'],
    ['es', 'Escríbele a lucіа.mоrа@tеlеfonica.net mañana', 'EMAIL_ADDRESS:lucіа.mоrа@tеlеfonica.net'],
    ['nl', 'Mail van de klant: jаn.vіsser@zіggo.nl (Griekse ο erin: jan.vіsѕer@kpnmαil.nl)', 'EMAIL_ADDRESS:jаn.vіsser@zіggo.nl'],
    ['it', 'La chiave nel .env è sk_lіvе_9Tq2Lm4Xw8Rz6Vb1Nc3Hd7Jk', 'STRIPE_KEY:sk_lіvе_9Tq2Lm4Xw8Rz6Vb1Nc3Hd7Jk'],
  ])('%s: Cyrillic and Greek look-alikes read as Latin, offsets on the original', (_lang, text, value) => {
    expect(found(text)).toContain(value);
  });

  it('Cyrillic and Greek words stay as written', () => {
    expect(normalize('Москва, Ελλάδα, сосна').text).toBe('Москва, Ελλάδα, сосна');
    expect(normalize('Dr. Ρ. and Ivan Петров').text).toBe('Dr. Ρ. and Ivan Петров');
    expect(normalize('jаn@mail.nl').text).toBe('jan@mail.nl');
  });
});
