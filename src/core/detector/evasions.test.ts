import { describe, expect, it } from 'vitest';
import { detect } from './detect.js';

const found = (text: string): string[] => detect(text).map((f) => `${f.entity}:${text.slice(f.start, f.end)}`);
const entities = (text: string): string[] => detect(text).map((f) => f.entity);
const b64 = (s: string): string => btoa(s);

describe('evasions: digits from any script', () => {
  it.each([
    ['Arabic-Indic', 'ssn ٥٣٦-٢٢-١٢٣٤'],
    ['Extended Arabic-Indic', 'ssn ۵۳۶-۲۲-۱۲۳۴'],
    ['Devanagari', 'ssn ५३६-२२-१२३४'],
    ['Bengali', 'ssn ৫৩৬-২২-১২৩৪'],
    ['Thai', 'ssn ๕๓๖-๒๒-๑๒๓๔'],
    ['Adlam (outside the BMP)', 'ssn 𞥕𞥓𞥖-𞥒𞥒-𞥑𞥒𞥓𞥔'],
  ])('%s digits read as ASCII', (_name, text) => {
    expect(entities(text)).toEqual(['US_SSN']);
  });

  it('a card in Devanagari digits is found, with offsets on the original text', () => {
    const text = 'card ४५३९ १४८८ ०३४३ ६४६७ thanks';
    expect(found(text)).toEqual(['CREDIT_CARD:४५३९ १४८८ ०३४३ ६४६७']);
  });
});

describe('evasions: separators between characters', () => {
  it.each([
    ['spaces', '4 5 3 9 1 4 8 8 0 3 4 3 6 4 6 7'],
    ['dashes', '4-5-3-9-1-4-8-8-0-3-4-3-6-4-6-7'],
    ['dots', '4.5.3.9.1.4.8.8.0.3.4.3.6.4.6.7'],
    ['newlines', '4\n5\n3\n9\n1\n4\n8\n8\n0\n3\n4\n3\n6\n4\n6\n7'],
    ['replacement characters (invalid UTF-8)', '4539\uFFFD1488\uFFFD0343\uFFFD6467'],
    ['lone surrogates', '4539\uD8001488\uDC000343 6467'],
  ])('a card split by %s', (_name, text) => {
    expect(entities(`pay ${text} now`)).toEqual(['CREDIT_CARD']);
  });
});

describe('evasions: spelled-out digits', () => {
  it.each([
    ['en', 'my ssn is five three six two two one two three four'],
    ['de', 'SSN fünf drei sechs zwei zwei eins zwei drei vier'],
    ['fr', 'ssn cinq trois six deux deux un deux trois quatre'],
    ['es', 'ssn cinco tres seis dos dos uno dos tres cuatro'],
    ['nl', 'ssn vijf drie zes twee twee een twee drie vier'],
    ['it', 'ssn cinque tre sei due due uno due tre quattro'],
  ])('%s', (_name, text) => {
    expect(entities(text)).toEqual(['US_SSN']);
  });

  it('a spelled card with commas between groups', () => {
    expect(entities('card four five three nine, one four eight eight, zero three four three, six four six seven')).toEqual(['CREDIT_CARD']);
  });

  it('counting in prose is not an identifier', () => {
    expect(entities('one, two, three, four: go! Then five six seven eight.')).toEqual([]);
  });
});

