// Each fast path must return exactly what its reference (the whole-text scan it replaces) returns: random texts built
// from the keywords, digits, separators and odd characters the scanners key on, plus adversarial runs.
import { describe, expect, it } from 'vitest';
import { mulberry32 } from '../random/index.js';
import { addressMatches, addressMatchesReference } from './addresses.js';
import { ADVERSARIAL } from './adversarial.js';
import { CONTEXT_KEYWORDS, scanContextIds, scanContextIdsReference } from './context-ids.js';
import { base64Matches, base64MatchesReference, base64Starts, base64StartsReference, isUtf8 } from './decode.js';
import type { Hit } from './hit.js';
import { tokens9to17 } from './identifiers.js';
import { expand, KeywordIndex } from './keywords.js';
import { CUE_KEYWORDS, cuedLowerMatches, surnameCommaGivenMatches } from './names.js';
import { codiceFiscaleMatches } from './national-ids.js';
import { normalize } from './normalize.js';
import { scanSecrets, scanSecretsReference } from './secrets.js';
import { spokenEmailMatches } from './web.js';
import { DIGIT_WORD_INDEX, digitWords, digitWordsReference } from './spelled.js';

const FRAGMENTS = [
  'MRN', 'mrn', 'Mrn:', 'medical record no', 'Medical  Record Number', 'patient id', 'Patientennummer', 'patiëntnummer', 'PATIËNTNUMMER', 'n° de dossier',
  'N° patient', 'nº historia', 'n.º historia', 'NHC', 'Fall-Nr.', 'pat.-nr.', 'dob', 'D.O.B.', 'DOB:', 'date of birth', 'birth date', 'birthdate', 'né le',
  'Né(e) le', 'née le', 'nato/a il', 'geb.', 'Geburtsdatum', 'fecha de nacimiento', 'f. nac.', 'passport', 'Reisepass', 'paspoort', 'a/c', 'A/C', 'acct',
  'account no', 'sort code', 'iban', 'serial no', 's/n', 'S/N', 'imei', 'dl', 'DLN', "driver's license", 'drivers licence', 'ein', 'vat id', 'nino',
  'zip code', 'zipcode', 'postal code', 'CA 94107', 'NY, 10001-1234', '95 years old', '101 y/o', 'member id', 'policy no', 'claim #', 'is', 'number', ':', ' # ',
  '=', '"', "'", '-', '.', '/', ' ', '  ', '\n', '\t', '_', 'x', 'é', 'É', 'ß', 'ẞ', 'ſ', 'K', '\u00A0', '’', '1', '12', '123', '4821', '48213377', '1961-03-14',
  'March 14, 1961', '14. März 1961', '3 de marzo de 1961', 'AB12-345/6', 'XY1234567', '𝐀', '\u{20000}', '\uD800', 'ab', 'Patient', 'casen', 'ncase', '5mrn',
];

function randomText(r: () => number, pieces: number): string {
  let s = '';
  for (let i = 0; i < pieces; i++) s += FRAGMENTS[Math.floor(r() * FRAGMENTS.length)] ?? '';
  return s;
}

const texts = (seed: number, n: number): string[] => {
  const r = mulberry32(seed);
  const out: string[] = [];
  for (let i = 0; i < n; i++) out.push(randomText(r, 1 + Math.floor(r() * 40)));
  for (const a of ADVERSARIAL) out.push(a.make(4096));
  return out;
};

const run = (scan: (text: string, out: Hit[]) => void, text: string): Hit[] => {
  const out: Hit[] = [];
  scan(text, out);
  return out;
};

