import type { DataMayLeave, Region } from '../profile/enums.js';
import type { Destination } from './config-schema.js';

type CoverageFacts = Pick<Destination, 'kind' | 'baa' | 'zeroDataRetention' | 'region'>;

/**
 * Whether data that may not leave can reach this destination, at the workload's residency level.
 * Self-hosted is always covered; a third party needs more the stricter the level, and never past in-region.
 */
export function coversSensitive(dest: CoverageFacts, level: DataMayLeave, routeRegion: Region | undefined): boolean {
  if (dest.kind === 'self-hosted') return true;
  switch (level) {
    // Sensitive data reaches a third party only on coverage the operator asserted, even where the level allows it.
    case 'anywhere':
    case 'with-baa-and-zdr':
      return dest.baa && dest.zeroDataRetention;
    case 'in-region':
      return dest.baa && dest.zeroDataRetention && routeRegion !== undefined && dest.region === routeRegion;
    case 'own-infrastructure-only':
    case 'air-gapped':
      return false;
  }
}

/** Why a destination is not covered, for start-up errors. */
export function coverageGap(dest: CoverageFacts, level: DataMayLeave, routeRegion: Region | undefined): string {
  switch (level) {
    case 'anywhere':
    case 'with-baa-and-zdr':
      return 'a third party in a sensitive list needs baa: true and zeroDataRetention: true, asserted by the operator once the signed BAA and the zero-retention approval are verified';
    case 'in-region':
      return routeRegion === undefined
        ? 'the route needs a region to send sensitive data to a third party in-region'
        : `a third party needs baa: true, zeroDataRetention: true and region: ${routeRegion}${dest.region ? ` (has ${dest.region})` : ''}`;
    case 'own-infrastructure-only':
    case 'air-gapped':
      return `data of a workload with dataMayLeave: ${level} never goes to a third party`;
  }
}

/** Levels whose data never leaves the team's infrastructure: no third party in any list, sensitive or not. */
export function staysInside(level: DataMayLeave): boolean {
  return level === 'own-infrastructure-only' || level === 'air-gapped';
}
