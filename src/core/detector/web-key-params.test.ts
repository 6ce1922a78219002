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

describe('an access-key or access-id parameter holding a key', () => {
  const UUID = '5d2e9a41-7c3b-4f08-a6e1-93b0c4d7f215';
  it('makes the URL a secret (HAFAS accessId, access_key, subscription-key), in several languages', () => {
    for (const text of [
      `Warum bekomme ich 'API_AUTH'?\nconst url = \`https://fahrinfo.verbund.example/restproxy/2.32/departureBoard?accessId=${UUID}&format=json\`;`,
      `Why 401? GET https://api.geo.example/134.0.0.1?access_key=8f3b2c1d9e7a6b5c4d3e2f1a0b9c8d7e`,
      `Pourquoi 401 ? curl "https://apim.example.fr/v1/lignes?subscription-key=${UUID}"`,
      `¿Por qué 403? https://api.transporte.example/v1/paradas?appKey=Xk29fLq83TzVb71mWpR4sN0d`,
    ])
      expect(flagged(text), text).toBe('secret');
  });

  it('leaves a placeholder there alone', () => {
    for (const text of [
      'Die Doku zeigt https://fahrinfo.verbund.example/restproxy/departureBoard?accessId=YOUR_ACCESS_ID&format=json',
      'la doc montre https://apim.example.fr/v1/lignes?subscription-key=<votre-cle>',
    ])
      expect(flagged(text), text).toBe('none');
  });
});
