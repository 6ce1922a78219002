// A business's branch list pasted as a table (branch-rows.ts): a store locator's CSV, a "Filialliste", a "liste des
// magasins", with a branch key and opening hours or map columns. Texts of our own; each "kept" case is a private
// person's data in the same layout.
import { describe, expect, it } from 'vitest';
import { detect } from './detect.js';
import { branchHeader, dropBranchRows, hasBranchKey } from './branch-rows.js';
import { mulberry32 } from '../random/index.js';
import type { Hit } from './hit.js';

const found = (text: string): string[] =>
  detect(text)
    .filter((f) => f.score >= 0.5)
    .map((f) => `${f.entity}:${text.slice(f.start, f.end)}`);

describe("a business's branch list: its rows are premises", () => {
  it.each([
    [
      'en store id and map columns',
      'map these for the locator page please\n\nstore_id,store_name,address,postcode,phone,lat,lng\nB101,Kendal,"3 Stricklandgate",LA9 4LT,01539 720 415,54.3290,-2.7460\nB104,Penrith Market,"Unit 2, Devonshire Arcade",CA11 7PU,01768 866 302,54.6640,-2.7520',
    ],
    [
      'en hours column, tab separated',
      'store\tname\taddress\tphone\topening hours\nG2\tHollins Garden Centre Bury\t14 Bolton Street, Bury BL9 0LQ\t0161 764 2290\tMon-Sat 9-17:30',
    ],
    [
      'de Filiale and Öffnungszeiten',
      'Bitte als Tabelle:\n\nfiliale;name;adresse;telefon;öffnungszeiten\nK3;Metzgerei Hallhuber Au;Lilienstraße 21, 81669 München;089 4480 2231;Di-Sa 7-18\nK7;Metzgerei Hallhuber Giesing;Tegernseer Landstraße 80, 81539 München;089 6920 4410;Di-Sa 7-18',
    ],
    [
      'fr magasin and horaires',
      'fais-en une carte :\n\nmagasin;nom;adresse;telephone;horaires\nP12;Chocolaterie Béline Vannes;8 rue Saint-Vincent, 56000 Vannes;02 97 47 18 20;mar-sam 10h-19h\nP14;Chocolaterie Béline Lorient;21 rue du Port, 56100 Lorient;02 97 21 30 44;mar-sam 10h-19h',
    ],
    [
      'es tienda and horario',
      'hazme el JSON:\n\ntienda;nombre;direccion;telefono;horario\nZ1;Zapatería Lumbre Triana;Calle San Jacinto 40, 41010 Sevilla;954 33 21 08;L-S 10-20:30\nZ2;Zapatería Lumbre Nervión;Avenida Eduardo Dato 12, 41005 Sevilla;954 63 70 15;L-S 10-20:30',
    ],
    [
      'nl vestiging and openingstijden',
      'maak er JSON van:\n\nvestiging;naam;adres;telefoon;openingstijden\nV2;Fietsenmaker De Spaak Zwolle;Diezerstraat 51, 8011 RJ Zwolle;038 421 7730;di-za 9-18\nV5;Fietsenmaker De Spaak Kampen;Oudestraat 102, 8261 CH Kampen;038 331 2904;di-za 9-18',
    ],
    [
      'it negozio and orari',
      'convertilo in JSON:\n\nnegozio;nome;indirizzo;telefono;orari\nR1;Ottica Brezza Padova;Via Roma 41, 35122 Padova;049 876 1203;lun-sab 9-19\nR3;Ottica Brezza Vicenza;Corso Palladio 77, 36100 Vicenza;0444 321 880;lun-sab 9-19',
    ],
  ])('%s', (_label, text) => {
    expect(found(text).filter((f) => /^(?:PERSON|STREET_ADDRESS|PHONE_NUMBER):/.test(f))).toEqual([]);
  });
});

describe('kept: a person in a table of the same layout', () => {
  it.each([
    // A column of a person: the table is read as any other.
    [
      'en store manager column',
      'store_id,store_name,manager,mobile,opening_hours\nB101,Kendal,Gareth Whitcombe,07700 914 262,Mon-Sat 9-17',
      'PHONE_NUMBER:07700 914 262',
    ],
    [
      'de Kunde column',
      'filiale;kunde;adresse;telefon;öffnungszeiten\nK3;Renate Obermaier;Hohenzollernstraße 14, 80801 München;089 3341 0921;Di-Sa 7-18',
      'PERSON:Renate Obermaier',
    ],
    // A mobile number in a branch row: perhaps the owner's own.
    [
      'fr mobile number',
      'magasin;nom;adresse;telephone;horaires\nP12;Chocolaterie Béline Vannes;8 rue Saint-Vincent, 56000 Vannes;06 71 42 18 93;mar-sam 10h-19h',
      'PHONE_NUMBER:06 71 42 18 93',
    ],
    // A private word in the row.
    [
      'it home of the owner',
      "negozio;nome;indirizzo;telefono;orari\nR1;Ottica Brezza Padova;abitazione del titolare, Via Euganea 12, 35141 Padova;049 876 1203;lun-sab 9-19",
      'PHONE_NUMBER:049 876 1203',
    ],
    // No hours or map column: a list of people's addresses keyed by a shop is kept.
    [
      'nl no hours column',
      'winkel;naam;adres;telefoon\nV2;Sanne de Bruijn;Diezerstraat 51, 8011 RJ Zwolle;038 421 7730',
      'PERSON:Sanne de Bruijn',
    ],
  ])('%s', (_label, text, kept) => {
    expect(found(text)).toContain(kept);
  });
});

