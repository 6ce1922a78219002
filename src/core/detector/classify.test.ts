import { describe, expect, it } from 'vitest';
import { classify, mayBeJson } from './classify.js';
import { mulberry32 } from '../random/index.js';

const paths = (body: unknown): string[] => classify(body).findings.map((f) => `${f.path}:${f.entity}`);

describe('classify', () => {
  it('returns none for a clean OpenAI body and counts scanned characters', () => {
    const c = classify({ model: 'gpt-4o', messages: [{ role: 'user', content: 'Summarise this paragraph about rivers.' }] });
    expect(c).toEqual({ dataClass: 'none', classes: [], findings: [], scannedChars: 'gpt-4o'.length + 'user'.length + 38 });
  });

  it('walks every message part of an OpenAI chat body', () => {
    const body = {
      model: 'gpt-4o',
      messages: [
        { role: 'system', content: 'Operator on call: jo@example.com' },
        { role: 'user', content: [{ type: 'text', text: 'hello' }, { type: 'text', text: 'my ssn is 460-89-9847' }] },
        { role: 'assistant', content: null, tool_calls: [{ id: 'c1', type: 'function', function: { name: 'charge', arguments: '{"card":"4539148803436467","amount":10}' } }] },
        { role: 'tool', tool_call_id: 'c1', content: 'IBAN GB12WEST12345698765431 charged' },
        { role: 'user', name: 'sk-proj-abcdefghijklmnopqrstuvwxyz123456', content: 'ok' },
      ],
      tools: [{ type: 'function', function: { name: 'charge', description: 'Default routing number 011000015', parameters: { type: 'object' } } }],
    };
    const c = classify(body);
    expect(c.dataClass).toBe('pci');
    expect(c.classes).toEqual(['pci', 'financial', 'secret', 'pii']);
    expect(paths(body)).toEqual([
      'messages[0].content:EMAIL_ADDRESS',
      'messages[1].content[1].text:US_SSN',
      'messages[2].tool_calls[0].function.arguments:CREDIT_CARD',
      'messages[2].tool_calls[0].function.arguments.card:CREDIT_CARD',
      'messages[3].content:IBAN_CODE',
      'messages[4].name:OPENAI_API_KEY',
      'tools[0].function.description:ABA_ROUTING',
    ]);
  });

  it('walks an Anthropic messages body: system blocks, tool_use input, tool_result content', () => {
    const body = {
      model: 'claude-sonnet-4',
      system: [{ type: 'text', text: 'You help patients.' }],
      messages: [
        { role: 'user', content: [{ type: 'text', text: 'Look up MRN: 00123456' }] },
        { role: 'assistant', content: [{ type: 'tool_use', id: 't1', name: 'lookup', input: { email: 'jo@example.com' } }] },
        { role: 'user', content: [{ type: 'tool_result', tool_use_id: 't1', content: [{ type: 'text', text: 'phone 905-674-3793' }] }] },
      ],
    };
    const c = classify(body);
    expect(c.dataClass).toBe('phi');
    expect(paths(body)).toEqual([
      'messages[0].content[0].text:MEDICAL_RECORD_NUMBER',
      'messages[1].content[0].input.email:EMAIL_ADDRESS',
      'messages[2].content[0].content[0].text:PHONE_NUMBER',
    ]);
    // Health words in the system prompt make the email and phone PHI too.
    expect(c.findings.every((f) => f.dataClass === 'phi')).toBe(true);
  });

  it('accepts a bare messages array and scans non-JSON tool arguments raw', () => {
    const msgs = [{ role: 'assistant', tool_calls: [{ function: { name: 'f', arguments: 'card=4539148803436467 (not json' } }] }];
    expect(paths(msgs)).toEqual(['messages[0].tool_calls[0].function.arguments:CREDIT_CARD']);
  });

  it('scans numbers sent as JSON numbers and unusual object keys', () => {
    expect(paths({ messages: [{ role: 'tool', content: { card: 4539148803436467 } }] })).toEqual(['messages[0].content.card:CREDIT_CARD']);
    expect(paths({ 'jo@example.com': 1 })).toEqual(['["jo@example.com"]#key:EMAIL_ADDRESS']);
  });

  it.each([null, undefined, 42, true, 'plain string', [], {}, [[[]]], { messages: 'x' }, { messages: [null, 1, { content: [null] }] }])(
    'never throws on odd input %#',
    (input) => {
      expect(() => classify(input)).not.toThrow();
      expect(classify(input).dataClass).toBe('none');
    },
  );

  it('survives cycles and very deep nesting', () => {
    const a: Record<string, unknown> = { text: 'ssn 460-89-9847' };
    a['self'] = a;
    expect(classify(a).dataClass).toBe('pii');
    let deep: unknown = 'jo@example.com';
    for (let i = 0; i < 100_000; i++) deep = [deep];
    expect(classify(deep).dataClass).toBe('pii');
  });

  it('ranks classes phi > pci > financial > secret > pii', () => {
    expect(classify(['jo@example.com', 'sk-proj-abcdefghijklmnopqrstuvwxyz123456']).dataClass).toBe('secret');
    expect(classify(['GB12WEST12345698765431', 'sk-proj-abcdefghijklmnopqrstuvwxyz123456']).dataClass).toBe('financial');
    expect(classify(['DEA AB1234563', '4539148803436467']).dataClass).toBe('phi');
  });

  it('a request over the size budget is unclassifiable and phi, never clean', () => {
    const c = classify({ messages: [{ role: 'user', content: 'a'.repeat(2000) }] }, { budget: { maxChars: 1000 } });
    expect(c.unclassifiable?.reason).toBe('size-budget');
    expect(c.dataClass).toBe('phi');
  });

  it('a request over the time budget is unclassifiable and phi (injected clock)', () => {
    let t = 0;
    const now = (): number => (t += 10);
    const c = classify({ messages: [{ role: 'user', content: 'hello' }, { role: 'user', content: 'again' }] }, { budget: { maxMs: 15, now } });
    expect(c.unclassifiable?.reason).toBe('time-budget');
    expect(c.dataClass).toBe('phi');
  });

  it('within budget the result is unchanged', () => {
    const c = classify({ text: 'ssn 460-89-9847' }, { budget: { maxChars: 1000, maxMs: 1e9, now: () => 0 } });
    expect(c.unclassifiable).toBeUndefined();
    expect(c.dataClass).toBe('pii');
  });
});

