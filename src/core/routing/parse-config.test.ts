import { describe, expect, it } from 'vitest';
import type { GatewayConfigInput } from './config-schema.js';
import { parseGatewayConfig, routePolicies } from './parse-config.js';
import { checkAddress, checkUpstreamUrl, classifyIp, isPrivateHost } from './ssrf.js';

const base = (): GatewayConfigInput => ({
  destinations: {
    'local-llama': { kind: 'self-hosted', api: 'openai', baseUrl: 'http://10.0.0.5:8000/v1', model: 'meta-llama/Llama-3.1-8B-Instruct' },
    gpt: { kind: 'third-party', api: 'openai', baseUrl: 'https://api.openai.com/v1', apiKeyEnv: 'OPENAI_API_KEY', model: 'gpt-6-luna' },
  },
  routes: [{ workload: 'clinical-notes', dataMayLeave: 'with-baa-and-zdr', sensitive: ['local-llama'], default: ['gpt', 'local-llama'] }],
  keys: [{ id: 'notes-app', workload: 'clinical-notes', sha256: 'a'.repeat(64) }],
});

const messages = (cfg: unknown): string[] => {
  const r = parseGatewayConfig(cfg);
  return r.ok ? [] : r.issues.map((i) => `${i.path}: ${i.message}`);
};

describe('parseGatewayConfig', () => {
  it('accepts the issue example, fills defaults and freezes the result', () => {
    const r = parseGatewayConfig(base());
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.value.listen).toBe('127.0.0.1:8787');
    expect(r.value.routes[0]?.dataMayLeave).toBe('with-baa-and-zdr');
    const strictest = base();
    strictest.routes[0] = { workload: 'clinical-notes', default: ['local-llama'] };
    const d = parseGatewayConfig(strictest);
    expect(d.ok && d.value.routes[0]?.dataMayLeave).toBe('own-infrastructure-only');
    expect(Object.isFrozen(r.value.destinations.gpt)).toBe(true);
    expect(routePolicies(r.value).get('clinical-notes')?.sensitive.map((d) => d.name)).toEqual(['local-llama']);
  });

  it('refuses a third party in any list of a workload whose data may not leave, naming the field (issue 14: it started and took missed PHI)', () => {
    for (const level of ['own-infrastructure-only', 'air-gapped'] as const) {
      const cfg = base();
      cfg.routes[0]!.dataMayLeave = level;
      expect(messages(cfg)).toEqual([`routes[0].default[0]: "gpt" is a third party: no request of a workload with dataMayLeave: ${level} may go to one, sensitive or not (the detector can miss)`]);
      cfg.routes[0]!.default = ['local-llama'];
      cfg.routes[0]!.sensitive = ['local-llama', 'gpt'];
      expect(messages(cfg)).toEqual([`routes[0].sensitive[1]: "gpt" is a third party: no request of a workload with dataMayLeave: ${level} may go to one, sensitive or not (the detector can miss)`]);
      // Covered or not, a third party stays out.
      Object.assign(cfg.destinations.gpt!, { baa: true, zeroDataRetention: true });
      expect(messages(cfg)).toHaveLength(1);
    }
  });

  it('refuses a sensitive list naming a third party without operator-asserted coverage, at every level that lets data leave', () => {
    const cfg = base();
    cfg.routes[0]!.sensitive = ['local-llama', 'gpt'];
    cfg.routes[0]!.dataMayLeave = 'anywhere';
    expect(messages(cfg)).toEqual(['routes[0].sensitive[1]: "gpt" is a third party not covered for sensitive data: a third party in a sensitive list needs baa: true and zeroDataRetention: true, asserted by the operator once the signed BAA and the zero-retention approval are verified']);
    cfg.routes[0]!.dataMayLeave = 'with-baa-and-zdr';
    expect(messages(cfg)[0]).toMatch(/baa: true and zeroDataRetention: true/);
    Object.assign(cfg.destinations.gpt!, { baa: true, zeroDataRetention: true });
    expect(messages(cfg)).toEqual([]);
    cfg.routes[0]!.dataMayLeave = 'in-region';
    expect(messages(cfg)[0]).toMatch(/needs a region/);
  });

  it('names unknown destinations, unknown fields and bad values', () => {
    const cfg = base();
    cfg.routes[0]!.default = ['gtp'];
    expect(messages(cfg)).toEqual(['routes[0].default[0]: unknown destination "gtp" (did you mean "gpt"?); known: local-llama, gpt']);
    const typo = { ...base(), listn: 'x' };
    expect(messages(typo)[0]).toMatch(/^listn: unknown field/);
    const kind = base();
    (kind.destinations.gpt as { kind: string }).kind = 'cloud';
    expect(messages(kind)[0]).toMatch(/^destinations\.gpt\.kind: expected one of self-hosted \| third-party/);
  });

  it('refuses keys for unknown workloads and duplicates', () => {
    const cfg = base();
    cfg.keys = [
      { id: 'a', workload: 'clinical-notez', sha256: 'b'.repeat(64) },
      { id: 'a', workload: 'clinical-notes', sha256: 'b'.repeat(64) },
    ];
    expect(messages(cfg)).toEqual([
      'keys[0].workload: no route for workload "clinical-notez" (did you mean "clinical-notes"?)',
      'keys[1].id: duplicate key id "a"',
      'keys[1].sha256: the same key is listed twice',
    ]);
  });

  it('applies the SSRF guard to base URLs', () => {
    const cfg = base();
    cfg.destinations.gpt!.baseUrl = 'http://169.254.169.254/latest';
    expect(messages(cfg)).toEqual(['destinations.gpt.baseUrl: 169.254.169.254 is a cloud metadata or link-local address']);
    cfg.destinations.gpt!.baseUrl = 'http://127.0.0.1:9000/v1';
    expect(messages(cfg)[0]).toMatch(/private or loopback address \(loopback\); a third-party destination needs allowPrivateNetwork: true/);
    cfg.destinations.gpt!.allowPrivateNetwork = true;
    expect(messages(cfg)).toEqual([]);
  });
});

