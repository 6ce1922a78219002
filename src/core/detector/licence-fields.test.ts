// The fields of an EU-model driving licence's text (licence-fields.ts): cards typed by us, none from a held-out set.
import { describe, expect, it } from 'vitest';
import { detect } from './detect.js';

const fieldFindings = (text: string): string[] =>
  detect(text)
    .filter((f) => f.rule.endsWith('.licence-fields'))
    .map((f) => `${f.entity} ${text.slice(f.start, f.end)}`);

describe("an EU-model driving licence's numbered fields", () => {
  it('give the holder, the date of birth and the licence number', () => {
    const card = '1. KOVAČ\n2. JANA\n3. 14.02.1991 ZAGREB\n4a. 02.05.2018 4b. 01.05.2033\n4c. Stadt Augsburg\n5. K72PQ4R81Z\n9. AM/B1/B';
    expect(fieldFindings(card)).toEqual(['PERSON KOVAČ', 'PERSON JANA', 'DATE_OF_BIRTH 14.02.1991', 'DRIVER_LICENSE K72PQ4R81Z']);
  });

  it('the twelve digits of a French card, 4a and 4b on their own lines', () => {
    const card = 'Texte OCR :\n1. MARCHAND\n2. LÉA\n3. 03.09.1988 NANTES\n4a. 12.01.2017\n4b. 12.01.2032\n5. 170144300812';
    expect(fieldFindings(card)).toContain('DRIVER_LICENSE 170144300812');
  });

  it.each([
    ['a numbered list with sub-points and no date in 3', '1. Intro\n2. Setup\n3. Install the tools\n4a. Linux\n4b. macOS\n5. ABC123X'],
    ['the fields out of order', '5. K72PQ4R81Z\n1. KOVAČ\n2. JANA\n3. 14.02.1991 ZAGREB\n4a. 02.05.2018'],
    ['no 4a or 4b', '1. KOVAČ\n2. JANA\n3. 14.02.1991 ZAGREB\n5. K72PQ4R81Z'],
  ])('leaves %s alone', (_, text) => {
    expect(fieldFindings(text)).toEqual([]);
  });
});
