import { describe, expect, it } from 'vitest';
import { ADVERSARIAL } from './adversarial.js';
import { livingBirthDate } from './birth-dates.js';
import { classify } from './classify.js';
import { detect } from './detect.js';
import type { Hit } from './hit.js';
import { judgeKey } from './json-keys.js';
import { scanTabular, scanTabularReference } from './tabular-keys.js';
import { mulberry32 } from '../random/index.js';

/** [entity, rule, covered text] of every finding. */
const found = (text: string): string[][] => detect(text).map((f) => [f.entity, f.rule, text.slice(f.start, f.end)]);
const entities = (text: string): string[] => detect(text).map((f) => f.entity);

describe('SQL INSERT: column names are context for the values in their position', () => {
  it('German: names, ISO birth date and a Steuer-ID without a cue word', () => {
    const sql = "INSERT INTO patients (nachname, vorname, geburtsdatum, steuer_id) VALUES ('Pfitzenmaier', 'Gerlinde', '1958-04-02', '12 345 678 901');";
    expect(found(sql)).toEqual([
      ['PERSON', 'sql-column.name', 'Pfitzenmaier'],
      ['PERSON', 'sql-column.name', 'Gerlinde'],
      ['DATE_OF_BIRTH', 'sql-column.date', '1958-04-02'],
      ['NATIONAL_ID', 'sql-column.id', '12 345 678 901'],
    ]);
  });

  it('Dutch, multi-row, quoted identifiers and a bare number: every row is read', () => {
    const sql = 'insert into "klanten" ("achternaam", "geboortedatum", "bsn")\nvalues\n  (\'Verhoeven\', \'1969-11-23\', 725763863),\n  (\'Bakker\', \'1983-02-07\', 162275869);';
    const f = found(sql);
    expect(f.filter((x) => x[0] === 'DATE_OF_BIRTH').map((x) => x[2])).toEqual(['1969-11-23', '1983-02-07']);
    // The first BSN is also confirmed by its checksum next to the column word; either finding covers it.
    expect(f.filter((x) => x[0] === 'NATIONAL_ID' || x[0] === 'NL_BSN').map((x) => x[2])).toEqual(['725763863', '162275869']);
  });

  it('Spanish and French: typed literals, function calls and NOW() keep the positions', () => {
    const es = "INSERT INTO `pacientes` (`nombre`, `fecha_nacimiento`, `creado`) VALUES ('Lucía Pérez', DATE '1975-06-01', NOW()), ('Ana Gil', TO_DATE('02.04.1958', 'DD.MM.YYYY'), NOW());";
    expect(found(es).filter((x) => x[0] === 'DATE_OF_BIRTH').map((x) => x[2])).toEqual(['1975-06-01', '02.04.1958']);
    const fr = "INSERT INTO clients (prenom, date_naissance, numero_secu) VALUES ('Ambroise', '1961-03-14', 'l''assuré 2 61 03 75');";
    expect(found(fr)).toContainEqual(['DATE_OF_BIRTH', 'sql-column.date', '1961-03-14']);
  });

  it('Italian and English: an escaped quote inside a value does not shift the columns', () => {
    const it_ = "INSERT INTO pazienti (cognome, data_nascita) VALUES ('D\\'Amico', '1972-09-30');";
    expect(found(it_)).toContainEqual(['DATE_OF_BIRTH', 'sql-column.date', '1972-09-30']);
    const en = "INSERT INTO members (full_name, dob, ssn) VALUES ('Mary O''Brien', '1980-01-15', '666221234');";
    expect(entities(en)).toEqual(expect.arrayContaining(['DATE_OF_BIRTH', 'NATIONAL_ID']));
  });

  it('Dutch and English: an apostrophe left unescaped in a name is read as part of the value, the row still lines up', () => {
    const nl = "INSERT INTO clienten (id, achternaam, voornaam, geboortedatum, bsn) VALUES\n  (59310, 'van 't Zand', 'Kees', '1985-04-28', '504328505');";
    expect(found(nl)).toContainEqual(['PERSON', 'sql-column.name', 'Kees']);
    expect(found(nl)).toContainEqual(['DATE_OF_BIRTH', 'sql-column.date', '1985-04-28']);
    const en = "INSERT INTO members (last_name, dob) VALUES ('O'Neill', '1990-10-10'), ('Smith', '1991-11-11');";
    expect(found(en).filter((x) => x[0] === 'DATE_OF_BIRTH').map((x) => x[2])).toEqual(['1990-10-10', '1991-11-11']);
  });

  it('UPDATE ... SET and WHERE: each column assigned or compared is context for its value (German, French, Italian)', () => {
    const de = "UPDATE patienten SET geburtsdatum = '1958-04-02', steuer_id = '12 345 678 901' WHERE nachname = 'Pfitzenmaier';";
    expect(found(de)).toContainEqual(['NATIONAL_ID', 'sql-column.id', '12 345 678 901']);
    expect(found(de)).toContainEqual(['PERSON', 'sql-column.name', 'Pfitzenmaier']);
    const fr = "SELECT * FROM clients c WHERE c.date_naissance = '1961-03-14' AND c.prenom='Ambroise' OR statut = 'x'";
    expect(found(fr)).toEqual([
      ['DATE_OF_BIRTH', 'sql-column.date', '1961-03-14'],
      ['PERSON', 'sql-column.name', 'Ambroise'],
    ]);
    expect(found("update clienti set codice_fiscale = 12345678901, data_nascita = DATE '1980-02-02'")).toContainEqual(['DATE_OF_BIRTH', 'sql-column.date', '1980-02-02']);
    expect(detect("UPDATE t SET status = 'active' WHERE name = 'Widget' AND ssn = 'unknown';")).toEqual([]);
  });

  it('no finding where the columns say nothing, or where the values do not line up with them', () => {
    expect(detect("INSERT INTO products (sku, price, released) VALUES ('AB-1234', 1999, '1958-04-02');")).toEqual([]);
    expect(detect("INSERT INTO t (dob, ssn) VALUES ('1958-04-02');")).toEqual([]);
    expect(detect("INSERT INTO t VALUES ('1958-04-02', '12 345 678 901');")).toEqual([]);
  });
});

