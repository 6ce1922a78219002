// A web API's key given as a bare `key` query parameter (web.ts scanUrls): Steam-, Google- and Bing-style URLs pasted
// into a question, in the six languages. Keys and hosts of our own.
import { describe, expect, it } from 'vitest';
import { classify } from './classify.js';

const HEX32 = '9C41D07EB35A2F8861C0E74B2A9D6F31';
const flagged = (text: string): string => classify({ messages: [{ role: 'user', content: text }] }).dataClass;

describe('a bare key parameter holding a generated key', () => {
  it('makes the URL a secret in the six languages', () => {
    for (const text of [
      `Why does this give 403?\ncurl 'https://api.gameshop.example/IUser/GetFriends/v1/?key=${HEX32}&uid=42'`,
      `Warum liefert das 403?\ncurl 'https://api.gameshop.example/IUser/GetFriends/v1/?key=${HEX32}&uid=42'`,
      `Pourquoi ça renvoie 403 ?\nfetch(\`https://api.gameshop.example/v1/?appid=7&key=${HEX32}\`)`,
      `¿Por qué da 403?\nGET https://api.gameshop.example/v2/?key=${HEX32}`,
      `Waarom krijg ik 403?\nGET https://api.gameshop.example/v1/?key=${HEX32}&steamid=1`,
      `Perché 403?\naxios.get('https://maps.example.it/api/geocode?address=Roma&key=Xk29fLq83TzVb71mWpR4sN0d')`,
    ])
      expect(flagged(text), text).toBe('secret');
  });

  it('leaves a key parameter that is a word, a name or a short id alone', () => {
    for (const text of [
      'Why does https://docs.example.com/sheet?key=budget&sort=name ignore the sort?',
      'Der Link https://wiki.example.de/suche?key=Rechnungsnummer liefert nichts',
      'le lien https://exemple.fr/t?key=abc123 ne marche pas',
      'el enlace https://ejemplo.es/buscar?key=valor1234567 no funciona',
      'de link https://voorbeeld.nl/zoek?key=ordernummer werkt niet',
      'il link https://esempio.it/cerca?key=chiave_ordinamento non va',
    ])
      expect(flagged(text), text).toBe('none');
  });
});
