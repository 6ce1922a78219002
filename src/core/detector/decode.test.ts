import { describe, expect, it } from 'vitest';
import { mulberry32 } from '../random/index.js';
import { detect } from './detect.js';
import { base64Segment, base64SegmentReference, base64Shape, base64ShapeReference, findEncoded, hexOnly, hexOnlyReference, urlTokensWithPercent, urlTokensWithPercentReference } from './decode.js';

const view = (s: ReturnType<typeof base64Segment>): unknown => (s === undefined ? undefined : [s.kind, s.text, s.toSource(0, s.text.length), s.toSource(1, 2)]);

describe('base64 checks by code equal the regex checks', () => {
  it('base64Segment and hexOnly on fuzzed tokens', () => {
    // Alphabet runs, URL-safe characters, padding in and out of place, hex, mixed and single case, and base64 of text.
    const PIECES = ['QUJD', 'aGVsbG8gd29ybGQ', 'bG9nIGxpbmUgMCBzdGF0dXMgb2s', 'YzNOdUlETXhOUzAw', '=', '==', '-', '_', '+', '/', 'abcd', 'ABCD', 'Abcd', '0123', '4f6b', 'DEADbeef', 'x', 'Z', '9', 'ab/c', 'AB/C', 'a+bc', 'lowercaseword', 'UPPERCASEWORD', 'YWJjf2RlZg', 'YWJjZA', 'YSEhISEhIQ', 'ISEhIWFiYw', 'AAAA', 'gICA'];
    const r = mulberry32(83);
    let segments = 0;
    let hex = 0;
    for (let i = 0; i < 20_000; i++) {
      let s = '';
      const n = 1 + Math.floor(r() * 8);
      for (let k = 0; k < n; k++) s += PIECES[Math.floor(r() * PIECES.length)] ?? '';
      expect(view(base64Segment(s, 3)), s).toEqual(view(base64SegmentReference(s, 3)));
      expect(hexOnly(s), s).toBe(hexOnlyReference(s));
      expect(base64Shape(s.replace(/=+$/, '')), s).toBe(base64ShapeReference(s.replace(/=+$/, '')));
      if (base64Segment(s, 3) !== undefined) segments++;
      if (hexOnly(s)) hex++;
    }
    for (const s of ['', '0', '00', 'g0', '\u0010\u0011', 'AF', 'af09']) expect(hexOnly(s), s).toBe(hexOnlyReference(s));
    // Both outcomes of each check are exercised.
    expect(segments).toBeGreaterThan(300);
    expect(segments).toBeLessThan(19_000);
    expect(hex).toBeGreaterThan(100);
  });

  it('still decodes a token, a wrapped block and an escaped hex run', () => {
    const text = `token ${btoa('my ssn is 123-45-6789 ok')} then\n${btoa('a'.repeat(60)).match(/.{1,16}/g)?.join('\n') ?? ''}\nand \\x68\\x65\\x6c\\x6c\\x6f\\x21`;
    expect(findEncoded(text).map((s) => [s.kind, s.text])).toEqual([
      ['base64', 'my ssn is 123-45-6789 ok'],
      ['base64', 'a'.repeat(60)],
      ['hex', 'hello!'],
    ]);
  });

  it('reads lines after a padded line each on its own (padding cannot sit inside one block)', () => {
    const a = btoa('first line of the note!');
    const b = btoa('second: ssn 123-45-6789');
    expect(a.endsWith('=')).toBe(true);
    expect(findEncoded(`${a}\n${b}`).map((s) => s.text)).toEqual(['first line of the note!', 'second: ssn 123-45-6789']);
  });
});

describe('URL tokens read around each %hh', () => {
  it('equal the tokens of a whole-text scan that hold one', () => {
    // Percent signs with and without hex after them, every token end (ASCII and Unicode whitespace, quotes, angle brackets), the text's ends.
    const PIECES = ['%', '%2', '%2F', '%e9', '%C3%A9', '%zz', 'caf', 'a+b', '?q=', '/path', ' ', '\t', '\n', '"', "'", '<', '>', '\u00a0', '\u3000', '\u2028', 'é', '%%41', '100%', '50%25'];
    const r = mulberry32(29);
    for (let i = 0; i < 20_000; i++) {
      let s = '';
      const n = 1 + Math.floor(r() * 10);
      for (let k = 0; k < n; k++) s += PIECES[Math.floor(r() * PIECES.length)] ?? '';
      expect(urlTokensWithPercent(s), JSON.stringify(s)).toEqual(urlTokensWithPercentReference(s));
    }
  });

  it('still decodes a percent-encoded token', () => {
    expect(findEncoded('see <https://example.org/?to=ana%40example.org&q=caf%C3%A9> ok').map((s) => [s.kind, s.text])).toEqual([['url', 'https://example.org/?to=ana@example.org&q=café']]);
  });
});

describe('a base64 value right after =', () => {
  // base64 of a made-up live key of a known vendor's shape.
  const encoded = btoa('sk_live_Zq81mWvTa0LxHc3pRk7uYd2N');

  it('is decoded and scanned (KEY_B64=<base64>, a query parameter)', () => {
    for (const text of [`PAYMENTS_KEY_B64=${encoded}\nconst key = atob(process.env.PAYMENTS_KEY_B64)`, `https://hooks.example.test/in?cfg=${encoded}`]) {
      const hits = detect(text).filter((f) => f.dataClass === 'secret');
      expect(hits.map((f) => text.slice(f.start, f.end)), text).toEqual([encoded]);
    }
  });

  it('is decoded on its own when it follows the padding of another token', () => {
    const [seg] = findEncoded(`X=${encoded}`);
    expect(seg?.text).toBe('sk_live_Zq81mWvTa0LxHc3pRk7uYd2N');
    const glued = `${btoa('first segment ok!!')}=${btoa('second segment ok!')}`;
    expect(findEncoded(glued).map((x) => x.text)).toEqual(['first segment ok!!', 'second segment ok!']);
  });
});
