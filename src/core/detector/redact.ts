import type { Finding } from './contract.js';

/** Replaces each finding with `[ENTITY]`; overlapping or out-of-range findings are merged into the first. */
export function redact(text: string, findings: readonly Finding[]): string {
  const sorted = [...findings].filter((f) => f.end > f.start && f.start >= 0 && f.start < text.length).sort((a, b) => a.start - b.start || b.end - a.end);
  let out = '';
  let at = 0;
  for (const f of sorted) {
    if (f.start < at) {
      at = Math.max(at, Math.min(text.length, f.end));
      continue;
    }
    out += `${text.slice(at, f.start)}[${f.entity}]`;
    at = Math.min(text.length, f.end);
  }
  return out + text.slice(at);
}