describe('CSV, TSV and Markdown tables: the header row names the columns', () => {
  it('Dutch BSN and ISO birth dates under an English header', () => {
    const csv = 'name,date_of_birth,bsn\nJan de Vries,1972-05-11,725763863\nEmma Jansen,1990-12-01,162275869\n';
    const f = found(csv);
    expect(f).toContainEqual(['DATE_OF_BIRTH', 'csv-column.date', '1990-12-01']);
    expect(f).toContainEqual(['NATIONAL_ID', 'csv-column.id', '162275869']);
    expect(f.filter((x) => x[0] === 'PERSON').map((x) => x[2])).toEqual(['Jan de Vries', 'Emma Jansen']);
  });

  it('German semicolon CSV with quoted fields and CRLF line ends', () => {
    const csv = 'Nachname;Vorname;Geburtsdatum;Steuer-ID\r\n"Pfitzenmaier";"Gerlinde";"02.04.1958";"12 345 678 901"\r\n';
    expect(found(csv)).toEqual([
      ['PERSON', 'csv-column.name', 'Pfitzenmaier'],
      ['PERSON', 'csv-column.name', 'Gerlinde'],
      ['DATE_OF_BIRTH', 'csv-column.date', '02.04.1958'],
      ['NATIONAL_ID', 'csv-column.id', '12 345 678 901'],
    ]);
  });

  it('Spanish TSV, Italian Markdown table, French "Date de naissance" header', () => {
    expect(found('id\tfecha_nacimiento\tdni\n1\t1966-07-19\t12345678\n')).toContainEqual(['DATE_OF_BIRTH', 'csv-column.date', '1966-07-19']);
    const md = '| cognome | data di nascita | codice fiscale |\n|---|---|---|\n| Bianchi | 1977-04-05 | 12345 |\n';
    expect(found(md)).toContainEqual(['DATE_OF_BIRTH', 'csv-column.date', '1977-04-05']);
    expect(found('Nom complet,Date de naissance\nJeanne Moreau,1963-05-29\n')).toContainEqual(['DATE_OF_BIRTH', 'csv-column.date', '1963-05-29']);
  });

  it('no finding under unknown columns, in prose with commas, or in rows with another field count', () => {
    expect(detect('sku,price,released\nAB-1234,19.99,1958-04-02\n')).toEqual([]);
    expect(detect('Hello, dob, please\nI was asked, for a date, like 1958-04-02\n')).toEqual([]);
    expect(detect('dob,ssn\n1958-04-02\n')).toEqual([]);
    // A header with nothing after it.
    expect(detect('name,dob,ssn')).toEqual([]);
  });

  // A parliament's published votes or declarations list public figures (data/public-names.ts); a private person in the
  // same table is still found.
  it.each([
    ['en', 'name | team | medal\nUsain Bolt | Jamaica | Gold\nMichael Phelps | United States | Gold\nOliver Penhallow | Cornwall | none\n', 'Oliver Penhallow'],
    ['de', 'name | fraktion | votum\nOlaf Scholz | SPD | NaN\nRicarda Lang | GRÜNE | ja\nGerlinde Pfitzenmaier | parteilos | nein\n', 'Gerlinde Pfitzenmaier'],
    ['fr', 'nom | fonction\nEmmanuel Macron | Président\nÉlisabeth Borne | Première ministre\nMaëlle Bonnefoy | stagiaire\n', 'Maëlle Bonnefoy'],
    ['es', 'nombre | grupo | voto\nPedro Sánchez | PSOE | sí\nYolanda Díaz | Sumar | sí\nHiginio Barreiro | ninguno | no\n', 'Higinio Barreiro'],
    ['nl', 'naam | fractie | stem\nDick Schoof | kabinet | n.v.t.\nFrans Timmermans | GL-PvdA | voor\nJoost Verhagen | geen | tegen\n', 'Joost Verhagen'],
    ['it', 'nome | gruppo | voto\nGiorgia Meloni | FdI | favorevole\nElly Schlein | PD | contrario\nGurpreet Singh | nessuno | astenuto\n', 'Gurpreet Singh'],
  ])('%s: public figures in a table are no personal data, a private person in it is', (_lang, table, kept) => {
    expect(found(table).filter((x) => x[0] === 'PERSON').map((x) => x[2])).toEqual([kept]);
  });

  it('classify sees a one-row table as pii', () => {
    const c = classify({ text: 'vorname,geburtsdatum\nGerlinde,1958-04-02\n' });
    expect(c.dataClass).toBe('pii');
  });
});