describe('keyword index', () => {
  it('expands the keyword syntax the lists use into every string it matches', () => {
    expect(expand("driver'?s? licen[cs]e").sort()).toEqual(["driver's licence", "driver's license", "driver' licence", "driver' license", 'driver licence', 'driver license', 'drivers licence', 'drivers license'].sort());
    expect(expand('zip(?: ?code)?')).toEqual(['zip code', 'zipcode', 'zip']);
    expect(expand('n°\\s+de\\s+dossier')).toEqual(['n°\u0001de\u0001dossier']);
    expect(() => expand('a.*b')).toThrow(/unsupported/);
  });

  it('maps each word to the patterns it can begin', () => {
    const idx = new KeywordIndex(['mrn|medical record', 'n°\\s+de\\s+dossier|a\\/c'], /^[\p{L}\d]$/u);
    expect([idx.maskOf('mrn'), idx.maskOf('medical'), idx.maskOf('n'), idx.maskOf('a'), idx.maskOf('record')]).toEqual([1, 1, 2, 2, 0]);
    // Word starts only: not inside a word, not after a digit; after '_' and punctuation yes.
    expect(idx.starts('mrn xmrn 5mrn _mrn (mrn n° a/c')?.at).toEqual([0, 15, 20, 24, 27]);
    // A character the fast fold cannot handle sends the caller to its slow path.
    expect(idx.starts('ſ mrn')).toBeNull();
  });

  it('keeps the slow path for keywords it cannot read, and reads every shipped keyword list', () => {
    const odd = new KeywordIndex(['#tag|mrn'], /^[\p{L}\d]$/u);
    expect(odd.unusable).toMatch(/does not start with a letter/);
    expect(odd.starts('mrn')).toBeNull();
    // A cue added to languages.ts in a syntax the index cannot read would switch the fast path off silently: fail here.
    expect(CONTEXT_KEYWORDS.unusable).toBeNull();
    expect(DIGIT_WORD_INDEX.unusable).toBeNull();
  });
});

describe('fast paths equal their references', () => {
  const all = texts(7, 3000);

  it('context identifiers: keyword starts + sticky patterns = the global scans', () => {
    let found = 0;
    for (const t of all) {
      for (const text of [t, normalize(t).text]) {
        const fast = run(scanContextIds, text);
        expect(fast).toEqual(run(scanContextIdsReference, text));
        found += fast.length;
      }
    }
    // The generator does produce identifiers (the comparison is not vacuous).
    expect(found).toBeGreaterThan(500);
  });
});

