import type { OpenModelIdentityInput, Source } from '../schema.js';

/**
 * Identity records of the 2025-2026 open-weight models (architectures: open-model-architectures-2026.ts, same ids).
 * Facts were taken from ../shared/research/open-models-2026.json (2026-12-01) and checked against the pages named
 * in `sources`; each source says whether it is the model card (primary) or a secondary page.
 */

const READ = '2026-12-02';
const card = (repo: string, note?: string): Source => ({
  url: `https://huggingface.co/${repo}`,
  asOf: READ,
  note: note ?? 'Hugging Face model card: repo id, licence tag, instruct/base',
});
const page = (url: string, asOf: string, note: string): Source => ({ url, asOf, note });

const APACHE = 'Apache-2.0';
const QWEN_SRC = page('https://github.com/huggingface/transformers/blob/main/docs/source/en/model_doc/qwen3_moe.md', '2025-04-29', 'transformers docs: Qwen3 family released 2025-04-29');
const QWEN35_SRC = page('https://docs.sglang.io/cookbook/autoregressive/Qwen/Qwen3.5', '2026-02', 'SGLang cookbook: Qwen3.5 hybrid Gated DeltaNet + MoE, 262,144-token native context, BF16/FP8/NVFP4 checkpoints; release 2026-02 per whatmodel.sh');
const QWEN36_SRC = page('https://awesomeagents.ai/news/qwen-3-6-35b-a3b-open-source-coder/', '2026-04-16', 'secondary: Qwen3.6-35B-A3B released 16 April 2026 under Apache 2.0, 262,144 native context; Qwen3.6 Plus/Max stay API-only');
const GEMMA3_LICENSE = 'Gemma Terms of Use';
const GEMMA3_CLAUSES = 'custom licence: Gemma Prohibited Use Policy flows down to derivatives and fine-tunes; Google may update the terms; commercial use allowed';
const GEMMA4_SRC = page('https://rits.shanghai.nyu.edu/ai/google-releases-gemma-4-frontier-open-models-under-apache-2-0/', '2026-04', 'secondary: Gemma 4 released 2026-04-02 under Apache 2.0 (first Gemma under an OSI licence); 31B dense and 26B A4B MoE, 256K context');
const LLAMA4_CLAUSES =
  ">700M monthly active users needs a separate licence from Meta; 'Built with Llama' attribution and 'Llama' prefix for derivative names; Acceptable Use Policy flows down; the multimodal-model clause of the AUP withholds rights from EU-domiciled individuals and companies (check with counsel)";
const DEEPSEEK_MIT = 'MIT (code and weights)';
const KIMI_LICENSE = 'Modified MIT';
const KIMI_CLAUSES = "commercial products with >100M monthly active users or >US$20M monthly revenue must prominently display 'Kimi K2' in the user interface";
const KIMI_SRC = page('https://huggingface.co/moonshotai/Kimi-K2-Instruct-0905/blob/main/LICENSE', '2026-12-01', 'licence text: Modified MIT display clause');
const NV_LICENSE = 'NVIDIA Nemotron Open Model License';
const NV_CLAUSES = 'commercial use allowed; NVIDIA terms: attribution, keep the guardrails and the licence with redistributions; terms differ from OSI licences (read before redistributing)';
const MISTRAL_MOD_MIT = 'Modified MIT (Mistral)';
const MISTRAL_MOD_MIT_CLAUSES = 'MIT terms, except companies above a revenue threshold (global consolidated monthly revenue > US$20M) need a commercial licence from Mistral';