describe('a date of birth before 1900 is history, not a living person\'s record', () => {
  it.each([
    ['fr', 'Victor Hugo, né le 26 février 1802, est un écrivain.'],
    ['nl', 'Rembrandt werd geboren op 15 juli 1606 in Leiden.'],
    ['en', 'Shakespeare was born on 23 April 1564 in Stratford.'],
    ['de', 'Goethe wurde am 28. August 1749 geboren.'],
    ['it', 'Giuseppe Verdi, nato il 10 ottobre 1813.'],
    ['es', 'Cervantes, nacido el 29 de septiembre de 1547.'],
  ])('%s: %s', (_lang, text) => {
    expect(entities(text)).not.toContain('DATE_OF_BIRTH');
  });

  it('living people\'s dates are still reported, in text, as JSON keys and as columns', () => {
    expect(entities('Hugo Lemaire, né le 26 février 1962.')).toContain('DATE_OF_BIRTH');
    expect(entities('Patient born on 23 April 1901.')).toContain('DATE_OF_BIRTH');
    expect(judgeKey('dob', '1961-03-14')).not.toBeUndefined();
    expect(judgeKey('dob', '1802-02-26')).toBeUndefined();
    expect(found('name,dob\nVictor Hugo,1802-02-26\n').map((x) => x[0])).not.toContain('DATE_OF_BIRTH');
  });

  it('the year bound: four-digit years from 1900 on pass, earlier ones and two-digit years as stated', () => {
    expect([livingBirthDate('1899-12-31'), livingBirthDate('1900-01-01'), livingBirthDate('02.04.58'), livingBirthDate('14/03/1961')]).toEqual([false, true, true, true]);
  });
});

describe('the tabular parser\'s adversarial inputs are in the linear-time set', () => {
  it('lists them', () => {
    const names = ADVERSARIAL.map((a) => a.name);
    expect(names).toEqual(expect.arrayContaining(['csv header, no rows', 'sql (,,,,', 'sql quotes', 'csv quotes', 'sql where pairs']));
  });
});

