import type { CatalogInput } from '../schema.js';

/**
 * GPUs from ../shared/research/catalog-facts.json (2026-11-23); TFLOPS are dense. Rental prices re-read from
 * ../shared/research/gpu-prices-2026.json (2026-12-01) with one rule, stated in docs/catalog.md ("GPU rental"):
 * typical = the median (to the cent) of on-demand rates at dedicated GPU clouds dated 2026-08 or later, one per
 * provider; low / high = the cheapest / dearest on-demand rate in the same rows (community, marketplace and
 * hyperscaler list included; never spot, reserved or serverless: the cost model applies its own discounts).
 */

// The research file's rental sources: third-party transcriptions of provider rate cards (the provider pages
// themselves were not read), so every figure below is a transcription unless its note says otherwise.
const RESEARCH = 'gpu-prices-2026.json (Switchboard research file)';
const DATARECEIPTS = 'https://raw.githubusercontent.com/datareceipts/data-receipts/main/109-gpu-pricing/';
const LAMBDA =
  'https://raw.githubusercontent.com/api-evangelist/lambda-labs/refs/heads/main/plans/lambda-labs-plans-pricing.yml';
const SILYBENCH = 'https://raw.githubusercontent.com/tgarg01/silybench-data/main/derived/csv/gpu_prices.csv';
const HYPERSTACK =
  'https://raw.githubusercontent.com/api-evangelist/nexgen-cloud/refs/heads/main/plans/nexgen-cloud-plans-pricing.yml';
const SCREENER =
  'https://raw.githubusercontent.com/renshuBTC/compute-screener/main/data/gpu_providers_latest.csv';
const LANTERN = 'https://huggingface.co/datasets/lantern-works/gpu-cloud-prices';
const CLIFFCENTER = 'https://www.cliffcenter.com/research/amd-inference-economics';
const DATARECEIPTS_NOTE =
  'transcription of RunPod pages and the AWS/Azure price APIs, per GPU (vendors.json, hyperscalers.json)';
const LAMBDA_NOTE = 'verbatim transcription of https://lambda.ai/instances';
const SILYBENCH_NOTE =
  'transcription of provider pricing pages, each row citing its page and check date (commit 045df3b)';
const HYPERSTACK_NOTE = 'verbatim transcription of https://www.hyperstack.cloud/gpu-pricing';
const SCREENER_NOTE =
  'aggregator: average observed rate per provider over several SKUs/regions (medium quality)';

