import { describe, expect, it } from 'vitest';
import { detect } from './detect.js';

describe('a claim or case numbered within its year is a file reference, no member id or device serial', () => {
  const ids = (text: string): string[] => detect(text).filter((f) => f.entity === 'HEALTH_PLAN_ID' || f.entity === 'DEVICE_SERIAL').map((f) => text.slice(f.start, f.end));
  it.each([
    ['en', 'Any update on claim CLM-2025-318842? The customer called twice.'],
    ['es', '¿En qué estado está el siniestro SN-2026-418830?'],
    ['de', 'Wie ist der Stand bei Schadenfall SN-2026-550173?'],
    ['fr', 'Où en est le sinistre SN-2025-771204 ?'],
    ['nl', 'Wat is de status van schadedossier SN-2026-228815?'],
    ['it', 'A che punto è il sinistro SN-2026-903317?'],
  ])('%s', (_lang, text) => {
    expect(ids(text)).toEqual([]);
  });
  it('member ids and serials of other shapes stay', () => {
    expect(ids('member id 88213377')).toEqual(['88213377']);
    expect(ids('serial number SN-4F8K2P91')).toEqual(['SN-4F8K2P91']);
    expect(ids('S/N: 2019-4471')).toEqual(['2019-4471']);
  });
});
