/**
 * Optional second stage: a name/entity recogniser a team plugs in (a local ONNX token-classification model, a
 * self-hosted Presidio analyzer). Off by default; nothing here loads or downloads a model: the caller builds the
 * recogniser (at the edge, where I/O is allowed) and passes it in. The built-in detector runs first, unchanged.
 */
import type { ClassifyOptions, Finding, RequestClassification, SensitiveClass } from './contract.js';
import { CLASS_PRECEDENCE, classify } from './classify.js';

export interface RecognizedEntity {
  /** Entity type in the detector's vocabulary (`PERSON`, `LOCATION`...) or the model's own label. */
  entity: string;
  start: number;
  end: number;
  score: number;
}

export interface EntityRecognizer {
  /** Shown in each finding's rule: `ner.<name>`. */
  name: string;
  /** Entities in one text; offsets into that text. May be async (a model server, a worker). */
  recognize: (text: string) => readonly RecognizedEntity[] | Promise<readonly RecognizedEntity[]>;
  /** Class for each entity the recogniser reports; default `pii`. */
  classOf?: (entity: string) => SensitiveClass;
}

const IDENT = /^[A-Za-z_$][\w$-]*$/;

/** Every string in a body with its path, in the same path syntax as classify's findings. */
function strings(root: unknown): { text: string; path: string }[] {
  const out: { text: string; path: string }[] = [];
  const stack: { value: unknown; path: string }[] = [{ value: root, path: Array.isArray(root) ? 'messages' : '' }];
  const seen = new Set<object>();
  while (stack.length > 0) {
    const { value, path } = stack.pop() as { value: unknown; path: string };
    if (typeof value === 'string') {
      if (value.trim() !== '') out.push({ text: value, path });
    } else if (typeof value === 'object' && value !== null && !seen.has(value)) {
      seen.add(value);
      if (Array.isArray(value)) for (let i = value.length - 1; i >= 0; i--) stack.push({ value: value[i] as unknown, path: `${path}[${i}]` });
      else {
        const entries = Object.entries(value as Record<string, unknown>).reverse();
        for (const [k, v] of entries) stack.push({ value: v, path: IDENT.test(k) ? (path === '' ? k : `${path}.${k}`) : `${path}[${JSON.stringify(k)}]` });
      }
    }
  }
  return out;
}

/**
 * `classify`, then the recogniser over every string; its findings at or above `minScore` are added and the class is
 * recomputed. A recogniser that throws or rejects makes the request unclassifiable (fail closed), never clean.
 */
export async function classifyWithRecognizer(body: unknown, recognizer: EntityRecognizer, options: ClassifyOptions = {}): Promise<RequestClassification> {
  const base = classify(body, options);
  if (base.unclassifiable !== undefined) return base;
  const minScore = options.minScore ?? 0.5;
  const findings: (Finding & { path: string })[] = [...base.findings];
  try {
    for (const { text, path } of strings(body)) {
      for (const e of await recognizer.recognize(text)) {
        if (e.score < minScore || e.end <= e.start) continue;
        findings.push({ entity: e.entity, dataClass: recognizer.classOf?.(e.entity) ?? 'pii', start: e.start, end: e.end, score: e.score, rule: `ner.${recognizer.name}`, path });
      }
    }
  } catch {
    const f = { entity: 'UNCLASSIFIABLE', dataClass: 'phi' as const, start: 0, end: 0, score: 1, rule: 'classify.internal-error', path: '' };
    return { unclassifiable: { reason: 'internal-error', detail: `recogniser ${recognizer.name} failed` }, dataClass: 'phi', classes: ['phi'], findings: [f], scannedChars: base.scannedChars };
  }
  // Health context found by the built-in pass applies to the recogniser's findings too.
  if (base.classes.includes('phi') && base.findings.some((f) => f.dataClass === 'phi' && f.entity !== 'MEDICAL_RECORD_NUMBER')) for (const f of findings) if (f.dataClass === 'pii') f.dataClass = 'phi';
  const present = new Set(findings.map((f) => f.dataClass));
  const classes = CLASS_PRECEDENCE.filter((c) => present.has(c));
  return { dataClass: classes[0] ?? 'none', classes, findings, scannedChars: base.scannedChars };
}
