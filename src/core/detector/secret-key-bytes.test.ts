// LoRaWAN keys written as their 16 bytes under the key's name (secret-key-bytes.ts). Texts and keys of our own, in the
// six languages' chat voices around pasted firmware and tool lines.
import { describe, expect, it } from 'vitest';
import { detect } from './detect.js';

const secrets = (text: string): string[] => detect(text).filter((f) => f.dataClass === 'secret').map((f) => text.slice(f.start, f.end));
const C_BYTES = '0x5E, 0x91, 0x3A, 0xC7, 0x08, 0xD2, 0x64, 0xBF, 0x1E, 0xA9, 0x37, 0x50, 0xE8, 0x2C, 0x96, 0x4D';

describe('a LoRaWAN key as 16 bytes after its name', () => {
  it.each([
    [`my LMIC sketch never joins:\nstatic const u1_t PROGMEM APPKEY[16] = { ${C_BYTES} };`, C_BYTES],
    [`Mein Sketch joint nicht:\n#define LORAWAN_APP_KEY { ${C_BYTES} }`, C_BYTES],
    ['mon se-identity.h :\n#define LORAWAN_NWK_KEY                                    5E,91,3A,C7,08,D2,64,BF,1E,A9,37,50,E8,2C,96,4D', '5E,91,3A,C7,08,D2,64,BF,1E,A9,37,50,E8,2C,96,4D'],
    ['la consola muestra AppSKey: 5E 91 3A C7 08 D2 64 BF 1E A9 37 50 E8 2C 96 4D y no recibo nada', '5E 91 3A C7 08 D2 64 BF 1E A9 37 50 E8 2C 96 4D'],
    ['dit commando faalt: ttn-lw-cli end-devices create app1 dev1 --dev-eui 70B3D57ED00A1B2C --root-keys.app-key.key 5E913AC708D264BF1EA93750E82C964D', '5E913AC708D264BF1EA93750E82C964D'],
    [`il nodo non fa join:\nstatic const u1_t PROGMEM NWKSKEY[16] = { ${C_BYTES} };`, C_BYTES],
  ])('%s', (text, key) => {
    expect(secrets(text)).toContain(key);
  });

  it('unset, documented and sample keys are left alone, and EUIs are no keys', () => {
    for (const text of [
      'static const u1_t PROGMEM APPKEY[16] = { 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00 };',
      '#define LORAWAN_APP_KEY { 0x2B, 0x7E, 0x15, 0x16, 0x28, 0xAE, 0xD2, 0xA6, 0xAB, 0xF7, 0x15, 0x88, 0x09, 0xCF, 0x4F, 0x3C }',
      '#define LORAWAN_APP_KEY {0x01, 0x23, 0x45, 0x67, 0x89, 0xAB, 0xCD, 0xEF, 0x01, 0x23, 0x45, 0x67, 0x89, 0xAB, 0xCD, 0xEF}',
      '#define LORAWAN_APP_KEY { 0xaa, 0xbb, 0xcc, 0xdd, 0xee, 0xff, 0x00, 0x01, 0x02, 0x03, 0x04, 0x05, 0x06, 0x07, 0x08, 0x09 }',
      'static const u1_t PROGMEM DEVEUI[8] = { 0xC2, 0xA1, 0x05, 0xD0, 0x7E, 0xD5, 0xB3, 0x70 };',
      // Seventeen bytes are no AES-128 key.
      'AppKey: 5E 91 3A C7 08 D2 64 BF 1E A9 37 50 E8 2C 96 4D 00',
    ])
      expect(secrets(text), text).toEqual([]);
  });
});