describe('the gated tabular scan equals the whole-text reference', () => {
  // SQL and table pieces in every case, glued to words, digits and the characters that end a header line or fold oddly.
  const PIECES = [
    'INSERT INTO', 'insert into', 'Insert  Ignore Into', 'INSERT', 'inserts', 'reinsert', '_insert', 'into', ' t ', ' `pat` ', 'patients', '(', ')', '(nachname, geburtsdatum, bsn)',
    '(dob)', ' VALUES ', 'values', '(\'Pfitzenmaier\', \'1958-04-02\', \'725763863\')', '(\'O\'Brien\')', ",", ', ', "'1961-03-14'", '162275869', "'x'", 'NOW()',
    'UPDATE p SET', ' SET ', 'set', 'Set', 'reset', 'asset', 'settings', ' WHERE ', 'where', 'Where', 'nowhere', 'p.', 'geboortedatum', 'dob', 'bsn', 'steuer_id', ' = ', '=', ' AND ', ' or ',
    'name,dob,bsn', 'Name;Geburtsdatum;Steuer-ID', 'vorname\tnachname', '| name | dob |', '|---|---|', '"first name","dob"', 'Ab Cd,1961-03-14,725763863', 'x|y', '\n', '\r\n', '\t',
    ' ', '  ', '.', '-', '_', ':', ': ', 'kolommen: ', '(x): ', '{', '"', '5', 'é', 'É', 'ſ', 'K', 'İ', 'ß', '𝐀', 'Jürgen Weiß', 'Ambroise',
  ];
  const run = (scan: (text: string, out: Hit[]) => void, text: string): Hit[] => {
    const out: Hit[] = [];
    scan(text, out);
    return out;
  };

  // Well-formed statements and tables with random case and spacing, so findings are common.
  const pick = <T,>(r: () => number, xs: readonly T[]): T => xs[Math.floor(r() * xs.length)] as T;
  // With names at the edges of COLUMN_NAME (four words, 48 characters, quoted) and past them, for header()'s early exit.
  const COLS = ['nachname', 'geburtsdatum', 'bsn', 'dob', 'first_name', 'steuer_id', 'x', 'note', 'date of birth', 'datum van de geboorte', 'naam van de rekening houder', '"first name"', `geburtsdatum_${'x'.repeat(35)}`, `geburtsdatum_${'x'.repeat(36)}`, `"geburtsdatum_${'x'.repeat(35)}"`];
  const VALS = ["'Pfitzenmaier'", "'1958-04-02'", '725763863', "'1961-03-14'", "'Ab Cd'", 'NULL', "'x'", "DATE '1975-06-01'"];
  const statement = (r: () => number): string => {
    const n = 1 + Math.floor(r() * 4);
    const cols = Array.from({ length: n }, () => pick(r, COLS));
    const vals = Array.from({ length: n + (r() < 0.1 ? 1 : 0) }, () => pick(r, VALS));
    const sp = (): string => pick(r, [' ', '  ', '\n', '\t', '']);
    switch (Math.floor(r() * 4)) {
      case 0:
        return `${pick(r, ['INSERT', 'insert', 'Insert', 'INSERT IGNORE', 'reinsert', '_insert'])}${sp()}${pick(r, ['INTO', 'into'])} t${sp()}(${cols.join(', ')})${sp()}${pick(r, ['VALUES', 'values', 'value'])}${sp()}(${vals.join(',')})`;
      case 1:
        return `${pick(r, ['UPDATE t SET', 'update t set', 'SELECT * FROM t WHERE', 'nowhere', 'reset'])}${sp()}${cols.map((c, i) => `${c}${sp()}=${sp()}${vals[i] ?? ''}`).join(pick(r, [', ', ' AND ', ' or ']))}`;
      case 2:
        return `${cols.join(pick(r, [',', ';', '\t', ' | ']))}\n${vals.map((v) => v.replace(/'/g, '')).join(pick(r, [',', ';', '\t', ' | ']))}\n`;
      default:
        return pick(r, PIECES);
    }
  };

  it('on random SQL, tables and prose', () => {
    const r = mulberry32(29);
    let found = 0;
    for (let i = 0; i < 4000; i++) {
      let s = '';
      const n = 1 + Math.floor(r() * 12);
      for (let k = 0; k < n; k++) s += r() < 0.5 ? statement(r) : pick(r, PIECES);
      const fast = run(scanTabular, s);
      expect(fast, JSON.stringify(s)).toEqual(run(scanTabularReference, s));
      found += fast.length;
    }
    for (const a of ADVERSARIAL) expect(run(scanTabular, a.make(4096))).toEqual(run(scanTabularReference, a.make(4096)));
    // The generator does produce findings (the comparison is not vacuous).
    expect(found).toBeGreaterThan(500);
  });
});

