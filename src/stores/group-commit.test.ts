import { describe, expect, it } from 'vitest';
import { groupCommit } from './group-commit.js';

describe('groupCommit', () => {
  it('writes the first item alone and everything submitted meanwhile as one batch', async () => {
    const writes: number[][] = [];
    const gc = groupCommit<number>(async (xs) => {
      writes.push([...xs]);
      await new Promise((r) => setTimeout(r, 5));
    });
    await Promise.all([1, 2, 3, 4].map((x) => gc.submit(x)));
    expect(writes).toEqual([[1], [2, 3, 4]]);
  });

  it('retries a failed batch item by item so only the bad item is rejected', async () => {
    const written: number[] = [];
    const gc = groupCommit<number>(async (xs) => {
      await Promise.resolve();
      if (xs.includes(3)) throw new Error('bad 3');
      written.push(...xs);
    });
    const results = await Promise.allSettled([1, 2, 3, 4].map((x) => gc.submit(x)));
    expect(results.map((r) => r.status)).toEqual(['fulfilled', 'fulfilled', 'rejected', 'fulfilled']);
    expect(written.sort()).toEqual([1, 2, 4]);
  });

  it('caps the batch size', async () => {
    const sizes: number[] = [];
    const gc = groupCommit<number>(
      async (xs) => {
        sizes.push(xs.length);
        await Promise.resolve();
      },
      { maxBatch: 2 },
    );
    await Promise.all([1, 2, 3, 4, 5].map((x) => gc.submit(x)));
    expect(sizes).toEqual([1, 2, 2]);
    await gc.drain();
  });
});
