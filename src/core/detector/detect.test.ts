import { describe, expect, it } from 'vitest';
import { detect } from './detect.js';

const found = (text: string): string[] => detect(text).map((f) => `${f.entity}:${text.slice(f.start, f.end)}`);
const entities = (text: string): string[] => detect(text).map((f) => f.entity);

describe('detect: structured identifiers', () => {
  it.each([
    ['Visa', 'pay with 4539 1488 0343 6467 today', '4539 1488 0343 6467'],
    ['Mastercard 2-series', 'card 2223005123456788', '2223005123456788'],
    ['Amex grouped 4-6-5', 'amex 3793 545081 62306', '3793 545081 62306'],
    ['19-digit Visa', 'number 4131034282458809939 ok', '4131034282458809939'],
    ['12-digit Maestro', 'card 630427373398 please', '630427373398'],
  ])('finds a %s card', (_name, text, value) => {
    expect(found(text)).toEqual([`CREDIT_CARD:${value}`]);
  });

  it('rejects a Luhn-invalid 16-digit number and an order number', () => {
    expect(entities('order 4111111111111112 shipped')).toEqual([]);
    expect(entities('Order #100045872 shipped on 2024-03-02')).toEqual([]);
  });

  it('finds SSN and ITIN but not a 9xx SSN or a bare 9-digit number without context', () => {
    expect(found('SSN 460-89-9847')).toEqual(['US_SSN:460-89-9847']);
    expect(found('my ssn is 460899847')).toEqual(['US_SSN:460899847']);
    expect(found('ITIN 912-70-1234')).toEqual(['US_ITIN:912-70-1234']);
    expect(entities('ssn 912-93-1234')).toEqual([]);
    expect(entities('id 460899847 in the table')).toEqual([]);
    expect(entities('000-12-3456 and 666-12-3456')).toEqual([]);
  });

  it('finds IBANs with and without spaces, any case, and rejects a bad check', () => {
    expect(found('IBAN GB12 WEST 1234 5698 7654 31 please')).toEqual(['IBAN_CODE:GB12 WEST 1234 5698 7654 31']);
    expect(found('to gb42nawi04454264788619.')).toEqual(['IBAN_CODE:gb42nawi04454264788619']);
    expect(found('DE62370400440532013001')).toEqual(['IBAN_CODE:DE62370400440532013001']);
    expect(entities('GB82WEST12345698765433')).toEqual([]);
  });

  it('finds ABA, NPI, DEA, MBI, VIN and IMEI with their checks', () => {
    expect(found('routing number 011000015')).toEqual(['ABA_ROUTING:011000015']);
    expect(entities('ref 011000015')).toEqual([]);
    expect(found('provider NPI 1234567893')).toEqual(['US_NPI:1234567893']);
    expect(found('DEA AB1234563')).toEqual(['DEA_NUMBER:AB1234563']);
    expect(entities('DEA AB1234564')).toEqual([]);
    expect(found('MBI 1EG4-TE5-MK73')).toEqual(['MEDICARE_MBI:1EG4-TE5-MK73']);
    // A VIN is reported with its keeper in the text (vin-owners.ts).
    expect(found('owner: VIN 1HGCM82633A004352')).toEqual(['VIN:1HGCM82633A004352']);
    expect(found('VIN 1HGCM82633A004352')).toEqual([]);
    expect(found('IMEI 490154203237518')).toEqual(['IMEI:490154203237518']);
  });

  it('finds emails, phones and IP addresses', () => {
    expect(found('write to UtaKortig@jourrapide.com.')).toEqual(['EMAIL_ADDRESS:UtaKortig@jourrapide.com']);
    expect(found('write to john [at] example [dot] com now')).toEqual(['EMAIL_ADDRESS:john [at] example [dot] com']);
    expect(found('call +41 (0)96 471 07 95 now')).toEqual(['PHONE_NUMBER:+41 (0)96 471 07 95']);
    expect(found('at (978)645-9740x11144')).toEqual(['PHONE_NUMBER:(978)645-9740x11144']);
    expect(found('Phone: 0490 75 40 81')).toEqual(['PHONE_NUMBER:0490 75 40 81']);
    expect(found('host 86.121.97.248 down')).toEqual(['IP_ADDRESS:86.121.97.248']);
    expect(found('v6 d80:e4b5:79da:6cf6:71f3:51f7:9161:c319')).toEqual(['IP_ADDRESS:d80:e4b5:79da:6cf6:71f3:51f7:9161:c319']);
    expect(found('my phone has mac 00:1A:2B:3C:4D:5E')).toEqual(['MAC_ADDRESS:00:1A:2B:3C:4D:5E']);
  });

  it('keeps plain URLs, versions, decimals and times quiet but flags credentials in URLs', () => {
    expect(entities('see https://example.com/docs for more')).toEqual([]);
    expect(entities('upgrade to version 1.2.3.4 or 10.0.1.2.3')).toEqual([]);
    expect(entities('ratio 0.304262935 at 10:30:45')).toEqual([]);
    expect(found('postgres://admin:hunter2pw@db.internal:5432/app')).toEqual(['PASSWORD_IN_URL:postgres://admin:hunter2pw@db.internal:5432/app']);
    expect(entities('https://x.test/a?patient=jane-doe&dob=1980')).toEqual(['URL_PERSONAL']);
    expect(entities('https://x.test/a?email=jo%40x.com')).toEqual(['EMAIL_ADDRESS']);
  });
});

