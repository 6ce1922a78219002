import { describe, expect, it } from 'vitest';
import { localAlternative } from './local-alternative.js';
import { dnsLabel, workloadSlugs } from './names.js';
import { catalog, deployment } from './test-support/fixtures.js';

describe('names', () => {
  it('turns workload names into DNS-1123 labels', () => {
    expect(dnsLabel('Support_Chat.v2')).toBe('support-chat-v2');
    expect(dnsLabel('--x--')).toBe('x');
    expect(dnsLabel('_')).toBe('workload');
    expect(dnsLabel('1st-line')).toBe('w-1st-line');
    expect(dnsLabel('a'.repeat(80)).length).toBe(63);
  });

  it('keeps slugs unique when names differ only in case or punctuation', () => {
    expect([...workloadSlugs(['a_b', 'a-b', 'A.B']).values()]).toEqual(['a-b', 'a-b-2', 'a-b-3']);
  });
});

describe('localAlternative', () => {
  const model = (id: string) => catalog.openModels.find((m) => m.id === id)!;
  it('offers llama.cpp for a small model with at most 4 slots sharing the context', () => {
    const alt = localAlternative({ workload: 'w', model: model('llama-3.1-8b-instruct'), deployment: deployment({ maxConcurrencyPerReplica: 24 }), maxModelLen: 4096, port: 8000 });
    expect(alt && { parallel: alt.parallel, ctxSize: alt.ctxSize, memoryGb: alt.memoryGb }).toEqual({ parallel: 4, ctxSize: 16_384, memoryGb: 9 });
    expect(alt?.script).toContain('--ctx-size 16384 --parallel 4');
  });

  it('offers none for a 70B model served by vLLM', () => {
    expect(localAlternative({ workload: 'w', model: model('llama-3.1-70b-instruct'), deployment: deployment(), maxModelLen: 4096, port: 8000 })).toBeNull();
  });
});
