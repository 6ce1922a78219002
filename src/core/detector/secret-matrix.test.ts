// The synthetic matrix of how secrets appear in chat requests (test-support/secret-matrix.ts): every format, key name,
// value shape, connection string, header, vendor key, JWT and prose phrasing must give a secret finding on the secret;
// every clean counter-case (placeholders, references, documented examples, digests, ids, public keys, policy text,
// codes named but not given) must give no finding at all.
import { describe, expect, it } from 'vitest';
import { detect } from './detect.js';
import { CALL_CASES, CALL_CLEAN_CASES, CLEAN_CASES, COMMAND_CASES, FILE_CASES, FORMAT_CASES, HANDOVER_CASES, JWT_CASES, MORE_PROSE_CASES, NEXT_SENTENCE_CASES, PROSE_CASES, type SecretCase, SPOKEN_CASES, STRUCTURED_CASES, VENDOR_CASES } from './test-support/secret-matrix.js';

/** Whether a secret finding overlaps the case's secret. */
function found({ text, secret }: SecretCase): boolean {
  const at = text.indexOf(secret);
  return detect(text).some((f) => f.dataClass === 'secret' && f.start < at + secret.length && f.end > at);
}

const missed = (cases: readonly SecretCase[]): string[] => cases.filter((c) => !found(c)).map((c) => c.text);

describe('the secret matrix', () => {
  it('finds passwords and tokens in every configuration and code format', () => {
    expect(missed(FORMAT_CASES)).toEqual([]);
  });
  it('finds passwords in connection strings, URLs, headers, command lines, calls, logs and stack traces', () => {
    expect(missed(STRUCTURED_CASES)).toEqual([]);
  });
  it('finds credentials in credential files, SDK configs, more headers, PIN and code keys', () => {
    expect(missed(FILE_CASES)).toEqual([]);
  });
  it('finds logins handed over, key-box, card and wifi codes, keys and temporary passwords told in six languages', () => {
    expect(missed(MORE_PROSE_CASES)).toEqual([]);
  });
  it('finds passwords in admin commands, SQL, shell pipes, archives, typed declarations and URL parameters', () => {
    expect(missed(COMMAND_CASES)).toEqual([]);
  });
  it('finds vendor keys, private keys and service-account files', () => {
    expect(missed(VENDOR_CASES)).toEqual([]);
  });
  it('finds JWTs, with JSON, opaque or unsigned payloads', () => {
    expect(missed(JWT_CASES)).toEqual([]);
  });
  it('finds passwords, wifi, door, alarm and safe codes, PINs and one-time codes in prose, in six languages', () => {
    expect(missed(PROSE_CASES)).toEqual([]);
  });
  it('finds dotted passwords in handovers, stream keys, signing keys in a variable and key-safe codes, in six languages', () => {
    expect(missed(HANDOVER_CASES)).toEqual([]);
  });
  it('finds symbol-joined passphrases, collection passwords, USERPWD literals and a hex key before its hash, in six languages', () => {
    expect(missed(SPOKEN_CASES)).toEqual([]);
  });
  it('finds positional driver passwords, factory keys, Azure subscriptions, named hex signing keys, short pw names, sentence-final and colon-introduced keys', () => {
    expect(missed(CALL_CASES)).toEqual([]);
  });
  it('finds a password in the sentence after the one that names it, opened on it, in six languages', () => {
    expect(missed(NEXT_SENTENCE_CASES)).toEqual([]);
  });
  it("flags none of those calls' nearest clean cases", () => {
    expect(CALL_CLEAN_CASES.filter((t) => detect(t).length > 0)).toEqual([]);
  });
  it('flags none of the clean counter-cases', () => {
    expect(CLEAN_CASES.filter((t) => detect(t).length > 0)).toEqual([]);
  });
});
