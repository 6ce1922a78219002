import type { Catalog } from '../core/catalog/index.js';
import type { MeasuredWorkload } from '../core/usage/index.js';

/** What the server hands the browser at load, inlined in the page as JSON (one round trip). */
export interface UiBoot {
  /** The profile file's text, or null to start from a small example. */
  profileYaml: string | null;
  /** File name offered when saving the profile. */
  profileName: string;
  /** A catalog merged from `--catalog`; null means the built-in one bundled into the client. */
  catalog: Catalog | null;
  /** Usage measured by the gateway (`--usage`), re-applied to the profile being edited; null without `--usage`. */
  measured: MeasuredWorkload[] | null;
  /** Where the measurements come from, shown above the comparison. */
  usageNote: string | null;
}
