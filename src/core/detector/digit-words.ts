/** The digit words of the six languages (and the separator and repeat words read with them), shared by spelled.ts (which reads them) and word-heads.ts (which finds them). */
// Digit words per language (en, de, fr, es, nl, it); adding a language is adding a row.
const DIGIT_WORDS: Readonly<Record<string, readonly (readonly string[])[]>> = {
  en: [['zero', 'oh', 'nought'], ['one'], ['two'], ['three'], ['four'], ['five'], ['six'], ['seven'], ['eight'], ['nine']],
  de: [['null'], ['eins', 'ein'], ['zwei', 'zwo'], ['drei'], ['vier'], ['fünf', 'fuenf'], ['sechs'], ['sieben'], ['acht'], ['neun']],
  fr: [['zéro', 'zero'], ['un', 'une'], ['deux'], ['trois'], ['quatre'], ['cinq'], ['six'], ['sept'], ['huit'], ['neuf']],
  es: [['cero'], ['uno', 'una'], ['dos'], ['tres'], ['cuatro'], ['cinco'], ['seis'], ['siete'], ['ocho'], ['nueve']],
  nl: [['nul'], ['een', 'één'], ['twee'], ['drie'], ['vier'], ['vijf'], ['zes'], ['zeven'], ['acht'], ['negen']],
  it: [['zero'], ['uno'], ['due'], ['tre'], ['quattro'], ['cinque'], ['sei'], ['sette'], ['otto'], ['nove']],
};

// Words read out inside a number, per language: a separator said aloud ("five five five dash ...") and a repeat
// ("double four" = 44, "doble cero", "doppio sette").
const SEPARATOR_WORDS: Readonly<Record<string, readonly string[]>> = {
  en: ['dash', 'hyphen'],
  de: ['strich', 'bindestrich'],
  fr: ['tiret'],
  es: ['guion', 'guión'],
  nl: ['streepje'],
  it: ['trattino'],
};
const REPEAT_WORDS: Readonly<Record<string, readonly (readonly [string, number])[]>> = {
  en: [['double', 2], ['triple', 3]],
  de: [],
  fr: [['double', 2], ['triple', 3]],
  es: [['doble', 2], ['triple', 3]],
  nl: [['dubbel', 2]],
  it: [['doppio', 2], ['triplo', 3]],
};

/** Each digit word (lower case) and the digit it stands for. */
export const VALUE = new Map<string, string>();
for (const rows of Object.values(DIGIT_WORDS)) rows.forEach((words, d) => words.forEach((w) => VALUE.set(w, String(d))));
/** The separator words (lower case). */
export const SEPARATOR: ReadonlySet<string> = new Set(Object.values(SEPARATOR_WORDS).flat());
/** The repeat words (lower case) and how many times each says the next digit. */
export const REPEAT: ReadonlyMap<string, number> = new Map(Object.values(REPEAT_WORDS).flat());

/** The words (digits, separators, repeats), longest first (so an alternation takes the longest that fits). */
export const WORDS = [...new Set([...VALUE.keys(), ...SEPARATOR, ...REPEAT.keys()])].sort((a, b) => b.length - a.length);
const esc = (w: string): string => w.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
/** The words starting with an ASCII letter, as an alternation: at an ASCII word start, `\b(?:...)(?![a-z])` (flags gi) finds them. */
export const ASCII_FIRST_SOURCE = WORDS.filter((w) => w.charCodeAt(0) < 128).map(esc).join('|');
/** The words starting with another letter (één), as an alternation ('(?!)' when there are none). */
export const NON_ASCII_FIRST_SOURCE = WORDS.filter((w) => w.charCodeAt(0) >= 128).map(esc).join('|') || '(?!)';