describe('evasions: encodings', () => {
  it('base64 wrapped over lines is decoded as one block', () => {
    const enc = b64('patient note: my ssn is 536-22-1234 and nothing else of interest here').replace(/(.{20})/g, '$1\n');
    expect(entities(`attachment:\n${enc}\n`)).toEqual(['US_SSN']);
  });

  it('base64 nested three and four deep', () => {
    expect(entities(b64(b64(b64('ssn 536-22-1234'))))).toEqual(['US_SSN']);
    expect(entities(b64(b64(b64(b64('ssn 536-22-1234')))))).toEqual(['US_SSN']);
  });

  it('256 decoy segments before the real one do not use up the decoder', () => {
    const decoys = Array.from({ length: 300 }, (_, i) => b64(`decoy text number ${i} ok`)).join(' ');
    expect(entities(`${decoys} ${b64('ssn 536-22-1234')}`)).toEqual(['US_SSN']);
  });

  it.each([
    ['en', (i: number) => `reply ${i} to greta.holm@example.org`],
    ['de', (i: number) => `Antwort ${i} an greta.holm@example.org`],
    ['fr', (i: number) => `réponse ${i} à greta.holm@example.org`],
    ['es', (i: number) => `respuesta ${i} a greta.holm@example.org`],
    ['nl', (i: number) => `antwoord ${i} aan greta.holm@example.org`],
    ['it', (i: number) => `risposta ${i} a greta.holm@example.org`],
  ])('%s: repeats differing in a number or two are scanned once, and every repeat keeps its finding', (_lang, line) => {
    const segs = [3, 4, 5].map((i) => Buffer.from(line(i)).toString('base64'));
    const text = segs.join(' ');
    const found = detect(text).filter((f) => f.entity === 'EMAIL_ADDRESS');
    // Each finding lies in its own segment, over the address's part of it.
    expect(found.map((f) => segs.findIndex((seg) => text.indexOf(seg) <= f.start && f.end <= text.indexOf(seg) + seg.length))).toEqual([0, 1, 2]);
  });

  it('repeats whose numbers are long enough to be data are each scanned (fail-closed)', () => {
    const text = [b64('decoy call 020 7183 0811 ok'), b64('decoy call 020 7183 0812 ok')].join(' ');
    expect(detect(text).filter((f) => f.entity === 'PHONE_NUMBER')).toHaveLength(2);
  });
});

describe('evasions: emails written with words', () => {
  it.each([
    ['en', 'write to jane at example dot com please', 'jane at example dot com'],
    ['en, two dots', 'jane.doe at mail dot co dot uk', 'jane.doe at mail dot co dot uk'],
    ['fr', 'marie.dupont chez orange point fr', 'marie.dupont chez orange point fr'],
    ['nl', 'jan apenstaartje voorbeeld punt nl', 'jan apenstaartje voorbeeld punt nl'],
    ['es', 'ana arroba correo punto es', 'ana arroba correo punto es'],
  ])('%s', (_name, text, value) => {
    expect(found(text)).toEqual([`EMAIL_ADDRESS:${value}`]);
  });

  it('prose with "at" and "dot" is not an email', () => {
    expect(entities('I looked at it dot by dot')).toEqual([]);
    expect(entities('meet me at the station dot com')).toEqual([]);
  });
});

describe('lists and glued identifiers', () => {
  it('SSNs separated by spaces, newlines and commas are each found', () => {
    expect(found('536-22-1234 536-22-1235\n536-22-1236, 536-22-1237')).toEqual([
      'US_SSN:536-22-1234',
      'US_SSN:536-22-1235',
      'US_SSN:536-22-1236',
      'US_SSN:536-22-1237',
    ]);
  });

  it('card numbers in a list are each found', () => {
    expect(entities('4539 1488 0343 6467 5500 0000 0000 0004')).toEqual(['CREDIT_CARD', 'CREDIT_CARD']);
    expect(entities('4539148803436467\n5500000000000004\n340000000000009')).toEqual(['CREDIT_CARD', 'CREDIT_CARD', 'CREDIT_CARD']);
  });

  it('identifiers glued to letters or underscores', () => {
    expect(found('ssn_536-22-1234')).toEqual(['US_SSN:536-22-1234']);
    expect(found('SSN536221234')).toEqual(['US_SSN:536221234']);
    expect(found('card_4539148803436467')).toEqual(['CREDIT_CARD:4539148803436467']);
  });

  it('digits inside hex ids stay quiet', () => {
    expect(entities('commit a4539148803436467b and x536221234')).toEqual([]);
  });
});
