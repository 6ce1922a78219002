import { describe, expect, it } from 'vitest';
import { namesFirm } from './firm-names.js';
import { classify } from './index.js';

// A CRM lookup tool's arguments name the company (or person) searched for under a generic name key.
const lookup = (args: Record<string, string>): string[] =>
  classify([
    { role: 'user', content: 'pull up the account' },
    { role: 'assistant', content: null, tool_calls: [{ id: 'c1', type: 'function', function: { name: 'crm_lookup', arguments: JSON.stringify(args) } }] },
  ] as never).findings.map((f) => f.entity);

describe('a company under a generic name key is no person', () => {
  it.each([
    ['en', { name: 'Tesco PLC' }],
    ['de', { name: 'SAP SE' }],
    ['fr', { nom: 'Bouygues SA' }],
    ['es', { nombre: 'IBERDROLA, S.A.' }],
    ['nl', { naam: 'Koninklijke Philips N.V.' }],
    ['it', { nome: 'Enel S.p.A.' }],
  ])('%s', (_lang, args) => {
    expect(lookup(args)).toEqual([]);
  });

  it.each([
    ['en', { name: 'Priya Raghunathan' }],
    ['de, a sole trader (e.K.)', { name: 'Hans Köster e.K.' }],
    ['fr', { nom: 'Claire Martin' }],
    ['es', { nombre: 'Lucía Etxeberria' }],
    ['nl', { naam: 'Jan de Vries' }],
    ['it', { nome: 'Giulia Bianchi' }],
  ])('keeps a person: %s', (_lang, args) => {
    expect(lookup(args)).toContain('PERSON');
  });

  it('reads legal forms and joined names, not a legal form inside a word or a single name', () => {
    expect(['TESCO PLC', 'Galli & Ferraro Duca d’Aosta', 'Ortega y Bravo Atocha', 'De Wit en Brouwer', 'Hornbach Baumarkt AG'].map(namesFirm)).toEqual([true, true, true, true, true]);
    expect(['Sabine Agnes', 'Hans Köster e.K.', 'Jan de Vries', 'Sergio Mattarella', 'SAGE'].map(namesFirm)).toEqual([false, false, false, false, false]);
  });
});
