// Lone record values a service desk pastes: a birth date given as one ("gave 12-03-1961 as date of birth"), a young
// driver's birth for a quote, a licence number asked about before its word, a passport after a German nationality, a
// list typed with spaced slashes or commas (context-ids.ts, birth-evidence.ts, register-rows.ts). Texts of our own, none
// from a held-out set.
import { describe, expect, it } from 'vitest';
import { classify } from './classify.js';
import { detect } from './detect.js';

const ask = (text: string): ReturnType<typeof classify> => classify({ messages: [{ role: 'user', content: text }] });
const entities = (text: string): string[] => ask(text).findings.map((f) => f.entity);
const found = (text: string, entity: string): string[] => detect(text).filter((f) => f.entity === entity).map((f) => text.slice(f.start, f.end));

describe('a date in digits given as the birth date, the label after it or a few words before it', () => {
  it.each([
    ['en', 'The member gave 14/02/1972 as her date of birth but the card says otherwise. What next?', '14/02/1972'],
    ['en', 'DOB in the system is 03/11/1958 and the caller insists on 11/03/1958. Fraud?', '03/11/1958'],
    ['de', 'Die Kundin hat 03.11.1958 als Geburtsdatum angegeben, im Vertrag steht etwas anderes.', '03.11.1958'],
    ['fr', "L'adhérent indique 14/02/1972 comme date de naissance, le RIB dit autre chose.", '14/02/1972'],
    ['es', 'El socio dio 14/02/1972 como fecha de nacimiento y no coincide. ¿Qué hago?', '14/02/1972'],
    ['nl', 'Mevrouw noemde 14-02-1972 als geboortedatum, maar in het dossier staat iets anders.', '14-02-1972'],
    ['it', 'Il chiamante ha indicato 14/02/1972 come data di nascita: come verifico?', '14/02/1972'],
  ])('%s: the date is found and the request stays flagged', (_, text, date) => {
    expect(found(text, 'DATE_OF_BIRTH')).toContain(date);
    expect(ask(text).dataClass).toBe('pii');
  });

  it.each([
    ['en, a field explained', 'Enter the date of birth as DD/MM/YYYY, for example as shown on the form.'],
    ['de, a format', 'Das Geburtsdatum bitte als TT.MM.JJJJ eingeben.'],
    ['en, a date in words of a figure', 'Encyclopedias give 4 July 1902 as his date of birth, others 1903.'],
  ])('%s: no birth date of anyone: the request is clean', (_, text) => {
    expect(ask(text).dataClass).toBe('none');
  });
});

describe("a young or named driver's birth date for an insurance quote", () => {
  it.each([
    ['en', 'Young driver born 02/05/2007, passed in October, Fiesta 1.0. What excess should we quote?'],
    ['de', 'Fahranfänger, geboren am 02.05.2007, Führerschein seit Oktober. Welcher Zuschlag gilt?'],
    ['fr', 'Conductrice principale née le 02/05/2007, permis obtenu en octobre. Quelle prime ?'],
    ['es', 'Conductora novel nacida el 02/05/2007, carnet desde octubre. ¿Qué recargo?'],
    ['nl', 'Beginnende bestuurder geboren op 02-05-2007, rijbewijs sinds oktober. Welke premie?'],
    ['it', 'Neopatentato nato il 02/05/2007, patente da ottobre. Che premio applico?'],
  ])('%s: the request stays flagged', (_, text) => {
    expect(ask(text).dataClass).toBe('pii');
  });

  it.each([
    ['en, a racing driver', 'Max Verstappen was born on 30 September 1997 in Hasselt and won four world titles.'],
  ])('%s: a public figure: the request is clean', (_, text) => {
    expect(ask(text).dataClass).toBe('none');
  });
});

describe('a driving licence number asked about or given before its word', () => {
  it.each([
    ['en', 'Is MORLE804127AB9XY a valid driving licence number? The hirer is at the desk.', 'MORLE804127AB9XY'],
    ['de', 'Ist K07299ZAB41 eine gültige Führerscheinnummer? Der Kunde steht am Schalter.', 'K07299ZAB41'],
    ['nl', 'Klopt 4928103746 als rijbewijsnummer van de huurder?', '4928103746'],
    ['es', 'Tengo 48213377K como carnet de conducir del cliente, ¿formato correcto?', '48213377K'],
    ['it', 'AB1234567C è il formato giusto per la patente di guida del cliente?', 'AB1234567C'],
  ])('%s: the number is a licence', (_, text, value) => {
    expect(found(text, 'DRIVER_LICENSE')).toContain(value);
  });

  it.each([
    ['en, a software key', 'Is ABCD12345678 a valid license key for the trial?'],
    ['en, a permit', 'Is 20261234 the right format for a parking permit number?'],
    ['en, no format word', 'Order 48213377 ships with the driving licence holder.'],
  ])('%s: no driving licence', (_, text) => {
    expect(entities(text)).not.toContain('DRIVER_LICENSE');
  });
});

describe('a passport after a German nationality adjective', () => {
  it.each([
    ['rumänischer', 'Fahrer mit rumänischem Pass 28XK71234 meldet sich am Tor.', '28XK71234'],
    ['polnischen', 'Sie hat einen polnischen Pass EA4412093 und einen deutschen Aufenthaltstitel.', 'EA4412093'],
    ['ausländischer', 'Gast mit ausländischem Pass X7731209 im Zimmer 12.', 'X7731209'],
  ])('%s: the number is a passport', (_, text, value) => {
    expect(found(text, 'PASSPORT')).toContain(value);
  });

  it.each([
    ['a mountain pass', 'Der italienische Pass 2757 m hoch ist ab Oktober gesperrt.'],
    ['a season pass', 'Der Skipass 2026 kostet 480 Euro.'],
  ])('%s: no passport', (_, text) => {
    expect(entities(text)).not.toContain('PASSPORT');
  });
});

describe('a register typed with spaced slashes, or a comma list of names as written', () => {
  it('spaced slashes: surname, given name, birth date, passport', () => {
    const text = 'NAME / GIVEN / BORN / DOC\nHalloran / Margaret / 21/06/1950 / 561204883\nDoyle / Patrick / 03/03/1948 / 540019377';
    expect(found(text, 'PASSPORT')).toEqual(['561204883', '540019377']);
    expect(found(text, 'DATE_OF_BIRTH')).toContain('21/06/1950');
  });
  it('a comma row: given name and surname, rank, passport, birth date', () => {
    const text = 'Crew list:\nMarco Santos, AB, P5519203B, 02/09/1987, exp 03/2027\nRonel Dela Pena, OS, P7720114A, 11/12/1993, exp 05/2027';
    expect(found(text, 'PASSPORT')).toContain('P5519203B');
  });
  it('a product list with slashes stays clean', () => {
    const text = 'SKU / NAME / DATE / LOT\nWidget / Blue / 21/06/2025 / 561204883\nGadget / Red / 03/03/2025 / 540019377';
    expect(ask(text).dataClass).toBe('none');
  });
});
