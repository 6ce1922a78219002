// The address gate's public evidence (address-public.ts): a lone street address is kept unless something says it is public:
// an organisation's, a venue's, a listing's, a story's or history's. Texts of our own, none from a held-out set.
import { describe, expect, it } from 'vitest';
import { classify } from './classify.js';

const request = (text: string): unknown => ({ messages: [{ role: 'user', content: text }] });
const dataClass = (body: unknown): string => classify(body).dataClass;

describe('a lone address with no public evidence is someone\'s', () => {
  it.each([
    ['en, a catchment question', 'Which of our depots is closest to 27 Quarry Bank, Halifax HX3 9QT for a boiler swap?'],
    ['en, a round', 'Does 8 Quenby Road, Leicester LE5 2QT fall within our free delivery radius?'],
    ['de, zuständig', 'Welche Schule ist zuständig, wenn eine Familie nach Quittenstraße 14, 04109 Leipzig zieht?'],
    ['de, lower-case words before the street are no name', 'Welches Amt ist zuständig, wenn jemand nach Quittenstraße 14, 04109 Leipzig zieht?'],
    ['de, a radius', 'Liegt Quellenweg 9, 72760 Reutlingen noch in unserem Lieferradius von 20 km?'],
    ['fr, le plus proche', 'Quel est le bureau de poste le plus proche du 9 rue des Quenouilles, 21000 Dijon ?'],
    ['es, a question', '¿Qué centro de salud le corresponde a alguien que vive en Calle Quintana 12, 41010 Sevilla?'],
    ['nl, valt binnen', 'Valt Kwartelstraat 12, 3581 RD Utrecht binnen onze bezorgzone?'],
    ['it, competente', 'Quale ufficio postale è competente per chi abita in Via dei Quercioli 18, 50123 Firenze?'],
    ['it, a trip from the garage', "Quanto ci vuole a portare l'auto dal nostro magazzino a Via dei Quercioli 18, 50123 Firenze?"],
  ])('%s: the request stays flagged', (_, text) => {
    expect(dataClass(request(text))).toBe('pii');
  });

  it('judges a tool call\'s copy of the address by the message that holds it', () => {
    const body = {
      messages: [
        { role: 'user', content: 'Which council tax band is 27 Quarry Bank, Halifax HX3 9QT in?' },
        { role: 'assistant', content: [{ type: 'tool_use', id: 't1', name: 'band_lookup', input: { address: '27 Quarry Bank, Halifax HX3 9QT' } }] },
      ],
    };
    expect(dataClass(body)).toBe('pii');
  });
});

describe('a lone address with public evidence is dropped', () => {
  it.each([
    ['en, a named place', 'Directions card: Quarrymen Arms, 27 Quarry Bank, Halifax HX3 9QT, food served till nine.'],
    ['en, a list', 'Tidy this list:\nQuillans, 4 Quarry Bank, Halifax HX3 9QT\nThe Quern, 6 Quarry Bank, Halifax HX3 9QT'],
    ['en, a firm on the line above', 'Post the samples to:\nQuarry Supplies Ltd\n27 Quarry Bank\nHalifax HX3 9QT'],
    ['de, an organisation', 'Das Bürgeramt Mitte in der Quittenstraße 14, 04109 Leipzig öffnet montags erst um zehn.'],
    ['de, a register', 'Impressum: Quitt GmbH, Handelsregister HRB 12345, Quittenstraße 14, 04109 Leipzig.'],
    ['fr, a listing', 'Rédige l\'annonce : maison individuelle au 9 rue des Quenouilles, 21000 Dijon, 4 pièces.'],
    ['fr, a novel', 'Dans le roman, la concierge vit au 9 rue des Quenouilles ; résume le chapitre deux.'],
    ['es, a job advert', 'Oferta de empleo: mozo de almacén en Calle Quintana 12, 41010 Sevilla, turno de mañana.'],
    ['es, an address checked for being current', '¿La Delegación de Quintana sigue en Calle Quintana 12, 41010 Sevilla?'],
    ['es, the organisation of the sentence before', '¿Dónde reclamo ante el Ayuntamiento de Quintana? Tengo la dirección de Calle Quintana 12, 41010 Sevilla.'],
    ['nl, a contact block', 'Contact: Kwartelstraat 12, 3581 RD Utrecht, info@kwartelhuis.nl, bel ons gerust.'],
    ['nl, history', 'Korte tekst: de schilder woonde van 1881 tot 1890 aan de Kwartelstraat 12 in Utrecht.'],
    ['it, the address of an office', "L'indirizzo della Camera di Commercio è ancora Via dei Quercioli 18, 50123 Firenze?"],
    ['it, a misread acronym', 'Per il corso OSS di 18 ore servono due aule e un proiettore.'],
    ['it, a goods-in ramp', 'Consegna: Via dei Quercioli 18, 50123 Firenze, ingresso merci sul retro, 4 bancali.'],
    ['en, an answer to the sentence before', 'Where is the Quarry Museum? I think at 12 Millbrook Street, Halifax HX3 9QT.'],
  ])('%s: the request is clean', (_, text) => {
    expect(dataClass(request(text))).toBe('none');
  });

  it('drops an address that is a field of a tool\'s result', () => {
    const body = {
      messages: [
        { role: 'user', content: 'Is the Quarry Museum open on Monday?' },
        { role: 'tool', tool_call_id: 'c1', content: '{"museum": "Quarry Museum", "address": "12 Millbrook Street, Halifax HX3 9QT", "monday": "closed"}' },
      ],
    };
    expect(dataClass(body)).toBe('none');
  });

  it('keeps a home told next to a public word when the home evidence holds', () => {
    expect(dataClass(request('My mum lives at 27 Quarry Bank, Halifax HX3 9QT, opposite the museum.'))).toBe('pii');
  });
});
