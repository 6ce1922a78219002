/** What the guided form shows: every field names its profile path, so zod issues land next to it. */
import {
  DATA_CLASSES,
  DATA_MAY_LEAVE,
  DOMAINS,
  ENGINES,
  FINE_TUNING,
  GPU_ACCESS,
  INDUSTRIES,
  LOCK_IN_TOLERANCE,
  PRECISIONS,
  QUALITY_TIERS,
  REGIONS,
  REGULATIONS,
  RENTAL_PRICING,
} from '../../core/profile/index.js';

export type FieldKind = 'text' | 'number' | 'select' | 'multi' | 'checkbox' | 'numbers';

export interface FieldSpec {
  /** Dotted key inside its object, e.g. `requestsPerDay` or `latency.ttftMs`. */
  key: string;
  label: string;
  kind: FieldKind;
  help?: string;
  options?: readonly string[];
  /** Label of the empty choice for optional selects (unset = the engine's default or derived value). */
  unsetLabel?: string;
  step?: number;
  min?: number;
  max?: number;
}

export interface FieldGroup {
  id: string;
  title: string;
  fields: FieldSpec[];
}

export const TEAM_FIELDS: FieldGroup = {
  id: 'team',
  title: 'Team',
  fields: [
    { key: 'name', label: 'Team or organisation name', kind: 'text' },
    { key: 'industry', label: 'Industry', kind: 'select', options: INDUSTRIES },
    { key: 'mlEngineers', label: 'ML engineers able to run model serving', kind: 'number', min: 0, step: 1 },
    { key: 'engineerMonthlyCostUsd', label: 'Loaded monthly cost of one engineer (USD)', kind: 'number', min: 0, step: 500 },
    { key: 'gpuAccess', label: 'GPU access', kind: 'select', options: GPU_ACCESS, help: 'none: would have to start renting; rent: cloud GPUs; own: your own hardware' },
    { key: 'region', label: 'Default region', kind: 'select', options: REGIONS, unsetLabel: '(none)' },
  ],
};

export const WORKLOAD_GROUPS: readonly FieldGroup[] = [
  {
    id: 'data',
    title: 'Data & regulations',
    fields: [
      { key: 'name', label: 'Workload name', kind: 'text', help: 'letters, digits, "-", "_" or "."' },
      { key: 'description', label: 'Description', kind: 'text' },
      { key: 'data', label: 'Data it handles', kind: 'multi', options: DATA_CLASSES },
      { key: 'regulations', label: 'Regulations that apply', kind: 'multi', options: REGULATIONS },
      { key: 'dataMayLeave', label: 'Where the data may be processed', kind: 'select', options: DATA_MAY_LEAVE, unsetLabel: '(implied by data and regulations)' },
      { key: 'region', label: 'Region', kind: 'select', options: REGIONS, unsetLabel: '(team default)' },
    ],
  },
  {
    id: 'volume',
    title: 'Volume & traffic shape',
    fields: [
      { key: 'requestsPerDay', label: 'Requests per day', kind: 'number', min: 0, step: 100 },
      { key: 'inputTokens', label: 'Mean input tokens per request', kind: 'number', min: 0, step: 50 },
      { key: 'outputTokens', label: 'Mean output tokens per request', kind: 'number', min: 0, step: 50 },
      { key: 'maxContextTokens', label: 'Longest context needed (tokens)', kind: 'number', min: 1, step: 1024 },
      { key: 'cachedInputShare', label: 'Share of input hitting a prompt cache (0-1)', kind: 'number', min: 0, max: 1, step: 0.05 },
      { key: 'batchShare', label: 'Share of requests that can wait for batch (0-1)', kind: 'number', min: 0, max: 1, step: 0.05 },
      { key: 'peakToAverage', label: 'Peak-to-average traffic ratio', kind: 'number', min: 1, step: 0.5 },
      { key: 'hourlyTraffic', label: 'Relative traffic per hour (24 numbers)', kind: 'numbers', help: 'comma-separated; use this or the peak ratio, not both' },
      { key: 'activeDaysPerWeek', label: 'Active days per week', kind: 'number', min: 1, max: 7, step: 1 },
      { key: 'growthPerMonth', label: 'Growth per month (0.05 = 5%)', kind: 'number', min: -0.5, max: 2, step: 0.01 },
    ],
  },
  {
    id: 'latency',
    title: 'Latency',
    fields: [
      { key: 'latency.ttftMs', label: 'Time to first token, p95 (ms)', kind: 'number', min: 1, step: 50 },
      { key: 'latency.outputTokensPerSecond', label: 'Output tokens per second per user', kind: 'number', min: 1, step: 5 },
    ],
  },
  {
    id: 'quality',
    title: 'Quality & domain',
    fields: [
      { key: 'quality', label: 'Quality needed', kind: 'select', options: QUALITY_TIERS, unsetLabel: '(default: strong)' },
      { key: 'domain', label: 'Domain', kind: 'select', options: DOMAINS, unsetLabel: '(default: general)' },
      { key: 'openModel', label: 'Pin an open model (catalog or Hugging Face id)', kind: 'text' },
      { key: 'closedModel', label: 'Pin a closed model (catalog id)', kind: 'text' },
    ],
  },
  {
    id: 'control',
    title: 'Fine-tuning & lock-in',
    fields: [
      { key: 'fineTuning', label: 'Fine-tuning', kind: 'select', options: FINE_TUNING, unsetLabel: '(default: none)' },
      { key: 'ownWeights', label: 'Must own and move the tuned weights', kind: 'checkbox' },
      { key: 'lockInTolerance', label: 'Tolerance for vendor lock-in', kind: 'select', options: LOCK_IN_TOLERANCE, unsetLabel: '(default: medium)' },
    ],
  },
];

export const ASSUMPTION_FIELDS: FieldGroup = {
  id: 'assumptions',
  title: 'Assumptions',
  fields: [
    { key: 'rentalPricing', label: 'GPU rental pricing', kind: 'select', options: RENTAL_PRICING, unsetLabel: '(default: on-demand)' },
    { key: 'rentalPricePosition', label: 'Price position in the market range (0 cheapest - 1 dearest)', kind: 'number', min: 0, max: 1, step: 0.1 },
    { key: 'redundancy', label: 'Redundancy', kind: 'select', options: ['none', 'n+1'], unsetLabel: '(default: none)' },
    { key: 'minReplicas', label: 'Minimum replicas', kind: 'number', min: 0, step: 1 },
    { key: 'scaleToZero', label: 'Scale to zero when idle', kind: 'checkbox' },
    { key: 'opsShareOfEngineer', label: "Share of an engineer's time per self-hosted workload", kind: 'number', min: 0, max: 1, step: 0.05 },
    { key: 'horizonMonths', label: 'TCO horizon (months)', kind: 'number', min: 1, max: 120, step: 6 },
    { key: 'precision', label: 'Precision', kind: 'select', options: PRECISIONS, unsetLabel: '(chosen per model)' },
    { key: 'engine', label: 'Serving engine', kind: 'select', options: ENGINES, unsetLabel: '(default: vllm)' },
    { key: 'electricityUsdPerKwh', label: 'Electricity (USD/kWh), when owning', kind: 'number', min: 0, step: 0.01 },
  ],
};
