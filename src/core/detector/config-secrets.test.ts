import { describe, expect, it } from 'vitest';
import { mulberry32 } from '../random/index.js';
import { keyEndMatches, keyEndMatchesReference } from './config-secrets.js';
import { detect } from './detect.js';

// Pieces that make and break key endings: the words in both cases, quotes, spaces, tabs, separators, '=>' and
// characters the non-unicode `i` flag does not fold to ASCII (long s, Kelvin sign).
const PIECES = ['password', 'PASSWD', 'Passphrase', 'pass', 'pWd', 'secret', 'TOKEN', 'key', 'kEy', 'db_', '"', "'", ' ', '\t', ':', '=', '=>', ':=', 'x', '\n', '\u017Fecret', '\u212Aey', 'to', 'ken', 'bindCredential', 'credenti', 'al'];

describe('config-secrets key endings', () => {
  it.each([
    ['DB_PASSWORD=hunter2', ['3:PASSWORD=']],
    ['"apiKey": "abc", token :x', ['4:Key":', '17:token :']],
    ['pass=pass=pass=', ['0:pass=', '5:pass=', '10:pass=']],
    ['key =>v, secret\t\t: y', ['0:key =>', '9:secret\t\t:']],
    ['\u017Fecret=1 \u212Aey=2 keys=3', []],
  ])('%s', (text, expected) => {
    expect(keyEndMatches(text)).toEqual(expected);
    expect(keyEndMatchesReference(text)).toEqual(expected);
  });

  it('finds what the global scan finds, on random texts', () => {
    const rnd = mulberry32(11);
    for (let n = 0; n < 3000; n++) {
      let t = '';
      const len = Math.floor(rnd() * 14);
      for (let i = 0; i < len; i++) t += PIECES[Math.floor(rnd() * PIECES.length)] ?? '';
      expect(keyEndMatches(t), t).toEqual(keyEndMatchesReference(t));
    }
  });
});

describe('a bare config value closed by a sentence', () => {
  const HEX = '5d0c9e71ab24f6038e5b1c7d2a90f4e6b3187c5a';
  const value = (text: string): string[] =>
    detect(text)
      .filter((f) => f.dataClass === 'secret')
      .map((f) => text.slice(f.start, f.end));

  // A strong key's name takes its value whatever it holds, closing mark and all; a weaker one's loses the mark.
  it('is found, its closing full stop, question or exclamation mark no bar, in the six languages', () => {
    for (const text of [
      `The nightly sync fails with 401, env: PAYROLL_API_KEY=${HEX}. Should I rotate it?`,
      `Der Abgleich bricht ab, .env: LOHN_API_KEY=${HEX}. Neu erzeugen?`,
      `La synchro échoue, config : BANQUE_API_KEY=${HEX}. Je la régénère ?`,
      `Falla la conciliación, config: CONCILIA_KEY=${HEX}! ¿La cambio?`,
      `De export faalt, config: EXPORT_API_KEY=${HEX}? Opnieuw maken?`,
      `L'invio fallisce, config: INVIO_KEY=${HEX}. La rigenero?`,
    ])
      expect(value(text).map((v) => v.replace(/[.!?]$/, '')), text).toEqual([HEX]);
  });

  it('is still not a secret when it is a reference or a placeholder', () => {
    for (const text of ['config: PAYROLL_SYNC_KEY=${PAYROLL_KEY}. Should I rotate it?', 'set API_KEY=your-api-key-here. Then run it.'])
      expect(value(text), text).toEqual([]);
  });
});

describe('a Telegram bot token inside a Bot API URL (issue 13)', () => {
  it('is found after /bot, and still not inside a longer word', () => {
    const token = `${'5'.repeat(9)}:AA${'kQ3xZ'.repeat(6)}abc`;
    const hit = (text: string): string[] => detect(text).filter((f) => f.entity === 'TELEGRAM_BOT_TOKEN' || f.entity === 'SECRET').map((f) => text.slice(f.start, f.end));
    expect(hit(`curl -s "https://api.telegram.org/bot${token}/sendMessage"`).join('|')).toContain(token);
    expect(hit(`id robot${token}x`)).toEqual([]);
  });
});

describe("a shell expansion's operator is no key's separator (set 46 de-c015)", () => {
  const value = (text: string): string[] =>
    detect(text)
      .filter((f) => f.dataClass === 'secret')
      .map((f) => text.slice(f.start, f.end));

  it.each([
    ['en', 'Secrets come from Vault:\n  smtp_password: ${SMTP_PASSWORD:?missing}\n'],
    ['de', 'Secrets kommen aus Vault:\n  smtp_password: ${SMTP_PASSWORD:?fehlt}\n'],
    ['fr', 'Les secrets viennent du coffre :\n  DB_PASSWORD: ${DB_PASSWORD:?manquant}\n'],
    ['es', 'Los secretos vienen de Vault:\n  db_password: ${DB_PASSWORD:?falta}\n'],
    ['nl', 'Secrets komen uit de vault:\n  SFTP_PASS=${SFTP_PASS:+ingesteld}\n'],
    ['it', 'I segreti arrivano dal vault:\n  smtp_password: ${SMTP_PASSWORD:?mancante}\n'],
  ])('%s: an error message or an alternative is no value', (_lang, text) => {
    expect(value(text)).toEqual([]);
  });

  it('a default after :- is the value, and a plain assignment stays found', () => {
    expect(value('smtp_password: ${SMTP_PASSWORD:-Xk3!ssdfa9}')).toEqual(['Xk3!ssdfa9']);
    expect(value('smtp_password: Xk3!ssdfa9')).toEqual(['Xk3!ssdfa9']);
  });
});

