// A compact JWT whose header names its algorithm, whatever its payload holds (secret-jwt.ts), in the six languages;
// placeholder and documentation tokens stay clean. Tokens of our own making.
import { describe, expect, it } from 'vitest';
import { classify } from './classify.js';
import { compactJwt } from './secret-jwt.js';

const HEADER = 'eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9'; // {"alg":"HS256","typ":"JWT"}
const TOKEN = `${HEADER}.Qm7vTz2KpL9xWc4RyN8bHd3FsJ6gAe1UoV5iMt0ZqXk_rPw-YhCn.Tq8Lr2Vx9Kd4Zp7Wm3Nc6Hb1Yf5Gs0Jt-Ue_Ra2Xo`;
const flagged = (text: string): string => classify({ messages: [{ role: 'user', content: text }] }).dataClass;

describe('a JWT whose header names its algorithm', () => {
  it('is a token even when its payload is no JSON', () => {
    expect(compactJwt(TOKEN)).toBe(true);
    for (const text of [
      `Why does the API say the driver's token is expired?\n\n${TOKEN}`,
      `Der Token aus der App wird abgelehnt ('invalid signature'):\n${TOKEN}`,
      `Pourquoi ce JWT est refusé par l'API ?\n\n${TOKEN}`,
      `const headers = { Authorization: 'Bearer ' + '${TOKEN}' }; // ¿por qué da 401?`,
      `Waarom weigert de API deze token?\n${TOKEN}`,
      `Perché il backend rifiuta questo token? 'jwt expired'\n${TOKEN}`,
    ])
      expect(flagged(text), text).toBe('secret');
  });

  it('leaves placeholders, a header alone and no-alg headers alone', () => {
    expect(compactJwt(`${HEADER}.xxxxxxxxxxxxxxxxxxxxxxxx.yyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyy`)).toBe(false);
    expect(compactJwt(`${HEADER}.PAYLOAD_GOES_HERE_PAYLOAD.SIGNATURE_GOES_HERE_SIGNATURE_123`)).toBe(false);
    // {"typ":"JWT"} with no "alg", and {"alg":"none"}: no signed token.
    expect(compactJwt('eyJ0eXAiOiJKV1QifQ.Qm7vTz2KpL9xWc4RyN8bHd3F.Tq8Lr2Vx9Kd4Zp7Wm3Nc6Hb1Yf5Gs0Jt-Ue_Ra2Xo')).toBe(false);
    expect(compactJwt('eyJhbGciOiJub25lIn0.Qm7vTz2KpL9xWc4RyN8bHd3F.Tq8Lr2Vx9Kd4Zp7Wm3Nc6Hb1Yf5Gs0Jt-Ue_Ra2Xo')).toBe(false);
    for (const text of [
      `The header ${HEADER} decodes to {"alg":"HS256","typ":"JWT"}.`,
      `Ein JWT sieht so aus: ${HEADER}.xxxxxxxxxxxxxxxxxxxxxxxx.yyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyy`,
      `Un JWT ressemble à ${HEADER}.<payload>.<signature>`,
    ])
      expect(flagged(text), text).toBe('none');
  });
});
