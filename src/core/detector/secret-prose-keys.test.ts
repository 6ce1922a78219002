// Keys given after a key noun in running text, with no assignment and no verb, in the six languages: our own texts
// and values.
import { describe, expect, it } from 'vitest';
import { detect } from './detect.js';
import { shortIssuedKey } from './secret-prose-keys.js';

const keys = (text: string): string[] =>
  detect(text).filter((f) => f.dataClass === 'secret').map((f) => text.slice(f.start, f.end));

describe('a key given after its noun in prose', () => {
  it.each([
    ['Our SMS stopped: we call the gateway with AccessKey qWv7TnRkLpZ2xMbYcHdJfGsA and get 401.', 'qWv7TnRkLpZ2xMbYcHdJfGsA'],
    ['Die Signatur stimmt nicht, geheimer Schlüssel Pk8vRt2LmQzW9xNbYcHdJfGs4T wird angehängt.', 'Pk8vRt2LmQzW9xNbYcHdJfGs4T'],
    ['Le calcul échoue avec la clé secrète de production Zt5QwErTyUi9oPaSdFgHjK3l, pourquoi ?', 'Zt5QwErTyUi9oPaSdFgHjK3l'],
    ['Firmo con la clave del comercio Hq2/Lm9xRt+WvBz4NcPk7YsD8aFe y sale error.', 'Hq2/Lm9xRt+WvBz4NcPk7YsD8aFe'],
    ['De webshop stuurt geheime sleutel Rb6TnWq3KxPm8vZyLcDs2FgH mee in de hash.', 'Rb6TnWq3KxPm8vZyLcDs2FgH'],
    ['Concateno i campi e la chiave segreta live Wm4QzRt2VvKp5xLbNcYd7HsJ poi SHA1.', 'Wm4QzRt2VvKp5xLbNcYd7HsJ'],
    // A merchant's short issued key right after the noun and its qualifier.
    ['MD5(code+clé privée) avec la clé privée 47QRZK83, STAT 97.', '47QRZK83'],
    ['The shop uses private key 5TWX9KQ2 for the label service.', '5TWX9KQ2'],
    // A short generated key of both cases right after the noun: an API token, a WLAN key.
    ['La API de SMS responde 401: usuario avisos@clinica.es y token RMZQb4kdnwXh7PLBDFWT.', 'RMZQb4kdnwXh7PLBDFWT'],
    ['The SMS gateway rejects my token Hq4vNzXp8RtLmWk2Bs, is Basic auth right?', 'Hq4vNzXp8RtLmWk2Bs'],
    ['Fiche de remise : Wifi Livebox-9C1D / clé pR4tXm8qLw2ZvK7n', 'pR4tXm8qLw2ZvK7n'],
    ['Übergabe: WLAN Gast / Schlüssel Tz7wQk3mPx9RvL2b', 'Tz7wQk3mPx9RvL2b'],
    // A router's WLAN key of digits in groups of four, where the text names the wireless network.
    ['Übergabe: WLAN FRITZ!Box 6660 / Schlüssel 5128 0493 7761 2085 3349', '5128 0493 7761 2085 3349'],
    ['Wi-Fi handover card: network Home-5G, key 3390 1847 5526 0718 2264', '3390 1847 5526 0718 2264'],
  ])('%s', (text, secret) => {
    expect(keys(text)).toContain(secret);
  });

  it.each([
    // A public or test key, an example, a hash, an id, a digest, a word with a number: no live secret.
    'The public key MFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAEp7Rt2LmQzW9x is published.',
    'La documentación trae la clave de pruebas Tq7mRxZ2pLwB9kVn3YsD8aFe para el comercio 999008881.',
    'Use the sandbox key Zr6TnWq3KxPm8vYcHdJfGsA4 from the docs.',
    'Voorbeeld: API-sleutel voorbeeld Lm8QzRt2WvKp5xYcHdJfGs7T',
    'The key fingerprint 3f2a9c1b7d4e5f60a1b2c3d4e5f60718 matches.',
    'Generate an RSA private key RSA4096 and keep it safe.',
    'Die Schlüssel-ID ABCD1234 steht im Portal.',
    'La chiave segreta deve avere 32 caratteri, esempio Wm4QzRt2VvKp5xLbNcYd7HsJ.',
    'Le nom de la clé privée est SIGNKEY2024 dans le coffre.',
    'Activate it with the product key Office365Business2019 from the portal.',
    'Use the test token Hq4vNzXp8RtLmWk2Bs from the sandbox.',
    // A card's token or a payment object's id names a card, not a credential.
    'card token on both systems: tok_1QbX2kLz9uT7wGh4RpZs',
    'Der Karten-Token Hq4vNzXp8RtLmWk2Bs wird im Shop gespeichert.',
    // Digits in groups after a key noun with no wireless network named: a licence or a reference.
    'Der Lizenzschlüssel 5128 0493 7761 2085 steht auf der Rechnung.',
  ])('%s', (text) => {
    expect(keys(text)).toEqual([]);
  });
});

describe('shortIssuedKey', () => {
  it('takes letters and digits interleaved, not a word with a number', () => {
    expect(shortIssuedKey('92TIOK59')).toBe(true);
    expect(shortIssuedKey('RSA2048X')).toBe(false);
    expect(shortIssuedKey('DEADBEEF12')).toBe(false);
    expect(shortIssuedKey('ABCDEFGH')).toBe(false);
  });
});

describe('a key word in code is no noun of prose', () => {
  it('a variable before a literal is left to the code scanners', () => {
    expect(keys("notify($key, 'Tq7mRxZ2pLwB9kVn3YsD8aFe');")).toEqual([]);
    expect(keys("la clave Tq7mRxZ2pLwB9kVn3YsD8aFe del comercio")).toEqual(['Tq7mRxZ2pLwB9kVn3YsD8aFe']);
  });
});
