import { describe, expect, it } from 'vitest';
import { classify } from './classify.js';

const paths = (body: unknown): string[] => classify(body).findings.map((f) => `${f.path}:${f.entity}`);

describe('structure-aware scan: JSON keys as context', () => {
  it('a tool result with mrn, dob and diagnosis keys is PHI', () => {
    const body = { messages: [{ role: 'tool', tool_call_id: 'c1', content: '{"mrn":"48213377","dob":"1961-03-14","diagnosis":"F32.1"}' }] };
    const c = classify(body);
    expect(c.dataClass).toBe('phi');
    expect(paths(body)).toContain('messages[0].content.mrn:MEDICAL_RECORD_NUMBER');
    expect(paths(body)).toContain('messages[0].content.dob:DATE_OF_BIRTH');
  });

  it.each([
    ['de', { vorname: 'Klaus', nachname: 'Weber', geburtsdatum: '14.03.1961', steuer_id: '86095742719' }, ['PERSON', 'DATE_OF_BIRTH', 'NATIONAL_ID']],
    ['fr', { prenom: 'Amélie', nom_de_famille: 'Durand', date_de_naissance: '02/05/1979', numero_secu: '2790575123456' }, ['PERSON', 'DATE_OF_BIRTH', 'NATIONAL_ID']],
    ['es', { nombre: 'Lucía', apellidos: 'García López', fecha_nacimiento: '1985-07-21', dni: '48613750F' }, ['PERSON', 'DATE_OF_BIRTH', 'ES_DNI_NIE']],
    ['nl', { voornaam: 'Sanne', achternaam: 'de Vries', geboortedatum: '3-9-1990', bsn: '725763863' }, ['PERSON', 'DATE_OF_BIRTH', 'NL_BSN']],
    ['it', { cognome: 'Rossi', data_di_nascita: '10/12/1985', codice_fiscale: 'BNCLRA90A41H501F' }, ['PERSON', 'DATE_OF_BIRTH', 'IT_CODICE_FISCALE']],
    ['en', { patientId: 'A-99812', passport_number: 'X1234567', phone: '020 7946 0018', iban: 'GB12WEST12345698765431' }, ['MEDICAL_RECORD_NUMBER', 'PASSPORT', 'PHONE_NUMBER', 'IBAN_CODE']],
  ])('keys in %s name their values', (_lang, record, expected) => {
    const body = { messages: [{ role: 'assistant', content: [{ type: 'tool_use', id: 't1', name: 'save_record', input: record }] }] };
    const keyed = classify(body).findings.map((f) => f.entity);
    for (const e of expected) expect(keyed).toContain(e);
  });

  it('a JSON object pasted inside prose is parsed too', () => {
    const body = { messages: [{ role: 'user', content: 'Here is the row: {"codice_fiscale": "BNCLRA90A41H501F", "nome": "Mario Rossi"}' }] };
    expect(paths(body)).toContain('messages[0].content.codice_fiscale:IT_CODICE_FISCALE');
  });

  it('protocol names and schemas are not personal data', () => {
    const body = {
      messages: [{ role: 'user', name: 'example_user', content: 'What is the weather?' }],
      tools: [{ type: 'function', function: { name: 'get_weather', description: 'Weather by city', parameters: { type: 'object', properties: { name: { type: 'string' }, dob: { type: 'string' } } } } }],
    };
    expect(classify(body).dataClass).toBe('none');
  });

  it('placeholders under sensitive keys are not values', () => {
    expect(classify({ ssn: '<ssn>', dob: 'string', passport: 'N/A', iban: '***' }).dataClass).toBe('none');
  });
});

