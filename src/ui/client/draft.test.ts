import { describe, expect, it } from 'vitest';
import { fromInput, getAt, newWorkload, parsePath, setAt, toInput, type Draft } from './draft.js';

describe('draft paths', () => {
  it('parses the paths zod issues use', () => {
    expect(parsePath('workloads[1].latency.ttftMs')).toEqual(['workloads', 1, 'latency', 'ttftMs']);
    expect(parsePath('team.name')).toEqual(['team', 'name']);
  });

  it('sets nested values, creating objects, and reads them back', () => {
    const d: Draft = { workloads: [{ name: 'a' }] };
    setAt(d, 'workloads[0].latency.ttftMs', 500);
    expect(getAt(d, 'workloads[0].latency.ttftMs')).toBe(500);
    expect(d).toEqual({ workloads: [{ name: 'a', latency: { ttftMs: 500 } }] });
  });

  it('deletes on undefined and prunes emptied objects', () => {
    const d: Draft = { workloads: [{ name: 'a', latency: { ttftMs: 500 } }] };
    setAt(d, 'workloads[0].latency.ttftMs', undefined);
    expect(d).toEqual({ workloads: [{ name: 'a' }] });
    setAt(d, 'team.region', undefined);
    expect(d).toEqual({ workloads: [{ name: 'a' }] });
  });
});

describe('form values', () => {
  it('keeps unparseable numbers as text so validation names them', () => {
    expect(fromInput('number', ' 12.5 ')).toBe(12.5);
    expect(fromInput('number', 'lots')).toBe('lots');
    expect(fromInput('number', '')).toBeUndefined();
    expect(fromInput('numbers', '1, 2 3')).toEqual([1, 2, 3]);
    expect(toInput([1, 2])).toBe('1, 2');
    expect(toInput(undefined)).toBe('');
  });

  it('names new workloads uniquely', () => {
    expect(newWorkload([{ name: 'workload-2' }]).name).toBe('workload-3');
    expect(newWorkload([{ name: 'x' }, { name: 'workload-3' }]).name).toBe('workload-4');
  });
});
