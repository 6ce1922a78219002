/** The digit words of the six languages, shared by spelled.ts (which reads them) and word-heads.ts (which finds them). */
// Digit words per language (en, de, fr, es, nl, it); adding a language is adding a row.
const DIGIT_WORDS: Readonly<Record<string, readonly (readonly string[])[]>> = {
  en: [['zero', 'oh', 'nought'], ['one'], ['two'], ['three'], ['four'], ['five'], ['six'], ['seven'], ['eight'], ['nine']],
  de: [['null'], ['eins', 'ein'], ['zwei', 'zwo'], ['drei'], ['vier'], ['fünf', 'fuenf'], ['sechs'], ['sieben'], ['acht'], ['neun']],
  fr: [['zéro', 'zero'], ['un', 'une'], ['deux'], ['trois'], ['quatre'], ['cinq'], ['six'], ['sept'], ['huit'], ['neuf']],
  es: [['cero'], ['uno', 'una'], ['dos'], ['tres'], ['cuatro'], ['cinco'], ['seis'], ['siete'], ['ocho'], ['nueve']],
  nl: [['nul'], ['een', 'één'], ['twee'], ['drie'], ['vier'], ['vijf'], ['zes'], ['zeven'], ['acht'], ['negen']],
  it: [['zero'], ['uno'], ['due'], ['tre'], ['quattro'], ['cinque'], ['sei'], ['sette'], ['otto'], ['nove']],
};

/** Each digit word (lower case) and the digit it stands for. */
export const VALUE = new Map<string, string>();
for (const rows of Object.values(DIGIT_WORDS)) rows.forEach((words, d) => words.forEach((w) => VALUE.set(w, String(d))));

/** The words, longest first (so an alternation takes the longest that fits). */
export const WORDS = [...VALUE.keys()].sort((a, b) => b.length - a.length);
const esc = (w: string): string => w.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
/** The words starting with an ASCII letter, as an alternation: at an ASCII word start, `\b(?:...)(?![a-z])` (flags gi) finds them. */
export const ASCII_FIRST_SOURCE = WORDS.filter((w) => w.charCodeAt(0) < 128).map(esc).join('|');
/** The words starting with another letter (één), as an alternation ('(?!)' when there are none). */
export const NON_ASCII_FIRST_SOURCE = WORDS.filter((w) => w.charCodeAt(0) >= 128).map(esc).join('|') || '(?!)';
