// A paper's author block (author-blocks.ts, person-context.ts, public-addresses.ts): texts of our own. Each "dropped"
// case names published authors and their institutions' addresses; each "kept" case puts a private person's name or
// address in the same layout.
import { describe, expect, it } from 'vitest';
import { authorBlock } from './author-blocks.js';
import { detect } from './detect.js';

const all = (text: string): string[] => detect(text).filter((f) => f.score >= 0.5).map((f) => `${f.entity}:${text.slice(f.start, f.end)}`);
const found = (text: string, entity: string): string[] => detect(text).filter((f) => f.entity === entity && f.score >= 0.5).map((f) => text.slice(f.start, f.end));

describe("a paper's author block", () => {
  it.each([
    ['en bracketed marks', 'Typeset the byline:\nH. Lindgren(1), P. Mbeki(2), J. Carter(1)\n(1) Wellcome Sanger Institute, Wellcome Genome Campus, Hinxton CB10 1SA, UK\n(2) Department of Chemistry, 12 Mansfield Road, Oxford OX1 3TA, UK'],
    ['de superscript marks', 'Bitte formatieren:\nK. Hoffmann¹, E. Yilmaz², R. Becker¹\n¹ Fraunhofer-Institut für Lasertechnik, Steinbachstraße 15, 52074 Aachen\n² Lehrstuhl für Physik, Staudtstraße 7, 91058 Erlangen'],
    ['fr bracketed marks', 'Mets en forme :\nA. Lefèvre(1), N. Diallo(2), G. Perrin(1)\n(1) Laboratoire de Physique, 24 rue Lhomond, 75005 Paris\n(2) Institut Curie, 26 rue d’Ulm, 75005 Paris'],
    ['es glued marks', 'Formatea los autores:\nM. Ortega1, P. Nwosu2, C. Ruiz1,2\n1 Instituto de Física Teórica, Calle Nicolás Cabrera 13, 28049 Madrid\n2 Departamento de Química, Avenida Diagonal 645, 08028 Barcelona'],
    ['nl bracketed marks', 'Zet dit auteursblok goed:\nH. Visser(1), A. Osei(2), M. Jansen(1)\n(1) Nederlands Instituut voor Neurowetenschappen, Meibergdreef 47, 1105 BA Amsterdam\n(2) Faculteit der Geowetenschappen, Princetonlaan 8, 3584 CB Utrecht'],
    ['it square-bracket marks', 'Sistema il blocco autori:\nG. Ferri[1], L. Mbaye[2], P. Conti[1]\n[1] Dipartimento di Fisica, Via Celoria 16, 20133 Milano\n[2] Istituto Nazionale di Astrofisica, Via del Parco Mellini 84, 00136 Roma'],
  ])('%s: nothing is reported', (_name, text) => {
    expect(all(text)).toEqual([]);
  });

  it('reads the author line and the affiliation lines', () => {
    const text = 'H. Visser(1), A. Osei(2)\n(1) Instituut, Meibergdreef 47\n(2) Faculteit, Princetonlaan 8\n(3) Lindenlaan 4';
    const block = authorBlock(text);
    expect(block.authors).toEqual([0, 24]);
    expect(block.affiliations.length).toBe(4);
  });

  it.each([
    ['en participants with footnoted home addresses', 'Consent list:\nMaria Hughes(1), Tom Fielding(2)\n(1) 14 Birch Close, Norwich NR4 7TJ\n(2) 3 Elm Row, Norwich NR2 1AB', 'STREET_ADDRESS'],
    ['de a researcher’s private address on a marked line', 'Autorenblock:\nK. Hoffmann¹, E. Yilmaz²\n¹ Fraunhofer-Institut für Lasertechnik, Aachen\n² Privatanschrift: Lindenweg 3, 50667 Köln', 'STREET_ADDRESS'],
    ['fr a patient named below the author block', 'Cas clinique :\nA. Lefèvre(1), N. Diallo(2)\n(1) Laboratoire de Physique, Paris\n(2) Institut Curie, Paris\nLa patiente, Mme Claire Morel, demeurant 12 rue des Lilas, 35000 Rennes', 'STREET_ADDRESS'],
    ['es participants numbered with no research body', 'Participantes:\nLucía Ferrer(1), Raúl Medina(2)\n(1) Calle Mayor 12, 28013 Madrid\n(2) Calle Toledo 8, 28005 Madrid', 'STREET_ADDRESS'],
    ['nl a study participant after the byline', 'Casus:\nH. Visser(1), A. Osei(2)\n(1) Nederlands Instituut voor Neurowetenschappen\n(2) Faculteit der Geowetenschappen\nDeelnemer 4: Sanne de Wit, woonachtig Lindenlaan 4, 3581 AB Utrecht', 'STREET_ADDRESS'],
    ['it a single name with a mark is no block', 'Paziente: Marco Neri(1)\n(1) Istituto Clinico, reparto 3; abita in via Verdi 8, 56100 Pisa', 'STREET_ADDRESS'],
  ])('%s: the private value is found', (_name, text, entity) => {
    expect(found(text, entity)).not.toEqual([]);
  });

  it('keeps a participant named in a text with an author block', () => {
    const text = 'Fallbericht:\nK. Hoffmann¹, E. Yilmaz²\n¹ Fraunhofer-Institut für Lasertechnik\n² Lehrstuhl für Physik\nDie Probandin Anna Schreiber, geboren am 14.03.1961, wohnt Lindenweg 3, 50667 Köln.';
    expect(found(text, 'PERSON').some((n) => n.includes('Anna Schreiber'))).toBe(true);
    expect(found(text, 'STREET_ADDRESS')).not.toEqual([]);
  });
});

// A research institute's or laboratory's address named by its noun (data/public-venues.ts), with no author block.
describe("a research institute's address", () => {
  it.each([
    ['en', 'The workshop moves to the Francis Crick Institute, 1 Midland Road, London NW1 1AT.'],
    ['de', 'Das Symposium findet im Max-Planck-Institut für Biochemie, Am Klopferspitz 18, 82152 Martinsried statt.'],
    ['fr', 'Séminaire au Laboratoire de Physique, 24 rue Lhomond, 75005 Paris.'],
    ['es', 'El seminario será en el Laboratorio de Física Nuclear, Calle Dr. Moliner 50, 46100 Burjassot.'],
    ['nl', 'Het symposium is in het Nederlands Kanker Instituut, Plesmanlaan 121, 1066 CX Amsterdam.'],
    ['it', "Il convegno si tiene all'Istituto Nazionale di Fisica Nucleare, Via Enrico Fermi 54, 00044 Frascati."],
  ])('%s: nothing is reported', (_lang, text) => {
    expect(all(text)).toEqual([]);
  });

  it.each([
    ['en', 'Send the parcel to my flat, 4 Birch Close, Cambridge CB2 1TN, not to the Institute.'],
    ['de', 'Privatadresse von Dr. Anna Schreiber (nicht das Institut): Lindenweg 3, 50667 Köln'],
    ['fr', 'Notre doctorant habite 12 rue des Lilas, 75005 Paris, près du Laboratoire de Physique.'],
    ['es', 'La investigadora del Laboratorio de Física vive en Calle Mayor 12, 28013 Madrid.'],
    ['nl', 'Onze promovendus woont naast het Hubrecht Instituut, op Lindenlaan 4, 3581 AB Utrecht.'],
    ['it', "La dottoranda dell'Istituto di Fisica abita in via Verdi 8, 56100 Pisa."],
  ])('%s: a researcher’s home address is found', (_lang, text) => {
    expect(found(text, 'STREET_ADDRESS')).not.toEqual([]);
  });
});