describe('decoding fast paths equal their references', () => {
  const B64 = ['QUJD', 'RA==', 'QUJDRA== ', 'bG9nIGxpbmUgMCBzdGF0dXMgb2s=', 'abcd ', 'efgh ', 'ijkl ', 'mn', '=', '==', '-', '_', '+', '/', ' ', '\n', '\r\n', '\t', 'x', 'é', '0123456789abcdef', 'Zm9vYmFyYmF6cXV4', '%41', '\\x41'];
  const r = mulberry32(11);
  const samples: string[] = ADVERSARIAL.map((a) => a.make(4096));
  for (let i = 0; i < 3000; i++) {
    let s = '';
    const n = 1 + Math.floor(r() * 30);
    for (let k = 0; k < n; k++) s += B64[Math.floor(r() * B64.length)] ?? '';
    samples.push(s);
  }

  it('base64 run starts from the window test and the spaces = the starts from walking every run', () => {
    let found = 0;
    // Runs of every length around 4 and 16, glued to '=' or split by one space, and texts shorter than a window.
    const extra: string[] = [];
    const q = mulberry32(12);
    const parts = ['a', 'Z', '9', '+', '/', '_', '-', '=', ' ', '  ', '\n', 'é', '.', 'abcd', 'abc', 'abcde'];
    for (let i = 0; i < 3000; i++) {
      let s = '';
      const n = Math.floor(q() * 60);
      for (let k = 0; k < n; k++) s += parts[Math.floor(q() * parts.length)] ?? '';
      extra.push(s);
    }
    for (const s of [...samples, ...extra, '', 'abcd efgh ijkl ', 'abcd efgh ijkl', '=abcd efgh ijkl mn', 'x'.repeat(15), 'x'.repeat(16), `=${'x'.repeat(16)}`]) {
      const fast = base64Starts(s);
      expect(fast).toEqual(base64StartsReference(s));
      found += fast.length;
    }
    expect(found).toBeGreaterThan(1000);
  });

  it('base64 candidates + the sticky pattern = the global scan', () => {
    let found = 0;
    for (const s of samples) {
      const fast = base64Matches(s);
      expect(fast).toEqual(base64MatchesReference(s));
      found += fast.length;
    }
    expect(found).toBeGreaterThan(1000);
  });

  it('the UTF-8 check agrees with the fatal decoder on random and edge-case bytes', () => {
    const decoder = new TextDecoder('utf-8', { fatal: true });
    const valid = (bin: string): boolean => {
      try {
        decoder.decode(Uint8Array.from(bin, (c) => c.charCodeAt(0)));
        return true;
      } catch {
        return false;
      }
    };
    const edges = [0x00, 0x41, 0x7f, 0x80, 0xbf, 0xc0, 0xc1, 0xc2, 0xdf, 0xe0, 0xa0, 0x9f, 0xed, 0xee, 0xef, 0xf0, 0x90, 0x8f, 0xf4, 0xf5, 0xff, 0xbb];
    const rb = mulberry32(5);
    let ok = 0;
    for (let i = 0; i < 20_000; i++) {
      const len = 1 + Math.floor(rb() * 6);
      let bin = '';
      for (let k = 0; k < len; k++) bin += String.fromCharCode(rb() < 0.7 ? (edges[Math.floor(rb() * edges.length)] ?? 0) : Math.floor(rb() * 256));
      expect(isUtf8(bin), JSON.stringify(bin)).toBe(valid(bin));
      if (valid(bin)) ok++;
    }
    // Both outcomes are exercised.
    expect(ok).toBeGreaterThan(1000);
    expect(ok).toBeLessThan(19_000);
  });

  it('spelled digit words from the keyword index = the global scan', () => {
    const WORDS = ['one', 'ONE', 'Two', 'drei', 'fünf', 'FÜNF', 'één', 'ÉÉN', 'un', 'une', 'oh', 'zéro', 'null', 'nought', 'quattro', 'tre', 'tres', 'trois', ' ', ', ', '-', '.', 'x', '5', '_', 'ſix', 'é', 'o', 'ne', 'eins', 'einstein'];
    const rw = mulberry32(3);
    let found = 0;
    for (let i = 0; i < 3000; i++) {
      let s = '';
      const n = 1 + Math.floor(rw() * 25);
      for (let k = 0; k < n; k++) s += WORDS[Math.floor(rw() * WORDS.length)] ?? '';
      const fast = digitWords(s);
      expect(fast).toEqual(digitWordsReference(s));
      found += fast.length;
    }
    expect(found).toBeGreaterThan(1000);
  });
});

describe('secrets fast path equals its reference', () => {
  it('heads + sticky patterns = each pattern over the whole text', () => {
    const PIECES = ['sk-', 'sk-ant-api03-', 'sk-proj-', 'AKIA', 'ASIA', 'aws', 'AWS_SECRET', 'secret', '=', ': ', '"', 'ghp_', 'github_pat_', 'xoxb-', 'hooks.slack.com/services/', 'AIza', 'ya29.', 'sk_live_', 'rk_test_', 'hf_', 'eyJ', '.', 'password', 'PASSWORD', 'pwd', 'api_key', ' is ', 'abcdefghij', 'ABCDEFGHIJ0123456789', 'Zz9_-', '!', ' ', '\n', 'x', '-----BEGIN PRIVATE KEY-----'];
    const r = mulberry32(17);
    let found = 0;
    for (let i = 0; i < 3000; i++) {
      let s = '';
      const n = 1 + Math.floor(r() * 30);
      for (let k = 0; k < n; k++) s += PIECES[Math.floor(r() * PIECES.length)] ?? '';
      const fast = run(scanSecrets, s);
      expect(fast).toEqual(run(scanSecretsReference, s));
      found += fast.length;
    }
    for (const a of ADVERSARIAL) expect(run(scanSecrets, a.make(4096))).toEqual(run(scanSecretsReference, a.make(4096)));
    expect(found).toBeGreaterThan(500);
  });
});