describe('branchHeader', () => {
  it('reads a header with a branch key and an hours or map column, in each separator', () => {
    const h = (s: string): string | undefined => branchHeader(s, 0, s.length)?.sep;
    expect(h('store_id,store_name,address,lat,lng')).toBe(',');
    expect(h('Filiale;Name;Adresse;Öffnungszeiten')).toBe(';');
    expect(h('| tienda | nombre | direccion | horario |')).toBe('|');
    expect(h('store_id,store_name,address')).toBeUndefined();
    expect(h('negozio;nome;cognome;orari')).toBeUndefined();
  });
});

describe('dropBranchRows: the word gate before the header cue changes no answer', () => {
  it('on random tables of column names, cells and prose, in six languages', () => {
    const r = mulberry32(41);
    const names = ['filiale', 'store_id', 'tienda', 'vestiging', 'negozio', 'magasin', 'hours', 'opening_hours', 'Öffnungszeiten', 'HORAIRES', 'horario_apertura', 'openingstijden', 'orari', 'lat', 'lng', 'latitude', 'xlat', 'latx', 'nome', 'address', 'telefon'];
    const cells = ['Via Roma 3', '02 1234 5678', 'Mo-Fr 9-18', '45.46', 'Anna Berg', 'Kendal', 'Rue X 4', 'ſ', 'İ'];
    const seps = [',', ';', '\t', '|', ' ', ', "'];
    let dropped = 0;
    for (let n = 0; n < 400; n++) {
      const sep = seps[Math.floor(r() * seps.length)] ?? ',';
      const header = Array.from({ length: 2 + Math.floor(r() * 4) }, () => names[Math.floor(r() * names.length)] ?? '').join(sep);
      const rows = Array.from({ length: 1 + Math.floor(r() * 3) }, () => Array.from({ length: header.split(sep).length }, () => cells[Math.floor(r() * cells.length)] ?? '').join(sep));
      const text = `Please map these:\n${header}\n${rows.join('\n')}`;
      // A hit on every cell of the rows that holds a value of the kinds the filter drops.
      const kinds: Record<string, string> = { 'Via Roma 3': 'STREET_ADDRESS', 'Rue X 4': 'STREET_ADDRESS', '02 1234 5678': 'PHONE_NUMBER', 'Anna Berg': 'PERSON' };
      const base: Hit[] = [];
      for (const [cell, entity] of Object.entries(kinds))
        for (let at = text.indexOf(cell, header.length); at !== -1; at = text.indexOf(cell, at + 1)) base.push({ entity, dataClass: 'pii', start: at, end: at + cell.length, score: 0.8, rule: 'test' });
      const a = base.map((h) => ({ ...h }));
      const b = base.map((h) => ({ ...h }));
      dropBranchRows(text, a);
      dropBranchRows(text, b, true);
      expect(a, JSON.stringify(text)).toEqual(b);
      if (a.length < base.length) dropped++;
    }
    expect(dropped).toBeGreaterThan(5);
  });
});

