/** Inline stylesheet of the report; also used by the web UI so both look the same. System fonts only: no network. */
export const REPORT_CSS = `
.sb-report{--ink:#1f2937;--muted:#6b7280;--line:#e5e7eb;--open:#0f766e;--closed:#c2410c;--hybrid:#7c3aed;--warn:#b91c1c;
font-family:system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:var(--ink);line-height:1.5;max-width:1040px;margin:0 auto;padding:16px}
.sb-report h1{font-size:1.6rem;margin:0 0 .25rem}
.sb-report h2{font-size:1.3rem;margin:2rem 0 .5rem;border-bottom:2px solid var(--line);padding-bottom:.25rem}
.sb-report h3{font-size:1.05rem;margin:1.25rem 0 .4rem}
.sb-report .meta{color:var(--muted);font-size:.9rem}
.sb-report .summary{font-size:1.1rem}
.sb-report .verdict{display:inline-block;padding:.05rem .55rem;border-radius:999px;color:#fff;font-weight:700;font-size:.85rem;text-transform:uppercase;letter-spacing:.04em;vertical-align:middle}
.sb-report .verdict-open{background:var(--open)}.sb-report .verdict-closed{background:var(--closed)}.sb-report .verdict-hybrid{background:var(--hybrid)}
.sb-report table{border-collapse:collapse;width:100%;margin:.5rem 0;font-size:.92rem}
.sb-report th,.sb-report td{border-bottom:1px solid var(--line);padding:.35rem .5rem;text-align:left;vertical-align:top}
.sb-report td.num,.sb-report th.num{text-align:right;font-variant-numeric:tabular-nums}
.sb-report .table-wrap{overflow-x:auto}
.sb-report .area{display:inline-block;min-width:5.5rem;font-weight:700;font-size:.8rem;text-transform:uppercase;color:var(--muted)}
.sb-report ol.reasons,.sb-report ul.flips,.sb-report ul.plain{padding-left:1.2rem;margin:.25rem 0}
.sb-report .deal-breakers{border-left:4px solid var(--warn);background:#fef2f2;padding:.5rem .75rem;margin:.5rem 0}
.sb-report .deal-breakers strong{color:var(--warn)}
.sb-report .favours-open{color:var(--open)}.sb-report .favours-closed{color:var(--closed)}
.sb-report .charts{display:grid;grid-template-columns:repeat(auto-fit,minmax(min(100%,460px),1fr));gap:1rem}
.sb-report figure{margin:0;border:1px solid var(--line);border-radius:6px;padding:.5rem;background:#fff;break-inside:avoid}
.sb-report figcaption{font-size:.85rem;color:var(--muted)}
.sb-report figcaption strong{color:var(--ink);display:block;font-size:.95rem}
.sb-report svg.chart{display:block;width:100%;height:auto}
.sb-report .workload{break-before:auto}
.sb-report a{color:#1d4ed8;word-break:break-all}
@media print{
  .sb-report{max-width:none;padding:0;font-size:10.5pt}
  .sb-report .workload{break-before:page}
  .sb-report .charts{grid-template-columns:1fr 1fr}
  .sb-report figure,.sb-report table,.sb-report .deal-breakers{break-inside:avoid}
  .sb-report a{color:inherit;text-decoration:none}
  .sb-report .verdict{-webkit-print-color-adjust:exact;print-color-adjust:exact}
}
`;
