// Secrets in credential files (credential-files.ts) and the Supabase anon key (documentation-values.ts). Texts and
// values of our own.
import { describe, expect, it } from 'vitest';
import { isFlagged } from './test-support/ask-class.js';
import { detect } from './detect.js';
import { passwordLike } from './secret-values.js';

const secrets = (text: string): string[] => detect(text).filter((f) => f.dataClass === 'secret').map((f) => text.slice(f.start, f.end));
const rules = (text: string): string[] => detect(text).filter((f) => f.dataClass === 'secret').map((f) => f.rule);

describe('.netrc entries', () => {
  it.each([
    ['machine api.tracker.io\n  login ops@tracker.io\n  password 7c1e9a40-55b2-4d7f-9e13-2a6b8c0d4f11', '7c1e9a40-55b2-4d7f-9e13-2a6b8c0d4f11'],
    ['my .netrc: machine ftp.shipyard-corp.net login backup password Rv6!kqPn31', 'Rv6!kqPn31'],
    ['default login deploy password Hx83mWq2', 'Hx83mWq2'],
    ['machine git.corp.lan login jan port 443 password "Kaas!Schaaf9"', 'Kaas!Schaaf9'],
    // In prose, in five more languages; the sentence's full stop is not part of it.
    ['In ~/.netrc steht:\nmachine intranet.firma.de\nlogin kmueller\npassword Zugspitze88', 'Zugspitze88'],
    ['Voici mon fichier .netrc : machine git.interne.fr login jdupont password Soleil2024Bleu.', 'Soleil2024Bleu'],
    ['Mi .netrc dice machine repo.empresa.es login mgarcia password Naranja77x y no funciona', 'Naranja77x'],
    ['Il mio file .netrc contiene: machine files.azienda.it login rbianchi password CapriSole!4', 'CapriSole!4'],
    ['Mijn .netrc: machine nexus.bedrijf.nl login pvisser password Fietspad2031', 'Fietspad2031'],
  ])('%s', (text, secret) => {
    expect(secrets(text)).toContain(secret);
  });

  it.each([
    'machine api.example.com login <user> password <password>',
    'machine mirror.site.org login anonymous password anonymous@',
    'machine host.lan login me password ${NETRC_PASS}',
    'machine host.lan login me password changeme',
    'The machine learning model uses a password field in the login form.',
    'on the build machine the password rotates every week',
  ])('%s', (text) => {
    expect(secrets(text)).toEqual([]);
  });
});

describe('ini sections that name an account (.pypirc, pip.conf, .my.cnf, rclone.conf)', () => {
  it('a letters-only password under a username (twine upload, .pypirc) is found', () => {
    const text = 'twine says 403, my .pypirc:\n\n[internal]\nrepository = https://nexus.corp.lan/repository/pypi/\nusername = ci-bot\npassword = qmWvRtaPlokBnHyd';
    expect(secrets(text)).toEqual(['qmWvRtaPlokBnHyd']);
    // A generated-looking letters-only password (config-secrets.ts, app passwords) is now claimed by the config rule
    // before the ini section's; either way it is found once.
    expect(rules(text)).toEqual(['secret.config-password']);
  });

  it.each([
    ['[client]\nuser = backup\npassword = ZrkWqoPtenVb', 'ZrkWqoPtenVb'],
    ['[nas]\ntype = sftp\nhost = nas.home.lan\npass = KlmPoqWerTzu', 'KlmPoqWerTzu'],
  ])('%s', (text, secret) => {
    expect(secrets(text)).toEqual([secret]);
  });

  it('a generated-looking letters-only password is found even with no account in its section (config-secrets.ts)', () => {
    expect(secrets('[options]\npassword = ifNvyauDrwetvvbg')).toEqual(['ifNvyauDrwetvvbg']);
  });

  it.each([
    // Placeholders; a lower-case word.
    '[pypi]\nusername = __token__\npassword = ${PYPI_TOKEN}',
    '[pypi]\nusername = me\npassword = <your password>',
    '[client]\nuser = root\npassword = changeme',
    '[client]\nuser = root\npassword = required',
    '[client]\nuser = root\npassword = mySecretPassword',
  ])('%s', (text) => {
    expect(secrets(text)).toEqual([]);
  });
});

