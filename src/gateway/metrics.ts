import { Counter, Histogram, Registry } from 'prom-client';
import type { UsageRecord } from '../stores/usage-store.js';

/** Prometheus metrics of one gateway instance (its own registry, so tests and instances do not collide). */
export class GatewayMetrics {
  readonly registry = new Registry();
  private readonly requests = new Counter({ name: 'switchboard_requests_total', help: 'Requests by workload, destination, data class and status', labelNames: ['workload', 'destination', 'data_class', 'status'] as const, registers: [this.registry] });
  private readonly tokens = new Counter({ name: 'switchboard_tokens_total', help: 'Tokens by workload, destination and kind (input includes cached)', labelNames: ['workload', 'destination', 'kind'] as const, registers: [this.registry] });
  private readonly cost = new Counter({ name: 'switchboard_cost_micro_usd_total', help: 'Metered cost in micro-dollars', labelNames: ['workload', 'destination'] as const, registers: [this.registry] });
  private readonly latency = new Histogram({ name: 'switchboard_request_duration_seconds', help: 'Request duration as seen by the gateway', labelNames: ['workload', 'destination'] as const, buckets: [0.005, 0.025, 0.1, 0.5, 1, 2.5, 10, 30, 60], registers: [this.registry] });
  private readonly unauthorized = new Counter({ name: 'switchboard_unauthorized_total', help: 'Requests refused for a missing or unknown key', registers: [this.registry] });
  private readonly meteringFailures = new Counter({ name: 'switchboard_metering_failures_total', help: 'Usage records that could not be written', registers: [this.registry] });

  observe(r: UsageRecord): void {
    const destination = r.destination ?? 'none';
    this.requests.inc({ workload: r.workload, destination, data_class: r.dataClass, status: String(r.status) });
    if (r.inputTokens) this.tokens.inc({ workload: r.workload, destination, kind: 'input' }, r.inputTokens);
    if (r.cachedInputTokens) this.tokens.inc({ workload: r.workload, destination, kind: 'cached_input' }, r.cachedInputTokens);
    if (r.cacheWriteInputTokens) this.tokens.inc({ workload: r.workload, destination, kind: 'cache_write_input' }, r.cacheWriteInputTokens);
    if (r.outputTokens) this.tokens.inc({ workload: r.workload, destination, kind: 'output' }, r.outputTokens);
    if (r.costMicroUsd) this.cost.inc({ workload: r.workload, destination }, r.costMicroUsd);
    this.latency.observe({ workload: r.workload, destination }, r.latencyMs / 1000);
  }

  unauthorizedRequest(): void {
    this.unauthorized.inc();
  }

  meteringFailed(): void {
    this.meteringFailures.inc();
  }
}
