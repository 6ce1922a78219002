/**
 * The one SSRF address check (pure): configured literals at start-up and every resolved address at connect time
 * go through `checkAddress`. Ranges come from ipaddr.js (IANA special-purpose registries), after unwrapping the
 * IPv4 inside IPv4-mapped, IPv4-translated, NAT64, IPv4-compatible, 6to4 and Teredo addresses.
 */
import ipaddr from 'ipaddr.js';

type IPv4 = ipaddr.IPv4;
type IPv6 = ipaddr.IPv6;

const METADATA_NAMES = new Set(['metadata.google.internal', 'metadata.goog', 'metadata', 'instance-data', 'instance-data.ec2.internal', 'metadata.azure.com']);
/** Cloud instance-metadata and credential endpoints (AWS, ECS, EKS pod identity, GCP, Azure, Alibaba, Oracle). */
const METADATA_ADDRESSES = new Set(['169.254.169.254', '169.254.170.2', '169.254.170.23', '100.100.100.200', '192.0.0.192', 'fd00:ec2::254', 'fd00:ec2::23']);

/** How an address is treated: public internet, the team's own networks, or refused for everyone. */
export type AddressClass = 'public' | 'private' | 'metadata' | 'special';

export interface AddressVerdict {
  class: AddressClass;
  /** ipaddr.js range name of the address that decided (the embedded IPv4 one when unwrapped). */
  range: string;
  /** The IPv4 address an IPv6 one carried, when it carried one. */
  embedded?: string;
}

const PRIVATE_RANGES = new Set(['private', 'loopback', 'carrierGradeNat', 'uniqueLocal']);

function stripBrackets(host: string): string {
  const h = host.toLowerCase().replace(/^\[|\]$/g, '');
  const zone = h.indexOf('%');
  return zone >= 0 ? h.slice(0, zone) : h;
}

/** A canonical IP literal (four-part decimal IPv4 or any IPv6), or null for a name. */
export function parseIp(host: string): IPv4 | IPv6 | null {
  const h = stripBrackets(host);
  if (ipaddr.IPv4.isValidFourPartDecimal(h)) return ipaddr.IPv4.parse(h);
  if (h.includes(':') && ipaddr.IPv6.isValid(h)) return ipaddr.IPv6.parse(h);
  return null;
}

const v4FromWords = (hi: number, lo: number): IPv4 => new ipaddr.IPv4([hi >> 8, hi & 0xff, lo >> 8, lo & 0xff]);

/** The IPv4 address an IPv6 one forwards to, by the rule of its range; null when it carries none. */
function embeddedV4(a: IPv6): IPv4 | null {
  const w = a.parts;
  const range: string = a.range();
  // Mapped, translated and NAT64 (64:ff9b::/96; 64:ff9b:1::/48 local-use with the /96 layout operators use): last 32 bits.
  if (range === 'ipv4Mapped' || range === 'rfc6145' || range === 'rfc6052') return v4FromWords(w[6]!, w[7]!);
  if (range === '6to4') return v4FromWords(w[1]!, w[2]!);
  // Teredo: the client address, obfuscated by inverting every bit (RFC 4380).
  if (range === 'teredo') return v4FromWords(~w[6]! & 0xffff, ~w[7]! & 0xffff);
  // Deprecated IPv4-compatible ::a.b.c.d (not :: and ::1).
  if (w.slice(0, 6).every((x) => x === 0) && (w[6]! !== 0 || w[7]! > 1)) return v4FromWords(w[6]!, w[7]!);
  return null;
}

function classifyV4(a: IPv4): AddressVerdict {
  const text = a.toString();
  if (METADATA_ADDRESSES.has(text)) return { class: 'metadata', range: 'metadata' };
  const range = a.range();
  // Link-local is where metadata services live; refused for every destination.
  if (range === 'linkLocal') return { class: 'metadata', range };
  if (range === 'unicast') return { class: 'public', range };
  return { class: PRIVATE_RANGES.has(range) ? 'private' : 'special', range };
}

