import type { Hit } from './hit.js';
import { codePointBefore, hasFoldSpecial, matchesAll, matchesAt, prefilterHits } from './keywords.js';

const SUFFIX = 'street|st|avenue|ave|road|rd|boulevard|blvd|lane|ln|drive|dr|terrace|parkway|pkwy|highway|hwy|str|crescent|court|alley|plaza';
// Street types that are also everyday words ("in place", "the right way"): only capitalised, after a capitalised name.
const NUMBER_FIRST_CAP = /(?<![\p{L}\p{N}])\d{1,5}[A-Za-z]?\s+(?:\p{Lu}[\p{L}'’.-]*\s+){1,3}(?:Close|Mews|Grove|Gardens|Place|Square|Way|Row|Walk|Rise|Parade|Quay|Wharf|Cottages|Green|Hill|View|Park)(?![\p{L}\p{N}])/gu;
// "12 Main Street", "1987 74 Diakou Street", "251 Charilaou Trikoupi Str."
const NUMBER_FIRST = new RegExp(`\\b\\d{1,6}[A-Za-z]?(?:\\s+\\d{1,5})?\\s+(?:[\\p{L}][\\p{L}'’.-]*\\s+){1,4}(?:${SUFFIX})\\b\\.?`, 'giu');
// "Søndergade 52", "Kiannonkatu 98", "Brucker Bundesstrasse 31": street-type endings common across Europe (found from the ending, then widened to the word).
const NAME_FIRST = /(?:gade|gatan|gata|katu|vej|weg|straße|strasse|str\.|straat|laan|steenweg|plein|gracht|kade|singel|dijk|steeg|dreef|gasse|utca|tie|vägen|väg|veien|allee|platz|damm|ufer|chaussee|ulica|sokak|caddesi)\s+\d{1,5}[a-z]?(?![\p{L}\p{N}])/giu;
const LETTER = /[\p{L}'’-]/u;
// "Via Pisanelli 89", "Rua do Arenque 1634", "ul. Karpacka 69", "Calle Mayor 5"
const TYPE_FIRST = /(?<![\p{L}\p{N}])(?:via|viale|v\.le|rua|rúa|calle|c\/|avenida|avda\.|av\.|plaza|pza\.|paseo|pº|ronda|travesía|carretera|ctra\.|glorieta|rue|ul\.|ulica|trg|piazza|p\.zza|piazzale|corso|c\.so|vicolo|strada|contrada|lungomare|borgo|carrer|camino|travessa|largo)\s*(?:[\p{L}][\p{L}'’.-]*\s+){1,5}\d{1,5}[a-z]?(?![\p{L}\p{N}])/giu;
// French and Belgian order: "12 rue des Tanneurs", "3 bis avenue Jean-Jaurès", "7 impasse des Lilas".
const FR_NUMBER_TYPE = /(?<![\p{L}\p{N}])\d{1,4}(?:\s?(?:bis|ter|[a-d]))?,?\s+(?:rue|avenue|av\.|boulevard|bd|chemin|impasse|allée|place|quai|route|cours|square|passage|voie|sentier|faubourg|lotissement|résidence|cité|hameau)\s+(?:(?:de la|des|du|de|la|le|les)\s+|d'|l'|de l')?[\p{L}][\p{L}'’-]*/giu;
// German two-word streets: "Kumpfmühler Straße 61", "Plauensche Str. 18", "Alter Weg 3".
const DE_ADJ_STREET = /(?<![\p{L}\p{N}])\p{Lu}[\p{L}-]+\s+(?:Straße|Strasse|Str\.|Weg|Allee|Platz|Gasse|Damm|Ufer|Chaussee|Steig|Pfad|Markt)\s+\d{1,4}[a-z]?(?![\p{L}\p{N}])/gu;
// Any street line that ends with a house number, then a postcode and a town: "Am Kupferhammer 4, 58762 Altena",
// "Lijnbaansgracht 212-III, 1017 RM Amsterdam", "Plaza de San Francisco 3, 4º, 11004 Cádiz", "Via Roma 12, 90133 Palermo".
const NUMBER_POSTCODE_TOWN = /(?<=\p{L}\.?\s)\d{1,5}[a-zA-Z]?(?:[ -](?:bis|ter|[IVX]{1,4}|[a-z]))?(?:,\s?[\p{L}\dºª°.' ]{1,14})?,\s{1,3}(?:\d{5}|\d{4}\s?[A-Z]{2}|\d{4}|[A-Z]{1,2}-\d{4,5})\s+\p{Lu}[\p{L}'’-]+/gu;
// UK postcodes ("EH9 1HL"): reported when the same line has a house number and a comma before them (a postal address),
// not when a postcode is asked about on its own ("what is SW1A 1AA?").
const UK_POSTCODE = /\b(?:[A-PR-UWYZ][A-HK-Y]?\d[A-Z\d]?) ?\d[ABD-HJLNP-UW-Z]{2}\b/g;
const UK_ADDRESS_BEFORE = /\d{1,4}[A-Za-z]?,?\s+\p{Lu}[^\n]{0,60},\s*[^,\n]{0,40}$/u;
const NAMED_STREET = /^\S+\s*(?:(?:de|del|della|dei|degli|delle|di|do|da|dos|das|des|du|la|le|les|los|las|el|lo)\s+)*[\p{Lu}\d]/u;
const UNIT = /\b(?:suite|ste\.|apt\.?|apartment)\s*#?\s*\d{1,5}[A-Za-z]?\b/gi;
const PO_BOX = /\b(?:p\.?\s?o\.?\s?box|post office box)\s*#?\s*\d{1,6}\b/gi;
const MILITARY = /\b(?:PSC|Unit|CMR)\s+\d{3,5},?\s+Box\s+\d{3,5}(?:\s+(?:APO|FPO|DPO)\s+(?:AA|AE|AP)\s+\d{5})?|\b(?:APO|FPO|DPO)\s+(?:AA|AE|AP)\s+\d{5}\b/g;

// Speed: each pattern below is tried (sticky) only where it can start, found by a cheap pass; the same matches in the
// same order as its global scan (see keywords.ts and the property tests). Every walk is bounded by the text it has
// not walked yet or by a few tokens, so the whole scan stays linear.
// - TYPE_FIRST starts at a street-type word: a non-unicode prefilter of those words finds every such start.
// - DE_ADJ_STREET ends in "<Type> <digit>" (a literal, case-sensitive search): the one run of letters and hyphens
//   before it holds the start, at the run's start or right after a hyphen (nowhere else is no letter before a capital).
// - NUMBER_FIRST ends in "<space><suffix>": its start is a digit in the last 7 characters of one of the 2nd to 6th
//   whitespace-separated tokens before the suffix.
// - NAME_FIRST and NUMBER_POSTCODE_TOWN need a digit right after whitespace: NAME_FIRST starts where one of its
//   endings closes the word before that whitespace, NUMBER_POSTCODE_TOWN at that digit.
const TYPE_FIRST_HEAD = new RegExp(`(?:\\b|_)(?:${/\(\?:([^)]*)\)/.exec(TYPE_FIRST.source.slice(TYPE_FIRST.source.indexOf(')') + 1))?.[1] ?? ''})`, 'gi');
const DE_TYPE_DIGIT = /(?:Straße|Strasse|Str\.|Weg|Allee|Platz|Gasse|Damm|Ufer|Chaussee|Steig|Pfad|Markt)\s+\d/g;
// The suffix is followed by \b in NUMBER_FIRST: no ASCII letter, digit or '_' may follow it.
const SUFFIX_HEAD = new RegExp(`\\s(?:${SUFFIX})(?![a-z0-9_])`, 'gi');
const SPACE_DIGIT = /\s\d/g;
const ENDINGS = /\(\?:([^)]*)\)/.exec(NAME_FIRST.source)?.[1]?.split('|').map((e) => e.replace(/\\/g, '')) ?? [];
const ENDING_SET = new Set(ENDINGS);
const ENDING_LENGTHS = [...new Set(ENDINGS.map((e) => e.length))];
// - NUMBER_FIRST_CAP and FR_NUMBER_TYPE start at a digit with no digit before (a run of ASCII digits), of at most 5 and
//   4 digits, followed by whitespace, a comma or a letter (their `[A-Za-z]?`, `bis`/`ter`/`[a-d]`, `,?` or `\s+`).
const FAST = [TYPE_FIRST, DE_ADJ_STREET, NUMBER_FIRST, NUMBER_POSTCODE_TOWN, NUMBER_FIRST_CAP, FR_NUMBER_TYPE];
const STICKY = new Map<RegExp, RegExp>([...FAST, NAME_FIRST].map((re) => [re, new RegExp(re.source, re.flags.replace('g', 'y'))]));
const SPACE_RE = /^\s$/;
/** /\s/ on the character at i (ASCII by code, the rest by the regex). */
function isSpaceAt(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c < 128) return c === 32 || (c >= 9 && c <= 13);
  return c === c && SPACE_RE.test(text.charAt(i));
}
const RUN_CHAR = /^[\p{L}-]$/u;

function deAdjStreetStarts(text: string): number[] {
  const starts: number[] = [];
  DE_TYPE_DIGIT.lastIndex = 0;
  let floor = 0;
  for (let m = DE_TYPE_DIGIT.exec(text); m !== null; m = DE_TYPE_DIGIT.exec(text)) {
    let w = m.index;
    while (w > floor && isSpaceAt(text, w - 1)) w--;
    if (w === m.index) continue;
    let r = w;
    // Walked back at most to the previous occurrence: each character is read once.
    for (let c = codePointBefore(text, r); r > floor && RUN_CHAR.test(c); c = codePointBefore(text, r)) r -= c.length;
    starts.push(r);
    for (let k = r; k < w; k++) if (text.charCodeAt(k) === 45) starts.push(k + 1);
    floor = m.index;
  }
  return starts;
}

function numberFirstStarts(text: string): number[] | null {
  const hits = prefilterHits(text, SUFFIX_HEAD);
  if (hits === null) return null;
  const starts: number[] = [];
  for (const h of hits) {
    let i = h + 1;
    // Six tokens back at most: each token is walked by at most six suffixes.
    for (let k = 0; k < 6; k++) {
      while (i > 0 && isSpaceAt(text, i - 1)) i--;
      const end = i;
      while (i > 0 && !isSpaceAt(text, i - 1)) i--;
      if (end === i) break;
      if (k >= 1) for (let q = Math.max(i, end - 7); q < end; q++) if (text.charCodeAt(q) >= 48 && text.charCodeAt(q) <= 57) starts.push(q);
    }
  }
  return starts.sort((a, b) => a - b);
}

/** Digits right after whitespace, and where the whitespace run before each begins. */
function spaceDigits(text: string): { digit: number[]; space: number[] } {
  const digit: number[] = [];
  const space: number[] = [];
  SPACE_DIGIT.lastIndex = 0;
  let floor = 0;
  for (let m = SPACE_DIGIT.exec(text); m !== null; m = SPACE_DIGIT.exec(text)) {
    let w = m.index;
    while (w > floor && isSpaceAt(text, w - 1)) w--;
    digit.push(m.index + 1);
    space.push(w);
    floor = m.index + 1;
  }
  return { digit, space };
}

const DIGIT_RUN = /\d+/g;

/** Starts of runs of 1 to 5 ASCII digits followed by whitespace, a comma or an ASCII letter. One regex pass: linear. */
function shortNumberStarts(text: string): number[] {
  const starts: number[] = [];
  DIGIT_RUN.lastIndex = 0;
  for (let m = DIGIT_RUN.exec(text); m !== null; m = DIGIT_RUN.exec(text)) {
    if (m[0].length > 5) continue;
    const end = m.index + m[0].length;
    const c = text.charCodeAt(end);
    if (c === 44 || ((c | 32) >= 97 && (c | 32) <= 122) || isSpaceAt(text, end)) starts.push(m.index);
  }
  return starts;
}

const MAX_ENDING = Math.max(0, ...ENDING_LENGTHS);
const ENDING_LAST = new Set(ENDINGS.map((e) => e.charAt(e.length - 1)));

function nameFirstStarts(text: string, sd: { space: number[] }): number[] {
  const starts: number[] = [];
  for (const w of sd.space) {
    // Every ending ends in one of a few characters: most words before a number end in none of them.
    const lastLow = text.charAt(w - 1).toLowerCase();
    if (!ENDING_LAST.has(lastLow.charAt(lastLow.length - 1))) continue;
    const raw = text.slice(Math.max(0, w - MAX_ENDING), w);
    const low = raw.toLowerCase();
    // Lower-casing one slice and comparing its endings is the same as lower-casing each ending, unless it changed length.
    for (const len of ENDING_LENGTHS) {
      if (w < len) continue;
      const tail = low.length === raw.length ? low.slice(low.length - len) : text.slice(w - len, w).toLowerCase();
      if (ENDING_SET.has(tail)) starts.push(w - len);
    }
  }
  return starts.sort((a, b) => a - b);
}

/** A rule's matches in order: from its candidate starts when it has them, else by a global scan. */
function matchesOf(re: RegExp, text: string, sd: () => { digit: number[]; space: number[] }, sn: () => number[]): RegExpExecArray[] {
  const sticky = STICKY.get(re);
  if (sticky === undefined) return matchesAll(text, re);
  let starts: number[] | null;
  if (re === TYPE_FIRST) starts = prefilterHits(text, TYPE_FIRST_HEAD, (t, i) => (t.charCodeAt(i) === 95 ? i + 1 : i));
  else if (re === DE_ADJ_STREET) starts = deAdjStreetStarts(text);
  else if (re === NUMBER_FIRST) starts = numberFirstStarts(text);
  else if (re === NAME_FIRST) starts = hasFoldSpecial(text) ? null : nameFirstStarts(text, sd());
  else if (re === NUMBER_FIRST_CAP || re === FR_NUMBER_TYPE) starts = sn();
  else starts = sd().digit;
  return starts === null ? matchesAll(text, re) : matchesAt(text, sticky, starts);
}

function lazy<T>(f: () => T): () => T {
  let v: T | undefined;
  return () => (v ??= f());
}

/** The rules' matches by global scans only: the reference in tests. */
export function addressMatchesReference(text: string): string[] {
  return [NAME_FIRST, ...RULES.map(([re]) => re)].flatMap((re) => matchesAll(text, re).map((m) => `${m.index}:${m[0]}`));
}

/** The same from the fast paths. */
export function addressMatches(text: string): string[] {
  const sd = lazy(() => spaceDigits(text));
  const sn = lazy(() => shortNumberStarts(text));
  return [NAME_FIRST, ...RULES.map(([re]) => re)].flatMap((re) => matchesOf(re, text, sd, sn).map((m) => `${m.index}:${m[0]}`));
}

const RULES: readonly [RegExp, number, string][] = [
  [NUMBER_FIRST, 0.75, 'address.number-street'],
  [NUMBER_FIRST_CAP, 0.75, 'address.number-street'],
  [FR_NUMBER_TYPE, 0.9, 'address.number-type-name'],
  [DE_ADJ_STREET, 0.9, 'address.name-type-number'],
  [NUMBER_POSTCODE_TOWN, 0.75, 'address.number-postcode-town'],
  // A street type, a name and a number outrank the name inside them ("Calle San Vicente Ferrer 27" is not a person).
  [TYPE_FIRST, 0.9, 'address.type-name-number'],
  [UNIT, 0.7, 'address.unit'],
  [PO_BOX, 0.8, 'address.po-box'],
  [MILITARY, 0.85, 'address.military'],
];

/** Street addresses (HIPAA Safe Harbor geography below state level): street lines, units, PO and military boxes. */
export function scanAddresses(text: string, out: Hit[]): void {
  const first = out.length;
  const sd = lazy(() => spaceDigits(text));
  const sn = lazy(() => shortNumberStarts(text));
  for (const m of matchesOf(NAME_FIRST, text, sd, sn)) {
    let s = m.index;
    while (s > 0 && LETTER.test(text.charAt(s - 1))) s--;
    // The ending must close a longer word ("Søndergade", not "gade" alone).
    if (s < m.index) out.push({ entity: 'STREET_ADDRESS', dataClass: 'pii', start: s, end: m.index + m[0].length, score: 0.9, rule: 'address.street-number' });
  }
  UK_POSTCODE.lastIndex = 0;
  for (let m = UK_POSTCODE.exec(text); m !== null; m = UK_POSTCODE.exec(text)) {
    if (UK_ADDRESS_BEFORE.test(text.slice(Math.max(0, m.index - 100), m.index))) {
      out.push({ entity: 'STREET_ADDRESS', dataClass: 'pii', start: m.index, end: m.index + m[0].length, score: 0.75, rule: 'address.uk-postcode' });
    }
  }
  for (const [re, score, rule] of RULES) {
    for (const m of matchesOf(re, text, sd, sn)) {
      // "via Roma 12", "Calle del Pez 14" but not "via email 2 days ago": the street's name is capitalised.
      if (re === TYPE_FIRST && !NAMED_STREET.test(m[0])) continue;
      out.push({ entity: 'STREET_ADDRESS', dataClass: 'pii', start: m.index, end: m.index + m[0].length, score, rule });
    }
  }
  mergeAdjacent(text, out, first);
}

/** One address, one finding: street-line, postcode and town hits that overlap or touch (", ") become one span. */
function mergeAdjacent(text: string, out: Hit[], first: number): void {
  if (out.length - first < 2) return;
  const mine = out.splice(first).sort((a, b) => a.start - b.start);
  let cur = mine[0];
  for (const h of mine.slice(1)) {
    if (cur === undefined) break;
    if (h.start <= cur.end || (h.start - cur.end <= 2 && /^[,\s]*$/.test(text.slice(cur.end, h.start)))) {
      cur = { ...cur, end: Math.max(cur.end, h.end), score: Math.max(cur.score, h.score) };
    } else {
      out.push(cur);
      cur = h;
    }
  }
  if (cur !== undefined) out.push(cur);
}
