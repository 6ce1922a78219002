import { PUBLIC_DATASETS } from './data/public-datasets.js';
import type { Hit } from './hit.js';

/**
 * Names in rows of a famous public dataset pasted for help ("Kaggle Titanic, my df.head() looks off ... PassengerId
 * Survived Pclass Name ... Braund, Mr. Owen Harris"): they were published with the dataset, not the writer's data. A
 * text holding every column name of one of data/public-datasets.ts's sets drops the person names read in it; other
 * values (a phone, an e-mail, an IBAN pasted next to it) stay found.
 *
 * Linear time: one search per column name, only in a text with a name hit.
 */
const DATASETS = PUBLIC_DATASETS.map((d) => d.columns.map((c) => new RegExp(`(?<![A-Za-z0-9_])${c}(?![A-Za-z0-9_])`, 'i')));

const isPersonHit = (h: Hit): boolean => h.entity === 'PERSON' && h.rule.startsWith('person.');

export function dropPublicDatasetNames(text: string, hits: Hit[]): void {
  if (!hits.some(isPersonHit)) return;
  if (!DATASETS.some((columns) => columns.every((c) => c.test(text)))) return;
  let kept = 0;
  for (const h of hits) if (!isPersonHit(h)) hits[kept++] = h;
  hits.length = kept;
}