describe('.pgpass lines', () => {
  it.each([
    ['db.shop.internal:5432:orders:app_rw:Pg9!xTr2LmQ', 'Pg9!xTr2LmQ'],
    ['Meine .pgpass sieht so aus:\nlocalhost:5432:*:postgres:Bergsee_1987', 'Bergsee_1987'],
    ['Mijn ~/.pgpass:\n*:*:*:dbbeheer:Tulpen2024veld', 'Tulpen2024veld'],
    ['pgbouncer.lan:6432:app:svc:Wq\\:7Lm0pZ', 'Wq\\:7Lm0pZ'],
    ['cat ~/.pgpass\n10.0.0.5:5499:crm:crm:Kx8-ploW2z', 'Kx8-ploW2z'],
  ])('%s', (text, secret) => {
    expect(secrets(text)).toContain(secret);
  });

  it.each([
    '# hostname:port:database:username:password\n*:5432:*:postgres:password',
    'localhost:5432:mydb:myuser:mypassword',
    '12:30:45:67:Started\nserver:443:TLS:v1:ECDHE-RSA',
    'app:8080:INFO:main:Startup-complete1',
  ])('%s', (text) => {
    expect(secrets(text)).toEqual([]);
  });
});

describe('.htpasswd lines: hashes are reported (crackable offline, and the line names the account)', () => {
  it.each([
    ['admin:$apr1$9Lk2QxZp$Wm3TqR8vYb1Nc6Hd0Ks7E/', '$apr1$9Lk2QxZp$Wm3TqR8vYb1Nc6Hd0Ks7E/'],
    ['Mon fichier .htpasswd :\njdoe:$2y$05$Zk3l0W.5xK2bq9tN1pR8OeQ7yUu4mVv6sJ0aHc9dLrGf1iXwYzTq2', '$2y$05$Zk3l0W.5xK2bq9tN1pR8OeQ7yUu4mVv6sJ0aHc9dLrGf1iXwYzTq2'],
    ['ops:{SHA}W6ph5Mm5Pz8GgiULbPgzG37mj9g=', '{SHA}W6ph5Mm5Pz8GgiULbPgzG37mj9g='],
  ])('%s', (text, hash) => {
    expect(secrets(text)).toContain(hash);
  });

  it('a bcrypt hash in code, not on a user:hash line, is left alone', () => {
    expect(rules("'password' => '$2y$10$Qm8xVb2Lk5Np0Rt7Yw3Ze.Hc4Jd6Fg9Sa1Ku8Mo2Pi5Lq7Nr3Ts0Uv', // seeded")).not.toContain('secret.htpasswd');
  });
});

describe('the key of jwt.sign / jwt.encode calls', () => {
  it.each([
    ["const token = jwt.sign({ sub: user.id, scope: ['a', 'b'] }, 'k8s-Prod-Signing-9911xq', { expiresIn: '1h' });", 'k8s-Prod-Signing-9911xq'],
    ['token = jwt.sign(payload, "s3cr3tKeyForHmac_42")', 's3cr3tKeyForHmac_42'],
    ["encoded = jwt.encode({'some': 'payload'}, 'Hm4c-Pr0d-Key!zz', algorithm='HS256')", 'Hm4c-Pr0d-Key!zz'],
    ["JWT.encode(payload, 'rb-Hmac-77Qx', 'HS256')", 'rb-Hmac-77Qx'],
  ])('%s', (text, secret) => {
    expect(secrets(text)).toContain(secret);
  });

  it.each([
    "const t = jwt.sign({ id }, config.jwtSecret, { expiresIn: '7d' });",
    'jwt.sign(payload, process.env.JWT_SECRET)',
    "jwt.sign(payload, 'your-256-bit-secret')",
    "var token = jwt.sign({ foo: 'bar' }, 'shhhhh');",
    "jwt.sign(payload, 'mySecretKey')",
    'jwt.decode(token, options)',
  ])('%s', (text) => {
    expect(secrets(text)).toEqual([]);
  });
});

describe('a password given in a sentence about its credential file', () => {
  it.each([
    ['The password in my .pypirc is ifNvyauDrwetvvbg and twine still says 403', 'ifNvyauDrwetvvbg'],
    ['Das Passwort in meiner ~/.netrc lautet Zugspitze88.', 'Zugspitze88'],
    ['le mot de passe dans mon .pypirc est qmWvRtaPlokBnHyd', 'qmWvRtaPlokBnHyd'],
    ['la contraseña de mi .pgpass es Naranja77x, ¿por qué falla?', 'Naranja77x'],
    ['la password nel mio .netrc è CapriSoleMare', 'CapriSoleMare'],
    ['het wachtwoord in mijn .netrc is Fietspad2031', 'Fietspad2031'],
    ['the password in pip.conf is "Lk29vbQ0zz"', 'Lk29vbQ0zz'],
  ])('%s', (text, secret) => {
    expect(secrets(text)).toContain(secret);
  });

  it.each([
    'The password in my .pypirc is stored in plain text',
    'the password in ~/.netrc is ${NETRC_PASS}',
    'Das Passwort in der .netrc ist leer',
    'La contraseña del .pgpass es la misma que antes',
    'the password in your .netrc is: <password>',
    'het wachtwoord in mijn .netrc is Wachtwoord',
    'the password in my .netrc is ~/.pypirc too',
  ])('%s', (text) => {
    expect(secrets(text)).toEqual([]);
  });
});

