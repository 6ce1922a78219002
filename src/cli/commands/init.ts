import { stat, writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { parseProfile } from '../../core/profile/index.js';
import { formatIssues } from '../../core/result.js';
import { parseCliArgs } from '../support/args.js';
import { UsageError, type CliIo, type Command } from '../support/io.js';
import { TEAM_FLAGS, TEAM_QUESTIONS, WORKLOAD_QUESTIONS, yesNo, isYes, type Answers, type AskContext, type Question } from './init-questions.js';
import { buildProfile, profileYaml } from './init-yaml.js';

function flagHelp(q: Question): string {
  const fixed = q.fallback({ team: {}, index: 1, taken: [] });
  const dflt = q.defaultHelp ?? (fixed || q.emptyMeans);
  return `  --${q.flag.padEnd(20)}  ${q.question}${dflt ? `; default: ${dflt}` : ''}`;
}

const USAGE = `switchboard init [--out FILE] [--yes] [team flags] [--workload NAME [workload flags]]...

Asks a few questions (or takes flags) and writes a commented team profile to assess. A wrong answer is
explained and asked again. Every question has a flag; with --yes (or without a terminal) nothing is asked
and unanswered questions take their defaults.

  --out FILE              where to write (default profile.yaml; - for stdout); never overwrites without --force
  --force                 overwrite FILE if it exists
  --yes                   do not ask: take flags, and defaults for the rest (the default without a terminal)

team:
${TEAM_QUESTIONS.map(flagHelp).join('\n')}

workload (repeat --workload NAME to describe several; flags before the first --workload apply to the first):
${WORKLOAD_QUESTIONS.map(flagHelp).join('\n')}`;

const USAGE_LINE = USAGE.split('\n')[0] ?? '';
const MAX_TRIES = 5;
const ANOTHER: Question = { flag: 'workload', question: 'Add another workload? (yes, no)', fallback: () => 'no', check: yesNo };

type Values = Record<string, string | boolean | undefined>;

/**
 * Splits argv at each --workload: the first part holds team flags (and the first workload's), each next part one
 * workload. A flag given twice is a problem reported with the others, not at once.
 */
function splitArgs(args: string[]): { team: Values; workloads: Values[]; problems: string[] } {
  const str = { type: 'string' } as const;
  const options = Object.fromEntries([
    ...[...TEAM_FLAGS, ...WORKLOAD_QUESTIONS.map((q) => q.flag)].map((f) => [f, str]),
    ['yes', { type: 'boolean' }],
    ['force', { type: 'boolean' }],
  ]) as Record<string, { type: 'string' } | { type: 'boolean' }>;
  const parts: string[][] = [[]];
  for (const arg of args) {
    if (arg === '--workload' || arg.startsWith('--workload=')) parts.push([]);
    parts[parts.length - 1]!.push(arg);
  }
  const team: Values = {};
  const workloads: Values[] = [];
  const problems: string[] = [];
  parts.forEach((part, i) => {
    const { values, positionals } = parseCliArgs(part, options, USAGE_LINE);
    if (positionals.length > 0) throw new UsageError(`unexpected argument ${JSON.stringify(positionals[0])}; use --out FILE\nusage: ${USAGE_LINE}`);
    const workload: Values = {};
    // parseArgs keeps the last of a repeated flag: count them in the raw part instead.
    const seen = new Set<string>();
    for (const arg of part) {
      const flag = /^--([\w-]+)/.exec(arg)?.[1];
      if (flag === undefined || flag === 'workload') continue;
      if (seen.has(flag)) problems.push(`--${flag}: given twice${(TEAM_FLAGS as readonly string[]).includes(flag) ? '' : ` for workload ${Math.max(1, i)}`}`);
      seen.add(flag);
    }
    for (const [flag, value] of Object.entries(values)) {
      const isTeam = (TEAM_FLAGS as readonly string[]).includes(flag);
      const target = isTeam ? team : workload;
      if (target[flag] !== undefined) problems.push(`--${flag}: given twice${isTeam ? '' : ` for one workload`}`);
      else target[flag] = value;
    }
    const first = workloads[0];
    if (i === 1 && first) {
      for (const [flag, value] of Object.entries(workload)) {
        if (first[flag] !== undefined) problems.push(`--${flag}: given twice for workload 1`);
        else first[flag] = value;
      }
    } else workloads.push(workload);
  });
  return { team, workloads, problems };
}

/** Every bad flag value, team first then each workload, checked before anything is asked (a bad one takes its default). */
function flagProblems(teamFlags: Values, workloadFlags: readonly Values[], interactive: boolean): string[] {
  const problems: string[] = [];
  const team: Answers = {};
  const check = (questions: readonly Question[], given: Values, ctx: AskContext): Answers => {
    const answers: Answers = {};
    for (const q of questions) {
      const flag = given[q.flag];
      let value = q.fallback(ctx);
      if (typeof flag === 'string') {
        const problem = q.check(flag.trim(), ctx);
        if (problem) problems.push(`--${q.flag}${ctx.index > 0 ? ` (workload ${ctx.index})` : ''}: ${problem}`);
        else value = flag.trim();
      } else if (q.flag === 'name' && !interactive) problems.push('--name: required when not asking interactively (no terminal, or --yes)');
      answers[q.flag] = value;
      if (ctx.index === 0) team[q.flag] = value;
    }
    return answers;
  };
  check(TEAM_QUESTIONS, teamFlags, { team, index: 0, taken: [] });
  const taken: string[] = [];
  workloadFlags.forEach((given, i) => taken.push(check(WORKLOAD_QUESTIONS, given, { team, index: i + 1, taken: [...taken] })['workload'] ?? ''));
  return problems;
}

interface Asker {
  prompt: ((q: string) => Promise<string>) | null;
  /** Where a wrong answer is explained. */
  say: (text: string) => void;
}

async function ask(q: Question, ctx: AskContext, asker: Asker & { prompt: (q: string) => Promise<string> }): Promise<string> {
  const fallback = q.fallback(ctx);
  const shown = fallback || (q.emptyMeans ?? '');
  for (let attempt = 1; ; attempt++) {
    const raw = (await asker.prompt(`${q.question}${shown ? ` [${shown}]` : ''}: `)).trim();
    const value = raw || fallback;
    const problem = q.check(value, ctx);
    if (!problem) return value;
    if (attempt === MAX_TRIES) throw new UsageError(`--${q.flag}: ${problem} (gave up after ${MAX_TRIES} tries)`);
    asker.say(`  ${problem}. Please try again (Enter takes the value in brackets).\n`);
  }
}

/** One set of answers: flags first (a bad flag is exit 2 naming it), then questions, then defaults. */
async function answer(questions: readonly Question[], given: Values, ctx: AskContext, asker: Asker): Promise<Answers> {
  const answers: Answers = {};
  for (const q of questions) {
    const flag = given[q.flag];
    if (typeof flag === 'string') {
      const problem = q.check(flag.trim(), ctx);
      if (problem) throw new UsageError(`--${q.flag}${ctx.index > 0 ? ` (workload ${ctx.index})` : ''}: ${problem}`);
      answers[q.flag] = flag.trim();
    } else if (asker.prompt) answers[q.flag] = await ask(q, ctx, { ...asker, prompt: asker.prompt });
    else if (q.flag === 'name') throw new UsageError('--name: required when not asking interactively (no terminal, or --yes)');
    else answers[q.flag] = q.fallback(ctx);
    if (ctx.index === 0) ctx.team[q.flag] = answers[q.flag]!;
  }
  return answers;
}

async function collect(args: string[], io: CliIo): Promise<{ team: Answers; workloads: Answers[]; values: Values }> {
  const { team: teamFlags, workloads: workloadFlags, problems: twice } = splitArgs(args);
  const asker: Asker = { prompt: teamFlags['yes'] === true ? null : io.prompt, say: io.stderr };
  // Every flag mistake at once, before a single question is asked.
  const problems = [...twice, ...flagProblems(teamFlags, workloadFlags, asker.prompt !== null)];
  if (problems.length === 1) throw new UsageError(problems[0]!);
  if (problems.length > 1) throw new UsageError(`${problems.length} flag mistakes:\n${problems.map((p) => `  ${p}`).join('\n')}`);
  const team: Answers = {};
  await answer(TEAM_QUESTIONS, teamFlags, { team, index: 0, taken: [] }, asker);
  const workloads: Answers[] = [];
  for (let i = 0; ; i++) {
    const given = workloadFlags[i];
    if (!given && !(asker.prompt && isYes(await ask(ANOTHER, { team, index: i + 1, taken: [] }, { ...asker, prompt: asker.prompt })))) break;
    if (asker.prompt) io.stderr(i === 0 ? '\nNow the first workload: one thing the model does for you.\n' : `\nWorkload ${i + 1}:\n`);
    workloads.push(await answer(WORKLOAD_QUESTIONS, given ?? {}, { team, index: i + 1, taken: workloads.map((w) => w['workload'] ?? '') }, asker));
  }
  return { team, workloads, values: teamFlags };
}

export const initCommand: Command = {
  name: 'init',
  summary: 'write a team profile from a short questionnaire (or flags)',
  usage: USAGE,
  run: async (args, io) => {
    const { team, workloads, values } = await collect(args, io);
    const doc = buildProfile(team, workloads);
    // Checked with the same schema as every command before anything is written.
    const parsed = parseProfile(doc);
    if (!parsed.ok) throw new UsageError(`the answers do not make a valid profile:\n${formatIssues(parsed.issues)}`);
    const text = profileYaml(doc);
    const out = typeof values['out'] === 'string' ? values['out'] : 'profile.yaml';
    if (out === '-') {
      io.stdout(text);
      return 0;
    }
    // A folder is not a file to overwrite: say so before --force is suggested or tried.
    if ((await stat(resolve(io.cwd, out)).catch(() => null))?.isDirectory() === true) throw new UsageError(`--out ${out}: is a folder; give a file path such as ${out.replace(/\/+$/, '')}/profile.yaml`);
    try {
      await writeFile(resolve(io.cwd, out), text, { encoding: 'utf8', flag: values['force'] === true ? 'w' : 'wx' });
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      throw new UsageError(code === 'EEXIST' ? `--out ${out}: file exists; use --force to overwrite` : `--out ${out}: cannot write (${code ?? 'error'})`);
    }
    io.stdout(`wrote ${out} (${workloads.length} workload${workloads.length === 1 ? '' : 's'})\nnext: switchboard assess ${out}\n`);
    return 0;
  },
};
