import { allSameDigit, isCardNumber } from './checksums.js';
import { SPLIT_CARD_CUES } from './data/split-card-cues.js';
import type { Hit } from './hit.js';
import { CARD_CONTEXT, eachChain, TEST_CARDS } from './numbers.js';
import { digitRuns, type DigitRuns } from './runs.js';

/**
 * A card number read out in pieces with words between ("first half 5412 7534, second half 9821 0074", or the halves in
 * two content parts, which classify.ts joins at the seam): two or three digit chains, a short stretch of words apart,
 * whose concatenation is a Luhn-valid card number with an issuer prefix. Luhn alone passes one number in ten, so the
 * pieces must also be grouped as a card is (fours, the last one shorter) and the text must say card, or that the number
 * was given in pieces; unspaced blocks ("45001234 ... 98760074", order numbers) only with the latter. Each piece is
 * reported. Linear: each chain starts at most one bounded look-ahead of three chains.
 */

const escape = (w: string): string => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+');
// Stems: "Betrugssperre", "fraudeblokkade", "halves" start with a cue.
const SPLIT_CUE = new RegExp(`(?<!\\p{L})(?:${SPLIT_CARD_CUES.map(escape).join('|')})`, 'iu');
// The words before and between say what the numbers are: order, invoice, ticket and tracking numbers are not card halves.
const NUMBER_NOUNS =
  'order|invoice|ref(?!und)|ticket|tracking|booking|bestell|rechnung|auftrag|commande|facture|pedido|factura|bestelling|factuur|ordine|fattura|prenot|tel(?!l)|fax|hotline|téléphone|teléfono|rufnummer';
