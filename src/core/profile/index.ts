export * from './enums.js';
export { parseProfile } from './parse.js';
export {
  assumptionsSchema,
  latencySchema,
  profileSchema,
  teamSchema,
  workloadSchema,
  type Assumptions,
  type Profile,
  type ProfileInput,
  type Team,
  type Workload,
} from './schema.js';
