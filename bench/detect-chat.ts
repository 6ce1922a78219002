// The chat-style part of the detector benchmark: request-level recall and false-positive rate per language,
// per-entity precision/recall, evasion recall per kind, on bench/data/detector-chat/chat.jsonl.
import { readFileSync } from 'node:fs';
import type { RequestClassification } from '../src/core/detector/index.js';
import type { ChatSample } from './data/detector-chat/build.js';

export function loadChatSet(file: string): ChatSample[] {
  return readFileSync(file, 'utf8').split('\n').filter((l) => l.trim() !== '').map((l) => JSON.parse(l) as ChatSample);
}

// Detector entities -> the gold entity they count as.
const TO_GOLD: Record<string, string> = {
  US_ITIN: 'US_SSN', BANK_ACCOUNT: 'IBAN_CODE', DRIVER_LICENSE: 'DRIVING_LICENSE', ZIP_CODE: 'STREET_ADDRESS', URL_PERSONAL: 'EMAIL_ADDRESS',
};
const NATIONAL = new Set(['UK_NINO', 'UK_NHS_NUMBER', 'DE_STEUER_ID', 'FR_NIR', 'ES_DNI_NIE', 'NL_BSN', 'IT_CODICE_FISCALE', 'US_SSN']);

function goldOf(f: RequestClassification['findings'][number], gold: readonly string[]): string {
  if (f.dataClass === 'secret') return 'SECRET';
  if (f.entity === 'NATIONAL_ID') return gold.find((g) => NATIONAL.has(g)) ?? 'NATIONAL_ID';
  return TO_GOLD[f.entity] ?? f.entity;
}

/** The speed rows' realistic prompts: the set's request bodies as JSON, twice over, joined into 8 KB texts. */
export function chatPrompts8k(set: readonly ChatSample[]): string[] {
  const texts = set.map((x) => JSON.stringify(x.body));
  const out: string[] = [];
  let cur = '';
  for (const t of [...texts, ...texts]) {
    cur += `${t}\n`;
    if (cur.length >= 8192) {
      out.push(cur.slice(0, 8192));
      cur = '';
    }
  }
  return out;
}

const pct = (a: number, b: number): string => (b === 0 ? 'n/a' : `${((100 * a) / b).toFixed(1)}%`);

export function scoreChatSet(set: readonly ChatSample[], classify: (body: unknown) => RequestClassification, say: (s?: string) => void): { recall: number; fpr: number } {
  const langs = [...new Set(set.map((s) => s.lang))];
  const results = set.map((s) => ({ s, c: classify(s.body) }));
  say('| language | sensitive requests | found (recall) | clean requests | flagged (FPR) |');
  say('|---|---|---|---|---|');
  let tp = 0, pos = 0, fp = 0, neg = 0;
  for (const lang of [...langs, 'all']) {
    const rs = results.filter((r) => lang === 'all' || r.s.lang === lang);
    const p = rs.filter((r) => r.s.sensitive);
    const n = rs.filter((r) => !r.s.sensitive);
    const found = p.filter((r) => r.c.dataClass !== 'none').length;
    const flagged = n.filter((r) => r.c.dataClass !== 'none').length;
    if (lang === 'all') [tp, pos, fp, neg] = [found, p.length, flagged, n.length];
    say(`| ${lang} | ${p.length} | ${found} (${pct(found, p.length)}) | ${n.length} | ${flagged} (${pct(flagged, n.length)}) |`);
  }
  say('');
  say('Per entity, request level: recall = requests holding the entity where it was reported; precision = reports of it in requests that hold it.');
  say('');
  say('| entity | requests holding it | recall | reports | precision |');
  say('|---|---|---|---|---|');
  const stats = new Map<string, { gold: number; hit: number; reported: number; right: number }>();
  const st = (k: string): { gold: number; hit: number; reported: number; right: number } => {
    const e = stats.get(k) ?? { gold: 0, hit: 0, reported: 0, right: 0 };
    stats.set(k, e);
    return e;
  };
  for (const { s, c } of results) {
    const reported = new Set(c.findings.map((f) => goldOf(f, s.entities)));
    for (const g of s.entities) {
      st(g).gold++;
      if (reported.has(g)) st(g).hit++;
    }
    for (const r of reported) {
      st(r).reported++;
      if (s.entities.includes(r)) st(r).right++;
    }
  }
  for (const [k, e] of [...stats].sort((a, b) => b[1].gold - a[1].gold || a[0].localeCompare(b[0]))) say(`| ${k} | ${e.gold} | ${pct(e.hit, e.gold)} | ${e.reported} | ${pct(e.right, e.reported)} |`);
  say('');
  say('| evasion | requests | found |');
  say('|---|---|---|');
  const kinds = [...new Set(set.flatMap((s) => (s.evasion === undefined ? [] : [s.evasion])))];
  for (const k of kinds) {
    const rs = results.filter((r) => r.s.evasion === k);
    const found = rs.filter((r) => r.c.dataClass !== 'none').length;
    say(`| ${k} | ${rs.length} | ${found} (${pct(found, rs.length)}) |`);
  }
  const misses = results.filter((r) => r.s.sensitive && r.c.dataClass === 'none').map((r) => r.s.id);
  const falseFlags = results.filter((r) => !r.s.sensitive && r.c.dataClass !== 'none').map((r) => `${r.s.id}:${[...new Set(r.c.findings.map((f) => f.entity))].join('+')}`);
  say('');
  say(`Missed: ${misses.length === 0 ? 'none' : misses.join(', ')}`);
  say(`False flags: ${falseFlags.length === 0 ? 'none' : falseFlags.join(', ')}`);
  return { recall: tp / pos, fpr: fp / neg };
}

// `npx tsx bench/detect-chat.ts [file.jsonl]`: the chat tables alone (the chat set and every open held-out set by default), for quick checks.
if (process.argv[1]?.endsWith('detect-chat.ts') === true) {
  const { classify } = await import('../src/core/detector/index.js');
  const root = new URL('..', import.meta.url).pathname;
  const held = ['', '-2', '-3', '-4', '-5', '-6', '-7', '-8', '-9', '-10', '-11', '-12', '-13', '-14', '-15', '-16', '-17', '-18', '-19', '-20', '-21', '-22', '-23', '-24', '-25', '-26', '-27', '-28', '-29', '-30', '-31', '-32', '-33', '-34', '-35', '-36', '-37', '-38', '-39'].map((s) => `bench/data/detector-holdout${s}/holdout.jsonl`);
  const files = process.argv.length > 2 ? process.argv.slice(2) : ['bench/data/detector-chat/chat.jsonl', ...held];
  for (const f of files) {
    process.stdout.write(`\n## ${f}\n\n`);
    const r = scoreChatSet(loadChatSet(f.startsWith('/') ? f : root + f), (b) => classify(b), (s = '') => process.stdout.write(`${s}\n`));
    process.stdout.write(`\nrecall ${(100 * r.recall).toFixed(1)}%, FPR ${(100 * r.fpr).toFixed(1)}%\n`);
  }
}
