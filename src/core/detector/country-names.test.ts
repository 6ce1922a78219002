// Country names the name lists also hold ("Ireland", "Germany", "Georgia") read as PERSON (places.ts, data/countries.ts):
// our own texts, and the people with such names that stay found.
import { describe, expect, it } from 'vitest';
import { detect } from './detect.js';

const people = (text: string): string[] =>
  detect(text)
    .filter((f) => f.entity === 'PERSON')
    .map((f) => text.slice(f.start, f.end));

describe('countries in a list of places are no people', () => {
  it.each([
    [
      'en, shipping',
      'Quick one: can we deliver to Ireland, France, Germany and Poland from the Leeds depot?',
    ],
    ['en, markets', 'Our launch markets are Canada, Ireland and Germany, then Spain next spring.'],
    ['en, countries that are given names', 'Rank these by GDP: Georgia, Jordan, India, Kenya, Argentina.'],
    ['de, Versand', 'Versendet ihr auch nach Irland, Frankreich, Polen und Kanada? Zoll zahlen wir.'],
    ['de, Märkte', 'Wir expandieren zuerst nach Monaco, Montenegro und Oman, dann nach Italien.'],
    ['fr, livraison', 'Livrez-vous en Irlande, Allemagne, Pologne et au Canada ? Merci.'],
    ['fr, pays-prénoms', 'Classe ces pays par population : France, Malte, Maurice, Monaco.'],
    ['es, envíos', '¿Hacéis envíos a Irlanda, Francia, Alemania y Argelia? Gracias.'],
    ['es, mercados', 'Mercados prioritarios: Argentina, Italia, Montenegro y Francia.'],
    ['nl, verzending', 'Verzenden jullie ook naar Ierland, Frankrijk, Duitsland en Canada?'],
    ['nl, landen', 'Zet deze landen op volgorde: Monaco, India, Kenia, Oman.'],
    ['it, spedizioni', 'Spedite anche in Irlanda, Francia, Germania e Canada? Grazie.'],
    ['it, mercati', 'Mercati: Georgia, India, Argentina e Montenegro per il 2026.'],
  ])('%s', (_name, text) => {
    expect(people(text)).toEqual([]);
  });
});

describe('a country name the lists hold is no person without a cue', () => {
  it.each([
    ['en', 'We moved the whole team to Germany last year.'],
    ['en', 'Is shipping to Ireland slower after the holidays?'],
    ['en', 'The Poland office closes early on Fridays.'],
  ])('%s: %s', (_lang, text) => {
    expect(people(text)).toEqual([]);
  });
});

describe('people whose names are places or countries stay found', () => {
  it.each([
    ['fr', 'Florence Dubois, née le 12 mars 1984, habite 4 rue des Lilas à Lyon.', 'Florence Dubois'],
    ['en', 'Please update the file of Georgia Whitfield, date of birth 03/07/1991.', 'Georgia Whitfield'],
    ['en', 'Send the contract to Jordan Ellery, phone 07700 900482.', 'Jordan Ellery'],
    ['es', 'La paciente Guadalupe Herrera, nacida el 4 de mayo de 1979, llamó ayer.', 'Guadalupe Herrera'],
    ['fr', 'Dossier de Maurice Lefèvre, né le 2 février 1958 à Nantes.', 'Maurice Lefèvre'],
    ['de', 'Frau Malte? Nein: Herr Malte Jensen, geboren am 3. April 1990, wohnt in Kiel.', 'Malte Jensen'],
  ])('%s: %s', (_lang, text, name) => {
    expect(people(text)).toContain(name);
  });
});
