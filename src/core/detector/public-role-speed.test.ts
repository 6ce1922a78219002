// public-role.ts's gated cue tests give the answers of trying every cue pattern.
import { describe, expect, it } from 'vitest';
import { mulberry32 } from '../random/index.js';
import { PUBLIC_CUES } from './data/public-cues.js';
import { publicCue } from './public-role.js';

const CUES = [...new Set(Object.values(PUBLIC_CUES).flatMap((c) => [...c.madeBy, ...c.madeAfter, ...c.tally, ...c.placing]))];
const PIECES = [...CUES, ...CUES.map((w) => w.toUpperCase()), '"Wolf Hall" by', '« Le Horla » d’', 'Op. 21', 'BWV 1007', '9', '12', '(1999)', '?', '(', ')', ',', 'as', 'Hamlet as', 'as Hamlet', 'Anna', 'x', 'é', 'ſ', '\u212A', 'İ', '"Title"', '»', 'BY', 'Door', 'par', "d'", 'D’', 'Abby', 'xdoor', 'Vvon', '7e', '2nd', '?(', 'As'];
const SEPARATORS = [' ', '', '  ', '\n', '\u00A0', ', ', "'s "];

describe('public cues: gated as tried in full', () => {
  it('on random texts, around a name at every place', () => {
    const r = mulberry32(8);
    let cued = 0;
    for (let n = 0; n < 3000; n++) {
      let before = '';
      let after = '';
      for (let i = 0, k = Math.floor(r() * 5); i < k; i++) before += (PIECES[Math.floor(r() * PIECES.length)] ?? '') + (SEPARATORS[Math.floor(r() * SEPARATORS.length)] ?? '');
      for (let i = 0, k = Math.floor(r() * 5); i < k; i++) after += (SEPARATORS[Math.floor(r() * SEPARATORS.length)] ?? '') + (PIECES[Math.floor(r() * PIECES.length)] ?? '');
      const text = `${before}Anna Berg${after}`;
      const h = { entity: 'PERSON', rule: 'person.gazetteer', score: 0.6, start: before.length, end: before.length + 9, dataClass: 'pii' as const };
      const want = publicCue(text, h, true);
      expect(publicCue(text, h), JSON.stringify(text)).toBe(want);
      if (want) cued++;
    }
    expect(cued).toBeGreaterThan(300);
    expect(cued).toBeLessThan(2700);
  });

  it('each gated cue is still found', () => {
    const cued = (before: string, after: string): boolean => {
      const text = `${before}Anna Berg${after}`;
      const h = { entity: 'PERSON', rule: 'person.gazetteer', score: 0.6, start: before.length, end: before.length + 9, dataClass: 'pii' as const };
      expect(publicCue(text, h), text).toBe(publicCue(text, h, true));
      return publicCue(text, h);
    };
    expect(cued('"Wolf Hall" door ', ' is long')).toBe(true);
    expect(cued('"Wolf Hall" by ', '')).toBe(true);
    expect(cued('« Le Horla » D’', '')).toBe(true);
    expect(cued('Who wrote it? ( ', ')')).toBe(true);
    expect(cued('Results: ', ' 9th in the final')).toBe(true);
    expect(cued('In "Hamlet" (1996) ', ' as Hamlet')).toBe(true);
    expect(cued('We met ', ' at 9 in the final')).toBe(false);
  });
});
