import type { Catalog, Gpu, OpenModel } from '../catalog/index.js';
import type { OpenDeployment } from '../cost/contract.js';
import type { Profile } from '../profile/index.js';
import type { Report } from '../report/types.js';
import type { GatewayConfigInput } from '../routing/config-schema.js';
import type { K8sManifests } from './k8s.js';
import type { LocalAlternative } from './local-alternative.js';
import type { VllmLaunch } from './vllm.js';

/** Knobs of the generated deployment; every one has a default stated in docs/deploy.md. */
export interface PlanOptions {
  /** Kubernetes namespace the model servers run in; also part of the gateway's service URLs. */
  namespace: string;
  /** Port the model server listens on inside its pod. */
  port: number;
  /** Share of each GPU's memory vLLM may take for weights + KV cache. */
  gpuMemoryUtilization: number;
  /** Replicas the autoscaler may add above the sized count, as a multiple of it. */
  maxReplicaFactor: number;
  /** The gateway pods' usage store: SQLite on a volume (one replica) or postgres://user@host/db (two or more). */
  gatewayStore: string;
}

export interface PlanInput {
  profile: Profile;
  report: Report;
  catalog: Catalog;
  options?: Partial<PlanOptions>;
}

/** One file of the plan, relative to the output folder. */
export interface GeneratedFile {
  path: string;
  content: string;
  executable: boolean;
}

/** A workload's self-hosted model server: what runs, on what, and how to start it. */
export interface SelfHostedPlan {
  workload: string;
  /** DNS-1123 form of the workload name, used for folders, Kubernetes names and service URLs. */
  slug: string;
  /** Gateway destination name. */
  destination: string;
  serviceUrl: string;
  model: OpenModel;
  gpu: Gpu;
  deployment: OpenDeployment;
  maxModelLen: number;
  /** Monthly cost of the deployment (all-in, from the cost model) and its GPU share alone. */
  monthlyUsd: number;
  gpuMonthlyUsd: number;
  /** GPUs plus power and hosting when owned; what the gateway meters per hour. */
  infraMonthlyUsd: number;
  vllm: VllmLaunch;
  alternative: LocalAlternative | null;
  manifests: K8sManifests;
}

export interface DeploymentPlan {
  gateway: GatewayConfigInput;
  gatewayYaml: string;
  selfHosted: SelfHostedPlan[];
  readme: string;
  /** Everything `plan --out` writes, in a stable order. */
  files: GeneratedFile[];
  /** Things the operator must know that do not stop the plan (a provider with no known endpoint, say). */
  warnings: string[];
}
