/** Structured logs (pino): one access line per request, errors with their stack; never prompt or completion text. */
import { pino, type DestinationStream, type Logger } from 'pino';
import type { UsageRecord } from '../../stores/usage-store.js';

export type { Logger };

export type LogLevel = 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace' | 'silent';

/** JSON lines to `destination` (default: stdout, buffered off the hot path; `flush()` on exit). */
export function createLogger(level: LogLevel, destination?: DestinationStream): Logger {
  return pino(
    {
      level,
      base: { service: 'switchboard-gateway' },
      timestamp: pino.stdTimeFunctions.isoTime,
      formatters: { level: (label) => ({ level: label }) },
    },
    destination ?? pino.destination({ fd: 1, sync: false, minLength: 4096 }),
  );
}

export const silentLogger = (): Logger => pino({ level: 'silent' });

/** The access line of a metered request: ids, routing and counts only (the record never holds text). */
export function accessFields(r: UsageRecord): Record<string, unknown> {
  return {
    reqId: r.id,
    keyId: r.keyId,
    workload: r.workload,
    destination: r.destination,
    dataClass: r.dataClass,
    reason: r.reason,
    status: r.status,
    errorCode: r.errorCode,
    stream: r.stream,
    inputTokens: r.inputTokens,
    outputTokens: r.outputTokens,
    cachedInputTokens: r.cachedInputTokens,
    ...(r.cacheWriteInputTokens ? { cacheWriteInputTokens: r.cacheWriteInputTokens } : {}),
    ...(r.cacheWrite1hInputTokens ? { cacheWrite1hInputTokens: r.cacheWrite1hInputTokens } : {}),
    ...(r.tokensEstimated ? { tokensEstimated: true } : {}),
    costMicroUsd: r.costMicroUsd,
    latencyMs: r.latencyMs,
    ttftMs: r.ttftMs,
    attempts: r.attempts,
  };
}