describe('detect: near-misses that must stay quiet', () => {
  it.each([
    ['a UUID', 'request 123e4567-e89b-12d3-a456-426614174000 failed'],
    ['a git SHA', 'commit 3f786850e387550fdab836ed7e6dc881de23001b merged'],
    ['a short SHA', 'fixed in a1b2c3d'],
    ['an ISO timestamp', 'at 2024-01-15T10:30:00.123Z the job ran'],
    ['a unix timestamp', 'ts=1705314600123 level=info'],
    ['an order number', 'Order ORD-2024-000123 total 129.99'],
    ['a semver', 'bump lodash from 4.17.20 to 4.17.21'],
    ['a price list', 'prices 19.99 24.50 100.00 3.75'],
    ['a UUID whose tail passes IBAN mod-97', '"req_id":"d7e3f180-ad39-4bab-b92c-61d7afbd1597"'],
    ['a hex span id that passes IBAN mod-97', '"span_id":"be39b9a6b8721f99"'],
    ['a Luhn-valid 4-4-4-4 window inside a list of numbers', '8760.1 1662 5646.567 3841 5184 8760 1161 4543.56 5928.778'],
    ['an SSN-shaped window inside a list of numbers', '3584.493 8706.046 1823 350.681 93 6869.6 1300.945'],
    ['product names that are also given names', 'Compare Claude Opus with Claude 3 Haiku and run Monte Carlo draws on Blackwell GPUs with LoRA.'],
    ['a unit abbreviation read as an honorific', '20 tokens/s per stream (50 ms TPOT), faster than people read'],
    ['all-caps acronyms after a cue word', "requirement: a signed HIPAA BAA; metric: { name: QUEUE_METRIC }, name: String(b.name)"],
  ])('%s', (_name, text) => {
    expect(found(text)).toEqual([]);
  });
});

