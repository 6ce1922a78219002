/** Whether the usage store can take records now: probed in the background, marked down at once by a failed write. */
import type { UsageStore } from '../../stores/usage-store.js';
import type { Logger } from './logger.js';

export interface StoreHealthOptions {
  probeMs: number;
  /** A probe slower than this counts as a failure. */
  timeoutMs?: number;
  log: Logger;
}

export class StoreHealth {
  private downSince: number | null = null;
  private why: string | null = null;
  private timer: NodeJS.Timeout | undefined;
  private inFlight: Promise<void> | undefined;

  constructor(
    private readonly store: UsageStore,
    private readonly options: StoreHealthOptions,
  ) {}

  get writable(): boolean {
    return this.downSince === null;
  }

  get reason(): string | null {
    return this.why;
  }

  start(): void {
    this.timer ??= setInterval(() => void this.check(), this.options.probeMs);
    this.timer.unref();
  }

  stop(): void {
    clearInterval(this.timer);
    this.timer = undefined;
  }

  /** One probe; concurrent callers share it. At start-up pass a longer timeout: the store may still be opening. */
  check(timeout?: number): Promise<void> {
    this.inFlight ??= (async () => {
      const timeoutMs = timeout ?? this.options.timeoutMs ?? Math.max(1_000, this.options.probeMs);
      let timer: NodeJS.Timeout | undefined;
      try {
        await Promise.race([this.store.probe(), new Promise<never>((_, reject) => (timer = setTimeout(() => reject(new Error(`store probe took over ${timeoutMs} ms`)), timeoutMs)))]);
        this.up();
      } catch (e) {
        this.down(e);
      } finally {
        clearTimeout(timer);
        this.inFlight = undefined;
      }
    })();
    return this.inFlight;
  }

  writeFailed(e: unknown): void {
    this.down(e);
    // Probe again soon, so a short blip does not keep refusing for a whole probe period.
    setTimeout(() => void this.check(), Math.min(500, this.options.probeMs)).unref();
  }

  writeSucceeded(): void {
    this.up();
  }

  private up(): void {
    if (this.downSince === null) return;
    this.options.log.info({ event: 'store.up', downMs: Date.now() - this.downSince }, 'usage store accepts records again');
    this.downSince = null;
    this.why = null;
  }

  private down(e: unknown): void {
    const why = e instanceof Error ? e.message : String(e);
    if (this.downSince === null) {
      this.options.log.error({ event: 'store.down', err: e }, 'usage store cannot take records: refusing requests until it can (fail closed on metering)');
      this.downSince = Date.now();
    }
    this.why = why;
  }
}
