// The structured recognisers' fast paths must find exactly what their references (the slower scans they replace)
// find: random texts rich in digits, separators, letters, context words and the characters the patterns key on,
// plus the adversarial runs. Each comparison also counts findings, so a test whose inputs never reach a path fails.
import { describe, expect, it } from 'vitest';
import { mulberry32 } from '../random/index.js';
import { ADVERSARIAL } from './adversarial.js';
import { fuzzTexts } from './fuzz-texts.js';
import type { Hit } from './hit.js';
import { scanNumbers, scanNumbersReference } from './numbers.js';
import { scanDeaAndVins, scanDeaAndVinsReference, scanIbans, scanIps, scanIpsReference, scanMbi, scanMbiReference } from './identifiers.js';
import { scanNationalIds, scanNationalIdsReference } from './national-ids.js';
import { scanPhones, scanPhonesReference } from './phone.js';
import { scanSecrets, scanSecretsReference } from './secrets.js';
import { scanEmails, scanEmailsReference } from './web.js';
import { wordHeads, wordHeadsReference } from './word-heads.js';

const PIECES = [
  '0', '1', '7', '9', '00', '12', '123', '4111', '4242', '536', '22', '1234', '12345678', '1234567', '123456789', '536221234', '912-78-1234', '536-22-1234', '4111 1111 1111 1111',
  '4242424242424242', '5447 6316 4398 1865', '3782 822463 10005', '490154203237518', '49 015420 323751 8', '1234567893', '011000015', '2024-03-15', '10:30', '(816) 383-3283',
  '+49 30 1234567', '0049 171 1234567', '+1 415 555 2671', '030/12345678', '612 345 678', '06 12 34 56 78', 'x', 'ext', 'ext.', '#', 'é', '_', '+', '+ ', '(', ')', ' ', '  ', '   ', '\t', '\n', '\r\n',
  ' \n ', '-', ' - ', '.', '/', '\\', ',', ':', '"', 'card', 'visa', 'ssn', 'SSN:', 'itin', 'routing', 'npi', 'imei', 'ean', 'test card', 'phone', 'tel', 'call', 'order', 'invoice', 'nr',
  '€', '$', 'eur', 'AB', 'ab', 'X', 'Y', 'Z', 'version', 'v', 'to', '→', '192.168.1.1', '81.2.69.160', '1.2.3.4', '300.1.1.1', 'ab:cd:ef:01:23:45', '2001:db8::1', 'fe80::1',
  'DE89 3704 0044 0532 0130 00', 'GB82 WEST 1234 5698 7654 32', 'NL91ABNA0417164300', 'AB 12 34 56 C', 'QQ123456C', '12345678Z', 'X1234567L', 'RSSMRA85T10A562S', '1 85 05 78 006 084 36',
  '943 476 5919', '111222333', '2 69 05 49 588 157 80', '269054958815780', '1 85 05 78 006 084 91', 'qq 12 34 56 c', 'national insurance', '943-476-5919', '4434 567 890', '12 345 678 901', '86095742719', 'nhs', 'bsn', 'steuer-id', 'nir', 'nino', 'dea', 'AB1234563', 'vin', '1HGCM82633A004352', '1EG4-TE5-MK73', '1EG4TE5MK73', 'AB1234563', 'ab:cd:ef:01:23:45', '00:00:00:00:00:00', '0A-1B-2C-3D-4E-5F', '8.8.8.8', '10.0.0.1', '172.16.0.1/12', 'fe80::1ff:fe23:4567:890a',
  'jane.doe', '@', 'example', '.com', '[at]', '[ at ]', '(AT)', '{at}', '( at)', '(at )', ' @ ', '[dot]', ' dot ', 'at', 'At', 'aT)', 't)', 'a t', 'j@x.io', '𝐀', '\u00A0', 'ſ', '٣',
];


const run = (scan: (text: string, out: Hit[]) => void, text: string): Hit[] => {
  const out: Hit[] = [];
  scan(text, out);
  return out;
};