describe('address fast paths equal their references', () => {
  it('candidate starts + sticky patterns = each pattern over the whole text', () => {
    const PIECES = [
      '12', '7', '1987', '52', '3', '4º', '11004', '90133', '1017 RM', 'EH9 1HL', ' ', '  ', '\n', ', ', ',', '-', '.', "'", '_', 'Main', 'main', 'Street', 'street', 'St.', 'st',
      'Ave', 'Dr', 'way', 'Søndergade', 'gade', 'Steenweg', 'weg', 'Kumpfmühler', 'Straße', 'STRAẞE', 'Str.', 'Alter', 'Weg', 'Jean-Jaurès', 'Via', 'via', 'Roma', 'email',
      'Calle', 'del', 'Pez', 'rue', 'des', 'Tanneurs', 'bis', 'avenue', 'Palermo', 'Cádiz', 'Apt', 'Suite', 'PO Box', 'PSC', 'Box', 'APO', 'AE', 'x', 'é', 'ſ', '𝐀', '\u{10400}',
      'Close', 'Mews', 'Gardens', 'Park', 'impasse', 'place', 'Lilas', 'de la', "d'", 'ter', 'b', 'a', '123456', '12345', '\t', '\u00A0', '٣', 'Ⅻ',
    ];
    const r = mulberry32(23);
    let found = 0;
    for (let i = 0; i < 6000; i++) {
      let s = '';
      const n = 1 + Math.floor(r() * 30);
      for (let k = 0; k < n; k++) s += (PIECES[Math.floor(r() * PIECES.length)] ?? '') + (r() < 0.5 ? ' ' : '');
      const fast = addressMatches(s);
      expect(fast).toEqual(addressMatchesReference(s));
      found += fast.length;
    }
    for (const a of ADVERSARIAL) expect(addressMatches(a.make(4096))).toEqual(addressMatchesReference(a.make(4096)));
    expect(found).toBeGreaterThan(1000);
  });
});

describe('name fast paths equal their references', () => {
  const PIECES = [
    'my name is', 'My Name Is', 'name:', 'Name:', 'mr.', 'Dr.', 'ich bin', 'je suis', 'soy', 'ik ben', 'sono', 'mevrouw', 'Sra.', 'dear', 'patient', "i'm", 'john', 'smith',
    'maëlle', 'lucía', 'ilse', 'de', 'vries', 'Wenzel', 'Theodor', 'Kerbrat', 'Aurélie', 'Vasquez-Thorne', 'Mc', "O'Brien", 'née', 'geb.', 'born', '12.12.1950', '(', '*',
    ', ', ',', ' ', '  ', '\n', '-', "'", '’', '.', ':', '5', '_', 'x', 'É', 'ſ', '𐐨', '\u{10400}',
  ];
  const r = mulberry32(29);
  const samples: string[] = ADVERSARIAL.map((a) => a.make(4096));
  for (let i = 0; i < 4000; i++) {
    let s = '';
    const n = 1 + Math.floor(r() * 30);
    for (let k = 0; k < n; k++) s += (PIECES[Math.floor(r() * PIECES.length)] ?? '') + (r() < 0.6 ? ' ' : '');
    samples.push(s);
  }
  const flat = (ms: RegExpExecArray[]): string[] => ms.map((m) => `${m.index}:${m[0]}:${JSON.stringify(m.indices)}`);

  it('cued lower-case names: cue-word starts + sticky pattern = the global scan', () => {
    let found = 0;
    for (const s of samples) {
      const fast = flat(cuedLowerMatches(s));
      expect(fast).toEqual(flat(cuedLowerMatches(s, true)));
      found += fast.length;
    }
    expect(found).toBeGreaterThan(1000);
    expect(CUE_KEYWORDS.unusable).toBeNull();
  });

  it('surname, given name: comma-anchored starts + sticky pattern = the global scan', () => {
    const SURNAMES = ['Wenzel', 'Kerbrat', 'Vasquez-Thorne', "O'Brien", 'Bouwmeester', 'é', 'Ab-cd', 'x-Yz', 'McTavish', 'ÉLodie', '𐐀𐐨'];
    const GIVEN = ['Theodor', 'Aurélie', 'Aukje', 'Anna', 'Jo-Ann', 'x', 'Élodie', '𐐀𐐨', '1'];
    const TAIL = [' *12.12.1950', ', née le', ' (geb. 3-5-1979)', ': dob', ' 1.2.1990', ' and', ''];
    const pick = <T,>(a: readonly T[]): T => a[Math.floor(r() * a.length)] as T;
    const structured: string[] = [];
    for (let i = 0; i < 3000; i++) structured.push(`${pick(PIECES)}${pick(['', ' ', ' ', ' ', '\n', '-', "'"])}${pick(SURNAMES)}${pick([', ', ',  ', ',', ', , '])}${pick(GIVEN)}${pick(TAIL)}${pick(PIECES)}`);
    let found = 0;
    for (const s of [...samples, ...structured]) {
      const fast = flat(surnameCommaGivenMatches(s));
      expect(fast).toEqual(flat(surnameCommaGivenMatches(s, true)));
      found += fast.length;
    }
    expect(found).toBeGreaterThan(50);
  });
});

