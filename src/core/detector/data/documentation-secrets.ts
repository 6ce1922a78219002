// Credentials printed in standards and vendor documentation as examples: they open nothing (or only a local emulator),
// so a hit on one is dropped (documentation-values.ts). The AWS documentation's keys are matched by their EXAMPLE
// tail in placeholders.ts. Only values with a published source go here, never values seen in a test set.

import type { Specimen } from './specimens.js';

export const DOCUMENTATION_SECRETS: readonly Specimen[] = [
  {
    value: 'QWxhZGRpbjpvcGVuIHNlc2FtZQ==',
    source: 'RFC 7617 section 2, Basic credentials "Aladdin:open sesame"',
  },
  {
    value: 'czZCaGRSa3F0MzpnWDFmQmF0M2JW',
    source: 'RFC 6749 section 2.3.1, client s6BhdRkqt3 with secret gX1fBat3bV',
  },
  { value: '2YotnFZFEjr1zCsicMWpAA', source: 'RFC 6749 sections 4.1.4 and 5.1, example access token' },
  { value: 'tGzv3JOkF0XG5Qx2TlKWIA', source: 'RFC 6749 sections 4.1.4 and 6, example refresh token' },
  { value: 'SplxlOBeZQQYbYS6WxSbIA', source: 'RFC 6749 section 4.1.2, example authorization code' },
  {
    value: 'Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==',
    source: 'Microsoft docs, "Use the Azurite emulator": the well-known key of account devstoreaccount1',
  },
  {
    value: 'sk_test_4eC39HqLyjWDarjtT1zdp7dc',
    source:
      'Stripe API reference examples before 2023, the sample test key (quoted as "test key from stripe site" in public code; checked 2026-12-03)',
  },
  {
    value: 'sk_test_BQokikJOvBiI2HlWgH4olfQ2',
    source:
      'Stripe API reference, docs.stripe.com/api/authentication: "A sample test API key is included in all the examples here" (checked 2026-12-03)',
  },
  {
    value: 'key-3ax6xnjp29jd6fds4gc373sgvjxteol0',
    source: 'Mailgun API documentation, the sample private API key',
  },
  {
    value: '110201543:AAHdqTcvCH1vGWJxfSeofSAs0K5PALDsaw',
    source:
      'Telegram, core.telegram.org/bots: "The token is a string along the lines of 110201543:AAHdqTcvCH1vGWJxfSeofSAs0K5PALDsaw" (checked 2026-12-03 via verbatim copies)',
  },
  {
    value: '123456:ABC-DEF1234ghIkl-zyx57W2v1u123ew11',
    source:
      'Telegram Bot API, core.telegram.org/bots/api "Authorizing your bot": "The token looks something like 123456:ABC-DEF1234ghIkl-zyx57W2v1u123ew11" (checked 2026-12-03 via verbatim copies)',
  },
  {
    value: 'ghp_16C7e42F292c6912E7710c838347Ae178B4a',
    source:
      "Not in GitHub Docs itself: the widespread sample PAT built on GitHub Docs' example user access token e72e16c7e42f292c6912e7710c838347ae178b4a (checked 2026-12-03); kept because it appears in countless public READMEs and tests",
  },
  {
    value: 'xoxb-17653672481-19874698323-pdFZKVeTuE8sk7oOcBrzbqgy',
    source:
      'Slack API documentation, oauth.v2.access example response (docs.slack.dev/reference/methods/oauth.v2.access; checked 2026-12-03 against a mirror of its example)',
  },
  {
    value: 'test_dHar4XY7LxsDOtmnkVtjNVWXLSlXsM',
    source:
      'Mollie API documentation (docs.mollie.com and github.com/mollie/api-documentation): the test key of every example, "Authorization: Bearer test_dHar4XY7LxsDOtmnkVtjNVWXLSlXsM", copied by the official API clients\' READMEs (checked 2026-12-05)',
  },
  {
    value: 'sq7HjrUOBfKmC576ILgskD5srU870gJ7',
    source:
      'Redsys, "Entorno de pruebas" of its integration guides: the SHA-256 key of the public test merchant 999008881, terminal 1, on sis-t.redsys.es (checked 2026-12-05 via the many integrations that quote it as "clave de pruebas")',
  },
  ...['2B7E151628AED2A6ABF7158809CF4F3C', '2b7e151628aed2a6abf7158809cf4f3c'].map((value) => ({
    value,
    source:
      'The AES-128 example key of NIST SP 800-38A (appendix F) and RFC 4493 section 4, which Semtech\'s LoRaMac-node ships as its default LoRaWAN AppKey/NwkKey (se-identity.h) and LoRaWAN tutorials copy',
  })),
];

/**
 * The claims of the example JWTs that documentation prints (decoded payloads; a token carrying all of one set's
 * claims is that example, whatever its algorithm or signature, since docs re-sign it with their own sample keys).
 */
export const DOCUMENTATION_JWT_CLAIMS: readonly {
  claims: Readonly<Record<string, string | number>>;
  source: string;
}[] = [
  {
    claims: { sub: '1234567890', name: 'John Doe' },
    source: 'jwt.io debugger, the default token (HS256, RS256... with "iat": 1516239022)',
  },
  {
    claims: { iss: 'joe', exp: 1300819380 },
    source: 'RFC 7519 section 3.1 and RFC 7515 appendix A, the example JWT',
  },
];

/**
 * Claims of JWTs that are public by design: shipped to every browser, so no secret (checked like the claims above).
 */
export const PUBLIC_JWT_CLAIMS: readonly {
  claims: Readonly<Record<string, string | number>>;
  source: string;
}[] = [
  {
    claims: { role: 'anon' },
    source:
      'Supabase docs, "Understanding API keys": the anon key (a JWT with role "anon") is safe to expose in a browser with Row Level Security on; PostgREST\'s anonymous role; the service_role key stays a secret',
  },
];
