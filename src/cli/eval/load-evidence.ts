import { readFile } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import type { CitedEvidence } from '../../core/decision/quality-evidence.js';
import { parseEvidence } from '../../core/eval/index.js';
import type { Profile } from '../../core/profile/index.js';
import { formatIssues } from '../../core/result.js';
import { UsageError, type CliIo } from '../support/io.js';
import { loadSuite } from './load-suite.js';

/**
 * Reads each workload's `qualityEvidence` (relative to the profile), and the suite it cites to detect a changed
 * suite; the pure core receives only parsed evidence. Every problem names the workload field.
 */
export async function loadQualityEvidence(profile: Profile, profilePath: string, io: CliIo): Promise<Map<string, CitedEvidence>> {
  const base = profilePath === '-' ? io.cwd : dirname(resolve(io.cwd, profilePath));
  const out = new Map<string, CitedEvidence>();
  for (const [i, w] of profile.workloads.entries()) {
    const cite = w.qualityEvidence;
    if (cite === undefined) continue;
    const field = `workloads[${i}].qualityEvidence`;
    const file = typeof cite === 'string' ? cite : cite.file;
    let text: string;
    try {
      text = await readFile(resolve(base, file), 'utf8');
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      throw new UsageError(`${field}: ${file}: ${code === 'ENOENT' ? 'no such file (run switchboard eval --out first)' : 'cannot be read'}`);
    }
    let raw: unknown;
    try {
      raw = JSON.parse(text);
    } catch {
      throw new UsageError(`${field}: ${file}: not valid JSON`);
    }
    const parsed = parseEvidence(raw);
    if (!parsed.ok) throw new UsageError(`${field}: ${file}: ${formatIssues(parsed.issues).split('\n').join(`\n${field}: ${file}: `)}`);
    let currentSuiteHash: string | undefined;
    if (typeof cite !== 'string' && cite.suite !== undefined) {
      try {
        currentSuiteHash = (await loadSuite(resolve(base, cite.suite), io)).identity.hash;
      } catch (e) {
        throw new UsageError(`${field}.suite: ${e instanceof Error ? e.message : String(e)}`);
      }
    }
    out.set(w.name, { file, evidence: parsed.value, currentSuiteHash });
  }
  return out;
}