describe('secrets equal their reference (each pattern over the whole text)', () => {
  it('every vendor head, in and out of words, any case where the pattern allows it', () => {
    const HEADS = [
      'sk-', 'sk-ant-api03-', 'sk-proj-', 'sk_live_', 'rk_test_', 'AKIA', 'ASIA', 'APKA', 'AIza', 'aws', 'AwS', 'AWS_SECRET_ACCESS_KEY', 'secret', 'sk', 'ghp_', 'ghs_', 'github_pat_', 'glpat-',
      'gldt-', 'glagent-', 'glsoat-', 'gl', 'npm_', 'shpat_', 'shpss_', 'dop_v1_', 'dor_v1_', 'xoxb-', 'xoxp-1234-', 'hooks.slack.com/services/', 'hooks.slack.com/workflows/', 'ya29.',
      'hf_', 'eyJ', 'eyJhbGciOi.', 'eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxMjM0NTY3ODkwIn0.dozjgNryP4J3jVmNHl0w5N_XgL0n3I9PlFUP0THsR8U', 'password', 'PassWord', 'passwd', 'passphrase', 'PWD', 'db_pass', 'client_secret', 'Secret_Key', 'api_key', 'APIKEY', '=', ': ', ' is ', '=>', '"',
      "'", 'abcdefghij', 'ABCDEFGHIJ0123456789', '0123456789abcdef', '0123456789abcdef0123456789abcdef', '0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef', 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY', 'aws_secret=', 'Zz9_-', 'deadbeef', '!', '#1', ' ', '\n', '-', '_', '.', '/', 'x', 'é', 'J', 'A', 'w', 'W',
      // Digit words (word-heads.ts finds them in the same search): some start like a head ('six', 'dos', 'eins').
      'one', 'SIX', 'dos', 'eins', 'sept', 'zéro', 'un', 'une', 'oh', 'hf', 'do',
      // Heads of vendor-secret-rules.ts: a check that rejects a match must not change where the next search starts.
      'whsec_', 'ntn_', 'secret_', 'SK', 'SKabcdef0123456789abcdef0123456789', 'sig=', 'pat', 'patAbCdEfGh1234567.', '1//0', 'dp.pt.', 'dp.st.', 'API-', 'hvs.', 're_', 'sntrys_',
      'webhook.office.com/webhookb2/', 'discord.com/api/webhooks/', '/IncomingWebhook/', 'sk.eyJ', 'AAAA', 'ATBB', 'NRAK-', 'mixedCASE9', 'aB3',
    ];
    const r = mulberry32(23);
    let found = 0;
    for (let i = 0; i < 6000; i++) {
      let s = '';
      const n = 1 + Math.floor(r() * 30);
      for (let k = 0; k < n; k++) s += HEADS[Math.floor(r() * HEADS.length)] ?? '';
      // Every other text as in detect: spellDigits' word search has run on it first, and scanSecrets reads its heads.
      if (i % 2 === 0) expect(wordHeads(s)).toEqual(wordHeadsReference(s));
      const got = run(scanSecrets, s);
      expect(got, JSON.stringify(s)).toEqual(run(scanSecretsReference, s));
      found += got.length;
    }
    for (const a of ADVERSARIAL) expect(run(scanSecrets, a.make(4096))).toEqual(run(scanSecretsReference, a.make(4096)));
    expect(found).toBeGreaterThan(1000);
  });
});

describe('structured recognisers equal their references', () => {
  const all = fuzzTexts(PIECES, 97, 6000, true);
  const same = (fast: (text: string, out: Hit[]) => void, reference: (text: string, out: Hit[]) => void, min: number): void => {
    let found = 0;
    for (const s of all) {
      const got = run(fast, s);
      expect(got, JSON.stringify(s)).toEqual(run(reference, s));
      found += got.length;
    }
    expect(found).toBeGreaterThan(min);
  };

  it('numbers: cards, SSN/ITIN, ABA, NPI, IMEI', () => same(scanNumbers, scanNumbersReference, 2000));
  it('national identifiers: NINO, DNI/NIE, codice fiscale, NIR, NHS, BSN, Steuer-ID', () => same(scanNationalIds, scanNationalIdsReference, 3000));
  it('IPv4, IPv6 and MAC addresses', () => same(scanIps, scanIpsReference, 1000));
  it('MBIs', () => same(scanMbi, scanMbiReference, 200));
  it('IBANs', () => same(scanIbans, (t, out) => scanIbans(t, out, true), 500));
  it('DEA numbers and VINs', () => same(scanDeaAndVins, scanDeaAndVinsReference, 300));
  it('emails, plain and obfuscated', () => same(scanEmails, scanEmailsReference, 1000));
  it('phones: candidates at digit runs, cached libphonenumber verdicts', () => same(scanPhones, scanPhonesReference, 5000));
});
