export * from './enums.js';
export { BOUNDS, type BoundedField } from './bounds.js';
export { parseProfile } from './parse.js';
export {
  assumptionsSchema,
  latencySchema,
  ownedGpuSchema,
  profileSchema,
  teamSchema,
  workloadSchema,
  type Assumptions,
  type OwnedGpu,
  type Profile,
  type ProfileInput,
  type Team,
  type Workload,
} from './schema.js';
