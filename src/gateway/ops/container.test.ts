/** The Dockerfile and compose file, checked statically: no Docker engine runs in CI (docs/deploy.md has the end-to-end path). */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { DockerfileParser } from 'dockerfile-ast';
import { validate } from 'dockerfile-utils';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { parseGatewayConfig } from '../../core/routing/index.js';

const ROOT = resolve(import.meta.dirname, '../../..');
const dockerfile = readFileSync(resolve(ROOT, 'Dockerfile'), 'utf8');

describe('Dockerfile', () => {
  it('passes dockerfile-utils validation with no diagnostics', () => {
    expect(validate(dockerfile)).toEqual([]);
  });

  it('is multi-stage, builds better-sqlite3 from source in the build stage, and runs as a non-root user with a health check', () => {
    const df = DockerfileParser.parse(dockerfile);
    const froms = df.getFROMs();
    expect(froms.map((f) => f.getBuildStage())).toEqual(['build', 'runtime']);
    const runs = df.getInstructions().filter((i) => i.getKeyword() === 'RUN').map((i) => i.getArgumentsContent() ?? '');
    expect(runs.some((r) => /npm ci .*--ignore-scripts/.test(r) && /npm rebuild better-sqlite3 --build-from-source/.test(r))).toBe(true);
    expect(runs.some((r) => /npm prune --omit=dev/.test(r))).toBe(true);
    const runtime = df.getInstructions().filter((i) => i.getRange().start.line > froms[1]!.getRange().start.line);
    const users = runtime.filter((i) => i.getKeyword() === 'USER').map((i) => i.getArgumentsContent());
    expect(users).toEqual(['node']);
    expect(runtime.map((i) => i.getKeyword())).toContain('HEALTHCHECK');
    expect(runtime.find((i) => i.getKeyword() === 'HEALTHCHECK')?.getArgumentsContent()).toMatch(/\/healthz/);
    // Nothing from the build toolchain reaches the runtime stage except the built app.
    const copies = runtime.filter((i) => i.getKeyword() === 'COPY');
    expect(copies.map((i) => `${i.getTextContent().includes('--from=build') ? 'build:' : 'context:'}${i.getArgumentsContent() ?? ''}`)).toEqual(['build:/app/package.json ./package.json', 'build:/app/node_modules ./node_modules', 'build:/app/dist ./dist']);
    expect(df.getInstructions().find((i) => i.getKeyword() === 'ENTRYPOINT')?.getArgumentsContent()).toBe('["node", "dist/cli/main.js"]');
  });
});

describe('compose.yaml', () => {
  const compose = parse(readFileSync(resolve(ROOT, 'compose.yaml'), 'utf8')) as { services: Record<string, { depends_on?: unknown; environment?: Record<string, string>; volumes?: string[]; read_only?: boolean; stop_grace_period?: string }> };

  it('runs the gateway after a healthy PostgreSQL, the password only from the environment', () => {
    expect(Object.keys(compose.services).sort()).toEqual(['gateway', 'postgres']);
    const gw = compose.services.gateway!;
    expect(gw.depends_on).toEqual({ postgres: { condition: 'service_healthy' } });
    expect(gw.environment?.SWITCHBOARD_STORE_PASSWORD).toMatch(/^\$\{SWITCHBOARD_STORE_PASSWORD:\?/);
    expect(gw.read_only).toBe(true);
    expect(gw.stop_grace_period).toBe('45s');
  });

  it('mounts a gateway.yaml the gateway accepts, with no password in it', () => {
    const text = readFileSync(resolve(ROOT, 'deploy/gateway.compose.yaml'), 'utf8');
    const cfg = parseGatewayConfig(parse(text));
    expect(cfg.ok).toBe(true);
    if (!cfg.ok) return;
    expect(cfg.value.store).toBe('postgres://switchboard@postgres:5432/switchboard');
    expect(cfg.value.ops.storePasswordEnv).toBe('SWITCHBOARD_STORE_PASSWORD');
    expect(compose.services.gateway!.volumes).toContain('./deploy/gateway.compose.yaml:/etc/switchboard/gateway.yaml:ro');
    // Every secret the config reads is passed into the container.
    const needed = [cfg.value.ops.storePasswordEnv, cfg.value.ops.metricsTokenEnv, ...Object.values(cfg.value.destinations).map((d) => d.apiKeyEnv)].filter((x): x is string => x !== undefined);
    expect(Object.keys(compose.services.gateway!.environment ?? {}).sort()).toEqual([...new Set(needed)].sort());
  });
});