describe('a header named in a sentence before a colon, its rows after a blank line', () => {
  it.each([
    ['nl', 'Dit zijn de kolommen: naam; BSN; geboortedatum; soort; bedrag.\n\nAOW; ; ; inkomen; 18.240\nJ. Smit; 725763863; 23-01-1948; zorgkosten; 2.315\n', ['725763863', '23-01-1948']],
    ['de', 'Die Spalten sind: Name, Geburtsdatum, Steuer-ID\n\nPfitzenmaier, 02.04.1958, 12 345 678 901\n', ['02.04.1958', '12 345 678 901']],
    ['en', 'Here is the export, columns: name | date_of_birth | ssn\nJ. Doe | 1961-03-14 | 512-48-3319\n', ['1961-03-14', '512-48-3319']],
  ])('%s', (_lang, text, values) => {
    const covered = found(text).map((f) => f[2]);
    for (const v of values) expect(covered).toContain(v);
  });

  it('a label and its comma-separated values are no header', () => {
    const text = 'Cliënt: dhr. Bouali, BSN 197464968\nAdres: Vlierstraat 8, 5643 AP Eindhoven\n';
    expect(found(text).filter((f) => f[1]?.startsWith('csv-column.'))).toEqual([]);
    const two = 'Felder: Name, Geburtsdatum\nMaier, 02.04.1958\n';
    expect(found(two).filter((f) => f[1]?.startsWith('csv-column.'))).toEqual([]);
  });
});

describe('short birth-date column names of entry lists and registers', () => {
  it.each([
    ['de: geb', 'nr;name;geb;verein\n1;Lina Haberkorn;11.03.2012;TSV Musterdorf\n2;Timo Rauscher;29.06.2011;SC Beispiel'],
    ['de: geb.', 'nr;name;geb.;ort\n1;Lina Haberkorn;11.03.2012;Ulm\n2;Timo Rauscher;29.06.2011;Aalen'],
    ['es: fecha nac.', 'nombre;fecha nac.;club\nAna Ruiz Peña;03/05/1990;Getafe\nLuis Mora Gil;17/11/1988;Leganés'],
    ['it: data nasc.', 'nome;data nasc.;comune\nGiulia Neri;03/05/1990;Lodi\nPaolo Riva;17/11/1988;Crema'],
  ])('%s', (_name, text) => {
    expect(entities(text).filter((e) => e === 'DATE_OF_BIRTH')).toHaveLength(2);
  });

  it('a geb column with no dates in it finds no birth date', () => {
    expect(entities('name;geb;verein\nLina Haberkorn;-;TSV Musterdorf')).not.toContain('DATE_OF_BIRTH');
  });
});

