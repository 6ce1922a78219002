import { describe, expect, it } from 'vitest';
import { detect } from './detect.js';
import { referenceColumn } from './reference-columns.js';

const phones = (text: string): string[] => detect(text).filter((f) => f.entity === 'PHONE_NUMBER').map((f) => text.slice(f.start, f.end));

describe('a value under a reference column (order, invoice, tracking) is that reference, no phone', () => {
  it.each([
    ['en csv', 'order_id,customer,total\n0611982744,Harlow Ltd,41.20\n0622871930,Brightwell,18.05\n0633017482,Ostara,9.99'],
    ['de csv', 'Bestellnummer;Kunde;Betrag\n0151 48820173;Kröger KG;12,40\n0160 99301274;Lindner AG;8,15'],
    ['fr markdown', '| n_commande | statut |\n|---|---|\n| 0611982744 | expédiée |\n| 0622871930 | en cours |'],
    ['es psql', ' num_pedido | estado\n------------+---------\n 0611982744 | enviado\n 0622871930 | pendiente'],
    ['nl mysql', '+-------------+--------+\n| factuurnummer | status |\n+-------------+--------+\n| 0612873364  | betaald |\n| 0698120034  | open   |\n+-------------+--------+'],
    ['it tsv', 'numero_ordine\tstato\n3471293388\tspedito\n3289914402\tin consegna'],
    ['en tracking', 'tracking;carrier\n07700900461;Royal Mail\n07700900733;DPD'],
    ['sql insert', "INSERT INTO orders (order_id, total, note) VALUES\n  ('0611982744', 12.5, 'ok'),\n  ('0622871930', 8.0, 'late'),\n  ('0633017482', 3.0, 'ok');"],
  ])('%s', (_name, text) => {
    expect(phones(text)).toEqual([]);
  });

  it('a phone column of the same table stays a phone', () => {
    expect(phones('order_id\tphone\n0611982744\t0687120455\n0622871930\t0611230098')).toEqual(['0687120455', '0611230098']);
    expect(phones("INSERT INTO orders (order_id, phone) VALUES ('0611982744', '0687120455');")).toEqual(['0687120455']);
    expect(phones(' invoice_no | phone\n------------+------------\n 0611982744 | 0687120455')).toEqual(['0687120455']);
  });

  it('a number in prose or under a header that does not line up stays a phone', () => {
    expect(phones('Bitte ruf mich an: 0151 48820173, Bestellung folgt.')).toEqual(['0151 48820173']);
    const prose = 'Notes: order, payment\nAnna, Berg, 0611982744';
    expect(referenceColumn(prose, prose.indexOf('06'), prose.length)).toBe(false);
    const table = 'Notes, order, payment\nAnna, 0611982744, paid';
    expect(referenceColumn(table, table.indexOf('06'), table.indexOf('06') + 10)).toBe(true);
    expect(phones('name,phone\nAnna Berg,0611982744')).toEqual(['0611982744']);
  });

  it('reads each cell in bounded steps: a long export is linear', () => {
    const rows = Array.from({ length: 40_000 }, (_, i) => `06${String(10_000_000 + i * 37).slice(0, 8)},x`);
    const text = `order_id,note\n${rows.join('\n')}`;
    const t0 = performance.now();
    let n = 0;
    for (let at = text.indexOf('\n') + 1; at > 0 && at < text.length; at = text.indexOf('\n', at) + 1) if (referenceColumn(text, at, at + 10)) n++;
    expect(n).toBe(40_000);
    expect(performance.now() - t0).toBeLessThan(2000);
    const oneLine = '0611982744,'.repeat(60_000);
    const t1 = performance.now();
    for (let at = 0; at < oneLine.length; at += 11 * 97) referenceColumn(oneLine, at, at + 10);
    expect(performance.now() - t1).toBeLessThan(2000);
  });
});
