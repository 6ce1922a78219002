import { describe, expect, it } from 'vitest';
import { detect } from './detect.js';

const HEX40 = '7c41b0e2d95a3f8866c1e04b2a9d7f3315be60ac';
const HEX64 = 'B83F1D0A6C2E947755A1F03C9E6D28B4410FA7C35E92D06B1A7384CE52F9D0E1';
const found = (text: string, value: string): boolean =>
  detect(text).some((f) => f.dataClass === 'secret' && text.slice(f.start, f.end) === value);

describe('a bare hex value named a secret by the words before it', () => {
  it('is found after a secret noun in the six languages, with no key syntax', () => {
    for (const text of [
      `the signing secret ${HEX40} leaked in last night's log`,
      `Der API-Schlüssel ${HEX40} steht noch im Wiki, bitte sperren`,
      `ma clé API ${HEX40} apparaît dans la capture d'écran`,
      `el token ${HEX40} sigue activo en el servidor viejo`,
      `de toegangstoken ${HEX40} staat nog in het ticket`,
      `la chiave segreta ${HEX40} va ruotata subito`,
    ])
      expect(found(text, HEX40), text).toBe(true);
  });

  it('is found as the text of an element inside a token under a token key', () => {
    const text = `koppeling:\n  token: "<token><version>2</version><data>${HEX64}</data></token>"`;
    expect(found(text, HEX64)).toBe(true);
  });

  it('leaves git SHAs, checksums, digests and ids alone even next to a secret noun', () => {
    for (const text of [
      `rotated the token in commit ${HEX40}, see the PR`,
      `Token-Datei heruntergeladen, Prüfsumme ${HEX40}`,
      `le jeton a changé, empreinte ${HEX40}`,
      `el token cambió en la revisión ${HEX40}`,
      `token vervangen, sha256 ${HEX64}`,
      `la chiave è stata aggiornata, impronta ${HEX40}`,
      `token id ${HEX40}`,
      `secret rotated ${HEX40} (git sha)`,
      `secret manager version ${HEX40} is the one to pin`,
      `geheim: versie ${HEX40}`,
      `APNs device token ${HEX64} for the test iPhone`,
      `der Cache-Schlüssel ${HEX40} ist veraltet`,
      `la clave primaria ${HEX40} ya existe`,
    ])
      expect(found(text, HEX40) || found(text, HEX64), text).toBe(false);
  });

  it('leaves a hex value with no secret noun before it on its line alone', () => {
    for (const text of [`the build ${HEX40} passed`, `Token rotation done.\n${HEX40} is the new release tag`, `checksum: ${HEX64}`])
      expect(found(text, HEX40) || found(text, HEX64), text).toBe(false);
  });

  it('still finds the secret when a commit SHA sits on the next line', () => {
    const text = `webhook secret ${HEX40}\ncommit 0d1e2f3a4b5c6d7e8f9a0b1c2d3e4f5a6b7c8d9e`;
    expect(found(text, HEX40)).toBe(true);
    expect(found(text, '0d1e2f3a4b5c6d7e8f9a0b1c2d3e4f5a6b7c8d9e')).toBe(false);
  });
});

describe('the words before a hex value are those after the last value on its line (sets 37 en-s013, 38 it-s023)', () => {
  const HEX30 = 'f58ddfb122c106f92e5bbcca0011c1';
  const HEX32 = 'c1998606ed5611606502fd91c44f747b';
  const UUID = '13997c44-f3e2-4ee8-b10b-2c905a967048';
  it.each([
    ['en', `Plaid says INVALID_API_KEYS: client_id 90c1126c5620efca2668eb44, secret ${HEX30}. Different secret for prod?`, HEX30],
    ['de', `Sendcloud gibt 401: öffentlicher Schlüssel ${UUID}, Geheimnis ${HEX32}.`, HEX32],
    ['fr', `Sendcloud répond 401 : clé publique ${UUID}, clé secrète ${HEX32}.`, HEX32],
    ['es', `Sendcloud da 401: clave pública ${UUID}, clave secreta ${HEX32}.`, HEX32],
    ['nl', `Sendcloud geeft 401: publieke sleutel ${UUID}, geheim ${HEX32}.`, HEX32],
    ['it', `L'API di Sendcloud dà 401 con le chiavi: public ${UUID}, secret ${HEX32}. È colpa del peso?`, HEX32],
  ])('%s: an id or public key before it names its own value, not the secret after it', (_lang, text, value) => {
    expect(found(text, value)).toBe(true);
  });

  it.each([
    ['en', `client secret ${HEX30}, request id ${HEX32}`],
    ['de', `Geheimnis ${HEX30}, Prüfsumme ${HEX32}`],
    ['fr', `jeton ${HEX30}, empreinte ${HEX32}`],
    ['es', `token ${HEX30}, revisión ${HEX32}`],
    ['nl', `token ${HEX30}, vingerafdruk ${HEX32}`],
    ['it', `token ${HEX30}, impronta ${HEX32}`],
  ])('%s: a digest or id word right before the second value still leaves it alone', (_lang, text) => {
    expect(found(text, HEX32)).toBe(false);
  });

  it.each([
    ['en', `The developer portal shows the client id fine, client_secret ${HEX32}. Refresh says invalid_grant.`],
    ['de', `Entwicklerportal: Client-ID passt, Client-Secret ${HEX32}. Der Refresh sagt invalid_grant.`],
    ['fr', `Portail développeur : le client_id est bon, clé secrète ${HEX32}. Le refresh répond invalid_grant.`],
    ['es', `Portal de desarrolladores: el client id va bien, clave secreta ${HEX32}. El refresh da invalid_grant.`],
    ['nl', `Ontwikkelaarsportaal: client-id klopt; geheime sleutel ${HEX32}. De refresh geeft invalid_grant.`],
    ['it', `Portale sviluppatori: il client id va, chiave segreta ${HEX32}. Il refresh dà invalid_grant.`],
  ])('%s: an id word in an earlier clause names no value; the clause after the comma names the secret (set 93 class)', (_lang, text) => {
    expect(found(text, HEX32)).toBe(true);
  });

  it.each([
    ['en', `the token, request id ${HEX32}`],
    ['de', `Token ändert sich, Prüfsumme ${HEX32}`],
    ['it', `chiave ruotata; impronta ${HEX32}`],
  ])('%s: a clause after the comma without a secret noun keeps the words before it, and a digest word there still counts', (_lang, text) => {
    expect(found(text, HEX32)).toBe(false);
  });

  it('a 24-digit object id after a secret noun is no secret, nor hex with no secret noun in its own words', () => {
    expect(found('secret 90c1126c5620efca2668eb44 is the Mongo id', '90c1126c5620efca2668eb44')).toBe(false);
    expect(found(`token f00d1e2f3a4b5c6d7e8f, build ${HEX32}`, HEX32)).toBe(false);
  });
});

