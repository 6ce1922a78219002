import type { Normalized } from './normalize.js';

/**
 * Builds a rewritten text and its edit list (normalised position -> original span) in one pass; edits must come
 * in increasing, non-overlapping order. Shared by normalisation and the spelled-digit rewrite. The edit list grows in
 * typed arrays: text with tens of thousands of edits (a digit or separator evasion on every other character) would
 * otherwise spend most of its time growing large JS arrays. The text's pieces are joined once at the end: a text built
 * by `+=` is a tree of concatenations, and every one of the scanner's thirty-odd passes then reads it through that
 * tree (or its flattened copy) instead of one flat string.
 */
export class EditBuilder {
  private readonly parts: string[] = [];
  private length = 0;
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
    this.parts.push(this.text.slice(this.copied, start), value);
    this.length += start - this.copied;
    const k = this.count++;
    this.at[k] = this.length;
    this.len[k] = value.length;
    this.from[k] = start;
    this.to[k] = end;
    this.length += value.length;
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
    this.parts.push(this.text.slice(this.copied));
    return {
      text: this.parts.join(''),
      edits: { at: this.at.slice(0, n), len: this.len.slice(0, n), from: this.from.slice(0, n), to: this.to.slice(0, n), count: n },
    };
  }
}
