// public-role.ts's office and speech patterns read by the word lists' trees (phrase-trie.ts) give the patterns'
// answers: OFFICE_AFTER's test, SPEECH_AFTER's and ROLE_AFTER_SPEECH's group, on random texts after a name.
import { describe, expect, it } from 'vitest';
import { mulberry32 } from '../random/index.js';
import { PUBLIC_ROLE_WORDS } from './data/public-role-words.js';
import { officeAfterTest, roleAfterSpeech, speechAfter } from './public-role.js';

const words = (pick: (w: (typeof PUBLIC_ROLE_WORDS)['en']) => readonly string[]): string[] => [...new Set(Object.values(PUBLIC_ROLE_WORDS).flatMap(pick))];
const OFFICES = words((w) => w.office);
const LEADERS = words((w) => w.leader);
const SPEECH = words((w) => w.speech);
const OTHER = ['the', 'Ministry', 'of', 'Health', 'at', 'UKHSA', "l'", 'd’', 'x', 'é', 'ß', 'said', 'Anna', '2023', 'ſ', '\u212A', 'İ', 'λ', 'µ'];
const GLUE = [' ', ' ', ' ', '', '  ', '\n', '\u00A0', ', ', ',', ' (', ')', ' – ', '-', ' - ', '.', ';', "'", '’'];

function* texts(seed: number, n: number): Generator<string> {
  const r = mulberry32(seed);
  const pick = <T>(a: readonly T[]): T => a[Math.floor(r() * a.length)] as T;
  for (let i = 0; i < n; i++) {
    let s = pick([', ', ' (', ' – ', ' - ', ',', '  ,  ', ' ', '']);
    for (let k = 0, m = 1 + Math.floor(r() * 8); k < m; k++) {
      const roll = r();
      const w = roll < 0.25 ? pick(OFFICES) : roll < 0.4 ? pick(LEADERS) : roll < 0.65 ? pick(SPEECH) : pick(OTHER);
      s += (r() < 0.15 ? w.toUpperCase() : w) + pick(GLUE);
    }
    yield s;
  }
}

describe('public-role office and speech trees', () => {
  it('officeAfterTest, speechAfter and roleAfterSpeech equal their patterns on random texts', () => {
    let office = 0;
    let speech = 0;
    let role = 0;
    for (const s of texts(301, 20000)) {
      const o = officeAfterTest(s, true);
      expect(officeAfterTest(s), JSON.stringify(s)).toBe(o);
      const sp = speechAfter(s, true);
      expect(speechAfter(s), JSON.stringify(s)).toBe(sp);
      const ro = roleAfterSpeech(s, true);
      expect(roleAfterSpeech(s), JSON.stringify(s)).toBe(ro);
      if (o) office++;
      if (sp >= 0) speech++;
      if (ro >= 0) role++;
    }
    expect(office).toBeGreaterThan(1000);
    expect(speech).toBeGreaterThan(500);
    expect(role).toBeGreaterThan(300);
  });
});
