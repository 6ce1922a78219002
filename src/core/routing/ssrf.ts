/** Pure SSRF checks on configured upstream URLs (literal hosts only; the edge may resolve names too). */

const METADATA_HOSTS = new Set(['169.254.169.254', 'metadata.google.internal', 'metadata', '100.100.100.200', 'fd00:ec2::254', '[fd00:ec2::254]']);

function ipv4Parts(host: string): number[] | null {
  const m = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})$/.exec(host);
  if (!m) return null;
  const parts = m.slice(1).map(Number);
  return parts.every((p) => p <= 255) ? parts : null;
}

/** Loopback, private, link-local, CGNAT, unspecified or unique-local: not a public internet address. */
export function isPrivateHost(hostname: string): boolean {
  const host = hostname.toLowerCase().replace(/^\[|\]$/g, '');
  if (host === 'localhost' || host.endsWith('.localhost') || host.endsWith('.internal') || host.endsWith('.local')) return true;
  const v4 = ipv4Parts(host.startsWith('::ffff:') ? host.slice(7) : host);
  if (v4) {
    const [a = 0, b = 0] = v4;
    return a === 0 || a === 10 || a === 127 || (a === 169 && b === 254) || (a === 172 && b >= 16 && b <= 31) || (a === 192 && b === 168) || (a === 100 && b >= 64 && b <= 127);
  }
  if (host.includes(':')) {
    return host === '::' || host === '::1' || /^f[cd]/.test(host) || /^fe[89ab]/.test(host);
  }
  return false;
}

export function isMetadataHost(hostname: string): boolean {
  const host = hostname.toLowerCase();
  return METADATA_HOSTS.has(host) || METADATA_HOSTS.has(host.replace(/^\[|\]$/g, '')) || host.startsWith('169.254.');
}

export interface UpstreamUrlPolicy {
  kind: 'self-hosted' | 'third-party';
  allowPrivateNetwork: boolean;
}

/** Returns why the URL is refused, or null when it may be called. */
export function checkUpstreamUrl(raw: string, policy: UpstreamUrlPolicy): string | null {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return 'expected an absolute http(s) URL';
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return `expected http or https, got ${url.protocol.replace(':', '')}`;
  if (url.username || url.password) return 'credentials in the URL are not allowed; use apiKeyEnv';
  if (isMetadataHost(url.hostname)) return `${url.hostname} is a cloud metadata address`;
  if (policy.kind === 'third-party' && !policy.allowPrivateNetwork && isPrivateHost(url.hostname)) {
    return `${url.hostname} is a private or loopback address; a third-party destination needs allowPrivateNetwork: true to use it`;
  }
  if (policy.kind === 'third-party' && !policy.allowPrivateNetwork && url.protocol !== 'https:') {
    return 'a third-party destination must use https (or set allowPrivateNetwork: true for a local fake)';
  }
  return null;
}