export const openModelIdentities2026: OpenModelIdentityInput[] = [
  // Qwen3 dense (April 2025): hybrid thinking, Apache-2.0; 32K native context (131K with YaRN).
  {
    id: 'qwen3-8b', name: 'Qwen3 8B', hfRepo: 'Qwen/Qwen3-8B', aliases: ['qwen3:8b', 'Qwen/Qwen3-8B-FP8'], family: 'qwen3',
    license: APACHE, licenseRestrictions: 'none beyond Apache-2.0; 32K native context, 131K with YaRN rope scaling', commercialUse: true,
    domains: ['general', 'multilingual'], quality: 'standard', qualityNote: '8B dense (2025)', releaseDate: '2025-04-29',
    sources: [card('Qwen/Qwen3-8B'), QWEN_SRC], confidence: 'high',
  },
  {
    id: 'qwen3-14b', name: 'Qwen3 14B', hfRepo: 'Qwen/Qwen3-14B', aliases: ['qwen3:14b', 'Qwen/Qwen3-14B-FP8'], family: 'qwen3',
    license: APACHE, licenseRestrictions: 'none beyond Apache-2.0; 32K native context, 131K with YaRN rope scaling', commercialUse: true,
    domains: ['general', 'multilingual'], quality: 'standard', qualityNote: '14B dense (2025)', releaseDate: '2025-04-29',
    sources: [card('Qwen/Qwen3-14B'), QWEN_SRC], confidence: 'high',
  },
  {
    id: 'qwen3-32b', name: 'Qwen3 32B', hfRepo: 'Qwen/Qwen3-32B', aliases: ['qwen3:32b', 'Qwen/Qwen3-32B-FP8'], family: 'qwen3',
    license: APACHE, licenseRestrictions: 'none beyond Apache-2.0; 32K native context, 131K with YaRN rope scaling', commercialUse: true,
    domains: ['general', 'multilingual', 'code'], quality: 'strong', qualityNote: '32B dense (2025)', releaseDate: '2025-04-29',
    supersededBy: 'qwen3.6-27b', supersededNote: 'Qwen3.5/3.6 27B replace the Qwen3 32B dense model in the same size class',
    sources: [card('Qwen/Qwen3-32B'), QWEN_SRC], confidence: 'high',
  },
  {
    id: 'qwen3.5-27b', name: 'Qwen3.5 27B', hfRepo: 'Qwen/Qwen3.5-27B', aliases: ['qwen3.5:27b'], family: 'qwen3.5',
    license: APACHE, licenseRestrictions: 'none beyond Apache-2.0', commercialUse: true,
    domains: ['general', 'multilingual', 'code'], quality: 'strong', qualityNote: '27B dense hybrid (Gated DeltaNet + attention)', releaseDate: '2026-02',
    supersededBy: 'qwen3.6-27b',
    sources: [card('Qwen/Qwen3.5-27B'), QWEN35_SRC], confidence: 'medium',
  },
  {
    id: 'qwen3.6-27b', name: 'Qwen3.6 27B', hfRepo: 'Qwen/Qwen3.6-27B', aliases: ['qwen3.6:27b'], family: 'qwen3.6',
    license: APACHE, licenseRestrictions: 'none beyond Apache-2.0', commercialUse: true,
    domains: ['general', 'multilingual', 'code'], quality: 'strong', qualityNote: '27B dense hybrid (Gated DeltaNet + attention)', releaseDate: '2026-04',
    sources: [card('Qwen/Qwen3.6-27B'), QWEN36_SRC], confidence: 'medium',
  },
  {
    id: 'gemma-3-12b', name: 'Gemma 3 12B IT', hfRepo: 'google/gemma-3-12b-it', aliases: ['gemma3:12b'], family: 'gemma-3',
    license: GEMMA3_LICENSE, licenseRestrictions: GEMMA3_CLAUSES, commercialUse: true,
    domains: ['general', 'multilingual'], quality: 'standard', qualityNote: '12B dense (2025)', releaseDate: '2025-03-12',
    supersededBy: 'gemma-4-26b-a4b',
    sources: [card('google/gemma-3-12b-it'), page('https://blog.google/technology/developers/gemma-3/', '2025-03-12', 'Google: Introducing Gemma 3')], confidence: 'high',
  },
  {
    id: 'gemma-3-27b', name: 'Gemma 3 27B IT', hfRepo: 'google/gemma-3-27b-it', aliases: ['gemma3:27b', 'gemma3'], family: 'gemma-3',
    license: GEMMA3_LICENSE, licenseRestrictions: GEMMA3_CLAUSES, commercialUse: true,
    domains: ['general', 'multilingual'], quality: 'standard', qualityNote: '27B dense (2025)', releaseDate: '2025-03-12',
    supersededBy: 'gemma-4-31b',
    sources: [card('google/gemma-3-27b-it'), page('https://blog.google/technology/developers/gemma-3/', '2025-03-12', 'Google: Introducing Gemma 3')], confidence: 'high',
  },
  {
    id: 'gemma-4-31b', name: 'Gemma 4 31B IT', hfRepo: 'google/gemma-4-31B-it', aliases: ['gemma4:31b', 'gemma4'], family: 'gemma-4',
    license: APACHE, licenseRestrictions: 'none beyond Apache-2.0 (Gemma 4 left the Gemma Terms of Use)', commercialUse: true,
    domains: ['general', 'multilingual'], quality: 'strong', qualityNote: '31B dense (2026)', releaseDate: '2026-04-02',
    sources: [card('google/gemma-4-31B-it'), GEMMA4_SRC], confidence: 'high',
  },
  {
    id: 'gemma-4-26b-a4b', name: 'Gemma 4 26B A4B IT', hfRepo: 'google/gemma-4-26B-A4B-it', aliases: ['gemma4:26b'], family: 'gemma-4',
    license: APACHE, licenseRestrictions: 'none beyond Apache-2.0', commercialUse: true,
    domains: ['general', 'multilingual'], quality: 'standard', qualityNote: '26B MoE, 3.8B active (2026)', releaseDate: '2026-04-02',
    sources: [card('google/gemma-4-26B-A4B-it'), GEMMA4_SRC], confidence: 'high',
  },
  {
    id: 'mistral-small-3.2-24b', name: 'Mistral Small 3.2 24B Instruct (2506)', hfRepo: 'mistralai/Mistral-Small-3.2-24B-Instruct-2506',
    aliases: ['mistral-small3.2:24b', 'mistral-small3.2'], family: 'mistral-small-3',
    license: APACHE, licenseRestrictions: 'none beyond Apache-2.0', commercialUse: true,
    domains: ['general', 'multilingual'], quality: 'standard', qualityNote: '24B dense (2025)', releaseDate: '2025-06',
    sources: [card('mistralai/Mistral-Small-3.2-24B-Instruct-2506', 'model card: Apache-2.0; release month from the 2506 suffix')], confidence: 'medium',
  },
  {
    id: 'mistral-medium-3.5-128b', name: 'Mistral Medium 3.5 128B', hfRepo: 'mistralai/Mistral-Medium-3.5-128B', family: 'mistral-medium-3',
    license: MISTRAL_MOD_MIT, licenseRestrictions: MISTRAL_MOD_MIT_CLAUSES, commercialUse: true,
    domains: ['general', 'multilingual', 'code'], quality: 'strong', qualityNote: '128B dense merged instruct/reasoning/coding model (2026)', releaseDate: '2026-04-29',
    sources: [
      card('mistralai/Mistral-Medium-3.5-128B'),
      page('https://docs.api.nvidia.com/nim/reference/mistralai-mistral-medium-3-5-128b', '2026-04-29', 'NVIDIA NIM card: Hugging Face release 04/29/2026, Modified MIT licence, 256K context; replaces Devstral 2 in Mistral Vibe'),
      page('https://www.llmradar.eu/models/mistral-medium-3-5', '2026-05', 'secondary: Modified MIT with a revenue-threshold carve-out for large companies'),
    ],
    confidence: 'medium',
  },
  {
    id: 'devstral-small-2-24b', name: 'Devstral Small 2 24B (2512)', hfRepo: 'mistralai/Devstral-Small-2-24B-Instruct-2512', aliases: ['devstral-small-2'], family: 'devstral-2',
    license: APACHE, licenseRestrictions: 'none beyond Apache-2.0', commercialUse: true,
    domains: ['code'], quality: 'standard', qualityNote: '24B dense agentic-coding model (2025)', releaseDate: '2025-12-09',
    sources: [card('mistralai/Devstral-Small-2-24B-Instruct-2512'), page('https://developer.mittwald.de/docs/v2/platform/aihosting/models/devstral-small-2-24b-instruct-2512/', '2026-11', 'hoster page: Apache 2.0, 262,144-token context')],
    confidence: 'medium',
  },
  {
    id: 'devstral-2-123b', name: 'Devstral 2 123B (2512)', hfRepo: 'mistralai/Devstral-2-123B-Instruct-2512', aliases: ['devstral-2'], family: 'devstral-2',
    license: MISTRAL_MOD_MIT, licenseRestrictions: MISTRAL_MOD_MIT_CLAUSES, commercialUse: true,
    domains: ['code'], quality: 'strong', qualityNote: '123B dense agentic-coding model (2025)', releaseDate: '2025-12-09',
    supersededBy: 'mistral-medium-3.5-128b', supersededNote: 'Mistral replaced Devstral 2 with Mistral Medium 3.5 in its Vibe coding agent (NVIDIA NIM card, 2026-04-29)',
    sources: [card('mistralai/Devstral-2-123B-Instruct-2512'), page('https://sg.langmart.ai/model-docs/models/mistralai_devstral-2-2512-free.html', '2026-11', 'hoster: available under a modified MIT licence')],
    confidence: 'medium',
  },
  {
    id: 'qwen3-coder-480b-a35b', name: 'Qwen3-Coder 480B-A35B Instruct', hfRepo: 'Qwen/Qwen3-Coder-480B-A35B-Instruct', aliases: ['qwen3-coder:480b', 'Qwen/Qwen3-Coder-480B-A35B-Instruct-FP8'], family: 'qwen3-coder',
    license: APACHE, licenseRestrictions: 'none beyond Apache-2.0', commercialUse: true,
    domains: ['code'], quality: 'strong', qualityNote: '480B MoE, 35B active, agentic coding (2025)', releaseDate: '2025-07-22',
    sources: [card('Qwen/Qwen3-Coder-480B-A35B-Instruct', 'model card: Apache-2.0, 262,144 native context; release date from the Qwen3-Coder announcement (2025-07-22)')],
    confidence: 'medium',
  },
  {
    id: 'medgemma-27b-text', name: 'MedGemma 27B Text IT', hfRepo: 'google/medgemma-27b-text-it', aliases: ['medgemma:27b'], family: 'gemma-3',
    license: 'Health AI Developer Foundations Terms of Use',
    licenseRestrictions: 'gated on Hugging Face (accept the HAI-DEF terms); the developer must validate it for any clinical use; not a medical device; more restrictive than Apache-2.0',
    commercialUse: true,
    domains: ['medical'], quality: 'standard', qualityNote: 'Gemma 3 27B with medical post-training (2025)', releaseDate: '2025-05-20',
    sources: [
      card('google/medgemma-27b-text-it', 'model card: HAI-DEF licence, gated, instruction-tuned, 128K context'),
      page('https://featherless.ai/models/google/medgemma-27b-text-it/readme', '2026-11', 'copy of the model card: licence health-ai-developer-foundations'),
      page('https://nascimentoab.com.br/blog/medgemma-open-source-medical-ai?lang=en', '2026-06-10', 'secondary: released May 2025 through Health AI Developer Foundations'),
    ],
    confidence: 'medium',
  },
  // MoE
  {
    id: 'qwen3-30b-a3b', name: 'Qwen3 30B-A3B', hfRepo: 'Qwen/Qwen3-30B-A3B', aliases: ['qwen3:30b', 'qwen3:30b-a3b', 'Qwen/Qwen3-30B-A3B-Instruct-2507'], family: 'qwen3',
    license: APACHE, licenseRestrictions: 'none beyond Apache-2.0; the original release has 32K native context (the 2507 refresh 262K)', commercialUse: true,
    domains: ['general', 'multilingual'], quality: 'standard', qualityNote: '30B MoE, 3.3B active (2025)', releaseDate: '2025-04-29',
    supersededBy: 'qwen3.6-35b-a3b',
    sources: [card('Qwen/Qwen3-30B-A3B'), QWEN_SRC], confidence: 'high',
  },
  {
    id: 'qwen3-235b-a22b', name: 'Qwen3 235B-A22B', hfRepo: 'Qwen/Qwen3-235B-A22B', aliases: ['qwen3:235b', 'Qwen/Qwen3-235B-A22B-Instruct-2507', 'Qwen/Qwen3-235B-A22B-FP8'], family: 'qwen3',
    license: APACHE, licenseRestrictions: 'none beyond Apache-2.0; the original release has 32K native context (the 2507 refresh 262K)', commercialUse: true,
    domains: ['general', 'multilingual', 'code'], quality: 'strong', qualityNote: '235B MoE, 22B active (2025)', releaseDate: '2025-04-29',
    supersededBy: 'qwen3.5-397b-a17b',
    sources: [card('Qwen/Qwen3-235B-A22B'), QWEN_SRC], confidence: 'high',
  },
  {
    id: 'qwen3-next-80b-a3b', name: 'Qwen3-Next 80B-A3B', hfRepo: 'Qwen/Qwen3-Next-80B-A3B-Instruct', aliases: ['qwen3-next:80b', 'Qwen/Qwen3-Next-80B-A3B-Thinking'], family: 'qwen3-next',
    license: APACHE, licenseRestrictions: 'none beyond Apache-2.0', commercialUse: true,
    domains: ['general', 'multilingual'], quality: 'standard', qualityNote: '80B hybrid MoE, 3B active (2025)', releaseDate: '2025-09',
    supersededBy: 'qwen3.5-122b-a10b', supersededNote: 'Qwen3-Next previewed the hybrid design that Qwen3.5 shipped',
    sources: [card('Qwen/Qwen3-Next-80B-A3B-Instruct', 'model card: Apache-2.0; release month 2025-09 (day not checked)')], confidence: 'medium',
  },
  {
    id: 'qwen3.5-35b-a3b', name: 'Qwen3.5 35B-A3B', hfRepo: 'Qwen/Qwen3.5-35B-A3B', family: 'qwen3.5',
    license: APACHE, licenseRestrictions: 'none beyond Apache-2.0', commercialUse: true,
    domains: ['general', 'multilingual'], quality: 'standard', qualityNote: '35B hybrid MoE, 3B active (2026)', releaseDate: '2026-02',
    supersededBy: 'qwen3.6-35b-a3b',
    sources: [card('Qwen/Qwen3.5-35B-A3B'), QWEN35_SRC], confidence: 'medium',
  },
  {
    id: 'qwen3.5-122b-a10b', name: 'Qwen3.5 122B-A10B', hfRepo: 'Qwen/Qwen3.5-122B-A10B', aliases: ['Qwen/Qwen3.5-122B-A10B-FP8'], family: 'qwen3.5',
    license: APACHE, licenseRestrictions: 'none beyond Apache-2.0', commercialUse: true,
    domains: ['general', 'multilingual', 'code'], quality: 'strong', qualityNote: '122B hybrid MoE, 10B active (2026)', releaseDate: '2026-02',
    sources: [card('Qwen/Qwen3.5-122B-A10B'), QWEN35_SRC], confidence: 'medium',
  },
  {
    id: 'qwen3.5-397b-a17b', name: 'Qwen3.5 397B-A17B', hfRepo: 'Qwen/Qwen3.5-397B-A17B', aliases: ['Qwen/Qwen3.5-397B-A17B-FP8'], family: 'qwen3.5',
    license: APACHE, licenseRestrictions: 'none beyond Apache-2.0 (the hosted Qwen3.5-Plus adds 1M context and tools; the weights are the post-trained model)', commercialUse: true,
    domains: ['general', 'multilingual', 'code'], quality: 'frontier', qualityNote: '397B hybrid MoE, 17B active (2026)', releaseDate: '2026-02',
    sources: [card('Qwen/Qwen3.5-397B-A17B', 'model card: post-trained weights, Apache-2.0'), QWEN35_SRC], confidence: 'medium',
  },
  {
    id: 'qwen3.6-35b-a3b', name: 'Qwen3.6 35B-A3B', hfRepo: 'Qwen/Qwen3.6-35B-A3B', aliases: ['qwen3.6:35b'], family: 'qwen3.6',
    license: APACHE, licenseRestrictions: 'none beyond Apache-2.0', commercialUse: true,
    domains: ['general', 'multilingual', 'code'], quality: 'standard', qualityNote: '35B hybrid MoE, 3B active (2026)', releaseDate: '2026-04-16',
    sources: [card('Qwen/Qwen3.6-35B-A3B'), QWEN36_SRC], confidence: 'high',
  },
  {
    id: 'gpt-oss-20b', name: 'gpt-oss-20b', hfRepo: 'openai/gpt-oss-20b', aliases: ['gpt-oss:20b'], family: 'gpt-oss',
    license: 'Apache-2.0 + gpt-oss usage policy', licenseRestrictions: 'permissive weights licence; the usage policy asks for lawful, safe use; no MAU cap', commercialUse: true,
    domains: ['general', 'code'], quality: 'standard', qualityNote: '21B MoE, 3.6B active, MXFP4 experts (2025)', releaseDate: '2025-08-05',
    sources: [card('openai/gpt-oss-20b'), page('https://threadreaderapp.com/thread/1952887733803991070', '2025-08-05', 'Artificial Analysis thread: released in MXFP4, 20.9B total / 3.6B active')], confidence: 'high',
  },
  {
    id: 'gpt-oss-120b', name: 'gpt-oss-120b', hfRepo: 'openai/gpt-oss-120b', aliases: ['gpt-oss:120b', 'gpt-oss'], family: 'gpt-oss',
    license: 'Apache-2.0 + gpt-oss usage policy', licenseRestrictions: 'permissive weights licence; the usage policy asks for lawful, safe use; no MAU cap', commercialUse: true,
    domains: ['general', 'code'], quality: 'strong', qualityNote: '117B MoE, 5.1B active, MXFP4 experts; fits one 80 GB GPU (2025)', releaseDate: '2025-08-05',
    sources: [card('openai/gpt-oss-120b'), page('https://threadreaderapp.com/thread/1952887733803991070', '2025-08-05', 'Artificial Analysis thread: released in MXFP4, 116.8B total / 5.1B active')], confidence: 'high',
  },
  {
    id: 'llama-4-scout', name: 'Llama 4 Scout 17B-16E Instruct', hfRepo: 'meta-llama/Llama-4-Scout-17B-16E-Instruct', aliases: ['llama4:scout', 'llama4:16x17b'], family: 'llama-4',
    license: 'Llama 4 Community License', licenseRestrictions: LLAMA4_CLAUSES, commercialUse: true, mauLimit: 700000000,
    domains: ['general', 'multilingual'], quality: 'standard', qualityNote: '109B MoE, 17B active (2025)', releaseDate: '2025-04-05',
    sources: [card('meta-llama/Llama-4-Scout-17B-16E-Instruct', 'model card: Llama 4 Community License, released 2025-04-05, 10M context claim')], confidence: 'medium',
  },
  {
    id: 'llama-4-maverick', name: 'Llama 4 Maverick 17B-128E Instruct', hfRepo: 'meta-llama/Llama-4-Maverick-17B-128E-Instruct', aliases: ['llama4:maverick', 'llama4:128x17b', 'meta-llama/Llama-4-Maverick-17B-128E-Instruct-FP8'], family: 'llama-4',
    license: 'Llama 4 Community License', licenseRestrictions: LLAMA4_CLAUSES, commercialUse: true, mauLimit: 700000000,
    domains: ['general', 'multilingual', 'code'], quality: 'strong', qualityNote: '400B MoE, 17B active (2025)', releaseDate: '2025-04-05',
    sources: [card('meta-llama/Llama-4-Maverick-17B-128E-Instruct', 'model card: Llama 4 Community License, released 2025-04-05; an official FP8 checkpoint exists')], confidence: 'medium',
  },
  {
    id: 'deepseek-r1-0528', name: 'DeepSeek-R1-0528', hfRepo: 'deepseek-ai/DeepSeek-R1-0528',
    // DeepSeek-R1 (2025-01-20) has the same architecture; it resolves here so capacity can size it.
    aliases: ['deepseek-ai/DeepSeek-R1', 'deepseek-r1', 'deepseek-r1:671b'], family: 'deepseek-v3',
    license: DEEPSEEK_MIT, licenseRestrictions: 'none beyond MIT; distillation and derivative models allowed', commercialUse: true,
    domains: ['general', 'code'], quality: 'strong', qualityNote: '671B MoE reasoning model, 37B active (2025)', releaseDate: '2025-05-28',
    supersededBy: 'deepseek-v3.2', supersededNote: 'DeepSeek folded reasoning into the V3.1/V3.2 hybrid-thinking models',
    sources: [card('deepseek-ai/DeepSeek-R1-0528', 'model card: MIT; the 0528 update of R1 (first release 2025-01-20)')], confidence: 'high',
  },
  {
    id: 'deepseek-v3.1', name: 'DeepSeek-V3.1', hfRepo: 'deepseek-ai/DeepSeek-V3.1', aliases: ['deepseek-ai/DeepSeek-V3.1-Terminus', 'deepseek-v3.1:671b'], family: 'deepseek-v3',
    license: DEEPSEEK_MIT, licenseRestrictions: 'none beyond MIT', commercialUse: true,
    domains: ['general', 'code'], quality: 'strong', qualityNote: '671B MoE hybrid thinking, 37B active (2025)', releaseDate: '2025-08-21',
    supersededBy: 'deepseek-v3.2',
    sources: [card('deepseek-ai/DeepSeek-V3.1', 'model card: MIT, hybrid thinking/non-thinking, FP8 (UE8M0) weights; released 2025-08-21')], confidence: 'medium',
  },
  {
    id: 'deepseek-v3.2', name: 'DeepSeek-V3.2', hfRepo: 'deepseek-ai/DeepSeek-V3.2', aliases: ['deepseek-ai/DeepSeek-V3.2-Exp'], family: 'deepseek-v3',
    license: DEEPSEEK_MIT, licenseRestrictions: 'none beyond MIT', commercialUse: true,
    domains: ['general', 'code'], quality: 'strong', qualityNote: '671B MoE with DeepSeek Sparse Attention, 37B active (2025)', releaseDate: '2025-12-01',
    supersededBy: 'deepseek-v4-flash', supersededNote: 'DeepSeek V4 (2026-04-24) replaces V3.2; V4-Flash is the closer size',
    sources: [card('deepseek-ai/DeepSeek-V3.2', 'model card: MIT; V3.2-Exp 2025-09-29, V3.2 2025-12-01')], confidence: 'medium',
  },
  {
    id: 'deepseek-v4-flash', name: 'DeepSeek-V4-Flash', hfRepo: 'deepseek-ai/DeepSeek-V4-Flash', family: 'deepseek-v4',
    license: DEEPSEEK_MIT, licenseRestrictions: 'none beyond MIT', commercialUse: true,
    domains: ['general', 'code'], quality: 'strong', qualityNote: '284B MoE, 13B active, 1M context (2026)', releaseDate: '2026-04-24',
    sources: [card('deepseek-ai/DeepSeek-V4-Flash'), page('https://aplicar.ai/the-2026-open-weights-llm-playbook/', '2026-05', 'secondary: DeepSeek V4 released 2026-04-24, MIT, 1M context; V4-Flash 13B active / 284B total')], confidence: 'high',
  },
  {
    id: 'deepseek-v4-pro', name: 'DeepSeek-V4-Pro', hfRepo: 'deepseek-ai/DeepSeek-V4-Pro', family: 'deepseek-v4',
    license: DEEPSEEK_MIT, licenseRestrictions: 'none beyond MIT', commercialUse: true,
    domains: ['general', 'code', 'multilingual'], quality: 'frontier', qualityNote: '1.6T MoE, 49B active, 1M context (2026)', releaseDate: '2026-04-24',
    sources: [card('deepseek-ai/DeepSeek-V4-Pro'), page('https://aplicar.ai/the-2026-open-weights-llm-playbook/', '2026-05', 'secondary: DeepSeek V4 released 2026-04-24, MIT, 1M context; V4-Pro 49B active / 1.6T total')], confidence: 'high',
  },
  {
    id: 'kimi-k2', name: 'Kimi K2 Instruct', hfRepo: 'moonshotai/Kimi-K2-Instruct-0905', aliases: ['moonshotai/Kimi-K2-Instruct', 'moonshotai/Kimi-K2-Thinking'], family: 'kimi-k2',
    license: KIMI_LICENSE, licenseRestrictions: KIMI_CLAUSES, commercialUse: true,
    domains: ['general', 'code'], quality: 'strong', qualityNote: '1T MoE, 32B active (2025)', releaseDate: '2025-07-11',
    supersededBy: 'kimi-k2.6',
    sources: [card('moonshotai/Kimi-K2-Instruct-0905'), KIMI_SRC, page('http://en.gzoutsourcing.cn/Article/20250721/47296.html', '2025-07-21', 'secondary: Kimi K2 unveiled 2025-07-11')], confidence: 'high',
  },
  {
    id: 'kimi-k2.6', name: 'Kimi K2.6', hfRepo: 'moonshotai/Kimi-K2.6', family: 'kimi-k2',
    license: KIMI_LICENSE, licenseRestrictions: `${KIMI_CLAUSES} (K2 family licence; re-read the K2.6 repo LICENSE before relying on it)`, commercialUse: true,
    domains: ['general', 'code'], quality: 'frontier', qualityNote: '1T MoE, 32B active, released with native INT4 (QAT) experts (2026)', releaseDate: '2026-04',
    sources: [card('moonshotai/Kimi-K2.6'), KIMI_SRC, page('https://aplicar.ai/the-2026-open-weights-llm-playbook/', '2026-05', 'secondary: Kimi K2.6 shipped in April 2026')], confidence: 'medium',
  },
  {
    id: 'kimi-k3', name: 'Kimi K3', hfRepo: 'moonshotai/Kimi-K3', family: 'kimi-k3',
    license: 'Kimi K3 License',
    licenseRestrictions: "MIT-style grant including weights, plus a 'Model as a Service' condition for licensees running a MaaS business above US$20M aggregate revenue (read the full text before offering a public API)",
    commercialUse: true,
    domains: ['general', 'code'], quality: 'frontier', qualityNote: '2.8T hybrid (Kimi Delta Attention + MLA) MoE, MXFP4 weights, 1M context (2026)', releaseDate: '2026-07',
    sources: [card('moonshotai/Kimi-K3'), page('https://raw.githubusercontent.com/MoonshotAI/Kimi-K3/main/LICENSE', '2026-12-01', 'licence text (stored copy truncated after the MaaS clause)')], confidence: 'low',
  },
  {
    id: 'glm-4.7', name: 'GLM-4.7', hfRepo: 'zai-org/GLM-4.7', aliases: ['zai-org/GLM-4.7-FP8'], family: 'glm-4',
    license: 'MIT', licenseRestrictions: 'none beyond MIT', commercialUse: true,
    domains: ['general', 'code', 'multilingual'], quality: 'strong', qualityNote: '355B MoE, 32B active (2025)', releaseDate: '2025-12-22',
    supersededBy: 'glm-5.2',
    sources: [card('zai-org/GLM-4.7', 'model card: MIT (the GLM-4.7-Flash card shows license: mit); release 2025-12-22'), page('https://docs.nvidia.com/nemo/megatron-bridge/nightly/models/glm/glm47.html', '2026-11', 'NVIDIA Megatron Bridge: zai-org/GLM-4.7, ~358B total / 32B active')], confidence: 'medium',
  },
  {
    id: 'glm-5.2', name: 'GLM-5.2', hfRepo: 'zai-org/GLM-5.2', aliases: ['zai-org/GLM-5.2-FP8'], family: 'glm-5',
    license: 'MIT', licenseRestrictions: 'none beyond MIT', commercialUse: true,
    domains: ['general', 'code', 'multilingual'], quality: 'frontier', qualityNote: '744B MoE, ~40B active, 1M context; open-weights leader on AA Index v4.1 (2026)', releaseDate: '2026-06-13',
    sources: [
      card('zai-org/GLM-5.2'),
      page('https://inphronesys.com/?p=2130', '2026-06', 'secondary: released 2026-06-13 under MIT, 1,000,000-token context'),
      page('https://learnaivisually.com/ai-explained/glm-5-2-active-vs-total-parameters', '2026-06-17', 'secondary citing Artificial Analysis: 744B total, ~40B active, MIT'),
    ],
    confidence: 'high',
  },
  {
    id: 'minimax-m2.7', name: 'MiniMax-M2.7', hfRepo: 'MiniMaxAI/MiniMax-M2.7', family: 'minimax-m2',
    license: 'MiniMax M2.7 Non-Commercial License',
    licenseRestrictions: "non-commercial MIT-style terms: any commercial use (paid products, commercial APIs, fine-tunes run for profit) needs prior written authorisation from MiniMax; 'Built with MiniMax M2.7' attribution; military use prohibited",
    commercialUse: false,
    domains: ['general', 'code'], quality: 'strong', qualityNote: '229B MoE, ~10B active, FP8 weights (2026)', releaseDate: '2026-04-12',
    sources: [
      card('MiniMaxAI/MiniMax-M2.7'),
      page('https://api-inference.hf-mirror.com/MiniMaxAI/MiniMax-M2.7/discussions/5', '2026-04', 'licence text quoted in the repo discussion: NON-COMMERCIAL LICENSE, commercial use requires prior written authorization'),
      page('https://temp.jaylab.io/minimax-m2-7-report.html', '2026-04-14', 'secondary: released 2026-04-12, weights opened 2026-04-13'),
    ],
    confidence: 'high',
  },
  {
    id: 'minimax-m3', name: 'MiniMax-M3', hfRepo: 'MiniMaxAI/MiniMax-M3', family: 'minimax-m3',
    license: 'MiniMax licence (not verified)',
    licenseRestrictions: 'licence text not read in the catalog; MiniMax-M2.7 was non-commercial, so commercial use is treated as not allowed until checked',
    commercialUse: false,
    domains: ['general', 'code'], quality: 'frontier', qualityNote: '427B MoE, ~26B active, 1M context (2026)', releaseDate: '2026-06',
    sources: [card('MiniMaxAI/MiniMax-M3', 'licence not verified'), page('https://iotdigitaltwinplm.com/glm-5-2-open-weight-llm-benchmark-analysis-2026/', '2026-06', 'secondary: MiniMax M3 released in the first half of June 2026')],
    confidence: 'low',
  },
  {
    id: 'nemotron-3-super-120b-a12b', name: 'NVIDIA Nemotron 3 Super 120B-A12B', hfRepo: 'nvidia/NVIDIA-Nemotron-3-Super-120B-A12B-FP8',
    aliases: ['nvidia/NVIDIA-Nemotron-3-Super-120B-A12B-BF16', 'nvidia/NVIDIA-Nemotron-3-Super-120B-A12B-NVFP4', 'nemotron-3-super'], family: 'nemotron-3',
    license: NV_LICENSE, licenseRestrictions: NV_CLAUSES, commercialUse: true,
    domains: ['general', 'code'], quality: 'strong', qualityNote: '120B hybrid Mamba-2/attention latent MoE, 12B active (2026)', releaseDate: '2026-03-10',
    sources: [
      card('nvidia/NVIDIA-Nemotron-3-Super-120B-A12B-FP8'),
      page('https://research.nvidia.com/labs/nemotron/Nemotron-3-Super', '2026-03-10', 'NVIDIA: post-trained BF16, FP8 and NVFP4 checkpoints plus a separate base model'),
      page('https://awesomeagents.ai/news/nvidia-nemotron-3-super-120b-agentic-ai', '2026-03', 'secondary: weights under the NVIDIA Nemotron Open Model License'),
    ],
    confidence: 'high',
  },
  {
    id: 'nemotron-3-nano-30b-a3b', name: 'NVIDIA Nemotron 3 Nano 30B-A3B', hfRepo: 'nvidia/NVIDIA-Nemotron-3-Nano-30B-A3B-BF16',
    aliases: ['nvidia/NVIDIA-Nemotron-3-Nano-30B-A3B-FP8', 'nemotron-3-nano'], family: 'nemotron-3',
    license: NV_LICENSE, licenseRestrictions: NV_CLAUSES, commercialUse: true,
    domains: ['general'], quality: 'standard', qualityNote: '32B hybrid Mamba-2/attention MoE, 3B active (2025)', releaseDate: '2025-12',
    sources: [card('nvidia/NVIDIA-Nemotron-3-Nano-30B-A3B-BF16'), page('https://charonhub.deeplearning.ai/nvidias-open-nemotron-3-super-120b-a12b-model-sets-new-paces-in-its-class', '2026-03', 'secondary: Nemotron 3 Nano released December 2025')],
    confidence: 'medium',
  },
];
