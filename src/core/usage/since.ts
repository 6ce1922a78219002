/** `--since 7d` and friends: a duration back from now, or an ISO date. */
import { issue, type Result } from '../result.js';

const UNITS: Record<string, number> = { m: 60_000, h: 3_600_000, d: 86_400_000, w: 7 * 86_400_000 };

/** Epoch ms the window starts at, given `now` (epoch ms). */
export function parseSince(value: string, now: number, field = '--since'): Result<number> {
  const m = /^(\d+(?:\.\d+)?)\s*([mhdw])$/i.exec(value.trim());
  if (m) return { ok: true, value: now - Number(m[1]) * UNITS[m[2]!.toLowerCase()]! };
  if (/^\d{4}-\d{2}-\d{2}(T[\d:.]+(Z|[+-]\d{2}:?\d{2})?)?$/.test(value.trim())) {
    const t = Date.parse(value.trim());
    if (Number.isFinite(t)) return { ok: true, value: t };
  }
  return {
    ok: false,
    issues: [
      issue(
        field,
        `expected a duration such as 30m, 24h, 7d or 4w, or a date such as 2026-01-31, got ${JSON.stringify(value)}`,
      ),
    ],
  };
}
