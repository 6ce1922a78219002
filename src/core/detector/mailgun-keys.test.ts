// Mailgun private API keys of the 2023 form: 32 hex digits and two groups of 8. The keys below are random text of that
// shape (no real credential).
import { describe, expect, it } from 'vitest';
import { detect } from './detect.js';

const secrets = (text: string): string[] =>
  detect(text)
    .filter((f) => f.dataClass === 'secret')
    .map((f) => text.slice(f.start, f.end));

const KEY = '4f9a1c7e2b4d6f8a0c1e3b5d7f9a2c4e-1b2c3d4e-5f6a7b8c';

describe('Mailgun API keys (32 hex, 8, 8)', () => {
  it('finds the key with no key name, in prose and in code', () => {
    expect(secrets(`Mailgun antwortet 401 Forbidden für ${KEY}, obwohl die Domain verifiziert ist`)).toEqual([KEY]);
    expect(secrets(`auth=("api", "${KEY}")`)).toContain(KEY);
  });

  it('a UUID, a longer run, a counting sample or no hex letter is no key', () => {
    expect(secrets('request 4f9a1c7e-2b4d-6f8a-0c1e-3b5d7f9a2c4e failed')).toEqual([]);
    expect(secrets('build a4f9a1c7e2b4d6f8a0c1e3b5d7f9a2c4e-1b2c3d4e-5f6a7b8c done')).toEqual([]);
    expect(secrets('sample 0123456789abcdef0123456789abcdef-1b2c3d4e-5f6a7b8c here')).toEqual([]);
    expect(secrets('ids 12345678901234567890123456789012-12345678-12345678 here')).toEqual([]);
  });
});
