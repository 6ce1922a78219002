/**
 * Saving an edited profile back into the YAML it was loaded from: values change in place, so comments, key order
 * and quoting of what the user did not touch survive (a fresh stringify would drop every comment).
 */
import { Document, isMap, isScalar, isSeq, parseDocument, type Node as YamlNode } from 'yaml';

const isRecord = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === 'object' && !Array.isArray(v);

function keyOf(key: unknown): unknown {
  return isScalar(key) ? key.value : key;
}

function sync(doc: Document, node: unknown, value: unknown): unknown {
  if (isMap(node) && isRecord(value)) {
    for (const pair of [...node.items]) {
      const k = keyOf(pair.key);
      if (typeof k !== 'string' || !(k in value)) node.delete(pair.key);
    }
    for (const [k, v] of Object.entries(value)) {
      const pair = node.items.find((p) => keyOf(p.key) === k);
      if (pair) pair.value = sync(doc, pair.value, v);
      else node.set(k, doc.createNode(v));
    }
    return node;
  }
  if (isSeq(node) && Array.isArray(value)) {
    node.items = value.map((v, i) => (i < node.items.length ? sync(doc, node.items[i], v) : doc.createNode(v)));
    return node;
  }
  if (isScalar(node) && (value === null || typeof value !== 'object')) {
    if (node.value !== value) node.value = value;
    return node;
  }
  const fresh = doc.createNode(value) as YamlNode;
  if (node && (isScalar(node) || isMap(node) || isSeq(node))) {
    if (node.commentBefore) fresh.commentBefore = node.commentBefore;
    if (node.comment) fresh.comment = node.comment;
  }
  return fresh;
}

/** The profile as YAML: `source` (the text it was loaded from) with the data's values written into it, or fresh YAML. */
export function saveYaml(data: Record<string, unknown>, source: string | null): string {
  const doc = parseDocument(source ?? '');
  if (source === null || doc.errors.length > 0 || !isMap(doc.contents)) return new Document(data).toString();
  doc.contents = sync(doc, doc.contents, data) as typeof doc.contents;
  return doc.toString();
}
