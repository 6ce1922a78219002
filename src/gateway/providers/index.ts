import type { Destination } from '../../core/routing/index.js';
import { anthropicMessages } from './anthropic/index.js';
import { openAiCompatible } from './openai-compatible/index.js';
import type { ProviderAdapter } from './types.js';

/** Every upstream adapter, registered once; shared code picks by the `api` capability, never by name. */
export const PROVIDERS = [openAiCompatible, anthropicMessages] as const satisfies readonly ProviderAdapter[];
export type ProviderId = (typeof PROVIDERS)[number]['id'];

export function adapterFor(api: Destination['api']): ProviderAdapter {
  const found = PROVIDERS.find((p) => p.api === api);
  if (!found) throw new Error(`no adapter for api ${api}`);
  return found;
}

export { canonicalInbound, type InboundRequest, type Prepared, type ProviderAdapter, type StreamDecoder, type StreamPiece, type UpstreamRequest, type Wire } from './types.js';
