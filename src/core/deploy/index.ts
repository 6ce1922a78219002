export { CLOSED_ENDPOINTS, endpointUrl, type ClosedEndpoint } from './endpoints.js';
export { buildGatewayConfig, closedPolicy, gatewayYaml, type ClosedTarget, type GatewayPlan, type RouteTarget, type SelfHostedTarget } from './gateway-config.js';
export { GPU_NODE_LABEL, GPU_VENDORS, k8sManifests, manifestsYaml, QUEUE_METRIC, queueTarget, type K8sManifests } from './k8s.js';
export { localAlternative, SMALL_MODEL_MAX_PARAMS_B, type LocalAlternative } from './local-alternative.js';
export { dnsLabel, workloadSlugs } from './names.js';
export { DEFAULT_PLAN_OPTIONS, needsSelfHosted, planDeployment } from './plan.js';
export { operatorReadme } from './readme.js';
export type { DeploymentPlan, GeneratedFile, PlanInput, PlanOptions, SelfHostedPlan } from './types.js';
export { flagValue, maxModelLength, vllmArgs, vllmLaunch, vllmScript, type VllmLaunch } from './vllm.js';
