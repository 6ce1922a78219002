// The shared reading of secret-ish names (secret-names.ts) and values (secret-values.ts) that generic-secrets.ts,
// config-secrets.ts and code-credentials.ts all ask. Names and values of our own.
import { describe, expect, it } from 'vitest';
import { CONFIG_NOT_KEY_RUN_TOGETHER, NOT_SECRET_WORDS } from './data/secret-names.js';
import { detect } from './detect.js';
import { configKeyKind, nameWords, secretName } from './secret-names.js';
import {
  configValue,
  credentialValue,
  keyLike,
  looksPassword,
  looksSecret,
  machineMade,
} from './secret-values.js';

describe('secretName', () => {
  it.each([
    // English, and the other five languages' words as code writes them.
    ['DB_PASSWORD', 'password'],
    ['stripeApiKey', 'named'],
    ['WEBHOOK_SIGNING_SECRET', 'named'],
    ['vendorKey', 'bare'],
    ['passwort', 'password'],
    ['datenbank_kennwort', 'password'],
    ['api_schluessel', 'named'],
    ['motDePasse', 'password'],
    ['mot_de_passe_admin', 'password'],
    ['token_secreto', 'named'],
    ['contrasena', 'password'],
    ['stripeClave', 'bare'],
    ['chiave_segreta', 'named'],
    ['wachtwoord', 'password'],
    ['geheime_sleutel', 'named'],
    ['apiSleutel', 'named'],
  ])('%s -> %s', (name, tier) => {
    expect(secretName(name)).toBe(tier);
  });

  it('reads the key word of French, Spanish and Italian before what the key is for', () => {
    expect(secretName('clave_api')).toBe('named');
    expect(secretName('chiaveApi')).toBe('named');
    expect(secretName('CLE_API')).toBe('named');
    expect(secretName('stripe_clave_api')).toBe('named');
    // English puts it after: "key api" is no name of a key.
    expect(secretName('key_api')).toBeNull();
    expect(secretName('api')).toBeNull();
  });

  it('an identifier, a public key, a cursor or an algorithm-named digest is no secret', () => {
    for (const name of [
      'api_key_id',
      'publicKey',
      'nextPageToken',
      'csrf_token',
      'password_reset_url',
      'tokenSha256',
    ])
      expect(secretName(name), name).toBeNull();
  });

  it('reads an algorithm after a key word as what the key is for: a credential (Redsys clave_sha256)', () => {
    for (const name of ['clave_sha256', 'claveSHA256', 'keyHmac', 'KEY_AES256', 'chiave_sha256', 'cle_hmac', 'sleutel_sha256', 'schluessel_sha256'])
      expect(secretName(name), name).toBe('named');
    // A digest word before the key still rules it out.
    expect(secretName('cache_key_sha256')).toBeNull();
    const text = 'DS_MERCHANT_TERMINAL=1\nclave_sha256=gwNzxoY74QktRIH6sY79gFbRSedAAsbp';
    expect(detect(text).some((f) => f.dataClass === 'secret' && text.slice(f.start, f.end) === 'gwNzxoY74QktRIH6sY79gFbRSedAAsbp')).toBe(true);
  });

  it('reads a hash word right before a key word as an HMAC key (a payment gateway\'s hash_key)', () => {
    for (const name of ['hash_key', 'hashKey', 'HASHKEY', 'merchant_hash_key', 'hash_sleutel', 'Hash-Schlüssel'])
      expect(secretName(name), name).toBe('named');
    // A hash anywhere else is a digest; a word before it that is no secret's still rules the key out.
    // The head-first languages' key noun before a hash is a password's hash (claveHash, below).
    for (const name of ['password_hash', 'hash_value', 'file_hash', 'cache_hash_key', 'partition_hash_key', 'key_hash', 'clave_hash', 'chiave_hash'])
      expect(secretName(name), name).toBeNull();
    expect(configKeyKind('hash_key')).toBe('strong');
    expect(configKeyKind('hashkey')).toBe('strong');
    expect(configKeyKind('cache_hash_key')).toBeNull();
    const text = "payment:\n  provider: pmpayment\n  hash_key: '9c89e03926d46cca98cfc6f898598bc5a633d0971ab3cf98865ee01df70f8c6c'";
    expect(detect(text).some((f) => f.dataClass === 'secret' && text.slice(f.start, f.end).startsWith('9c89e039'))).toBe(true);
    // DynamoDB's hash key names an attribute: no secret.
    expect(detect('hash_key = "LockID"').filter((f) => f.dataClass === 'secret')).toEqual([]);
  });

  it('reads run-together names only after a credential qualifier', () => {
    expect(secretName('signingkey')).toBe('named');
    expect(secretName('authtoken')).toBe('named');
    expect(secretName('monkey')).toBeNull();
    expect(secretName('turkey')).toBeNull();
  });

  it('splits names at camelCase humps and punctuation', () => {
    expect(nameWords('X-Vendor-APIKey')).toEqual(['x', 'vendor', 'api', 'key']);
    expect(nameWords('chiave2Segreta')).toEqual(['chiave2', 'segreta']);
  });
});

