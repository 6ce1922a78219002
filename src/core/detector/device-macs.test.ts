// device-macs.ts: a MAC address is personal data only when the text ties it to a person.
import { describe, expect, it } from 'vitest';
import { detect } from './detect.js';

const macs = (t: string): string[] => detect(t).filter((f) => f.entity === 'MAC_ADDRESS').map((f) => t.slice(f.start, f.end));

describe('a device MAC with no person in the text is not reported', () => {
  it.each([
    ['en', 'parse these logs, which devices rebooted more than once?\n02:11 gw-0142 mac=00:1B:44:11:3A:B7 fw=3.4.1 reason=WDT\n03:02 gw-0188 mac=00:1B:44:11:3C:02 fw=3.4.2 reason=OTA'],
    ['de', 'welche Gateways haben mehrfach neu gestartet?\n02:11 gw-0412 mac=B8:27:EB:4A:11:C2 fw=5.2.0 reason=watchdog'],
    ['fr', 'quelles passerelles ont redémarré plusieurs fois ?\n02:11 gw-0712 mac=DC:A6:32:01:7F:3E fw=1.9.4 watchdog'],
    ['es', 'qué sensores perdieron la conexión?\n02:11 sensor-0902 mac=3C:71:BF:12:0A:9D rssi=-81'],
    ['nl', 'Wat betekent dit?\ndhcpd: DHCPACK on 10.8.1.52 to 3c:22:fb:11:9a:0e via eth0'],
    ['it', 'regex per MAC address con separatore trattino: 00-1A-2B-3C-4D-5E'],
  ])('%s', (_lang, text) => {
    expect(macs(text)).toEqual([]);
  });
});

describe('a MAC tied to a person stays found', () => {
  it.each([
    ['en', "Please whitelist my laptop's MAC 3C:22:FB:11:9A:0E on the office Wi-Fi.", '3C:22:FB:11:9A:0E'],
    ['de', 'Das Handy von dem Mitarbeiter hat die MAC A4:5E:60:C1:22:9B, bitte sperren.', 'A4:5E:60:C1:22:9B'],
    ['fr', 'Le téléphone de mon fils a la MAC 8C:85:90:12:AB:34, comment le bloquer la nuit ?', '8C:85:90:12:AB:34'],
    ['es', 'El router de casa del cliente tiene la MAC F0:9F:C2:33:10:7A, ¿cómo lo reseteo?', 'F0:9F:C2:33:10:7A'],
    ['nl', 'Mijn telefoon heeft MAC-adres 5C:CF:7F:0A:1B:2C, waarom krijgt hij geen IP?', '5C:CF:7F:0A:1B:2C'],
    ['it', 'Il portatile del dipendente ha MAC 00:E0:4C:68:01:9D, bloccalo sulla rete ospiti.', '00:E0:4C:68:01:9D'],
  ])('%s: an owner word near it', (_lang, text, mac) => {
    expect(macs(text)).toEqual([mac]);
  });

  it('a word giving the device to someone ties it', () => {
    const text = 'Lease table:\n10.0.0.14 08:00:27:5A:1C:77 wired\nAssigned to Jonathan Whitaker, desk 4B.';
    expect(macs(text)).toEqual(['08:00:27:5A:1C:77']);
  });

  it("a person's data anywhere in the text ties it", () => {
    const log = 'dhcpd: DHCPACK on 10.8.1.52 to 3c:22:fb:11:9a:0e via eth0';
    const text = `${log}\n${'-'.repeat(300)}\nForwarded by Jonathan Whitaker <jwhitaker@acme-corp.co.uk>`;
    expect(macs(text)).toEqual(['3c:22:fb:11:9a:0e']);
  });

  it('an owner word far from it, in a long device log, does not', () => {
    const log = Array.from({ length: 12 }, (_, i) => `02:${10 + i} gw-0142 mac=00:1B:44:11:3A:${(16 + i).toString(16).toUpperCase()} fw=3.4.1 wdt`).join('\n');
    const text = `Sent by my team lead.\n${log}`;
    // Only the first rows are within reach of "my".
    expect(macs(text).length).toBeGreaterThan(0);
    expect(macs(text).length).toBeLessThan(12);
  });
});
