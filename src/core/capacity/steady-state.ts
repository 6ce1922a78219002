import { kvConcurrency, maxConcurrency, type ReplicaPlan } from './plan.js';
import { stepTime, type StepTime } from './step.js';

/** One operating point of a replica under continuous batching with chunked prefill. */
export interface LoadPoint {
  /** Requests in flight (decoding, prefilling or waiting), by Little's law. */
  batch: number;
  /** Sequences decoding in an average step. */
  decoding: number;
  /** Time to first token, queueing included. */
  ttftS: number;
  /** Time between output tokens as a client sees it: the mean step, prefill chunks included. */
  tpotS: number;
  outputTokensPerSecond: number;
  requestsPerSecond: number;
  bound: 'memory' | 'compute';
}

export interface Shape {
  input: number;
  output: number;
}

const ITERATIONS = 12;

/** Time to prefill one prompt alongside `decoding` sequences: ceil(input / room) steps, each carrying a chunk. */
function prefillService(plan: ReplicaPlan, shape: Shape, decoding: number): number {
  if (shape.input <= 0) return 0;
  const room = Math.max(1, plan.stepTokenBudget - Math.ceil(decoding));
  const chunk = Math.min(shape.input, room);
  const steps = Math.ceil(shape.input / chunk);
  const t = stepTime(plan.replica, {
    decode: decoding,
    prefill: chunk,
    decodeContext: shape.input + shape.output / 2,
    prefillContext: shape.input / 2 - chunk / 2,
  });
  return steps * t.seconds;
}

function decodeStep(
  plan: ReplicaPlan,
  shape: Shape,
  decoding: number,
  prefillTokens: number,
  mixedShare = 1,
): StepTime {
  return stepTime(plan.replica, {
    decode: decoding,
    prefill: prefillTokens,
    decodeContext: shape.input + shape.output / 2,
    prefillContext: shape.input / 2,
    mixedShare,
  });
}

/**
 * Share of steps that carry a prompt chunk when `arrivals` prompts start per step, each spread over
 * ceil(input / room) steps (Poisson arrivals: 1 - e^-(arrivals x steps per prompt)). The average step carries
 * arrivals x input prompt tokens either way; only engines that treat mixed steps differently care.
 */
function mixedStepShare(plan: ReplicaPlan, shape: Shape, decoding: number, arrivals: number): number {
  if (shape.input <= 0 || arrivals <= 0) return 0;
  const room = Math.max(1, plan.stepTokenBudget - Math.ceil(decoding));
  return 1 - Math.exp(-arrivals * Math.ceil(shape.input / room));
}

/**
 * Closed loop: `concurrency` clients, each sending its next request when the last completes (how
 * benchmarks with a fixed concurrency and offline max-throughput runs load an engine). Prefill and decode
 * share steps: to keep `d` sequences decoding, each step also prefills d x input / output prompt tokens,
 * within the engine's step token budget. The fraction of time a request decodes sets `d` (Little's law).
 * Clients beyond what the cache and max_num_seqs hold wait, and that wait lands in TTFT.
 */
export function closedLoop(plan: ReplicaPlan, shape: Shape, concurrency: number): LoadPoint {
  const output = Math.max(1, shape.output);
  const s = { input: shape.input, output };
  const cap = Math.max(1, maxConcurrency(plan, s.input, output));
  const inFlight = Math.max(1, Math.min(concurrency, cap));
  const budget = plan.stepTokenBudget;
  let point: LoadPoint;
  if (inFlight <= 1) {
    const ttft = prefillService(plan, s, 0);
    const step = decodeStep(plan, s, 1, 0);
    const rps = 1 / (ttft + output * step.seconds);
    point = {
      batch: 1,
      decoding: output * step.seconds * rps,
      ttftS: ttft,
      tpotS: step.seconds,
      outputTokensPerSecond: rps * output,
      requestsPerSecond: rps,
      bound: step.bound,
    };
  } else {
    // When prefill would overflow the step budget, decoding is capped by the prompt tokens each step can take.
    const prefillLimited = (budget * output) / (s.input + output);
    let d = Math.min(inFlight, prefillLimited);
    let step = decodeStep(plan, s, d, (d * s.input) / output);
    let ttftService = 0;
    for (let i = 0; i < ITERATIONS; i++) {
      step = decodeStep(
        plan,
        s,
        d,
        Math.min((d * s.input) / output, Math.max(0, budget - d)),
        mixedStepShare(plan, s, d, d / output),
      );
      ttftService = prefillService(plan, s, d);
      const next = Math.min(
        prefillLimited,
        (inFlight * output * step.seconds) / (ttftService + output * step.seconds),
      );
      if (Math.abs(next - d) < 3e-3 * d) {
        d = next;
        break;
      }
      d = 0.5 * d + 0.5 * next;
    }
    const tokS = d / step.seconds;
    const rps = tokS / output;
    point = {
      batch: inFlight,
      decoding: d,
      ttftS: Math.max(ttftService, inFlight / rps - output * step.seconds),
      tpotS: step.seconds,
      outputTokensPerSecond: tokS,
      requestsPerSecond: rps,
      bound: step.bound,
    };
  }
  if (concurrency > inFlight) {
    // Clients beyond the engine's limit queue in front of it.
    const wait = (concurrency - inFlight) / point.requestsPerSecond;
    return { ...point, batch: concurrency, ttftS: point.ttftS + wait };
  }
  return point;
}

