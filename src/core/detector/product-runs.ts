/**
 * Runs of capitalised words that a brand, a product or a product code makes no person's name, although a word of them is
 * a listed given name or surname ("TENA Slip Maxi", "ITA Airways", "TIM Consumer", "Hartmann MoliCare Slip Maxi",
 * "Dacia Sandero HP", "Paris SP"). Read by names.ts's judge on each run, by the words' shapes and list answers only:
 * no pattern runs over the text.
 *
 * - A brand token in camel case ("MoliCare", "PlayStation", "SharePoint"): a capital inside the word after four or more
 *   lower-case letters. Surnames with an inner capital have a short prefix ("McDonald", "MacKenzie", "DeLuca",
 *   "DiCaprio", "LeBlanc", "VanDyke") or "Fitz" ("FitzGerald"); given names too ("LaToya", "DeShawn", "JoAnne"). The word
 *   ends the run, as a code glued to a digit does.
 * - A word in capitals opening the run, then only capitalised words that no list knows as a given name or surname
 *   ("TENA Slip Maxi", "ITA Airways", "TIM Consumer"): a brand and its product or division. A surname written in capitals
 *   before the given name ("DUPONT Jean", "MORETTI Alessia") has a listed given name after it, or is a listed surname
 *   itself ("BOSCO Ilir").
 * - One word and a short code in capitals closing the run (two or three letters, in no list and no post-nominal title:
 *   "Paris SP", "Argo CD", "Mori NLX"): a product's, a service's or a sorting office's code and its brand or place, not a
 *   person ("Jean ROY" keeps its listed surname, "Dr. Weber MD" its cue and title). Longer runs are judged as they are
 *   ("Edith Parry MRN": a record's label after a full name).
 */

export interface RunWord {
  lower: string;
  cap: boolean;
  shout: boolean;
  initial: boolean;
  info: { strong: boolean; listedSurname: boolean };
}

const BRAND_SHAPE = /^\p{Lu}\p{Ll}{3,}\p{Lu}\p{Ll}/u;
/** Whether `word` is shaped like a camel-case brand token ("MoliCare"), not a surname with an inner capital ("FitzGerald"). */
export const brandShaped = (word: string): boolean => BRAND_SHAPE.test(word) && !word.startsWith('Fitz');

const listed = (t: RunWord): boolean => t.info.strong || t.info.listedSurname;

/** A word in capitals, then only mixed-case words no list knows: a brand and its product ("TENA Slip Maxi"). */
export function capsBrandHead(words: readonly RunWord[]): boolean {
  const head = words[0];
  // A surname in capitals before an unlisted given name ("BOSCO Ilir") is a listed surname.
  if (words.length < 2 || head === undefined || !head.shout || head.initial || head.info.listedSurname) return false;
  for (let i = 1; i < words.length; i++) {
    const t = words[i];
    if (t === undefined || t.shout || t.initial || !t.cap || listed(t)) return false;
  }
  return true;
}

// Post-nominal titles and generational suffixes in capitals: part of a person's name as written, no product code.
const POSTNOMINALS = new Set(
  'md do rn np pa dds dmd phd mba msc bsc ba ma llb llm qc kc mp mep jp mbe obe cbe kbe dbe frs cpa cfa esq jr sr ii iii iv vi vii viii ix xi xii dr'.split(' '),
);

/** A short code in capitals closing the run ("Paris SP", "Argo CD"), after a word in mixed case. */
export function trailingCode(words: readonly RunWord[]): boolean {
  const last = words.at(-1);
  if (words.length < 2 || last === undefined || !last.shout || last.initial || last.lower.length > 3 || listed(last) || POSTNOMINALS.has(last.lower)) return false;
  return words.some((t) => t.cap && !t.shout);
}
