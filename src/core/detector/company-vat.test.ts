// A company's EU VAT number after its legal form is the company's registration; a person's VAT or tax number is not.
import { describe, expect, it } from 'vitest';
import { detect } from './index.js';

const taxIds = (text: string): string[] => detect(text).filter((f) => f.entity === 'TAX_ID').map((f) => text.slice(f.start, f.end));

describe('an EU VAT number in a company record', () => {
  it.each([
    ['en', 'Vendor: Harrow Bolts Ltd, 4 Mill Lane, Leeds; VAT number IE6388047V; sales@harrow.example'],
    ['de', 'Lieferant: Falkner Schrauben GmbH, Gewerbering 3, 71634 Ludwigsburg; VAT DE312456789'],
    ['fr', 'Fournisseur : Atelier Morvan SARL, 12 rue des Forges, Nantes ; VAT no FR40303265045'],
    ['es', 'Proveedor: Tornillería Duero S.L., Valladolid; VAT ESB12345674'],
    ['nl', 'Leverancier: Bouwmaat Noord B.V., Groningen; VAT id NL123456789B01'],
    ['it', 'Fornitore: Viteria Adige S.r.l., Verona; VAT IT01234567897'],
  ])('%s', (_lang, text) => {
    expect(taxIds(text)).toEqual([]);
  });

  it.each([
    ['en GB', 'Check this invoice footer: Tanfield Print Ltd, VAT GB123456789, pay by bank transfer'],
    ['en GB twelve digits', 'Supplier: Fenwick & Hale LLP, VAT GB123456789012'],
    ['de CH', 'Briefkopf: Alpenblick AG, UID CHE-123.456.789 MWST, Bern'],
    ['fr CH', 'Pied de page : Helvetia Conseil SA, VAT CHE-123.456.789 TVA, Genève'],
    ['es prefix apart', 'Pie de factura: Ferretería Llorente SL, VAT ES B-12345674'],
    ['nl spaced', 'Factuur: Bakker Bouw N.V., VAT NL 123456789 B01'],
    ['it spaced', 'Fattura: Ferrari Trasporti Srl, VAT IT 012 345 678 90'],
  ])('%s: a UK, Swiss or spaced VAT number after a legal form', (_lang, text) => {
    expect(taxIds(text)).toEqual([]);
  });

  it('a person with a VAT number is still flagged, as is a company form on an earlier line', () => {
    expect(taxIds('Freelancer Jonas Weber, VAT GB123456789')).toEqual(['GB123456789']);
    expect(taxIds('Client: Harrow Bolts Ltd\nContractor Jonas Weber, VAT GB123456789')).toEqual(['GB123456789']);
    expect(taxIds('Freelancer Jonas Weber, VAT DE312456789')).toEqual(['DE312456789']);
    expect(taxIds('Client: Harrow Bolts Ltd\nContractor Jonas Weber, VAT DE312456789')).toEqual(['DE312456789']);
  });
});
