/** Time arithmetic on epoch milliseconds, in UTC: the core has no clock and no time zone. */
export const HOUR_MS = 3_600_000;
export const DAY_MS = 86_400_000;
/** The cost model's month: 365/12 days. */
export const DAYS_PER_MONTH = 365 / 12;

export const floorDay = (t: number): number => Math.floor(t / DAY_MS) * DAY_MS;
export const ceilDay = (t: number): number => Math.ceil(t / DAY_MS) * DAY_MS;
export const hourOfDay = (t: number): number => Math.floor((t - floorDay(t)) / HOUR_MS);
