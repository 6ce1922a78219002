import type { DetectOptions, Finding, RequestClassification, RequestDataClass, SensitiveClass } from './contract.js';
import { detect, hasHealthContext } from './detect.js';

/** Most to least sensitive; the request's class is the first one present. */
export const CLASS_PRECEDENCE: readonly SensitiveClass[] = ['phi', 'pci', 'financial', 'secret', 'pii'];

type PathFinding = Finding & { path: string };

interface Frame {
  value: unknown;
  path: string;
}

const IDENT = /^[A-Za-z_$][\w$-]*$/;
const keyPath = (base: string, key: string): string => (IDENT.test(key) ? (base === '' ? key : `${base}.${key}`) : `${base}[${JSON.stringify(key)}]`);

/** Strings that hold JSON (tool-call arguments, tool results) are parsed and walked as well as scanned raw. */
function parseJsonish(s: string): unknown {
  const t = s.trimStart();
  if (!(t.startsWith('{') || t.startsWith('['))) return undefined;
  try {
    return JSON.parse(s) as unknown;
  } catch {
    return undefined;
  }
}

/**
 * Classifies a whole request: an OpenAI chat body, an Anthropic messages body, a bare messages array, or any
 * JSON value. Every string leaf is scanned (messages of every role, content parts, tool-call arguments, tool
 * definitions, names). Never throws: on an internal error it fails closed and reports `phi`.
 */
export function classify(messagesOrBody: unknown, options: DetectOptions = {}): RequestClassification {
  try {
    return walk(messagesOrBody, options);
  } catch {
    const f: PathFinding = { entity: 'SCAN_ERROR', dataClass: 'phi', start: 0, end: 0, score: 1, rule: 'classify.internal-error', path: '' };
    return { dataClass: 'phi', classes: ['phi'], findings: [f], scannedChars: 0 };
  }
}

function walk(root: unknown, options: DetectOptions): RequestClassification {
  const findings: PathFinding[] = [];
  let scannedChars = 0;
  const texts: string[] = [];
  const seen = new Set<object>();
  // An explicit stack, so deeply nested input cannot overflow the call stack.
  const stack: Frame[] = [{ value: root, path: Array.isArray(root) ? 'messages' : '' }];
  const scan = (text: string, path: string): void => {
    scannedChars += text.length;
    texts.push(text);
    for (const f of detect(text, options)) findings.push({ ...f, path });
  };
  while (stack.length > 0) {
    const { value, path } = stack.pop() as Frame;
    if (typeof value === 'string') {
      if (value === '') continue;
      scan(value, path);
      const parsed = parseJsonish(value);
      if (parsed !== undefined && typeof parsed === 'object' && parsed !== null) stack.push({ value: parsed, path });
    } else if (typeof value === 'number' || typeof value === 'bigint') {
      // Identifiers sent as JSON numbers (a card number in tool arguments) are scanned as their digits.
      const s = value.toString();
      if (s.length >= 6) scan(s, path);
    } else if (typeof value === 'object' && value !== null) {
      if (seen.has(value)) continue;
      seen.add(value);
      if (Array.isArray(value)) {
        for (let i = value.length - 1; i >= 0; i--) stack.push({ value: value[i] as unknown, path: `${path}[${i}]` });
      } else {
        const entries = Object.entries(value as Record<string, unknown>);
        for (let i = entries.length - 1; i >= 0; i--) {
          const entry = entries[i];
          if (entry === undefined) continue;
          const [k, v] = entry;
          const p = keyPath(path, k);
          if (!IDENT.test(k)) scan(k, `${p}#key`);
          stack.push({ value: v, path: p });
        }
      }
    }
  }
  // Health words anywhere in the request make its identifiers PHI; only looked for when there are any.
  if (findings.some((f) => f.dataClass === 'pii') && texts.some(hasHealthContext)) for (const f of findings) if (f.dataClass === 'pii') f.dataClass = 'phi';
  const present = new Set(findings.map((f) => f.dataClass));
  const classes = CLASS_PRECEDENCE.filter((c) => present.has(c));
  const dataClass: RequestDataClass = classes[0] ?? 'none';
  return { dataClass, classes, findings, scannedChars };
}