describe('configKeyKind', () => {
  it('reads run together only words of the one not-a-secret list', () => {
    const words = new Set(NOT_SECRET_WORDS.split(' '));
    expect(CONFIG_NOT_KEY_RUN_TOGETHER.split(' ').filter((w) => !words.has(w))).toEqual([]);
  });

  it.each([
    ['db_password', 'password'],
    ['pgpassword', 'password'],
    ['smtp_pass', 'password'],
    ['client_secret', 'strong'],
    ['bot_token', 'strong'],
    ['accountkey', 'strong'],
    ['sevdesk_key', 'vendor'],
    ['token', 'bare'],
    ['secret', 'bare'],
    ['asana_pat', 'pat'],
    ['key', 'lone'],
  ])('%s -> %s', (key, kind) => {
    expect(configKeyKind(key)).toBe(kind);
  });

  it('a lookup, ordering or public key, a cursor and a word ending in "pat" are none', () => {
    for (const key of [
      'sort_key',
      'partitionkey',
      'public_key',
      'recaptcha_site_key',
      'next_page_token',
      'csrfmiddlewaretoken',
      'compat',
      'bypass',
    ])
      expect(configKeyKind(key), key).toBeNull();
  });
});

describe('value tests', () => {
  it('a password needs a digit or a symbol; placeholders in the six languages are none', () => {
    expect(credentialValue('Vr7#kLq2Wz9p', 'password')).toBe(true);
    for (const v of [
      'your-password1',
      'beispiel-Passwort1',
      'mot-de-passe-exemple1',
      'ejemplo-Clave-2024',
      'wachtwoord-voorbeeld1',
      'esempio-password1',
    ])
      expect(credentialValue(v, 'password'), v).toBe(false);
  });

  it('a key must be random for its tier', () => {
    expect(credentialValue('Gh4Jk8Lz2Xc6Vb0Nm3Qw', 'named')).toBe(true);
    expect(credentialValue('Gh4Jk8Lz2Xc6Vb0Nm3Qw', 'bare')).toBe(true);
    expect(credentialValue('gh4jk8lz2xc6vb0nm3qw', 'bare')).toBe(false);
    expect(credentialValue('release-2026-03-01-build', 'named')).toBe(false);
  });

  it('config values by key kind', () => {
    expect(configValue('hunter2!', 'password')).toBe(true);
    expect(configValue('hunter2!', 'strong')).toBe(false);
    expect(configValue('Kp7Rt2Wq9Zm4Xv1Bn6Lc3Yd', 'strong')).toBe(true);
    // A bare "token" or a vendor's key: machine-made (24+, mixed case or hex), or a UUID for a vendor's.
    expect(configValue('kp7rt2wq9zm4xv1bn6lc3yd8', 'bare')).toBe(false);
    expect(configValue('Kp7Rt2Wq9Zm4Xv1Bn6Lc3Yd8', 'bare')).toBe(true);
    expect(configValue('3f8a1c5e-7b2d-4e9f-a6c1-0d5e8b2f4a7c', 'vendor')).toBe(true);
    expect(configValue('3f8a1c5e-7b2d-4e9f-a6c1-0d5e8b2f4a7c', 'bare')).toBe(false);
    expect(configValue('2/1204567890123/1206543210987:4c8e2a6f0b3d7e1a5c9f2b6d0e4a8c3f', 'pat')).toBe(true);
    for (const v of [
      '${DB_PASSWORD}',
      '{{ secret }}',
      'changeme123',
      'password',
      'settings.database.password',
    ])
      expect(looksSecret(v, true), v).toBe(false);
  });

  it('call arguments: machine-made keys and typed passwords', () => {
    expect(machineMade('Kp7Rt2Wq9Zm4Xv1Bn6Lc3Yd8')).toBe(true);
    expect(keyLike('K7PR2TW9QZ4MXV1BN6LC3YDF')).toBe(true);
    expect(keyLike('ORDERSUMMARYFORJANUARY24')).toBe(false);
    expect(looksPassword('Sommer2026!')).toBe(true);
    expect(looksPassword('ops@mail.example.de')).toBe(false);
  });
});

