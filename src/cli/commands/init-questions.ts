/** The `init` questionnaire: one entry per profile field it asks about, with the check that explains a bad answer. */
import {
  BOUNDS,
  DATA_CLASSES,
  DATA_MAY_LEAVE,
  DOMAINS,
  FINE_TUNING,
  GPU_ACCESS,
  INDUSTRIES,
  LOCK_IN_TOLERANCE,
  QUALITY_TIERS,
  REGIONS,
  REGULATIONS,
  type BoundedField,
  type DataClass,
  type Industry,
  type Regulation,
} from '../../core/profile/index.js';
import { hint } from '../../core/validation/index.js';

export type Answers = Record<string, string>;

/** What a question may depend on: the team's answers, which workload this is (1-based), names already used. */
export interface AskContext {
  team: Answers;
  index: number;
  taken: readonly string[];
}

export interface Question {
  flag: string;
  question: string;
  /** The answer an empty reply (or a missing flag) stands for; '' leaves the field out of the profile. */
  fallback: (ctx: AskContext) => string;
  /** Shown in brackets when the fallback is '' (what leaving it out means). */
  emptyMeans?: string;
  /** The default as --help states it, when it depends on other answers. */
  defaultHelp?: string;
  /** Why the answer is unusable; undefined when fine. */
  check: (value: string, ctx: AskContext) => string | undefined;
}

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
const preset = (team: Answers) => PRESETS[(team['industry'] ?? 'other') as Industry] ?? PRESETS.other;

export const oneOf = (allowed: readonly string[]) => (v: string) =>
  allowed.includes(v) ? undefined : `expected one of ${allowed.join(' | ')}, got ${JSON.stringify(v)}${hint(v, allowed)}`;
const optional = (check: (v: string) => string | undefined) => (v: string) => (v === '' ? undefined : check(v));
const listOf = (allowed: readonly string[], { empty }: { empty: boolean }) => (v: string) => {
  const items = v.split(',').map((s) => s.trim()).filter(Boolean);
  if (!empty && items.length === 0) return `expected at least one of ${allowed.join(', ')}`;
  const bad = items.filter((s) => !allowed.includes(s));
  return bad.length ? `unknown ${bad.map((b) => `"${b}"${hint(b, allowed)}`).join(', ')}; allowed: ${allowed.join(', ')}` : undefined;
};
/** A number within the profile's plausible range for the field (the same bounds the schema enforces). */
const ranged = (field: BoundedField, { integer = false } = {}) => (v: string) => {
  const [min, max] = BOUNDS[field];
  const n = v.trim() === '' ? NaN : Number(v);
  const what = `${integer ? 'a whole number' : 'a number'} from ${min} to ${max.toLocaleString('en-US')}`;
  if (!Number.isFinite(n) || (integer && !Number.isInteger(n))) return `expected ${what}, got ${JSON.stringify(v)}`;
  return n < min || n > max ? `expected ${what}, got ${v}` : undefined;
};
const growth = (v: string) => {
  const n = Number(v);
  return v.trim() !== '' && Number.isFinite(n) && n >= -0.5 && n <= 2 ? undefined : `expected a monthly growth rate from -0.5 to 2 (0.05 = 5% a month), got ${JSON.stringify(v)}`;
};
export const yesNo = (v: string) => (/^(y|yes|n|no)$/i.test(v) ? undefined : `expected yes or no, got ${JSON.stringify(v)}`);
export const isYes = (v: string | undefined) => /^(y|yes)$/i.test(v ?? '');

export const TEAM_QUESTIONS: readonly Question[] = [
  { flag: 'name', question: 'Team name', fallback: () => '', check: (v) => (v.trim() ? undefined : 'expected a team name (any text)') },
  { flag: 'industry', question: `Industry (${INDUSTRIES.join(', ')})`, fallback: () => 'other', check: oneOf(INDUSTRIES) },
  { flag: 'ml-engineers', question: 'ML engineers who can run model serving today', fallback: () => '1', check: ranged('mlEngineers', { integer: true }) },
  { flag: 'gpu-access', question: `GPU access (${GPU_ACCESS.join(', ')})`, fallback: () => 'rent', check: oneOf(GPU_ACCESS) },
  {
    flag: 'region',
    question: `Region where your data is processed (${REGIONS.join(', ')})`,
    fallback: () => '',
    emptyMeans: 'none: decided per regulation',
    check: optional(oneOf(REGIONS)),
  },
];

