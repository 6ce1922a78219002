import type { IDeployment } from 'kubernetes-models/apps/v1/Deployment';
import type { IHorizontalPodAutoscaler } from 'kubernetes-models/autoscaling/v2/HorizontalPodAutoscaler';
import type { IService } from 'kubernetes-models/v1/Service';
import { stringify } from 'yaml';
import type { Gpu, OpenModel } from '../catalog/index.js';
import type { OpenDeployment } from '../cost/contract.js';
import { vllmArgs, type VllmLaunch } from './vllm.js';

/** Device-plugin resource and vLLM image per GPU vendor; a vendor without one cannot be planned. */
export const GPU_VENDORS: Partial<Record<Gpu['vendor'], { resource: string; image: string }>> = {
  nvidia: { resource: 'nvidia.com/gpu', image: 'vllm/vllm-openai:v0.11.0' },
  amd: { resource: 'amd.com/gpu', image: 'rocm/vllm:latest' },
  intel: { resource: 'gpu.intel.com/i915', image: 'intel/vllm:latest' },
};

/** Node label the operator puts on GPU nodes; a neutral key because device-plugin product labels differ by vendor and driver. */
export const GPU_NODE_LABEL = 'switchboard.dev/gpu';
/** The queue-depth metric the autoscaler follows: requests vLLM has accepted but not yet scheduled. */
export const QUEUE_METRIC = 'vllm:num_requests_waiting';

export interface K8sManifests {
  deployment: IDeployment;
  service: IService;
  hpa: IHorizontalPodAutoscaler;
}

export interface K8sInput {
  slug: string;
  workload: string;
  namespace: string;
  port: number;
  launch: VllmLaunch;
  model: OpenModel;
  gpu: Gpu;
  deployment: OpenDeployment;
  maxReplicaFactor: number;
  /** Air-gapped: weights come from a local mirror, never from the Hugging Face Hub. */
  offline: boolean;
}

/** Waiting requests per pod the autoscaler aims at: a tenth of a replica's batch, so a queued request waits briefly. */
export const queueTarget = (maxNumSeqs: number): number => Math.max(1, Math.round(maxNumSeqs * 0.1));

export function k8sManifests(input: K8sInput): K8sManifests | null {
  const vendor = GPU_VENDORS[input.gpu.vendor];
  if (!vendor) return null;
  const { slug, namespace, port, deployment, launch } = input;
  const name = `${slug}-vllm`;
  const tp = deployment.tensorParallel;
  const labels = { 'app.kubernetes.io/name': 'vllm', 'app.kubernetes.io/instance': name, 'app.kubernetes.io/part-of': 'switchboard' };
  const selector = { 'app.kubernetes.io/instance': name };
  const probe = (periodSeconds: number, failureThreshold: number) => ({ httpGet: { path: '/health', port: 'http' }, periodSeconds, failureThreshold });
  const maxNumSeqs = Math.max(1, Math.floor(deployment.maxConcurrencyPerReplica));
  const metadata = { name, namespace, labels, annotations: { 'switchboard.dev/workload': input.workload, 'switchboard.dev/model': input.model.hfRepo } };

  const dep: IDeployment = {
    apiVersion: 'apps/v1',
    kind: 'Deployment',
    metadata,
    spec: {
      replicas: deployment.replicas,
      selector: { matchLabels: selector },
      // No spare GPUs to surge onto: replace one pod at a time.
      strategy: { type: 'RollingUpdate', rollingUpdate: { maxSurge: 0, maxUnavailable: 1 } },
      template: {
        metadata: { labels },
        spec: {
          nodeSelector: { [GPU_NODE_LABEL]: input.gpu.id },
          tolerations: [{ key: vendor.resource, operator: 'Exists', effect: 'NoSchedule' }],
          terminationGracePeriodSeconds: 60,
          containers: [
            {
              name: 'vllm',
              image: vendor.image,
              command: ['vllm', 'serve'],
              args: vllmArgs(launch, '$(MODEL)'),
              env: [
                { name: 'MODEL', value: launch.model },
                { name: 'HF_TOKEN', valueFrom: { secretKeyRef: { name: 'hf-token', key: 'token', optional: true } } },
                ...(input.offline ? [{ name: 'HF_HUB_OFFLINE', value: '1' }] : []),
              ],
              ports: [{ name: 'http', containerPort: port }],
              resources: {
                limits: { [vendor.resource]: tp },
                requests: { [vendor.resource]: tp, cpu: String(4 * tp), memory: `${16 * tp}Gi` },
              },
              // Loading weights can take minutes; liveness only starts once the startup probe passes.
              startupProbe: probe(10, 90),
              readinessProbe: probe(5, 3),
              livenessProbe: probe(15, 4),
              volumeMounts: [
                { name: 'shm', mountPath: '/dev/shm' },
                { name: 'hf-cache', mountPath: '/root/.cache/huggingface' },
              ],
            },
          ],
          volumes: [
            // Tensor-parallel workers exchange activations through shared memory.
            { name: 'shm', emptyDir: { medium: 'Memory', sizeLimit: '8Gi' } },
            { name: 'hf-cache', emptyDir: {} },
          ],
        },
      },
    },
  };

  const service: IService = {
    apiVersion: 'v1',
    kind: 'Service',
    metadata,
    spec: { type: 'ClusterIP', selector, ports: [{ name: 'http', port, targetPort: 'http', protocol: 'TCP' }] },
  };

  const hpa: IHorizontalPodAutoscaler = {
    apiVersion: 'autoscaling/v2',
    kind: 'HorizontalPodAutoscaler',
    metadata,
    spec: {
      scaleTargetRef: { apiVersion: 'apps/v1', kind: 'Deployment', name },
      // The cost model priced the sized replica count all month, so never scale below it.
      minReplicas: Math.max(1, deployment.replicas),
      maxReplicas: Math.max(deployment.replicas + 1, Math.ceil(deployment.replicas * input.maxReplicaFactor)),
      metrics: [
        {
          type: 'Pods',
          pods: { metric: { name: QUEUE_METRIC }, target: { type: 'AverageValue', averageValue: String(queueTarget(maxNumSeqs)) } },
        },
      ],
      behavior: {
        scaleUp: { stabilizationWindowSeconds: 60, policies: [{ type: 'Pods', value: 1, periodSeconds: 120 }] },
        // GPU pods take minutes to load a model: scale down slowly so a dip does not cause a cold start.
        scaleDown: { stabilizationWindowSeconds: 600, policies: [{ type: 'Pods', value: 1, periodSeconds: 300 }] },
      },
    },
  };
  return { deployment: dep, service, hpa };
}

/** A multi-document YAML file, Deployment then Service then HorizontalPodAutoscaler. */
export function manifestsYaml(m: K8sManifests, header: string): string {
  const docs = [m.deployment, m.service, m.hpa].map((o) => stringify(o, { lineWidth: 0, aliasDuplicateObjects: false }));
  const comment = header
    .split('\n')
    .map((l) => (l ? `# ${l}` : '#'))
    .join('\n');
  return `${comment}\n${docs.join('---\n')}`;
}
