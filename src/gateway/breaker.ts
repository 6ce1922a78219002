export interface BreakerOptions {
  /** Consecutive failures that open the circuit. */
  failureThreshold: number;
  /** How long an open circuit refuses before letting one trial request through. */
  cooldownMs: number;
  now: () => number;
}

interface State {
  failures: number;
  openUntil: number;
}

/** Per-destination circuit breaker: opens after repeated failures, half-opens after a cooldown. */
export class CircuitBreakers {
  private readonly states = new Map<string, State>();
  constructor(private readonly options: BreakerOptions) {}

  private state(name: string): State {
    let s = this.states.get(name);
    if (!s) {
      s = { failures: 0, openUntil: 0 };
      this.states.set(name, s);
    }
    return s;
  }

  isOpen(name: string): boolean {
    const s = this.states.get(name);
    return s !== undefined && s.openUntil > this.options.now();
  }

  /** Names whose circuit is open now, for `decide()`. */
  unavailable(): ReadonlySet<string> {
    const now = this.options.now();
    const out = new Set<string>();
    for (const [name, s] of this.states) if (s.openUntil > now) out.add(name);
    return out;
  }

  /** Milliseconds until the first open circuit lets a trial request through (0 when none is open). */
  retryAfterMs(): number {
    const now = this.options.now();
    let soonest = Infinity;
    for (const s of this.states.values()) if (s.openUntil > now) soonest = Math.min(soonest, s.openUntil - now);
    return soonest === Infinity ? 0 : soonest;
  }

  success(name: string): void {
    const s = this.state(name);
    s.failures = 0;
    s.openUntil = 0;
  }

  failure(name: string): void {
    const s = this.state(name);
    s.failures += 1;
    if (s.failures >= this.options.failureThreshold) s.openUntil = this.options.now() + this.options.cooldownMs;
  }
}
