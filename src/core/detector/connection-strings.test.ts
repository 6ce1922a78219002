// A password in a database connection string is the password whatever its letters; templates stay clean.
import { describe, expect, it } from 'vitest';
import { classify } from './classify.js';

const ask = (text: string): ReturnType<typeof classify> =>
  classify({ messages: [{ role: 'user', content: text }] });
const secrets = (text: string): string[] =>
  ask(text)
    .findings.filter((f) => f.entity === 'PASSWORD')
    .map((f) => text.slice(f.start, f.end));

describe('a letters-only password in a connection string', () => {
  it.each([
    [
      'en, pyodbc',
      "Why does this time out? pyodbc.connect('DRIVER={ODBC Driver 17 for SQL Server};SERVER=db01.intra.local;DATABASE=Sales;UID=app_sales;PWD=kdjWqpLzmrTnvB;Encrypt=yes')",
      'kdjWqpLzmrTnvB',
    ],
    [
      'de, ADO.NET',
      'Die Verbindung schlägt fehl: Server=tcp:sqlprod.beispielnetz.de,1433;Initial Catalog=Auftraege;User ID=auftrag_app;Password=VmxkcTrpQawZ; – woran liegt das?',
      'VmxkcTrpQawZ',
    ],
    [
      'fr, Oracle managed driver',
      'Ma chaîne de connexion : "Data Source=ora01;User Id=comptable;Password=bluefalcon;" renvoie ORA-01017.',
      'bluefalcon',
    ],
    [
      'es, JDBC',
      'El pool no arranca con jdbc:sqlserver://db.corp.local:1433;databaseName=rrhh;user=rrhh_ro;password=PinkElephantsDance; ¿qué falta?',
      'PinkElephantsDance',
    ],
    [
      'nl, ODBC with Pwd',
      'Deze DSN-loze string werkt niet: Driver={PostgreSQL Unicode};Server=pg1;Port=5432;Database=voorraad;Uid=magazijn;Pwd=zonnebloem;',
      'zonnebloem',
    ],
    [
      'it, password first',
      'Perché fallisce? "Password=GirasoleRosso;User ID=contab;Server=sql02;Database=Bilancio"',
      'GirasoleRosso',
    ],
  ])('%s', (_name, text, value) => {
    expect(secrets(text)).toContain(value);
  });

  it.each([
    [
      'an f-string reference',
      'conn = f"DRIVER={{ODBC Driver 18 for SQL Server}};SERVER={host};DATABASE={db};UID={user};PWD={pwd}"',
    ],
    ['a placeholder', 'Beispiel: "Server=myServer;Database=myDB;User Id=myUser;Password=myPassword;"'],
    ['a format argument', 'cs = "Server=x;Database=y;User Id=sa;Password=%s;" % pw'],
    ['a shell variable', 'export CS="Server=x;Database=y;User Id=sa;Password=$DB_PASS;"'],
    ['a template', 'Server=x;Database=y;User Id=sa;Password=${DB_PASS};'],
    [
      'an angle placeholder',
      'Remplacez Server=x;Database=y;User Id=sa;Password=<password>; par vos valeurs.',
    ],
    ['an empty password', 'Server=x;Database=y;User Id=sa;Password=;'],
    ['a mask', 'Server=x;Database=y;User Id=sa;Password=********;'],
    ["Oracle's sample", 'Data Source=orcl;User Id=scott;Password=tiger;'],
    ['a setting name', 'Server=x;Database=y;User Id=sa;Password=env.DB_PASS;'],
    ['a glued key word', 'Server=x;Database=y;User Id=sa;Password=dbpassword;'],
    ['a SQL parameter', 'Server=x;Database=y;User Id=sa;Password=@pwd;'],
    ['no connection string', 'In de wiki staat password=zonnebloem bij het voorbeeld.'],
  ])('%s stays clean', (_name, text) => {
    expect(secrets(text)).toEqual([]);
  });
});
