import type { CatalogInput, Source } from '../schema.js';

/**
 * Access channels to the closed models: the provider's own API, the cloud marketplaces and the government clouds.
 * `null` means the catalog has no source for the fact: the engine treats it as unavailable (fail closed) and
 * reports it as "not verified in the catalog: check with the provider". Read 2026-12-02 unless a source says otherwise.
 */
const READ = '2026-12-02';
const s = (url: string, note: string, asOf = READ): Source => ({ url, asOf, note });

const OPENAI_SOURCES: Source[] = [
  s('https://help.openai.com/en/articles/8660679-how-can-i-get-a-business-associate-agreement-baa-with-openai-for-the-api-services', 'BAA for API services on request, reviewed case by case', '2026-11-23'),
  s('https://developers.openai.com/zh-Hans/api/docs/guides/your-data', 'Zero Data Retention / Modified Abuse Monitoring with prior approval', '2026-11-23'),
  s('https://developers.openai.com/api/docs/guides/data-residency.md', 'per-project regional processing for eligible orgs; +10% for models released on or after 2026-03-05', '2026-11-23'),
];
const ANTHROPIC_SOURCES: Source[] = [
  s('https://platform.claude.com/docs/en/manage-claude/api-and-data-retention.md', 'HIPAA-ready API with a signed BAA; ZDR by arrangement; on Bedrock and Vertex the cloud provider is the data processor', '2026-11-23'),
  s('https://privacy.claude.com/en/articles/8956058-i-have-a-zero-retention-agreement-with-anthropic-what-products-does-it-apply-to', 'ZDR scope', '2026-11-23'),
];
const CLAUDE_PLATFORM_PRICING = s('https://platform.claude.com/docs/en/about-claude/pricing', 'third-party platform pricing: regional and multi-region endpoints on Bedrock and Vertex are priced 10% above global endpoints for Claude Sonnet 4.5 and later (not re-read for the 5.5 models)');

