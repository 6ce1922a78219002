/** The app's own layout; the report content reuses the report stylesheet. */
export const UI_CSS = `
*{box-sizing:border-box}
[hidden]{display:none!important}
body{margin:0;font-family:system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:#1f2937;background:#f8fafc}
.topbar{position:sticky;top:0;z-index:2;display:flex;flex-wrap:wrap;gap:.5rem 1rem;align-items:center;padding:.5rem 1rem;background:#0f172a;color:#fff}
.topbar .brand{font-size:1.1rem;font-weight:700;margin:0}
.topbar nav{display:flex;gap:.25rem;flex-wrap:wrap}
.topbar .actions{display:flex;gap:.4rem;flex-wrap:wrap;margin-left:auto}
button,.button{font:inherit;font-size:.9rem;padding:.35rem .75rem;min-height:32px;min-width:32px;border-radius:6px;border:1px solid #94a3b8;background:#fff;color:#0f172a;cursor:pointer}
button:disabled{opacity:.5;cursor:not-allowed}
[role=tab]{background:transparent;color:#e2e8f0;border-color:transparent}
[role=tab][aria-selected=true]{background:#fff;color:#0f172a}
:focus-visible{outline:3px solid #f59e0b;outline-offset:2px}
.visually-hidden{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap}
#file-status{font-size:.85rem;color:#cbd5e1;width:100%;margin:0}
.layout{display:grid;grid-template-columns:minmax(300px,420px) 1fr;gap:1rem;padding:1rem;align-items:start}
@media (max-width:860px){.layout{grid-template-columns:1fr;padding:.5rem}}
#editor{background:#fff;border:1px solid #e2e8f0;border-radius:8px;padding:.75rem;max-height:calc(100vh - 90px);overflow:auto;position:sticky;top:70px}
@media (max-width:860px){#editor{max-height:none;position:static}.topbar{position:static}.sb-report{padding:8px}#results{order:-1}}
@media (max-width:560px){.topbar .actions{margin-left:0}}
#results{background:#fff;border:1px solid #e2e8f0;border-radius:8px;min-width:0}
#results .status{margin:.5rem 1rem 0;color:#6b7280;font-size:.85rem}
#results .stale{outline:3px dashed #b45309;outline-offset:-3px}
#results .stale::before{content:"Out of date: fix the profile to update.";display:block;font-weight:700;color:#92400e;padding:.25rem 0}
details.group{border-top:1px solid #e2e8f0;padding:.35rem 0}
details.group>summary{cursor:pointer;font-weight:600;padding:.25rem 0}
.workload-form{border:1px solid #cbd5e1;border-radius:6px;padding:.5rem;margin:.75rem 0}
.workload-head{display:flex;justify-content:space-between;align-items:center}
.workload-head h2{font-size:1rem;margin:.2rem 0}
.field{margin:.45rem 0}
.field label{display:block;font-size:.85rem;font-weight:500;margin-bottom:.15rem}
.field input[type=text],.field select{width:100%;font:inherit;padding:.35rem .45rem;border:1px solid #94a3b8;border-radius:5px;background:#fff}
.field .help{margin:.1rem 0 0;font-size:.75rem;color:#6b7280}
.field .error{margin:.15rem 0 0;font-size:.8rem;color:#b91c1c;font-weight:600}
.field .error:empty{display:none}
.field.invalid input,.field.invalid select,.field.invalid fieldset{border-color:#b91c1c;background:#fef2f2}
fieldset.multi{border:1px solid #cbd5e1;border-radius:5px;padding:.25rem .5rem;display:flex;flex-wrap:wrap;gap:.25rem .75rem}
fieldset.multi legend{font-size:.85rem;font-weight:500}
label.chip,label.check{display:inline-flex!important;align-items:center;gap:.25rem;font-weight:400!important;min-height:24px}
input[type=checkbox]{width:18px;height:18px;margin:3px}
.form-issues{color:#b91c1c;font-size:.85rem}
.panel{padding:1rem}
.catalog-table,.usage-table{border-collapse:collapse;width:100%;font-size:.85rem;background:#fff;margin-bottom:1.5rem}
.catalog-table caption,.usage-table caption{text-align:left;font-weight:700;padding:.25rem 0}
.catalog-table th,.catalog-table td,.usage-table th,.usage-table td{border-bottom:1px solid #e5e7eb;padding:.3rem .45rem;text-align:left;vertical-align:top}
.table-wrap{overflow-x:auto}
td.num{text-align:right;font-variant-numeric:tabular-nums}
#yaml-text{width:100%;min-height:60vh;font-family:ui-monospace,Menlo,Consolas,monospace;font-size:.85rem}
.meta{color:#4b5563}
.skip-link{position:absolute;left:.5rem;top:-3rem;z-index:10;background:#fff;color:#0f172a;padding:.5rem .75rem;border-radius:6px;font-weight:700}
.skip-link:focus{top:.5rem}
label.button:has(+ input:focus-visible){outline:3px solid #f59e0b;outline-offset:2px}
.to-editor{display:none}
@media (max-width:860px){.to-editor{display:inline-block;margin:.5rem 1rem 0;font-weight:600;color:#1d4ed8;min-height:24px}}
@media screen and (max-width:860px) and (prefers-color-scheme:dark){.to-editor{color:#93c5fd}}
.export-reason{font-size:.8rem;color:#fde68a;margin:0;width:100%}
.export-reason:empty{display:none}
.undo-bar{width:100%;display:flex;gap:.5rem;align-items:center;background:#fef3c7;color:#1f2937;border-radius:6px;padding:.25rem .5rem}
@media screen and (prefers-color-scheme:dark){
  body{background:#0b1120;color:#e5e7eb}
  #editor,#results,.panel{background:#111827;border-color:#334155}
  .field input[type=text],.field select,#yaml-text,#catalog-filter{background:#0f172a;color:#e5e7eb;border-color:#64748b}
  .field .help,.meta,#results .status{color:#aeb6c2}
  .field .error,.form-issues{color:#fca5a5}
  .field.invalid input,.field.invalid select,.field.invalid fieldset{background:#3b1212}
  .workload-form,fieldset.multi{border-color:#475569}
  details.group{border-color:#334155}
  .catalog-table,.usage-table{background:#111827}
  .catalog-table th,.catalog-table td,.usage-table th,.usage-table td{border-color:#334155}
  #results .stale::before{color:#fbbf24}
}
@media print{
  .skip-link,.topbar,#editor,#results .status,.visually-hidden{display:none!important}
  body{background:#fff}
  .layout{display:block;padding:0}
  #results{border:0}
}
`;
