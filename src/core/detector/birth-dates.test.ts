// Dates after a death word or a public figure's birth word (birth-dates.ts): history and biography, not a record's date.
import { describe, expect, it } from 'vitest';
import { detect } from './detect.js';

const dates = (text: string): string[] => detect(text).filter((f) => f.entity === 'DATE_OF_BIRTH').map((f) => text.slice(f.start, f.end));

describe('a death more than 50 years back is history', () => {
  it.each([
    ['en', 'Worksheet: the suffragette Emily Wilding Davison died 8 June 1913 at the Derby.'],
    ['en', 'He died on 14 February 1962 in Leeds.'],
    ['de', 'Der Reformer starb am 15. Januar 1919 in Berlin.'],
    ['fr', 'Jean Jaurès, mort le 31 juillet 1914 au café du Croissant.'],
    ['es', 'El poeta murió el 19 de agosto de 1936; su hermano falleció el 2 de mayo de 1950.'],
    ['nl', 'De schilder overleed op 29 juli 1950 in Auvers.'],
    ['it', 'Il deputato morì il 10 giugno 1924; la moglie, deceduta il 3 marzo 1952.'],
  ])('%s: %s', (_lang, text) => {
    expect(dates(text)).toEqual([]);
  });

  it('a recent death stays a date of the record, and a birth date after a death date stays one', () => {
    expect(dates('The patient died on 03/12/2024 at 04:10.')).toEqual(['03/12/2024']);
    expect(dates('Date of death: 14/02/1962, DOB 01/02/1931')).toEqual(['01/02/1931']);
    expect(dates('Mio padre, deceduto il 12/03/2021, nato il 04/05/1940.')).toContain('04/05/1940');
  });
});

describe("a listed public figure's birth in a text about them is their published biography", () => {
  it.each([
    ['en', 'Birthday post for Serena Williams: born 26 September 1981 in Saginaw, 23 Grand Slam singles titles.'],
    ['de', 'Glückwunsch-Post für Steffi Graf: geboren am 14. Juni 1969 in Mannheim, Golden Slam 1988.'],
    ['fr', 'Hommage à Kylian Mbappé : né le 20 décembre 1998 à Paris, champion du monde 2018.'],
    ['es', 'Post de cumpleaños para Carlos Alcaraz: nacido el 5 de mayo de 2003 en El Palmar, número uno con 19 años.'],
    ['nl', 'Verjaardagspost voor Max Verstappen: geboren op 30 september 1997 in Hasselt, vier wereldtitels.'],
    ['it', 'Post di compleanno per Jannik Sinner: nato il 16 agosto 2001 a San Candido, numero uno del mondo.'],
  ])('%s: %s', (_lang, text) => {
    expect(dates(text)).toEqual([]);
  });

  it.each([
    ['en', 'Birthday post for my dad Tom Walsh: born 26 September 1961 in Saginaw, 40 years a postman.', '26 September 1961'],
    ['de', 'Würdigung für unsere Kollegin Steffi Graf aus der Buchhaltung: geboren am 14. Juni 1969 in Mannheim.', '14. Juni 1969'],
    ['fr', 'Hommage à ma grand-mère Lucienne Morel : née le 20 décembre 1938 à Paris, institutrice.', '20 décembre 1938'],
    ['es', 'Homenaje a mi abuela Carmen Ruiz: nacida el 5 de mayo de 1939 en Murcia, costurera.', '5 de mayo de 1939'],
    ['nl', 'Eerbetoon aan mijn opa Kees de Wit: geboren op 30 september 1937 in Hasselt, bakker.', '30 september 1937'],
    ['it', 'Omaggio a mio nonno Jannik Sinner: nato il 16 agosto 1941 a San Candido, falegname.', '16 agosto 1941'],
    ['de', 'Lebenslauf Steffi Graf, geboren am 14.06.1969 in Mannheim, Tel. siehe unten.', '14.06.1969'],
    ['en', "Andy Murray's fan club founder Jane Smith, born 3 May 1990 in Dunblane.", '3 May 1990'],
    ['en, a CV', 'CV: Thomas Müller, born 19 June 1978, Munich. Experience: 10 years in logistics.', '19 June 1978'],
    ['de, a CV', 'Lebenslauf: Thomas Müller, geboren am 13. September 1989 in Weilheim, ledig.', '13. September 1989'],
    ['fr, an application', 'Candidature de Kylian Mbappé, né le 20 décembre 1998 à Bondy, pour le poste de magasinier.', '20 décembre 1998'],
    ['es, a form', 'Formulario de inscripción: Carlos Alcaraz, nacido el 5 de mayo de 2003 en Murcia.', '5 de mayo de 2003'],
    ['nl, an application', 'Sollicitatie van Max Verstappen, geboren op 30 september 1997 in Hasselt, voor de functie van monteur.', '30 september 1997'],
    ['it, a CV', 'Curriculum vitae: Jannik Sinner, nato il 16 agosto 2001 a Bolzano, diploma di ragioneria.', '16 agosto 2001'],
  ])('kept, a private person or a namesake: %s: %s', (_lang, text, date) => {
    expect(dates(text)).toContain(date);
  });
});