export const channels: CatalogInput['channels'] = [
  {
    id: 'openai-api', name: 'OpenAI API', provider: 'openai', operator: 'OpenAI', modelAvailability: 'verified',
    baa: true, zeroDataRetention: true, fedramp: null, regions: ['us', 'eu'], itar: null, cjis: null,
    priceUplift: 0.1, upliftApplies: 'in-region',
    notes: 'EU processing confirmed on the GPT-6 Luna model page; other regions store data at rest only. FedRAMP not covered by the sources read.',
    sources: OPENAI_SOURCES,
  },
  {
    id: 'azure-openai', name: 'Azure OpenAI', provider: 'openai', operator: 'Microsoft', modelAvailability: 'assumed',
    baa: true, zeroDataRetention: true, fedramp: null, regions: ['us', 'eu', 'uk', 'ca', 'au', 'jp', 'in', 'ch', 'kr'], itar: null, cjis: null,
    priceUplift: 0.1, upliftApplies: 'in-region',
    notes: 'Regional (Standard) and Data Zone deployments keep processing in the region or zone (Japan East, UK South, Canada East, Australia East, South India, Switzerland North, Korea Central; US and EU data zones); Global deployments may process anywhere. Zero retention needs approval for modified abuse monitoring. Which GPT-6.x models each region serves is not itemised here: check the model table.',
    sources: [
      s('https://learn.microsoft.com/en-us/azure/compliance/offerings/offering-hipaa-us', 'Microsoft: Azure OpenAI in scope of the HIPAA BAA in the Product Terms (not re-read this pass)'),
      s('https://learn.microsoft.com/en-us/azure/ai-foundry/openai/concepts/abuse-monitoring', 'modified abuse monitoring (by approval): prompts and completions are not stored'),
      s('https://learn.microsoft.com/en-us/azure/ai-foundry/openai/how-to/deployment-types', 'deployment types: Global, Data Zone (US, EU), Regional; Data Zone and Regional are priced above Global'),
    ],
  },
  {
    id: 'azure-openai-gov', name: 'Azure OpenAI in Azure Government', provider: 'openai', operator: 'Microsoft (Azure Government)', modelAvailability: 'assumed',
    baa: true, zeroDataRetention: null, fedramp: 'high', regions: ['us'], itar: true, cjis: null,
    priceUplift: null, upliftApplies: 'always',
    notes: 'FedRAMP High and DoD IL4/IL5 within Azure Government (usgovarizona, usgovvirginia). Azure Government lists far fewer models than commercial Azure (2025: gpt-4o, o3-mini); GPT-6.x availability is not verified. Not all abuse-monitoring features are enabled, so zero retention is not verified.',
    sources: [
      s('https://windowsnews.ai/article/azure-openai-officially-cleared-for-fedramp-high-and-dod-il5-gpt-4o-now-available-in-government-clou.377170', 'secondary: Azure OpenAI approved for FedRAMP High and DoD IL4/IL5 in Azure Government (September 2024, confirmed by DISA)', '2024-09'),
      s('https://video2.skills-academy.com/en-us/azure/ai-services/openai/azure-government', 'mirror of Microsoft Learn "Azure OpenAI in Azure Government": model availability by region, abuse monitoring differences', '2025-05-01'),
      s('https://learn.microsoft.com/en-us/azure/compliance/offerings/offering-itar', 'Microsoft: Azure Government supports ITAR-controlled data (US-person screened operations)'),
    ],
  },
  {
    id: 'anthropic-api', name: 'Claude API', provider: 'anthropic', operator: 'Anthropic', modelAvailability: 'verified',
    baa: true, zeroDataRetention: true, fedramp: null, regions: ['us'], itar: null, cjis: null,
    priceUplift: 0, upliftApplies: 'in-region',
    notes: 'BAA limited to HIPAA-eligible features (web search excluded). Regional processing outside the US not captured.',
    sources: ANTHROPIC_SOURCES,
  },
  {
    id: 'bedrock', name: 'Amazon Bedrock', provider: 'anthropic', operator: 'AWS', modelAvailability: 'assumed',
    baa: true, zeroDataRetention: true, fedramp: 'moderate', regions: ['us', 'eu', 'jp', 'au'], itar: null, cjis: null,
    priceUplift: 0.1, upliftApplies: 'in-region',
    notes: 'AWS is the data processor; Bedrock does not store or log prompts and completions. In-region processing through geographic cross-region inference profiles (US, EU, Japan: Tokyo and Osaka, Australia); the global profile may route anywhere. FedRAMP Moderate in the commercial US regions.',
    sources: [
      s('https://docs.aws.amazon.com/bedrock/latest/userguide/data-protection.html', 'Bedrock does not store or log prompts and completions, nor use them to train models'),
      s('https://aws.amazon.com/compliance/services-in-scope/', 'Bedrock in scope of HIPAA (AWS BAA) and FedRAMP Moderate (US East/West); FedRAMP High in GovCloud'),
      s('https://docs.aws.amazon.com/bedrock/latest/userguide/cross-region-inference.html', 'geographic inference profiles keep processing within the geography'),
      CLAUDE_PLATFORM_PRICING,
    ],
  },
  {
    id: 'bedrock-govcloud', name: 'Amazon Bedrock GovCloud', provider: 'anthropic', operator: 'AWS (GovCloud US)', modelAvailability: 'assumed',
    baa: true, zeroDataRetention: true, fedramp: 'high', regions: ['us'], itar: true, cjis: null,
    priceUplift: null, upliftApplies: 'always',
    notes: 'FedRAMP High and DoD IL4/IL5; operated by US persons (ITAR). Model access is enabled from the linked commercial account; GovCloud lags commercial regions in models (Claude Sonnet 4.5 approved there by early 2026): the 5.5 models are not verified. Anthropic was designated a supply-chain risk for DoD contracts in March 2026 (secondary): check before defense work.',
    sources: [
      s('https://aws.amazon.com/blogs/publicsector/unlocking-ai-models-in-standard-aws-regions-from-aws-govcloud-us-cross-partition-access-with-amazon-bedrock', 'AWS: GovCloud (US) is isolated and administered exclusively by US citizens; not all models reach the partition at launch'),
      s('https://ai-manual.ru/article/claude-code-v-aws-govcloud-kak-zastavit-ai-rabotat-s-voennyimi-sekretami-i-ne-sest-v-tyurmu', 'secondary: Claude Sonnet 4.5 in AWS GovCloud for FedRAMP High, ITAR and IL4/5 workloads', '2026-02-16'),
      s('https://pawanpatra.com/?p=6621', 'secondary: DoD supply-chain-risk designation of Anthropic (March 2026) limited to defense contracts', '2026-04'),
    ],
  },
  {
    id: 'vertex-claude', name: 'Claude on Google Vertex AI', provider: 'anthropic', operator: 'Google Cloud', modelAvailability: 'assumed',
    baa: null, zeroDataRetention: null, fedramp: null, regions: ['us', 'eu'], itar: null, cjis: null,
    priceUplift: 0.1, upliftApplies: 'in-region',
    notes: 'Google Cloud is the data processor. BAA coverage, zero retention and FedRAMP status for partner models on Vertex were not verified in the catalog.',
    sources: [ANTHROPIC_SOURCES[0]!, CLAUDE_PLATFORM_PRICING],
  },
  {
    id: 'vertex-gemini', name: 'Google Vertex AI', provider: 'google', operator: 'Google Cloud', modelAvailability: 'assumed',
    baa: null, zeroDataRetention: true, fedramp: 'high', regions: ['us', 'eu', 'uk', 'ca', 'au', 'jp', 'in'], itar: null, cjis: null,
    priceUplift: null, upliftApplies: 'in-region',
    notes: 'FedRAMP High (and DoD IL4) for generally available Gemini models deployed in an Assured Workloads folder configured for FedRAMP High (US regions). Zero retention needs customer actions (abuse-monitoring logging exemption, caching settings). BAA coverage of Gemini on Vertex not verified in the catalog. Regional endpoints include Tokyo, London, Montreal, Sydney and Mumbai.',
    sources: [
      s('https://docs.cloud.google.com/architecture/security/deploy-gemini-gov', 'Google: Generative AI on Vertex AI authorized for FedRAMP High and IL4 within Assured Workloads'),
      s('https://docs.cloud.google.com/gemini-enterprise-agent-platform/resources/zero-data-retention?authuser=9', 'zero data retention through customer actions', '2026-11-23'),
      s('https://docs.cloud.google.com/vertex-ai/generative-ai/docs/learn/locations', 'regional endpoints for Gemini models (not re-read per model)'),
    ],
  },
  {
    id: 'gemini-api', name: 'Gemini Developer API', provider: 'google', operator: 'Google', modelAvailability: 'verified',
    baa: null, zeroDataRetention: null, fedramp: null, regions: [], itar: null, cjis: null,
    priceUplift: 0, upliftApplies: 'in-region',
    notes: 'The free tier uses content to improve products; use Vertex AI or the paid tier for regulated data.',
    sources: [s('https://raw.githubusercontent.com/api-evangelist/deepmind/refs/heads/main/plans/deepmind-plans-pricing.yml', 'free tier: content used to improve products', '2026-10-07')],
  },
];
