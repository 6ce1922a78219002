import { Deployment } from 'kubernetes-models/apps/v1/Deployment';
import { HorizontalPodAutoscaler } from 'kubernetes-models/autoscaling/v2/HorizontalPodAutoscaler';
import { Service } from 'kubernetes-models/v1/Service';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { DATA_MAY_LEAVE } from '../profile/index.js';
import type { WorkloadReport } from '../report/types.js';
import { gatewayConfigSchema } from '../routing/config-schema.js';
import { parseGatewayConfig } from '../routing/parse-config.js';
import { planDeployment } from './plan.js';
import { flagValue } from './vllm.js';
import { analysis, catalog, deployment, profile, profileInput, report, workloadReport } from './test-support/fixtures.js';

function planOk(r = report(), p = profile()) {
  const result = planDeployment({ profile: p, report: r, catalog });
  if (!result.ok) throw new Error(JSON.stringify(result.issues));
  return result.value;
}

describe('planDeployment: gateway config', () => {
  it('generates a config that the gateway schema and its start-up checks accept, in YAML and as an object', () => {
    const plan = planOk();
    expect(gatewayConfigSchema.safeParse(plan.gateway).success).toBe(true);
    const fromYaml: unknown = parse(plan.gatewayYaml);
    expect(fromYaml).toEqual(plan.gateway);
    const checked = parseGatewayConfig(fromYaml);
    expect(checked.ok ? [] : checked.issues).toEqual([]);
  });

  it('routes each workload by its verdict and data policy', () => {
    const { gateway } = planOk();
    expect(gateway.routes).toEqual([
      { workload: 'clinical-notes', dataMayLeave: 'own-infrastructure-only', sensitive: ['clinical-notes-self-hosted'], default: ['clinical-notes-self-hosted'] },
      // Third parties are never written under sensitive: their coverage is unverified until the operator asserts it.
      { workload: 'support_chat', dataMayLeave: 'with-baa-and-zdr', sensitive: [], default: ['claude-sonnet-5-5'] },
      { workload: 'marketing', dataMayLeave: 'anywhere', sensitive: ['marketing-self-hosted'], default: ['marketing-self-hosted', 'gemini-3.5-flash'] },
      { workload: 'eu-summaries', dataMayLeave: 'in-region', region: 'eu', sensitive: [], default: ['gpt-6-luna-eu'] },
    ]);
  });

  it('points self-hosted destinations at the cluster service and third parties at their APIs', () => {
    const { gateway } = planOk();
    expect(Object.keys(gateway.destinations)).toEqual(['claude-sonnet-5-5', 'clinical-notes-self-hosted', 'gemini-3.5-flash', 'gpt-6-luna-eu', 'marketing-self-hosted']);
    expect(gateway.destinations['clinical-notes-self-hosted']).toEqual({
      kind: 'self-hosted',
      api: 'openai',
      baseUrl: 'http://clinical-notes-vllm.switchboard.svc:8000/v1',
      model: 'meta-llama/Llama-3.1-70B-Instruct',
      catalogModel: 'llama-3.1-70b-instruct',
      hourlyCostUsd: 12, // 8,760 $/month of GPUs over 730 hours a month
    });
    expect(gateway.destinations['claude-sonnet-5-5']).toMatchObject({ kind: 'third-party', api: 'anthropic', apiKeyEnv: 'ANTHROPIC_API_KEY', baa: false, zeroDataRetention: false });
    expect(gateway.destinations['gemini-3.5-flash']).toEqual({
      kind: 'third-party',
      api: 'openai',
      baseUrl: 'https://generativelanguage.googleapis.com/v1beta/openai',
      apiKeyEnv: 'GEMINI_API_KEY',
      model: 'gemini-3.5-flash',
      catalogModel: 'gemini-3.5-flash',
      baa: false,
      zeroDataRetention: false,
    });
    expect(gateway.destinations['gpt-6-luna-eu']).toMatchObject({ baseUrl: 'https://eu.api.openai.com/v1', region: 'eu', baa: false, zeroDataRetention: false });
    expect(gateway.keys).toEqual([]);
  });

  it('writes every third party unverified (baa: false, zeroDataRetention: false) with what to verify, and how to add keys (issue 14: plan wrote true)', () => {
    const { gatewayYaml } = planOk();
    const doc = parse(gatewayYaml) as { destinations: Record<string, { kind: string; baa?: boolean; zeroDataRetention?: boolean }> };
    for (const d of Object.values(doc.destinations).filter((x) => x.kind === 'third-party')) expect([d.baa, d.zeroDataRetention]).toEqual([false, false]);
    expect(gatewayYaml).toContain('# Unverified: sensitive data never goes here while these are false. The provider offers a BAA and zero data retention; switchboard cannot know whether you have them.\n    # Set baa: true only once your organisation has a signed BAA covering this endpoint');
    expect(gatewayYaml).toContain('# This level allows claude-sonnet-5-5 under sensitive once its baa and zeroDataRetention are verified and set to true.');
    expect(gatewayYaml).toContain('#   switchboard keys create --id clinical-notes-app --workload clinical-notes');
    expect(gatewayYaml).toContain('# store: postgres://USER:PASSWORD@HOST:5432/switchboard');
  });

  it('never lists a third party in a sensitive route of an own-infrastructure-only or air-gapped workload, whatever the report says', () => {
    for (const level of DATA_MAY_LEAVE) {
      for (const verdict of ['open', 'closed'] as const) {
        for (const allowed of ['any', 'closed-with-baa-zdr', 'self-hosted-only'] as const) {
          const wr: WorkloadReport = workloadReport({
            name: 'clinical-notes',
            verdict,
            dataMayLeave: level,
            allowedDestinations: allowed,
            recommendation: { openModel: null, precision: null, gpu: null, gpuCount: null, closedModel: 'gpt-6-luna' },
            analysis: analysis(deployment()),
          });
          const result = planDeployment({ profile: profile(), report: report([wr]), catalog });
          if (!result.ok) {
            // Only a closed-verdict workload whose closed model the policy forbids can end up with nowhere to go.
            expect([verdict, result.issues[0]?.message]).toEqual(['closed', expect.stringContaining('has no destination')]);
            continue;
          }
          const route = result.value.gateway.routes[0]!;
          const kinds = (route.sensitive ?? []).map((d) => result.value.gateway.destinations[d]?.kind);
          if (level === 'own-infrastructure-only' || level === 'air-gapped') {
            expect(kinds).toEqual(['self-hosted']);
            expect(route.default.map((d) => result.value.gateway.destinations[d]?.kind)).toEqual(['self-hosted']);
          }
          expect(kinds).not.toContain('third-party');
          expect(parseGatewayConfig(result.value.gateway).ok).toBe(true);
        }
      }
    }
  });
});

