import { GPU_MEMORY_UTILIZATION, HOURS_PER_MONTH } from '../capacity/index.js';
import { findClosedModel, findGpu, findOpenModel, providerOf, type Catalog } from '../catalog/index.js';
import { contextRequirement } from '../decision/context.js';
import { strictness, type Workload } from '../profile/index.js';
import type { WorkloadReport } from '../report/types.js';
import { fail, issue, ok, type Issue, type Result } from '../result.js';
import { CLOSED_ENDPOINTS } from './endpoints.js';
import { buildGatewayConfig, closedPolicy, gatewayYaml, type ClosedTarget, type RouteTarget } from './gateway-config.js';
import { GATEWAY_IMAGE, GATEWAY_SECRET, gatewayManifests, gatewayManifestsYaml } from './gateway-k8s.js';
import { k8sManifests, manifestsYaml } from './k8s.js';
import { localAlternative } from './local-alternative.js';
import { workloadSlugs } from './names.js';
import { operatorReadme } from './readme.js';
import type { DeploymentPlan, GeneratedFile, PlanInput, PlanOptions, SelfHostedPlan } from './types.js';
import { maxModelLength, vllmLaunch, vllmScript } from './vllm.js';

export const DEFAULT_PLAN_OPTIONS: PlanOptions = {
  namespace: 'switchboard',
  gatewayStore: 'sqlite:/data/switchboard.db',
  port: 8000,
  // The share the capacity model sized the KV cache with, so --max-num-seqs fits.
  gpuMemoryUtilization: GPU_MEMORY_UTILIZATION,
  maxReplicaFactor: 2,
};

