import type { Region } from '../profile/index.js';

/** How the gateway reaches a closed provider's API. */
export interface ClosedEndpoint {
  api: 'openai' | 'anthropic';
  baseUrl: string;
  apiKeyEnv: string;
  /** Base URLs that keep processing in a region, where the provider publishes one. */
  regional: Partial<Record<Region, string>>;
}

/** Known closed providers by catalog provider id; Google through its OpenAI-compatible endpoint. */
export const CLOSED_ENDPOINTS: Readonly<Record<string, ClosedEndpoint>> = {
  openai: { api: 'openai', baseUrl: 'https://api.openai.com/v1', apiKeyEnv: 'OPENAI_API_KEY', regional: { eu: 'https://eu.api.openai.com/v1' } },
  anthropic: { api: 'anthropic', baseUrl: 'https://api.anthropic.com/v1', apiKeyEnv: 'ANTHROPIC_API_KEY', regional: {} },
  google: { api: 'openai', baseUrl: 'https://generativelanguage.googleapis.com/v1beta/openai', apiKeyEnv: 'GEMINI_API_KEY', regional: {} },
  mistral: { api: 'openai', baseUrl: 'https://api.mistral.ai/v1', apiKeyEnv: 'MISTRAL_API_KEY', regional: {} },
  deepseek: { api: 'openai', baseUrl: 'https://api.deepseek.com/v1', apiKeyEnv: 'DEEPSEEK_API_KEY', regional: {} },
  xai: { api: 'openai', baseUrl: 'https://api.x.ai/v1', apiKeyEnv: 'XAI_API_KEY', regional: {} },
};

/** The endpoint for a region, or the global one when the provider has no regional URL (processing region is then an account setting). */
export function endpointUrl(endpoint: ClosedEndpoint, region: Region | undefined): string {
  return (region !== undefined ? endpoint.regional[region] : undefined) ?? endpoint.baseUrl;
}
