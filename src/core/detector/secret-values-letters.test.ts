// A generated password of letters only (an app password) under a password key (secret-values.ts generatedLetters). Values
// made up for this test.
import { describe, expect, it } from 'vitest';
import { detect } from './detect.js';

const passwords = (text: string): string[] => detect(text).filter((f) => f.entity === 'PASSWORD').map((f) => text.slice(f.start, f.end));

describe('a password key whose value is letters only', () => {
  it('finds a generated app password of lower-case letters', () => {
    expect(passwords('SMTP_HOST=smtp.example.org\nSMTP_PASSWORD=qwkdmzptrbvnhxlf\nSMTP_PORT=587')).toEqual(['qwkdmzptrbvnhxlf']);
    expect(passwords('mail:\n  password: rtvkpwzmqhdnxbcl')).toEqual(['rtvkpwzmqhdnxbcl']);
  });

  it('leaves placeholders and short words', () => {
    expect(passwords('SMTP_PASSWORD=yourpasswordhere')).toEqual([]);
    expect(passwords('SMTP_PASSWORD=changemeplease')).toEqual([]);
    expect(passwords('SMTP_PASSWORD=bcdfg')).toEqual([]);
  });
});
