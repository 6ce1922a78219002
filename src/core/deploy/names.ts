/** Kubernetes object names: lower case, digits and "-", starting with a letter, at most 63 characters. */
export function dnsLabel(name: string, maxLength = 63): string {
  const label = name
    .toLowerCase()
    .replace(/[^a-z0-9-]+/g, '-')
    .replace(/-+/g, '-')
    .replace(/^-|-$/g, '');
  // Service names must also start with a letter (RFC 1035).
  const lettered = /^[0-9]/.test(label) ? `w-${label}` : label;
  const cut = lettered.slice(0, maxLength).replace(/-$/, '');
  return cut === '' ? 'workload' : cut;
}

/**
 * Slugs for every workload, unique even when two names differ only in case or punctuation.
 * 50 characters leaves room for the "-vllm" and "-hpa" suffixes within 63.
 */
export function workloadSlugs(names: readonly string[]): Map<string, string> {
  const taken = new Set<string>();
  const slugs = new Map<string, string>();
  for (const name of names) {
    const base = dnsLabel(name, 50);
    let slug = base;
    for (let n = 2; taken.has(slug); n++) slug = `${base}-${n}`;
    taken.add(slug);
    slugs.set(name, slug);
  }
  return slugs;
}