describe('detect: context-gated identifiers, names and secrets', () => {
  it('reports generic ids only after a context word', () => {
    expect(found('MRN: 00123456')).toEqual(['MEDICAL_RECORD_NUMBER:00123456']);
    expect(found('passport number X12345678')).toEqual(['PASSPORT:X12345678']);
    expect(found('account number 12345678901')).toEqual(['BANK_ACCOUNT:12345678901']);
    expect(found('DOB: 2/8/1935')).toEqual(['DATE_OF_BIRTH:2/8/1935']);
    expect(found('Kenosha, WI 53140')).toEqual(['ZIP_CODE:53140']);
    expect(entities('build 00123456 passed')).toEqual([]);
  });

  it('finds names with cues or from the list, and leaves ordinary prose alone', () => {
    expect(found('my name is Sara Schwarz.')).toEqual(['PERSON:Sara Schwarz']);
    expect(found('Please ask Dr. Yefremova about it')).toEqual(['PERSON:Yefremova']);
    expect(found('I met Nicole Johnson yesterday')).toEqual(['PERSON:Nicole Johnson']);
    expect(found('Hi, my name is john smith and I need help')).toEqual(['PERSON:john smith']);
    expect(found('Hi, my name is john and I need help')).toEqual(['PERSON:john']);
    expect(entities('The quick brown fox jumps over the lazy dog. Please restart the server.')).toEqual([]);
  });

  it('finds vendor keys, private keys, JWTs and password assignments', () => {
    expect(entities('OPENAI_API_KEY=sk-proj-abcdefghijklmnopqrstuvwxyz123456')).toEqual(['OPENAI_API_KEY']);
    expect(entities('key sk-ant-api03-abcdefghijklmnopqrstuvwxyz0123')).toEqual(['ANTHROPIC_API_KEY']);
    expect(entities('AKIAQ3EGRT7LMN2XWQ4Z')).toEqual(['AWS_ACCESS_KEY']);
    // The AWS docs' own example id (AKIAIOSFODNN7EXAMPLE) is nobody's key: impersonal-values.test.ts.
    expect(entities('token xoxb-123456789012-abcdefghijkl')).toEqual(['SLACK_TOKEN']);
    expect(entities('AIzaSyA1234567890abcdefghijklmnopqrstuv')).toEqual(['GOOGLE_API_KEY']);
    expect(entities('-----BEGIN RSA PRIVATE KEY-----\nMIIabc\n-----END RSA PRIVATE KEY-----')).toEqual(['PRIVATE_KEY']);
    // A BEGIN line with no body after it is what a scanner looks for, not a key (set 44 fr-c014).
    expect(entities('Clé SSH : -----BEGIN OPENSSH PRIVATE KEY-----')).toEqual([]);
    expect(entities('if line.startswith("-----BEGIN RSA PRIVATE KEY-----"):')).toEqual([]);
    expect(entities('"private_key": "-----BEGIN PRIVATE KEY-----\\nMIIEvQIBADANBgkq"')).toEqual(['PRIVATE_KEY']);
    expect(entities('Bearer eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxMjM0NTY3ODkwIn0.dozjgNryP4J3jVmNHl0w5N_XgL0n3I9PlFUP0THsR8U')).toEqual(['JWT']);
    expect(entities('password = "S3cret!pass"')).toEqual(['PASSWORD']);
    expect(entities('const password: string = getPassword();')).toEqual([]);
  });

  it('marks identifiers next to health words as phi', () => {
    const [f] = detect('Patient email jo@example.com, diagnosed with diabetes');
    expect(f?.dataClass).toBe('phi');
    expect(detect('email jo@example.com')[0]?.dataClass).toBe('pii');
  });

  it('marks a decoded identifier as phi by health words inside or outside its encoding', () => {
    const b64 = (s: string): string => Buffer.from(s).toString('base64');
    const classes = (t: string): string[] => detect(t).map((f) => `${f.entity}:${f.dataClass}`);
    // Twice encoded: the health word may sit in the prompt, in the first decoding or next to the value itself.
    expect(classes(`Patient record, diagnosed with diabetes: ${b64(b64('email jo@example.com'))}`)).toEqual(['EMAIL_ADDRESS:phi']);
    expect(classes(`record: ${b64(`diagnosed with diabetes ${b64('email jo@example.com')}`)}`)).toEqual(['EMAIL_ADDRESS:phi']);
    expect(classes(`record: ${b64(b64('diabetes patient, email jo@example.com'))}`)).toEqual(['EMAIL_ADDRESS:phi']);
    expect(classes(`record: ${b64(b64('email jo@example.com'))}`)).toEqual(['EMAIL_ADDRESS:pii']);
  });
});

describe('detect: options and sizes', () => {
  it('honours minScore and disabledEntities', () => {
    expect(entities('see https://example.com')).toEqual([]);
    expect(detect('see https://example.com', { minScore: 0.2 }).map((f) => f.entity)).toEqual(['URL']);
    expect(detect('jo@example.com 4539148803436467', { disabledEntities: ['EMAIL_ADDRESS'] }).map((f) => f.entity)).toEqual(['CREDIT_CARD']);
  });

  it('handles empty input', () => {
    expect(detect('')).toEqual([]);
  });

  it('scans a 10 MB input in full and finds values at the start, at chunk seams and at the very end', () => {
    const filler = 'The meeting notes were reviewed and nothing changed. ';
    let text = 'card 4539148803436467 ';
    while (text.length < 10 * 1024 * 1024) text += filler;
    // Place an SSN straddling the 64 KB chunk seam and another at the end.
    const seam = 65_536 - 5;
    text = `${text.slice(0, seam)} 460-89-9847 ${text.slice(seam + 13)}`;
    text += ' last one: 5425 2334 3010 9903';
    const f = detect(text);
    expect(f.map((x) => text.slice(x.start, x.end))).toEqual(['4539148803436467', '460-89-9847', '5425 2334 3010 9903']);
  });
});
