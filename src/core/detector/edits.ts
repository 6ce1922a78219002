import type { Normalized } from './normalize.js';

/**
 * Builds a rewritten text and its edit list (normalised position -> original span) in one pass; edits must come
 * in increasing, non-overlapping order. Shared by normalisation and the spelled-digit rewrite.
 */
export class EditBuilder {
  private readonly parts: string[] = [];
  private readonly at: number[] = [];
  private readonly len: number[] = [];
  private readonly from: number[] = [];
  private readonly to: number[] = [];
  private copied = 0;
  private outLen = 0;

  constructor(private readonly text: string) {}

  /** Replaces original [start, end) with value. */
  edit(start: number, end: number, value: string): void {
    this.parts.push(this.text.slice(this.copied, start), value);
    this.outLen += start - this.copied;
    this.at.push(this.outLen);
    this.len.push(value.length);
    this.from.push(start);
    this.to.push(end);
    this.outLen += value.length;
    this.copied = end;
  }

  finish(): Normalized {
    if (this.at.length === 0) return { text: this.text, edits: null };
    this.parts.push(this.text.slice(this.copied));
    const i32 = (a: number[]): Int32Array => Int32Array.from(a);
    return { text: this.parts.join(''), edits: { at: i32(this.at), len: i32(this.len), from: i32(this.from), to: i32(this.to), count: this.at.length } };
  }
}
