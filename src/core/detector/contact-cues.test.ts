// Names found by what stands next to them in a private note (names.ts; issue 13): a call or talk with a person in a
// lower-case note, and a site job title before a capitalised name that no list holds. Texts of our own.
import { describe, expect, it } from 'vitest';
import { detect } from './detect.js';

const people = (text: string): string[] => detect(text).filter((f) => f.entity === 'PERSON').map((f) => text.slice(f.start, f.end));

describe('a listed first name after a call or talk in a lower-case note', () => {
  it.each([
    ['en', 'note for the file: spoke to brenda ashcombe today, she is waiting for a hip replacement and lives alone.', 'brenda'],
    ['de', 'notiz: habe heute telefoniert mit brigitte hollmann, sie hat seit der reha starke schmerzen.', 'brigitte'],
    ['fr', "note : j'ai parlé avec sandrine ferrand ce matin, elle est sous chimio depuis mars.", 'sandrine'],
    ['es', 'nota: hablé con nerea azpiazu, tiene diabetes y necesita cita.', 'nerea'],
    ['nl', 'notitie: gesproken met ilse verbruggen, ze heeft last van haar rug na de operatie.', 'ilse'],
    ['it', 'nota: ho parlato con rosanna ferraresi, ha il diabete e chiede un appuntamento.', 'rosanna'],
  ])('%s', (_lang, text, name) => {
    expect(people(text).join(' ')).toContain(name);
  });

  it('a word that is no listed first name after "spoke to" is no name', () => {
    expect(people('summary: spoke to reception about the broken lift, they will call the engineer.')).toEqual([]);
  });
});

describe('a site job title before a name no list holds', () => {
  it.each([
    ['en', 'Site diary: Foreman Wsewolod Kurpin fell from the scaffold, wrist broken.'],
    ['de', 'Tagesbericht: dass Bauhelfer Wsewolod Kurpin vom Gerüst gefallen ist, Handgelenk gebrochen.'],
    ['fr', "Rapport : Ouvrier Wsewolod Kurpin tombé de l'échafaudage."],
    ['es', 'Parte: Capataz Wsewolod Kurpin se cayó del andamio.'],
    ['nl', 'Dagrapport: Uitvoerder Wsewolod Kurpin viel van de steiger.'],
    ['it', 'Rapporto: Capocantiere Wsewolod Kurpin è caduto dal ponteggio.'],
  ])('%s', (_lang, text) => {
    expect(people(text)).toEqual(['Wsewolod Kurpin']);
  });
});

describe('a first name in a prayer list next to an illness (kin-names.ts)', () => {
  it.each([
    ['en', 'Parish notices: please keep in your prayers brenda ashcombe, who has cancer.', 'brenda'],
    ['de', 'Pfarrbrief: Wir beten für hildegard maier, die an Krebs erkrankt ist.', 'hildegard'],
    ['fr', "Bulletin : prions pour josette marchal, atteinte d'un cancer.", 'josette'],
    ['es', 'Hoja parroquial: oremos por nerea azpiazu, que tiene cáncer.', 'nerea'],
    ['nl', 'Parochieblad: bidden voor ilse verbruggen, die kanker heeft.', 'ilse'],
    ['it', 'Foglio parrocchiale: preghiamo per rosanna ferraresi, malata di tumore.', 'rosanna'],
  ])('%s', (_lang, text, name) => {
    expect(people(text).join(' ')).toContain(name);
  });

  it('a prayer for a town or a cause names no one', () => {
    expect(people('Intercessions: we pray for peace, for the sick of our parish and for those with cancer.')).toEqual([]);
  });
});
