import type { CatalogInput } from '../schema.js';

/** Closed API providers' compliance offerings, from ../shared/research/catalog-facts.json (2026-11-23). */
export const providers: CatalogInput['providers'] = [
  {
    id: 'openai',
    name: 'OpenAI',
    baa: true,
    zeroDataRetention: true,
    processingRegions: ['us', 'eu'],
    regionalUplift: 0.1,
    fedramp: 'none',
    notes:
      'BAA: Yes: BAA for API services on request (baa@openai.com), reviewed case by case; most API services covered, with listed exceptions | ZDR: Yes, with prior approval: Zero Data Retention or Modified Abuse Monitoring at org/project level; ZDR forces store=false on /v1/responses and /v1/chat/completions; some endpoints are not ZDR-eligible | Residency: Yes: per-project region (regional storage and, where supported, regional processing) for eligible orgs; +10% price for models released on or after 2026-03-05; system data is excluded | Switchboard: EU processing confirmed on the GPT-6 Luna model page; other regions not listed in the sources. FedRAMP not covered by the sources: none assumed.',
    sources: [
      {
        url: 'https://help.openai.com/en/articles/8660679-how-can-i-get-a-business-associate-agreement-baa-with-openai-for-the-api-services',
        asOf: '2026-11-23',
      },
      {
        url: 'https://developers.openai.com/zh-Hans/api/docs/guides/your-data',
        asOf: '2026-11-23',
      },
      {
        url: 'https://developers.openai.com/api/docs/guides/data-residency.md',
        asOf: '2026-11-23',
      },
    ],
  },
  {
    id: 'anthropic',
    name: 'Anthropic',
    baa: true,
    zeroDataRetention: true,
    processingRegions: ['us'],
    regionalUplift: 0,
    fedramp: 'none',
    notes:
      "BAA: Yes: 'HIPAA-ready' API access with a signed BAA; limited to HIPAA-eligible features (e.g. the BAA does not cover web search) | ZDR: Yes, by arrangement for enterprise API customers with Anthropic approval; per-feature eligibility table; safety-classifier results are still retained | Residency: A 'Data residency' page exists under Data & compliance in the platform docs; details not captured here. On Bedrock / Google-managed Vertex the cloud provider is the data processor and its own regional controls apply | Switchboard: Regional processing not captured (a data-residency page exists); US only assumed. On Bedrock / Vertex the cloud provider's regional controls apply. FedRAMP not covered by the sources: none assumed.",
    sources: [
      {
        url: 'https://platform.claude.com/docs/en/manage-claude/api-and-data-retention.md',
        asOf: '2026-11-23',
      },
      {
        url: 'https://privacy.claude.com/en/articles/8956058-i-have-a-zero-retention-agreement-with-anthropic-what-products-does-it-apply-to',
        asOf: '2026-11-23',
      },
      {
        url: 'https://platform.claude.com/docs/zh-CN/manage-claude/api-and-data-retention.md',
        asOf: '2026-11-23',
        note: 'processor split by platform',
      },
    ],
  },
  {
    id: 'google',
    name: 'Google (Vertex AI)',
    baa: false,
    zeroDataRetention: true,
    processingRegions: ['us', 'eu'],
    regionalUplift: 0,
    fedramp: 'none',
    notes:
      "BAA: Not verified in the sources read. The Gemini Developer API free tier says content is used to improve products, so use Vertex AI / the paid tier for regulated data | ZDR: Achievable on Vertex only through customer actions (e.g. abuse-monitoring prompt-logging exemption, caching settings), per Google's ZDR page; training restriction applies to all managed models | Residency: Yes on Vertex: a per-model table lists data residency at rest, CMEK, VPC-SC and Access Transparency for online/batch prediction, tuning and caching | Switchboard: BAA not verified in the sources read, so treated as unavailable (fail closed); use Vertex AI / paid tier for regulated data, never the free Gemini Developer API tier. ZDR needs customer actions on Vertex. Residency regions not itemised in the sources: US and EU assumed. FedRAMP not covered: none assumed.",
    sources: [
      {
        url: 'https://docs.cloud.google.com/gemini-enterprise-agent-platform/resources/zero-data-retention?authuser=9',
        asOf: '2026-11-23',
      },
      {
        url: 'https://docs.cloud.google.com/gemini-enterprise-agent-platform/models/security-controls?authuser=9&hl=en',
        asOf: '2026-11-23',
      },
      {
        url: 'https://raw.githubusercontent.com/api-evangelist/deepmind/refs/heads/main/plans/deepmind-plans-pricing.yml',
        asOf: '2026-10-07',
        note: 'free tier: content used to improve products',
      },
    ],
  },
];

/**
 * Market-wide discounts (see docs/catalog.md). Reserved: the 2026 commitment figures, not the 2025 "30-70%" range whose
 * middle gave 0.40 / 0.60 before: 1-year H100 35-40% off (Q1 2026) with Hyperstack's published 1-year-class "from" rates
 * only 15-30% off (Aug 2026) -> 1y at the low end, 0.35; commitments of up to three years 30-50% off (May 2026) -> 3y at
 * the top of that range, 0.50. A fleet owner with a better contract passes it with --catalog.
 */
export const pricingContext: CatalogInput['pricingContext'] = {
  reserved1yDiscount: 0.35,
  reserved3yDiscount: 0.5,
  spotDiscount: 0.75,
  cloudOverheadFraction: 0.4,
  sources: [
    {
      url: 'owner/repo: dstackai/dstack docs/blog/posts/state-of-cloud-gpu-2025.md',
      asOf: '2025-09-10',
      note: 'Commitments: 1-3 year reserved 30-70% below on-demand; 6-12 month private offers 20-60% off; spot/preemptible 60-90% off. Switchboard: spot = middle of 60-90%; the reserved discounts follow the newer 2026 figures below',
    },
    {
      url: 'https://digiterialabs.com/ai/insights/cloud-gpu-pricing-q1-2026',
      asOf: '2026-03',
      note: 'Secondary analysis: 1-year H100 reserved ~35-40% off on-demand (Q1 2026). Switchboard: reserved 1y 0.35 (low end: Hyperstack publishes 15-30%)',
    },
    {
      url: 'https://www.hyperstack.cloud/gpu-pricing',
      asOf: '2026-08-26',
      note: 'Reserved "from" vs on-demand, transcribed by api-evangelist/nexgen-cloud: B200 5.10 vs 6.00 (-15%), H200 2.79 vs 3.99 (-30%), H100 SXM 2.72 vs 3.20 (-15%), RTX Pro 6000 1.30 vs 1.85 (-30%)',
    },
    {
      url: 'https://www.mercatus-ai.com/blog/cloud-gpu-pricing',
      asOf: '2026-05',
      note: 'Headline GPU rate is ~60-70% of the real cloud bill (egress, storage, management add 30-50%); reserved/committed capacity 30-50% below on-demand. Switchboard: overhead = middle of +30-50%; reserved 3y 0.50 = the top of 30-50%',
    },
  ],
};
