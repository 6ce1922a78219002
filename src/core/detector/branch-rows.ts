import { hasFoldSpecial } from './keywords.js';
import { BRANCH_COLUMNS, BRANCH_RECORD_KEYS, PERSON_COLUMN_PARTS } from './data/org-words.js';
import type { Hit } from './hit.js';
import { mayStartIn, WINDOW_CUE_WORDS } from './word-gate.js';
import { isMobileRange, privateWordIn } from './public-addresses.js';
import { contentEnd, lineEnd, splitCells, walkRows } from './table-rows.js';

/**
 * A business's branch list pasted as a table (a store locator's CSV, a "Filialliste", a "liste des magasins"):
 * `store_id,store_name,address,postcode,phone,lat,lng` or `filiale;name;adresse;telefon;oeffnungszeiten`. Its rows are
 * premises: the name cell is the branch's ("Bäckerei Sonnenkorn Altstadt", "York Coppergate"), the address and the
 * landline are where and how the public reaches it. A header is a branch list's when it has a column that keys or names
 * a branch and a column of opening hours or of map position (data/org-words.ts BRANCH_COLUMNS): a private person's
 * row has neither. Kept: every row of a table with a column of a person (manager, contact, customer, birth date:
 * PERSON_COLUMN_PARTS), a mobile number, a private word in a row's cells ("home", "Wohnung", "cliente"), and every
 * finding that is no address, phone or name (an e-mail, an IBAN).
 *
 * Linear time: the header cue is one pass of one pattern; each header's line and its rows are split once, the rows of
 * a table are read once (a line already read as a row is not read again as a header).
 */

const MAX_ROWS = 2000;
const MAX_LINE = 4096;
const SEPARATORS = [';', '\t', '|', ','].map((c) => c.charCodeAt(0));