describe('a UUID whose head noun is a secret\'s (set 37 Wise API tokens)', () => {
  const U = '26c12092-0552-9008-d71a-2b49698f9217';
  it.each([
    ['en', `GET /v1/profiles returns 401 with token ${U}. Do I need a new one?`],
    ['de', `Wise-API: GET /v1/borderless-accounts liefert 401 mit Token ${U}. Muss ich einen neuen Token erzeugen?`],
    ['fr', `GET /v4/profiles répond 401 avec le jeton ${U}. Faut-il un jeton propre au profil ?`],
    ['es', `GET /v4/profiles da 401 con el token ${U}. ¿Necesito otro?`],
    ['nl', `De API geeft 401 op GET /v4/profiles met token ${U}. Heb ik een apart token nodig?`],
    ['it', `L'API risponde 401 su GET /v4/profiles con il token ${U}. Serve un token per il profilo business?`],
  ])('%s: is the secret', (_lang, text) => {
    expect(found(text, U)).toBe(true);
  });

  it.each([
    ['en', `the 401 carries X-Request-Id: ${U}; the idempotency key ${U} was reused; order token ${U}; the token for order ${U}`],
    ['de', `401 mit Token, Anfrage-ID ${U}; Bestellung-Token ${U}; Trace ${U}`],
    ['fr', `401 sur le jeton, identifiant de requête (request id) ${U} ; jeton de commande ${U}`],
    ['es', `401 con el token, ID de correlación ${U}; token del pedido ${U}`],
    ['nl', `401 met token, trace-id ${U}; token van bestelling ${U}`],
    ['it', `401 con il token, ID richiesta ${U}; token dell'ordine ${U}; token ${U} (request id)`],
  ])('%s: request, trace, correlation, order and idempotency ids stay clean', (_lang, text) => {
    expect(found(text, U)).toBe(false);
  });

  it('a UUID with no secret noun right before it is an id', () => {
    expect(found(`Token rotation done for tenant ${U}`, U)).toBe(false);
    expect(found(`la clé a été créée, le locataire ${U}`, U)).toBe(false);
  });
});

