/**
 * Bibliographic records in JSON (a Crossref, PubMed or Zotero tool's result, CSL-JSON, a BibTeX entry as JSON: {"doi":
 * ..., "title": ..., "container": "Science", "author": [{"name": ...}]}): an object with a title and a publication's
 * identifier, journal or publisher is a published work, so the values under its author and editor keys, however deep
 * ({"family": ..., "given": ...} items), are published authors' names, no one's private data (classify.ts drops their
 * PERSON findings only: an author's mailbox or phone in the record stays).
 */
import { BIBLIO_AUTHOR_KEYS, BIBLIO_KEYS, BIBLIO_TITLE_KEYS } from './data/struct-cues.js';
import { normKey } from './json-keys.js';

const all = (lists: Readonly<Record<string, readonly string[]>>): Set<string> => new Set(Object.values(lists).flat().map(normKey));
const BIBLIO = all(BIBLIO_KEYS);
const TITLE = all(BIBLIO_TITLE_KEYS);
const AUTHOR = all(BIBLIO_AUTHOR_KEYS);

/** The author and editor keys of a bibliographic record's entries, or none when the object is no such record. */
export function publishedAuthorKeys(entries: readonly [string, unknown][]): string[] {
  let biblio = false;
  let title = false;
  const authors: string[] = [];
  for (const [k, v] of entries) {
    if (k.length > 40) continue;
    const n = normKey(k);
    if (AUTHOR.has(n)) authors.push(k);
    else if (typeof v === 'string' || typeof v === 'number') {
      if (BIBLIO.has(n)) biblio = true;
      else if (TITLE.has(n) && typeof v === 'string') title = true;
    }
  }
  return biblio && title ? authors : [];
}
