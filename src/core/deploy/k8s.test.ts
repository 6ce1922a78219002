import { Deployment } from 'kubernetes-models/apps/v1/Deployment';
import { HorizontalPodAutoscaler } from 'kubernetes-models/autoscaling/v2/HorizontalPodAutoscaler';
import { Service } from 'kubernetes-models/v1/Service';
import { describe, expect, it } from 'vitest';
import { parseAllDocuments } from 'yaml';
import { findGpu, findOpenModel } from '../catalog/index.js';
import { k8sManifests, manifestsYaml, queueTarget, type K8sInput } from './k8s.js';
import { catalog, deployment } from './test-support/fixtures.js';
import { vllmLaunch } from './vllm.js';

function input(over: { gpuId?: string; replicas?: number } = {}): K8sInput {
  const model = findOpenModel(catalog, 'llama-3.1-70b-instruct');
  const gpu = findGpu(catalog, over.gpuId ?? 'h100-sxm');
  if (!model.ok || !gpu.ok) throw new Error('catalog fixture missing');
  const dep = deployment({ gpuId: gpu.value.id, replicas: over.replicas ?? 2, gpuCount: 2 * (over.replicas ?? 2) });
  const launch = vllmLaunch({ model: model.value, deployment: dep, maxModelLen: 16_384, port: 8000, gpuMemoryUtilization: 0.9 });
  return { slug: 'clinical-notes', workload: 'clinical-notes', namespace: 'switchboard', port: 8000, launch, model: model.value, gpu: gpu.value, deployment: dep, maxReplicaFactor: 2, offline: false };
}

function manifests(over: Parameters<typeof input>[0] = {}) {
  const m = k8sManifests(input(over));
  if (!m) throw new Error('no manifests');
  return m;
}

describe('k8sManifests', () => {
  it('produces a Deployment, Service and HPA that pass the Kubernetes schemas', () => {
    const m = manifests();
    expect(() => new Deployment(m.deployment).validate()).not.toThrow();
    expect(() => new Service(m.service).validate()).not.toThrow();
    expect(() => new HorizontalPodAutoscaler(m.hpa).validate()).not.toThrow();
  });

  it('is checked by the schema, not by hand: a broken Deployment fails validation', () => {
    const m = manifests();
    const broken = { ...m.deployment, spec: { ...m.deployment.spec!, replicas: 'two' } } as unknown as typeof m.deployment;
    expect(() => new Deployment(broken).validate()).toThrow();
  });

  it('asks for tensor-parallel-size GPUs per pod on the planned GPU nodes', () => {
    const pod = manifests().deployment.spec!.template.spec!;
    const container = pod.containers[0]!;
    expect(container.resources?.limits).toEqual({ 'nvidia.com/gpu': 2 });
    expect(pod.nodeSelector).toEqual({ 'switchboard.dev/gpu': 'h100-sxm' });
    expect(pod.tolerations).toEqual([{ key: 'nvidia.com/gpu', operator: 'Exists', effect: 'NoSchedule' }]);
    expect(container.args?.slice(0, 1)).toEqual(['$(MODEL)']);
    expect(container.args?.join(' ')).toContain('--tensor-parallel-size 2 --max-model-len 16384 --gpu-memory-utilization 0.90 --max-num-seqs 48');
    expect([container.readinessProbe?.httpGet?.path, container.livenessProbe?.httpGet?.path, container.startupProbe?.httpGet?.path]).toEqual(['/health', '/health', '/health']);
    expect(manifests().deployment.spec?.replicas).toBe(2);
  });

  it('uses the AMD device plugin for AMD GPUs', () => {
    const pod = manifests({ gpuId: 'mi300x' }).deployment.spec!.template.spec!;
    expect(pod.containers[0]?.resources?.limits).toEqual({ 'amd.com/gpu': 2 });
    expect(pod.containers[0]?.image).toMatch(/^rocm\/vllm/);
  });

  it('scales on queue depth between the sized replica count and twice it', () => {
    const { hpa } = manifests({ replicas: 3 });
    expect(hpa.spec?.minReplicas).toBe(3);
    expect(hpa.spec?.maxReplicas).toBe(6);
    expect(hpa.spec?.metrics).toEqual([{ type: 'Pods', pods: { metric: { name: 'vllm:num_requests_waiting' }, target: { type: 'AverageValue', averageValue: '5' } } }]);
    expect([queueTarget(1), queueTarget(24), queueTarget(48), queueTarget(256)]).toEqual([1, 2, 5, 26]);
    expect(manifests({ replicas: 1 }).hpa.spec?.maxReplicas).toBe(2);
  });

  it('writes a multi-document YAML that reads back as the same three objects, without YAML aliases', () => {
    const m = manifests();
    const text = manifestsYaml(m, 'header line');
    expect(text.startsWith('# header line\n')).toBe(true);
    expect(text).not.toMatch(/[&*]a1/);
    const docs = parseAllDocuments(text).map((d) => d.toJS() as unknown);
    expect(docs).toEqual([m.deployment, m.service, m.hpa]);
  });
});
