// The one placeholder test of the secret recognisers (secret-values.ts placeholderValue, data/secret-placeholders.ts):
// whole words and whole values, never substrings, the same in config lines, credential files, code and prose.
// Texts and values of our own.
import { describe, expect, it } from 'vitest';
import { detect } from './detect.js';
import { configValue, credentialValue, looksSecret, passwordLike, placeholder, placeholderValue } from './secret-values.js';

const secrets = (text: string): string[] => detect(text).filter((f) => f.dataClass === 'secret').map((f) => text.slice(f.start, f.end));

describe('placeholderValue', () => {
  it.each([
    'changeme', 'CHANGE_ME', 'REPLACE_ME', 'your-password-here', 'YOUR_STRIPE_SECRET_KEY', 'yourApiKey', 'mySecretKey',
    'password123', 'secret', 'xxx', 'null', 'string', 'apikey', 'stripe_key_here', 'sk_example_4f9Tq2', 'AKIAZ7EXAMPLE',
    // The other five languages.
    'votre_mot_de_passe', 'dein-passwort-hier', 'jouw_wachtwoord', 'tu_contraseña', 'tuo_token_qui', 'clave_aqui',
    'beispiel-token-7', 'exemple_cle_api', 'ejemplo-token', 'esempio_chiave', 'voorbeeld-sleutel', 'mein_geheim',
    '123456:ABC-DEF_platzhalter', 'token_plaatshouder_01', 'chiave-segnaposto-9',
  ])('%s is a placeholder', (v) => {
    expect(placeholderValue(v)).toBe(true);
  });

  it.each([
    // Placeholder words inside a longer word are no placeholder: these are someone's passwords.
    'Xchangemeplz9!', 'testimonial-Berlin-77', 'Sampler9!Qx', 'yourself-Lx92!', 'Insertion9Kq!', 'Monkey2024!',
    'Beispielhaft3!', 'Exemplaire-Lyon-19', 'Ejemplar#Sevilla8', 'Esempiodue4!x', 'Voorbeeldig7?Utrecht', 'Replacement-4Kq',
    'Kp7Rt2Wq9Zm4Xv1Bn6Lc3Yd8', 'Tuesday-Nuremberg-42', 'Hereford#2031', 'Platzhalterin7!Kiel',
  ])('%s is no placeholder', (v) => {
    expect(placeholderValue(v)).toBe(false);
  });

  it('masks, templates and references are placeholders by shape', () => {
    for (const v of ['<password>', '${DB_PASS}', '{{ vault.token }}', '%(pw)s', '$API_TOKEN', '%SECRET%', '********', 'xxxxxxxx'])
      expect(placeholder(v), v).toBe(true);
  });

  it('every value test reads the same list', () => {
    for (const v of ['Xchangemeplz9!', 'testimonial-Berlin-77']) {
      expect(credentialValue(v, 'password'), v).toBe(true);
      expect(looksSecret(v, true), v).toBe(true);
      expect(configValue(v, 'password'), v).toBe(true);
      expect(passwordLike(v), v).toBe(true);
    }
    for (const v of ['your-password-here', 'CHANGE_ME_123', 'votre_mot_de_passe1']) {
      expect(credentialValue(v, 'password'), v).toBe(false);
      expect(looksSecret(v, true), v).toBe(false);
      expect(passwordLike(v), v).toBe(false);
    }
  });
});

describe('placeholders in config, credential files and prose', () => {
  it.each([
    ['DB_PASSWORD=Xchangemeplz9!', 'Xchangemeplz9!'],
    ['spring.datasource.password: testimonial-Berlin-77', 'testimonial-Berlin-77'],
    ['[pypi]\nusername = __token__\npassword = Sampler9!Qx', 'Sampler9!Qx'],
    ['machine git.example.org login ops password Insertion9Kq!', 'Insertion9Kq!'],
    ['Das Passwort lautet Beispielhaft3!', 'Beispielhaft3!'],
    ['Le mot de passe est Exemplaire-Lyon-19', 'Exemplaire-Lyon-19'],
    ['La contraseña es Ejemplar#Sevilla8', 'Ejemplar#Sevilla8'],
    ['La password è Esempiodue4!x', 'Esempiodue4!x'],
    ['Het wachtwoord is Voorbeeldig7?Utrecht', 'Voorbeeldig7?Utrecht'],
  ])('%s keeps its password', (text, secret) => {
    expect(secrets(text)).toContain(secret);
  });

  it.each([
    'DB_PASSWORD=your-password-here',
    'spring.datasource.password: REPLACE_ME',
    '[pypi]\nusername = __token__\npassword = <password>',
    'machine git.example.org login ops password changeme',
    'Das Passwort lautet dein-passwort-hier1',
    'Le mot de passe est votre_mot_de_passe1',
    'La contraseña es tu_contraseña_aqui1',
    'La password è tuo_token_qui1',
    'Het wachtwoord is jouw_wachtwoord1',
    "API_KEY='REPLACE_ME'",
  ])('%s stays clean', (text) => {
    expect(secrets(text)).toEqual([]);
  });
});
