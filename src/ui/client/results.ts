import { renderReportHead, renderReportTail, renderWorkload } from '../../core/report/html/index.js';
import type { WorkloadReport } from '../../core/report/types.js';
import { h } from './dom.js';
import type { Computed } from './compute.js';

/**
 * Shows the assessment with the same markup as the HTML report (core renderer).
 * Only the pieces whose markup changed are replaced, so an edit to one workload re-lays-out one section.
 * With validation issues, the last good report stays, marked out of date.
 */
export class ResultsView {
  private readonly status: HTMLElement;
  private readonly body: HTMLElement;
  private slots: { key: string; html: string; node: HTMLElement }[] = [];
  private readonly sections = new Map<string, { data: string; html: string }>();

  constructor(root: HTMLElement) {
    this.status = h('p', { id: 'compute-status', class: 'status', role: 'status' });
    // Server-rendered markup (first paint) stays until the first assessment in the browser replaces it.
    this.body = root.querySelector<HTMLElement>('.sb-report') ?? h('div', { class: 'sb-report' });
    // The phone layout's "Edit the profile" link (server markup) stays first.
    const toEditor = root.querySelector('.to-editor');
    root.replaceChildren(...(toEditor ? [toEditor] : []), this.status, this.body);
  }

  render(root: HTMLElement, result: Computed, seq: number): void {
    this.status.textContent = result.report
      ? result.preview
        ? `Preview in ${result.ms.toFixed(1)} ms (probability from fewer Monte Carlo draws; the full result follows when you pause).`
        : `Recomputed in ${result.ms.toFixed(1)} ms.`
      : result.error
        ? `The assessment failed: ${result.error}`
        : `Fix ${result.issues.length} problem(s) in the profile to update the assessment.`;
    this.status.dataset.ms = result.ms.toFixed(2);
    root.dataset.seq = String(seq);
    root.dataset.state = result.report ? 'fresh' : 'stale';
    this.body.classList.toggle('stale', !result.report);
    if (!result.report) return;
    const report = result.report;
    for (const name of this.sections.keys()) if (!report.workloads.some((w) => w.name === name)) this.sections.delete(name);
    const next = [{ key: 'head', html: renderReportHead(report) }, ...report.workloads.map((w) => ({ key: `w:${w.name}`, html: this.workloadHtml(w) })), { key: 'tail', html: renderReportTail(report) }];
    if (next.map((s) => s.key).join('\n') !== this.slots.map((s) => s.key).join('\n')) {
      this.slots = next.map((s) => ({ ...s, node: this.slotNode(s.html) }));
      this.body.replaceChildren(...this.slots.map((s) => s.node));
      return;
    }
    next.forEach((s, i) => {
      const old = this.slots[i];
      if (!old || old.html === s.html) return;
      const node = this.slotNode(s.html);
      old.node.replaceWith(node);
      this.slots[i] = { ...s, node };
    });
  }

  /** Workload sections (six SVG charts each) are regenerated only when that workload's result changed. */
  private workloadHtml(w: WorkloadReport): string {
    const data = JSON.stringify(w);
    const cached = this.sections.get(w.name);
    if (cached?.data === data) return cached.html;
    const html = renderWorkload(w);
    this.sections.set(w.name, { data, html });
    return html;
  }

  private slotNode(html: string): HTMLElement {
    const node = h('div', { class: 'slot' });
    // The markup comes from the core renderer, which escapes every value it prints.
    node.innerHTML = html;
    return node;
  }
}
