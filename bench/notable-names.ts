// Makes src/core/detector/data/notable-people.ts from the Pantheon 1.0 dataset's TSV (Yu, Ronen, Hu, Lu, Hidalgo,
// Scientific Data 3:150075, 2016; doi:10.7910/DVN/28201): `npx tsx bench/notable-names.ts PATH/TO/pantheon.tsv`.
// Reads the columns Name and birthyear, keeps what notable-people.ts needs (the full name, normalised, and the birth
// year) and leaves out (counts printed):
//   - names of one word ("Aristotle", "Augustus") and names whose words are not all Latin letters, apostrophes,
//     hyphens or initials' dots;
//   - epithets and regnal names ("Alexander the Great", "Louis XIV of France", "Frederick III, Holy Roman Emperor"): the
//     name scanner does not read them as one person's name, and a given name and a regnal number are handled there;
//   - a two-word full name (particles aside) that is also a common private name: the first word is a listed given name (the detector's
//     LISTED_FIRST_NAMES, which carry no rank: any given name counts) and the last is a very common surname
//     (data/top-surnames.ts, about the top 50 of each of the six languages' countries, or a frequent Dutch surname's
//     core after its particle, PARTICLE_SURNAME_CORES): "John Williams", "Michael Jackson", "Thomas Müller", "Paolo
//     Rossi", "Frenkie de Jong". The ranks are in the surname, so the rule is as wide as the given-name lists: it leaves
//     out more rather than less.
// A leading title word is dropped ("Pope", "Saint", "Sir": the scanner's span starts after it) and a form without
// middle initials is listed too ("George W. Bush" -> "george bush"). Words are folded as notable-people.ts folds a span.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { PARTICLE_SURNAME_CORES } from '../src/core/detector/data/european-surnames.js';
import { TOP_SURNAMES } from '../src/core/detector/data/top-surnames.js';
import { LISTED_FIRST_NAMES } from '../src/core/detector/listed-names.js';
import { foldName } from '../src/core/detector/notable-people.js';

