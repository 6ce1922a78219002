import { describe, expect, it } from 'vitest';
import { decodeState, encodeState } from './url-state.js';

describe('profile in the URL fragment', () => {
  it('round-trips a profile, non-ASCII text included, in URL-safe characters', () => {
    const profile = { team: { name: 'Clínica São Paulo — 東京' }, workloads: [{ name: 'notes', requestsPerDay: 1000 }] };
    const hash = encodeState(profile);
    expect(hash).toMatch(/^p=[A-Za-z0-9_-]+$/);
    expect(decodeState(`#${hash}`)).toEqual(profile);
  });

  it('ignores an empty, foreign or damaged fragment', () => {
    expect(decodeState('')).toBeNull();
    expect(decodeState('#w-notes')).toBeNull();
    expect(decodeState('#p=%%%')).toBeNull();
    expect(decodeState(`#${encodeState([1, 2])}`)).toBeNull();
  });
});
