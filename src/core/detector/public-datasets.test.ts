// public-datasets.ts: the passengers of Kaggle's Titanic rows are no one's personal data; a value beside them stays.
import { describe, expect, it } from 'vitest';
import { detect } from './detect.js';

const ROWS = `   PassengerId  Survived  Pclass                                          Name     Sex   Age
0            1         0       3                       Braund, Mr. Owen Harris    male  22.0
1            2         1       1  Cumings, Mrs. John Bradley (Florence Briggs Th...  female  38.0
5            6         0       3                              Moran, Mr. James    male   NaN`;
const persons = (t: string): string[] => detect(t).filter((f) => f.entity === 'PERSON').map((f) => t.slice(f.start, f.end));

describe('dropPublicDatasetNames', () => {
  it.each([
    ['en', `Kaggle Titanic, my df.head() looks off, why is Age NaN for row 5?\n\n${ROWS}`],
    ['de', `Titanic-Datensatz von Kaggle: warum ist Age in Zeile 5 NaN?\n${ROWS}`],
    ['fr', `Jeu de données Titanic (Kaggle) : pourquoi Age vaut NaN ligne 5 ?\n${ROWS}`],
    ['es', `Dataset del Titanic de Kaggle, ¿por qué Age es NaN en la fila 5?\n${ROWS}`],
    ['nl', `Titanic-dataset van Kaggle: waarom is Age NaN in rij 5?\n${ROWS}`],
    ['it', `Dataset Titanic di Kaggle: perché Age è NaN alla riga 5?\n${ROWS.toLowerCase().replace('passengerid', 'passengerId')}`],
  ])('drops the passengers of the Titanic rows (%s)', (_lang, text) => {
    expect(persons(text)).toEqual([]);
  });

  it('keeps the names without the dataset\'s columns, and other values beside the rows', () => {
    expect(persons('Braund, Mr. Owen Harris, male, 22, our new tenant from next month')).not.toEqual([]);
    const text = `${ROWS}\nmy own phone for questions: +44 7700 912 345, Mr. Owen Harris`;
    expect(persons(text)).toEqual([]);
    expect(detect(text).some((f) => f.entity === 'PHONE_NUMBER')).toBe(true);
  });
});
