/**
 * Content the detector cannot read (images, audio, files, documents) in either inbound format. Found by walking the
 * parsed body, so a part type added to a wire schema later is still caught by its `type`.
 */

export type AttachmentKind = 'image' | 'audio' | 'file';

export interface Attachment {
  kind: AttachmentKind;
  /** JSON path of the part, e.g. `messages[0].content[1]`. */
  path: string;
  /** Declared or sniffed media type, when known. */
  mediaType?: string | undefined;
  /** Inline bytes (base64), when the part carries them; absent for URLs and file ids, which cannot be read here. */
  base64?: string | undefined;
}

const PART_KINDS: Readonly<Record<string, AttachmentKind>> = {
  image_url: 'image',
  image: 'image',
  input_image: 'image',
  input_audio: 'audio',
  audio: 'audio',
  file: 'file',
  input_file: 'file',
  document: 'file',
};

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
const str = (v: unknown): string | undefined => (typeof v === 'string' ? v : undefined);

/** `data:<type>;base64,<data>` → its parts. */
function dataUrl(url: string | undefined): { mediaType?: string | undefined; base64?: string | undefined } {
  const m = url === undefined ? null : /^data:([^;,]*)(;base64)?,(.*)$/s.exec(url);
  if (!m) return {};
  return { mediaType: m[1] || undefined, base64: m[2] ? m[3] : Buffer.from(decodeURIComponent(m[3] ?? ''), 'utf8').toString('base64') };
}

function describe(part: Obj, kind: AttachmentKind, path: string): Attachment | null {
  const source = isObj(part.source) ? part.source : undefined;
  if (source) {
    // Anthropic: plain-text and nested-content documents are text the detector already reads.
    if (source.type === 'text' || source.type === 'content') return null;
    if (source.type === 'base64') return { kind, path, mediaType: str(source.media_type), base64: str(source.data) };
    return { kind, path, mediaType: str(source.media_type) };
  }
  const imageUrl = isObj(part.image_url) ? str(part.image_url.url) : str(part.image_url);
  if (imageUrl !== undefined) return { kind, path, ...dataUrl(imageUrl) };
  if (isObj(part.input_audio)) return { kind, path, mediaType: `audio/${str(part.input_audio.format) ?? 'unknown'}`, base64: str(part.input_audio.data) };
  const file = isObj(part.file) ? part.file : part;
  const fileData = str(file.file_data);
  if (fileData !== undefined) {
    const d = dataUrl(fileData);
    const name = str(file.filename) ?? '';
    return { kind, path, mediaType: d.mediaType ?? (name.toLowerCase().endsWith('.pdf') ? 'application/pdf' : undefined), base64: d.base64 ?? fileData };
  }
  return { kind, path };
}

/** Every attachment part in a parsed request body, in document order. */
export function findAttachments(body: unknown): Attachment[] {
  const out: Attachment[] = [];
  const walk = (v: unknown, path: string): void => {
    if (Array.isArray(v)) {
      v.forEach((x, i) => walk(x, `${path}[${i}]`));
      return;
    }
    if (!isObj(v)) return;
    const kind = typeof v.type === 'string' ? PART_KINDS[v.type] : undefined;
    if (kind) {
      const a = describe(v, kind, path);
      if (a) out.push(a);
    }
    for (const [k, x] of Object.entries(v)) if (typeof x === 'object' && x !== null) walk(x, path ? `${path}.${k}` : k);
  };
  walk(body, '');
  return out;
}
