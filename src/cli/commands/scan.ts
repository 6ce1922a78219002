import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { CLASS_PRECEDENCE, classify, detect, redact, type ClassifyOptions, type Finding, type RequestDataClass } from '../../core/detector/index.js';
import { enumFlag, numberFlag, parseCliArgs } from '../support/args.js';
import { UsageError, type CliIo, type Command } from '../support/io.js';

const USAGE = `switchboard scan [FILE|-] [--format text|json] [--redact] [--request | --jsonl] [--min-score N] [--max-chars N] [--max-ms N]

  FILE          text to scan (- or nothing for stdin)
  --format      text (default): one line per finding; json: { findings, dataClass }
  --redact      print the input with each finding replaced by [ENTITY]
  --request     FILE is an OpenAI/Anthropic request body (JSON): scan every message part
  --jsonl       FILE holds one request per line (OpenAI or Anthropic body, or {"text": "..."}); prints one
                JSON line per request with its class and findings, classified as the gateway would
  --min-score   report findings scoring at least N (0..1, default 0.5)
  --max-chars   with --request/--jsonl: a request with more characters to scan is unclassifiable (phi)
  --max-ms      with --request/--jsonl: a request taking longer is unclassifiable (phi)

Exit 0 when nothing is found, 1 when something is, 2 on bad input (for --jsonl: any bad line, reported
on its own output line). Values are never printed, only where they are.`;

const FORMATS = ['text', 'json'] as const;

async function readInput(path: string, io: CliIo): Promise<string> {
  let text: string;
  try {
    text = path === '-' ? await io.readStdin() : await readFile(resolve(io.cwd, path), 'utf8');
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    throw new UsageError(`${path}: ${code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'is a directory' : 'cannot be read'}`);
  }
  if (text.includes('\u0000')) throw new UsageError(`${path === '-' ? 'stdin' : path}: expected a text file, got binary data (NUL bytes)`);
  return text;
}

/** One request per line in, one JSON line per request out; a bad line is reported on its own line, never skipped. */
function scanJsonl(text: string, options: ClassifyOptions, io: CliIo): number {
  let found = false;
  let bad = false;
  const lines = text.split('\n');
  lines.forEach((raw, i) => {
    const line = raw.endsWith('\r') ? raw.slice(0, -1) : raw;
    if (line.trim() === '') return;
    let body: unknown;
    try {
      body = JSON.parse(line) as unknown;
    } catch (e) {
      bad = true;
      io.stdout(`${JSON.stringify({ line: i + 1, error: { code: 'invalid_json', message: `line ${i + 1}: expected one JSON request body: ${e instanceof Error ? e.message : String(e)}` } })}\n`);
      return;
    }
    const c = classify(body, options);
    if (c.findings.length > 0) found = true;
    io.stdout(`${JSON.stringify({ line: i + 1, ...c })}\n`);
  });
  return bad ? 2 : found ? 1 : 0;
}

const classOf = (findings: readonly Finding[]): RequestDataClass => CLASS_PRECEDENCE.find((c) => findings.some((f) => f.dataClass === c)) ?? 'none';

/** 1-based line:column of an offset, so findings can be located without printing the value. */
function lineCol(text: string, offset: number): string {
  let line = 1;
  let last = -1;
  for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) {
    line++;
    last = i;
  }
  return `${line}:${offset - last}`;
}

export const scanCommand: Command = {
  name: 'scan',
  summary: 'find PII, PHI, card data and secrets in a file or request body',
  usage: USAGE,
  run: async (args, io) => {
    const first = USAGE.split('\n')[0] ?? '';
    const { values, positionals } = parseCliArgs(
      args,
      { format: { type: 'string' }, redact: { type: 'boolean' }, request: { type: 'boolean' }, jsonl: { type: 'boolean' }, 'min-score': { type: 'string' }, 'max-chars': { type: 'string' }, 'max-ms': { type: 'string' } },
      first,
    );
    if (positionals.length > 1) throw new UsageError(`expected at most one FILE, got ${positionals.length}\nusage: ${first}`);
    const format = enumFlag(values.format, 'format', FORMATS) ?? 'text';
    const minScore = numberFlag(values['min-score'], 'min-score', { min: 0 });
    if (minScore !== undefined && minScore > 1) throw new UsageError(`--min-score: expected a number between 0 and 1, got ${JSON.stringify(values['min-score'])}`);
    const path = positionals[0] ?? '-';
    const maxChars = numberFlag(values['max-chars'], 'max-chars', { min: 1, integer: true });
    const maxMs = numberFlag(values['max-ms'], 'max-ms', { min: 1 });
    if (values.jsonl === true && values.request === true) throw new UsageError('--jsonl and --request are exclusive: --jsonl reads one request body per line');
    if (values.jsonl === true && values.redact === true) throw new UsageError('--redact works on plain text, not with --jsonl');
    const options: ClassifyOptions = minScore === undefined ? {} : { minScore };
    if (maxChars !== undefined || maxMs !== undefined) {
      options.budget = { ...(maxChars === undefined ? {} : { maxChars }), ...(maxMs === undefined ? {} : { maxMs, now: () => performance.now() }) };
    }
    const text = await readInput(path, io);
    if (values.jsonl === true) return scanJsonl(text, options, io);

    if (values.request === true) {
      if (values.redact === true) throw new UsageError('--redact works on plain text, not with --request');
      let body: unknown;
      try {
        body = JSON.parse(text) as unknown;
      } catch (e) {
        throw new UsageError(`${path === '-' ? 'stdin' : path}: --request expects a JSON request body: ${e instanceof Error ? e.message : String(e)}`);
      }
      const c = classify(body, options);
      if (c.unclassifiable !== undefined) io.stderr(`unclassifiable (${c.unclassifiable.reason}): ${c.unclassifiable.detail}; treated as phi\n`);
      if (format === 'json') io.stdout(`${JSON.stringify({ findings: c.findings, dataClass: c.dataClass, scannedChars: c.scannedChars }, null, 2)}\n`);
      else {
        for (const f of c.findings) io.stdout(`${f.path}  ${f.start}-${f.end}  ${f.entity}  ${f.dataClass}  ${f.score.toFixed(2)}  ${f.rule}\n`);
        io.stdout(`dataClass: ${c.dataClass} (${c.findings.length} finding${c.findings.length === 1 ? '' : 's'})\n`);
      }
      return c.findings.length > 0 ? 1 : 0;
    }

    const findings = detect(text, options);
    const dataClass = classOf(findings);
    if (format === 'json') {
      const out = values.redact === true ? { findings, dataClass, redacted: redact(text, findings) } : { findings, dataClass };
      io.stdout(`${JSON.stringify(out, null, 2)}\n`);
    } else if (values.redact === true) {
      io.stdout(redact(text, findings));
      io.stderr(`dataClass: ${dataClass} (${findings.length} finding${findings.length === 1 ? '' : 's'})\n`);
    } else {
      for (const f of findings) io.stdout(`${lineCol(text, f.start)}  ${f.start}-${f.end}  ${f.entity}  ${f.dataClass}  ${f.score.toFixed(2)}  ${f.rule}\n`);
      io.stdout(`dataClass: ${dataClass} (${findings.length} finding${findings.length === 1 ? '' : 's'})\n`);
    }
    return findings.length > 0 ? 1 : 0;
  },
};