describe('planDeployment: files', () => {
  it('writes a server for open and in-house workloads only, in a stable order', () => {
    const plan = planOk();
    expect(plan.files.map((f) => `${f.path}${f.executable ? ' (x)' : ''}`)).toEqual([
      'README.md',
      'gateway.yaml',
      'clinical-notes/k8s.yaml',
      'clinical-notes/vllm.sh (x)',
      'marketing/k8s.yaml',
      'marketing/llama-cpp.sh (x)',
      'marketing/vllm.sh (x)',
      'gateway/k8s.yaml',
    ]);
    expect(planOk().files).toEqual(plan.files);
  });

  it('sizes every model server from its deployment, with Kubernetes objects that pass the schemas', () => {
    const plan = planOk();
    expect(plan.selfHosted.map((s) => s.workload)).toEqual(['clinical-notes', 'marketing']);
    for (const s of plan.selfHosted) {
      const d = s.deployment;
      expect([flagValue(s.vllm, '--tensor-parallel-size'), flagValue(s.vllm, '--max-num-seqs'), flagValue(s.vllm, '--served-model-name')]).toEqual([
        String(d.tensorParallel),
        String(Math.floor(d.maxConcurrencyPerReplica)),
        s.model.hfRepo,
      ]);
      expect(s.manifests.deployment.spec?.replicas).toBe(d.replicas);
      expect(s.manifests.deployment.spec?.template.spec?.containers[0]?.resources?.limits).toEqual({ 'nvidia.com/gpu': d.tensorParallel });
      new Deployment(s.manifests.deployment).validate();
      new Service(s.manifests.service).validate();
      new HorizontalPodAutoscaler(s.manifests.hpa).validate();
    }
    expect(plan.selfHosted.map((s) => s.maxModelLen)).toEqual([16_384, 4096]);
  });

  it('tells the operator GPUs, throughput, latency with the error band, and monthly cost', () => {
    const { readme } = planOk();
    expect(readme).toContain('- GPUs: 4 × NVIDIA H100 SXM 80GB: 2 replica(s) × 2 GPU(s) each (tensor parallel).');
    expect(readme).toContain('about 1,350 output tokens/s per replica, 2,700 in all');
    expect(readme).toContain('time to first token 420 ms (±25%: 315–525)');
    expect(readme).toContain('- Cost: $12,500/month all-in (GPUs $8,760)');
    expect(readme).toContain('switchboard keys create --id clinical-notes-app --workload clinical-notes');
    expect(readme).toContain('prometheus-adapter');
    expect(readme).toContain('store: postgres://');
  });
});

