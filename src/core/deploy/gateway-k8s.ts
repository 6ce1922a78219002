import type { IDeployment } from 'kubernetes-models/apps/v1/Deployment';
import type { IPodDisruptionBudget } from 'kubernetes-models/policy/v1/PodDisruptionBudget';
import type { IConfigMap } from 'kubernetes-models/v1/ConfigMap';
import type { IPersistentVolumeClaim } from 'kubernetes-models/v1/PersistentVolumeClaim';
import type { IService } from 'kubernetes-models/v1/Service';
import { parseDocument, stringify } from 'yaml';

/** The gateway image `docker build` makes from the repository's Dockerfile; push it to your registry and set it here. */
export const GATEWAY_IMAGE = 'switchboard-gateway:0.2.0';
export const GATEWAY_PORT = 8787;
export const ADMIN_PORT = 9464;
/** Secret holding the upstream API keys (by their apiKeyEnv names) and the store password. */
export const GATEWAY_SECRET = 'switchboard-gateway-secrets';
export const STORE_PASSWORD_ENV = 'SWITCHBOARD_STORE_PASSWORD';

export interface GatewayK8sInput {
  namespace: string;
  /** gateway.yaml as `plan` writes it; rewritten for the cluster (listen, store, admin port). */
  gatewayYaml: string;
  /** `sqlite:/data/switchboard.db` (one replica on a volume) or `postgres://user@host:5432/db` (password from the Secret). */
  store: string;
  /** Environment variables the destinations read their keys from. */
  apiKeyEnvs: readonly string[];
  drainTimeoutMs: number;
}

export interface GatewayManifests {
  configMap: IConfigMap;
  deployment: IDeployment;
  service: IService;
  pdb: IPodDisruptionBudget;
  /** Only for a SQLite store: the volume the single replica keeps it on. */
  pvc: IPersistentVolumeClaim | null;
}

/** gateway.yaml for a pod: listen on all interfaces, the shared store, the admin port for probes and scraping. */
export function clusterGatewayYaml(gatewayYaml: string, store: string, drainTimeoutMs: number): string {
  const doc = parseDocument(gatewayYaml);
  doc.set('listen', `0.0.0.0:${GATEWAY_PORT}`);
  doc.set('store', store);
  const postgres = /^postgres(ql)?:\/\//.test(store);
  doc.set('ops', { adminListen: `0.0.0.0:${ADMIN_PORT}`, drainTimeoutMs, ...(postgres ? { storePasswordEnv: STORE_PASSWORD_ENV } : {}) });
  return doc.toString({ lineWidth: 0 });
}