// Regression: each recogniser kept its own word lists, so a word added to one was missing from the others.
describe('one word list for every recogniser', () => {
  const secrets = (text: string): string[] =>
    detect(text)
      .filter((f) => f.dataClass === 'secret')
      .map((f) => text.slice(f.start, f.end));

  it.each([
    // French, Spanish and Italian name the key before what it is for, and write "secret" in their own words.
    ["$cle_secrete = 'Qw7Er2Ty9Ui4Op1As6Df3Gh8';", 'Qw7Er2Ty9Ui4Op1As6Df3Gh8'],
    ["clave_secreta: 'Lm4Nb8Vc2Xz6As1Df5Gh9Jk3'", 'Lm4Nb8Vc2Xz6As1Df5Gh9Jk3'],
    ["monJeton = 'Hy6tRe3wQ8zKp2Lm9Vx4Nb7C'", 'Hy6tRe3wQ8zKp2Lm9Vx4Nb7C'],
    ["$clave_api = 'Zx8Cv2Bn5Mq9Wr3Ty7Ui1Op4';", 'Zx8Cv2Bn5Mq9Wr3Ty7Ui1Op4'],
    ['CHIAVE_API="Nb5Vc9Xz3Lk7Jh1Gf6Ds2Ap8"', 'Nb5Vc9Xz3Lk7Jh1Gf6Ds2Ap8'],
    ["const cleApi = 'Wq3Er7Ty1Ui5Op9As2Df6Gh0';", 'Wq3Er7Ty1Ui5Op9As2Df6Gh0'],
    // HashiCorp Vault's own token: "vault" names where secrets are kept, but its token is one.
    ['export VAULT_TOKEN=Rt6Yu0Io4Pa8Sd2Fg7Hj1Kl5Zx', 'Rt6Yu0Io4Pa8Sd2Fg7Hj1Kl5Zx'],
  ])('%s', (text, secret) => {
    expect(secrets(text)).toContain(secret);
  });

  it.each([
    // Placeholders in the six languages under a config key are no secret (config-secrets.ts reads the generic list).
    ['DB_PASSWORD=your-password-1'],
    ['DB_PASSWORD=Beispiel2026!'],
    ['DB_PASSWORD=exemple-2026!'],
    ['DB_PASSWORD=ejemplo_2026!'],
    ['DB_PASSWORD=voorbeeld2026!'],
    ['DB_PASSWORD=esempio_2026!'],
    // A push or a device token names an app install, not a credential, in every recogniser.
    ['PUSH_TOKEN=Kp7Rt2Wq9Zm4Xv1Bn6Lc3Yd8Fg'],
    ['device_token: Kp7Rt2Wq9Zm4Xv1Bn6Lc3Yd8Fg'],
    ['request_dedup_key: Kp7Rt2Wq9Zm4Xv1Bn6Lc3Yd8Fg'],
  ])('%s is none', (text) => {
    expect(secrets(text)).toEqual([]);
  });
});

