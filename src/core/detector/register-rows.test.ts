// Headerless rows of a register of people (register-rows.ts): crew lists and manifests typed by us, none from a
// held-out set; product, order and ship tables of the same shape stay clean.
import { describe, expect, it } from 'vitest';
import { detect } from './detect.js';

const rowFindings = (text: string): string[] =>
  detect(text)
    .filter((f) => f.rule.endsWith('.register-row'))
    .map((f) => `${f.entity} ${text.slice(f.start, f.end)}`);

describe('rows of a register of people without a header', () => {
  it.each([
    ['; and SURNAME, Given', 'lista de embarque:\n1;FERNÁNDEZ RUIZ, Carmen;Camarera;ESP;14/02/1978;PAH482913\n2;OKONKWO, Daniel;Marinero;NGA;02/11/1988;A50193827', ['PERSON FERNÁNDEZ RUIZ, Carmen', 'DATE_OF_BIRTH 14/02/1978', 'PASSPORT PAH482913', 'PERSON OKONKWO, Daniel', 'DATE_OF_BIRTH 02/11/1988', 'PASSPORT A50193827']],
    ['| and ISO dates', 'bemanning:\n1|DE VRIES, Pieter|Stuurman|NLD|1979-03-14|NW4K81P27', ['PERSON DE VRIES, Pieter', 'DATE_OF_BIRTH 1979-03-14', 'PASSPORT NW4K81P27']],
    ['; and SURNAME Given, nine digits', 'ruolo:\n1;RUSSO Giuseppe;Nostromo;ITA;09/09/1968;503118274', ['PERSON RUSSO Giuseppe', 'DATE_OF_BIRTH 09/09/1968', 'PASSPORT 503118274']],
    ['tabs', 'Crew\n2\tWEBER Thomas\tBootsmann\tDEU\t21.07.1983\tC4F7K2901', ['PERSON WEBER Thomas', 'DATE_OF_BIRTH 21.07.1983', 'PASSPORT C4F7K2901']],
    ['commas, the name over two cells', 'crew:\nBosun,MORALES,Maria,PHL,1986-04-30,P6620184C', ['PERSON MORALES,Maria', 'DATE_OF_BIRTH 1986-04-30', 'PASSPORT P6620184C']],
    ['Given SURNAME', 'Besatzung:\n1;Thomas WEBER;Bootsmann;DEU;21.07.1983;C4F7K2901', ['PERSON Thomas WEBER', 'DATE_OF_BIRTH 21.07.1983', 'PASSPORT C4F7K2901']],
    ['Surname, Given capitalised', 'liste :\n1;Lefèvre Martin, Camille;Hôtesse;FRA;02/02/1991;18AV52341', ['PERSON Lefèvre Martin, Camille', 'DATE_OF_BIRTH 02/02/1991', 'PASSPORT 18AV52341']],
    ['a nationality instead of a passport', 'liste des passagers :\n1;ROUSSEAU, Camille;FRA;02/02/1991', ['PERSON ROUSSEAU, Camille', 'DATE_OF_BIRTH 02/02/1991']],
    ['a given name not listed, with nationality and passport', 'crew:\n1;NGUYEN, Loc;Cook;VNM;11/06/1969;C1234567', ['PERSON NGUYEN, Loc', 'DATE_OF_BIRTH 11/06/1969', 'PASSPORT C1234567']],
    ['| with spaces and a month abbreviation', 'crew:\n1 | SANTOS, Rodel | Master | PHL | 21-AUG-1975 | P4827316B', ['PERSON SANTOS, Rodel', 'DATE_OF_BIRTH 21-AUG-1975', 'PASSPORT P4827316B']],
    ['; with surname and given names in two cells', 'crew:\n2;KOVALENKO;Andrii;C/O;UKR;30/01/1982;FX093472', ['PERSON KOVALENKO;Andrii', 'DATE_OF_BIRTH 30/01/1982', 'PASSPORT FX093472']],
  ])('finds the name, the birth date and the passport number (%s)', (_, text, want) => {
    expect(rowFindings(text)).toEqual(want);
  });

  it.each([
    ['an order table with a customer and a delivery date', 'Lieferungen:\n1;MÜLLER Hans;Paket;DEU;11/06/2025;ORD482913'],
    ['a product table', 'Artikel:\n1;Blue Widget;Stück;DEU;11/06/1999;PAF594561'],
    ['a ship table: name in capitals, build date, IMO number', 'Fleet:\n1;MAERSK KENDAL;Container;DNK;1998-05-01;9234567'],
    ['a ship named like a person, with its IMO number', 'Fleet:\n1;MSC Oscar;Container;PAN;2005-01-08;9703291'],
    ['a person row without a document number or a nationality', 'Mitglieder:\n1;WEBER Thomas;Kassenwart;Köln;21.07.1983;aktiv'],
    ['a given name not listed without a document number', 'crew:\n1;NGUYEN, Loc;Cook;VNM;11/06/1969;aktiv'],
    ['a given name not listed without a nationality', 'crew:\n1;NGUYEN, Loc;Cook;Hanoi;11/06/1969;C1234567'],
    ['a product row with a country of origin', 'Artikel:\n1;Stuhl Eiche;DEU;11/06/1999;ART-4411'],
    ['a month abbreviation of a recent year', 'Lieferung:\n1;WEBER;Thomas;Paket;DEU;21-AUG-2025;C4F7K2901'],
    ['a ship in two cells with its flag and no document', 'Fleet:\n1;MSC;Oscar;Container;PAN;2005-01-08;active'],
    ['a product code and a brand in capitals', 'Artikel:\n1;BOSCH;Professional;Bohrer;DEU;1998-01-01;ART-4411'],
  ])('leaves %s alone', (_, text) => {
    expect(rowFindings(text)).toEqual([]);
  });
});

describe('rows of a list typed with spaces, its columns named in the sentence before', () => {
  it.each([
    ['en name, passport, date', 'For the hotel (SURNAME, First names, passport no, DOB):\nOliver Hartley 534920117 03/04/2011', ['PERSON Oliver Hartley', 'PASSPORT 534920117', 'DATE_OF_BIRTH 03/04/2011']],
    ['fr with a bullet', 'Format (NOM, Prénom, passeport, naissance) :\n- Lucas Perrin 19AB48213 22/06/2010', ['PERSON Lucas Perrin', 'PASSPORT 19AB48213', 'DATE_OF_BIRTH 22/06/2010']],
    ['it particle, date first', 'Formato (COGNOME, Nome, nascita, passaporto):\nMatteo De Santis 11/02/2009 YA4418207', ['PERSON Matteo De Santis', 'DATE_OF_BIRTH 11/02/2009', 'PASSPORT YA4418207']],
  ])('reads %s', (_, text, want) => {
    expect(rowFindings(text)).toEqual(want);
  });

  it.each([
    ['a product line: no listed first name', 'Stock:\nBlue Widget 534920117 03/04/2011'],
    ['a recent date: no birth', 'Orders:\nOliver Hartley 534920117 03/04/2024'],
    ['more words on the line', 'Oliver Hartley paid 534920117 on 03/04/2011 for the order'],
  ])('leaves %s alone', (_, text) => {
    expect(rowFindings(text)).toEqual([]);
  });
});
