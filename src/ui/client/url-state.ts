/**
 * The profile being edited, kept in the page's URL fragment (`#p=...`, base64url of its JSON), so that a reload
 * keeps the edits and the address is a shareable link. The fragment never reaches the server.
 */
const KEY = 'p=';

export function encodeState(data: unknown): string {
  const bytes = new TextEncoder().encode(JSON.stringify(data));
  let bin = '';
  for (const b of bytes) bin += String.fromCharCode(b);
  return KEY + btoa(bin).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

/** The profile in a fragment, or null when there is none or it is damaged (then the page starts as usual). */
export function decodeState(hash: string): Record<string, unknown> | null {
  const raw = hash.replace(/^#/, '');
  if (!raw.startsWith(KEY)) return null;
  try {
    const bin = atob(raw.slice(KEY.length).replace(/-/g, '+').replace(/_/g, '/'));
    const data: unknown = JSON.parse(new TextDecoder().decode(Uint8Array.from(bin, (c) => c.charCodeAt(0))));
    return data !== null && typeof data === 'object' && !Array.isArray(data) ? (data as Record<string, unknown>) : null;
  } catch {
    return null;
  }
}