describe("a store locator's records pasted as JSON: the branches' addresses and landlines", () => {
  it.each([
    ['en store, address, phone, open', 'Turn into a markdown table:\n[{"store":"Harrogate Station Parade","address":"4 Station Parade, Harrogate HG1 1UF","phone":"01423 501 288","open":"9-6"}]'],
    ['de filiale, adresse, tel', 'Als Tabelle: [{"filiale":"Ulm Münsterplatz","adresse":"Hirschstraße 14, 89073 Ulm","tel":"0731 61 22 40"},{"filiale":"Neu-Ulm","adresse":"Augsburger Straße 9, 89231 Neu-Ulm","tel":"0731 97 11 03"}]'],
    ['fr magasin, adresse, tel', 'En tableau : [{"magasin":"Nîmes Arènes","adresse":"12 boulevard Victor Hugo, 30000 Nîmes","tel":"04 66 21 30 55"},{"magasin":"Arles","adresse":"3 rue de la Liberté, 13200 Arles","tel":"04 90 96 14 27"}]'],
    ['es tienda, direccion, tel', 'En tabla: [{"tienda":"Málaga Larios","direccion":"Calle Marqués de Larios 7, 29005 Málaga","tel":"952 21 40 66"},{"tienda":"Marbella","direccion":"Avenida Ricardo Soriano 21, 29601 Marbella","tel":"952 77 30 18"}]'],
    ['nl winkel, adres, tel', 'Als tabel: [{"winkel":"Zwolle","adres":"Diezerstraat 51, 8011 RJ Zwolle","tel":"038-421 77 30"},{"winkel":"Kampen","adres":"Oudestraat 102, 8261 CH Kampen","tel":"038-331 29 04"}]'],
    ['it negozio, indirizzo, tel', 'In tabella: [{"negozio":"Bari Centro","indirizzo":"Via Sparano 88, 70121 Bari","tel":"080 521 4471"},{"negozio":"Lecce","indirizzo":"Via Trinchese 20, 73100 Lecce","tel":"0832 24 18 09"}]'],
  ])('%s', (_label, text) => {
    expect(found(text).filter((f) => /^(?:PERSON|STREET_ADDRESS|PHONE_NUMBER):/.test(f))).toEqual([]);
  });
});

describe("kept: a person's record with a store key", () => {
  it.each([
    // Any key beyond a branch's (a customer, a recipient): the record is an order's.
    ['en customer key', 'why does this fail? [{"store":"Leeds","customer":"Danielle Okafor","address":"18 Wellington Crescent, Ipswich IP1 3NB"},{"store":"York","customer":"Rhys Pritchard","address":"77 Cathedral Road, Cardiff CF11 9HA"}]', 'STREET_ADDRESS:18 Wellington Crescent, Ipswich IP1 3NB'],
    ['de empfaenger key', 'Warum null? [{"filiale":"Köln","empfaenger":"Wolfgang Esser","adresse":"Venloer Str. 210, 50823 Köln"},{"filiale":"Bonn","empfaenger":"Ayşe Kaya","adresse":"Hansaring 44, 50670 Köln"}]', 'STREET_ADDRESS:Venloer Str. 210, 50823 Köln'],
    // A private word in a value: the address is a home.
    ['fr domicile in a value', 'En tableau : [{"magasin":"Livraison à domicile chez Mme Roux","adresse":"8 rue des Lilas, 84000 Avignon","tel":"04 90 85 22 10"},{"magasin":"Aix","adresse":"5 rue Cardinale, 13100 Aix-en-Provence","tel":"04 42 27 63 18"}]', 'STREET_ADDRESS:8 rue des Lilas'],
    // A mobile number is a person's handset.
    ['it mobile', 'In tabella: [{"negozio":"Sorrento","indirizzo":"Corso Italia 150, 80067 Sorrento","tel":"347 882 1049"},{"negozio":"Napoli","indirizzo":"Via Chiaia 41, 80132 Napoli","tel":"081 400 2277"}]', 'PHONE_NUMBER:347 882 1049'],
  ])('%s', (_label, text, kept) => {
    expect(found(text)).toContain(kept);
  });
});

describe('hasBranchKey: the quoted-key scan by code gives the pattern answers', () => {
  it('on random JSON-like texts with branch keys in any case, spacing, quote marks and separators', () => {
    const r = mulberry32(43);
    const pick = (xs: readonly string[]): string => xs[Math.floor(r() * xs.length)] ?? '';
    const spaces = ['', '', ' ', '  ', '\t', '\u00a0', '\n'];
    const marks = ['', '', '', "'", '`', '’'];
    const keys = ['store', 'Store', 'STORE', 'store_id', 'store id', 'Store-Name', 'store  -_name', 'store_', '_store', 'filiale', 'Filial Nr', 'magasin', 'nom magasin', 'tienda', 'winkel', 'winkelnaam', 'negozio', 'punto de venta', 'ſtore', 'Kiosk', 'store1', 'note', 'name', ''];
    const filler = ['{', '}', ', ', 'x', '12', 'Anna', '"', "'", 'é'];
    let yes = 0;
    for (let i = 0; i < 6000; i++) {
      let s = '';
      const n = 1 + Math.floor(r() * 6);
      for (let k = 0; k < n; k++) s += r() < 0.8 ? `"${pick(spaces)}${pick(marks)}${pick(keys)}${pick(marks)}${pick(spaces)}"${pick(spaces)}${pick([':', ':', ',', '', '"'])}${pick(spaces)}` : pick(filler);
      const fast = hasBranchKey(s);
      expect(fast, JSON.stringify(s)).toBe(hasBranchKey(s, true));
      if (fast) yes++;
    }
    expect(yes).toBeGreaterThan(1000);
    expect(hasBranchKey('[{"Store Name": "Mitte", "opening_hours": "9-18"}]')).toBe(true);
    expect(hasBranchKey('{"name": "Store", "note": "store"}')).toBe(false);
  });
});
