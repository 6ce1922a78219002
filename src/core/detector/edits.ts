import type { Normalized } from './normalize.js';

/**
 * Builds a rewritten text and its edit list (normalised position -> original span) in one pass; edits must come
 * in increasing, non-overlapping order. Shared by normalisation and the spelled-digit rewrite. The edit list grows in
 * typed arrays and the text by concatenation: text with tens of thousands of edits (a digit or separator evasion on
 * every other character) would otherwise spend most of its time growing large JS arrays (a list of the text's pieces
 * too: pushing tens of thousands of pieces costs several times the concatenation).
 */
export class EditBuilder {
  private out = '';
  private at = new Int32Array(16);
  private len = new Int32Array(16);
  private from = new Int32Array(16);
  private to = new Int32Array(16);
  private count = 0;
  private copied = 0;

  constructor(private readonly text: string) {}

  /** Replaces original [start, end) with value. */
  edit(start: number, end: number, value: string): void {
    if (this.count === this.at.length) this.grow();
    this.out += this.text.slice(this.copied, start);
    const k = this.count++;
    this.at[k] = this.out.length;
    this.len[k] = value.length;
    this.from[k] = start;
    this.to[k] = end;
    this.out += value;
    this.copied = end;
  }

  private grow(): void {
    const twice = (a: Int32Array<ArrayBuffer>): Int32Array<ArrayBuffer> => {
      const b = new Int32Array(a.length * 2);
      b.set(a);
      return b;
    };
    this.at = twice(this.at);
    this.len = twice(this.len);
    this.from = twice(this.from);
    this.to = twice(this.to);
  }

  finish(): Normalized {
    if (this.count === 0) return { text: this.text, edits: null };
    const n = this.count;
    return {
      text: flatString(this.out + this.text.slice(this.copied)),
      edits: { at: this.at.slice(0, n), len: this.len.slice(0, n), from: this.from.slice(0, n), to: this.to.slice(0, n), count: n },
    };
  }
}

/**
 * `s` as one flat string. A string built by `+=` is a tree of concatenations (and, once read, a wrapper around its
 * flattened copy); the thirty-odd passes that read a scanned text are measurably quicker on a plain flat string. A join
 * of two non-empty parts writes both into a new flat string (a join with an empty part may return the other part as
 * it is). One copy of the text; a list of pieces joined at the end costs several times more once it holds tens of
 * thousands of pieces (an evasion on every other character).
 */
export function flatString(s: string): string {
  return s.length < 2 ? s : [s.slice(0, 1), s.slice(1)].join('');
}
