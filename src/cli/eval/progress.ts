import type { Progress } from './run-suite.js';

/**
 * A progress bar redrawn in place on a terminal; plain lines (every 10%) otherwise, so CI logs stay readable.
 * Written to stderr so stdout carries only the report.
 */
export function progressReporter(write: (text: string) => void, tty: boolean): { update: (p: Progress) => void; end: () => void } {
  let lastDecile = -1;
  let lastPhase = '';
  let drawn = false;
  return {
    update(p) {
      const share = p.total === 0 ? 1 : p.done / p.total;
      const label = p.phase === 'answers' ? 'answers' : 'judging';
      if (tty) {
        const width = 28;
        const fill = Math.round(share * width);
        write(`\r${label.padEnd(8)} [${'#'.repeat(fill)}${'-'.repeat(width - fill)}] ${p.done}/${p.total} · $${p.spentUsd.toFixed(3)} spent\x1b[K`);
        drawn = true;
        return;
      }
      const decile = Math.floor(share * 10);
      if (decile !== lastDecile || p.phase !== lastPhase) {
        lastDecile = decile;
        lastPhase = p.phase;
        write(`${label}: ${p.done}/${p.total} (${Math.round(share * 100)}%), $${p.spentUsd.toFixed(3)} spent\n`);
      }
    },
    end() {
      if (tty && drawn) write('\n');
    },
  };
}
