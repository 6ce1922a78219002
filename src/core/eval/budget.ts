import { costMicroUsd, type PriceSheet } from '../routing/index.js';

/**
 * The --max-usd cap. Each paid call reserves a pessimistic estimate before it is sent (prompt characters / 4
 * input tokens; max tokens, else the largest output seen, else 1,024 output tokens), so concurrent calls
 * cannot overshoot the cap; the reservation is replaced by the real cost when the call returns.
 */
export class Budget {
  private spent = 0;
  private reserved = 0;
  private maxOutputSeen = 0;
  private exhausted = false;

  constructor(private readonly capMicroUsd: number | undefined) {}

  estimate(prices: PriceSheet | null, promptChars: number, maxTokens: number | undefined): number {
    if (!prices) return 0;
    const output = maxTokens ?? (this.maxOutputSeen > 0 ? this.maxOutputSeen : 1024);
    return costMicroUsd({ inputTokens: Math.ceil(promptChars / 4), outputTokens: output, cachedInputTokens: 0 }, prices);
  }

  /** True when the call fits; once one does not, no further paid call is started (results stay comparable). */
  reserve(estimateMicroUsd: number): boolean {
    if (this.capMicroUsd === undefined || estimateMicroUsd === 0) return true;
    if (this.exhausted || this.spent + this.reserved + estimateMicroUsd > this.capMicroUsd) {
      this.exhausted = true;
      return false;
    }
    this.reserved += estimateMicroUsd;
    return true;
  }

  settle(estimateMicroUsd: number, actualMicroUsd: number, outputTokens: number): void {
    if (this.capMicroUsd !== undefined && estimateMicroUsd > 0) this.reserved -= estimateMicroUsd;
    this.spent += actualMicroUsd;
    this.maxOutputSeen = Math.max(this.maxOutputSeen, outputTokens);
  }

  get spentMicroUsd(): number {
    return this.spent;
  }

  get stopped(): boolean {
    return this.exhausted;
  }
}