describe('lookahead guards', () => {
  it('every letter is an ASCII letter or beyond U+007F, so a leading (?=[A-Za-z\\u0080-\\u{10FFFF}]) changes no match', () => {
    for (let c = 0; c < 128; c++) {
      const ch = String.fromCharCode(c);
      if (/\p{L}/u.test(ch)) expect(ch).toMatch(/[A-Za-z]/);
      if (/\p{Lu}/u.test(ch)) expect(ch).toMatch(/[A-Z]/);
    }
  });
});

describe('spoken email fast path equals its reference', () => {
  it('starts before each word for @ + sticky pattern = the global scan', () => {
    const PIECES = ['jane', 'jane.doe', 'j_d%+', 'x', '<', '(', '[', ']', ')', 'at', 'AT', '[at]', '(at)', 'chez', 'arroba', 'ät', 'dot', 'DOT', 'punkt', 'point', 'punt', 'example', 'mail', 'com', 'de', 'nl', 'co', 'uk', 'é', 'ſe', '5', '-', '.', ' ', '  ', '\n', '\t', '𐐨', 'at dot'];
    const r = mulberry32(31);
    let found = 0;
    const samples = ADVERSARIAL.map((a) => a.make(4096));
    for (let i = 0; i < 4000; i++) {
      let s = '';
      const n = 1 + Math.floor(r() * 30);
      for (let k = 0; k < n; k++) s += (PIECES[Math.floor(r() * PIECES.length)] ?? '') + (r() < 0.75 ? ' ' : '');
      samples.push(s);
    }
    const flat = (ms: RegExpExecArray[]): string[] => ms.map((m) => `${m.index}:${m[0]}`);
    for (const s of samples) {
      const fast = flat(spokenEmailMatches(s));
      expect(fast).toEqual(flat(spokenEmailMatches(s, true)));
      found += fast.length;
    }
    expect(found).toBeGreaterThan(100);
  });
});

describe('letter-and-digit run fast paths equal their references', () => {
  it('DEA/VIN tokens and codice fiscale candidates from the shared runs = the global scans', () => {
    const PIECES = ['RSSMRA85T10A562S', 'rssmra85t10a562s', 'AB1234563', '1HGCM82633A004352', 'abcdefghi', 'abcdefghijklmnopq', 'ABCDEFGHIJKLMNOPQR', '123456789', '_', '-', ' ', '.', 'x', 'é', '9', 'MLLSNT82P65Z404U', 'ſ'];
    const r = mulberry32(37);
    const samples = ADVERSARIAL.map((a) => a.make(4096));
    for (let i = 0; i < 4000; i++) {
      let s = '';
      const n = 1 + Math.floor(r() * 20);
      for (let k = 0; k < n; k++) s += (PIECES[Math.floor(r() * PIECES.length)] ?? '') + (r() < 0.5 ? ' ' : '');
      samples.push(s);
    }
    let found = 0;
    for (const s of samples) {
      const fast = tokens9to17(s);
      expect(fast).toEqual(tokens9to17(s, true));
      const cf = codiceFiscaleMatches(s).map((m) => `${m.index}:${m[0]}`);
      expect(cf).toEqual(codiceFiscaleMatches(s, true).map((m) => `${m.index}:${m[0]}`));
      found += fast.length + cf.length;
    }
    expect(found).toBeGreaterThan(3000);
  });
});
