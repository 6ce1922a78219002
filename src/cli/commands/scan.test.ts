import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { memoryIo } from '../support/io.js';
import { main } from '../main.js';
import { fileTempDir } from '../../test-support/temp-dir.js';

const dir = fileTempDir('switchboard-scan-');
const file = (name: string, text: string): string => {
  writeFileSync(join(dir, name), text);
  return name;
};

describe('switchboard scan', () => {
  it('exits 0 and says none for clean text', async () => {
    const io = memoryIo({ cwd: dir });
    expect(await main(['scan', file('clean.txt', 'Nothing to see here.\n')], io)).toBe(0);
    expect(io.out()).toBe('dataClass: none (0 findings)\n');
  });

  it('lists findings with line:column and exits 1, never printing the value', async () => {
    const io = memoryIo({ cwd: dir });
    expect(await main(['scan', file('pii.txt', 'hello\ncard 4539 1488 0343 6467\n')], io)).toBe(1);
    expect(io.out()).toMatchInlineSnapshot(`
      "2:6  11-30  CREDIT_CARD  pci  1.00  card.iin-luhn
      dataClass: pci (1 finding)
      "
    `);
    expect(io.out()).not.toContain('4111');
  });

  it('prints JSON with the contract fields', async () => {
    const io = memoryIo({ readStdin: () => Promise.resolve('mail jo@example.com') });
    expect(await main(['scan', '-', '--format', 'json'], io)).toBe(1);
    expect(JSON.parse(io.out())).toEqual({
      findings: [{ entity: 'EMAIL_ADDRESS', dataClass: 'pii', start: 5, end: 19, score: 1, rule: 'email.rfc-shape' }],
      dataClass: 'pii',
    });
  });

  it('redacts text to stdout with the summary on stderr', async () => {
    const io = memoryIo({ readStdin: () => Promise.resolve('ssn 460-89-9847, ok') });
    expect(await main(['scan', '--redact'], io)).toBe(1);
    expect(io.out()).toBe('ssn [US_SSN], ok');
    expect(io.err()).toBe('dataClass: pii (1 finding)\n');
  });

  it('classifies a request body with --request', async () => {
    const body = JSON.stringify({ messages: [{ role: 'user', content: [{ type: 'text', text: 'MRN: 00123456' }] }] });
    const io = memoryIo({ cwd: dir });
    expect(await main(['scan', file('req.json', body), '--request', '--format', 'json'], io)).toBe(1);
    const out = JSON.parse(io.out());
    expect(out.dataClass).toBe('phi');
    expect(out.findings[0].path).toBe('messages[0].content[0].text');
  });

  it.each([
    [['scan', 'missing.txt'], 'missing.txt: no such file'],
    [['scan', 'a', 'b'], 'expected at most one FILE'],
    [['scan', '--format', 'xml', 'x'], '--format: expected one of text | json, got "xml"'],
    [['scan', '--min-score', '2', 'x'], '--min-score: expected a number between 0 and 1'],
    [['scan', '--bogus'], "Unknown option '--bogus'"],
  ])('bad input %j exits 2 with a clear message', async (argv, message) => {
    const io = memoryIo({ cwd: dir });
    expect(await main(argv, io)).toBe(2);
    expect(io.err()).toContain(message);
    expect(io.err()).not.toContain('    at ');
  });

  it('rejects binary input and a non-JSON request body', async () => {
    const io = memoryIo({ cwd: dir });
    expect(await main(['scan', file('bin.dat', 'a\u0000b')], io)).toBe(2);
    expect(io.err()).toContain('expected a text file');
    const io2 = memoryIo({ cwd: dir });
    expect(await main(['scan', file('bad.json', '{nope'), '--request'], io2)).toBe(2);
    expect(io2.err()).toContain('--request expects a JSON request body');
  });
});

describe('switchboard scan --jsonl', () => {
  it('prints one JSON line per request, reports a bad line on its own line and exits 2', async () => {
    const lines = [
      JSON.stringify({ model: 'm', messages: [{ role: 'user', content: 'my ssn is 460-89-9847' }] }),
      '',
      JSON.stringify({ text: 'Summarise the rivers of Europe.' }),
      '{not json',
      JSON.stringify({ model: 'claude', messages: [{ role: 'user', content: [{ type: 'tool_result', tool_use_id: 't', content: 'card 4539 1488 0343 6467 ok' }] }] }),
    ];
    const io = memoryIo({ readStdin: () => Promise.resolve(`${lines.join('\n')}\n`) });
    expect(await main(['scan', '--jsonl', '-'], io)).toBe(2);
    const out = io.out().trim().split('\n').map((l) => JSON.parse(l));
    expect(out.map((o) => [o.line, o.dataClass ?? o.error.code])).toEqual([
      [1, 'pii'],
      [3, 'none'],
      [4, 'invalid_json'],
      [5, 'pci'],
    ]);
    expect(out[0].findings[0]).toMatchObject({ path: 'messages[0].content', entity: 'US_SSN' });
    expect(io.out()).not.toContain('460-89');
  });

  it('exits 1 when a request has findings and 0 when none do', async () => {
    const pii = memoryIo({ readStdin: () => Promise.resolve('{"text":"mail jo@example.com"}\n') });
    expect(await main(['scan', '--jsonl'], pii)).toBe(1);
    const clean = memoryIo({ readStdin: () => Promise.resolve('{"text":"hello"}\r\n{"text":"world"}') });
    expect(await main(['scan', '--jsonl'], clean)).toBe(0);
    expect(clean.out().trim().split('\n')).toHaveLength(2);
  });

  it('marks a request over the size budget unclassifiable, never clean', async () => {
    const io = memoryIo({ readStdin: () => Promise.resolve(`${JSON.stringify({ text: 'x'.repeat(500) })}\n`) });
    expect(await main(['scan', '--jsonl', '--max-chars', '100'], io)).toBe(1);
    expect(JSON.parse(io.out())).toMatchObject({ dataClass: 'phi', unclassifiable: { reason: 'size-budget' } });
  });

  it.each([
    [['scan', '--jsonl', '--request'], '--jsonl and --request are exclusive'],
    [['scan', '--jsonl', '--redact'], '--redact works on plain text, not with --jsonl'],
    [['scan', '--jsonl', '--max-chars', '0'], '--max-chars: expected an integer >= 1'],
  ])('bad flags %j exit 2', async (argv, message) => {
    const io = memoryIo();
    expect(await main(argv, io)).toBe(2);
    expect(io.err()).toContain(message);
  });
});
