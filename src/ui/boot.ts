import type { Catalog } from '../core/catalog/index.js';

/** What the server hands the browser at load, inlined in the page as JSON (one round trip). */
export interface UiBoot {
  /** The profile file's text, or null to start from a small example. */
  profileYaml: string | null;
  /** File name offered when saving the profile. */
  profileName: string;
  /** A catalog merged from `--catalog`; null means the built-in one bundled into the client. */
  catalog: Catalog | null;
  /** Guessed-vs-measured rows from `--usage`, or null; `usageNote` says why when absent. */
  usage: UsageRow[] | null;
  usageNote: string | null;
}

export interface UsageRow {
  workload: string;
  guessedTokensPerMonth: number | null;
  measuredTokensPerMonth: number | null;
  guessedVerdict: string | null;
  measuredVerdict: string | null;
  note: string;
}
