// New structured recognisers (config-secrets.ts, mrz.ts, bare-ids.ts), on texts of our own.
import { describe, expect, it } from 'vitest';
import { detect } from './detect.js';
import { mrzCheck, validMrzLine2 } from './mrz.js';

const found = (text: string, entity?: string): string[] =>
  detect(text)
    .filter((f) => entity === undefined || f.entity === entity)
    .map((f) => text.slice(f.start, f.end));
const secrets = (text: string): string[] =>
  detect(text)
    .filter((f) => f.dataClass === 'secret')
    .map((f) => text.slice(f.start, f.end));

describe('secrets in configuration under a secret-ish key', () => {
  it.each([
    ['.env password', 'MAIL_HOST=smtp.internal\nMAIL_PASSWORD=Tr4ns!t2031\nMAIL_PORT=587', 'Tr4ns!t2031'],
    [
      '.env app key',
      'APP_ENV=prod\nAPP_KEY=base64:Zm9vYmFyYmF6cXV4MTIzNDU2Nzg5MGFiY2RlZg==',
      'base64:Zm9vYmFyYmF6cXV4MTIzNDU2Nzg5MGFiY2RlZg==',
    ],
    [
      'tfvars quoted key',
      'sentry_auth_token = "c0ffee4d2b9e11e8a7f3d2c1b0a9e8f7"',
      'c0ffee4d2b9e11e8a7f3d2c1b0a9e8f7',
    ],
    ['YAML env block', 'env:\n  REDIS_PASSWORD: Kl0ntje#42zee\n  LOG_LEVEL: info', 'Kl0ntje#42zee'],
    ['camelCase JSON', '{ "dbPassword": "Sul7an*Gr0ve", "poolSize": 10 }', 'Sul7an*Gr0ve'],
    [
      'connection string key',
      'Endpoint=sb://bus.servicebus.windows.net/;SharedAccessKey=q2W9eR4tY7uI1oP3aS5dF8gH0jK6lZ==;EntityPath=orders',
      'q2W9eR4tY7uI1oP3aS5dF8gH0jK6lZ==',
    ],
  ])('%s', (_name, text, value) => {
    expect(secrets(text)).toContain(value);
  });
  it.each([
    ['variable reference', 'DB_PASSWORD=${DB_PASSWORD}\nAPI_KEY=$API_KEY'],
    ['template', 'db_password = "{{ vault_db_password }}"'],
    ['code', 'self.db_password = os.environ.get("DB_PASSWORD")'],
    ['placeholder', 'STRIPE_SECRET_KEY=your_secret_key_here\nADMIN_PASSWORD=changeme'],
    ['mask', 'password: "********"'],
    ['type annotation', 'interface Login { password: string; apiKey: string }'],
    ['a key that names no secret', 'primary_key: customer_id2024\nsort_key: created_at'],
  ])('not a secret: %s (the real password after it is)', (_name, text) => {
    expect(secrets(`${text}\nSMTP_PASSWORD=R3al!value9`)).toEqual(['R3al!value9']);
  });
});

describe('token shapes without a unique prefix', () => {
  it.each([
    [
      'Telegram bot token',
      'bot = Bot(token="604418297:AAH3kq_9ZtY2mWvXpLr8sQe1uNc5bJd7fG0")',
      '604418297:AAH3kq_9ZtY2mWvXpLr8sQe1uNc5bJd7fG0',
    ],
    [
      'Mollie live key',
      "mollie.setApiKey('live_f8Kq2LmZ7xW4nB9vR3tY6uP1sD5hG0')",
      'live_f8Kq2LmZ7xW4nB9vR3tY6uP1sD5hG0',
    ],
    [
      'SendGrid key',
      'sg = SendGridAPIClient("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")',
      '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',
    ],
  ])('%s', (_name, text, value) => {
    expect(secrets(text)).toContain(value);
  });
  it('a "live_" word is no key', () => {
    expect(
      secrets(
        "set live_streaming_enabled_for_all_channels = true; key('live_f8Kq2LmZ7xW4nB9vR3tY6uP1sD5hG0')",
      ),
    ).toEqual(['live_f8Kq2LmZ7xW4nB9vR3tY6uP1sD5hG0']);
  });
});

