// Records of the past (past-records.ts): the people and abodes of a parish register, a census or a passenger list whose
// years are all before any living person's birth. Texts of our own, none from a held-out set; each with a genealogy
// request about the living in the same shape that stays found.
import { describe, expect, it } from 'vitest';
import { detect } from './detect.js';

const found = (text: string, entity: string): string[] => detect(text).filter((f) => f.entity === entity).map((f) => text.slice(f.start, f.end));
const personal = (text: string): string[] => detect(text).filter((f) => f.score >= 0.5).map((f) => `${f.entity}:${text.slice(f.start, f.end)}`);

describe('a record of the past names the long dead', () => {
  it.each([
    ['en', 'Help me read this 1861 census line: 22 Mill Lane, Bolton | Samuel Greenhalgh | Head | 51 | Cotton spinner\n | Esther Greenhalgh | Wife | 47'],
    ['de', 'Im Taufbuch von Gießen steht: „Den 3ten Juny 1791 ist Conrad Philipp Weißbecker, Schreiner, ein Töchterlein getauft worden.“ Was heißt das?'],
    ['fr', "Sur la liste des passagers du Havre en 1848 : « Joseph Kieffer, 29 ans, cultivateur, et Barbara Weissenburger ». Où chercher la suite ?"],
    ['es', 'En el libro de bautismos de 1798 de Toledo: «bauticé a Manuela, hija de Tomás Villaseñor y de Josefa Carrasco». ¿Qué archivo lo guarda?'],
    ['nl', "In het doopboek van Zwolle, 14 maart 1763: 'gedoopt Hendrik, zoon van Gerrit Jansen Brinkman en Aaltje Lubberts'. Wat betekent Jansen hier?"],
    ['it', "Nello stato delle anime di Lucca del 1827 c'è «Pellegrini Domenico, calzolaio, anni 44, moglie Assunta Bertolucci». Come lo leggo?"],
  ])('%s: nothing personal in the record', (_lang, text) => {
    expect(personal(text)).toEqual([]);
  });

  it.each([
    // A living relative's birth year beside the old record.
    ['a year from 1900 on', 'Help me read this 1861 census line: Samuel Greenhalgh | Head | 51. Margaret Greenhalgh, born 1958, has the original.'],
    // A DNA match's request names the living.
    ['a DNA match', 'Im Taufbuch von 1791 steht Conrad Philipp Weißbecker. Der DNA-Treffer Sabine Weißbecker teilt 410 cM mit mir.'],
    // A contact: the writer's living correspondent.
    ['an e-mail', 'Sur la liste des passagers de 1848 figure Joseph Kieffer ; écrivez à Mireille Kieffer, mireille.kieffer@orange.fr, pour la suite.'],
  ])('%s keeps the names', (_why, text) => {
    expect(found(text, 'PERSON').length).toBeGreaterThan(0);
  });

  it('a name right after a first-person possessive stays', () => {
    const text = 'In het doopboek van 1763 staat mijn betovergrootvader Hendrik Brinkman. Wat betekent gedoopt?';
    expect(found(text, 'PERSON')).toContain('Hendrik Brinkman');
  });
  it('a postcode is no old year: a boat christened today beside a member’s address', () => {
    const text = 'Nieuwsbrief: de nieuwe C4 is gedoopt op zaterdag. Beterschap aan Pieter-Jan Schouten, kaartjes naar Prinsengracht 212-3, 1016 HG Amsterdam.';
    expect(found(text, 'STREET_ADDRESS').length).toBeGreaterThan(0);
  });
  it('an old year without a record word keeps the names: a house built in 1850 has a living owner', () => {
    const text = 'The farmhouse at 22 Mill Lane, Bolton dates from 1850; the owner Samuel Greenhalgh wants a new roof.';
    expect(found(text, 'PERSON')).toContain('Samuel Greenhalgh');
    expect(found(text, 'STREET_ADDRESS').length).toBeGreaterThan(0);
  });
});