function optionIssues(o: PlanOptions): Issue[] {
  const issues: Issue[] = [];
  if (!/^[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?$/.test(o.namespace)) issues.push(issue('namespace', `expected a Kubernetes namespace (lower-case letters, digits and "-", at most 63), got "${o.namespace}"`));
  if (!Number.isInteger(o.port) || o.port < 1 || o.port > 65535) issues.push(issue('port', `expected a port 1-65535, got ${o.port}`));
  if (!(o.gpuMemoryUtilization > 0 && o.gpuMemoryUtilization <= 1)) issues.push(issue('gpuMemoryUtilization', `expected a share in (0, 1], got ${o.gpuMemoryUtilization}`));
  if (!(o.maxReplicaFactor >= 1)) issues.push(issue('maxReplicaFactor', `expected a number >= 1, got ${o.maxReplicaFactor}`));
  return issues;
}

/** A workload always gets a self-hosted server when its verdict is open or its data may not leave the team's infrastructure. */
export const needsSelfHosted = (w: Pick<WorkloadReport, 'verdict' | 'dataMayLeave'>): boolean =>
  w.verdict === 'open' || strictness(w.dataMayLeave) >= strictness('own-infrastructure-only');

const closedAllowed = (w: WorkloadReport): boolean => w.allowedDestinations !== 'self-hosted-only' && w.allowedDestinations !== 'air-gapped-self-hosted';

interface SelfHostedContext {
  wr: WorkloadReport;
  workload: Workload;
  slug: string;
  catalog: Catalog;
  options: PlanOptions;
}

function planSelfHosted(ctx: SelfHostedContext): Result<SelfHostedPlan> {
  const { wr, workload, slug, options } = ctx;
  const at = `workloads.${wr.name}`;
  const open = wr.analysis?.open;
  if (!open) {
    const why = wr.analysis?.infeasibleReason ?? 'the assessment sized no self-hosted deployment';
    return fail([issue(at, `needs a self-hosted model (verdict ${wr.verdict}, data may leave: ${wr.dataMayLeave}) but none can be deployed: ${why}`)]);
  }
  const deployment = open.deployment;
  const model = findOpenModel(ctx.catalog, deployment.modelId);
  const gpu = findGpu(ctx.catalog, deployment.gpuId);
  if (!model.ok || !gpu.ok) return fail([...(model.ok ? [] : model.issues), ...(gpu.ok ? [] : gpu.issues)].map((i) => issue(`${at}.${i.path}`, i.message)));
  const maxModelLen = maxModelLength(workload, model.value);
  if (maxModelLen === null) {
    return fail([issue(`${at}.maxContextTokens`, `${model.value.name} holds ${model.value.maxContextTokens} tokens of context, the workload needs ${contextRequirement(workload).tokens}: re-run the assessment, which only recommends models whose window holds it`)]);
  }
  const launch = vllmLaunch({ model: model.value, deployment, maxModelLen, port: options.port, gpuMemoryUtilization: options.gpuMemoryUtilization });
  const manifests = k8sManifests({ slug, workload: wr.name, namespace: options.namespace, port: options.port, launch, model: model.value, gpu: gpu.value, deployment, maxReplicaFactor: options.maxReplicaFactor, offline: wr.dataMayLeave === 'air-gapped' });
  if (!manifests) return fail([issue(`${at}.gpu`, `no Kubernetes device plugin is known for ${gpu.value.name} (vendor ${gpu.value.vendor}); pick an NVIDIA, AMD or Intel GPU`)]);
  return ok({
    workload: wr.name,
    slug,
    destination: `${slug}-self-hosted`,
    serviceUrl: `http://${slug}-vllm.${options.namespace}.svc:${options.port}/v1`,
    model: model.value,
    gpu: gpu.value,
    deployment,
    maxModelLen,
    monthlyUsd: open.cost.monthlyUsd,
    gpuMonthlyUsd: open.cost.gpuMonthlyUsd,
    infraMonthlyUsd: open.cost.gpuMonthlyUsd + open.cost.facilitiesMonthlyUsd,
    vllm: launch,
    alternative: localAlternative({ workload: wr.name, model: model.value, deployment, maxModelLen, port: options.port }),
    manifests,
  });
}

function planClosed(wr: WorkloadReport, catalog: Catalog, region: RouteTarget['region'], warnings: string[]): ClosedTarget | null {
  const id = wr.recommendation.closedModel;
  if (id === null || !closedAllowed(wr)) return null;
  const model = findClosedModel(catalog, id);
  const provider = model.ok ? providerOf(catalog, model.value) : undefined;
  if (!model.ok || !provider) {
    warnings.push(`${wr.name}: closed model "${id}" or its provider is not in the catalog; the route has no closed destination.`);
    return null;
  }
  const endpoint = CLOSED_ENDPOINTS[provider.id];
  if (!endpoint) {
    warnings.push(`${wr.name}: no API endpoint is known for provider "${provider.id}"; add a destination for ${id} to gateway.yaml by hand.`);
    return null;
  }
  if (!closedPolicy(wr.dataMayLeave, provider, region).usable) {
    warnings.push(`${wr.name}: ${provider.name} does not offer what data-may-leave level ${wr.dataMayLeave}${wr.dataMayLeave === 'in-region' ? ` (${region ?? 'no region given'})` : ''} needs; ${id} is left out of the route.`);
    return null;
  }
  return { model: model.value, provider, endpoint };
}

const file = (path: string, content: string, executable = false): GeneratedFile => ({ path, content, executable });

/** Turns an assessment into the gateway config, a model server per self-hosted workload, and the operator's README. */
export function planDeployment(input: PlanInput): Result<DeploymentPlan> {
  const { profile, report, catalog } = input;
  const options: PlanOptions = { ...DEFAULT_PLAN_OPTIONS, ...input.options };
  const issues = optionIssues(options);
  if (issues.length > 0) return fail(issues);
  const slugs = workloadSlugs(report.workloads.map((w) => w.name));
  const warnings: string[] = [];
  const targets: RouteTarget[] = [];
  const selfHosted: SelfHostedPlan[] = [];
  for (const wr of report.workloads) {
    const workload = profile.workloads.find((w) => w.name === wr.name);
    if (!workload) {
      issues.push(issue(`workloads.${wr.name}`, 'is in the assessment but not in the profile'));
      continue;
    }
    const region = workload.region ?? profile.team.region;
    let hosted: SelfHostedPlan | null = null;
    if (needsSelfHosted(wr)) {
      const planned = planSelfHosted({ wr, workload, slug: slugs.get(wr.name) ?? wr.name, catalog, options });
      if (!planned.ok) {
        issues.push(...planned.issues);
        continue;
      }
      hosted = planned.value;
      selfHosted.push(hosted);
      if (!hosted.deployment.meetsLatencySlo) warnings.push(`${wr.name}: the sized deployment does not meet the workload's latency target.`);
      if (wr.dataMayLeave === 'air-gapped') warnings.push(`${wr.name}: air-gapped: copy the weights of ${hosted.model.hfRepo} into the cluster (the pods run with HF_HUB_OFFLINE=1) and point MODEL at them.`);
      if (hosted.vllm.checkpointNote) warnings.push(`${wr.name}: ${hosted.vllm.checkpointNote}; set MODEL before starting.`);
      if (hosted.deployment.tensorParallel > hosted.gpu.maxPerNode) {
        warnings.push(`${wr.name}: tensor parallel ${hosted.deployment.tensorParallel} exceeds ${hosted.gpu.maxPerNode} GPUs per node; multi-node serving is not generated.`);
      }
    }
    const closed = planClosed(wr, catalog, region, warnings);
    if (!hosted && !closed) {
      issues.push(issue(`workloads.${wr.name}`, 'has no destination: no self-hosted deployment and no closed model its data policy allows'));
      continue;
    }
    targets.push({
      workload: wr.name,
      verdict: wr.verdict,
      dataMayLeave: wr.dataMayLeave,
      region,
      selfHosted: hosted
        ? { destination: hosted.destination, serviceUrl: hosted.serviceUrl, hfRepo: hosted.model.hfRepo, catalogModel: hosted.model.id, hourlyCostUsd: Math.round((hosted.infraMonthlyUsd / HOURS_PER_MONTH) * 100) / 100 }
        : null,
      closed,
    });
  }
  if (issues.length > 0) return fail(issues);

  const gateway = buildGatewayConfig(targets);
  const header = `Switchboard gateway for ${report.team}: generated by \`switchboard plan\` (catalog ${report.catalogVersion}).\nOne route per workload. Start it with: switchboard serve --config gateway.yaml`;
  const yamlText = gatewayYaml({ plan: gateway, targets, header });
  const readme = operatorReadme({ report, targets, gateway: gateway.config, selfHosted, namespace: options.namespace, warnings });
  const files: GeneratedFile[] = [file('README.md', readme), file('gateway.yaml', yamlText)];
  for (const s of selfHosted) {
    const summary = `${s.workload}: ${s.model.name} (${s.deployment.precision}) on ${s.deployment.gpuCount}x ${s.gpu.name}, ${s.deployment.replicas} replica(s) x ${s.deployment.tensorParallel} GPU(s).\nGenerated by \`switchboard plan\`. Apply with: kubectl apply -f ${s.slug}/k8s.yaml (see README.md).`;
    files.push(file(`${s.slug}/k8s.yaml`, manifestsYaml(s.manifests, summary)));
    if (s.alternative) files.push(file(`${s.slug}/llama-cpp.sh`, s.alternative.script, true));
    files.push(file(`${s.slug}/vllm.sh`, vllmScript({ workload: s.workload, launch: s.vllm, model: s.model, gpu: s.gpu, deployment: s.deployment }), true));
  }
  const apiKeyEnvs = Object.values(gateway.config.destinations).flatMap((d) => (d.apiKeyEnv ? [d.apiKeyEnv] : []));
  const gw = gatewayManifests({ namespace: options.namespace, gatewayYaml: yamlText, store: options.gatewayStore, apiKeyEnvs, drainTimeoutMs: 30_000 });
  files.push(file('gateway/k8s.yaml', gatewayManifestsYaml(gw, `The Switchboard gateway: ${gw.deployment.spec?.replicas ?? 1} replica(s), store ${options.gatewayStore.replace(/\/\/([^:@/]+):[^@]*@/, '//$1:***@')}.\nGenerated by \`switchboard plan\`. Build the image (docker build -t ${GATEWAY_IMAGE} .), create the Secret ${GATEWAY_SECRET}, then: kubectl apply -f gateway/k8s.yaml (see docs/deploy.md).`)));
  return ok({ gateway: gateway.config, gatewayYaml: yamlText, selfHosted, readme, files, warnings });
}
