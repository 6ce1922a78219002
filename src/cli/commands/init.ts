import { writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { Document, visit } from 'yaml';
import {
  DATA_CLASSES,
  DOMAINS,
  FINE_TUNING,
  GPU_ACCESS,
  INDUSTRIES,
  parseProfile,
  QUALITY_TIERS,
  REGIONS,
  REGULATIONS,
  type DataClass,
  type Industry,
  type Regulation,
} from '../../core/profile/index.js';
import { formatIssues } from '../../core/result.js';
import { hint } from '../../core/validation/index.js';
import { parseCliArgs } from '../support/args.js';
import { UsageError, type CliIo, type Command } from '../support/io.js';

const USAGE = `switchboard init [--out FILE] [--yes] [--name NAME] [--industry INDUSTRY] [workload flags]

Asks a few questions (or takes flags) and writes a team profile to assess.

  --out FILE              where to write (default profile.yaml; - for stdout); never overwrites without --force
  --yes                   do not ask: take flags, and defaults for the rest (the default without a terminal)
  --name NAME             team name (required without a terminal)
  --industry I            ${INDUSTRIES.join(' | ')}
  --ml-engineers N        people able to run model serving (default 1)
  --gpu-access A          ${GPU_ACCESS.join(' | ')} (default rent)
  --region R              ${REGIONS.join(' | ')}
  --workload NAME         first workload's name (default assistant)
  --data LIST             comma-separated: ${DATA_CLASSES.join(', ')} (default from the industry)
  --regulations LIST      comma-separated: ${REGULATIONS.join(', ')} (default from the industry)
  --requests-per-day N    (default 1000)
  --input-tokens N        mean per request (default 1000)
  --output-tokens N       mean per request (default 300)
  --quality Q             ${QUALITY_TIERS.join(' | ')} (default strong)
  --domain D              ${DOMAINS.join(' | ')}
  --fine-tuning F         ${FINE_TUNING.join(' | ')} (default none)
  --force                 overwrite FILE if it exists`;

/** What an industry usually handles; only a starting point the user confirms. */
const PRESETS: Record<Industry, { data: DataClass[]; regulations: Regulation[]; domain: string }> = {
  healthcare: { data: ['phi'], regulations: ['hipaa'], domain: 'medical' },
  finance: { data: ['financial', 'pii'], regulations: ['glba'], domain: 'finance' },
  government: { data: ['pii'], regulations: ['fedramp'], domain: 'general' },
  education: { data: ['pii'], regulations: [], domain: 'general' },
  retail: { data: ['pii'], regulations: ['ccpa'], domain: 'general' },
  technology: { data: ['internal'], regulations: [], domain: 'general' },
  other: { data: ['internal'], regulations: [], domain: 'general' },
};

interface Question {
  flag: string;
  question: string;
  fallback: (answers: Record<string, string>) => string;
  /** A message when the answer is unusable; undefined when fine. */
  check: (value: string) => string | undefined;
}

const oneOf = (allowed: readonly string[]) => (v: string) => (allowed.includes(v) ? undefined : `expected one of ${allowed.join(' | ')}, got ${JSON.stringify(v)}${hint(v, allowed)}`);
const listOf = (allowed: readonly string[]) => (v: string) => {
  const bad = v.split(',').map((s) => s.trim()).filter((s) => s && !allowed.includes(s));
  return bad.length ? `unknown ${bad.map((b) => `"${b}"${hint(b, allowed)}`).join(', ')}; allowed: ${allowed.join(', ')}` : undefined;
};
const count = (v: string) => (/^\d+(\.\d+)?$/.test(v) ? undefined : `expected a number >= 0, got ${JSON.stringify(v)}`);
const preset = (a: Record<string, string>) => PRESETS[(a.industry ?? 'other') as Industry] ?? PRESETS.other;

const QUESTIONS: readonly Question[] = [
  { flag: 'name', question: 'Team name', fallback: () => '', check: (v) => (v.trim() ? undefined : 'expected a team name') },
  { flag: 'industry', question: `Industry (${INDUSTRIES.join(', ')})`, fallback: () => 'other', check: oneOf(INDUSTRIES) },
  { flag: 'ml-engineers', question: 'ML engineers who can run model serving', fallback: () => '1', check: (v) => (/^\d+$/.test(v) ? undefined : `expected an integer >= 0, got ${JSON.stringify(v)}`) },
  { flag: 'gpu-access', question: `GPU access (${GPU_ACCESS.join(', ')})`, fallback: () => 'rent', check: oneOf(GPU_ACCESS) },
  { flag: 'workload', question: 'First workload name', fallback: () => 'assistant', check: (v) => (/^[a-z0-9][a-z0-9-_.]*$/i.test(v) ? undefined : 'expected letters, digits, "-", "_" or "."') },
  { flag: 'data', question: `Data it handles, comma-separated (${DATA_CLASSES.join(', ')})`, fallback: (a) => preset(a).data.join(','), check: listOf(DATA_CLASSES) },
  { flag: 'regulations', question: `Regulations, comma-separated (${REGULATIONS.join(', ')}; empty for none)`, fallback: (a) => preset(a).regulations.join(','), check: (v) => (v.trim() ? listOf(REGULATIONS)(v) : undefined) },
  { flag: 'requests-per-day', question: 'Requests per day', fallback: () => '1000', check: count },
  { flag: 'input-tokens', question: 'Mean input tokens per request', fallback: () => '1000', check: count },
  { flag: 'output-tokens', question: 'Mean output tokens per request', fallback: () => '300', check: count },
  { flag: 'quality', question: `Quality needed (${QUALITY_TIERS.join(', ')})`, fallback: () => 'strong', check: oneOf(QUALITY_TIERS) },
  { flag: 'domain', question: `Domain (${DOMAINS.join(', ')})`, fallback: (a) => preset(a).domain, check: oneOf(DOMAINS) },
  { flag: 'fine-tuning', question: `Fine-tuning (${FINE_TUNING.join(', ')})`, fallback: () => 'none', check: oneOf(FINE_TUNING) },
];

async function ask(q: Question, answers: Record<string, string>, prompt: (s: string) => Promise<string>): Promise<string> {
  const fallback = q.fallback(answers);
  for (let attempt = 0; attempt < 3; attempt++) {
    const raw = (await prompt(`${q.question}${fallback ? ` [${fallback}]` : ''}: `)).trim();
    const value = raw || fallback;
    const problem = q.check(value);
    if (!problem) return value;
    if (attempt === 2) throw new UsageError(`--${q.flag}: ${problem}`);
  }
  return fallback;
}

function list(v: string | undefined): string[] {
  return (v ?? '').split(',').map((s) => s.trim()).filter(Boolean);
}

/** The profile document from the answers, with region only when given. */
function buildProfile(a: Record<string, string>): Record<string, unknown> {
  const region = a.region ? { region: a.region } : {};
  return {
    team: { name: a.name, industry: a.industry, mlEngineers: Number(a['ml-engineers']), gpuAccess: a['gpu-access'], ...region },
    workloads: [
      {
        name: a.workload,
        data: list(a.data),
        regulations: list(a.regulations),
        requestsPerDay: Number(a['requests-per-day']),
        inputTokens: Number(a['input-tokens']),
        outputTokens: Number(a['output-tokens']),
        quality: a.quality,
        domain: a.domain,
        fineTuning: a['fine-tuning'],
      },
    ],
  };
}

async function collect(values: Record<string, string | boolean | undefined>, io: CliIo): Promise<Record<string, string>> {
  const answers: Record<string, string> = {};
  const interactive = io.prompt !== null && values.yes !== true;
  if (typeof values.region === 'string') {
    const problem = oneOf(REGIONS)(values.region);
    if (problem) throw new UsageError(`--region: ${problem}`);
    answers.region = values.region;
  }
  for (const q of QUESTIONS) {
    const given = values[q.flag];
    if (typeof given === 'string') {
      const problem = q.check(given);
      if (problem) throw new UsageError(`--${q.flag}: ${problem}`);
      answers[q.flag] = given;
    } else if (interactive && io.prompt) answers[q.flag] = await ask(q, answers, io.prompt);
    else if (q.flag === 'name') throw new UsageError('--name: required when not asking interactively (no terminal, or --yes)');
    else answers[q.flag] = q.fallback(answers);
  }
  return answers;
}

const HEADER = '# Switchboard team profile: edit freely, then `switchboard validate` and `switchboard assess` it.\n# Every field is described in docs/profile.md.\n';

export const initCommand: Command = {
  name: 'init',
  summary: 'write a team profile from a short questionnaire (or flags)',
  usage: USAGE,
  run: async (args, io) => {
    const str = { type: 'string' } as const;
    const { values, positionals } = parseCliArgs(
      args,
      {
        out: str, yes: { type: 'boolean' }, force: { type: 'boolean' }, name: str, industry: str, 'ml-engineers': str, 'gpu-access': str, region: str,
        workload: str, data: str, regulations: str, 'requests-per-day': str, 'input-tokens': str, 'output-tokens': str, quality: str, domain: str, 'fine-tuning': str,
      },
      USAGE.split('\n')[0] ?? '',
    );
    if (positionals.length > 0) throw new UsageError(`unexpected argument ${JSON.stringify(positionals[0])}; use --out FILE\nusage: ${USAGE.split('\n')[0] ?? ''}`);
    const answers = await collect(values, io);
    const doc = buildProfile(answers);
    const parsed = parseProfile(doc);
    if (!parsed.ok) throw new UsageError(`the answers do not make a valid profile:\n${formatIssues(parsed.issues)}`);
    const yaml = new Document(doc);
    // Short lists such as `data: [phi]` read better inline, as in the examples.
    visit(yaml, { Seq: (_key, node) => void (node.flow = true) });
    const text = HEADER + yaml.toString();
    const out = values.out ?? 'profile.yaml';
    if (out === '-') {
      io.stdout(text);
      return 0;
    }
    try {
      await writeFile(resolve(io.cwd, out), text, { encoding: 'utf8', flag: values.force ? 'w' : 'wx' });
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      throw new UsageError(code === 'EEXIST' ? `--out ${out}: file exists; use --force to overwrite` : `--out ${out}: cannot write (${code ?? 'error'})`);
    }
    io.stdout(`wrote ${out}\nnext: switchboard assess ${out}\n`);
    return 0;
  },
};
