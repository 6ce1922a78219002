import { z } from 'zod';
import { issue, type Issue } from '../result.js';
import type { GatewayConfig } from '../routing/config-schema.js';
import { hint } from '../validation/index.js';
import { toCheck, type Check } from './parse-suite.js';
import { checkSchema } from './suite-schema.js';

const name = z.string().regex(/^[a-z0-9][a-z0-9._-]*$/i, 'expected a name of letters, digits, ".", "_" or "-"');

/**
 * `routes[].shadow` in gateway.yaml (opt-in per route): mirror a sample of the requests the candidate may see,
 * after the primary answer is sent, and store only scores, lengths and timings.
 */
export const shadowSchema = z.strictObject({
  /** The candidate: a destination of gateway.yaml. Sensitive requests are mirrored only if it is covered for them. */
  destination: name,
  /** Share of eligible requests mirrored, 0..1. */
  sample: z.number().min(0).max(1),
  /** Suite-style checks run on both answers. */
  checks: z.array(checkSchema).default([]),
  /** A judge compares the two answers (pairwise, both orders) or grades each (score). */
  judge: z.strictObject({ destination: name, rubric: z.string().min(1).optional(), mode: z.enum(['score', 'pairwise']).default('pairwise') }).optional(),
  /** Mirrors waiting or running at once; past it a mirror is dropped and counted. */
  queue: z.number().int().min(1).max(10_000).default(100),
  concurrency: z.number().int().min(1).max(64).default(2),
  /**
   * Spend cap for mirrored and judge calls, per UTC day and per gateway process (each replica keeps its own tally):
   * once reached, sampled requests are skipped and counted until the day ends. Shadow traffic is pure cost.
   */
  maxUsdPerDay: z.number().positive().max(1_000_000).optional(),
});
export type ShadowConfig = z.output<typeof shadowSchema>;

/** Start-up checks: known destinations, not the route's only primary, valid checks. */
export function shadowIssues(config: Pick<GatewayConfig, 'destinations' | 'routes'>): Issue[] {
  const issues: Issue[] = [];
  const names = Object.keys(config.destinations);
  config.routes.forEach((route, i) => {
    const sh = (route as { shadow?: ShadowConfig }).shadow;
    if (!sh) return;
    const at = `routes[${i}].shadow`;
    if (!config.destinations[sh.destination]) issues.push(issue(`${at}.destination`, `unknown destination "${sh.destination}"${hint(sh.destination, names)}; known: ${names.join(', ')}`));
    if (sh.judge && !config.destinations[sh.judge.destination]) issues.push(issue(`${at}.judge.destination`, `unknown destination "${sh.judge.destination}"${hint(sh.judge.destination, names)}; known: ${names.join(', ')}`));
    if (sh.checks.length === 0 && !sh.judge) issues.push(issue(at, 'expected checks or a judge: a shadow with nothing to score would only cost money'));
    sh.checks.forEach((c, j) => toCheck(c, `${at}.checks[${j}]`, issues));
  });
  return issues;
}

/** The route's shadow checks, compiled (the config was checked at start-up). */
export function shadowChecks(sh: ShadowConfig): Check[] {
  const sink: Issue[] = [];
  return sh.checks.map((c, j) => toCheck(c, `checks[${j}]`, sink)).filter((c): c is Check => c !== null);
}
