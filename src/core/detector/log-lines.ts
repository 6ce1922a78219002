import type { Hit } from './hit.js';

// A number that goes on as an ISO date or a clock time ("2026-12-01T05:01", "2026-12-01 05:01"): a log timestamp.
const TIMESTAMP_TAIL = /^(?:-\d{2}-\d{2}|:\d{2})/;

/**
 * Street addresses read across a log line break ("app=facturatie\n2026-12-01T05:01:10Z ..."): a STREET_ADDRESS hit
 * that spans a line break and whose trailing number goes on as a date or time is the next line's timestamp, not a
 * house number.
 */
export function dropTimestampAddresses(text: string, hits: Hit[]): void {
  let kept = 0;
  for (const h of hits) {
    const drop = h.entity === 'STREET_ADDRESS' && text.slice(h.start, h.end).includes('\n') && TIMESTAMP_TAIL.test(text.slice(h.end, h.end + 6));
    if (!drop) hits[kept++] = h;
  }
  hits.length = kept;
}
