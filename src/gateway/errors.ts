/** Gateway error codes; every one maps to an HTTP status, so a new code does not compile until mapped. */
export const GATEWAY_ERROR_CODES = [
  'missing_api_key',
  'invalid_api_key',
  'invalid_request',
  'invalid_data_class',
  'request_too_large',
  'not_found',
  'sensitive_no_destination',
  'no_destination_available',
  'detector_failed',
  'upstream_error',
  'upstream_auth_failed',
  'metering_failed',
  'client_closed',
  'internal_error',
  'rate_limited',
  'budget_exceeded',
  'metering_unavailable',
  'policy_refused',
  'deadline_exceeded',
  'upstream_too_large',
] as const;
export type GatewayErrorCode = (typeof GATEWAY_ERROR_CODES)[number];

const STATUS: Record<GatewayErrorCode, number> = {
  missing_api_key: 401,
  invalid_api_key: 401,
  invalid_request: 400,
  invalid_data_class: 400,
  request_too_large: 413,
  not_found: 404,
  sensitive_no_destination: 503,
  no_destination_available: 503,
  detector_failed: 503,
  upstream_error: 502,
  upstream_auth_failed: 502,
  metering_failed: 503,
  // nginx's convention for a caller that hung up before the answer; only ever in usage records.
  client_closed: 499,
  internal_error: 500,
  rate_limited: 429,
  // OpenAI's own answer to a spent quota is 429 (insufficient_quota); SDKs surface it as RateLimitError.
  budget_exceeded: 429,
  metering_unavailable: 503,
  // Policy refusals are final: 403 is a status the OpenAI and Anthropic SDKs never retry (each retry would be metered).
  policy_refused: 403,
  deadline_exceeded: 504,
  upstream_too_large: 502,
};

/** Every 503 says when to come back (an unavailable local model, a store outage); SDKs honour Retry-After. */
const DEFAULT_RETRY_AFTER_SECONDS = 5;

const TYPE: Record<number, string> = {
  400: 'invalid_request_error',
  401: 'authentication_error',
  403: 'permission_error',
  404: 'not_found_error',
  413: 'invalid_request_error',
  429: 'rate_limit_error',
  500: 'api_error',
  502: 'api_error',
  503: 'service_unavailable',
  504: 'timeout_error',
};

export class GatewayError extends Error {
  override readonly name = 'GatewayError';
  readonly status: number;
  /** Sent as `Retry-After` (seconds) when set. */
  retryAfterSeconds?: number;
  constructor(
    readonly code: GatewayErrorCode,
    message: string,
    readonly param: string | null = null,
    status?: number,
  ) {
    super(message);
    this.status = status ?? STATUS[code];
    if (this.status === 503) this.retryAfterSeconds = DEFAULT_RETRY_AFTER_SECONDS;
  }
}

export const statusOf = (code: GatewayErrorCode): number => STATUS[code];

export interface ErrorEnvelope {
  error: { message: string; type: string; param: string | null; code: string };
}

/** The one wire envelope (OpenAI's); never carries a stack or an upstream secret. */
export function envelope(err: GatewayError): ErrorEnvelope {
  return { error: { message: err.message, type: TYPE[err.status] ?? 'api_error', param: err.param, code: err.code } };
}

/** Anthropic's error shape, for callers of `/v1/messages`. */
export function anthropicEnvelope(err: GatewayError): { type: 'error'; error: { type: string; message: string } } {
  const type = err.status === 401 ? 'authentication_error' : err.status === 403 ? 'permission_error' : err.status === 404 ? 'not_found_error' : err.status === 413 ? 'request_too_large' : err.status === 400 ? 'invalid_request_error' : err.status === 503 ? 'overloaded_error' : err.status === 429 ? 'rate_limit_error' : 'api_error';
  return { type: 'error', error: { type, message: `${err.message} (${err.code})` } };
}

/** Strips anything that looks like a credential from upstream text before it reaches a client. */
export function scrubSecrets(text: string): string {
  return text.replace(/\b(sk|pk|rk|key|sess)-[A-Za-z0-9_*-]{6,}/g, '[redacted]').replace(/Bearer\s+\S+/gi, 'Bearer [redacted]').slice(0, 500);
}