/** Classifies one IP address; null when `host` is not an IP literal. */
export function classifyIp(host: string): AddressVerdict | null {
  const ip = parseIp(host);
  if (!ip) return null;
  if (ip.kind() === 'ipv4') return classifyV4(ip as IPv4);
  const a = ip as IPv6;
  if (METADATA_ADDRESSES.has(a.toString())) return { class: 'metadata', range: 'metadata' };
  const v4 = embeddedV4(a);
  if (v4) {
    const inner = classifyV4(v4);
    // A tunnel or translation to a public IPv4 is still not an address an API is served from.
    const cls = inner.class === 'public' && (a.range() === '6to4' || a.range() === 'teredo') ? 'special' : inner.class;
    return { class: cls, range: inner.range, embedded: v4.toString() };
  }
  const range = a.range();
  if (range === 'linkLocal') return { class: 'metadata', range };
  if (PRIVATE_RANGES.has(range)) return { class: 'private', range };
  // Global unicast is 2000::/3; ipaddr calls anything unlisted 'unicast'.
  const global = range === 'unicast' && a.match(ipaddr.IPv6.parse('2000::'), 3);
  return { class: global ? 'public' : 'special', range: global ? range : range === 'unicast' ? 'unassigned' : range };
}

export interface UpstreamUrlPolicy {
  kind: 'self-hosted' | 'third-party';
  allowPrivateNetwork: boolean;
}

const describe = (addr: string, v: AddressVerdict): string => (v.embedded ? `${addr} (carrying ${v.embedded})` : addr);

/** Why a connection to this IP address is refused, or null. Applied to literals and every resolved address. */
export function checkAddress(addr: string, policy: UpstreamUrlPolicy): string | null {
  const v = classifyIp(addr);
  if (!v) return `${addr} is not an IP address`;
  switch (v.class) {
    case 'public':
      return null;
    case 'metadata':
      return `${describe(addr, v)} is a cloud metadata or link-local address`;
    case 'special':
      return `${describe(addr, v)} is a special-purpose address (${v.range})`;
    case 'private':
      return policy.kind === 'third-party' && !policy.allowPrivateNetwork
        ? `${describe(addr, v)} is a private or loopback address (${v.range}); a third-party destination needs allowPrivateNetwork: true to use it`
        : null;
  }
}

/** Loopback, private, CGNAT, unique-local (or a name for them): not a public internet address. */
export function isPrivateHost(hostname: string): boolean {
  const host = stripBrackets(hostname);
  if (host === 'localhost' || host.endsWith('.localhost') || host.endsWith('.internal') || host.endsWith('.local')) return true;
  const v = classifyIp(host);
  return v !== null && v.class !== 'public';
}

export function isMetadataHost(hostname: string): boolean {
  const host = stripBrackets(hostname);
  return METADATA_NAMES.has(host.replace(/\.$/, '')) || classifyIp(host)?.class === 'metadata';
}

/** Returns why the URL is refused, or null when it may be called (names are checked again once resolved). */
export function checkUpstreamUrl(raw: string, policy: UpstreamUrlPolicy): string | null {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return 'expected an absolute http(s) URL';
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return `expected http or https, got ${url.protocol.replace(':', '')}`;
  if (url.username || url.password) return 'credentials in the URL are not allowed; use apiKeyEnv';
  const thirdParty = policy.kind === 'third-party' && !policy.allowPrivateNetwork;
  if (parseIp(url.hostname)) {
    const why = checkAddress(url.hostname, policy);
    if (why) return why;
  } else if (isMetadataHost(url.hostname)) {
    return `${url.hostname} is a cloud metadata address`;
  } else if (thirdParty && isPrivateHost(url.hostname)) {
    return `${url.hostname} is a private or loopback address; a third-party destination needs allowPrivateNetwork: true to use it`;
  }
  if (thirdParty && url.protocol !== 'https:') return 'a third-party destination must use https (or set allowPrivateNetwork: true for a local fake)';
  return null;
}
