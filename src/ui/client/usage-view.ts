import { formatTokens } from '../../core/charts/index.js';
import type { UiBoot } from '../boot.js';
import { h } from './dom.js';

const tokens = (v: number | null) => (v === null ? '—' : formatTokens(v));

/** Guessed (profile) vs measured (gateway) volumes and verdicts, when the server was given `--usage`. */
export function renderUsage(root: HTMLElement, boot: UiBoot): void {
  if (!boot.usage) {
    root.replaceChildren(h('p', { class: 'meta' }, boot.usageNote ?? 'Start with `switchboard ui --usage URL` to compare guessed and measured usage.'));
    return;
  }
  const rows = boot.usage.map((r) =>
    h('tr', { 'data-workload': r.workload }, h('td', {}, r.workload), h('td', { class: 'num' }, tokens(r.guessedTokensPerMonth)), h('td', { class: 'num' }, tokens(r.measuredTokensPerMonth)),
      h('td', {}, r.guessedVerdict ?? '—'), h('td', {}, r.measuredVerdict ?? '—'), h('td', {}, r.note)));
  root.replaceChildren(
    h('div', { class: 'table-wrap' }, h('table', { class: 'usage-table' }, h('caption', {}, 'Guessed vs measured, tokens per month'),
      h('thead', {}, h('tr', {}, ...['Workload', 'Guessed', 'Measured', 'Verdict (guessed)', 'Verdict (measured)', 'Note'].map((c) => h('th', { scope: 'col' }, c)))),
      h('tbody', {}, ...rows))),
  );
}
