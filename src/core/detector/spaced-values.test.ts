import { describe, expect, it } from 'vitest';
import { detect } from './detect.js';
import { joinSpacedValues } from './spaced-values.js';

const found = (text: string): string[] => detect(text).map((f) => `${f.entity}:${text.slice(f.start, f.end)}`);

describe('spaced values: a separator between every character', () => {
  it.each([
    ['en', 'the customer typed the IBAN as G/B/9/2/N/W/B/K/6/0/1/6/1/3/3/1/4/2/6/8/1/4 on the form', 'IBAN_CODE:G/B/9/2/N/W/B/K/6/0/1/6/1/3/3/1/4/2/6/8/1/4'],
    ['de', 'Sein Reisepass: K 4 R 7 T 2 9 N 8, bitte prüfen', 'PASSPORT:K 4 R 7 T 2 9 N 8'],
    ['fr', 'Il a dicté son IBAN : N.L.1.7.R.A.B.O.0.7.2.3.4.5.6.7.8.9, tu peux le regrouper ?', 'IBAN_CODE:N.L.1.7.R.A.B.O.0.7.2.3.4.5.6.7.8.9'],
    ['es', 'El cliente me dio la cuenta así: N-L-1-7-R-A-B-O-0-7-2-3-4-5-6-7-8-9. Ponla bien', 'IBAN_CODE:N-L-1-7-R-A-B-O-0-7-2-3-4-5-6-7-8-9'],
    ['nl', 'Zijn IP thuis, voorgelezen: 9 1 . 2 0 4 . 1 1 7 . 3 8. Zet het op de allowlist', 'IP_ADDRESS:9 1 . 2 0 4 . 1 1 7 . 3 8'],
    ['it', "L'IP di casa del collega: 9 . 1 . . . 2 . 0 . 4 . . . 1 . 1 . 7 . . . 3 . 8 da sbloccare", 'IP_ADDRESS:9 . 1 . . . 2 . 0 . 4 . . . 1 . 1 . 7 . . . 3 . 8'],
  ])('%s', (_lang, text, value) => {
    expect(found(text)).toContain(value);
  });

  it('offsets cover the spaced value in the original text', () => {
    const text = 'IBAN N-L-1-7-R-A-B-O-0-7-2-3-4-5-6-7-8-9 svp';
    const f = detect(text).find((x) => x.entity === 'IBAN_CODE');
    expect(f === undefined ? '' : text.slice(f.start, f.end)).toBe('N-L-1-7-R-A-B-O-0-7-2-3-4-5-6-7-8-9');
  });

  it('rows of small numbers, versions, letters and commas stay as they are', () => {
    expect(joinSpacedValues('const grid = [1 0 0 0 0 0 0 0 1]')).toBeNull();
    expect(joinSpacedValues('export const HOURS = [0, 0, 0, 0, 5, 9, 8, 7, 2]')).toBeNull();
    expect(joinSpacedValues('H E L L O W O R L D in big letters')).toBeNull();
    expect(found('version 1.0.0.0.0.0.0.0.1 and a.b.c.d.e.f.g.h')).toEqual([]);
  });
});

describe('spaced values: identifiers glued to their field name', () => {
  it.each([
    ['en', 'legacy export row: emp_ssn536221234_2019 please split it', 'US_SSN:536221234'],
    ['de', 'Altdaten: Kunde_Jens_IdNr52310486710_2024 bitte trennen', 'DE_STEUER_ID:52310486710'],
    ['fr', 'export : x_nir285037542480620_entree2020, sépare les champs', 'FR_NIR:285037542480620'],
    ['es', 'hoja vieja: alumno_dni04822682L_curso24, sepáralo', 'ES_DNI_NIE:04822682L'],
    ['nl', 'export: klant_bsn064822886_2023, splits de kolommen', 'NL_BSN:064822886'],
    ['it', 'registro: emp_cfBNCGLI79M12F205F_old, separalo', 'IT_CODICE_FISCALE:BNCGLI79M12F205F'],
  ])('%s', (_lang, text, value) => {
    expect(found(text)).toContain(value);
  });

  it('a field name inside a hex token, UUID or secret is not split', () => {
    expect(joinSpacedValues('token = "2d07fd2f8d048fe486e80b27f18a68194c93d3dfac65e4e9d4db79344a4cf640"')).toBeNull();
    expect(joinSpacedValues('webhook ea82c163-be7d-4435-a8fe-8fe20fd6ca70/cf238e1edbc5')).toBeNull();
    expect(joinSpacedValues('--auth nfp_QmToifoeGDYTvicglCSgxv6Cf33PpDf73emf')).toBeNull();
    // A field name with too few digits after it is a code, not an identifier.
    expect(joinSpacedValues('ticket_cf2024x')).toBeNull();
  });
});
