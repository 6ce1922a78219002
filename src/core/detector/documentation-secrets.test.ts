// Sample credentials that vendor documentation prints, and sample shapes (zeroed ids, masks, "changeme"): no secret.
// The documented values are the vendors' (data/documentation-secrets.ts); the kept cases are our own values.
import { describe, expect, it } from 'vitest';
import { detect } from './detect.js';

const secrets = (text: string): string[] =>
  detect(text).filter((f) => f.dataClass === 'secret').map((f) => text.slice(f.start, f.end));

describe('documented sample credentials and sample shapes', () => {
  it.each([
    "In der Mollie-Doku steht $mollie->setApiKey('test_dHar4XY7LxsDOtmnkVtjNVWXLSlXsM'); reicht das lokal?",
    'The Mollie docs use the key test_dHar4XY7LxsDOtmnkVtjNVWXLSlXsM in every curl example.',
    '¿Vale este ejemplo?\nREDSYS_CLAVE=sq7HjrUOBfKmC576ILgskD5srU870gJ7\nSon los datos de pruebas de Redsys.',
    "Voorbeeldconfig:\nmerchantKey: 'sq7HjrUOBfKmC576ILgskD5srU870gJ7'",
    'Va bene?\nTELEGRAM_BOT_TOKEN=123456:ABC-DEF1234ghIkl-zyx57W2v1u123ew11',
    'In de handleiding: https://hooks.slack.com/services/T00000000/B00000000/XXXXXXXXXXXXXXXXXXXXXXXX',
    'Exemple .env :\nDATABASE_URL=mysql://app:changeme@localhost/concessions',
    'DATABASE_URL=postgres://shop:your-password@db.internal/shop',
  ])('%s', (text) => {
    expect(secrets(text)).toEqual([]);
  });

  it.each([
    ['REDSYS_CLAVE=Qm4KpZ2rTvXw8NsLb6YcHd3FgJ5aEu9W', 'Qm4KpZ2rTvXw8NsLb6YcHd3FgJ5aEu9W'],
    ['Webhook: https://hooks.slack.com/services/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', 'hooks.slack.com/services/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'],
    ['DATABASE_URL=mysql://app:Vx8!kq2Lm@db.internal/concessions', 'mysql://app:Vx8!kq2Lm@db.internal/concessions'],
  ])('%s', (text, secret) => {
    expect(secrets(text)).toContain(secret);
  });
});
