// A public body's address or number that the writer read on its website (public-addresses.ts fromWebsite, data/
// public-venues.ts WEBSITE_SOURCE): "I found ... on the council site", "En la web pone: ...". Texts of our own; each
// "kept" case is a private person's data in the same layout.
import { describe, expect, it } from 'vitest';
import { detect } from './detect.js';

const found = (text: string): string[] =>
  detect(text)
    .filter((f) => f.score >= 0.5)
    .map((f) => `${f.entity}:${text.slice(f.start, f.end)}`);

describe("a public office's contacts quoted from its website", () => {
  it.each([
    ['en owned site after the values', 'is this right? I got 0121 303 1111 and Council House, Victoria Square, Birmingham B1 1BB from the council website, do I need to book?'],
    ['en site and colon', 'On the website it says: Register Office, 14 Priory Road, Bedford MK40 1RW, phone 01234 567 080. Can I walk in?'],
    ['de Seite der Stadt', 'Auf der Seite der Stadt steht: Bürgerservice Nord, Lindenallee 17, 45127 Essen, Tel. 0201 8841 200. Brauche ich einen Termin?'],
    ['fr site de la mairie', "Sur le site de la mairie : Service état civil, 2 rue de la Liberté, 21000 Dijon, 03 80 74 51 51. Faut-il prendre rendez-vous ?"],
    ['es en la web pone', 'En la web pone: Registro Civil, Calle Alcalde Muñoz 4, 04004 Almería, teléfono 950 20 40 60. ¿Hay que pedir cita?'],
    ['nl op de site staat', 'Op de site staat: Stadswinkel, Kerkplein 3, 6211 JC Maastricht, telefoon 043 350 4000. Moet ik een afspraak maken?'],
    ['it sul sito', "Sul sito c'è scritto: Ufficio Anagrafe, Piazza Grande 5, 57123 Livorno, tel. 0586 820 111. Serve la prenotazione?"],
  ])('%s', (_label, text) => {
    expect(found(text).filter((f) => /^(?:STREET_ADDRESS|PHONE_NUMBER):/.test(f))).toEqual([]);
  });
});

describe('kept: a private person found on a website', () => {
  it.each([
    ['en a person named', 'On the website it says: Gareth Pryce, 14 Priory Road, Bedford MK40 1RW, phone 01234 567 080.', 'STREET_ADDRESS'],
    ['de a private word', 'Auf der Seite der Stadt steht: meine Wohnung, Lindenallee 17, 45127 Essen. Stimmt das?', 'STREET_ADDRESS'],
    ['fr a person named', 'Sur le site : Sophie Marchal, 2 rue de la Liberté, 21000 Dijon. Est-ce normal ?', 'STREET_ADDRESS'],
    ['es a private word', 'En la web pone: mi piso, Calle Alcalde Muñoz 4, 04004 Almería.', 'STREET_ADDRESS'],
    ['nl no website cue', 'Stadswinkel? Nee, hij woont op Kerkplein 3, 6211 JC Maastricht, telefoon 043 350 4000.', 'STREET_ADDRESS'],
    ['it a person named', "Sul sito c'è scritto: Giulia Ferretti, Piazza Grande 5, 57123 Livorno.", 'STREET_ADDRESS'],
  ])('%s', (_label, text, entity) => {
    expect(found(text).some((f) => f.startsWith(`${entity}:`))).toBe(true);
  });
});