describe('values of a placeholder record in a test fixture', () => {
  const body = (content: string): unknown => ({ model: 'm', messages: [{ role: 'user', content }] });
  const entities = (content: string): string[] => classify(body(content)).findings.map((f) => f.entity);
  it.each([
    ['de', 'Testdaten, darf das so rein?\n{"vorname": "Max", "nachname": "Mustermann", "email": "max.m@beispiel.de", "telefon": "0171 3851729"}'],
    ['en', 'unit test fixture: {"first_name": "Joe", "last_name": "Bloggs", "email": "joe.b@example.co.uk"}'],
    ['fr', 'données de test : {"prenom": "Jean", "nom": "Dupont", "email": "jdupont@exemple.fr"}'],
    ['es', 'datos de prueba: {"nombre": "Fulano", "apellidos": "de Tal", "email": "fdetal@ejemplo.es"}'],
    ['nl', 'testgegevens voor de unittest: {"voornaam": "Jan", "achternaam": "Jansen", "email": "j.jansen@voorbeeld.nl"}'],
    ['it', 'dati di test: {"nome": "Mario", "cognome": "Rossi", "email": "m.rossi@esempio.it"}'],
  ])('%s: the record\'s e-mail and phone are fixture values', (_lang, content) => {
    expect(entities(content)).toEqual([]);
  });
  it('a real person\'s record in a fixture text keeps its e-mail', () => {
    expect(entities('test fixture: {"first_name": "Ffion", "last_name": "Pryce", "email": "ffion.pryce@gmail.com"}')).toContain('EMAIL_ADDRESS');
  });
  it('a placeholder person\'s record outside a fixture keeps its e-mail', () => {
    expect(entities('please update the CRM: {"vorname": "Max", "nachname": "Mustermann", "email": "m.schreiber@posteo.de"}')).toContain('EMAIL_ADDRESS');
  });
});