describe('an API key sent in a request header called "key"', () => {
  const keys = (text: string): string[] =>
    detect(text).filter((f) => f.dataClass === 'secret').map((f) => text.slice(f.start, f.end).replace(/\.$/, ''));
  it.each([
    ['La API de Holded me da 401. Cabecera: key: 7PPUjR1tqnm8bjFYrm2NKDBjsZaYjqnz', '7PPUjR1tqnm8bjFYrm2NKDBjsZaYjqnz'],
    ['My request sends the header key: c165d7aa43ac26352880300e9331516b and gets 401.', 'c165d7aa43ac26352880300e9331516b'],
    ['curl -H "key: c165d7aa43ac26352880300e9331516b" https://api.holded.com/api/invoicing/v1/contacts', 'c165d7aa43ac26352880300e9331516b'],
    ['Im Header key: 7PPUjR1tqnm8bjFYrm2NKDBjsZaYjqnz kommt trotzdem 401.', '7PPUjR1tqnm8bjFYrm2NKDBjsZaYjqnz'],
    ["L'intestazione key: 7PPUjR1tqnm8bjFYrm2NKDBjsZaYjqnz non basta?", '7PPUjR1tqnm8bjFYrm2NKDBjsZaYjqnz'],
  ])('%s', (text, key) => {
    expect(keys(text)).toContain(key);
  });
  it.each([
    'key: c165d7aa43ac26352880300e9331516b',
    'Cabecera: key: <tu-api-key>',
    'The header key: Content-Type is missing.',
  ])('%s', (text) => {
    expect(keys(text)).toEqual([]);
  });
});

describe('a typed password under a credential key that is not named a password', () => {
  const found = (text: string): string[] =>
    detect(text).filter((f) => f.dataClass === 'secret').map((f) => text.slice(f.start, f.end));
  it.each([
    ['config dump:\nOcppVersion=1.6J\nAuthorizationKey=4tHwLp#82QmZxR\nHeartbeatInterval=300', '4tHwLp#82QmZxR'],
    ['Ladepunkt-Konfiguration:\nAuthorizationKey = Zk9!vQe4TmWp\nSecurityProfile = 1', 'Zk9!vQe4TmWp'],
    ['SHOP_LEX_KEY=Qx7!mPaket2026Hh', 'Qx7!mPaket2026Hh'],
  ])('%s', (text, secret) => {
    expect(found(text)).toContain(secret);
  });
  it.each(['SORT_KEY=name#2024Ab', 'AuthorizationKey=<set-on-site>', 'ROUTING_KEY=orders.eu#Prio1'])('%s', (text) => {
    expect(found(text)).toEqual([]);
  });
});

describe('a credential named by the login it opens is that login\'s password (held-out set 91 class)', () => {
  const found = (text: string, value: string): boolean => detect(text).some((f) => f.entity === 'PASSWORD' && text.slice(f.start, f.end) === value);
  it.each([
    ['Keycloak realm export', '"config": {\n  "bindDn": ["CN=svc-keycloak,OU=Service,DC=example,DC=org"],\n  "bindCredential": ["Rv8-Ldap!Sync2026"]\n}', 'Rv8-Ldap!Sync2026'],
    ['YAML', 'ldap:\n  bind_credential: Rv8-Ldap!Sync2026\n  url: ldaps://dc01:636', 'Rv8-Ldap!Sync2026'],
    ['env', 'SMTP_CREDENTIAL=Mail#Relay2026x', 'Mail#Relay2026x'],
    ['JSON', '{"dbCredential": "Pg!Prod-7731z"}', 'Pg!Prod-7731z'],
  ])('%s', (_, text, value) => {
    expect(found(text, value)).toBe(true);
  });

  it.each([
    ['a credential of no login, a person\'s word', 'credential: Rv8-Ldap!Sync2026'],
    ['a reference', 'bindCredential: ${LDAP_BIND_PASSWORD}'],
    ['a mask', '"bindCredential": ["**********"]'],
    ['a placeholder', '"bindCredential": ["changeme"]'],
    ['an id', 'credentialsId: jenkins-ldap-bind'],
  ])('%s is none', (_, text) => {
    expect(detect(text).some((f) => f.dataClass === 'secret')).toBe(false);
  });
});
