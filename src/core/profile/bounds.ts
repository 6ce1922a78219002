/**
 * Plausible ranges of the profile's numbers (docs/profile.md, "Ranges"). A value outside is a typo or a
 * test of the tool, not a plan: it is rejected with the field and the range, so that no report ever
 * prints a number the model was never meant to produce.
 */
export const BOUNDS = {
  /** ~2.5 billion prompts a day is the busiest assistant on earth (2025); 10 billion leaves room. */
  requestsPerDay: [0, 1e10],
  /** The longest context window of any model in 2026 is 10M tokens. */
  inputTokens: [0, 10_000_000],
  /** Longest single completions (reasoning included) are ~100-200k tokens. */
  outputTokens: [0, 1_000_000],
  maxContextTokens: [1, 20_000_000],
  /** 24 = the whole day's traffic in one hour, the most an hourly curve can say. */
  peakToAverage: [1, 24],
  hourlyTrafficWeight: [0, 1e12],
  ttftMs: [1, 600_000],
  outputTokensPerSecond: [0.1, 5_000],
  mlEngineers: [0, 10_000],
  engineerMonthlyCostUsd: [0, 100_000],
  ownedGpuCount: [1, 100_000],
  amortizationYears: [1, 10],
  electricityUsdPerKwh: [0, 2],
  hostingUsdPerGpuMonth: [0, 10_000],
  serverUsdPerGpu: [0, 200_000],
  replicas: [0, 10_000],
  scaleIntervalMinutes: [1, 60],
  scaleDelayMinutes: [0, 240],
  scaleToZeroBelowRequestsPerHour: [0, 1_000_000],
  setupEngineeringWeeks: [0, 520],
  hiringMonths: [0, 36],
  recruitingCostUsd: [0, 1_000_000],
  seed: [0, 2 ** 32 - 1],
} as const satisfies Record<string, readonly [number, number]>;

export type BoundedField = keyof typeof BOUNDS;
