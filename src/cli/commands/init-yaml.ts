/** From `init`'s answers to a profile document, and from that to block-style YAML with a comment on each field. */
import { Document, isMap, isScalar, isSeq, type YAMLMap } from 'yaml';
import { DATA_MAY_LEAVE, LOCK_IN_TOLERANCE, QUALITY_TIERS } from '../../core/profile/index.js';
import { isYes, type Answers } from './init-questions.js';

function list(v: string | undefined): string[] {
  return (v ?? '').split(',').map((s) => s.trim()).filter((s) => s && s !== 'none');
}

/** Only fields with an answer: an empty optional answer leaves the field to the engine's documented default. */
export function buildProfile(team: Answers, workloads: readonly Answers[]): Record<string, unknown> {
  return {
    team: {
      name: team['name'],
      industry: team['industry'],
      mlEngineers: Number(team['ml-engineers']),
      gpuAccess: team['gpu-access'],
      ...(team['region'] ? { region: team['region'] } : {}),
    },
    workloads: workloads.map((a) => {
      const latency = {
        ...(a['ttft-ms'] ? { ttftMs: Number(a['ttft-ms']) } : {}),
        ...(a['tokens-per-second'] ? { outputTokensPerSecond: Number(a['tokens-per-second']) } : {}),
      };
      return {
        name: a['workload'],
        data: list(a['data']),
        regulations: list(a['regulations']),
        ...(a['data-may-leave'] ? { dataMayLeave: a['data-may-leave'] } : {}),
        requestsPerDay: Number(a['requests-per-day']),
        inputTokens: Number(a['input-tokens']),
        outputTokens: Number(a['output-tokens']),
        growthPerMonth: Number(a['growth']),
        ...(Object.keys(latency).length > 0 ? { latency } : {}),
        quality: a['quality'],
        domain: a['domain'],
        fineTuning: a['fine-tuning'],
        ownWeights: isYes(a['own-weights']),
        lockInTolerance: a['lock-in'],
      };
    }),
  };
}

/** One short line per field: what it means or which values it takes (docs/profile.md has the rest). */
const COMMENTS: Record<string, string> = {
  industry: 'sets starting points for data and regulations',
  mlEngineers: 'people able to deploy and run model serving today',
  gpuAccess: 'none | rent | own',
  region: 'default processing region for every workload',
  data: 'kinds of data in prompts and outputs',
  regulations: 'rules the data falls under ([] for none)',
  dataMayLeave: DATA_MAY_LEAVE.join(' | '),
  requestsPerDay: 'average over active days',
  inputTokens: 'mean per request',
  outputTokens: 'mean per request',
  growthPerMonth: '0.05 = traffic grows 5% a month',
  latency: 'limits the user must see (p95)',
  ttftMs: 'time to first token',
  outputTokensPerSecond: 'decode speed per user',
  quality: QUALITY_TIERS.join(' | '),
  fineTuning: 'none | lora | qlora | full | continued-pretraining',
  ownWeights: 'must the team own and move the tuned weights?',
  lockInTolerance: `${LOCK_IN_TOLERANCE.join(' | ')} (low: prefer what you can move)`,
};

function comment(map: YAMLMap): void {
  for (const pair of map.items) {
    const key = isScalar(pair.key) ? String(pair.key.value) : '';
    const text = COMMENTS[key];
    if (isMap(pair.value)) comment(pair.value);
    if (!text) continue;
    if (isScalar(pair.value)) pair.value.comment = ` ${text}`;
    else if (isScalar(pair.key)) pair.key.commentBefore = ` ${key}: ${text}`;
  }
}

const HEADER = [
  ' Switchboard team profile, written by `switchboard init`.',
  ' Edit freely, then run `switchboard validate` and `switchboard assess` on it.',
  ' Every field is described in docs/profile.md; fields left out take the documented defaults.',
].join('\n');

/** Block-style YAML (no inline `[a, b]` lists) with a comment on each field a reader may wonder about. */
export function profileYaml(profile: Record<string, unknown>): string {
  const doc = new Document(profile);
  doc.commentBefore = HEADER;
  const root = doc.contents;
  if (isMap(root)) {
    comment(root);
    const workloads = root.get('workloads', true);
    if (isSeq(workloads)) {
      workloads.items.forEach((item, i) => {
        if (!isMap(item)) return;
        comment(item);
        if (i > 0) item.spaceBefore = true; // a blank line between workloads
      });
    }
  }
  return doc.toString({ lineWidth: 0 });
}
