// A two-word run of the name lists that ends in a nation after a word that is no given name: a public body's or a title's
// name ("Student Finance England", "Enterprise Ireland"), no person (places.ts nationNamed). Texts of our own in the kind of
// held-out set 91 (universities), none copied from a set.
import { describe, expect, it } from 'vitest';
import { detect } from './detect.js';

const persons = (text: string): string[] => detect(text).filter((f) => f.entity === 'PERSON').map((f) => text.slice(f.start, f.end));

describe('a body or a title named after a nation is no person', () => {
  it.each([
    ['en', 'Is the Student Finance England helpline still open on Saturdays after a change of circumstances?'],
    ['en: another body', 'Did Historic England list the old library building, and can students still use it?'],
    ['de', 'Ist das Büro von Student Finance Wales auch für Erasmus-Studierende zuständig?'],
    ['fr', 'Le guichet de Student Awards Scotland répond-il aux étudiants étrangers ?'],
    ['es', '¿La ayuda de Enterprise Ireland cubre a estudiantes de doctorado?'],
    ['nl', 'Heeft Student Finance England een aparte lijn voor Nederlandse studenten?'],
    ['it', "Il bando di Research Scotland vale anche per dottorandi italiani?"],
  ])('%s', (_, text) => {
    expect(persons(text).filter((p) => /England|Wales|Scotland|Ireland/u.test(p))).toEqual([]);
  });
});

describe('a person whose surname is a nation stays a person', () => {
  it.each([
    ['en', 'Please write to Harry England about his late tuition fee.', 'Harry England'],
    ['en', 'Margaret Wales from the first floor asked for a parking permit.', 'Margaret Wales'],
  ])('%s', (_, text, name) => {
    expect(persons(text)).toContain(name);
  });
});
