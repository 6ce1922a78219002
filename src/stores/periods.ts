/** UTC day and month keys of the spend totals kept beside the usage rows (budgets read them). */
export const utcDay = (ms: number): string => new Date(ms).toISOString().slice(0, 10);
export const utcMonth = (ms: number): string => new Date(ms).toISOString().slice(0, 7);

/** Sums cost and requests per (workload, day) and (workload, month) of one batch, for one upsert each. */
export function spendDeltas(records: readonly { time: number; workload: string; costMicroUsd: number }[]): { workload: string; period: string; cost: number; requests: number }[] {
  const acc = new Map<string, { workload: string; period: string; cost: number; requests: number }>();
  for (const r of records) {
    for (const period of [utcDay(r.time), utcMonth(r.time)]) {
      const k = `${r.workload}\u0000${period}`;
      const cur = acc.get(k) ?? { workload: r.workload, period, cost: 0, requests: 0 };
      cur.cost += r.costMicroUsd;
      cur.requests += 1;
      acc.set(k, cur);
    }
  }
  return [...acc.values()];
}
