import { Deployment } from 'kubernetes-models/apps/v1/Deployment';
import { PodDisruptionBudget } from 'kubernetes-models/policy/v1/PodDisruptionBudget';
import { ConfigMap } from 'kubernetes-models/v1/ConfigMap';
import { PersistentVolumeClaim } from 'kubernetes-models/v1/PersistentVolumeClaim';
import { Service } from 'kubernetes-models/v1/Service';
import { describe, expect, it } from 'vitest';
import { parse, parseAllDocuments } from 'yaml';
import { parseGatewayConfig } from '../routing/index.js';
import { gatewayManifests, gatewayManifestsYaml } from './gateway-k8s.js';

const YAML = `# header comment
listen: 127.0.0.1:8787
# store comment
store: sqlite:./switchboard.db
destinations:
  gpt: { kind: third-party, api: openai, baseUrl: https://api.openai.com/v1, model: gpt-6-luna, apiKeyEnv: OPENAI_API_KEY }
routes:
  - { workload: chat, dataMayLeave: anywhere, default: [gpt] }
keys: []
`;

const input = (store: string) => ({ namespace: 'switchboard', gatewayYaml: YAML, store, apiKeyEnvs: ['OPENAI_API_KEY', 'OPENAI_API_KEY'], drainTimeoutMs: 30_000 });

describe('gatewayManifests', () => {
  it('with PostgreSQL: two replicas, a rolling update that never drops below them, a PDB keeping one, and every object valid', () => {
    const m = gatewayManifests(input('postgres://switchboard@db:5432/switchboard'));
    for (const v of [new Deployment(m.deployment), new Service(m.service), new PodDisruptionBudget(m.pdb), new ConfigMap(m.configMap)]) expect(() => v.validate()).not.toThrow();
    expect(m.pvc).toBeNull();
    expect(m.deployment.spec?.replicas).toBe(2);
    expect(m.deployment.spec?.strategy).toEqual({ type: 'RollingUpdate', rollingUpdate: { maxSurge: 1, maxUnavailable: 0 } });
    expect(m.pdb.spec).toMatchObject({ minAvailable: 1 });
    const c = m.deployment.spec!.template.spec!.containers[0]!;
    expect(c.readinessProbe?.httpGet).toEqual({ path: '/readyz', port: 'admin' });
    expect(c.livenessProbe?.httpGet).toEqual({ path: '/healthz', port: 'admin' });
    expect(c.env?.map((e) => e.name)).toEqual(['OPENAI_API_KEY', 'SWITCHBOARD_STORE_PASSWORD']);
    expect(c.securityContext).toMatchObject({ readOnlyRootFilesystem: true, allowPrivilegeEscalation: false });
    expect(m.deployment.spec!.template.spec!.securityContext).toMatchObject({ runAsNonRoot: true });
    expect(m.deployment.spec!.template.spec!.terminationGracePeriodSeconds).toBeGreaterThan(30);
  });

  it('the pods run a gateway.yaml the gateway accepts: all interfaces, the shared store, the password from the environment, comments kept', () => {
    const m = gatewayManifests(input('postgres://switchboard@db:5432/switchboard'));
    const text = m.configMap.data!['gateway.yaml']!;
    expect(text).toContain('# store comment');
    const cfg = parseGatewayConfig(parse(text));
    expect(cfg.ok && cfg.value).toMatchObject({ listen: '0.0.0.0:8787', store: 'postgres://switchboard@db:5432/switchboard', ops: { adminListen: '0.0.0.0:9464', storePasswordEnv: 'SWITCHBOARD_STORE_PASSWORD', drainTimeoutMs: 30_000 } });
  });

  it('with SQLite: one replica recreated on a volume claim, and a PDB that does not block node drains', () => {
    const m = gatewayManifests(input('sqlite:/data/switchboard.db'));
    expect(() => new PersistentVolumeClaim(m.pvc!).validate()).not.toThrow();
    expect(m.deployment.spec?.replicas).toBe(1);
    expect(m.deployment.spec?.strategy).toEqual({ type: 'Recreate' });
    expect(m.pdb.spec).toMatchObject({ maxUnavailable: 1 });
    expect(m.deployment.spec!.template.spec!.volumes?.map((v) => v.name)).toContain('data');
  });

  it('writes one multi-document YAML file', () => {
    const docs = parseAllDocuments(gatewayManifestsYaml(gatewayManifests(input('postgres://u@h/db')), 'line one\nline two'));
    expect(docs.map((d) => (d.toJS() as { kind: string }).kind)).toEqual(['ConfigMap', 'Deployment', 'Service', 'PodDisruptionBudget']);
  });
});