const norm = (name: string): string =>
  name
    .trim()
    .replace(/^["'`]|["'`]$/g, '')
    .trim()
    .toLowerCase()
    .replace(/[\s-]+/g, '_');
const BRANCH = new Set(BRANCH_COLUMNS.branch);
const HOURS_OR_GEO = new Set([...BRANCH_COLUMNS.hours, ...BRANCH_COLUMNS.geo]);
const escape = (w: string): string => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/_/g, '[_ -]');
// An hours or map column's name as a whole cell of a line: the cue that a branch list's header may stand there.
const CUE = new RegExp(
  `(?:^|[;,\\t|])[ \\t]*["'\`]?(?:${[...HOURS_OR_GEO].sort((a, b) => b.length - a.length).map(escape).join('|')})["'\`]?[ \\t]*(?=[;,\\t|\\r\\n]|$)`,
  'gimu',
);

// Speed: a text where no word opens a column name (word-gate.ts's window cue gate, read from the shared word runs) has
// no header cue, and CUE's scan of the whole text is skipped. A column name in a cue stands as a word of its own (a
// separator, a blank, a quote or the line's start before it; '_', a blank, a dash, a quote or a separator after its first word).
const CUE_BIT = WINDOW_CUE_WORDS.addIfReadable([...new Set([...HOURS_OR_GEO].map((w) => w.split(/[^\p{L}]/u)[0] ?? ''))].join('|'));

/** The columns of the header line text[from, to) when it is a branch list's (see above), else undefined. */
export function branchHeader(text: string, from: number, to: number): { sep: string; count: number } | undefined {
  const line = text.slice(from, to);
  for (const sep of SEPARATORS) {
    if (!line.includes(String.fromCharCode(sep))) continue;
    const names = splitCells(text, from, to, sep)?.map((c) => norm(c.value));
    if (names === undefined || names.length < 3) continue;
    if (!names.some((n) => BRANCH.has(n)) || !names.some((n) => HOURS_OR_GEO.has(n))) continue;
    if (names.some((n) => PERSON_COLUMN_PARTS.some((p) => n.includes(p)))) return undefined;
    return { sep: String.fromCharCode(sep), count: names.length };
  }
  return undefined;
}

/** Drops the addresses, landlines and names found in the rows of a business's branch list (see above); `reference`: without the word gate, for tests. */
export function dropBranchRows(text: string, hits: Hit[], reference = false): void {
  dropStoreRecords(text, hits);
  if (!hits.some((h) => h.entity === 'STREET_ADDRESS' || h.entity === 'PHONE_NUMBER' || h.entity === 'PERSON')) return;
  if (!reference && !mayStartIn(WINDOW_CUE_WORDS, text, CUE_BIT, 0, text.length)) return;
  CUE.lastIndex = 0;
  if (!CUE.test(text)) return;
  CUE.lastIndex = 0;
  const rows: { start: number; end: number }[] = [];
  let readTo = 0;
  for (let m = CUE.exec(text); m !== null; m = CUE.exec(text)) {
    const from = text.lastIndexOf('\n', m.index - 1) + 1;
    const to = lineEnd(text, m.index);
    CUE.lastIndex = Math.max(CUE.lastIndex, to);
    if (from < readTo || to - from > MAX_LINE) continue;
    const header = branchHeader(text, from, contentEnd(text, from, to));
    if (header === undefined) continue;
    // Rows: the lines after the header with as many cells; one blank line may part them from it.
    const at = walkRows(text, to + 1, { maxRows: MAX_ROWS, blankBefore: true }, (rowFrom, rowTo) => {
      if (rowTo - rowFrom > MAX_LINE || splitCells(text, rowFrom, rowTo, header.sep.charCodeAt(0))?.length !== header.count) return false;
      if (!privateWordIn(text, rowFrom, rowTo)) rows.push({ start: rowFrom, end: rowTo });
      return true;
    });
    readTo = at;
    CUE.lastIndex = Math.max(CUE.lastIndex, at);
  }
  if (rows.length === 0) return;
  dropBranchValuesIn(text, hits, rows);
}

// A store locator's records pasted as JSON: flat objects (no brace inside), each key and value read once.
const FLAT_OBJECT = /\{[^{}]{1,4000}\}/g;
const PAIR = /\s*"([^"\\\n]{1,40})"\s*:\s*(?:"((?:[^"\\\n]|\\.){0,400})"|[-+\d.eE]{1,30}|true|false|null)\s*(?:,|$)/y;
const RECORD_ADDRESS = new Set(BRANCH_RECORD_KEYS.address);
const RECORD_OTHER = new Set([...BRANCH_RECORD_KEYS.contact, ...BRANCH_COLUMNS.branch, ...BRANCH_COLUMNS.hours, ...BRANCH_COLUMNS.geo]);
const RECORD_HOURS = new Set([...BRANCH_COLUMNS.hours, ...BRANCH_COLUMNS.geo, 'open', 'opens', 'closes']);
// A quoted key whose norm() is a branch key ('"store"', '"Filiale"', '"store name"', "'magasin'"): a superset of them.
const BRANCH_KEY = new RegExp(`"\\s*['\`]?(?:${[...BRANCH].map((k) => k.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/_/g, '[\\s_-]+')).join('|')})['\`]?\\s*"\\s*:`, 'i');
// Speed: BRANCH_KEY.test by code. A match's key holds no '"', so its closing quote is the next one after its opening
// quote: only the quotes followed by spaces and a colon are read (a JSON text's values and prose quotes are not), each
// with the quote before it. The text between them is the key when, less its spaces and one
// quote mark at each end, it is ASCII letters in runs split by spaces, '_' or '-' whose lower case, runs joined by '_',
// is a branch key. The pattern's \s and `i` (no `u`: only ASCII letters fold to ASCII letters) are read alike. Off (the
// pattern decides) unless every key is lower-case letter runs joined by one '_'.
const BRANCH_KEY_FAST = [...BRANCH].every((k) => /^[a-z]+(?:_[a-z]+)*$/.test(k));
const SPACE_CHAR = /\s/;
const KEY_CORE = /^[A-Za-z]+(?:[\s_-]+[A-Za-z]+)*$/;
const KEY_SEPARATORS = /[\s_-]+/g;
/** Whether the code unit `c` is one of \s's characters. */
const isSpaceCode = (c: number): boolean => c === 32 || (c >= 9 && c <= 13) || (c >= 128 && SPACE_CHAR.test(String.fromCharCode(c)));
const isKeyQuote = (c: number): boolean => c === 39 || c === 96;
const isAsciiLetter = (c: number): boolean => (c | 32) >= 97 && (c | 32) <= 122;
// The hashes of the keys' first letter runs ("store" of "store_id"): a key whose first run's lower case hashes to none
// of them is no branch key, ruled out with no string made (most of a JSON text's keys).
const runHash = (h: number, c: number): number => (h * 31 + (c | 32)) | 0;
const FIRST_RUNS: ReadonlySet<number> = new Set(
  [...BRANCH].map((k) => Array.from(k.split('_')[0] ?? '', (ch) => ch.charCodeAt(0)).reduce(runHash, 0)),
);

/** Whether text[from, to), a quoted key's inside, is a branch key as BRANCH_KEY reads it. */
function branchKeyIn(text: string, from: number, to: number): boolean {
  let a = from;
  let b = to;
  while (a < b && isSpaceCode(text.charCodeAt(a))) a++;
  if (a < b && isKeyQuote(text.charCodeAt(a))) a++;
  while (b > a && isSpaceCode(text.charCodeAt(b - 1))) b--;
  if (b > a && isKeyQuote(text.charCodeAt(b - 1))) b--;
  let h = 0;
  let r = a;
  for (; r < b && isAsciiLetter(text.charCodeAt(r)); r++) h = runHash(h, text.charCodeAt(r));
  if (r === a || !FIRST_RUNS.has(h)) return false;
  const core = text.slice(a, b);
  return BRANCH.has(core) || (KEY_CORE.test(core) && BRANCH.has(core.toLowerCase().replace(KEY_SEPARATORS, '_')));
}

/** BRANCH_KEY.test(text) (`reference`: by the pattern itself). */
export function hasBranchKey(text: string, reference = false): boolean {
  if (reference || !BRANCH_KEY_FAST) return BRANCH_KEY.test(text);
  // A key's closing quote is a quote, spaces and a colon: each colon is read, with the spaces before it (a run of spaces
  // stands before one colon at most) back to its quote. Speed: by code, with no match made per key of a JSON text.
  for (let c = text.indexOf(':'); c !== -1; c = text.indexOf(':', c + 1)) {
    let close = c - 1;
    while (close >= 0 && isSpaceCode(text.charCodeAt(close))) close--;
    if (close < 0 || text.charCodeAt(close) !== 34) continue;
    // The key's opening quote is the quote before its closing one (a key holds none); the walk back stops at the last
    // closing quote at the latest, so each character is read back once.
    const open = text.lastIndexOf('"', close - 1);
    if (open !== -1 && branchKeyIn(text, open + 1, close)) return true;
  }
  return false;
}

const MIN_RECORDS = 2;

/**
 * The spans of the store records in `text`: flat JSON objects whose keys are a branch key ("store", "filiale",
 * "magasin", "tienda", "winkel", "negozio"), an address key and a branch's contact keys only (data/org-words.ts
 * BRANCH_RECORD_KEYS), with no private word in a value; MIN_RECORDS of them, or one with opening hours or a map
 * position. A record with any other key (a customer, an order, a recipient, a name) is none.
 */
function storeRecords(text: string): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  let timed = false;
  FLAT_OBJECT.lastIndex = 0;
  for (let m = FLAT_OBJECT.exec(text); m !== null; m = FLAT_OBJECT.exec(text)) {
    const body = m[0].slice(1, -1);
    let branch = false;
    let address = false;
    let hours = false;
    let ok = true;
    let at = 0;
    PAIR.lastIndex = 0;
    for (let p = PAIR.exec(body); p !== null && ok; p = PAIR.exec(body)) {
      at = PAIR.lastIndex;
      const key = norm(p[1] ?? '');
      if (BRANCH.has(key)) branch = true;
      else if (RECORD_ADDRESS.has(key)) address = true;
      else if (!RECORD_OTHER.has(key)) ok = false;
      if (RECORD_HOURS.has(key)) hours = true;
      // A private word in a value ("home", "Wohnung", "cliente"): the record is a person's after all.
      const value = p[2];
      if (value !== undefined && value !== '') {
        const from = m.index + 1 + p.index + p[0].lastIndexOf(value);
        if (privateWordIn(text, from, from + value.length)) ok = false;
      }
    }
    if (!ok || !branch || !address || body.slice(at).trim() !== '') continue;
    timed ||= hours;
    out.push({ start: m.index, end: m.index + m[0].length });
  }
  return out.length >= MIN_RECORDS || timed ? out : [];
}

/**
 * Drops the addresses, landlines and names found in a store locator's records pasted as JSON (see storeRecords): the
 * branch's name, address and phone are the business's. A mobile number stays.
 */
export function dropStoreRecords(text: string, hits: Hit[]): void {
  if (!hits.some((h) => h.entity === 'STREET_ADDRESS' || h.entity === 'PHONE_NUMBER')) return;
  if (!text.includes('{')) return;
  // Speed: a record needs a branch key; a text with none (most JSON bodies) has no record to parse. A text with a
  // character whose case folding the pattern does not share with toLowerCase is parsed (hasFoldSpecial).
  if (!hasFoldSpecial(text) && !hasBranchKey(text)) return;
  const records = storeRecords(text);
  if (records.length === 0) return;
  dropBranchValuesIn(text, hits, records);
}

/**
 * Drops, in place, the addresses, names and landlines inside `spans` (a branch list's rows or a store locator's
 * records, in text order, disjoint): the business's own. A mobile number stays.
 */
function dropBranchValuesIn(text: string, hits: Hit[], spans: readonly { start: number; end: number }[]): void {
  // The last span starting at or before the hit, found by halving.
  const inSpan = (h: Hit): boolean => {
    let lo = 0;
    let hi = spans.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((spans[mid]?.start ?? 0) <= h.start) lo = mid + 1;
      else hi = mid;
    }
    const r = spans[lo - 1];
    return r !== undefined && h.end <= r.end;
  };
  let w = 0;
  for (const h of hits) {
    const drop = (h.entity === 'STREET_ADDRESS' || h.entity === 'PERSON' || (h.entity === 'PHONE_NUMBER' && !isMobileRange(text.slice(h.start, h.end)))) && inSpan(h);
    if (!drop) hits[w++] = h;
  }
  hits.length = w;
}
