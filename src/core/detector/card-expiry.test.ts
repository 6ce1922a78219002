// A card number followed by its expiry (numbers.ts, expiryEnds): the digits chain on to the expiry's, which made the card
// read as one window of a longer list of numbers. Texts of our own.
import { describe, expect, it } from 'vitest';
import { detect } from './detect.js';

const cards = (text: string): string[] =>
  detect(text)
    .filter((f) => f.entity === 'CREDIT_CARD')
    .map((f) => text.slice(f.start, f.end));

describe('a card number with its expiry after it', () => {
  it.each([
    ['Jana Pokorná – 4539-1488-0343-6467 – 11/27', '4539-1488-0343-6467'],
    ['Gast: 4539 1488 0343 6467 11/2027', '4539 1488 0343 6467'],
    ['carte 4539.1488.0343.6467 - 03/29 merci', '4539.1488.0343.6467'],
    ['Jana Pokorná / 4539 1488 0343 6467 / 11/27 / 123', '4539 1488 0343 6467'],
    ['Jana Pokorná – 4539 1488 0343 6467 – 11/2027 – 7371', '4539 1488 0343 6467'],
  ])('is found: %s', (text, card) => {
    expect(cards(text)).toEqual([card]);
  });

  it.each([
    ['no month: a list of numbers goes on', 'Teile 4539-1488-0343-6467 – 13/27'],
    ['the same separator as the card: a longer number', 'Ref 4539-1488-0343-6467-11/27'],
    ['more numbers after the expiry: a list', 'Werte 4539 1488 0343 6467 11/27 123 456'],
    ['a spaced slash between month and year: no expiry', 'Teile 4539-1488-0343-6467 – 11 / 27'],
  ])('is not read into a list of numbers (%s)', (_, text) => {
    expect(cards(text)).toEqual([]);
  });
});