const NAME = /^[a-z0-9][a-z0-9-_.]*$/i;

export const WORKLOAD_QUESTIONS: readonly Question[] = [
  {
    flag: 'workload',
    question: 'Workload name (what the model does, e.g. triage, code-review)',
    fallback: (c) => (c.index === 1 ? 'assistant' : `workload-${c.index}`),
    defaultHelp: 'assistant, then workload-2, ...',
    check: (v, c) =>
      !NAME.test(v) ? 'expected a name of letters, digits, "-", "_" or "." (no spaces)' : c.taken.includes(v) ? `"${v}" is already a workload; choose another name` : undefined,
  },
  { flag: 'data', question: `Data it handles, comma-separated (${DATA_CLASSES.join(', ')})`, fallback: (c) => preset(c.team).data.join(','), defaultHelp: 'from the industry', check: listOf(DATA_CLASSES, { empty: false }) },
  {
    flag: 'regulations',
    question: `Regulations, comma-separated (${REGULATIONS.join(', ')}; none for none)`,
    fallback: (c) => preset(c.team).regulations.join(',') || 'none',
    defaultHelp: 'from the industry',
    check: (v) => (v.trim() === 'none' ? undefined : listOf(REGULATIONS, { empty: true })(v)),
  },
  {
    flag: 'data-may-leave',
    question: `Where may this data go? (${DATA_MAY_LEAVE.join(', ')})`,
    fallback: () => '',
    emptyMeans: 'the strictest level its data and regulations imply',
    check: optional(oneOf(DATA_MAY_LEAVE)),
  },
  { flag: 'requests-per-day', question: 'Requests per day', fallback: () => '1000', check: ranged('requestsPerDay') },
  { flag: 'input-tokens', question: 'Mean input tokens per request (prompt, documents, history)', fallback: () => '1000', check: ranged('inputTokens') },
  { flag: 'output-tokens', question: 'Mean output tokens per request', fallback: () => '300', check: ranged('outputTokens') },
  { flag: 'growth', question: 'Traffic growth per month (0.05 = 5%)', fallback: () => '0', check: growth },
  { flag: 'ttft-ms', question: 'Slowest acceptable time to first token, ms (p95)', fallback: () => '', emptyMeans: 'no limit', check: optional(ranged('ttftMs')) },
  {
    flag: 'tokens-per-second',
    question: 'Slowest acceptable output speed, tokens/s per user',
    fallback: () => '',
    emptyMeans: 'no limit',
    check: optional(ranged('outputTokensPerSecond')),
  },
  { flag: 'quality', question: `Quality needed (${QUALITY_TIERS.join(', ')})`, fallback: () => 'strong', check: oneOf(QUALITY_TIERS) },
  { flag: 'domain', question: `Domain (${DOMAINS.join(', ')})`, fallback: (c) => preset(c.team).domain, defaultHelp: 'from the industry', check: oneOf(DOMAINS) },
  { flag: 'fine-tuning', question: `Fine-tuning (${FINE_TUNING.join(', ')})`, fallback: () => 'none', check: oneOf(FINE_TUNING) },
  { flag: 'own-weights', question: 'Must you own and move the model weights? (yes, no)', fallback: () => 'no', check: yesNo },
  {
    flag: 'lock-in',
    question: `Tolerance for vendor lock-in (${LOCK_IN_TOLERANCE.join(', ')})`,
    fallback: () => 'medium',
    check: oneOf(LOCK_IN_TOLERANCE),
  },
];

export const TEAM_FLAGS = ['out', 'yes', 'force', ...TEAM_QUESTIONS.map((q) => q.flag)] as const;
