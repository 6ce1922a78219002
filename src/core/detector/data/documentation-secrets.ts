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
    source: 'Stripe API reference, the sample test key shown to signed-out readers',
  },
  { value: 'sk_test_BQokikJOvBiI2HlWgH4olfQ2', source: 'Stripe documentation, the older sample test key' },
  {
    value: 'key-3ax6xnjp29jd6fds4gc373sgvjxteol0',
    source: 'Mailgun API documentation, the sample private API key',
  },
  {
    value: '110201543:AAHdqTcvCH1vGWJxfSeofSAs0K5PALDsaw',
    source: 'Telegram "Bots: An introduction for developers", the BotFather example token',
  },
  {
    value: '123456:ABC-DEF1234ghIkl-zyx57W2v1u123ew11',
    source: 'Telegram Bot API documentation, "Authorizing your bot"',
  },
  {
    value: 'ghp_16C7e42F292c6912E7710c838347Ae178B4a',
    source: 'GitHub Docs, "Managing your personal access tokens" example',
  },
  {
    value: 'xoxb-17653672481-19874698323-pdFZKVeTuE8sk7oOcBrzbqgy',
    source: 'Slack API documentation, OAuth v2 access response example',
  },
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
