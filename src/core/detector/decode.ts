/** Finds base64, URL-encoded and hex segments that decode to readable text, so they can be scanned too. */

export type EncodingKind = 'base64' | 'url' | 'hex';

export interface DecodedSegment {
  kind: EncodingKind;
  text: string;
  /** Maps a span of the decoded text back to a span of the scanned text. */
  toSource: (start: number, end: number) => [number, number];
}

const BASE64 = /(?<![A-Za-z0-9+/=_-])[A-Za-z0-9+/_-]{16,}={0,2}/g;
const HEX = /(?<![0-9A-Za-z])(?:[0-9A-Fa-f]{2}){8,}(?![0-9A-Za-z])|(?:\\x[0-9A-Fa-f]{2}){4,}/g;
const URL_ENCODED = /[^\s"'<>]*%[0-9A-Fa-f]{2}[^\s"'<>]*/g;
const MAX_SEGMENTS = 256;

/** Printable text: mostly visible ASCII or letters, no control characters, something alphanumeric. */
function readable(s: string): boolean {
  if (s.length < 6) return false;
  let bad = 0;
  let alnum = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 9 || c === 10 || c === 13 || (c >= 32 && c < 127)) {
      if ((c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122)) alnum++;
    } else if (c < 160 || c === 0xfffd) bad++;
  }
  return bad === 0 && alnum * 2 >= s.length;
}

const utf8 = new TextDecoder('utf-8', { fatal: true });

function bytesToText(bin: string): string | undefined {
  let ascii = true;
  for (let i = 0; i < bin.length; i++) if (bin.charCodeAt(i) > 127) ascii = false;
  if (ascii) return bin;
  try {
    return utf8.decode(Uint8Array.from(bin, (c) => c.charCodeAt(0)));
  } catch {
    return undefined;
  }
}

// ASCII output maps byte-for-byte; anything else maps to the whole segment.
function blockMap(offset: number, length: number, perByte: number, perBlockIn: number, perBlockOut: number, ascii: boolean): DecodedSegment['toSource'] {
  return (s, e) => {
    if (!ascii) return [offset, offset + length];
    const a = offset + Math.floor(s / perBlockOut) * perBlockIn;
    const b = offset + Math.min(length, Math.ceil(e / perBlockOut) * perBlockIn);
    return perByte > 0 ? [offset + s * perByte, offset + Math.min(length, e * perByte)] : [a, b];
  };
}

export function findEncoded(text: string): DecodedSegment[] {
  const out: DecodedSegment[] = [];
  BASE64.lastIndex = 0;
  for (let m = BASE64.exec(text); m !== null && out.length < MAX_SEGMENTS; m = BASE64.exec(text)) {
    const raw = m[0].replace(/=+$/, '');
    if (raw.length % 4 === 1 || /^[0-9A-Fa-f]+$/.test(raw) || !/[0-9+/_-]|[a-z].*[A-Z]|[A-Z].*[a-z]/.test(raw)) continue;
    let bin: string;
    try {
      const std = raw.replace(/-/g, '+').replace(/_/g, '/');
      bin = atob(std + '='.repeat((4 - (std.length % 4)) % 4));
    } catch {
      continue;
    }
    const decoded = bytesToText(bin);
    if (decoded === undefined || !readable(decoded)) continue;
    out.push({ kind: 'base64', text: decoded, toSource: blockMap(m.index, m[0].length, 0, 4, 3, decoded.length === bin.length) });
  }
  HEX.lastIndex = 0;
  for (let m = HEX.exec(text); m !== null && out.length < MAX_SEGMENTS; m = HEX.exec(text)) {
    const escaped = m[0].startsWith('\\x');
    const hex = escaped ? m[0].replace(/\\x/g, '') : m[0];
    let bin = '';
    for (let i = 0; i + 1 < hex.length; i += 2) bin += String.fromCharCode(parseInt(hex.slice(i, i + 2), 16));
    const decoded = bytesToText(bin);
    if (decoded === undefined || !readable(decoded)) continue;
    out.push({ kind: 'hex', text: decoded, toSource: blockMap(m.index, m[0].length, escaped ? 4 : 2, 0, 0, decoded.length === bin.length) });
  }
  if (text.includes('%')) decodeUrlSegments(text, out);
  return out;
}

function decodeUrlSegments(text: string, out: DecodedSegment[]): void {
  URL_ENCODED.lastIndex = 0;
  for (let m = URL_ENCODED.exec(text); m !== null && out.length < MAX_SEGMENTS; m = URL_ENCODED.exec(text)) {
    const raw = m[0];
    let bin = '';
    const src: number[] = [];
    for (let i = 0; i < raw.length; i++) {
      const ch = raw.charAt(i);
      if (ch === '%' && /^[0-9A-Fa-f]{2}$/.test(raw.slice(i + 1, i + 3))) {
        bin += String.fromCharCode(parseInt(raw.slice(i + 1, i + 3), 16));
        src.push(i);
        i += 2;
      } else {
        bin += ch === '+' ? ' ' : ch;
        src.push(i);
      }
    }
    const decoded = bytesToText(bin);
    if (decoded === undefined || decoded === raw) continue;
    const base = m.index;
    const ascii = decoded.length === bin.length;
    out.push({
      kind: 'url',
      text: decoded,
      toSource: (s, e) => {
        if (!ascii) return [base, base + raw.length];
        const a = src[s] ?? raw.length;
        const lastStart = src[e - 1] ?? raw.length - 1;
        return [base + a, base + lastStart + (raw.charAt(lastStart) === '%' ? 3 : 1)];
      },
    });
  }
}
