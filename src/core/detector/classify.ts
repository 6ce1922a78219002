import type { ClassifyOptions, Finding, RequestClassification, RequestDataClass, SensitiveClass, UnclassifiableReason } from './contract.js';
import { detectChecked, hasHealthContext } from './detect.js';

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
export function classify(messagesOrBody: unknown, options: ClassifyOptions = {}): RequestClassification {
  try {
    return walk(messagesOrBody, options);
  } catch (e) {
    if (e instanceof OverBudget) return unclassifiable(e.reason, e.message, e.scanned);
    return unclassifiable('internal-error', 'the detector failed on this request', 0);
  }
}

class OverBudget extends Error {
  constructor(
    readonly reason: UnclassifiableReason,
    message: string,
    readonly scanned: number,
  ) {
    super(message);
  }
}

/** Fail closed: the most sensitive class, so every caller keeps the request local. */
function unclassifiable(reason: UnclassifiableReason, detail: string, scannedChars: number): RequestClassification {
  const f: PathFinding = { entity: 'UNCLASSIFIABLE', dataClass: 'phi', start: 0, end: 0, score: 1, rule: `classify.${reason}`, path: '' };
  return { unclassifiable: { reason, detail }, dataClass: 'phi', classes: ['phi'], findings: [f], scannedChars };
}

function walk(root: unknown, options: ClassifyOptions): RequestClassification {
  const { budget, ...detectOptions } = options;
  const maxChars = budget?.maxChars ?? Infinity;
  const now = budget?.now;
  const deadline = now !== undefined && budget?.maxMs !== undefined ? now() + budget.maxMs : Infinity;
  const findings: PathFinding[] = [];
  let scannedChars = 0;
  const texts: string[] = [];
  const seen = new Set<object>();
  // An explicit stack, so deeply nested input cannot overflow the call stack.
  const stack: Frame[] = [{ value: root, path: Array.isArray(root) ? 'messages' : '' }];
  const checkTime = (): void => {
    if (now !== undefined && now() > deadline) throw new OverBudget('time-budget', `scan took longer than ${budget?.maxMs ?? 0} ms`, scannedChars);
  };
  const scan = (text: string, path: string): void => {
    scannedChars += text.length;
    if (scannedChars > maxChars) throw new OverBudget('size-budget', `more than ${maxChars} characters to scan`, scannedChars);
    texts.push(text);
    // Checked before every 64 KB chunk, so one long string cannot run past the deadline by more than a chunk.
    for (const f of detectChecked(text, detectOptions, checkTime)) findings.push({ ...f, path });
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
  checkTime();
  return { dataClass, classes, findings, scannedChars };
}