describe('printed tables: a pandas, sqlite or psql header names the whitespace-aligned columns below it', () => {
  const cellsOf = (text: string, entity: string): string[] => found(text).filter((x) => x[0] === entity).map((x) => x[2] ?? '');

  it('German and French pandas head(): lower-case names and birth dates under their columns, the index dropped', () => {
    const de = '>>> patienten.head(2)\n   aufnahme            name  geburtsdatum     station\n0    881042   wilma trautvetter    1952-07-19  kardiologie\n1    881057      jonas bredemeier    1990-01-04  chirurgie';
    expect(cellsOf(de, 'PERSON')).toEqual(['wilma trautvetter', 'jonas bredemeier']);
    expect(cellsOf(de, 'DATE_OF_BIRTH')).toEqual(['1952-07-19', '1990-01-04']);
    const fr = '        nom  date_naissance   service\n0  lucienne arnaud      1947-05-30  gériatrie\n1  thibault mercadier      1983-09-12  urgences';
    expect(cellsOf(fr, 'PERSON')).toEqual(['lucienne arnaud', 'thibault mercadier']);
    expect(cellsOf(fr, 'DATE_OF_BIRTH')).toEqual(['1947-05-30', '1983-09-12']);
  });

  it('Dutch and Spanish: dates parted by one space only are split off cell by cell', () => {
    const nl = '   naam geboortedatum     opname\n0  femke terpstra    1961-02-14 2026-10-03\n1  ruud van dalen    1977-06-08 2026-10-05';
    expect(cellsOf(nl, 'PERSON')).toEqual(['femke terpstra', 'ruud van dalen']);
    expect(cellsOf(nl, 'DATE_OF_BIRTH')).toEqual(['1961-02-14', '1977-06-08']);
    const es = 'nombre              fecha_nacimiento  planta\nrosario villaverde  1958-11-21        3\nandrés quiroga      1970-03-02        5';
    expect(cellsOf(es, 'PERSON')).toEqual(['rosario villaverde', 'andrés quiroga']);
    expect(cellsOf(es, 'DATE_OF_BIRTH')).toEqual(['1958-11-21', '1970-03-02']);
  });

  it('Italian sqlite column mode and an English psql table (read as a | table past its +---+ rule)', () => {
    const it_ = 'sqlite> select nome, data_nascita from pazienti;\nnome              data_nascita\n----------------  ------------\nornella bassani   1949-08-27\ncarlo menegatti   1966-12-01';
    // The dashes line has two cells, as many as the header: its values are no name and no date, the rows after it are read.
    expect(cellsOf(it_, 'DATE_OF_BIRTH')).toEqual(['1949-08-27', '1966-12-01']);
    const en = ' full_name        | dob\n------------------+------------\n Harriet Pembleton | 1955-04-09\n Owen Castellanos  | 1988-10-30';
    expect(cellsOf(en, 'DATE_OF_BIRTH')).toEqual(['1955-04-09', '1988-10-30']);
  });

  it('no finding under columns that name nothing personal, in prose with double spaces, or in rows that do not line up', () => {
    expect(found('   product  price  qty\n0  desk lamp  19.90  3\n1  office chair  149.00  1')).toEqual([]);
    expect(found('The name  and the date were wrong.  We fixed them later.\nSee the release notes for 2.3.1 below.')).toEqual([]);
    // A header with a name column, but the line after it is prose: no row, no finding.
    expect(found('   name  status\nall rows are written back after the merge finishes')).toEqual([]);
  });
});

describe("a catalogue's name column holds products (issue 13)", () => {
  const people = (text: string): string[] => detect(text).filter((f) => f.entity === 'PERSON').map((f) => text.slice(f.start, f.end));
  it.each([
    ['en', 'Why does the import fail?\n\nsku,name,price\nHAT-12,Wool beanie Grace,14.00\nSCF-03,Silk scarf Amelia,29.00'],
    ['de', 'Import klappt nicht:\n\nartikelnummer;bezeichnung;preis\n4711;Tasse Emma;9,90\n4712;Kanne Paul;24,90'],
    ['fr', 'Erreur à l’import :\n\nréférence;nom;prix\nLMP-01;Lampe de bureau;59,00\nLMP-02;Applique murale;45,00'],
    ['es', 'Falla la carga:\n\nsku;nombre;precio\nCAM-7;Camiseta Lucía;19,90\nCAM-8;Sudadera con capucha;34,90'],
    ['nl', 'Import faalt:\n\nsku;naam;prijs\nMOK-1;Mok Sanne;8,50\nMOK-2;Beker Daan;7,50'],
    ['it', "L'import fallisce:\n\nsku;nome;prezzo\nTAZ-1;Tazza Giulia;9,00\nTAZ-2;Borraccia Marco;15,00"],
  ])('%s', (_lang, text) => {
    expect(people(text)).toEqual([]);
  });

  it('keeps the people of a table that also has a customer or e-mail column', () => {
    expect(people('sku,name,email\nHAT-12,Grace Whitfield,grace.w@example.net')).toContain('Grace Whitfield');
    expect(people('order,sku,customer_name,price\n1001,HAT-12,Grace Whitfield,14.00')).toContain('Grace Whitfield');
  });
});