describe('SSRF guard', () => {
  const third = { kind: 'third-party' as const, allowPrivateNetwork: false };
  const selfHosted = { kind: 'self-hosted' as const, allowPrivateNetwork: false };

  it('unmaps IPv4-mapped, translated, NAT64, compatible, 6to4 and Teredo addresses before classifying (issue 14: [::ffff:169.254.169.254] was accepted)', () => {
    expect(classifyIp('::ffff:169.254.169.254')).toEqual({ class: 'metadata', range: 'metadata', embedded: '169.254.169.254' });
    expect(classifyIp('[::ffff:7f00:1]')).toMatchObject({ class: 'private', range: 'loopback', embedded: '127.0.0.1' });
    expect(classifyIp('64:ff9b::a9fe:a9fe')).toMatchObject({ class: 'metadata', embedded: '169.254.169.254' });
    expect(classifyIp('64:ff9b:1::a00:1')).toMatchObject({ class: 'private', embedded: '10.0.0.1' });
    expect(classifyIp('::ffff:0:a00:1')).toMatchObject({ class: 'private', embedded: '10.0.0.1' });
    expect(classifyIp('::7f00:1')).toMatchObject({ class: 'private', embedded: '127.0.0.1' });
    expect(classifyIp('2002:a9fe:a9fe::1')).toMatchObject({ class: 'metadata', embedded: '169.254.169.254' });
    expect(classifyIp('2001:0:4136:e378:8000:63bf:80ff:fffe')).toMatchObject({ embedded: '127.0.0.1', class: 'private' });
    expect(classifyIp('::ffff:8.8.8.8')).toMatchObject({ class: 'public', embedded: '8.8.8.8' });
    expect(classifyIp('api.openai.com')).toBeNull();
  });

  it('classifies every special-purpose range, and refuses metadata and special ones for every destination', () => {
    const cases: [string, string][] = [
      ['198.18.0.1', 'special'], ['198.19.255.1', 'special'], ['224.0.0.1', 'special'], ['239.1.1.1', 'special'], ['255.255.255.255', 'special'],
      ['0.0.0.0', 'special'], ['240.0.0.1', 'special'], ['192.0.2.1', 'special'], ['203.0.113.9', 'special'], ['192.0.0.192', 'metadata'],
      ['169.254.169.254', 'metadata'], ['169.254.170.2', 'metadata'], ['169.254.1.1', 'metadata'], ['100.100.100.200', 'metadata'], ['fd00:ec2::254', 'metadata'], ['fe80::1', 'metadata'],
      ['127.0.0.1', 'private'], ['10.1.2.3', 'private'], ['172.16.0.1', 'private'], ['192.168.1.1', 'private'], ['100.64.0.1', 'private'], ['::1', 'private'], ['fd12::1', 'private'],
      ['::', 'special'], ['ff02::1', 'special'], ['2001:db8::1', 'special'], ['100::1', 'special'], ['fec0::1', 'special'], ['4000::1', 'special'],
      ['8.8.8.8', 'public'], ['172.32.0.1', 'public'], ['2606:4700::1', 'public'],
    ];
    expect(cases.map(([ip]) => [ip, classifyIp(ip)?.class])).toEqual(cases);
    for (const [ip, cls] of cases) {
      const refusedForAll = cls === 'metadata' || cls === 'special';
      expect(checkAddress(ip, { kind: 'self-hosted', allowPrivateNetwork: true }) !== null, ip).toBe(refusedForAll);
      expect(checkAddress(ip, third) !== null, ip).toBe(cls !== 'public');
    }
  });

  it('applies the same check to configured URL literals (the issue list)', () => {
    expect(checkUpstreamUrl('https://[::ffff:169.254.169.254]/', { ...selfHosted, allowPrivateNetwork: true })).toMatch(/::ffff:a9fe:a9fe\] \(carrying 169.254.169.254\) is a cloud metadata/);
    expect(checkUpstreamUrl('https://[::ffff:127.0.0.1]/v1', third)).toMatch(/carrying 127.0.0.1\) is a private or loopback address \(loopback\)/);
    expect(checkUpstreamUrl('https://[64:ff9b::a9fe:a9fe]/', selfHosted)).toMatch(/metadata/);
    expect(checkUpstreamUrl('https://198.18.0.1/v1', selfHosted)).toMatch(/special-purpose address \(reserved\)/);
    expect(checkUpstreamUrl('https://224.0.0.1/v1', selfHosted)).toMatch(/special-purpose address \(multicast\)/);
    // The WHATWG parser normalises numeric forms first: 0x7f.1 is 127.0.0.1.
    expect(checkUpstreamUrl('https://0x7f.1/v1', third)).toMatch(/127.0.0.1 is a private or loopback/);
    expect(checkUpstreamUrl('https://2852039166/', selfHosted)).toMatch(/169.254.169.254 is a cloud metadata/);
    expect(checkUpstreamUrl('https://metadata.google.internal./', selfHosted)).toMatch(/metadata/);
  });

  it('classifies private, loopback, link-local and public hosts', () => {
    for (const h of ['127.0.0.1', '10.1.2.3', '172.16.0.1', '192.168.1.1', '169.254.1.1', '100.64.0.1', '0.0.0.0', 'localhost', '[::1]', 'fd00::1', 'fe80::1', '::ffff:127.0.0.1']) expect(isPrivateHost(h), h).toBe(true);
    for (const h of ['8.8.8.8', 'api.openai.com', '172.32.0.1', '[2606:4700::1]']) expect(isPrivateHost(h), h).toBe(false);
  });
  it('refuses metadata hosts even for self-hosted, non-http schemes and credentials in URLs', () => {
    expect(checkUpstreamUrl('http://169.254.169.254/', { kind: 'self-hosted', allowPrivateNetwork: true })).toMatch(/metadata/);
    expect(checkUpstreamUrl('http://metadata.google.internal/', { kind: 'self-hosted', allowPrivateNetwork: false })).toMatch(/metadata/);
    expect(checkUpstreamUrl('file:///etc/passwd', { kind: 'self-hosted', allowPrivateNetwork: false })).toMatch(/expected http or https/);
    expect(checkUpstreamUrl('https://u:p@api.example.com/', { kind: 'third-party', allowPrivateNetwork: false })).toMatch(/credentials/);
    expect(checkUpstreamUrl('http://api.example.com/', { kind: 'third-party', allowPrivateNetwork: false })).toMatch(/must use https/);
    expect(checkUpstreamUrl('http://10.0.0.5:8000/v1', { kind: 'self-hosted', allowPrivateNetwork: false })).toBeNull();
  });
});
