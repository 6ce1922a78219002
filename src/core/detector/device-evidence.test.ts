// The device-evidence gate (device-evidence.ts): texts of our own, none from a held-out set. A request whose only
// findings are MAC addresses, VINs or device serials keeps them only with a person tied to one near it.
import { describe, expect, it } from 'vitest';
import { classify } from './classify.js';
import { detect } from './detect.js';
import { deviceEvidenceFor, dropUntiedDeviceIds } from './device-evidence.js';

const request = (text: string): unknown => ({ messages: [{ role: 'user', content: text }] });
const DEVICE = new Set(['MAC_ADDRESS', 'VIN', 'DEVICE_SERIAL']);
const onlyDeviceIds = (text: string): boolean => {
  const found = detect(text).filter((f) => f.score >= 0.5);
  return found.length > 0 && found.every((f) => DEVICE.has(f.entity));
};
/** The gate's reading of the identifier `id` in `text`. */
const evidence = (text: string, id: string): string | undefined => {
  const at = text.indexOf(id);
  if (at === -1) throw new Error(`${id} not in: ${text}`);
  return deviceEvidenceFor(text, at, at + id.length);
};

describe('a request whose only findings are device identifiers keeps them only with a person tied to one', () => {
  it.each([
    ['en backup plan', 'Backup plan check: jobs go to the Synology RS2423+ (serial 2390QAR8K1T2) in the rack, copy to cloud monthly.'],
  ])('%s: dropped', (_, text) => {
    expect(onlyDeviceIds(text)).toBe(true);
    expect(classify(request(text)).dataClass).toBe('none');
  });

  it.each([
    ['en employee laptop', 'Laptop assigned to employee: serial 5CD1234XYZ, return on leaving.'],
    ['en implant', 'Pacemaker serial PJN123456 for the patient, check the recall list.'],
    ['de my daughter', 'Das Handy meiner Tochter hat die MAC 3C:71:BF:12:0A:9D, bitte im Router sperren.'],
    ['fr my son', "Le téléphone de mon fils a l'adresse MAC DC:A6:32:01:7F:3E, comment le bloquer ?"],
    ['es driver', 'El conductor del coche VF1RJA00668234517 no pagó.'],
    ['nl owner', 'De eigenaar van YV1XZ76V8P2041873 is verhuisd.'],
    ['it owner', 'Il proprietario del veicolo ZAR94000907512834 ha chiamato.'],
  ])('%s: kept', (_, text) => {
    expect(onlyDeviceIds(text)).toBe(true);
    expect(classify(request(text)).dataClass).not.toBe('none');
  });

  it.each([
    ['en recall', 'Recall notice: vehicles from SALGA2BE1MA612345 onwards need new pads.', 'SALGA2BE1MA612345', undefined],
    ['de fleet list', 'Flottenliste: Transporter 3, FIN VF1RJA00668234517, TÜV 2027.', 'VF1RJA00668234517', undefined],
    ['de keeper', 'Fahrzeughalter laut Akte, FIN VF1RJA00668234517, TÜV 2027.', 'VF1RJA00668234517', 'owner'],
    ['fr recall', 'Rappel constructeur : les véhicules VF1RJA00668234517 sont concernés.', 'VF1RJA00668234517', undefined],
    ['fr tenant', 'Le locataire a rendu le boîtier, adresse MAC DC:A6:32:01:7F:3E.', 'DC:A6:32:01:7F:3E', 'owner'],
    ['es router guide', 'Guía del router: la MAC 3C:71:BF:12:0A:9D aparece en la etiqueta.', '3C:71:BF:12:0A:9D', undefined],
    ['es employee', 'El empleado tiene el portátil con MAC 3C:71:BF:12:0A:9D.', '3C:71:BF:12:0A:9D', 'owner'],
    ['nl fleet list', 'Vlootlijst: bus 12, VIN YV1XZ76V8P2041873, APK 2027.', 'YV1XZ76V8P2041873', undefined],
    ['nl customer', 'De klant heeft het apparaat met MAC A4:CF:12:05:7B:31 teruggestuurd.', 'A4:CF:12:05:7B:31', 'owner'],
    ['it recall', 'Richiamo: il telaio ZAR94000907512834 rientra nella campagna.', 'ZAR94000907512834', undefined],
    ['it employee', 'Il dipendente ha il portatile con MAC B8:27:EB:4A:11:C2.', 'B8:27:EB:4A:11:C2', 'owner'],
    ['en our firm kit', 'Our NAS (serial 2390QAR8K1T2) sits in the rack.', '2390QAR8K1T2', undefined],
    ['en health', 'Serial 2390QAR8K1T2 is the insulin pump she wears since the diagnosis.', '2390QAR8K1T2', 'private'],
  ])('%s: the gate reads %s', (_, text, id, kind) => {
    expect(evidence(text, id)).toBe(kind);
  });

  it('runs only when every finding is a device identifier: a phone beside it keeps it', () => {
    const findings = [
      { entity: 'DEVICE_SERIAL', rule: 'device-serial.context', path: 'a', start: 20, end: 32 },
      { entity: 'PHONE_NUMBER', rule: 'phone.x', path: 'a', start: 0, end: 5 },
    ];
    const text = 'Stock list: serial, 2390QAR8K1T2 on shelf B4.';
    dropUntiedDeviceIds(findings, [{ text, path: 'a' }]);
    expect(findings).toHaveLength(2);
    const alone = findings.filter((f) => f.entity === 'DEVICE_SERIAL');
    dropUntiedDeviceIds(alone, [{ text, path: 'a' }]);
    expect(alone).toHaveLength(0);
  });
});
