import { openModelArchitectureSchema } from '../catalog/architecture-schema.js';
import { openModelArchitectures } from '../catalog/data/open-model-architectures.js';
import { openModelArchitectures2026 } from '../catalog/data/open-model-architectures-2026.js';
import type { ModelArch } from './types.js';

/** A calibration model's architecture, read from the shipped architecture records (their config.json facts). */
export function calibrationModel(id: string): ModelArch {
  const record = [...openModelArchitectures, ...openModelArchitectures2026].find((a) => a.id === id);
  if (!record) throw new Error(`calibration model ${id} has no architecture record`);
  return openModelArchitectureSchema.parse(record);
}

/** Architecture class a point reports under: MLA first (DeepSeek is MLA and MoE), then hybrid, MoE, dense. */
export type ArchClass = 'dense' | 'moe' | 'mla' | 'hybrid';
export function archClass(m: ModelArch): ArchClass {
  if (m.attention === 'mla') return 'mla';
  if (m.linearAttention) return 'hybrid';
  if (m.moe) return 'moe';
  return 'dense';
}
