// A generated key of letters only in both cases under a secret's name (secret-values.ts randomLetterKey). Values made up
// for this test.
import { describe, expect, it } from 'vitest';
import { detect } from './detect.js';
import { randomLetterKey } from './secret-values.js';

const keys = (text: string): string[] => detect(text).filter((f) => f.entity === 'API_KEY').map((f) => text.slice(f.start, f.end));

describe('a key of random letters with no digit', () => {
  it('is a secret under a secret key name, English or not', () => {
    expect(keys("$secretKey = 'qWpZtRkMnBvCxLsDfGhJkLpQ';")).toEqual(['qWpZtRkMnBvCxLsDfGhJkLpQ']);
    expect(keys("$clave_secreta = 'qWpZtRkMnBvCxLsDfGhJkLpQ';")).toEqual(['qWpZtRkMnBvCxLsDfGhJkLpQ']);
  });

  it('a camelCase identifier or a word under the same names is none', () => {
    expect(keys("SECRET_KEY = 'AbstractSingletonProxyFactoryBean'")).toEqual([]);
    expect(keys('api_key: getHTTPResponseCodeForURLRequest')).toEqual([]);
    expect(randomLetterKey('AbstractSingletonProxyFactoryBean')).toBe(false);
    expect(randomLetterKey('qWpZtRkMnBvCxLsDfGhJkLpQ')).toBe(true);
  });
});
