import { describe, expect, it } from 'vitest';
import { mulberry32 } from '../random/index.js';
import { keyEndMatches, keyEndMatchesReference } from './config-secrets.js';

// Pieces that make and break key endings: the words in both cases, quotes, spaces, tabs, separators, '=>' and
// characters the non-unicode `i` flag does not fold to ASCII (long s, Kelvin sign).
const PIECES = ['password', 'PASSWD', 'Passphrase', 'pass', 'pWd', 'secret', 'TOKEN', 'key', 'kEy', 'db_', '"', "'", ' ', '\t', ':', '=', '=>', ':=', 'x', '\n', '\u017Fecret', '\u212Aey', 'to', 'ken'];

describe('config-secrets key endings', () => {
  it.each([
    ['DB_PASSWORD=hunter2', ['3:PASSWORD=']],
    ['"apiKey": "abc", token :x', ['4:Key":', '17:token :']],
    ['pass=pass=pass=', ['0:pass=', '5:pass=', '10:pass=']],
    ['key =>v, secret\t\t: y', ['0:key =>', '9:secret\t\t:']],
    ['\u017Fecret=1 \u212Aey=2 keys=3', []],
  ])('%s', (text, expected) => {
    expect(keyEndMatches(text)).toEqual(expected);
    expect(keyEndMatchesReference(text)).toEqual(expected);
  });

  it('finds what the global scan finds, on random texts', () => {
    const rnd = mulberry32(11);
    for (let n = 0; n < 3000; n++) {
      let t = '';
      const len = Math.floor(rnd() * 14);
      for (let i = 0; i < len; i++) t += PIECES[Math.floor(rnd() * PIECES.length)] ?? '';
      expect(keyEndMatches(t), t).toEqual(keyEndMatchesReference(t));
    }
  });
});
