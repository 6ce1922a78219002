import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { stringify } from 'yaml';
import { judgeResponder, lastUser, startFakeModel, type FakeModel } from '../../../gateway/shadow/test-support/fake-models.js';
import { deadUrl } from '../../../gateway/test-support/fake-upstream.js';
import { memoryIo } from '../../support/io.js';

export const SSN_PROMPT = 'Patient John Smith, SSN 123-45-6789, asks:';

/** "Q7: What is 12 + 30?" -> [7, 42]. */
function question(text: string): { i: number; sum: number } | null {
  const m = /Q(\d+): What is (\d+) \+ (\d+)\?/.exec(text);
  return m ? { i: Number(m[1]), sum: Number(m[2]) + Number(m[3]) } : null;
}

/** The good model always adds correctly; the weak one only on every fourth question. */
export const goodResponder = (body: Record<string, unknown>): string => {
  const q = question(lastUser(body));
  return q ? `The answer is ${q.sum}.` : 'I do not know.';
};
export const weakResponder = (body: Record<string, unknown>): string => {
  const q = question(lastUser(body));
  return q ? `The answer is ${q.i % 4 === 0 ? q.sum : q.sum + 7}.` : 'Maybe.';
};

/** A 20-prompt suite; prompts 3, 9 and 15 carry an SSN (phi for the detector). */
export function arithmeticSuite(judge?: object): object {
  return {
    workload: 'notes',
    version: '1',
    ...(judge ? { judge } : {}),
    prompts: Array.from({ length: 20 }, (_, i) => {
      const a = 10 + i;
      const b = 3 * i + 1;
      const sensitive = i % 6 === 3;
      return { id: `q${i}`, prompt: `${sensitive ? `${SSN_PROMPT} ` : ''}Q${i}: What is ${a} + ${b}?`, reference: String(a + b), checks: [{ numeric: a + b }] };
    }),
  };
}

export interface EvalFixture {
  dir: string;
  good: FakeModel;
  weak: FakeModel;
  judge: FakeModel;
  apiJudge: FakeModel;
  configPath: string;
  write(name: string, data: object | string): Promise<string>;
  io(): ReturnType<typeof memoryIo>;
  close(): Promise<void>;
}

export async function startEvalFixture(opts: { judge?: 'first' | 'reference' } = {}): Promise<EvalFixture> {
  const [good, weak, judge, apiJudge] = await Promise.all([
    startFakeModel(goodResponder),
    startFakeModel(weakResponder),
    startFakeModel(judgeResponder({ pairwise: opts.judge ?? 'reference' })),
    startFakeModel(judgeResponder({ pairwise: 'reference' })),
  ]);
  const dir = await mkdtemp(join(tmpdir(), 'sb-eval-'));
  const config = {
    store: `sqlite:${join(dir, 'usage.db')}`,
    destinations: {
      'local-good': { kind: 'self-hosted', api: 'openai', baseUrl: good.baseUrl, model: 'Qwen/Qwen2.5-32B-Instruct', hourlyCostUsd: 3.6, maxRetries: 0, timeoutMs: 5000 },
      'api-weak': { kind: 'third-party', api: 'openai', baseUrl: weak.baseUrl, model: 'claude-sonnet-5-5', apiKeyEnv: 'WEAK_KEY', allowPrivateNetwork: true, maxRetries: 0, timeoutMs: 5000 },
      'api-good': { kind: 'third-party', api: 'openai', baseUrl: good.baseUrl, model: 'claude-opus-5-5', apiKeyEnv: 'WEAK_KEY', allowPrivateNetwork: true, maxRetries: 0, timeoutMs: 5000 },
      'local-judge': { kind: 'self-hosted', api: 'openai', baseUrl: judge.baseUrl, model: 'judge', maxRetries: 0, timeoutMs: 5000 },
      'api-judge': { kind: 'third-party', api: 'openai', baseUrl: apiJudge.baseUrl, model: 'claude-sonnet-5-5', apiKeyEnv: 'WEAK_KEY', allowPrivateNetwork: true, maxRetries: 0, timeoutMs: 5000 },
      'local-down': { kind: 'self-hosted', api: 'openai', baseUrl: `${await deadUrl()}/v1`, model: 'down', maxRetries: 0, timeoutMs: 2000 },
    },
    routes: [{ workload: 'notes', dataMayLeave: 'with-baa-and-zdr', sensitive: ['local-good'], default: ['api-weak', 'local-good'] }],
  };
  const write = async (name: string, data: object | string): Promise<string> => {
    const path = join(dir, name);
    await writeFile(path, typeof data === 'string' ? data : name.endsWith('.json') ? JSON.stringify(data) : stringify(data));
    return path;
  };
  const configPath = await write('gateway.yaml', config);
  return {
    dir,
    good,
    weak,
    judge,
    apiJudge,
    configPath,
    write,
    io: () => memoryIo({ cwd: dir, env: { WEAK_KEY: 'sk-test-weak' } }),
    close: async () => {
      await Promise.all([good.close(), weak.close(), judge.close(), apiJudge.close()]);
      await rm(dir, { recursive: true, force: true });
    },
  };
}
