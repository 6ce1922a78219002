/**
 * Famous public teaching datasets whose rows name people, by column names that together only they have. The
 * passengers of Kaggle's Titanic set ("Braund, Mr. Owen Harris") come from the public Encyclopedia Titanica records;
 * the set is the first one most data courses load, and its rows are pasted as they are into questions about pandas.
 * Source: https://www.kaggle.com/competitions/titanic/data (train.csv columns), as of 2026-12.
 */
export interface PublicDataset {
  name: string;
  /** Column names, compared whole-word and case-insensitively; all must appear. */
  columns: readonly string[];
}

export const PUBLIC_DATASETS: readonly PublicDataset[] = [{ name: 'Kaggle Titanic', columns: ['PassengerId', 'Survived', 'Pclass'] }];
