import { intraNodeLink, LINKS } from './hardware.js';
import type { GpuSpec, ModelArch } from './types.js';

/**
 * How one replica spreads over its GPUs. Tensor parallelism stays inside a node (it all-reduces twice per
 * layer, which only NVLink-class links sustain); beyond one node, dense models add pipeline stages across
 * nodes and mixture-of-experts models spread their experts over every GPU (expert parallelism, wide EP)
 * with attention tensor-parallel inside each node.
 */
export interface ParallelPlan {
  gpus: number;
  tensorParallel: number;
  pipelineParallel: number;
  /** GPUs the routed experts are spread over (1 = none beyond tensor parallelism). */
  expertParallel: number;
  nodes: number;
  /** Each attention rank keeps the KV of its own sequences only (SGLang/vLLM data-parallel attention for MLA). */
  attentionDataParallel: boolean;
  interconnect: 'nvlink' | 'pcie';
}

export interface ParallelRequest {
  gpus: number;
  /** Force tensor parallelism (default: all GPUs of a node). */
  tensorParallel?: number;
  /** Force pipeline stages (default: one per node beyond the first, dense models only); TP is then gpus / PP. */
  pipelineParallel?: number;
  attentionDataParallel?: boolean;
}

/** The default layout for `gpus` GPUs of one type; an issue string when it cannot work. */
export function planParallel(model: ModelArch, gpu: GpuSpec, req: ParallelRequest): ParallelPlan | string {
  const perNode = gpu.maxPerNode ?? 8;
  const n = req.gpus;
  if (!Number.isInteger(n) || n < 1) return `expected a positive whole number of GPUs, got ${n}`;
  const nodes = Math.ceil(n / perNode);
  if (n > perNode && n % perNode !== 0)
    return `${n} GPUs do not fill whole nodes of ${perNode}: use a multiple of ${perNode}`;
  const tp =
    req.tensorParallel ??
    (req.pipelineParallel !== undefined ? n / req.pipelineParallel : Math.min(n, perNode));
  if (!Number.isInteger(tp) || tp < 1)
    return `${n} GPUs do not split into ${req.pipelineParallel ?? 1} equal pipeline stages`;
  if (tp > perNode)
    return `tensor parallelism ${tp} would span nodes (at most ${perNode} ${gpu.id ?? 'GPUs'} per node): pipeline or expert parallelism carries the rest`;
  if (n % tp !== 0) return `${n} GPUs are not a multiple of tensor parallelism ${tp}`;
  const heads = model.attentionHeads;
  if (heads % tp !== 0) return `tensor parallelism ${tp} must divide the model's ${heads} attention heads`;
  const moe = model.moe !== undefined;
  const rest = n / tp;
  const nodeLink = intraNodeLink(gpu);
  // One node: experts are tensor-sharded like every other matrix; several: each GPU holds whole experts.
  const ep = moe && nodes > 1 && req.pipelineParallel === undefined ? n : 1;
  const pp = req.pipelineParallel ?? (moe ? 1 : rest);
  if (ep === 1 && tp * pp !== n) return `${n} GPUs are not TP${tp} x PP${pp}`;
  if (pp > model.layers) return `${pp} pipeline stages exceed the model's ${model.layers} layers`;
  const dp = req.attentionDataParallel ?? false;
  if (dp && !moe)
    return 'data-parallel attention replicates every non-expert weight on each GPU: it serves MoE models (a dense model would be a whole copy per GPU; use more replicas instead)';
  return {
    gpus: n,
    tensorParallel: tp,
    pipelineParallel: pp,
    expertParallel: ep,
    nodes,
    attentionDataParallel: dp,
    interconnect: nodeLink.kind,
  };
}

/** One line a reader can check: "TP8 over NVLink (450 GB/s per direction); one node". */
export function describeParallel(plan: ParallelPlan, gpu: GpuSpec): string {
  const {
    gpus: n,
    tensorParallel: tp,
    pipelineParallel: pp,
    expertParallel: ep,
    nodes,
    attentionDataParallel: dp,
  } = plan;
  const perNode = gpu.maxPerNode ?? 8;
  const nodeLink = intraNodeLink(gpu);

  const where =
    nodes > 1
      ? `${nodes} nodes of ${perNode}, ${LINKS.network.gbs} GB/s network per GPU between them`
      : 'one node';
  const inNode =
    n === 1
      ? `one GPU`
      : `TP${tp} over ${nodeLink.kind === 'nvlink' ? 'NVLink' : 'PCIe'} (${nodeLink.gbs} GB/s per direction)`;
  const extra = [
    pp > 1 ? `PP${pp}${nodes > 1 ? ' across nodes' : ' inside the node'}` : '',
    ep > 1 ? `experts over all ${ep} GPUs (EP${ep})` : '',
    dp ? 'data-parallel attention' : '',
  ]
    .filter(Boolean)
    .join(', ');
  return n === 1 ? inNode : `${inNode}${extra ? `, ${extra}` : ''}; ${where}`;
}

const BYTES_PER_ACTIVATION = 2;

/**
 * Communication time of one forward step over `tokens` tokens: two tensor-parallel all-reduces per layer
 * (latency log2(tp) hops; bandwidth: 2 (tp-1)/tp of the activations each way), pipeline hand-offs between stages, and two expert
 * all-to-alls per MoE layer (the share of routed tokens whose expert sits on another GPU, over the slowest
 * link they cross).
 */
export function commSeconds(model: ModelArch, gpu: GpuSpec, plan: ParallelPlan, tokens: number): number {
  const nodeLink = intraNodeLink(gpu);
  const act = tokens * model.hiddenSize * BYTES_PER_ACTIVATION;
  let s = 0;
  const tp = plan.tensorParallel;
  if (tp > 1) {
    const perAllReduce = nodeLink.latencyS * Math.log2(tp) + (act * 2 * (tp - 1)) / tp / (nodeLink.gbs * 1e9);
    s += 2 * model.layers * perAllReduce;
  }
  if (plan.pipelineParallel > 1) {
    const hop = plan.nodes > 1 ? { latencyS: LINKS.network.latencyS, gbs: LINKS.network.gbs } : nodeLink;
    s += (plan.pipelineParallel - 1) * (hop.latencyS + act / (hop.gbs * 1e9));
  }
  const ep = plan.expertParallel;
  if (ep > 1 && model.moe) {
    const remote = (ep - 1) / ep;
    const crossNode = plan.nodes > 1 ? (plan.nodes - 1) / plan.nodes : 0;
    const gbs = crossNode > 0 ? LINKS.network.gbs : nodeLink.gbs;
    const latency = crossNode > 0 ? LINKS.network.latencyS : nodeLink.latencyS;
    // Tokens are sent to k experts; each GPU sends and receives its share in parallel.
    const bytes = (act * model.moe.expertsPerToken * remote) / ep;
    s += 2 * model.moe.moeLayers * (latency + bytes / (gbs * 1e9));
  }
  return s;
}
