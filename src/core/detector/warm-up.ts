/**
 * Warm-up: the detector is large, and V8 optimises a function only after many calls, so a fresh thread scans an 8 KB
 * prompt several times slower than a warm one for its first few thousand prompts. A long-running caller (the gateway)
 * runs it on built-in texts at start-up, for a bounded time, before taking traffic.
 */
import type { RequestClassification } from './contract.js';
import { WARM_UP_TEXTS } from './data/warm-up-texts.js';
import { classify } from './classify.js';

export interface WarmUpResult {
  /** classify() calls made. */
  calls: number;
  /** Time they took, in the clock's units. */
  ms: number;
}

// Chat requests of growing size (one text, then several joined) so short and long bodies both run, and pasted JSON.
const BODIES: readonly unknown[] = [
  ...WARM_UP_TEXTS.map((content) => ({ messages: [{ role: 'user', content }] })),
  { messages: [{ role: 'system', content: WARM_UP_TEXTS.slice(0, 7).join('\n\n') }, { role: 'user', content: WARM_UP_TEXTS.slice(7).join('\n\n') }] },
  { messages: [{ role: 'user', content: WARM_UP_TEXTS.join('\n\n').repeat(2) }], tools: [{ type: 'function', function: { name: 'lookup', parameters: { type: 'object' } } }] },
  // Pasted JSON (a chat export): the key-value, tabular and config recognisers.
  { messages: [{ role: 'user', content: JSON.stringify({ messages: WARM_UP_TEXTS.map((content, i) => ({ role: i % 2 === 0 ? 'user' : 'assistant', content })) }) }] },
];

/**
 * Classifies the built-in bodies in turn until `ms` have passed on `now` (none for 0). A call started before the
 * deadline finishes, so the overrun is at most one body's scan (the largest is about 7 KB).
 */
export function warmUp(ms: number, now: () => number, run: (body: unknown) => RequestClassification = classify): WarmUpResult {
  const t0 = now();
  let calls = 0;
  while (now() - t0 < ms) run(BODIES[calls++ % BODIES.length]);
  return { calls, ms: now() - t0 };
}