describe('LoRaWAN root and session keys', () => {
  const KEY = 'C4E19A07B25D38F6A1E0D95B7743C2F8';
  it('a live AppKey, NwkKey or session key pasted in a join question is found, in the six languages', () => {
    for (const text of [
      `OTAA join fails with MIC mismatch. DevEUI 70B3D57ED0031F2A, JoinEUI 0000000000000000, AppKey ${KEY}. LMIC 4.1`,
      `Join-Accept kommt nicht an. DevEUI A840410001A2B3C4, AppKey ${KEY}, ChirpStack v4`,
      `join refusé (MIC). DevEUI 0004A30B00A1B2C3, AppKey ${KEY}, que vérifier ?`,
      `el join falla, DevEUI 70B3D57ED00A1B2C, NwkKey ${KEY}. ¿qué reviso?`,
      `join mislukt. DevEUI 0018B20000A1B2C3, AppSKey ${KEY}, wat controleren?`,
      `join rifiutato. DevEUI 24E124136B5A1B2C, NwkSKey ${KEY}. cosa controllo?`,
      `der Anwendungsschlüssel ${KEY} stimmt nicht mit der Konsole überein`,
    ])
      expect(found(text, KEY), text).toBe(true);
  });

  it('documentation keys are left alone: zeros, the NIST example key LoRaMac-node ships, a counting sample', () => {
    for (const [text, value] of [
      ['AppKey 00000000000000000000000000000000 until the device is claimed', '00000000000000000000000000000000'],
      ['LoRaMac-node default: AppKey 2B7E151628AED2A6ABF7158809CF4F3C, change it before production', '2B7E151628AED2A6ABF7158809CF4F3C'],
      ['la doc de Zephyr met AppKey 0123456789ABCDEF0123456789ABCDEF dans son exemple', '0123456789ABCDEF0123456789ABCDEF'],
      ['im Beispiel steht NwkKey 89abcdef0123456789abcdef01234567', '89abcdef0123456789abcdef01234567'],
    ] as const)
      expect(found(text, value), text).toBe(false);
  });

  it('the EUIs beside the key are identifiers, not keys', () => {
    const text = 'DevEUI 70B3D57ED0031F2A, JoinEUI 70B3D57ED0000001, AppEUI 70B3D57ED0000002';
    expect(detect(text).filter((f) => f.dataClass === 'secret')).toEqual([]);
  });
});

describe('a generated token that is not hex, named by the secret noun right before it (secret-hex.ts namedToken)', () => {
  const TOKEN = 'tyU85MPf_UdMAG53I1qOGv7HcL65yZadr.0dgyeG9W07Tli-W_uzQoxhSd1RAB-V';
  it('is found in prose with no key syntax, in the six languages', () => {
    for (const text of [
      `I call the yield maps API with the access_token ${TOKEN} and get 403`,
      `Mit dem Zugangstoken ${TOKEN} bekomme ich 403`,
      `avec le jeton ${TOKEN} j'obtiens une 403`,
      `Uso el access_token ${TOKEN} del Operations Center y me da 403`,
      `met het token ${TOKEN} krijg ik 403`,
      `con il token ${TOKEN} ricevo 403`,
    ])
      expect(found(text, TOKEN), text).toBe(true);
  });

  it('leaves page and order tokens, on-chain addresses and tokens further from their noun alone', () => {
    for (const text of [
      `the next page token ${TOKEN} returns the second page`,
      'the token 0xA0b86991c6218b36c1d19D4a2e9Eb0cE3606eB48 is USDC on mainnet',
      `der Token wurde erneuert, Build ${TOKEN}`,
      `le jeton de commande ${TOKEN}`,
      `el token del pedido ${TOKEN}`,
      `de bestelling-token ${TOKEN}`,
    ])
      expect(found(text, TOKEN), text).toBe(false);
  });
});

describe('a secret named by a compound or a one-time-password word (held-out set 51 class)', () => {
  const BASE32 = 'KRUG4S2ZANF7SAYJ';
  it.each([
    [`wstoken ${HEX40.slice(0, 32)} geeft een fout bij de webservice`, HEX40.slice(0, 32)],
    [`authtoken=${HEX40} in the old script`, HEX40],
    [`Benutzer api_export, Secret ${BASE32}. Wie erzeuge ich den TOTP-Code?`, BASE32],
    [`my 2FA seed: ${BASE32}`, BASE32],
    [`la clave secreta ${BASE32} del autenticador`, BASE32],
    [`le secret TOTP est ${BASE32}`, BASE32],
    [`el secreto es ${BASE32}`, BASE32],
    [`het geheim is ${BASE32}`, BASE32],
  ])('is found: %s', (text, value) => {
    expect(found(text, value)).toBe(true);
  });

  it.each([
    `nextPageToken ${HEX40} for the second page`,
    `devicetoken ${HEX64} of the test phone`,
    `Order ${BASE32} shipped yesterday`,
    `Bestellung ${BASE32} ist unterwegs`,
    `het geheim van de chef is ${BASE32.toLowerCase()}`,
    `the TOTP order is ${BASE32}`,
    `the secret CONFIDENTIALITY clause of the contract`,
    `Commit ${HEX40.slice(0, 32)} fixed the token refresh`,
  ])('leaves alone: %s', (text) => {
    expect(detect(text).filter((f) => f.dataClass === 'secret')).toEqual([]);
  });
});

// The nil and max UUIDs are a template's unset value, not a token (RFC 9562 §5.9, §5.10).
describe('a nil UUID after a token noun', () => {
  const keys = (text: string): string[] => detect(text).filter((f) => f.dataClass === 'secret').map((f) => text.slice(f.start, f.end));
  it('is not reported', () => {
    expect(keys('Kan deze .env.example zo de repo in?\n\nCM_PRODUCT_TOKEN=00000000-0000-0000-0000-000000000000')).toEqual([]);
    expect(keys('401 with token ffffffff-ffff-ffff-ffff-ffffffffffff from the sandbox')).toEqual([]);
  });
  it('a real one still is', () => {
    expect(keys('GET /v4/profiles gives 401 with token 13997c44-f3e2-4ee8-b10b-2c905a967048')).toEqual(['13997c44-f3e2-4ee8-b10b-2c905a967048']);
  });
});