describe('structure-aware scan: values split across parts', () => {
  it('an SSN split across two messages', () => {
    const body = { messages: [{ role: 'user', content: 'my ssn is 536-22-' }, { role: 'user', content: '1234 thanks' }] };
    expect(paths(body)).toEqual(['messages[0].content + messages[1].content:US_SSN']);
  });

  it('a card split across two content parts', () => {
    const body = { messages: [{ role: 'user', content: [{ type: 'text', text: 'card 4539 1488' }, { type: 'text', text: '0343 6467' }] }] };
    expect(classify(body).dataClass).toBe('pci');
  });

  // Each language: the number's start, a short turn asking for the rest, then the rest.
  const overTurn = (first: string, ask: string, rest: string): string[] => {
    const body = { messages: [{ role: 'user', content: first }, { role: 'assistant', content: ask }, { role: 'user', content: rest }] };
    const f = classify(body).findings.filter((x) => x.entity === 'PHONE_NUMBER');
    return f.map((x) => x.path);
  };
  it.each([
    ['en', 'Add the plumber Owen Tate, his mobile begins 07911', 'Sure, and the other digits?', '328614 please'],
    ['de', 'Neue Kundin Frieda Lamm, Handynummer 017634', 'Und weiter?', '982217 bitte speichern'],
    ['fr', 'Le kiné Hugo Marel, son portable commence par 06 71', 'Et la suite ?', '48 93 26, merci'],
    ['es', 'La vecina Lola Prieto, su móvil empieza por 655', '¿Y lo demás?', '903 184, guárdalo'],
    ['nl', 'Oppas Mila Jonker, haar mobiel begint met 06 38', 'En de rest?', '71 92 54 graag'],
    ['it', 'La baby-sitter Anna Riva, il cellulare comincia con 347', 'E il resto?', '8126650 grazie'],
  ])('a phone split over two %s user turns with a short prompt between them', (_lang, first, ask, rest) => {
    expect(overTurn(first, ask, rest)).toEqual(['messages[0].content + messages[2].content']);
  });

  it('no join over a turn that is long or has digits of its own', () => {
    expect(overTurn('his mobile begins 07911', 'Sure, I have 2 of them already, what comes next?', '328614 please')).toEqual([]);
    expect(overTurn('his mobile begins 07911', `Sure. ${'I will add it to the sheet once I have the rest. '.repeat(3)}`, '328614 please')).toEqual([]);
  });

  // A mailbox the next part holds whole is judged by that part's own scan: joined to the text before it ("Inc." +
  // "trials@...") it is no new value. A mailbox cut in its local part or at "@" is still found across the seam.
  it('a desk mailbox whole in the next part is not read again across the seam', () => {
    const body = { messages: [{ role: 'user', content: [{ type: 'text', text: 'Sponsor: Corvel Biologics Inc.' }, { type: 'text', text: 'trials@corvelbio.com' }] }] };
    expect(classify(body).findings).toEqual([]);
    const cut = { messages: [{ role: 'user', content: 'write to jane.moss' }, { role: 'user', content: '@gmail.com today' }] };
    expect(classify(cut).findings.map((f) => f.entity)).toContain('EMAIL_ADDRESS');
  });

  // A tool result's field and the list in the next field are two values: a flight number and the first free seat
  // ("BA0408" + "12A") join in a NINO's shape. The items of one list still join.
  it.each([
    ['en', { flight: 'BA0408', free: ['12A', '12F'] }],
    ['de', { flug: 'EW7581', frei: ['11A', '11F'] }],
    ['fr', { vol: 'AF1234', libres: ['14C'] }],
    ['es', { vuelo: 'IB3170', libres: ['21D', '22A'] }],
    ['nl', { vlucht: 'KL1583', vrij: ['15A', '16F'] }],
    ['it', { volo: 'AZ1755', liberi: ['12A', '13F'] }],
  ])('%s: a field and the list after it are not joined', (_lang, result) => {
    const body = { messages: [{ role: 'user', content: 'Which exit row seats are free?' }, { role: 'tool', tool_call_id: 't1', content: JSON.stringify(result) }] };
    expect(classify(body).findings).toEqual([]);
  });

  it('the items of one list still join', () => {
    const body = { messages: [{ role: 'tool', tool_call_id: 't1', content: JSON.stringify({ note: 'caller gave the ssn in two parts', parts: ['536-22-', '1234'] }) }] };
    expect(paths(body).map((p) => p.split(':')[1])).toContain('US_SSN');
  });

  // A tool call's argument is a whole value: joined to the tool's result it would read "Kiel Pflegestützpunkt Kiel-Nord" as a name.
  it('a tool call’s argument is not joined to the tool’s result', () => {
    const body = {
      messages: [
        { role: 'user', content: 'Welche Stellen gibt es?' },
        { role: 'assistant', content: [{ type: 'tool_use', id: 't1', name: 'suche', input: { ort: 'Kiel' } }] },
        { role: 'user', content: [{ type: 'tool_result', tool_use_id: 't1', content: 'Pflegestützpunkt Kiel-Nord, Träger: Stadt Kiel.' }] },
      ],
    };
    expect(classify(body).findings.filter((f) => f.path.includes(' + '))).toEqual([]);
    const split = { messages: [{ role: 'user', content: 'my ssn is 536-22-' }, { role: 'user', content: [{ type: 'text', text: '1234 thanks' }] }] };
    expect(paths(split)).toEqual(['messages[0].content + messages[1].content[0].text:US_SSN']);
  });

  it('an Anthropic system block and a user turn', () => {
    const body = { system: [{ type: 'text', text: 'Caller email: jane.moss@exa' }], messages: [{ role: 'user', content: 'mple.com asked about billing' }] };
    expect(classify(body).findings.map((f) => f.entity)).toContain('EMAIL_ADDRESS');
  });
});
