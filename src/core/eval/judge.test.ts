import { describe, expect, it } from 'vitest';
import { combinePair, pairwiseRequest, parsePreference, parseScore, scoreRequest } from './judge.js';
import type { Prompt } from './parse-suite.js';

const prompt: Prompt = { id: 'p', messages: [{ role: 'user', content: 'Max dose?' }], checks: [], reference: '4000 mg', rubric: 'Correct and safe.', tags: [] };

describe('judge requests', () => {
  it('carry the rubric, the conversation, the reference and the answer(s)', () => {
    const [, user] = scoreRequest(prompt, { text: '4000 mg', toolCalls: [] });
    expect(user!.content).toContain('<rubric>\nCorrect and safe.\n</rubric>');
    expect(user!.content).toContain('USER: Max dose?');
    expect(user!.content).toContain('<reference_answer>\n4000 mg\n</reference_answer>');
    const [, pair] = pairwiseRequest(prompt, { text: 'one', toolCalls: [] }, { text: 'two', toolCalls: [] });
    expect(pair!.content).toMatch(/<answer_a>\none\n<\/answer_a>\n\n<answer_b>\ntwo\n<\/answer_b>$/);
  });
});

describe('reading the judge', () => {
  it('reads JSON, fenced JSON, or a bare "score: n"; refuses out-of-range or missing grades', () => {
    expect(parseScore('{"score": 8, "reason": "ok"}')).toBe(8);
    expect(parseScore('```json\n{"score": 7}\n```')).toBe(7);
    expect(parseScore('I think... Score: 6/10')).toBe(6);
    expect(parseScore('{"score": 11}')).toBeNull();
    expect(parseScore('great answer')).toBeNull();
    expect(parsePreference('{"winner": "b"}')).toBe('B');
    expect(parsePreference('Winner: tie')).toBe('tie');
    expect(parsePreference('both fine')).toBeNull();
  });

  it('position swapping cancels a judge that always prefers the first answer', () => {
    // Candidate first -> "A" (candidate); baseline first -> "A" (baseline): a tie overall.
    expect(combinePair('A', 'A')).toBe(0.5);
    expect(combinePair('A', 'B')).toBe(1);
    expect(combinePair('B', 'A')).toBe(0);
    expect(combinePair('tie', 'B')).toBe(0.75);
  });
});
