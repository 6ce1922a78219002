// public-role.ts's gated cue tests give the answers of trying every cue pattern.
import { describe, expect, it } from 'vitest';
import { mulberry32 } from '../random/index.js';
import { PUBLIC_CUES } from './data/public-cues.js';
import { PUBLIC_ROLE_WORDS } from './data/public-role-words.js';
import { officeCues, publicCue, twoTimes, twoTimesReference } from './public-role.js';

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

describe('office cues: gated by the office words index as tried in full', () => {
  const OFFICES = [...new Set(Object.values(PUBLIC_ROLE_WORDS).flatMap((w) => w.office))];
  const BITS = [...OFFICES, ...OFFICES.map((w) => w.toUpperCase()), 'of', 'the', 'de', 'für', 'Greater Manchester', 'A.', 'x', 'é', 'ſ', '\u212A', 'İ', 'Ω', 'abc', 'Berlin', '12:30', 'y'];
  const GLUE = [' ', '', ', ', ' (', ' – ', '-', ': ', '\n', '\u00A0', "'"];
  const pick = <T>(r: () => number, xs: readonly T[]): T => xs[Math.floor(r() * xs.length)] as T;

  it('on random texts, with the windows cutting words at either end', () => {
    const r = mulberry32(31);
    let found = 0;
    for (let n = 0; n < 4000; n++) {
      let before = '';
      let after = '';
      for (let i = 0, k = Math.floor(r() * 6); i < k; i++) before += pick(r, BITS) + pick(r, GLUE);
      for (let i = 0, k = Math.floor(r() * 6); i < k; i++) after += pick(r, GLUE) + pick(r, BITS);
      const text = `${before}Anna Berg${after}`;
      const h = { entity: 'PERSON', rule: 'person.gazetteer', score: 0.6, start: before.length, end: before.length + 9, dataClass: 'pii' as const };
      const want = officeCues(text, h, true);
      expect(officeCues(text, h), JSON.stringify(text)).toEqual(want);
      if (want.some((x) => x)) found++;
    }
    expect(found).toBeGreaterThan(400);
  });

  it('an office word in each of the six languages, before and after the name', () => {
    const at = (text: string, name: string): { entity: string; rule: string; score: number; start: number; end: number; dataClass: 'pii' } => {
      const start = text.indexOf(name);
      return { entity: 'PERSON', rule: 'person.gazetteer', score: 0.6, start, end: start + name.length, dataClass: 'pii' };
    };
    for (const [text, name, want] of [
      ['Yesterday the Finance Minister Maja Lindqvist said', 'Maja Lindqvist', [true, true, false]],
      ['Gestern sagte Bürgermeisterin Heike Sandmann', 'Heike Sandmann', [true, true, false]],
      ['Selon Corinne Vasseur, la maire de Lyon', 'Corinne Vasseur', [false, false, true]],
      ['Según el alcalde Tomás Ibarra, la obra', 'Tomás Ibarra', [true, true, false]],
      ['Volgens Pieter Hoekstra (burgemeester van Delft)', 'Pieter Hoekstra', [false, false, true]],
      ['Il sindaco Lorenzo Ferraresi ha detto', 'Lorenzo Ferraresi', [true, true, false]],
      ['My neighbour Maja Lindqvist said', 'Maja Lindqvist', [false, false, false]],
      // A word that only begins with an office word is none ("ministerium"), whether the window cuts it or not.
      ['Das Ministerium Heike Sandmann', 'Heike Sandmann', [false, false, false]],
    ] as const) {
      const h = at(text, name);
      expect(officeCues(text, h), text).toEqual(officeCues(text, h, true));
      expect(officeCues(text, h), text).toEqual(want);
    }
  });
});

describe('two clock times: from the digit runs as by the global scan', () => {
  it('on random texts of times, dates, numbers and words', () => {
    const pieces = ['9:30', '15h', '9h45', '14.00', '1.5', '123:45', '07:3', '12h30m', '2026', ':9:30', ',10:00', '.8h', '10h', '10hx', '10:00', 'Uhr', 'ora', 'h', ':', '.', '8', '88', '888', 'é', '\u00e9t\u00e9', '\u{1D400}'];
    const glue = [' ', '', '-', '\n', ', ', 'a'];
    const r = mulberry32(21);
    let two = 0;
    for (let n = 0; n < 4000; n++) {
      let text = '';
      for (let i = 0, k = 1 + Math.floor(r() * 7); i < k; i++) text += (pieces[Math.floor(r() * pieces.length)] ?? '') + (glue[Math.floor(r() * glue.length)] ?? '');
      const want = twoTimesReference(text);
      expect(twoTimes(text), JSON.stringify(text)).toBe(want);
      if (want) two++;
    }
    expect(two).toBeGreaterThan(500);
    expect(two).toBeLessThan(3500);
    expect(twoTimes('9:30 Vortrag, 11h Pause')).toBe(true);
    expect(twoTimes('9:30 Vortrag, 11h30m Pause, 123:45')).toBe(false);
  });
});
