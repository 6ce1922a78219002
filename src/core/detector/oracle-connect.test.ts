// Oracle connect strings with a password (oracle-connect.ts). Texts and values of our own.
import { describe, expect, it } from 'vitest';
import { detect } from './detect.js';

const secrets = (text: string): string[] => detect(text).filter((f) => f.dataClass === 'secret').map((f) => text.slice(f.start, f.end));

describe('Oracle connect strings', () => {
  it.each([
    ['url = jdbc:oracle:thin:etl_load/Vl0edG0ud!7@//db-fin.local:1521/FINPRD', 'Vl0edG0ud!7'],
    ['jdbc:oracle:thin:etl_load/Vl0edG0ud!7@finprd_tns', 'Vl0edG0ud!7'],
    ['sqlplus -s reporting/Kw4rtz#2025@DWH01 @daily.sql', 'Kw4rtz#2025'],
    ['SQL> connect batch_user/Sn0wB4ll$@ORCLPDB1', 'Sn0wB4ll$'],
    ['expdp userid=backup_op/Tr1ckyP4ss@PRODDB schemas=sales', 'Tr1ckyP4ss'],
    ['usa ventas/Mar3a!Alta@//10.1.2.3:1521/VENTAS desde DBeaver', 'Mar3a!Alta'],
  ])('%s', (text, secret) => {
    expect(secrets(text)).toContain(secret);
  });

  it.each([
    'steps:\n  - uses: actions/checkout@v4\n  - uses: docker/build-push-action@v5',
    'npm i @scope/pkg@1.2.3 and lodash/fp@4',
    'sqlplus scott/tiger@orcl and sqlplus hr/hr@//localhost/XEPDB1',
    'sqlplus app_user/${DB_PASS}@PROD or sqlplus app_user/<password>@PROD',
    'see docs/setup@2024 for the notes',
  ])('%s', (text) => {
    expect(secrets(text)).toEqual([]);
  });
});

describe("Go's MySQL DSN and a dotted host after the password", () => {
  it.each([
    ['db, err := sql.Open("mysql", "app:Vx8kq2Lm!Rt5@tcp(10.0.0.5:3306)/shop")', 'Vx8kq2Lm!Rt5'],
    ['DSN=reporting:Mz4#pontLyon@tcp(db.interne:3306)/ventes?parseTime=true', 'Mz4#pontLyon'],
    // The finding takes the dotted host in: the password's tail and the host are no e-mail address.
    ['sqlplus hr/Vx8kq2Lm!Rt5@ora01.internal:1521/XEPDB1', 'Vx8kq2Lm!Rt5@ora01.internal'],
  ])('%s', (text, secret) => {
    expect(secrets(text)).toContain(secret);
  });
  it.each([
    'db, err := sql.Open("mysql", "user:password@tcp(localhost:3306)/dbname")',
    'dsn := fmt.Sprintf("%s:%s@tcp(%s)/%s", user, pass, host, name)',
    'root:root@tcp(127.0.0.1:3306)/test',
  ])('%s', (text) => {
    expect(secrets(text)).toEqual([]);
  });
});