describe('a letters-only random password under a password key', () => {
  it.each([
    ['<server>\n  <id>nexus</id>\n  <username>deployer</username>\n  <password>qmWvRtaPlokBnHyd</password>\n</server>', 'qmWvRtaPlokBnHyd'],
    ['nexusUsername=deployer\nnexusPassword=KlmPoqWerTzuVb', 'KlmPoqWerTzuVb'],
    ['DB_USER=app\nDB_PASSWORD=ZrkWqoPtenVbHa', 'ZrkWqoPtenVbHa'],
    ['spring:\n  datasource:\n    password: "TqLmNoPzRwXcVb"', 'TqLmNoPzRwXcVb'],
  ])('%s', (text, secret) => {
    expect(secrets(text)).toContain(secret);
  });

  it.each(['password: SuperSecretPassword', 'DB_PASSWORD=PostgreSQLDatabase', '<password>ThisIsMyPassword</password>', 'password=ChangeMeNowPlease'])('%s', (text) => {
    expect(secrets(text)).toEqual([]);
  });
});

describe('WordPress keys and salts', () => {
  it('a generated salt is found, the sample file\'s phrase is not', () => {
    expect(secrets("define('AUTH_KEY', 'x@9#Lk2!vQ0z&pR7^mN3*bT6(wY1)eU4q<Tz{8}');")).toEqual(['x@9#Lk2!vQ0z&pR7^mN3*bT6(wY1)eU4q<Tz{8}']);
    expect(secrets("define( 'NONCE_SALT',       'put your unique phrase here' );")).toEqual([]);
  });
});

describe('Supabase keys', () => {
  // {"iss":"supabase","ref":"qprstuvwxyzabcde","role":...}, signatures of our own.
  const anon =
    'eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJpc3MiOiJzdXBhYmFzZSIsInJlZiI6InFwcnN0dXZ3eHl6YWJjZGUiLCJyb2xlIjoiYW5vbiIsImlhdCI6MTcxMDAwMDAwMCwiZXhwIjoyMDI1NTc2MDAwfQ.Q2xlYW5TaWduYXR1cmVPZk91ck93bjEyMzQ1Njc4OTA';
  const serviceRole =
    'eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJpc3MiOiJzdXBhYmFzZSIsInJlZiI6InFwcnN0dXZ3eHl6YWJjZGUiLCJyb2xlIjoic2VydmljZV9yb2xlIiwiaWF0IjoxNzEwMDAwMDAwLCJleHAiOjIwMjU1NzYwMDB9.U2VydmljZVNpZ25hdHVyZU9mT3VyT3duOTg3NjU0MzI';

  it('the anon key is public by design (in every page the site serves): not a secret', () => {
    expect(isFlagged(`NEXT_PUBLIC_SUPABASE_URL=https://qprstuvwxyzabcde.supabase.co\nNEXT_PUBLIC_SUPABASE_ANON_KEY=${anon}`)).toBe(false);
  });

  it('the service_role key beside it is', () => {
    expect(isFlagged(`NEXT_PUBLIC_SUPABASE_ANON_KEY=${anon}\nSUPABASE_SERVICE_ROLE_KEY=${serviceRole}`)).toBe(true);
  });
});

describe('passwordLike', () => {
  it('takes random values, letters-only ones with an inner capital too', () => {
    expect(['ifNvyauDrwetvvbg', 'Qw7!zzLm22', 'Winter2025pass', 'Passw0rd!x'].map(passwordLike)).toEqual([true, true, true, true]);
  });

  it('refuses placeholders, masks, references and words', () => {
    const values = ['password123', 'your-secret-key', 'mySecretKey', '********', 'xxxxxxxx', '${DB_PASS}', '<password>', 'anonymous', 'Secret', 'hunter', 'aaaaaaaa', '12345678'];
    expect(values.filter(passwordLike)).toEqual([]);
  });
});