describe('a whole-text number under a record key is no answer', () => {
  const call = (args: Record<string, string>): unknown => ({
    model: 'm',
    messages: [
      { role: 'user', content: 'status?' },
      { role: 'assistant', content: null, tool_calls: [{ id: 'c1', type: 'function', function: { name: 'lookup', arguments: JSON.stringify(args) } }] },
    ],
  });
  it.each([
    ['de', { id: '725763863' }],
    ['en', { order_id: '725763863' }],
    ['fr', { numero_commande: '725763863' }],
    ['es', { num_pedido: '725763863' }],
    ['nl', { bestelnummer: '725763863' }],
    ['it', { numero_ordine: '725763863' }],
  ])('%s: an order id passing the 11-test is no BSN', (_lang, args) => {
    expect(classify(call(args)).findings.filter((f) => f.entity === 'NL_BSN')).toEqual([]);
  });
  it('a message that is only the number, and a BSN key, still report it', () => {
    expect(classify({ model: 'm', messages: [{ role: 'user', content: '725763863' }] }).findings.map((f) => f.entity)).toContain('NL_BSN');
    expect(classify(call({ bsn: '725763863' })).findings.length).toBeGreaterThan(0);
  });
});

describe("a place or office key's value is no person (person-context.ts isPlaceKey)", () => {
  const tool = (content: string) => ({ messages: [{ role: 'user', content: 'Where is my parcel?' }, { role: 'tool', content }] });
  const people = (content: string): string[] => classify(tool(content)).findings.filter((f) => f.entity === 'PERSON').map((f) => f.path);
  it.each([
    ['en', '{"status": "in transit", "branch": "Sandra Hill"}'],
    ['de', '{"status": "unterwegs", "filiale": "Annegret Mitte"}'],
    ['fr', '{"statut": "en cours", "agence": "Margot Centre"}'],
    ['es', '{"estado": "en reparto", "oficina": "Valencia CTA"}'],
    ['nl', '{"status": "onderweg", "vestiging": "Femke Noord"}'],
    ['it', '{"stato": "in consegna", "ufficio": "Vittoria Centro"}'],
  ])('%s', (_name, content) => {
    expect(people(content)).toEqual([]);
  });
  it('a person key next to it still reports its name', () => {
    expect(people('{"status": "out for delivery", "branch": "Leeds Central", "driver": "Sandra Whitcombe"}')).toContain('messages[1].content.driver');
  });
});

describe('mayBeJson: false only where JSON.parse throws', () => {
  const parses = (s: string): boolean => {
    try {
      JSON.parse(s);
      return true;
    } catch {
      return false;
    }
  };

  it('on random JSON, cut, joined and mutated', () => {
    const r = mulberry32(5);
    const bits = ['{', '}', '[', ']', '"', '\\', '\\"', ':', ',', 'a', '1', ' ', '\n', '\t', 'true', 'null', '\u00a0', '{"k": ', '"v"', 'é'];
    let rejected = 0;
    for (let n = 0; n < 20000; n++) {
      let s = '';
      if (r() < 0.5) {
        const value = { name: 'Anna {Berg}', tags: ['a]', '"b"'], nested: { n: Math.floor(r() * 100), ok: r() < 0.5 } };
        s = JSON.stringify(r() < 0.5 ? value : [value, 'x']);
        if (r() < 0.5) s = s.slice(Math.floor(r() * s.length));
        if (r() < 0.5) s = s.slice(0, Math.floor(r() * (s.length + 1)));
        if (r() < 0.3) s += `\n${s}`;
        if (r() < 0.3) s = ` ${s} `;
      } else for (let i = 0, k = Math.floor(r() * 12); i < k; i++) s += bits[Math.floor(r() * bits.length)] ?? '';
      if (!mayBeJson(s, 0, s.length)) {
        rejected++;
        expect(parses(s), JSON.stringify(s)).toBe(false);
      }
    }
    expect(rejected).toBeGreaterThan(5000);
  });

  it('a JSON record pasted in prose is still parsed and its values still found', () => {
    const text = 'Hier der Datensatz: {"name": "Jonas Vogt", "telefon": "0171 4839265", "geburtsdatum": "14.03.1961"} danke!';
    const start = text.indexOf('{');
    expect(mayBeJson(text, start, text.lastIndexOf('}') + 1)).toBe(true);
    // The record's values are scanned at their own paths, as parsed.
    const paths = classify({ messages: [{ role: 'user', content: text }] }).findings.map((f) => `${f.entity} ${f.path}`);
    expect(paths).toContain('PERSON messages[0].content.name');
    expect(paths).toContain('PHONE_NUMBER messages[0].content.telefon');
    // Two records on two lines are no one JSON text: no parse is tried.
    const two = '{"name": "Jonas Vogt"}\n{"name": "Lena Kraft"}';
    expect(mayBeJson(two, 0, two.length)).toBe(false);
  });
});
