// A business's branch list written out in prose (branch-lists.ts). Texts of our own; each dropped value was reported
// before the filter, and each kept one is a private person's entry in the same kind of list.
import { describe, expect, it } from 'vitest';
import { detect } from './detect.js';

const found = (text: string, entity: string): string[] => detect(text).filter((f) => f.entity === entity).map((f) => text.slice(f.start, f.end));

describe("a business's branch list in prose", () => {
  it.each([
    ['en', 'Format our branches as a table: Leeds Central, 14 Wellington Street, Leeds LS1 4DL; York Station, 22 Station Road, York YO24 1AB; bookings 0113 496 0000.'],
    ['de', 'Liste unserer Filialen als Tabelle: Köln Hbf, Trankgasse 11, 50667 Köln; Bonn Zentrum, Poststraße 4, 53111 Bonn; Hotline 0221 1234 560.'],
    ['fr', "Tableau des agences : Lyon Part-Dieu, 5 place Charles Béraudier, 69003 Lyon ; Marseille Saint-Charles, 14 rue d'Italie, 13006 Marseille."],
    ['es', 'Tabla de sucursales: Valencia Centro, Calle de Colón 20, 46004 Valencia; Sevilla Santa Justa, Avenida de Kansas City 12, 41007 Sevilla.'],
    ['nl', 'Tabel van vestigingen: Utrecht Centraal, Stationsplein 85, 3511 ED Utrecht; Den Haag HS, Stationsplein 39, 2515 BT Den Haag.'],
    ['it', 'Elenco delle filiali: Milano Centrale, Piazza Duca d’Aosta 1, 20124 Milano; Torino Porta Nuova, Corso Vittorio Emanuele II 53, 10125 Torino.'],
  ])('%s: the addresses and landlines are not reported', (_lang, text) => {
    expect(found(text, 'STREET_ADDRESS')).toEqual([]);
    expect(found(text, 'PHONE_NUMBER')).toEqual([]);
  });

  it.each([
    ['en, a home', 'Our branches: Leeds Central, 14 Wellington Street, Leeds LS1 4DL; York Station, 22 Station Road, York YO24 1AB; Manager (works from home), 8 Ash Grove, Leeds LS6 2HT.', '8 Ash Grove'],
    ['de, a home', 'Unsere Filialen: Köln Hbf, Trankgasse 11, 50667 Köln; Bonn Zentrum, Poststraße 4, 53111 Bonn; Privatwohnung des Inhabers, Lindenweg 3, 50999 Köln.', 'Lindenweg 3'],
    ['fr, a mobile', 'Nos agences : Lyon Part-Dieu, 5 place Charles Béraudier, 69003 Lyon ; Lyon Est, 12 rue Paul Bert, 69003 Lyon, 06 12 34 56 78.', '06 12 34 56 78'],
    ['es, a person', 'Sucursales: Valencia Centro, Calle de Colón 20, 46004 Valencia; Sevilla Santa Justa, Avenida de Kansas City 12, 41007 Sevilla; Encargada Lucía Ferrándiz Soler, Calle del Pez 3, 28004 Madrid.', 'Calle del Pez 3'],
    ['es, no list of named entries', 'Oficinas: la de mi casa, Calle de Colón 20, 46004 Valencia.', 'Calle de Colón 20'],
    ['nl, a tenant', 'Vestigingen: Utrecht Centraal, Stationsplein 85, 3511 ED Utrecht; Den Haag HS, Stationsplein 39, 2515 BT Den Haag; Huurder Kees, Oudegracht 12, 3511 AB Utrecht.', 'Oudegracht 12'],
    ['it, a home', 'Sedi: Milano Centrale, Piazza Duca d’Aosta 1, 20124 Milano; Torino Porta Nuova, Corso Vittorio Emanuele II 53, 10125 Torino; Abitazione del titolare, Via Padova 14, 20127 Milano.', 'Via Padova 14'],
  ])('kept: %s', (_name, text, value) => {
    expect(detect(text).some((f) => text.slice(f.start, f.end).includes(value) || value.includes(text.slice(f.start, f.end)))).toBe(true);
  });
});