/** Deployment + Service + PodDisruptionBudget (+ ConfigMap, + a volume claim for SQLite) for the gateway itself. */
export function gatewayManifests(input: GatewayK8sInput): GatewayManifests {
  const name = 'switchboard-gateway';
  const { namespace } = input;
  const postgres = /^postgres(ql)?:\/\//.test(input.store);
  // Replicas share limits, budgets, keys and the audit chain only through PostgreSQL; SQLite is one pod on one volume.
  const replicas = postgres ? 2 : 1;
  const labels = { 'app.kubernetes.io/name': 'switchboard-gateway', 'app.kubernetes.io/instance': name, 'app.kubernetes.io/part-of': 'switchboard' };
  const selector = { 'app.kubernetes.io/instance': name };
  const metadata = { name, namespace, labels };
  const secretEnv = (envName: string, optional: boolean) => ({ name: envName, valueFrom: { secretKeyRef: { name: GATEWAY_SECRET, key: envName, optional } } });
  const env = [...[...new Set(input.apiKeyEnvs)].sort().map((e) => secretEnv(e, false)), ...(postgres ? [secretEnv(STORE_PASSWORD_ENV, false)] : [])];
  const probe = (path: string, periodSeconds: number, failureThreshold: number) => ({ httpGet: { path, port: 'admin' }, periodSeconds, failureThreshold, timeoutSeconds: 2 });
  const drainSeconds = Math.ceil(input.drainTimeoutMs / 1000);

  const configMap: IConfigMap = { apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: `${name}-config`, namespace, labels }, data: { 'gateway.yaml': clusterGatewayYaml(input.gatewayYaml, input.store, input.drainTimeoutMs) } };
  const deployment: IDeployment = {
    apiVersion: 'apps/v1',
    kind: 'Deployment',
    metadata,
    spec: {
      replicas,
      selector: { matchLabels: selector },
      // SQLite: the old pod must release the volume and the file before the new one opens it.
      strategy: postgres ? { type: 'RollingUpdate', rollingUpdate: { maxSurge: 1, maxUnavailable: 0 } } : { type: 'Recreate' },
      template: {
        metadata: { labels, annotations: { 'prometheus.io/scrape': 'true', 'prometheus.io/port': String(ADMIN_PORT), 'prometheus.io/path': '/metrics' } },
        spec: {
          // SIGTERM drains in-flight streams for drainTimeoutMs; the preStop pause lets endpoints drop the pod first.
          terminationGracePeriodSeconds: drainSeconds + 15,
          securityContext: { runAsNonRoot: true, runAsUser: 1000, runAsGroup: 1000, fsGroup: 1000, seccompProfile: { type: 'RuntimeDefault' } },
          containers: [
            {
              name: 'gateway',
              image: GATEWAY_IMAGE,
              args: ['serve', '--config', '/etc/switchboard/gateway.yaml'],
              ports: [
                { name: 'http', containerPort: GATEWAY_PORT, protocol: 'TCP' },
                { name: 'admin', containerPort: ADMIN_PORT, protocol: 'TCP' },
              ],
              env,
              resources: { requests: { cpu: '500m', memory: '256Mi' }, limits: { memory: '1Gi' } },
              securityContext: { allowPrivilegeEscalation: false, readOnlyRootFilesystem: true, capabilities: { drop: ['ALL'] } },
              startupProbe: probe('/healthz', 2, 30),
              livenessProbe: probe('/healthz', 10, 3),
              readinessProbe: probe('/readyz', 5, 2),
              lifecycle: { preStop: { exec: { command: ['sleep', '5'] } } },
              volumeMounts: [{ name: 'config', mountPath: '/etc/switchboard', readOnly: true }, { name: 'tmp', mountPath: '/tmp' }, ...(postgres ? [] : [{ name: 'data', mountPath: '/data' }])],
            },
          ],
          volumes: [{ name: 'config', configMap: { name: `${name}-config` } }, { name: 'tmp', emptyDir: {} }, ...(postgres ? [] : [{ name: 'data', persistentVolumeClaim: { claimName: `${name}-data` } }])],
        },
      },
    },
  };
  const service: IService = { apiVersion: 'v1', kind: 'Service', metadata, spec: { type: 'ClusterIP', selector, ports: [{ name: 'http', port: GATEWAY_PORT, targetPort: 'http', protocol: 'TCP' }] } };
  // Two replicas: keep one serving through node drains. One (SQLite): allow the eviction rather than block the drain forever.
  const pdb: IPodDisruptionBudget = { apiVersion: 'policy/v1', kind: 'PodDisruptionBudget', metadata, spec: { selector: { matchLabels: selector }, ...(replicas >= 2 ? { minAvailable: 1 } : { maxUnavailable: 1 }) } };
  const pvc: IPersistentVolumeClaim | null = postgres ? null : { apiVersion: 'v1', kind: 'PersistentVolumeClaim', metadata: { name: `${name}-data`, namespace, labels }, spec: { accessModes: ['ReadWriteOnce'], resources: { requests: { storage: '10Gi' } } } };
  return { configMap, deployment, service, pdb, pvc };
}

export function gatewayManifestsYaml(m: GatewayManifests, header: string): string {
  const docs = [m.configMap, ...(m.pvc ? [m.pvc] : []), m.deployment, m.service, m.pdb].map((o) => stringify(o, { lineWidth: 0, aliasDuplicateObjects: false }));
  return `${header
    .split('\n')
    .map((l) => (l ? `# ${l}` : '#'))
    .join('\n')}\n${docs.join('---\n')}`;
}