describe('names read head first (the secret noun, then what it is for)', () => {
  const secrets = (text: string): string[] =>
    detect(text)
      .filter((f) => f.dataClass === 'secret')
      .map((f) => text.slice(f.start, f.end));

  it.each([
    // Spanish, French, Italian and Portuguese put the noun first; English code sometimes does for a system or role.
    ['claveTienda', 'bare'],
    ['clave_merchant', 'named'],
    ['contrasenaAdmin', 'password'],
    ['contrasena_bd', 'password'],
    ['motDePasseAdmin', 'password'],
    ['mot_de_passe_bdd', 'password'],
    ['chiaveCliente', 'bare'],
    ['passwordUtente', 'password'],
    ['senhaUsuario', 'password'],
    ['passwordDb', 'password'],
    ['PASSWORD_PROD', 'password'],
    ['secretKeyLive', 'named'],
    // Dutch and German put it last, as English does.
    ['adminWachtwoord', 'password'],
    ['datenbankPasswort', 'password'],
  ])('%s -> %s', (name, tier) => {
    expect(secretName(name)).toBe(tier);
  });

  it.each([
    // A setting about the secret, in English and the head-first languages, and English words after a noun.
    'password_hash',
    'passwordHash',
    'claveHash',
    'password_policy',
    'passwordMinLength',
    'password_reset_url',
    'passwordExpiry',
    'passwordHint',
    'passwordField',
    'passwordLabel',
    'passwordPlaceholder',
    'passwordRequired',
    'passwordVisible',
    'clave_longitud',
    'contrasenaCampo',
    'motDePasseOublie',
    'chiaveRicerca',
    'claveValor',
    'authUser',
    'tokenType',
    'keyDown',
    'wachtwoordVeld',
  ])('%s is none', (name) => {
    expect(secretName(name)).toBeNull();
  });

  it.each([
    ['php', "$claveTienda = 'Pq4+Wm8zR2/xL6nK1vB9cT3yH7jF5dS0';", 'Pq4+Wm8zR2/xL6nK1vB9cT3yH7jF5dS0'],
    ['php', "$motDePasseAdmin = 'Tulipe!Rouen58';", 'Tulipe!Rouen58'],
    ['js', "const contrasenaAdmin = 'Naranja!Sevilla42';", 'Naranja!Sevilla42'],
    ['js', "export const chiaveServizio = 'Lm4Nb8Vc2Xz6As1Df5Gh9Jk3';", 'Lm4Nb8Vc2Xz6As1Df5Gh9Jk3'],
    ['python', 'password_db = "Gatto!Rosso19"', 'Gatto!Rosso19'],
    ['python', 'SECRET_KEY_PROD = "Zx8Cv2Bn5Mq9Wr3Ty7Ui1Op4"', 'Zx8Cv2Bn5Mq9Wr3Ty7Ui1Op4'],
    ['yaml', 'passwordUtente: Limone#Bari27', 'Limone#Bari27'],
    ['yaml', "clave_comercio: 'Hm4Tq8Wz2Rx6Lp1Nv9Kb3Yc7'", 'Hm4Tq8Wz2Rx6Lp1Nv9Kb3Yc7'],
    ['env', 'CONTRASENA_BD=Olivo!Cordoba63', 'Olivo!Cordoba63'],
    ['env', 'MOT_DE_PASSE_BDD=Cerise!Lyon71', 'Cerise!Lyon71'],
    ['properties', 'mail.password.smtp=Vq8#Lm3Wz2', 'Vq8#Lm3Wz2'],
    ['properties', 'senha.usuario=Caju!Recife35', 'Caju!Recife35'],
  ])('finds the value (%s): %s', (_syntax, text, secret) => {
    expect(secrets(text)).toEqual([secret]);
  });

  it.each([
    ["$password_hash = 'Qw7Er2Ty9Ui4Op1As6Df3Gh8Jk';"],
    ['passwordMinLength: 12'],
    ["const claveLongitud = 'Qw7Er2Ty9Ui4Op1As6Df3Gh8Jk';"],
    ['PASSWORD_RESET_URL=https://shop.example.org/reset'],
    ['contrasena.campo=Contraseña'],
    ["password_policy = 'min8_upper1_digit1'"],
  ])('%s is none', (text) => {
    expect(secrets(text)).toEqual([]);
  });
});

describe('names with accented letters', () => {
  it.each([
    ['contraseña_bd', ['contrasena', 'bd']],
    ['CONTRASEÑA', ['contrasena']],
    ['cléApi', ['cle', 'api']],
    ['API_SCHLÜSSEL', ['api', 'schlussel']],
    ['motDePasseRéseau', ['mot', 'de', 'passe', 'reseau']],
  ])('%s', (name, words) => {
    expect(nameWords(name)).toEqual(words);
  });

  it.each([
    ['contraseña_bd', 'password'],
    ['claveComercio', 'named'],
    ['chiaveAccesso', 'named'],
    ['cleChiffrement', 'named'],
    ['chaveServico', 'named'],
    ['claveLongitud', null],
    ['chiave', 'bare'],
  ])('%s reads as %s', (name, tier) => {
    expect(secretName(name)).toBe(tier);
  });
});

describe('a Romance "secret key" and a Dutch or German "geheime" key', () => {
  it.each([
    ['CHIAVE_SEGRETA_FIRMA', 'named'],
    ['claveSecreta', 'named'],
    ['cle_secrete_api', 'named'],
    ['chiaveSegretaEsercente', 'named'],
    ['GEHEIME_SLEUTEL', 'named'],
    ['geheimerSchluessel', 'named'],
  ] as const)('%s', (name, tier) => {
    expect(secretName(name)).toBe(tier);
  });

  it('a setting about the secret key is still no secret', () => {
    expect(secretName('chiave_segreta_lunghezza')).toBeNull();
    expect(secretName('claveSecretaLongitud')).toBeNull();
    expect(secretName('cle_secrete_expiration')).toBeNull();
  });
});

describe('the Spanish "clave" qualified by a system or role: that system\'s password', () => {
  it.each([
    ['clave_bd', 'password'],
    ['claveAdmin', 'password'],
    ['CLAVE_SMTP', 'password'],
    ['clave_root', 'password'],
    ['clave_wifi', 'password'],
    // A credential qualifier keeps it a key; alone it is a bare key.
    ['claveComercio', 'named'],
    ['clave_api', 'named'],
    ['clave', 'bare'],
    ['clave_bd_longitud', null],
  ] as const)('%s', (name, tier) => {
    expect(secretName(name)).toBe(tier);
  });
});
