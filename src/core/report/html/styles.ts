import { CHART_MIN_WIDTH_PX } from '../../charts/index.js';

/**
 * Inline stylesheet of the report; also used by the web UI so both look the same. System fonts only: no network.
 * Charts never draw narrower than CHART_MIN_WIDTH_PX (their text would drop under 11 px): on a narrow screen they
 * scroll sideways inside their figure. Print: A4 with margins and page numbers, each workload on new pages, two
 * charts per row.
 */
export const REPORT_CSS = `
.sb-report{--ink:#1f2937;--muted:#4b5563;--line:#e5e7eb;--open:#0f766e;--closed:#c2410c;--hybrid:#7c3aed;--warn:#b91c1c;--warn-bg:#fef2f2;--link:#1d4ed8;--card:#fff;
font-family:system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:var(--ink);line-height:1.5;max-width:1200px;margin:0 auto;padding:16px}
.sb-report h1{font-size:1.6rem;margin:0 0 .25rem}
.sb-report h2{font-size:1.3rem;margin:2rem 0 .5rem;border-bottom:2px solid var(--line);padding-bottom:.25rem}
.sb-report h3{font-size:1.05rem;margin:1.25rem 0 .4rem}
.sb-report .meta{color:var(--muted);font-size:.9rem}
.sb-report .summary{font-size:1.1rem}
.sb-report .verdict{display:inline-block;padding:.05rem .55rem;border-radius:999px;color:#fff;font-weight:700;font-size:.85rem;text-transform:uppercase;letter-spacing:.04em;vertical-align:middle}
.sb-report .verdict-open{background:var(--open)}.sb-report .verdict-closed{background:var(--closed)}.sb-report .verdict-hybrid{background:var(--hybrid)}
.sb-report table{border-collapse:collapse;width:100%;margin:.5rem 0;font-size:.92rem}
.sb-report th,.sb-report td{border-bottom:1px solid var(--line);padding:.35rem .5rem;text-align:left;vertical-align:top}
.sb-report td.num,.sb-report th.num{text-align:right;font-variant-numeric:tabular-nums;white-space:nowrap}
.sb-report .table-wrap{overflow-x:auto;max-width:100%}
.sb-report .area{display:inline-block;min-width:5.5rem;font-weight:700;font-size:.8rem;text-transform:uppercase;color:var(--muted)}
.sb-report ol.reasons,.sb-report ul.flips,.sb-report ul.plain{padding-left:1.2rem;margin:.25rem 0}
.sb-report .deal-breakers{border-left:4px solid var(--warn);background:var(--warn-bg);padding:.5rem .75rem;margin:.5rem 0}
.sb-report .deal-breakers strong{color:var(--warn)}
.sb-report .favours-open{color:var(--open)}.sb-report .favours-closed{color:var(--closed)}
.sb-report .charts{display:grid;grid-template-columns:repeat(auto-fill,minmax(min(100%,${CHART_MIN_WIDTH_PX + 20}px),1fr));gap:1rem}
.sb-report figure{margin:0;border:1px solid var(--line);border-radius:6px;padding:.5rem;background:#fff;color:#1f2937;break-inside:avoid;overflow-x:auto;min-width:0}
.sb-report figcaption{font-size:.85rem;color:#4b5563}
.sb-report figcaption strong{color:#1f2937;display:block;font-size:.95rem}
.sb-report svg.chart{display:block;width:100%;height:auto;min-width:${CHART_MIN_WIDTH_PX}px}
.sb-report .workload{break-before:auto}
.sb-report a{color:var(--link)}
.sb-report table.sources a{overflow-wrap:anywhere}
.sb-report caption{text-align:left}
@media screen and (max-width:640px){
  .sb-report table.overview thead,.sb-report table.sources thead{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0)}
  .sb-report table.overview tr,.sb-report table.sources tr{display:block;border-bottom:1px solid var(--line);padding:.35rem 0}
  .sb-report table.overview td,.sb-report table.sources td{display:flex;justify-content:space-between;gap:1rem;border:0;padding:.1rem .25rem;text-align:right}
  .sb-report table.overview td::before,.sb-report table.sources td::before{content:attr(data-label);font-weight:600;text-align:left;color:var(--muted)}
  .sb-report table.sources td:empty{display:none}
}
@media screen and (prefers-color-scheme:dark){
  .sb-report{--ink:#e5e7eb;--muted:#aeb6c2;--line:#374151;--open:#0f766e;--closed:#b93c0a;--hybrid:#7c3aed;--warn:#fca5a5;--warn-bg:#3b1212;--link:#93c5fd;--card:#111827}
  .sb-report .favours-open{color:#5eead4}.sb-report .favours-closed{color:#fdba74}
}
@page{size:A4;margin:14mm 14mm 16mm;@bottom-right{content:"Page " counter(page) " of " counter(pages);font:9pt system-ui,sans-serif;color:#4b5563}}
@media print{
  .sb-report{max-width:none;padding:0;font-size:9pt;line-height:1.3;color:#000;--ink:#000;--muted:#374151;--line:#d1d5db;--warn-bg:#fef2f2;--link:#000}
  .sb-report h1{font-size:16pt}
  .sb-report h2{font-size:13pt;margin:.6rem 0 .3rem}
  .sb-report h3{font-size:10.5pt;margin:.5rem 0 .2rem}
  .sb-report .workload{break-before:page}
  .sb-report .charts{grid-template-columns:1fr 1fr;gap:3mm}
  .sb-report figure{padding:1.5mm;overflow:visible}
  .sb-report svg.chart{min-width:0;width:100%}
  .sb-report figcaption{font-size:7.5pt;line-height:1.25}
  .sb-report figcaption strong{font-size:8.5pt}
  .sb-report .table-wrap{overflow:visible}
  .sb-report table{font-size:8.5pt;margin:.25rem 0}
  .sb-report th,.sb-report td{padding:.15rem .35rem}
  .sb-report figure,.sb-report table,.sb-report .deal-breakers{break-inside:avoid}
  /* The sources table runs over pages: kept whole, it left most of the page before it blank. Rows stay whole. */
  .sb-report table.sources{break-inside:auto;font-size:7.5pt}
  .sb-report table.sources tr{break-inside:avoid}
  .sb-report table.sources td:nth-child(3){white-space:nowrap}
  .sb-report a{color:inherit;text-decoration:none}
  .sb-report .verdict,.sb-report .deal-breakers{-webkit-print-color-adjust:exact;print-color-adjust:exact}
}
`;