describe('passport machine-readable zone (ICAO 9303)', () => {
  const l1 = 'P<NLDVERBEEK<<JOHANNA<MARIEKE<<<<<<<<<<<<<<<';
  const l2 = 'XN48271538NLD9002155F3209011<<<<<<<<<<<<<<<8';
  it('check digits: the 7-3-1 weights', () => {
    expect(mrzCheck('XN4827153')).toBe(8);
    expect(mrzCheck('900215')).toBe(5);
    expect(validMrzLine2(l2)).toBe(true);
  });
  it('both TD3 lines are reported as one passport finding', () => {
    expect(found(`Can you read this?\n${l1}\n${l2}\nthanks`, 'PASSPORT')).toEqual([`${l1}\n${l2}`]);
  });
  it('a TD2 card zone', () => {
    expect(
      found('I<DEUBRANDT<<FELIX<<<<<<<<<<<<<<<<<<\nK7Q2193842DEU8111030M2906140<<<<<<<2', 'PASSPORT'),
    ).toHaveLength(1);
  });
  it('one wrong check digit and nothing is reported', () => {
    const bad = `${l2.slice(0, 19)}6${l2.slice(20)}`;
    expect(found(`${l1}\n${bad}\n\n${l1}\n${l2}`, 'PASSPORT')).toEqual([`${l1}\n${l2}`]);
  });
});

describe('national numbers placed or shaped so that no cue is needed', () => {
  it('the BSN printed 4.2.3 with dots', () => {
    expect(found('Hendriks;Mila;1922.85.142;1991-02-03', 'NL_BSN')).toEqual(['1922.85.142']);
  });
  it('a dotted 4.2.3 number failing the 11-test is not a BSN', () => {
    expect(found('Hendriks;Mila;1346.21.185;1991-02-03\nVos;Ties;1922.85.142;1990-01-07', 'NL_BSN')).toEqual([
      '1922.85.142',
    ]);
  });
  it('a message that is only a BSN', () => {
    expect(found('725763863', 'NL_BSN')).toEqual(['725763863']);
  });
  it('a message that is only an NHS number', () => {
    expect(found(' 433 671 9616 ', 'UK_NHS_NUMBER')).toEqual(['433 671 9616']);
    expect(found('4996197331', 'UK_NHS_NUMBER')).toEqual(['4996197331']);
  });
  it('a message that is only a number failing both checks reports nothing', () => {
    expect(found('556554890')).toEqual([]);
    expect(found('162275869')).toEqual(['162275869']);
  });
  it('an NHS number as a field of a pipe-delimited lab line', () => {
    expect(
      found(
        'explain this lab result to the patient: 6995710061|FERRITIN|9 ug/L|L|ref 30-400',
        'UK_NHS_NUMBER',
      ),
    ).toEqual(['6995710061']);
  });
  it('a piped 10-digit number with no health text is left alone', () => {
    expect(found('order|6995710061|shipped|2 items', 'UK_NHS_NUMBER')).toEqual([]);
    expect(found('lab result|6995710061|FERRITIN 9 ug/L', 'UK_NHS_NUMBER')).toEqual(['6995710061']);
  });
});

describe('a phone number that closes a parenthesis', () => {
  it.each([
    ['it mobile', 'manda un promemoria a Nino (Antonino Sala, 320 415 0067) per sabato', '320 415 0067'],
    ['fr mobile', 'relancer Luc (Luc Mercier, 06 71 42 18 90) lundi', '06 71 42 18 90'],
  ])('%s', (_name, text, phone) => {
    expect(found(text, 'PHONE_NUMBER')).toEqual([phone]);
  });
});

describe('HTTP Authorization headers', () => {
  const secrets = (text: string): string[] =>
    detect(text)
      .filter((f) => f.dataClass === 'secret')
      .map((f) => `${f.entity}:${text.slice(f.start, f.end)}`);
  it('finds Basic credentials and Bearer tokens in a pasted request', () => {
    const basic = btoa('deploy-bot:Wq7!rTz2#kLp');
    const text = `POST /api/v2/orders HTTP/1.1\nHost: api.internal.test\nAuthorization: Basic ${basic}\nContent-Type: application/json`;
    expect(secrets(text)).toEqual([`HTTP_BASIC_AUTH:${basic}`]);
    const curl = `curl -H "Authorization: Bearer 9f8e7d6c5b4a39281706f5e4d3c2b1a0Zq" https://api.internal.test/v1/me`;
    expect(secrets(curl)).toEqual(['BEARER_TOKEN:9f8e7d6c5b4a39281706f5e4d3c2b1a0Zq']);
  });
  it('leaves documentation placeholders and non-credentials alone', () => {
    expect(secrets('Send the header Authorization: Bearer <your-token> with every call.')).toEqual([]);
    expect(secrets(`Authorization: Basic ${btoa('no-colon-here')}`)).toEqual([]);
    expect(secrets('Authorization: Bearer YOUR_ACCESS_TOKEN_HERE is required')).toEqual([]);
  });
});
