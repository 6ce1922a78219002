import type { Finding } from './contract.js';
import type { Hit } from './hit.js';

const better = (a: Hit, b: Hit): number => b.score - a.score || b.end - b.start - (a.end - a.start) || a.start - b.start;

/** Greedy best-first choice of non-overlapping hits; small clusters by direct comparison. */
function pickSmall(cluster: readonly Hit[]): Hit[] {
  const kept: Hit[] = [];
  for (const h of [...cluster].sort(better)) if (kept.every((k) => h.end <= k.start || h.start >= k.end)) kept.push(h);
  return kept;
}

/**
 * The same choice for a large cluster (a chain of overlapping emails or digit groups can span megabytes) in
 * O(span + n log n): a bitmap of covered positions says whether a kept hit covers `start`, a Fenwick tree of
 * kept starts says whether one starts inside (start, end).
 */
function pickLarge(cluster: readonly Hit[], from: number, to: number): Hit[] {
  const span = to - from;
  const covered = new Uint8Array(span);
  const starts = new Int32Array(span + 1);
  const add = (i: number): void => {
    for (let x = i + 1; x <= span; x += x & -x) starts[x] = (starts[x] ?? 0) + 1;
  };
  const before = (i: number): number => {
    let n = 0;
    for (let x = i; x > 0; x -= x & -x) n += starts[x] ?? 0;
    return n;
  };
  const kept: Hit[] = [];
  for (const h of [...cluster].sort(better)) {
    const s = h.start - from;
    const e = h.end - from;
    if (covered[s] === 1 || before(e) - before(s + 1) > 0) continue;
    kept.push(h);
    covered.fill(1, s, e);
    add(s);
  }
  return kept;
}

/** One finding per stretch of text: within each cluster of overlapping hits the highest score (then longest) wins. */
export function resolveOverlaps(hits: Hit[]): Finding[] {
  const sorted = [...hits].sort((a, b) => a.start - b.start || b.end - a.end);
  const out: Finding[] = [];
  let cluster: Hit[] = [];
  let clusterStart = 0;
  let clusterEnd = -1;
  const flush = (): void => {
    if (cluster.length === 1 && cluster[0] !== undefined) out.push(toFinding(cluster[0]));
    else if (cluster.length > 1) {
      const kept = cluster.length <= 32 ? pickSmall(cluster) : pickLarge(cluster, clusterStart, clusterEnd);
      kept.sort((a, b) => a.start - b.start);
      for (const h of kept) out.push(toFinding(h));
    }
    cluster = [];
  };
  for (const h of sorted) {
    if (h.end <= h.start) continue;
    if (h.start >= clusterEnd) {
      flush();
      clusterStart = h.start;
    }
    cluster.push(h);
    clusterEnd = Math.max(clusterEnd, h.end);
  }
  flush();
  return out;
}

const toFinding = (h: Hit): Finding => ({ entity: h.entity, dataClass: h.dataClass, start: h.start, end: h.end, score: h.score, rule: h.rule });