/** The replica's saturation: as many sequences as the cache and max_num_seqs hold. */
export function saturation(plan: ReplicaPlan, shape: Shape): LoadPoint {
  return closedLoop(plan, shape, Math.max(1, maxConcurrency(plan, shape.input, Math.max(1, shape.output))));
}

/**
 * Open loop: requests arrive at `rate` per second (how a service is loaded). Decoding sequences and prompt
 * tokens per step follow from the rate and the step time (d = rate x output x t, p = rate x input x t);
 * TTFT adds the M/D/1 wait for a prefill slot at utilisation rate / saturation rate.
 */
export function openLoop(plan: ReplicaPlan, shape: Shape, rate: number, saturationRps?: number): LoadPoint {
  const output = Math.max(1, shape.output);
  const s = { input: shape.input, output };
  const sat = saturationRps ?? saturation(plan, s).requestsPerSecond;
  const rho = Math.min(0.999, Math.max(0, rate / sat));
  let step = decodeStep(plan, s, Math.max(1e-6, rate * output * 0.01), 0);
  let d = rate * output * step.seconds;
  for (let i = 0; i < ITERATIONS; i++) {
    step = decodeStep(
      plan,
      s,
      Math.max(d, 1e-6),
      Math.min(rate * s.input * step.seconds, plan.stepTokenBudget),
      mixedStepShare(plan, s, d, rate * step.seconds),
    );
    const next = rate * output * step.seconds;
    if (Math.abs(next - d) < 3e-3 * Math.max(d, 1e-3)) {
      d = next;
      break;
    }
    d = 0.5 * d + 0.5 * next;
  }
  const service = prefillService(plan, s, d);
  const ttft = service + (rho * service) / (2 * (1 - rho));
  return {
    batch: rate * (ttft + output * step.seconds),
    decoding: d,
    ttftS: ttft,
    tpotS: step.seconds,
    outputTokensPerSecond: rate * output,
    requestsPerSecond: rate,
    bound: step.bound,
  };
}

/** A finite run of `requests` prompts submitted at once, at most `concurrency` in flight (how many benchmarks load an engine). */
export interface Burst {
  requests: number;
  concurrency: number;
  /** Variable (ShareGPT: taken as exponential around the mean) or fixed (random datasets) output lengths. */
  outputLengths: 'variable' | 'fixed';
}

/** Euler-Mascheroni constant: H_n = ln n + gamma + O(1/n). */
const EULER_GAMMA = 0.5772156649;
const harmonic = (n: number): number =>
  n <= 0
    ? 0
    : n < 16
      ? Array.from({ length: Math.floor(n) }, (_, i) => 1 / (i + 1)).reduce((a, b) => a + b, 0)
      : Math.log(n) + EULER_GAMMA + 1 / (2 * n);

/**
 * Output tokens/s of a finite burst, from one model of a step: the first prompts are prefilled (ramp), the
 * queue is served at the closed-loop rate of a full batch, then the last batch drains with decode-only steps.
 * Variable lengths drain as short answers finish (with i sequences left, the next finishes after output / i
 * steps on average: drain = output x sum step(i) / i); fixed lengths finish together, or staggered when a
 * queue fed them (the batch then falls linearly).
 */
export function burstRun(plan: ReplicaPlan, shape: Shape, burst: Burst): number {
  const output = Math.max(1, shape.output);
  const s = { input: shape.input, output };
  const full = Math.max(
    1,
    Math.min(burst.concurrency, burst.requests, maxConcurrency(plan, s.input, output)),
  );
  const decodeOnly = (d: number): number => decodeStep(plan, s, Math.max(1, d), 0).seconds;
  const prefillAll = (requests: number): number => {
    const fill = requests * s.input;
    const chunk = Math.min(fill, plan.stepTokenBudget);
    return fill > 0
      ? Math.ceil(fill / chunk) *
          stepTime(plan.replica, { decode: 0, prefill: chunk, decodeContext: 0, prefillContext: s.input / 2 })
            .seconds
      : 0;
  };
  if (burst.outputLengths === 'fixed') {
    // Identical requests started together finish together: the run is waves in lockstep (each prefilled,
    // then decoded at its own batch), the last one holding the remainder. Lockstep sequences all reach full
    // length at once, so a wave is what the cache holds at input + output tokens each: an engine that admits
    // more (growing admission) pre-empts the excess and recomputes it in a later wave.
    const full = Math.max(
      1,
      Math.min(burst.concurrency, burst.requests, plan.engineMaxSeqs, kvConcurrency(plan, s.input + output)),
    );
    const waves = Math.floor(burst.requests / full);
    const rest = burst.requests - waves * full;
    const wave = (n: number): number => prefillAll(n) + output * decodeOnly(n);
    return (burst.requests * output) / (waves * wave(full) + (rest > 0 ? wave(rest) : 0));
  }
  const ramp = prefillAll(full);
  const queued = Math.max(0, burst.requests - full);
  const steady = queued > 0 ? (queued * output) / closedLoop(plan, s, full).outputTokensPerSecond : 0;
  // Variable lengths drain as short answers finish: sum over i = 1..full of step(i) / i, in geometric
  // buckets (step(i) varies slowly within one).
  let drain = 0;
  let lo = 1;
  while (lo <= full) {
    const hi = Math.min(full, Math.max(lo, Math.floor(lo * 1.5)));
    drain += decodeOnly(Math.sqrt(lo * hi)) * (harmonic(hi) - harmonic(lo - 1));
    lo = hi + 1;
  }
  drain *= output;
  return (burst.requests * output) / (ramp + steady + drain);
}
