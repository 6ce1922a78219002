/**
 * Spend per workload today and this month (UTC), read from the totals the store keeps with every record, so all
 * replicas see the same spend; cached for `budgetRefreshMs` and advanced locally by this replica's own spend.
 */
import type { SpendNow } from '../../core/ops/index.js';
import type { UsageStore } from '../../stores/usage-store.js';

interface Cached extends SpendNow {
  day: string;
  month: string;
  at: number;
}

export class Budgets {
  private readonly cache = new Map<string, Cached>();
  private readonly loading = new Map<string, Promise<Cached>>();

  constructor(
    private readonly store: UsageStore,
    private readonly options: { refreshMs: number; now: () => number },
  ) {}

  async spend(workload: string): Promise<SpendNow> {
    const now = this.options.now();
    const iso = new Date(now).toISOString();
    const day = iso.slice(0, 10);
    const c = this.cache.get(workload);
    if (c && c.day === day && now - c.at < this.options.refreshMs) return c;
    let p = this.loading.get(workload);
    if (!p) {
      p = (async () => {
        const [dayMicroUsd, monthMicroUsd] = await Promise.all([this.store.spend({ workload, period: day }), this.store.spend({ workload, period: iso.slice(0, 7) })]);
        const fresh: Cached = { day, month: iso.slice(0, 7), at: now, dayMicroUsd, monthMicroUsd };
        this.cache.set(workload, fresh);
        return fresh;
      })().finally(() => this.loading.delete(workload));
      this.loading.set(workload, p);
    }
    return p;
  }

  /** This replica's own spend, counted before the next refresh brings it back from the store. */
  add(workload: string, time: number, costMicroUsd: number): void {
    const c = this.cache.get(workload);
    if (!c || costMicroUsd === 0) return;
    const iso = new Date(time).toISOString();
    if (iso.slice(0, 10) === c.day) c.dayMicroUsd += costMicroUsd;
    if (iso.slice(0, 7) === c.month) c.monthMicroUsd += costMicroUsd;
  }

  /** Seconds until the UTC day (or month) rolls over, for Retry-After. */
  secondsUntilReset(limit: 'daily' | 'monthly'): number {
    const now = new Date(this.options.now());
    const next = limit === 'daily' ? Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate() + 1) : Date.UTC(now.getUTCFullYear(), now.getUTCMonth() + 1, 1);
    return Math.max(1, Math.ceil((next - now.getTime()) / 1000));
  }
}