describe('planDeployment: warnings', () => {
  it('asks for a pre-quantized checkpoint and flags tensor parallelism wider than a node', () => {
    const wr = workloadReport({
      name: 'clinical-notes',
      dataMayLeave: 'air-gapped',
      allowedDestinations: 'air-gapped-self-hosted',
      analysis: analysis(deployment({ precision: 'int4-awq', tensorParallel: 16, replicas: 1, gpuCount: 16 })),
    });
    const plan = planOk(report([wr]));
    expect(plan.warnings).toEqual([
      'clinical-notes: air-gapped: copy the weights of meta-llama/Llama-3.1-70B-Instruct into the cluster (the pods run with HF_HUB_OFFLINE=1) and point MODEL at them.',
      'clinical-notes: int4-awq needs an AWQ INT4 checkpoint of meta-llama/Llama-3.1-70B-Instruct; set MODEL before starting.',
      'clinical-notes: tensor parallel 16 exceeds 8 GPUs per node; multi-node serving is not generated.',
    ]);
    expect(plan.readme).toContain('## Warnings');
    const env = plan.selfHosted[0]?.manifests.deployment.spec?.template.spec?.containers[0]?.env?.[0];
    expect(env).toEqual({ name: 'MODEL', value: '/models/llama-3.1-70b-instruct-int4-awq' });
    expect(plan.selfHosted[0]?.manifests.deployment.spec?.template.spec?.containers[0]?.env?.at(-1)).toEqual({ name: 'HF_HUB_OFFLINE', value: '1' });
  });
});

describe('planDeployment: bad input', () => {
  it('fails, naming the workload, when data must stay in-house but nothing can be self-hosted', () => {
    const wr = workloadReport({ name: 'clinical-notes', dataMayLeave: 'own-infrastructure-only', allowedDestinations: 'self-hosted-only', analysis: { ...analysis(null), infeasibleReason: 'no GPU fits 405B' } });
    const result = planDeployment({ profile: profile(), report: report([wr]), catalog });
    expect(result).toEqual({ ok: false, issues: [{ path: 'workloads.clinical-notes', message: expect.stringContaining('none can be deployed: no GPU fits 405B') }] });
  });

  it('fails on a workload the profile does not have, and on a bad namespace', () => {
    const p = profile({ ...profileInput, workloads: profileInput.workloads.slice(0, 1) });
    const result = planDeployment({ profile: p, report: report(), catalog });
    expect(result.ok ? [] : result.issues.map((i) => i.path)).toEqual(['workloads.support_chat', 'workloads.marketing', 'workloads.eu-summaries']);
    const ns = planDeployment({ profile: profile(), report: report(), catalog, options: { namespace: 'Bad_NS' } });
    expect(ns.ok ? [] : ns.issues.map((i) => i.path)).toEqual(['namespace']);
  });

  it('leaves out, with a warning, a closed model whose provider does not offer what the data needs', () => {
    const wr = workloadReport({
      name: 'marketing',
      dataMayLeave: 'with-baa-and-zdr',
      allowedDestinations: 'closed-with-baa-zdr',
      recommendation: { openModel: null, precision: null, gpu: null, gpuCount: null, closedModel: 'gemini-3.5-flash' },
      analysis: analysis(deployment({ modelId: 'llama-3.1-8b-instruct', gpuId: 'l4', tensorParallel: 1, replicas: 1, gpuCount: 1 })),
    });
    const plan = planOk(report([wr]));
    expect(plan.gateway.routes[0]?.default).toEqual(['marketing-self-hosted']);
    expect(plan.warnings).toEqual([expect.stringContaining('Google (Vertex AI) does not offer what data-may-leave level with-baa-and-zdr needs')]);
  });
});
