/**
 * Context as a hard limit, on both sides: a model is a candidate only when its window holds the workload's
 * longest sequence. The requirement is never lowered to fit a model.
 */
import type { ClosedModel, OpenModel } from '../catalog/schema.js';
import type { Workload } from '../profile/index.js';
import type { Reason } from '../report/types.js';

/** The default longest sequence is this many times the mean request (~ the 98th percentile of exponential prompt lengths). */
export const DEFAULT_CONTEXT_MULTIPLE = 4;
/** ...and never below this: a short-request workload still meets the odd long one. */
export const DEFAULT_CONTEXT_FLOOR = 4096;
/** An explicit `maxContextTokens` is used as given, but never below the mean request plus this headroom (chat template, tokenizer drift). */
export const MEAN_REQUEST_HEADROOM = 0.1;
/** A closed model whose window the catalog does not give is assumed to hold this much (every 2026 API model with a known window holds >= 128k). */
export const UNKNOWN_CLOSED_WINDOW = 32_768;

export interface ContextRequirement {
  /** Tokens (prompt + completion) the serving window must hold. */
  tokens: number;
  source: 'profile' | 'default';
  /** How it was derived, for the report. */
  note: string;
}

/** The longest prompt + completion the workload must support, with the documented headroom. */
export function contextRequirement(w: Pick<Workload, 'maxContextTokens' | 'inputTokens' | 'outputTokens'>): ContextRequirement {
  const mean = w.inputTokens + w.outputTokens;
  const meanWithHeadroom = Math.ceil(mean * (1 + MEAN_REQUEST_HEADROOM));
  if (w.maxContextTokens !== undefined) {
    const tokens = Math.max(w.maxContextTokens, meanWithHeadroom);
    return {
      tokens,
      source: 'profile',
      note: tokens > w.maxContextTokens
        ? `the profile's maxContextTokens (${w.maxContextTokens}) is below the mean request + ${MEAN_REQUEST_HEADROOM * 100}%: ${tokens} tokens`
        : `the profile's maxContextTokens: ${tokens} tokens`,
    };
  }
  const tokens = Math.max(DEFAULT_CONTEXT_FLOOR, Math.ceil(DEFAULT_CONTEXT_MULTIPLE * mean));
  return { tokens, source: 'default', note: `${tokens} tokens (default: ${DEFAULT_CONTEXT_MULTIPLE}x the mean request, at least ${DEFAULT_CONTEXT_FLOOR}; set maxContextTokens)` };
}

export const closedWindow = (m: Pick<ClosedModel, 'contextWindowTokens'>): number => m.contextWindowTokens ?? UNKNOWN_CLOSED_WINDOW;

export const openFits = (m: Pick<OpenModel, 'maxContextTokens'>, need: ContextRequirement): boolean => m.maxContextTokens >= need.tokens;
export const closedFits = (m: Pick<ClosedModel, 'contextWindowTokens'>, need: ContextRequirement): boolean => closedWindow(m) >= need.tokens;

const fmt = (n: number): string => n.toLocaleString('en-US');

export interface ContextScreen<M> {
  kept: M[];
  /** Models whose window is too small, with the window, for the report; `assumed` when the catalog gives none. */
  excluded: { model: M; windowTokens: number; assumed?: boolean }[];
}

function screen<M>(models: readonly M[], windowOf: (m: M) => number, need: ContextRequirement, assumed: (m: M) => boolean = () => false): ContextScreen<M> {
  const kept: M[] = [];
  const excluded: ContextScreen<M>['excluded'] = [];
  for (const m of models) {
    const windowTokens = windowOf(m);
    if (windowTokens >= need.tokens) kept.push(m);
    else excluded.push({ model: m, windowTokens, ...(assumed(m) ? { assumed: true } : {}) });
  }
  return { kept, excluded };
}

export const screenOpenByContext = (models: readonly OpenModel[], need: ContextRequirement): ContextScreen<OpenModel> => screen(models, (m) => m.maxContextTokens, need);
export const screenClosedByContext = (models: readonly ClosedModel[], need: ContextRequirement): ContextScreen<ClosedModel> => screen(models, closedWindow, need, (m) => m.contextWindowTokens == null);

/** One reason line for the models a window excluded (none when nothing was). */
export function contextNote(side: 'open' | 'closed', excluded: readonly { model: { id: string }; windowTokens: number; assumed?: boolean }[], need: ContextRequirement): Reason[] {
  if (excluded.length === 0) return [];
  // A window the catalog does not give is an assumption, and said as one: never stated as the model's window.
  const list = excluded.slice(0, 4).map((e) => `${e.model.id} (${e.assumed ? `window not in the catalog, assumed ${fmt(e.windowTokens)}: check with the provider` : fmt(e.windowTokens)})`).join(', ');
  const more = excluded.length > 4 ? ` and ${excluded.length - 4} more` : '';
  return [{
    area: 'control',
    favours: 'neutral',
    message: `context: ${need.tokens.toLocaleString('en-US')} tokens needed; ${side === 'open' ? 'open' : 'closed'} models with a smaller window are not candidates: ${list}${more}`,
  }];
}

/** Why a pinned model cannot be used, or null when its window holds the requirement. */
export function pinTooSmall(name: string, windowTokens: number, need: ContextRequirement): string | null {
  return windowTokens >= need.tokens ? null : `pinned model ${name} holds ${fmt(windowTokens)} tokens, the workload needs ${fmt(need.tokens)}: choosing one whose window holds it`;
}
