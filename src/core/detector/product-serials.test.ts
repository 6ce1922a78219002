// A product's serial in stock, warranty or SKU work is no one's; a patient's or implanted device's serial stays found.
import { describe, expect, it } from 'vitest';
import { detect } from './detect.js';

const serials = (text: string): string[] => detect(text).filter((f) => f.entity === 'DEVICE_SERIAL').map((f) => text.slice(f.start, f.end));

describe("a product's serial is not personal", () => {
  it.each([
    ['en', 'Our warehouse scanner shows serial number XK4471820 twice in the inventory, which row is wrong?'],
    ['de', 'Der Drucker im Lager hat die Seriennummer S/N 8HQ22T41 — gilt die Garantie noch?'],
    ['fr', "Dans l'inventaire, l'imprimante S/N 7PX30019 apparaît deux fois, fais le dédoublonner."],
    ['es', 'En el inventario del almacén la impresora tiene serial number KQ8812033, ¿sigue en garantía?'],
    ['nl', 'In de voorraad staat de printer met S/N 3RT99120 dubbel, kun je dat ontdubbelen?'],
    ['it', 'Nel magazzino la stampante con S/N 5LM20331 risulta due volte, togli i doppioni.'],
  ])('%s', (_lang, text) => {
    expect(serials(text)).toEqual([]);
  });
});

describe("a patient's or implanted device keeps its serial", () => {
  it.each([
    ['en', "The patient's pacemaker serial number PM4471829 is under warranty until 2027", 'PM4471829'],
    ['de', 'Herzschrittmacher der Patientin, S/N HS88120Q, Garantie bis 2028', 'HS88120Q'],
    ['es', 'Marcapasos del paciente, S/N MP55102K, sigue en garantía', 'MP55102K'],
    ['it', 'Il paziente ha un impianto con S/N IM33019Z, garanzia valida', 'IM33019Z'],
  ])('%s', (_lang, text, serial) => {
    expect(serials(text)).toEqual([serial]);
  });
});