export const gpus: CatalogInput['gpus'] = [
  {
    id: 'h100-sxm',
    name: 'NVIDIA H100 SXM 80GB',
    vendor: 'nvidia',
    memoryGb: 80,
    memoryBandwidthTBs: 3.35,
    bf16Tflops: 989.4,
    fp8Tflops: 1978.9,
    tdpW: 700,
    interconnectGBs: 450,
    rentalUsdPerHour: {
      low: 2.4024,
      typical: 3.99,
      high: 12.29,
    },
    purchaseUsd: 27500,
    sources: [
      {
        url: 'https://www.nvidia.com/en-us/data-center/h100/',
        asOf: '2026-11-23',
        note: 'vendor datasheet',
      },
      {
        url: 'https://glennklockwood.com/garden/processors/h100',
        asOf: '2026-11-23',
        note: 'per-precision table: 989.4 BF16 dense, 1978.9 FP8 dense',
      },
      {
        url: 'https://github.com/inference-sim/inference-sim/blob/a9d5ae3c0041a2705fdfb651f99c2f8106336898/hardware_config.json',
        asOf: '2026-08-22',
        note: 'uses 989.5 TF BF16, 1979 FP8, 3.35 TB/s',
      },
      {
        url: DATARECEIPTS,
        asOf: '2026-11-09',
        note: `${DATARECEIPTS_NOTE}. rental: RunPod Secure $3.99/GPU-h (3.49 on 2026-09-25, 3.29 on 2026-08-19), RunPod Community $2.69; AWS p5.48xlarge us-east-1 on-demand $55.04/8 = $6.88; Azure ND96isr_H100_v5 $12.29 (with 400 Gb/s InfiniBand per GPU)`,
      },
      {
        url: LAMBDA,
        asOf: '2026-09-20',
        note: `${LAMBDA_NOTE}. rental: Lambda 8x H100 SXM $3.99/GPU-h, 1x $4.29`,
      },
      {
        url: SILYBENCH,
        asOf: '2026-09-25',
        note: `${SILYBENCH_NOTE}. rental: Nebius HGX H100 $3.85/GPU-h; GCP a3-highgpu-1g (GPU + 26 vCPU + 234 GiB) $10.9791 (spot $6.571); Vast.ai verified 1x marketplace median $2.4024 on 2026-10-19 (6.15 on 2026-10-07: volatile)`,
      },
      {
        url: HYPERSTACK,
        asOf: '2026-08-26',
        note: `${HYPERSTACK_NOTE}. rental: Hyperstack H100 SXM on-demand $3.20/GPU-h, reserved from $2.72`,
      },
      {
        url: SCREENER,
        asOf: '2026-10-24',
        note: `${SCREENER_NOTE}. rental: CoreWeave $6.155/GPU-h, Together AI $3.99, DigitalOcean $5.373, Akash $2.58`,
      },
      {
        url: RESEARCH,
        asOf: '2026-12-01',
        note: 'rental (rule in docs/catalog.md): typical = median of the dedicated-cloud on-demand rates Hyperstack 3.20, Nebius 3.85, Lambda 8x 3.99, RunPod Secure 3.99, Together 3.99, DigitalOcean 5.373, CoreWeave 6.155 = 3.99; low = Vast.ai marketplace median 2.4024 (volatile); high = Azure list 12.29. Not in typical: hyperscaler list (AWS 6.88, GCP 10.98, Azure 12.29), community/marketplace (RunPod Community 2.69, Akash 2.58, Vast.ai 2.40), reserved (Hyperstack 2.72). Was 3.00 (middle of "$2-4", catalog-facts 2026-11-23); RunPod Secure rose ~20% Aug-Nov 2026',
      },
      {
        url: 'https://awesomeagents.ai/hardware/nvidia-h100',
        asOf: '2026-11-23',
        note: 'purchase: 25,000-30,000 (new); secondary; source dated 2026 (year only); date read',
      },
      {
        url: 'catalog-facts.json (Switchboard research file)',
        asOf: '2026-11-23',
        note: 'interconnect: NVLink 4: 900 GB/s bidirectional per GPU = 450 GB/s each way (vendor figure, not in the research file); purchase: middle of $25,000-30,000 (new), secondary source; datasheet headline figures (1,979 BF16 / 3,958 FP8) are with 2:4 sparsity',
      },
    ],
    confidence: 'medium',
  },
  {
    id: 'h100-pcie',
    name: 'NVIDIA H100 PCIe 80GB',
    vendor: 'nvidia',
    memoryGb: 80,
    memoryBandwidthTBs: 2.0,
    bf16Tflops: 756,
    fp8Tflops: 1513,
    tdpW: 350,
    interconnectGBs: 64,
    rentalUsdPerHour: {
      low: 1.8,
      typical: 2.79,
      high: 2.86,
    },
    purchaseUsd: null,
    sources: [
      {
        url: 'https://manuals.plus/m/56b0c3ef7d0a1c470c0af8f05a0bd1f29a778007472ba941201fbbb185c9bccd',
        asOf: '2026-11-23',
        note: 'copy of NVIDIA H100 PCIe product brief PB-11133-001',
      },
      {
        url: 'https://github.com/hahnyuan/LLM-Viewer/blob/f307ca5a1102ddbfdee68cdedcada7d9c76cec2d/hardwares/hardware_params.py',
        asOf: '2024-07-30',
      },
      {
        url: 'https://www.spheron.network/blog/runpod-h100-pricing-2026/',
        asOf: '2026-05-22',
        note: 'rental: RunPod Community Cloud $1.80-2.40/GPU-h; rental: RunPod Secure Cloud $2.79/GPU-h',
      },
      {
        url: 'https://techbytes.app/posts/serverless-gpu-pricing-matrix-modal-replicate-lambda-2026/',
        asOf: '2026-05-07',
        note: 'rental: Lambda 1x H100 PCIe $2.86/GPU-h',
      },
      {
        url: 'catalog-facts.json (Switchboard research file)',
        asOf: '2026-11-23',
        note: "typical = median of on-demand observations (2.10 [range mid], 2.79, 2.86); rental left as it was: gpu-prices-2026.json (2026-12-01) has no H100 PCIe rows; interconnect: PCIe Gen5 x16 ~64 GB/s each way (an optional NVLink bridge pairs two cards at 600 GB/s) (vendor figure, not in the research file); purchase: no figure in the research file; Product brief: 350 W maximum, '>2,000 GB/s'. LLM-Viewer uses 2.048 TB/s and 1513/2 TF FP16; dense values are half the sparse datasheet figures",
      },
    ],
    confidence: 'medium',
  },
  {
    id: 'h200',
    name: 'NVIDIA H200 SXM 141GB',
    vendor: 'nvidia',
    memoryGb: 141,
    memoryBandwidthTBs: 4.8,
    bf16Tflops: 989.4,
    fp8Tflops: 1978.9,
    tdpW: 700,
    interconnectGBs: 450,
    rentalUsdPerHour: {
      low: 3.4518,
      typical: 4.59,
      high: 6.305,
    },
    purchaseUsd: 32000,
    sources: [
      {
        url: 'https://www.nvidia.com/en-us/data-center/h200/',
        asOf: '2026-11-23',
        note: 'vendor page',
      },
      {
        url: 'https://github.com/dstackai/dstack/blob/bd1c808f3191ac66eceae800a4bfbaa00bd20ba8/docs/blog/posts/h100-mi300x-inference-benchmark.md',
        asOf: '2024-12-05',
        note: '4.8 TB/s, 1979 TF FP8',
      },
      {
        url: SILYBENCH,
        asOf: '2026-09-25',
        note: `${SILYBENCH_NOTE}. rental: RunPod Secure $4.59/GPU-h, RunPod Community $3.59, Nebius HGX H200 $4.50`,
      },
      {
        url: HYPERSTACK,
        asOf: '2026-08-26',
        note: `${HYPERSTACK_NOTE}. rental: Hyperstack H200 on-demand $3.99/GPU-h, reserved from $2.79`,
      },
      {
        url: SCREENER,
        asOf: '2026-10-24',
        note: `${SCREENER_NOTE}. rental: Civo $3.4518/GPU-h, Jarvis Labs $4.59, Together AI $5.99, CoreWeave $6.305, Vast.ai $5.5826, Nebius $5.40`,
      },
      {
        url: RESEARCH,
        asOf: '2026-12-01',
        note: "rental (rule in docs/catalog.md): typical = median of the dedicated-cloud on-demand rates Civo 3.4518, Hyperstack 3.99, Nebius 4.50 (its rate card; the aggregator's 5.40 average not used), RunPod Secure 4.59, Jarvis Labs 4.59, Together 5.99, CoreWeave 6.305 = 4.59; low = Civo 3.4518; high = CoreWeave 6.305. Not in typical: community/marketplace (RunPod Community 3.59, Vast.ai 5.5826), reserved (Hyperstack 2.79). The file has no H200 hyperscaler list price, so high is a specialist cloud's (it was 7.00, the top of a May 2026 hyperscaler tier). Was 2.50 / 4.00 / 7.00 (typical = middle of the May 2026 specialty tier $3.50-4.50, catalog-facts 2026-11-23)",
      },
      {
        url: 'catalog-facts.json (Switchboard research file)',
        asOf: '2026-11-23',
        note: 'interconnect: NVLink 4: 900 GB/s bidirectional per GPU = 450 GB/s each way (vendor figure, not in the research file); purchase: $32,000 MSRP (huggingface.co/hardware/h200)',
      },
      {
        url: 'https://huggingface.co/hardware/h200',
        asOf: '2026-12-01',
        note: 'purchase: $32,000 per GPU (listed MSRP, card only; the server share is the cost model default of 30% of the card)',
      },
    ],
    confidence: 'medium',
  },
  {
    id: 'a100-80gb',
    name: 'NVIDIA A100 SXM 80GB',
    vendor: 'nvidia',
    memoryGb: 80,
    memoryBandwidthTBs: 2.039,
    bf16Tflops: 312,
    fp8Tflops: null,
    tdpW: 400,
    interconnectGBs: 300,
    rentalUsdPerHour: {
      low: 1.39,
      typical: 1.79,
      high: 3.4309,
    },
    purchaseUsd: null,
    sources: [
      {
        url: 'https://www.nvidia.com/content/dam/en-zz/Solutions/Data-Center/a100/pdf/nvidia-a100-datasheet-us-nvidia-1758950-r4-web.pdf',
        asOf: '2026-11-23',
        note: 'vendor datasheet',
      },
      {
        url: 'https://github.com/cli99/llm-analysis/blob/b60b392f747850d198145889205d8a3586d00282/llm_analysis/gpu_configs/a100-sxm-80gb.json',
        asOf: '2024-11-13',
      },
      {
        url: DATARECEIPTS,
        asOf: '2026-11-09',
        note: `${DATARECEIPTS_NOTE}. rental: RunPod Secure $1.79/GPU-h (1.59 on 2026-09-25), RunPod Community $1.39; AWS p4de.24xlarge on-demand /8 $3.4309; Azure NC24ads_A100_v4 $3.673 (A100 80GB PCIe, not this SXM part)`,
      },
      {
        url: LAMBDA,
        asOf: '2026-09-20',
        note: `${LAMBDA_NOTE}. rental: Lambda 8x A100 SXM 80GB $2.79/GPU-h`,
      },
      {
        url: HYPERSTACK,
        asOf: '2026-08-26',
        note: `${HYPERSTACK_NOTE}. rental: Hyperstack A100 SXM on-demand $1.60/GPU-h, reserved from $1.36`,
      },
      {
        url: LANTERN,
        asOf: '2026-10-29',
        note: 'daily price-change dataset (Verda, Vast.ai). rental: Vast.ai verified marketplace median $1.7043/GPU-h',
      },
      {
        url: RESEARCH,
        asOf: '2026-12-01',
        note: "rental (rule in docs/catalog.md): typical = median of the dedicated-cloud on-demand rates Hyperstack 1.60, RunPod Secure 1.79, Lambda 8x 2.79 = 1.79; low = RunPod Community 1.39; high = AWS p4de list 3.4309 (Azure's 3.673 is the PCIe card, another part). Not in typical: hyperscaler list (AWS 3.4309), community/marketplace (RunPod Community 1.39, Vast.ai 1.7043), reserved (Hyperstack 1.36). Was 0.80 / 1.30 / 4.60 (typical = middle of the May 2026 specialty tier $1.10-1.50, catalog-facts 2026-11-23)",
      },
      {
        url: 'catalog-facts.json (Switchboard research file)',
        asOf: '2026-11-23',
        note: 'interconnect: NVLink 3: 600 GB/s bidirectional per GPU = 300 GB/s each way (vendor figure, not in the research file); purchase: no figure in the research file; No FP8 tensor cores (FP8 weights run as weight-only/emulated). A100 PCIe 80GB: 1.935 TB/s, 300 W',
      },
    ],
    confidence: 'medium',
  },
  {
    id: 'a100-40gb',
    name: 'NVIDIA A100 SXM 40GB',
    vendor: 'nvidia',
    memoryGb: 40,
    memoryBandwidthTBs: 1.555,
    bf16Tflops: 312,
    fp8Tflops: null,
    tdpW: 400,
    interconnectGBs: 300,
    rentalUsdPerHour: {
      low: 1.48,
      typical: 2.76,
      high: 4.1,
    },
    purchaseUsd: null,
    sources: [
      {
        url: 'https://www.nvidia.com/content/dam/en-zz/Solutions/Data-Center/a100/pdf/nvidia-a100-datasheet-us-nvidia-1758950-r4-web.pdf',
        asOf: '2026-11-23',
      },
      {
        url: 'https://github.com/hahnyuan/LLM-Viewer/blob/f307ca5a1102ddbfdee68cdedcada7d9c76cec2d/hardwares/hardware_params.py',
        asOf: '2024-07-30',
        note: '1555 GB/s, 312 TF',
      },
      {
        url: 'https://techbytes.app/posts/serverless-gpu-pricing-matrix-modal-replicate-lambda-2026/',
        asOf: '2026-05-07',
        note: 'rental: Lambda A100 40GB $1.48/GPU-h',
      },
      {
        url: 'https://aws.amazon.com/ec2/capacityblocks/pricing/',
        asOf: '2024-12',
        note: 'rental: AWS Capacity Blocks p4d.24xlarge $1.844/GPU-h; read via a mirror copy; approximate date',
      },
      {
        url: 'https://github.com/CodeTreatise/Gen-AI/blob/63bcfdc02fe6b1a2a5a4e5ddcec9706087a5ee13/src/content/docs/07-embeddings-vector-search/17-cost-optimization/05-self-hosting-economics.md',
        asOf: '2026-11-23',
        note: 'rental: GCP A100 40GB on-demand (secondary) $3.673/GPU-h; source dated 2025 (year only); date read; rental: AWS A100 40GB on-demand (secondary) $4.096/GPU-h',
      },
      {
        url: 'catalog-facts.json (Switchboard research file)',
        asOf: '2026-11-23',
        note: 'typical = median of on-demand observations (1.48, 1.84, 3.67, 4.10); above A100 80GB because its sources are hyperscaler-heavy; rental left as it was: gpu-prices-2026.json (2026-12-01) has no A100 40GB rows; interconnect: NVLink 3: 600 GB/s bidirectional per GPU = 300 GB/s each way (vendor figure, not in the research file); purchase: no figure in the research file; PCIe 40GB variant: 250 W',
      },
    ],
    confidence: 'medium',
  },
  {
    id: 'l40s',
    name: 'NVIDIA L40S 48GB',
    vendor: 'nvidia',
    memoryGb: 48,
    memoryBandwidthTBs: 0.864,
    bf16Tflops: 362.05,
    fp8Tflops: 733,
    tdpW: 350,
    interconnectGBs: 32,
    rentalUsdPerHour: {
      low: 0.79,
      typical: 1.32,
      high: 1.55,
    },
    purchaseUsd: 8500,
    sources: [
      {
        url: 'https://www.nvidia.com/en-us/data-center/l40s/',
        asOf: '2026-11-23',
        note: 'vendor page',
      },
      {
        url: 'https://www.mullet.se/product.html?product_id=355414',
        asOf: '2026-11-23',
        note: 'reseller copy of datasheet table: BF16 362.05 / 733*, FP8 733 / 1,466* (*sparse)',
      },
      {
        url: SILYBENCH,
        asOf: '2026-09-25',
        note: `${SILYBENCH_NOTE}. rental: RunPod Secure $1.09/GPU-h, RunPod Community $0.79, Nebius L40S (Intel) $1.55`,
      },
      {
        url: LANTERN,
        asOf: '2026-10-29',
        note: 'daily price-change dataset (Verda, Vast.ai). rental: Verda (DataCrunch) spot $0.941/GPU-h',
      },
      {
        url: 'https://docs.runpod.io/serverless/pricing',
        asOf: '2026-12-01',
        note: 'vendor docs (read 2026-12-01): RunPod Serverless flex $0.00053/s = $1.908/GPU-h (serverless: not an on-demand rate)',
      },
      {
        url: RESEARCH,
        asOf: '2026-12-01',
        note: 'rental (rule in docs/catalog.md): typical = median of the dedicated-cloud on-demand rates RunPod Secure 1.09, Nebius 1.55 = 1.32 (two providers: the file has no more L40S on-demand rows in 2026); low = RunPod Community 0.79; high = Nebius 1.55. Not in typical: community (RunPod Community 0.79), spot (Verda 0.941), serverless (RunPod flex 1.908, RunComfy 2.15). Was 0.79 / 1.62 / 1.95: that median leaned on AWS g6e 1.84 (hyperscaler, undated), Modal 1.95 (serverless) and a RunPod "on-demand" 1.40 from a column the research file now calls doubtful',
      },
      {
        url: 'https://ai-hpc.github.io/ai-hardware-engineer-roadmap/Phase%205%20-%20Advanced%20Topics%20and%20Specialization/1.%20GPU%20Infrastructure/Nvidia%20GPU/HPC%20Setup/L40S-x12-Inference',
        asOf: '2026-11-23',
        note: "purchase: ~5,000 (derived from '~$60K for 12x L40S'); low confidence; same page puts 8x H200 at ~$400K+",
      },
      {
        url: 'catalog-facts.json (Switchboard research file)',
        asOf: '2026-11-23',
        note: 'interconnect: PCIe Gen4 x16 ~32 GB/s each way; no NVLink (vendor figure, not in the research file); purchase: $8,500 MSRP (huggingface.co/hardware/l40s); the earlier ~$5,000 (derived from "~$60K for 12x L40S") read low; PCIe Gen4, no NVLink, no MIG',
      },
      {
        url: 'https://huggingface.co/hardware/l40s',
        asOf: '2026-12-01',
        note: 'purchase: $8,500 per GPU (listed MSRP, card only; the server share is the cost model default of 30% of the card); street ~$7k-10k per card (https://datastorage.com/gpu/nvidia-l40s/, 2026, secondary); replaces ~$5,000 derived from a 12-card system price, which read low',
      },
      {
        url: 'https://datastorage.com/gpu/nvidia-l40s/',
        asOf: '2026-12-02',
        note: 'purchase: on-premise module ~$7k-$10k (secondary, corroborates the MSRP)',
      },
    ],
    confidence: 'medium',
  },
  {
    id: 'l4',
    name: 'NVIDIA L4 24GB',
    vendor: 'nvidia',
    memoryGb: 24,
    memoryBandwidthTBs: 0.3,
    bf16Tflops: 121,
    fp8Tflops: 242.5,
    tdpW: 72,
    interconnectGBs: 32,
    rentalUsdPerHour: {
      low: 0.44,
      typical: 0.8,
      high: 0.81,
    },
    purchaseUsd: null,
    sources: [
      {
        url: 'https://www.nvidia.com/en-us/data-center/l4/',
        asOf: '2026-11-23',
        note: 'vendor page',
      },
      {
        url: 'https://grokipedia.com/page/NVIDIA_L4_vs_L40S',
        asOf: '2026-11-23',
        note: 'secondary: 72 W, 300 GB/s, 242/485 sparse',
      },
      {
        url: 'https://techbytes.app/posts/serverless-gpu-pricing-matrix-modal-replicate-lambda-2026/',
        asOf: '2026-05-07',
        note: 'rental: Modal $0.7992/GPU-h',
      },
      {
        url: 'https://khaderz.com/en/ai-engineer-path/production/gpu-cost-modeling',
        asOf: '2026-11-23',
        note: 'rental: AWS (g6, secondary) $0.81/GPU-h; secondary',
      },
      {
        url: 'https://deploybase.ai/articles/runpod-gpu-pricing',
        asOf: '2026-03-10',
        note: 'rental: RunPod spot / on-demand (secondary) $0.44 / 0.78/GPU-h',
      },
      {
        url: 'catalog-facts.json (Switchboard research file)',
        asOf: '2026-11-23',
        note: 'typical = median of on-demand observations (0.78, 0.80, 0.81); spot excluded; rental left as it was: gpu-prices-2026.json (2026-12-01) has no clean L4 on-demand rate (only RunPod $0.78 from a deploybase column it calls doubtful, spot $0.44, serverless $0.684; its gaps list L4), and under its rule two of these three would not count (Modal is serverless, AWS g6 a hyperscaler list); interconnect: PCIe Gen4 x16 ~32 GB/s each way; no NVLink (vendor figure, not in the research file); purchase: no figure in the research file; Datasheet headline numbers are sparse (242 FP16, 485 FP8)',
      },
    ],
    confidence: 'medium',
  },
  {
    id: 'a10g',
    name: 'NVIDIA A10G 24GB (AWS G5)',
    vendor: 'nvidia',
    memoryGb: 24,
    memoryBandwidthTBs: 0.6,
    bf16Tflops: 70,
    fp8Tflops: null,
    tdpW: 150,
    interconnectGBs: 32,
    rentalUsdPerHour: {
      low: 0.86,
      typical: 1.04,
      high: 1.21,
    },
    purchaseUsd: null,
    sources: [
      {
        url: 'https://github.com/cli99/llm-analysis/blob/54b51aabc8b89cf2ebd1479e47e80ef5d0a50962/llm_analysis/gpu_configs/a10g-pcie-24gb.json',
        asOf: '2024-11-13',
      },
      {
        url: 'https://www.nvidia.com/en-us/data-center/products/a10-gpu/',
        asOf: '2026-11-23',
        note: 'A10 (not A10G) datasheet',
      },
      {
        url: 'https://khaderz.com/en/ai-engineer-path/production/gpu-cost-modeling',
        asOf: '2026-11-23',
        note: 'rental: AWS g5.xlarge on-demand (secondary) $1.00-1.086/GPU-h; also https://theneuralbase.com/ai-infrastructure/learn/intermediate/aws-p5-p4-g5-instances/ ($1.086)',
      },
      {
        url: 'https://techbytes.app/posts/serverless-gpu-pricing-matrix-modal-replicate-lambda-2026/',
        asOf: '2026-05-07',
        note: 'rental: Lambda A10 (not A10G) $0.86/GPU-h',
      },
      {
        url: 'https://github.com/CodeTreatise/Gen-AI/blob/63bcfdc02fe6b1a2a5a4e5ddcec9706087a5ee13/src/content/docs/07-embeddings-vector-search/17-cost-optimization/05-self-hosting-economics.md',
        asOf: '2026-11-23',
        note: 'rental: AWS A10G (secondary) $1.212/GPU-h; source dated 2025 (year only); date read',
      },
      {
        url: 'catalog-facts.json (Switchboard research file)',
        asOf: '2026-11-23',
        note: 'typical = median of on-demand observations (0.86, 1.04 [range mid], 1.21); rental left as it was: gpu-prices-2026.json (2026-12-01) has no A10G rows; interconnect: PCIe Gen4 x16 ~32 GB/s each way (vendor figure, not in the research file); purchase: no figure in the research file; tdp: A10G TDP not published; 150 W is the retail A10 datasheet figure; A10G is an AWS-specific part; NVIDIA does not publish a datasheet for it. The retail NVIDIA A10 is 125 TF BF16 dense / 150 W. llm-analysis models A10G at 70 TF FP16 and 600 GB/s. Treat compute as uncertain (70-125 TF).',
      },
    ],
    confidence: 'low',
  },
  {
    id: 'rtx-4090',
    name: 'NVIDIA GeForce RTX 4090 24GB',
    vendor: 'nvidia',
    memoryGb: 24,
    memoryBandwidthTBs: 1.008,
    bf16Tflops: 165.2,
    fp8Tflops: 330.3,
    tdpW: 450,
    interconnectGBs: 32,
    rentalUsdPerHour: {
      low: 0.29,
      typical: 0.52,
      high: 0.74,
    },
    purchaseUsd: 1599,
    datacenter: false,
    sources: [
      {
        url: 'https://images.nvidia.com/aem-dam/Solutions/geforce/ada/nvidia-ada-gpu-architecture.pdf',
        asOf: '2026-11-23',
        note: 'Ada whitepaper appendix table',
      },
      {
        url: 'https://github.com/RahulSChand/gpu_poor/blob/e1b06b468e7e0ee2c7eabd11a5aa0773b1423892/src/gpu_config.json',
        asOf: '2024-12-03',
        note: '1000 GB/s; note gpu_poor uses 82.6 TF, a non-tensor figure',
      },
      {
        url: SILYBENCH,
        asOf: '2026-09-25',
        note: `${SILYBENCH_NOTE}. rental: RunPod Secure $0.74/GPU-h, RunPod Community $0.34`,
      },
      {
        url: 'https://raw.githubusercontent.com/api-evangelist/openrelay/refs/heads/main/plans/openrelay-plans-pricing.yml',
        asOf: '2026-09-20',
        note: 'verbatim transcription of https://openrelay.inc/gpu-pricing-calculator. rental: openrelay RTX 4090 $0.29/GPU-h (per-second billing; the page says storage and egress are included)',
      },
      {
        url: RESEARCH,
        asOf: '2026-12-01',
        note: 'rental (rule in docs/catalog.md): typical = median of the on-demand rates RunPod Secure 0.74, openrelay 0.29 = 0.515, 0.52 to the cent (two providers); low = openrelay 0.29; high = RunPod Secure 0.74. Not in typical: community (RunPod Community 0.34), serverless (RunPod flex "4090 PRO" 1.116). Was 0.18 / 0.40 / 0.60 (marketplace 0.18-0.23 and a RunPod "on-demand" 0.60 from a column the research file now calls doubtful)',
      },
      {
        url: 'catalog-facts.json (Switchboard research file)',
        asOf: '2026-11-23',
        note: 'interconnect: PCIe Gen4 x16 ~32 GB/s each way; no NVLink (vendor figure, not in the research file); purchase: launch MSRP (Oct 2022); street prices vary; Tensor figures with FP32 accumulate (what inference kernels normally use). With FP16 accumulate: 330 FP16 / 660.6 FP8. Consumer GeForce licence terms restrict datacenter deployment.',
      },
    ],
    confidence: 'medium',
  },
  {
    id: 'mi300x',
    name: 'AMD Instinct MI300X 192GB',
    vendor: 'amd',
    memoryGb: 192,
    memoryBandwidthTBs: 5.3,
    bf16Tflops: 1307.4,
    fp8Tflops: 2614.9,
    tdpW: 750,
    interconnectGBs: 448,
    rentalUsdPerHour: {
      low: 1.99,
      typical: 1.99,
      high: 2.69,
    },
    purchaseUsd: 15000,
    sources: [
      {
        url: 'https://www.amd.com/content/dam/amd/en/documents/instinct-tech-docs/data-sheets/amd-instinct-mi300x-platform-data-sheet.pdf',
        asOf: '2026-11-23',
        note: 'vendor datasheet (URL as cited in GenZ)',
      },
      {
        url: 'https://github.com/abhibambhaniya/GenZ-LLM-Analyzer/blob/2bb2e0c62267486b07ca25fdb90555cf9dc89789/Systems/system_configs.py',
        asOf: '2026-07-29',
        note: '1307 TF, 5300 GB/s',
      },
      {
        url: 'https://github.com/dstackai/dstack/blob/bd1c808f3191ac66eceae800a4bfbaa00bd20ba8/docs/blog/posts/h100-mi300x-inference-benchmark.md',
        asOf: '2024-12-05',
        note: '5.3 TB/s, 2610 TF FP8, 750 W',
      },
      {
        url: 'https://hotaisle.xyz/pricing/',
        asOf: '2026-11-23',
        note: 'rental: Hot Aisle $1.99/GPU-h; as cited in a public pricing table; not read directly; source dated 2025 (year only); date read',
      },
      {
        url: 'https://amd.digitalocean.com/',
        asOf: '2026-11-23',
        note: 'rental: DigitalOcean (AMD) $1.99/GPU-h; as cited; not read directly; source dated 2025 (year only); date read',
      },
      {
        url: 'https://console.runpod.io/deploy',
        asOf: '2026-11-23',
        note: 'rental: RunPod $2.69/GPU-h; as cited; not read directly; source dated 2025 (year only); date read',
      },
      {
        url: CLIFFCENTER,
        asOf: '2026-05-18',
        note: 'research note quoting provider prices (secondary). rental: TensorWave $1.50/GPU-h, Vultr $1.85, Crusoe spot $1.71, Azure and Oracle "~$6/hr" (Azure listed at H200 prices); MI300X median $1.99 vs H100 $3.49 (May 2026)',
      },
      {
        url: 'https://huggingface.co/datasets/tokenwatt/gpu-cloud-prices',
        asOf: '2026-10-07',
        note: 'daily collector from provider APIs. rental: DigitalOcean MI300X 1x list $2.59/GPU-h',
      },
      {
        url: RESEARCH,
        asOf: '2026-12-01',
        note: 'rental left as it was: under the rule in docs/catalog.md only one MI300X on-demand rate is dated 2026-08 or later (DigitalOcean 1x list 2.59, 2026-10-07), too few for a median. That rate is 30% above the typical 1.99 (the May 2026 median in the same file is also $1.99: TensorWave 1.50, Vultr 1.85): re-check before relying on it',
      },
      {
        url: 'catalog-facts.json (Switchboard research file)',
        asOf: '2026-11-23',
        note: 'typical = median of observations (1.99, 1.99, 2.69); interconnect: Infinity Fabric: 7 links x 64 GB/s each way ~448 GB/s per GPU (vendor figure, not in the research file); purchase: $15,000 MSRP (huggingface.co/hardware/mi300)',
      },
      {
        url: 'https://huggingface.co/hardware/mi300',
        asOf: '2026-12-01',
        note: 'purchase: $15,000 per GPU (listed MSRP, card only; the server share is the cost model default of 30% of the card)',
      },
    ],
    confidence: 'medium',
  },
  {
    id: 'b200',
    name: 'NVIDIA B200 180GB',
    vendor: 'nvidia',
    memoryGb: 180,
    memoryBandwidthTBs: 8.0,
    bf16Tflops: 2250,
    fp8Tflops: 4500,
    fp4Tflops: 9000,
    tdpW: 1000,
    interconnectGBs: 900,
    rentalUsdPerHour: {
      low: 5.98,
      typical: 6.74,
      high: 7.15,
    },
    purchaseUsd: 37000,
    sources: [
      {
        url: 'https://www.nvidia.com/en-us/data-center/dgx-b200/',
        asOf: '2026-11-23',
        note: 'vendor page',
      },
      {
        url: 'https://github.com/NVIDIA/TensorRT-LLM/blob/258c7540c03517def55d9a5aadfa9288af474e1b/docs/source/performance/perf-overview.md',
        asOf: '2026-11-23',
        note: '\'B200 180GB (DGX B200)\'; source dated "v1.0 docs"; date read',
      },
      {
        url: 'https://github.com/dstackai/dstack/blob/bd1c808f3191ac66eceae800a4bfbaa00bd20ba8/docs/blog/posts/h100-mi300x-inference-benchmark.md',
        asOf: '2024-12-05',
        note: '8 TB/s, 4500 TF FP8',
      },
      {
        url: SILYBENCH,
        asOf: '2026-09-25',
        note: `${SILYBENCH_NOTE}. rental: RunPod Secure $6.79/GPU-h, RunPod Community $5.98, Nebius HGX B200 $7.15`,
      },
      {
        url: LAMBDA,
        asOf: '2026-09-20',
        note: `${LAMBDA_NOTE}. rental: Lambda 8x B200 SXM6 $6.69/GPU-h, 1x $6.99`,
      },
      {
        url: HYPERSTACK,
        asOf: '2026-08-26',
        note: `${HYPERSTACK_NOTE}. rental: Hyperstack B200 (192GB) on-demand $6.00/GPU-h, reserved from $5.10`,
      },
      {
        url: 'https://docs.runpod.io/serverless/pricing',
        asOf: '2026-12-01',
        note: 'vendor docs (read 2026-12-01): RunPod Serverless flex $0.00240/s = $8.64/GPU-h (serverless: not an on-demand rate)',
      },
      {
        url: RESEARCH,
        asOf: '2026-12-01',
        note: 'rental (rule in docs/catalog.md): typical = median of the dedicated-cloud on-demand rates Hyperstack 6.00, Lambda 8x 6.69, RunPod Secure 6.79, Nebius 7.15 = 6.74; low = RunPod Community 5.98; high = Nebius 7.15. Not in typical: community (RunPod Community 5.98), reserved (Hyperstack 5.10), serverless (RunPod flex 8.64). The file has no B200 hyperscaler list price. Was 2.25 / 5.25 / 10.57: typical the middle of a March 2026 "$4.50-6.00" specialist average, low a spot floor, high a RunPod "on-demand" 10.57 from a deploybase column the research file now calls doubtful',
      },
      {
        url: 'catalog-facts.json (Switchboard research file)',
        asOf: '2026-11-23',
        note: 'interconnect: NVLink 5: 1.8 TB/s bidirectional per GPU = 900 GB/s each way (vendor figure, not in the research file); purchase: ~$37,000 per unit in volume (secondary, digiterialabs.com, GTC 2026); DGX B200 exposes 180 GB per GPU (often quoted as 192 GB physical). Dense values are half the sparse marketing figures (4.5 PF BF16 / 9 PF FP8 / 18 PF FP4 sparse). GB200 parts run at higher clocks and power.',
      },
      {
        url: 'https://digiterialabs.com/ai/insights/nvidia-blackwell-pricing-reshapes-inference-economics',
        asOf: '2026-03',
        note: 'purchase: "roughly $37,000 per unit in volume" (secondary, GTC 2026 article; low-medium confidence; card only, the server share is the cost model default of 30% of the card)',
      },
    ],
    confidence: 'medium',
  },
  {
    id: 'b300',
    name: 'NVIDIA B300 (Blackwell Ultra) 288GB',
    vendor: 'nvidia',
    memoryGb: 288,
    memoryBandwidthTBs: 8.0,
    bf16Tflops: 2250,
    fp8Tflops: 4500,
    fp4Tflops: 13125,
    tdpW: 1400,
    interconnectGBs: 900,
    rentalUsdPerHour: {
      low: 6.94,
      typical: 7.65,
      high: 7.89,
    },
    purchaseUsd: 45000,
    sources: [
      {
        url: 'https://www.nvidia.com/en-us/data-center/dgx-b300/',
        asOf: '2026-12-02',
        note: 'vendor page (not read directly; figures as the sources below report them): DGX B300, 8 GPUs, 2.3 TB HBM3e (288 GB per GPU), 72 PF FP8 training and 144 PF FP4 inference (sparse)',
      },
      {
        url: 'https://glennklockwood.com/garden/processors/B300',
        asOf: '2026-12-02',
        note: 'per GPU: 288 GB HBM3e, 8 TB/s, 1,400 W maximum, NVLink 5 2x 900 GB/s; dense BF16 2,250, FP8 4,500, FP4 13,125 TFLOPS (HGX, same as B200 except FP4 and FP64)',
      },
      {
        url: 'https://huggingface.co/datasets/privum/ai-compute-prices',
        asOf: '2026-08-19',
        note: 'rental: RunPod Community $6.94/GPU-h, RunPod Secure $7.89/GPU-h',
      },
      {
        url: 'https://raw.githubusercontent.com/api-evangelist/nexgen-cloud/refs/heads/main/plans/nexgen-cloud-plans-pricing.yml',
        asOf: '2026-08-26',
        note: 'rental: Hyperstack on-demand $7.40/GPU-h (transcription of https://www.hyperstack.cloud/gpu-pricing)',
      },
      {
        url: RESEARCH,
        asOf: '2026-12-01',
        note: 'rental (rule in docs/catalog.md): typical = median of the dedicated-cloud on-demand rates Hyperstack 7.40, RunPod Secure 7.89 = 7.645, 7.65 to the cent (two providers); low = RunPod Community 6.94; high = RunPod Secure 7.89. Was typical 7.40 (the middle of the three rates, RunPod Community included)',
      },
      {
        url: 'https://huggingface.co/hardware/b300',
        asOf: '2026-12-01',
        note: 'purchase: $45,000 per GPU (listed MSRP, card only; the server share is the cost model default of 30% of the card); 1,400 W',
      },
    ],
    confidence: 'medium',
  },
  {
    id: 'rtx-pro-6000',
    name: 'NVIDIA RTX PRO 6000 Blackwell Server Edition 96GB',
    vendor: 'nvidia',
    memoryGb: 96,
    memoryBandwidthTBs: 1.792,
    bf16Tflops: 503.8,
    fp8Tflops: 1007.6,
    fp4Tflops: 2015.2,
    tdpW: 600,
    interconnectGBs: 64,
    rentalUsdPerHour: {
      low: 0.89,
      typical: 1.71,
      high: 1.85,
    },
    purchaseUsd: 8565,
    sources: [
      {
        url: 'https://www.nvidia.com/en-us/data-center/rtx-pro-6000-blackwell-server-edition/',
        asOf: '2026-12-02',
        note: 'vendor page (not read directly; figures as the sources below report them): 96 GB GDDR7 with ECC, 4 PFLOPS FP4 (sparse), up to 600 W, PCIe Gen5 x16, no NVLink',
      },
      {
        url: 'https://gpu.name/posts/nvidia-unveils-rtx-pro-6000-blackwell-gpu-with-24-064-cores-and-96gb-memory',
        asOf: '2026-12-02',
        note: '512-bit GDDR7 at 28 Gbps = 1,792 GB/s, 600 W (secondary, from VideoCardz); dense tensor figures are half the sparse ones (FP4 2,015, FP8 1,008, BF16 504 TFLOPS)',
      },
      {
        url: 'https://raw.githubusercontent.com/api-evangelist/nexgen-cloud/refs/heads/main/plans/nexgen-cloud-plans-pricing.yml',
        asOf: '2026-08-26',
        note: 'rental: Hyperstack RTX Pro 6000 SE on-demand $1.85/GPU-h, reserved from $1.30, spot $1.48 (transcription of https://www.hyperstack.cloud/gpu-pricing)',
      },
      {
        url: 'https://deploybase.ai/articles/runpod-gpu-pricing',
        asOf: '2026-03-10',
        note: 'rental: RunPod on-demand $1.57/GPU-h, community/spot $0.89/GPU-h (secondary); typical = middle of the two on-demand rates (1.57, 1.85)',
      },
      {
        url: RESEARCH,
        asOf: '2026-12-01',
        note: 'rental left as it was: under the rule in docs/catalog.md only one on-demand rate counts (Hyperstack 1.85, 2026-08-26; the RunPod 1.57 comes from a deploybase "on-demand" column the research file calls doubtful, and Nebius is quoted in CNY only), too few for a median. The 1.71 typical therefore rests partly on that doubtful figure; low confidence',
      },
      {
        url: 'https://www.newgearhub.com/review/nvidia-gtc-2026-blackwell-gpus-pro-workstations',
        asOf: '2026-04-06',
        note: 'purchase: MSRP $8,565 (retail $8,000-9,200 in April 2026; workstation edition, secondary); server share: cost model default (30% of the card)',
      },
    ],
    confidence: 'low',
  },
  {
    id: 'mi325x',
    name: 'AMD Instinct MI325X 256GB',
    vendor: 'amd',
    memoryGb: 256,
    memoryBandwidthTBs: 6.0,
    bf16Tflops: 1307.4,
    fp8Tflops: 2614.9,
    tdpW: 1000,
    interconnectGBs: 448,
    rentalUsdPerHour: {
      low: 1.95,
      typical: 2.0,
      high: 2.25,
    },
    purchaseUsd: null,
    sources: [
      {
        url: 'https://www.amd.com/en/products/accelerators/instinct/mi300/mi325x.html',
        asOf: '2026-12-02',
        note: 'vendor page (not read directly; figures as the sources below report them): 256 GB HBM3E, 6 TB/s, same CDNA 3 compute as MI300X (1,307.4 TF FP16/BF16, 2,614.9 TF FP8 dense), 1,000 W, Infinity Fabric as MI300X (7 links, ~448 GB/s each way per GPU)',
      },
      {
        url: 'https://awesomeagents.ai/hardware/amd-mi325x',
        asOf: '2026-12-02',
        note: 'spec table (2,614.9 FP8 dense, 1,307.4 BF16, 6,000 GB/s); rental $2.00-2.25/GPU-h (secondary)',
      },
      {
        url: 'https://www.cliffcenter.com/research/amd-inference-economics',
        asOf: '2026-05-18',
        note: 'rental: TensorWave MI325X $1.95/GPU-h (the only provider price in the research file); typical = $2.00, the low end of the secondary range',
      },
      {
        url: RESEARCH,
        asOf: '2026-12-01',
        note: 'rental left as it was: the file still has one MI325X rate (TensorWave 1.95, 2026-05-18; its gaps say "only one provider price found"), too few for the median rule in docs/catalog.md',
      },
    ],
    confidence: 'low',
  },
  {
    id: 'mi355x',
    name: 'AMD Instinct MI355X 288GB',
    vendor: 'amd',
    memoryGb: 288,
    memoryBandwidthTBs: 8.0,
    bf16Tflops: 2516.6,
    fp8Tflops: 5033.2,
    fp4Tflops: 10066.3,
    tdpW: 1400,
    interconnectGBs: 537.6,
    rentalUsdPerHour: null,
    purchaseUsd: null,
    sources: [
      {
        url: 'https://www.amd.com/en/products/accelerators/instinct/mi350/mi355x.html',
        asOf: '2026-12-02',
        note: 'vendor page (not read directly; figures as the sources below report them): 288 GB HBM3E, 8 TB/s, 2.5 PF FP16 / 5 PF FP8 / 10 PF MXFP4 dense, 1,400 W (liquid-cooled)',
      },
      {
        url: 'https://www.theregister.com/2025/06/12/amd_mi355x/',
        asOf: '2025-06-12',
        note: '1.4 kW, 288 GB HBM3E, 8 TB/s, 10 PF FP4 dense (launch coverage)',
      },
      {
        url: 'https://www.tomshardware.com/pc-components/gpus/amds-instinct-mi355x-accelerator-will-consume-1-400-watts',
        asOf: '2025-06',
        note: 'up to 1,400 W; MI350X is the 1,000 W air-cooled part',
      },
      {
        url: 'https://www.cliffcenter.com/research/amd-inference-economics',
        asOf: '2026-05-18',
        note: 'rental: listed as rentable on demand at neoclouds, but no per-hour price found: no rental or purchase price, so sizing leaves it out (switchboard capacity --gpu mi355x still answers)',
      },
    ],
    confidence: 'low',
  },
];
