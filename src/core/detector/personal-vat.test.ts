// A person's own VAT number, named in their language's word for it, is a tax id; a company's stays clean (company-vat.test.ts).
import { describe, expect, it } from 'vitest';
import { detect } from './index.js';

const taxIds = (text: string): string[] => detect(text).filter((f) => f.entity === 'TAX_ID').map((f) => text.slice(f.start, f.end));

describe("a self-employed person's own VAT number", () => {
  it.each([
    ['en', 'I work freelance, my VAT number is GB980780684 if you need it for the invoice', 'GB980780684'],
    ['de', 'Ich bin selbstständig, meine USt-IdNr. ist DE136695976.', 'DE136695976'],
    ['de lautet', 'Für die Rechnung: meine Umsatzsteuer-ID lautet DE811128135', 'DE811128135'],
    ['fr', 'Je suis auto-entrepreneur, mon numéro de TVA intracommunautaire est FR40303265045.', 'FR40303265045'],
    ['es', 'Soy autónoma y mi NIF-IVA es ESX1234567L', 'ESX1234567L'],
    ['nl', 'Ik ben zzp’er, mijn btw-nummer is NL123456782B01.', 'NL123456782B01'],
    ['it', 'Lavoro in proprio: la mia partita IVA è IT01234567897', 'IT01234567897'],
    ['de name', 'Rechnungssteller: Jonas Weber, USt-IdNr. DE136695976', 'DE136695976'],
    ['it name', 'Fattura emessa da Giulia Conti, partita IVA IT00743110157', 'IT00743110157'],
    ['nl name with particle', 'Factuur van Pieter de Vries, btw NL123456782B01', 'NL123456782B01'],
    ['fr name', 'Marie Leroy, TVA FR83404833048', 'FR83404833048'],
  ])('%s', (_lang, text, vat) => {
    expect(taxIds(text)).toEqual([vat]);
  });

  it.each([
    ['de', 'Falkner Schrauben GmbH, USt-IdNr. DE136695976'],
    ['fr', 'Atelier Morvan SARL, TVA intracommunautaire FR40303265045'],
    ['es', 'Tornillería Duero S.L., NIF-IVA ESB12345674'],
    ['nl', 'Bouwmaat Noord B.V., btw-nummer NL123456782B01'],
    ['it', 'Viteria Adige S.r.l., partita IVA IT01234567897'],
    ['de rate', 'Meine Rechnung enthält 19 % USt-IdNr. folgt'],
    ['de our: a business speaking', 'Unsere USt-IdNr.: DE136695976'],
    ['es a rate', 'Mi factura: IVA 21 % incluido'],
    ['it no claim', 'Partita IVA IT01234567897 indicata in fattura'],
  ])('%s: a company footer, or no one claiming it, stays clean', (_lang, text) => {
    expect(taxIds(text)).toEqual([]);
  });
});
