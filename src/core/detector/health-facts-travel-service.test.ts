// Names beside a health fact in travel, service, logistics and legal-aid notes (held-out sets 76-80's kinds; texts of our
// own): blindness, deafness, sleep apnoea, drug use and its treatment, HIV medicines (data/health-words.ts); a relative's
// noun or a rank before a full name (names.ts); a hotel's rooming list (data/public-role-words.ts); names of the Horn
// of Africa and Spanish short forms (data/community-names.ts); Milan as a given name.
import { describe, expect, it } from 'vitest';
import { askPersons as ask } from './test-support/ask-persons.js';
import { hasHealthWords } from './health-context.js';


describe('a name beside a health fact of a guest, a client or a worker', () => {
  it.each([
    ['en: a rooming list on a choir tour', 'Rooming list for the choir tour, special requests: Bernard Ashworth uses a CPAP machine for sleep apnoea.', 'Bernard Ashworth'],
    ['en: registered blind, a guide dog', 'Please brief the breakfast staff: Colin Whitfield is registered blind and comes with his guide dog.', 'Colin Whitfield'],
    ['de: deaf', 'Bitte Frühstücksteam informieren: Helga Brandt ist gehörlos, bitte schriftlich kommunizieren.', 'Helga Brandt'],
    ['fr: partially sighted', 'Préviens la réception : Odile Perrin est malvoyante et arrive avec son chien guide.', 'Odile Perrin'],
    ['es: drug use and its treatment', 'Reformula: Jorge Salcedo reconoce consumo de cocaína y sigue tratamiento con buprenorfina.', 'Jorge Salcedo'],
    ['nl: partially sighted', 'Herschrijf: Kees Verhoeven is slechtziend en gebruikt een geleidehond.', 'Kees Verhoeven'],
    ['it: HIV-positive, antiretrovirals', 'Riformula: Paolo Gatti è sieropositivo e assume antiretrovirali dal 2022.', 'Paolo Gatti'],
    ['en: an Eritrean given name, HIV medicines', "Ask the clinic for a letter on Yonas's antiretroviral therapy and current viral load.", 'Yonas'],
    ['es: an Eritrean given name', 'Redacta un aviso: Senait está en tratamiento con antirretrovirales.', 'Senait'],
    ['es: a Spanish short form', 'Asun, de administración, tiene una fractura de muñeca.', 'Asun'],
    ['de: a relative’s noun with no article', 'Die VN storniert, weil Ehefrau Renate Kessler einen Schlaganfall hatte.', 'Renate Kessler'],
    ['en: a rank with a slash', 'Note for the master: Ch/Off Declan Furlong is on insulin and cannot keep solo watches.', 'Declan Furlong'],
    ['nl: Milan as a given name', 'Onze bezorger Milan de Wit heeft astma en moet korte routes krijgen.', 'Milan de Wit'],
  ])('%s', (_, text, name) => {
    const r = ask(text);
    expect(r.cls).not.toBe('none');
    expect(r.persons).toContain(name);
  });
});

describe('look-alikes stay clean', () => {
  it.each([
    ['Milan, the city', 'Milan Fashion Week starts on Tuesday; book a hotel near the Duomo.'],
    ['Milan, the club', 'AC Milan beat Inter 2-1 at San Siro.'],
    ['a blind tasting', 'Our blind tasting of Rioja wines is on Friday.'],
    ['a general question on a medicine', 'How does naltrexone work for alcohol dependence?'],
    ['a public official on HIV', 'Tedros Adhanom Ghebreyesus, the WHO Director-General, spoke about HIV treatment access.'],
    ['a choir’s concert', "The choir's tour of Salzburg: the singers perform Mozart's Requiem under Anton Keller."],
    ['a novel’s heroine', 'The heroine of the novel, Anna Karenina, throws herself under a train.'],
    ['a hotel policy', 'Summarise the guide dog policy for our hotels: guests with a guide dog may bring it to every room.'],
  ])('%s', (_, text) => {
    expect(ask(text).cls).toBe('none');
  });

  it('reads heroin whole and blindness only said of someone', () => {
    expect(hasHealthWords('the heroine of the story')).toBe(false);
    expect(hasHealthWords('Heroin')).toBe(true);
    expect(hasHealthWords('Tom is blindsided by the news')).toBe(false);
    expect(hasHealthWords('Tom is blind.')).toBe(true);
    expect(hasHealthWords('a digital detox weekend')).toBe(false);
  });
});
