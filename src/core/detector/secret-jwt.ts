/**
 * A JSON Web Token (RFC 7519) in its compact form: three base64url segments, header.payload.signature. A real token's
 * payload is a JSON object too ("eyJ..."), but a token pasted from a client, cut, re-encoded or encrypted (JWE nests a
 * token) may carry a payload that is no JSON: the header alone says what it is. A header that decodes to a JSON object
 * naming its signing algorithm ({"alg":"HS256",...}, RFC 7515 section 4.1.1 makes "alg" required) followed by a
 * payload and a signature of a real signature's length is a token, whatever its payload holds.
 */

const SEGMENTS = /^([A-Za-z0-9_-]{8,})\.([A-Za-z0-9_-]+)\.([A-Za-z0-9_-]+)$/;
// The shortest real signature: HS256's 32 bytes are 43 base64url characters; allow a pasted token cut a little short.
const MIN_SIGNATURE = 32;
const MIN_PAYLOAD = 16;

/** The header's JSON object, or undefined when the segment decodes to none. */
function headerObject(segment: string): Record<string, unknown> | undefined {
  if (segment.length > 1024) return undefined;
  try {
    const json: unknown = JSON.parse(atob(segment.replace(/-/g, '+').replace(/_/g, '/')));
    return typeof json === 'object' && json !== null && !Array.isArray(json) ? (json as Record<string, unknown>) : undefined;
  } catch {
    return undefined;
  }
}

/** A letter run such as "xxxx" or "abc" repeated: a placeholder segment, no signature. */
const FILLER = /^(?:(.)\1{7,}|.*(?:xxxxxx|XXXXXX|signature|SIGNATURE|payload|PAYLOAD).*)$/;

/**
 * True for a compact JWT: both payload and header JSON ("eyJ....eyJ....sig"), or a header naming "alg" with a payload
 * and a signature of real lengths. Placeholder segments ("...eyJ9.xxxxx.yyyyy", "<payload>.<signature>") are none.
 */
export function compactJwt(token: string): boolean {
  const m = SEGMENTS.exec(token);
  if (m === null) return false;
  const [, header = '', payload = '', signature = ''] = m;
  if (payload.startsWith('eyJ')) return signature.length >= 8;
  if (payload.length < MIN_PAYLOAD || signature.length < MIN_SIGNATURE || FILLER.test(payload) || FILLER.test(signature)) return false;
  const h = headerObject(header);
  return h !== undefined && typeof h.alg === 'string' && h.alg.toLowerCase() !== 'none';
}