const TITLES = new Set('pope saint st. st sir dame lord lady king queen prince princess archduke archduchess duke duchess emperor empress count countess baron baroness cardinal blessed tsar czar sultan'.split(' '));
const PARTICLES = new Set('de van der den von zu di da del della dos das du le la ten ter y e des'.split(' '));
// A regnal number ("Louis XIV", "Henry VIII"), as the folded words write it.
const ROMAN = /^(?:i{1,3}|iv|vi{0,3}|ix|xi{0,3}|xiv|xvi{0,3}|xix|xx)$/;
// Latin letters only: the name scanner reads names in the six languages' script.
const WORD = /^(?:\p{Script=Latin}[\p{Script=Latin}'-]*\.?|\p{Script=Latin}\.)$/u;
const INITIAL = /^\p{L}\.$/u;

const given = new Set([...LISTED_FIRST_NAMES].map(foldName));
const common = new Set(TOP_SURNAMES.split(' ').map(foldName));
const cores = new Set(PARTICLE_SURNAME_CORES.split(' ').map(foldName));

/** A listed given name (each half of a hyphenated one) and a very common surname, particles aside. */
function commonPrivateName(words: readonly string[]): boolean {
  const core = words.filter((w, i) => i === 0 || i === words.length - 1 || !PARTICLES.has(w));
  const last = core.at(-1) ?? '';
  const particleBefore = PARTICLES.has(words.at(-2) ?? '');
  // Two words (a given name and a surname, particles aside): a longer name ("Alexander Graham Bell", "George R. R.
  // Martin") is rarely anyone else's in full.
  if (core.length !== 2) return false;
  const firsts = core.slice(0, -1);
  return firsts.every((w) => w.split('-').every((p) => given.has(p))) && (common.has(last) || (particleBefore && cores.has(last)));
}

// A user's mistake (no path, no file, wrong columns) gets one line naming what was expected, exit 2, no stack trace.
const fail = (msg: string): never => {
  process.stderr.write(`notable-names: ${msg}\n`);
  process.exit(2);
};
const path = process.argv[2] ?? fail('expected the path of Pantheon 1.0 pantheon.tsv: npx tsx bench/notable-names.ts PATH/TO/pantheon.tsv');
let tsv = '';
try {
  tsv = readFileSync(path, 'utf8');
} catch (e) {
  fail(`cannot read ${path}: ${(e as NodeJS.ErrnoException).code ?? String(e)}`);
}
const [head, ...rows] = tsv.split('\n').filter((l) => l.trim() !== '');
const cols = (head ?? '').split('\t');
const NAME = cols.indexOf('Name');
const BORN = cols.indexOf('birthyear');
if (NAME < 0 || BORN < 0) fail(`${path}: expected a tab-separated header with the columns Name and birthyear`);

const out = new Map<string, Set<string>>();
const left = { oneWord: 0, shape: 0, epithet: 0, common: 0 };
const commonNames: string[] = [];
for (const row of rows) {
  const cells = row.split('\t');
  const raw = (cells[NAME] ?? '').replace(/\([^)]*\)/g, ' ');
  const year = /^-?\d{1,4}$/.test((cells[BORN] ?? '').trim()) ? (cells[BORN] ?? '').trim() : '';
  if (raw.includes(',') || / (?:of|the) /i.test(raw)) {
    left.epithet++;
    continue;
  }
  let words = foldName(raw).split(' ').filter((w) => w !== '' && w !== 'jr.' && w !== 'sr.' && w !== 'jr' && w !== 'sr');
  while (words.length > 0 && TITLES.has(words[0] ?? '')) words = words.slice(1);
  if (words.some((w) => ROMAN.test(w))) {
    left.epithet++;
    continue;
  }
  if (words.length < 2) {
    left.oneWord++;
    continue;
  }
  if (!words.every((w) => WORD.test(w))) {
    left.shape++;
    continue;
  }
  if (commonPrivateName(words)) {
    left.common++;
    commonNames.push(words.join(' '));
    continue;
  }
  const forms = [words.join(' ')];
  const noInitials = words.filter((w) => !INITIAL.test(w));
  if (noInitials.length >= 2 && noInitials.length < words.length && !commonPrivateName(noInitials)) forms.push(noInitials.join(' '));
  for (const f of forms) {
    const ys = out.get(f) ?? new Set<string>();
    if (year !== '') ys.add(year);
    out.set(f, ys);
  }
}

const entries = [...out].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([n, ys]) => (ys.size > 0 ? `${n}=${[...ys].join(',')}` : n));
const lines: string[] = [];
let line = '';
for (const e of entries) {
  const next = line === '' ? e : `${line};${e}`;
  if (next.length > 110 && line !== '') {
    lines.push(`${line};`);
    line = e;
  } else line = next;
}
if (line !== '') lines.push(line);
// An array of lines joined (a chain of 1,800 '+' is too deep for the linter's parser). Double quotes: names hold apostrophes ("o'neill"), never double quotes (WORD).
const quoted = lines.map((l) => `  ${JSON.stringify(l)}`);
const header = `/**
 * Full names of globally famous people, lower case, accents folded (notable-people.ts's foldName), each with its birth
 * year: "alexander fleming=1881". Generated by bench/notable-names.ts from the Pantheon 1.0 dataset (Yu, Ronen, Hu,
 * Lu, Hidalgo, "Pantheon 1.0, a manually verified dataset of globally famous biographies", Scientific Data 3:150075,
 * 2016, doi:10.1038/sdata.2015.75; data doi:10.7910/DVN/28201, Harvard Dataverse; the file read as of 2026-12-05):
 * the ${rows.length} people with a Wikipedia biography in more than 25 language editions. Only the name and birth-year
 * columns are used; ${left.oneWord} one-word names, ${left.epithet} epithets and regnal names, ${left.shape} names of other shapes and
 * ${left.common} full names that are also common private names ("John Williams": see the script) are left out. Terms: see
 * NOTICE.md. Do not edit by hand: change the script and run it again.
 */
export const NOTABLE_PEOPLE: string = [
${quoted.join(',\n')},
].join('');
`;
writeFileSync(join(import.meta.dirname, '../src/core/detector/data/notable-people.ts'), header);
console.log(JSON.stringify({ rows: rows.length, names: out.size, left, commonSample: commonNames.slice(0, 60) }));
