/** The profile being edited, as plain data (what YAML holds); edits set or delete one path. */
export type Draft = Record<string, unknown>;

type Key = string | number;

/** `workloads[1].latency.ttftMs` -> ['workloads', 1, 'latency', 'ttftMs']. */
export function parsePath(path: string): Key[] {
  const keys: Key[] = [];
  for (const m of path.matchAll(/([^.[\]]+)|\[(\d+)\]/g)) keys.push(m[2] !== undefined ? Number(m[2]) : (m[1] ?? ''));
  return keys;
}

export function getAt(root: unknown, path: string): unknown {
  let cur: unknown = root;
  for (const k of parsePath(path)) {
    if (cur === null || typeof cur !== 'object') return undefined;
    cur = (cur as Record<Key, unknown>)[k];
  }
  return cur;
}

/** Sets a value, creating objects on the way; `undefined` deletes the key and prunes emptied objects. */
export function setAt(root: Draft, path: string, value: unknown): void {
  const keys = parsePath(path);
  const last = keys.pop();
  if (last === undefined) return;
  const trail: [Record<Key, unknown>, Key][] = [];
  let cur = root as Record<Key, unknown>;
  for (const k of keys) {
    let next = cur[k];
    if (next === null || typeof next !== 'object') {
      if (value === undefined) return;
      next = {};
      cur[k] = next;
    }
    trail.push([cur, k]);
    cur = next as Record<Key, unknown>;
  }
  if (value === undefined) {
    if (Array.isArray(cur) && typeof last === 'number') return;
    Reflect.deleteProperty(cur, last);
    // An emptied nested object such as `latency: {}` would read as an explicit empty setting.
    for (let i = trail.length - 1; i >= 0; i--) {
      const [parent, key] = trail[i]!;
      const child = parent[key];
      if (child && typeof child === 'object' && !Array.isArray(child) && Object.keys(child).length === 0) Reflect.deleteProperty(parent, key);
      else break;
    }
  } else cur[last] = value;
}

/** Text from a form control to profile data: numbers stay text when unparseable, so zod can name them. */
export function fromInput(kind: 'text' | 'number' | 'select' | 'numbers', raw: string): unknown {
  const text = raw.trim();
  if (text === '') return undefined;
  if (kind === 'number') {
    const n = Number(text);
    return Number.isFinite(n) ? n : text;
  }
  if (kind === 'numbers') return text.split(/[\s,;]+/).filter(Boolean).map((t) => (Number.isFinite(Number(t)) ? Number(t) : t));
  return text;
}

/** Profile data to the text shown in a control. */
export function toInput(value: unknown): string {
  if (value === undefined || value === null) return '';
  if (Array.isArray(value)) return value.map((v) => String(v)).join(', ');
  if (typeof value === 'object') return JSON.stringify(value);
  return typeof value === 'string' ? value : JSON.stringify(value);
}

export const STARTER_PROFILE: Draft = {
  team: { name: 'My team', industry: 'technology', mlEngineers: 1, gpuAccess: 'rent' },
  workloads: [{ name: 'support-chat', data: ['internal'], requestsPerDay: 5000, inputTokens: 800, outputTokens: 250 }],
};

/** A new workload with a unique name. */
export function newWorkload(existing: readonly unknown[]): Draft {
  const names = new Set(existing.map((w) => (w && typeof w === 'object' ? (w as Draft).name : undefined)));
  let i = existing.length + 1;
  while (names.has(`workload-${i}`)) i++;
  return { name: `workload-${i}`, data: ['internal'], requestsPerDay: 1000, inputTokens: 500, outputTokens: 200 };
}