const OTHER_NUMBER = new RegExp(`(?<!\\p{L})(?:${NUMBER_NOUNS}|phone|ruf|call)`, 'iu');
// Just before the first piece only its own noun counts ("order 4534 5776"): "read it over the phone, first half" is a cue.
const OTHER_LEAD = new RegExp(`(?<!\\p{L})(?:${NUMBER_NOUNS})`, 'iu');
// Between the pieces: words, spaces and light punctuation; `+`, `@`, `/`, `=` and currency signs mean something else.
const GAP_BREAK = /[+@/=|<>{}[\]#€$£%]|\n\s*\n/;
const HAS_LETTER = /\p{L}/u;
const MAX_GAP = 40;
// How far before the first piece its own noun is looked for ("order 4534 5776").
const LEAD = 24;
const CUE_BEFORE = 120;
const CUE_AFTER = 120;

interface Chain {
  start: number;
  end: number;
  digits: string;
  sizes: number[];
}

const WORDY = /[\p{L}\d_+]/u;

// The chains of digit runs (numbers.ts's DIGIT_RUN matches) as their first and last run, in buffers reused from text
// to text; a chain's digits and group sizes are read only for the few that get as far as a Luhn test.
let firstRun = new Int32Array(256);
let lastRun = new Int32Array(256);

function chainsOf(text: string, runs: DigitRuns): number {
  let n = 0;
  eachChain(text, runs, (i, j) => {
    // A count among the words ("les 8 derniers chiffres") is one of the words, not a piece.
    if (i === j && (runs.end[i] ?? 0) - (runs.start[i] ?? 0) <= 2) return;
    if (n === firstRun.length) {
      const f = new Int32Array(2 * n);
      const l = new Int32Array(2 * n);
      f.set(firstRun);
      l.set(lastRun);
      firstRun = f;
      lastRun = l;
    }
    firstRun[n] = i;
    lastRun[n] = j;
    n++;
  });
  return n;
}

/** Chain c's digits and sizes. */
function chainAt(text: string, runs: DigitRuns, c: number): Chain {
  const i = firstRun[c] ?? 0;
  const j = lastRun[c] ?? 0;
  const sizes: number[] = [];
  let digits = '';
  for (let k = i; k <= j; k++) {
    const s = runs.start[k] ?? 0;
    const e = runs.end[k] ?? 0;
    sizes.push(e - s);
    digits += text.slice(s, e);
  }
  return { start: runs.start[i] ?? 0, end: runs.end[j] ?? 0, digits, sizes };
}

/** Digits in chain c (at most 20 counted). */
function digitCount(runs: DigitRuns, c: number): number {
  let n = 0;
  for (let k = firstRun[c] ?? 0; k <= (lastRun[c] ?? 0) && n <= 19; k++)
    n += (runs.end[k] ?? 0) - (runs.start[k] ?? 0);
  return n;
}

/** A piece stands alone: no letter, digit, `_` or `+` touches it, and no decimal mark or percent follows. */
function apart(text: string, c: Chain): boolean {
  if (c.start > 0 && WORDY.test(text.charAt(c.start - 1))) return false;
  const after = text.charAt(c.end);
  if (after !== '' && (WORDY.test(after) || after === '%' || after === '€')) return false;
  return !((after === '.' || after === ',') && /\d/.test(text.charAt(c.end + 1)));
}

/** The pieces' groups are a card's: all fours, the last at most four; `blocks` when each piece is one unspaced block. */
function grouping(pieces: readonly Chain[]): 'fours' | 'blocks' | undefined {
  const sizes = pieces.flatMap((p) => p.sizes);
  if (
    sizes.slice(0, -1).every((s) => s === 4) &&
    (sizes.at(-1) ?? 0) <= 4 &&
    pieces.every((p) => p.sizes.length >= 2)
  )
    return 'fours';
  if (pieces.every((p) => p.sizes.length === 1 && p.digits.length >= 4)) return 'blocks';
  return undefined;
}

export function scanSplitCards(text: string, out: Hit[]): void {
  const runs = digitRuns(text);
  if (runs.count < 2) return;
  const count = chainsOf(text, runs);
  let c = 0;
  while (c < count) {
    const used = splitAt(text, runs, count, c, out);
    c += used > 0 ? used : 1;
  }
}

/** Tries chains c, c+1 (, c+2) as one card; returns the number of chains used (0 when none). */
function splitAt(text: string, runs: DigitRuns, count: number, c: number, out: Hit[]): number {
  // Cheap tests first: digit counts and the gaps' lengths, read from the runs.
  let total = digitCount(runs, c);
  if (total < 4 || total > 15) return 0;
  let last = c;
  for (let k = c + 1; k < count && k <= c + 2; k++) {
    const gap = (runs.start[firstRun[k] ?? 0] ?? 0) - (runs.end[lastRun[k - 1] ?? 0] ?? 0);
    if (gap > MAX_GAP) break;
    total += digitCount(runs, k);
    if (total > 19) break;
    if (total >= 13) last = k;
  }
  if (last === c) return 0;
  const first = chainAt(text, runs, c);
  const pieces: Chain[] = [first];
  let digits = first.digits;
  for (let k = c + 1; k <= last; k++) {
    const next = chainAt(text, runs, k);
    pieces.push(next);
    digits += next.digits;
    // The checksum and issuer first (nine in ten fail), then the words around.
    if (digits.length < 13 || !isCardNumber(digits) || allSameDigit(digits) || TEST_CARDS.has(digits))
      continue;
    const shape = grouping(pieces);
    if (shape !== undefined && wordsFit(text, pieces, shape)) {
      for (const p of pieces)
        out.push({
          entity: 'CREDIT_CARD',
          dataClass: 'pci',
          start: p.start,
          end: p.end,
          score: 1,
          rule: 'card.split-halves',
        });
      return pieces.length;
    }
  }
  return 0;
}

/** The pieces stand alone with only a few plain words between them, no other number's noun, and a card or read-out cue. */
function wordsFit(text: string, pieces: readonly Chain[], shape: 'fours' | 'blocks'): boolean {
  const first = pieces[0];
  const last = pieces[pieces.length - 1];
  if (first === undefined || last === undefined || !pieces.every((p) => apart(text, p))) return false;
  if (OTHER_LEAD.test(text.slice(Math.max(0, first.start - LEAD), first.start))) return false;
  for (let k = 1; k < pieces.length; k++) {
    const gap = text.slice(pieces[k - 1]?.end ?? 0, pieces[k]?.start ?? 0);
    if (!HAS_LETTER.test(gap) || GAP_BREAK.test(gap) || OTHER_NUMBER.test(gap)) return false;
  }
  const around = text.slice(
    Math.max(0, first.start - CUE_BEFORE),
    Math.min(text.length, last.end + CUE_AFTER),
  );
  return SPLIT_CUE.test(around) || (shape === 'fours' && CARD_CONTEXT.test(around));
}
