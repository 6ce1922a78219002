import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { basename, resolve } from 'node:path';
import { parseJsonlSuite, parseSuite, type Suite, type SuiteIdentity } from '../../core/eval/index.js';
import { formatIssues } from '../../core/result.js';
import { canonicalJson } from '../../stores/index.js';
import { readDataFile } from '../support/files.js';
import { UsageError, type CliIo } from '../support/io.js';

/** SHA-256 of the parsed suite's canonical JSON: formatting and comments do not change it, content does. */
export const suiteHash = (suite: Suite): string => createHash('sha256').update(canonicalJson(suite)).digest('hex');

async function readJsonl(path: string, io: CliIo): Promise<{ line: number; value: unknown }[]> {
  let text: string;
  try {
    text = await readFile(resolve(io.cwd, path), 'utf8');
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    throw new UsageError(`suite ${path}: ${code === 'ENOENT' ? 'no such file' : 'cannot be read'}`);
  }
  const out: { line: number; value: unknown }[] = [];
  text.split(/\r?\n/).forEach((raw, i) => {
    if (raw.trim() === '') return;
    try {
      out.push({ line: i + 1, value: JSON.parse(raw) as unknown });
    } catch (e) {
      throw new UsageError(`suite ${path}: line ${i + 1}: not valid JSON: ${e instanceof Error ? e.message : String(e)}`);
    }
  });
  if (out.length === 0) throw new UsageError(`suite ${path}: the file has no prompts`);
  return out;
}

/** A YAML/JSON suite or a JSONL one (one prompt per line), validated, with its identity for evidence. */
export async function loadSuite(path: string, io: CliIo, workload?: string): Promise<{ suite: Suite; identity: SuiteIdentity }> {
  const jsonl = /\.jsonl$/i.test(path);
  let r;
  if (jsonl) r = parseJsonlSuite(await readJsonl(path, io), workload);
  else {
    const raw = await readDataFile(path, io, 'suite');
    r = parseSuite(workload !== undefined && raw !== null && typeof raw === 'object' && !('workload' in raw) ? { workload, ...raw } : raw);
  }
  if (!r.ok) throw new UsageError(`suite ${path}:\n${formatIssues(r.issues)}`);
  const suite = r.value;
  return { suite, identity: { workload: suite.workload, version: suite.version, hash: suiteHash(suite), prompts: suite.prompts.length, source: basename(path) } };
}
