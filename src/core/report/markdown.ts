import { formatTokens, formatUsd, groupExclusions } from './format.js';
import type { Report, WorkloadReport } from './types.js';

const cell = (s: string): string => s.replace(/\|/g, '\\|').replace(/\n/g, ' ');
const capital = (s: string): string => `${s.charAt(0).toUpperCase()}${s.slice(1)}`;
const money = (n: number | null): string => (n === null ? 'n/a' : formatUsd(n));

function workloadSection(w: WorkloadReport): string[] {
  const r = w.recommendation;
  const out = [
    `## ${w.name}: ${w.verdict === 'open' ? 'open (self-host)' : 'closed (API)'}`,
    '',
    `- Data: ${w.dataClasses.join(', ')}; may leave: \`${w.dataMayLeave}\` (${w.allowedDestinations})`,
    `- Self-host: ${r.openModel ? `\`${r.openModel}\`${r.precision ? ` ${r.precision}` : ''}${r.gpu ? ` on ${r.gpuCount ?? '?'}x \`${r.gpu}\`` : ''}` : 'none'}`,
    `- API: ${r.closedModel ? `\`${r.closedModel}\`${r.closedChannel ? ` via ${r.closedChannel}` : ''}` : 'none allowed'}`,
    '',
    '| API $/month | Self-hosted $/month | Tokens/month | Break-even tokens/month | Start-up |',
    '|---:|---:|---:|---:|---:|',
    `| ${money(w.cost.closedMonthlyUsd)} | ${money(w.cost.openMonthlyUsd)} | ${formatTokens(w.cost.tokensPerMonth)} | ${w.cost.breakEvenTokensPerMonth === null ? 'never' : formatTokens(w.cost.breakEvenTokensPerMonth)} | ${money(w.cost.startupCostUsd)} |`,
    '',
  ];
  if (w.dealBreakers.length > 0) out.push('**Deal breakers**', '', ...w.dealBreakers.map((d) => `- ${d.message} (\`${d.rule}\`)`), '');
  out.push('**Why**', '', ...w.reasons.map((x) => `- *${x.area}*: ${x.message}`), '');
  if (w.flips.length > 0) out.push('**What would flip it**', '', ...w.flips.map((f) => `- ${f.message}`), '');
  if (w.excludedClosedModels.length > 0) {
    out.push('**Excluded APIs**', '', ...groupExclusions(w.excludedClosedModels).map((g) => `- \`${g.rule}\`: ${g.modelIds.map((id) => `\`${id}\``).join(', ')}`), '');
  }
  return out;
}

/** The report as GitHub-flavoured Markdown, for pull requests and wikis. */
export function renderMarkdownReport(report: Report): string {
  const t = report.totals;
  const out = [
    `# Switchboard assessment: ${report.team}`,
    '',
    `**Verdict: ${report.verdict}.** ${report.summary}`,
    '',
    '| Workload | Verdict | Decided by | API $/month | Self-hosted $/month |',
    '|---|---|---|---:|---:|',
    ...report.workloads.map((w) => `| ${cell(w.name)} | ${w.verdict} | ${w.decidedBy ? `\`${w.decidedBy.rule}\`` : ''} | ${money(w.cost.closedMonthlyUsd)} | ${money(w.cost.openMonthlyUsd)} |`),
    `| **Total** | ${report.verdict} | | ${formatUsd(t.closedMonthlyUsd)} | ${formatUsd(t.openMonthlyUsd)} |`,
    '',
    `Plan: ${formatUsd(t.planMonthlyUsd)}/month, ${formatUsd(t.startupCostUsd)} to start.${t.consolidatedPlanMonthlyUsd !== undefined ? ` With the shared fleet below: ${formatUsd(t.consolidatedPlanMonthlyUsd)}/month.` : ''}`,
    '',
  ];
  for (const c of report.consolidation ?? []) {
    out.push(`## Shared fleet: ${c.workloads.map(cell).join(', ')}`, '', `${capital(c.message)}. Advice only: verdicts and the plan stay as decided.`, '', ...c.caveats.map((x) => `- ${x}`), '');
  }
  for (const w of report.workloads) out.push(...workloadSection(w));
  out.push('## Assumptions', '', ...report.assumptions.map((a) => `- ${a}`), '');
  out.push('## Sources', '', ...report.sources.map((s) => `- ${s.what}: <${s.source.url}> (as of ${s.source.asOf})`), '');
  out.push(`_Generated ${report.generatedAt} with catalog ${report.catalogVersion}._`, '');
  return out.join('\n');
}
