/** Tiny helpers to write SVG and HTML text safely. */

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Escapes text and attribute values. */
export function esc(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ENTITIES[c] ?? c);
}

/** Pixel coordinates with at most one decimal keep the markup small. */
export function px(n: number): string {
  return String(Math.round(n * 10) / 10);
}

/** A safe id fragment from any text (workload names may contain dots). */
export function slug(text: string): string {
  return text.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '') || 'x';
}

type AttrValue = string | number | undefined;

export function attrs(values: Record<string, AttrValue>): string {
  return Object.entries(values)
    .filter((e): e is [string, string | number] => e[1] !== undefined)
    .map(([k, v]) => ` ${k}="${typeof v === 'number' ? px(v) : esc(v)}"`)
    .join('');
}

export function el(tag: string, values: Record<string, AttrValue>, body?: string): string {
  return body === undefined ? `<${tag}${attrs(values)}/>` : `<${tag}${attrs(values)}>${body}</${tag}>`;
}
