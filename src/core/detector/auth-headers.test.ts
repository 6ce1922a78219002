// A header whose name says it authenticates the request carries a credential when its value is machine-made; headers
// that carry a hash as a hash stay clean.
import { describe, expect, it } from 'vitest';
import { classify } from './classify.js';

const ask = (text: string): ReturnType<typeof classify> =>
  classify({ messages: [{ role: 'user', content: text }] });
const keys = (text: string): string[] =>
  ask(text)
    .findings.filter((f) => f.entity === 'API_KEY')
    .map((f) => text.slice(f.start, f.end));

const HEX = '3f9a1c7e2b8d4f6a0c5e9b1d7f3a2c8e4b6d0f1a9c7e5b3d2f8a6c4e0b9d1f7a';

describe('an authentication header', () => {
  it.each([
    [
      'en, curl',
      `This returns 401, why? curl -X POST https://api.bank.test/v1/pay -H 'X-Bunq-Client-Authentication: ${HEX}'`,
      HEX,
    ],
    [
      'de, requests',
      `Warum kommt 403 zurück? requests.post(url, headers={"X-Acme-Client-Authentication": "${HEX}"})`,
      HEX,
    ],
    [
      'fr, fetch',
      "Le serveur refuse : fetch(u, { headers: { 'X-Client-Auth': 'kV8pQ2rT5wY9zB3nM6xC1dF4' } })",
      'kV8pQ2rT5wY9zB3nM6xC1dF4',
    ],
    [
      'es, HTTPie',
      'Con HTTPie: http GET api.banco.test/me X-Bank-Client-Authentication:4b7a2f8d0c3e6b5a1f9d7c2e8b4a0f6d ¿por qué falla?',
      '4b7a2f8d0c3e6b5a1f9d7c2e8b4a0f6d',
    ],
    [
      'nl, Postman export',
      `Uit de Postman-collectie: {"key": "X-Bunq-Client-Authentication", "value": "${HEX}", "type": "text"}`,
      HEX,
    ],
    [
      'it, Go header call',
      'Il client Go: req.Header.Set("X-Session", "Zm9vYmFyYmF6cXV4MTIzNDU2Nzg5MA") restituisce 401.',
      'Zm9vYmFyYmF6cXV4MTIzNDU2Nzg5MA',
    ],
  ])('%s', (_name, text, value) => {
    expect(keys(text)).toContain(value);
  });

  it.each([
    ['a template', 'X-Bunq-Client-Authentication: {{session_token}}'],
    ['a variable', "curl -H 'X-Bunq-Client-Authentication: $BUNQ_TOKEN' https://api.bank.test"],
    ['a placeholder', 'X-Bunq-Client-Authentication: <your-session-token>'],
    ['a session id', 'X-Session-Id: 550e8400-e29b-41d4-a716-446655440000'],
    ['a mask', 'X-Auth: xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx'],
    ['a word', 'Proxy-Authentication: required'],
    ['an ETag', 'ETag: "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"'],
    ['If-None-Match', `curl -H 'If-None-Match: "5d41402abc4b2a76b9719d911017c592"' https://x.test`],
    ['a content hash', `curl -H 'X-Content-SHA256: ${HEX}' https://x.test`],
    ['a request id', 'X-Request-Id: 7c9e6679f4254a8f8f2d6a3b1e0c9d2a7c9e6679'],
    ['a correlation id', 'X-Correlation-Id: 0af7651916cd43dd8448eb211c80319c'],
    ['traceparent', 'traceparent: 00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01'],
    ['a webhook signature', `X-Hub-Signature-256: sha256=${HEX}`],
    ['Digest', 'Digest: SHA-256=X48E9qOokqqrvdts8nOJRJN3OWDUoyWxBf7kbu9DBPE='],
  ])('%s stays clean', (_name, text) => {
    expect(keys(text)).toEqual([]);
  });
});
