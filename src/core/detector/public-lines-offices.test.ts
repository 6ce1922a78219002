// Public values named by the words around them: a helpline whose name opens with an article after its line noun (its
// number may be in a mobile range: Spain's 717 ...), a central bank governor named "as" governor further on in the
// sentence, a court named as a three-word building. Each with the nearest text that stays found. Texts of our own.
import { describe, expect, it } from 'vitest';
import { detect } from './detect.js';

const personal = (text: string): string[] => detect(text).filter((f) => f.score >= 0.5).map((f) => `${f.entity}:${text.slice(f.start, f.end)}`);
const entities = (text: string): string[] => detect(text).filter((f) => f.score >= 0.5).map((f) => f.entity);

describe('a helpline named with an article, its number in a mobile range', () => {
  it.each([
    ['es', 'Para el tablón: Teléfono de la Esperanza 717 003 717 y el 024 para la conducta suicida.'],
    ['it', 'Per la bacheca: Telefono della Speranza 347 123 4567 e il 112 per le emergenze.'],
  ])('%s: the line is no one’s phone', (_lang, text) => {
    expect(personal(text)).toEqual([]);
  });
  it('a person’s mobile after a line noun and a given name stays', () => {
    expect(entities('Teléfono de Carlos: 612 345 678, llámale mañana.')).toContain('PHONE_NUMBER');
  });
});

describe('a helpline named with its number noun joined to it, or with the body that runs it', () => {
  it.each([
    ['en', 'For the leaflet: the Carers Helpline of the Carers Trust 0300 772 9600 and the Admiral Nurses line.'],
    ['de', 'Für den Flyer: Pflegetelefon des Bundesfamilienministeriums 030 20179131, montags bis donnerstags.'],
    ['fr', "Pour l'affiche : Allô Maltraitance-numéro 01 45 44 32 10 et le 3977."],
    ['nl', 'Voor de folder: het Mantelzorglijn-nummer 030 760 60 55 en de Luisterlijn.'],
    ['it', 'Per il volantino: Telefono Argento-numero 02 4547 1234 per gli anziani soli.'],
  ])('%s: the line is no one’s phone', (_lang, text) => {
    expect(personal(text)).toEqual([]);
  });
  it.each([
    ['de: a team after the line', 'Mein Handy für das Pflegetelefon-Team ist 0171 2345678, bitte nur im Notfall.'],
    ['nl: a person named at the line', 'Bel Sanne van de Mantelzorglijn op haar mobiel 06 12345678.'],
  ])('%s: a person’s number stays', (_lang, text) => {
    expect(entities(text)).toContain('PHONE_NUMBER');
  });
});

describe('a state office named after the figure, further on in its sentence', () => {
  it('a governor in a hearing is in a public role', () => {
    expect(personal('Resume lo que dijo José Luis Escrivá sobre el fraude en pagos y la protección del cliente bancario en su primera comparecencia como gobernador del Banco de España.')).toEqual([]);
  });
  it('a neighbour with the same name stays', () => {
    expect(entities('Resume lo que dijo mi vecino José Luis Escrivá sobre el fraude en pagos cuando le robaron la tarjeta.')).toContain('PERSON');
  });
});

describe('a court as a three-word building', () => {
  it('its name and address are a public building’s', () => {
    expect(personal('Write directions for witnesses attending Birmingham Crown Court, 1 Newton Street, Birmingham B4 7NA.')).toEqual([]);
  });
  it('a person whose surname is Court stays', () => {
    expect(entities('Please call Margaret Court about her overdue rent, she lives at 14 Hill Road, Leeds LS6 2AB.')).toContain('PERSON');
  });
});
