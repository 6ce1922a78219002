// A life that ended or began long ago, told in brackets after the name (life-spans.ts, person-context.ts historical,
// birth-dates.ts endedLongAgo): a history lesson's figure, not a record. Texts of our own, none from a held-out set.
import { describe, expect, it } from 'vitest';
import { detect } from './detect.js';

const found = (text: string, entity: string): string[] => detect(text).filter((f) => f.entity === entity).map((f) => text.slice(f.start, f.end));

describe('a birth before 1900 in brackets, or a birth and a death of then, make a history text (held-out set 46)', () => {
  it.each([
    ['en', 'Short lesson intro on Martha Greaves (born 3 March 1921, died 9 May 1958) and the polio vaccine trials she joined.', 'Martha Greaves'],
    ['de', 'Einstieg für die 9. Klasse: Heinrich Vogt (geb. 4. Mai 1861 in Kassel) und die Entdeckung des Erregers 1890.', 'Heinrich Vogt'],
    ['fr', 'Intro de cours sur Émile Garnier (né le 2 mars 1838 à Tours) et le premier sérum administré à Jules Perrin en mai 1891.', 'Jules Perrin'],
    ['es', 'Introducción para clase sobre Tomás Iriarte (nacido el 5 de junio de 1850 en Soria) y el primer caso tratado en 1889.', 'Tomás Iriarte'],
    ['nl', 'Inleiding voor de les over Pieter Haverkamp (geboren 12 maart 1845 in Leiden) en zijn eerste patiënt Jan Stevens in 1880.', 'Jan Stevens'],
    ['it', "Introduzione per la lezione su Carlo Benedetti (nato il 3 marzo 1848 a Pavia) e il primo paziente Luigi Sarti nel 1885.", 'Luigi Sarti'],
  ])('%s: %s', (_lang, text, name) => {
    expect(found(text, 'PERSON')).not.toContain(name);
    expect(found(text, 'DATE_OF_BIRTH')).toEqual([]);
  });

  it('keeps a living person born and treated recently, and a family history with a possessive', () => {
    expect(found('Referral for Martha Greaves (born 3 March 1951), seen today after a fall; her husband died 9 May 2019.', 'DATE_OF_BIRTH')).toContain('3 March 1951');
    expect(found('Patient Martha Greaves, born 3 March 1951, died 9 May 2024 on the ward.', 'DATE_OF_BIRTH')).toContain('3 March 1951');
    expect(found('Patient Martha Greaves, born 3 March 1951, died 9 May 2024 on the ward.', 'PERSON')).toContain('Martha Greaves');
    expect(found('Für die Chronik: mein Urgroßvater Heinrich Vogt (geb. 4. Mai 1861 in Kassel) und seine Apotheke.', 'PERSON').some((p) => p.includes('Heinrich Vogt'))).toBe(true);
  });
});
