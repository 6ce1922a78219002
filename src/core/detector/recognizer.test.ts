import { describe, expect, it } from 'vitest';
import { classifyWithRecognizer, type EntityRecognizer } from './recognizer.js';

const body = { messages: [{ role: 'user', content: 'please thank zyxx quorble for the flowers' }] };
// A stand-in for a model: tags the two unusual words as a person.
const fake: EntityRecognizer = { name: 'fake', recognize: (t) => (t.includes('zyxx quorble') ? [{ entity: 'PERSON', start: t.indexOf('zyxx'), end: t.indexOf('zyxx') + 12, score: 0.9 }] : []) };

describe('optional entity recogniser', () => {
  it('adds the recogniser findings with their path and recomputes the class', async () => {
    const c = await classifyWithRecognizer(body, fake);
    expect(c.dataClass).toBe('pii');
    expect(c.findings.map((f) => `${f.path}:${f.entity}:${f.rule}`)).toEqual(['messages[0].content:PERSON:ner.fake']);
  });

  it('honours minScore', async () => {
    const low: EntityRecognizer = { name: 'low', recognize: async () => Promise.resolve([{ entity: 'PERSON', start: 0, end: 4, score: 0.2 }]) };
    expect((await classifyWithRecognizer(body, low)).dataClass).toBe('none');
  });

  it('fails closed when the recogniser throws', async () => {
    const broken: EntityRecognizer = { name: 'broken', recognize: () => Promise.reject(new Error('model server down')) };
    const c = await classifyWithRecognizer(body, broken);
    expect(c.unclassifiable?.reason).toBe('internal-error');
    expect(c.dataClass).toBe('phi');
  });
});
