// WordPress application passwords: six groups of four letters and digits. The passwords below are random text of that
// shape (no real credential).
import { describe, expect, it } from 'vitest';
import { detect } from './detect.js';

const secrets = (text: string): string[] =>
  detect(text)
    .filter((f) => f.dataClass === 'secret')
    .map((f) => text.slice(f.start, f.end));

describe('WordPress application passwords', () => {
  it('finds the password in an auth tuple, a curl --user and a config line', () => {
    expect(secrets("auth = ('syndication-bot', 'SosM qmJP lnmx tjEp hPvI PbEx')")).toContain('SosM qmJP lnmx tjEp hPvI PbEx');
    expect(secrets('curl --user "admin:mK7M wZmN Fuj5 IKYF XUAv EZ8H" https://blog.example.org/wp-json/wp/v2/posts')).toContain(
      'mK7M wZmN Fuj5 IKYF XUAv EZ8H',
    );
    expect(secrets('het app-wachtwoord is q9Rt Lm2X vB7k Np4W zH8d Yc3F, werkt niet')).toContain('q9Rt Lm2X vB7k Np4W zH8d Yc3F');
  });

  it('title case, capitals, the docs\' sample and a mask are no password', () => {
    expect(secrets('That Wine Cost Much More Than Last Year')).toEqual([]);
    expect(secrets('THIS WILL TAKE MUCH MORE TIME THAN WE HAVE')).toEqual([]);
    expect(secrets('the guide shows abcd EFGH 1234 ijkl MNOP 6789 as its sample')).toEqual([]);
    expect(secrets("auth = ('bot', 'XXXX XXXX XXXX XXXX XXXX XXXX')")).toEqual([]);
    // Five groups, or groups of five, are no WordPress password.
    expect(secrets('codes: SosM qmJP lnmx tjEp hPvI and more')).toEqual([]);
    expect(secrets('codes: SosMa qmJPa lnmxa tjEpa hPvIa PbExa')).toEqual([]);
  });
});
