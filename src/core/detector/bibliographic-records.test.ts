import { describe, expect, it } from 'vitest';
import { classify } from './index.js';

// A reference manager's or a metadata lookup's result, as an OpenAI agent sends it back.
const lookup = (record: Record<string, unknown>): string[] =>
  [
    ...new Set(
      classify({
        messages: [
          { role: 'user', content: 'Format this reference for the bibliography.' },
          { role: 'assistant', content: null, tool_calls: [{ id: 'c1', type: 'function', function: { name: 'lookup', arguments: '{"q": "ref"}' } }] },
          { role: 'tool', tool_call_id: 'c1', content: JSON.stringify(record) },
        ],
      }).findings.map((f) => f.entity),
    ),
  ].sort();

describe("a bibliographic record's authors are published authors", () => {
  it.each([
    ['en', { doi: '10.1000/xyz123', title: 'Asthma control in patients after discharge', 'container-title': 'Journal of Ecology', author: [{ given: 'Megan', family: 'Thornbury' }, { name: 'Tom Fielding' }] }],
    ['de', { titel: 'Depression bei Patienten nach Herzinfarkt', zeitschrift: 'Umweltmedizin', autoren: [{ name: 'Jürgen Köster' }, { name: 'Anna Schreiber' }] }],
    ['fr', { titre: 'Le diabète chez les patients âgés', revue: 'Revue de médecine', auteurs: [{ nom: 'Claire Morel' }, { nom: 'Julien Marchetti' }] }],
    ['es', { titulo: 'Ictus en pacientes diabéticos', revista: 'Estudios Agrarios', autores: [{ nombre: 'Lucía Etxeberria' }, { nombre: 'Raúl Medina' }] }],
    ['nl', { titel: 'Depressie bij patiënten met diabetes', tijdschrift: 'Landschap', auteurs: [{ naam: 'Kees Visser' }] }],
    ['it', { titolo: 'Il diabete nei pazienti anziani', rivista: 'Geologia Oggi', isbn: '9788804668237', autori: [{ nome: 'Giulia Bianchi' }] }],
  ])('%s', (_lang, record) => {
    expect(lookup(record)).toEqual([]);
  });

  // Kept: a record with a title and no publication key is no published work; an author's private number stays.
  it.each([
    ['en', { title: 'Dr', name: 'Megan Thornbury', email: 'megan.thornbury@gmail.com' }, ['EMAIL_ADDRESS', 'PERSON']],
    ['de', { titel: 'Probandin', autor: 'Anna Schreiber', telefon: '0171 2345396' }, ['PERSON', 'PHONE_NUMBER']],
    ['fr', { titre: 'Les jardins ouvriers', revue: 'Études rurales', auteurs: [{ nom: 'Claire Morel', telephone: '06 12 47 83 39' }] }, ['PHONE_NUMBER']],
    ['es', { titulo: 'Paciente', nombre: 'Lucía Etxeberria', telefono: '612 345 892' }, ['PERSON', 'PHONE_NUMBER']],
    ['nl', { titel: 'Deelnemer', auteur: 'Kees Visser', telefoon: '06-12341845' }, ['PERSON', 'PHONE_NUMBER']],
    ['it', { titolo: 'Paziente', autore: 'Giulia Bianchi', telefono: '347 123 4565' }, ['PERSON', 'PHONE_NUMBER']],
  ])('keeps %s', (_lang, record, kept) => {
    expect(lookup(record)).toEqual(expect.arrayContaining(kept));
  });
});
