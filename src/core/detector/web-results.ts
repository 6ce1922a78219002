/**
 * Web search results in tool results ({"results": [{"title": ..., "snippet": ..., "url": ...}]}): each is a public web
 * page's listing. An address, postcode or phone in a result that names no person is the page's place (a ministry, a
 * company's head office, a shop); a result from an encyclopedia is an article about a notable person, whose name and
 * birth date are published there. A result naming a person outside an encyclopedia (a people-search page, a news item
 * about a private person) keeps everything.
 */
import { ENCYCLOPEDIAS, WEB_RESULT_KEYS } from './data/struct-cues.js';
import { normKey } from './json-keys.js';

const all = (lists: Readonly<Record<string, readonly string[]>>): Set<string> => new Set(Object.values(lists).flat().map(normKey));
const TITLE = all(WEB_RESULT_KEYS.title);
const SNIPPET = all(WEB_RESULT_KEYS.snippet);
const ENCYCLOPEDIA = new RegExp(ENCYCLOPEDIAS.join('|'), 'iu');

/** A search result's string fields, and whether the page is an encyclopedia's article. */
export interface WebResult {
  keys: string[];
  encyclopedic: boolean;
}

/** The result an object's entries make, or undefined when it is no web search result (a title and a snippet key). */
export function webResult(entries: readonly [string, unknown][]): WebResult | undefined {
  let title = false;
  let snippet = false;
  let encyclopedic = false;
  const keys: string[] = [];
  for (const [k, v] of entries) {
    if (typeof v !== 'string' || k.length > 40) continue;
    keys.push(k);
    const n = normKey(k);
    if (TITLE.has(n)) title = true;
    else if (SNIPPET.has(n)) snippet = true;
    // The title ("Keir Starmer - Wikipedia") or the page's address (de.wikipedia.org) names the encyclopedia.
    if (!SNIPPET.has(n) && v.length <= 300 && ENCYCLOPEDIA.test(v)) encyclopedic = true;
  }
  return title && snippet ? { keys, encyclopedic } : undefined;
}

const PLACE = new Set(['STREET_ADDRESS', 'ZIP_CODE', 'PHONE_NUMBER']);
const ARTICLE = new Set([...PLACE, 'PERSON', 'DATE_OF_BIRTH']);

/**
 * The entities a result's findings lose: its place's contact points when no person is found in it, and in an
 * encyclopedia's article also the subject's name and birth date. `personFound`: whether a PERSON finding lies in its fields.
 */
export function publicInResult(result: WebResult, personFound: boolean): ReadonlySet<string> {
  if (result.encyclopedic) return ARTICLE;
  return personFound ? new Set() : PLACE;
}
