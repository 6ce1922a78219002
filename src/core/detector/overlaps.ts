import type { Finding } from './contract.js';
import type { Hit } from './hit.js';

const better = (a: Hit, b: Hit): number => b.score - a.score || b.end - b.start - (a.end - a.start) || a.start - b.start;

/** One finding per stretch of text: within each cluster of overlapping hits the highest score (then longest) wins. */
export function resolveOverlaps(hits: Hit[]): Finding[] {
  const sorted = [...hits].sort((a, b) => a.start - b.start || b.end - a.end);
  const out: Finding[] = [];
  let cluster: Hit[] = [];
  let clusterEnd = -1;
  const flush = (): void => {
    if (cluster.length === 1 && cluster[0] !== undefined) out.push(toFinding(cluster[0]));
    else if (cluster.length > 1) {
      const kept: Hit[] = [];
      for (const h of [...cluster].sort(better)) if (kept.every((k) => h.end <= k.start || h.start >= k.end)) kept.push(h);
      kept.sort((a, b) => a.start - b.start);
      for (const h of kept) out.push(toFinding(h));
    }
    cluster = [];
  };
  for (const h of sorted) {
    if (h.end <= h.start) continue;
    if (h.start >= clusterEnd) flush();
    cluster.push(h);
    clusterEnd = Math.max(clusterEnd, h.end);
  }
  flush();
  return out;
}

const toFinding = (h: Hit): Finding => ({ entity: h.entity, dataClass: h.dataClass, start: h.start, end: h.end, score: h.score, rule: h.rule });
