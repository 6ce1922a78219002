/** The detector's public contract: what the gateway, the CLI and the benchmarks rely on. */

/** What kind of sensitive data a finding is; `none` for a request with no finding. */
export const SENSITIVE_CLASSES = ['pii', 'phi', 'pci', 'financial', 'secret'] as const;
export type SensitiveClass = (typeof SENSITIVE_CLASSES)[number];
export type RequestDataClass = SensitiveClass | 'none';

export interface Finding {
  /** Entity type, upper snake case: `US_SSN`, `CREDIT_CARD`, `EMAIL`, `PERSON`, `API_KEY`... */
  entity: string;
  dataClass: SensitiveClass;
  /** Offsets in the ORIGINAL text (UTF-16 code units), end exclusive, even when found after normalising or decoding. */
  start: number;
  end: number;
  /** 0..1 confidence. */
  score: number;
  /** Stable rule id, e.g. `ssn.area-group-serial`. */
  rule: string;
}

export interface DetectOptions {
  /** Minimum score to report (default 0.5). */
  minScore?: number;
  /** Entities to skip. */
  disabledEntities?: readonly string[];
  /** Only the checksum/format-confirmed pass (no context-gated identifiers, no names); for speed figures. Default false. */
  structuredOnly?: boolean;
  /** Decode base64 / URL-encoded / hex segments and scan what they decode to (default true). */
  decodeEncoded?: boolean;
}

/** Limits on one classification; past any of them the request is unclassifiable, never clean. */
export interface ClassifyBudget {
  /** Most characters (after decoding) the detector will scan for one request. */
  maxChars?: number;
  /** Wall-clock limit in ms; needs `now`, since the core has no clock of its own. */
  maxMs?: number;
  /** Clock in ms for `maxMs` (performance.now in the gateway). */
  now?: () => number;
}

export interface ClassifyOptions extends DetectOptions {
  budget?: ClassifyBudget;
}

/** Why a request could not be classified; the gateway treats it as the most sensitive class (fail closed). */
export const UNCLASSIFIABLE_REASONS = ['size-budget', 'time-budget', 'too-deep', 'internal-error'] as const;
export type UnclassifiableReason = (typeof UNCLASSIFIABLE_REASONS)[number];

export interface RequestClassification {
  /** Present when the detector gave up; `dataClass` is then `phi` so every caller fails closed. */
  unclassifiable?: { reason: UnclassifiableReason; detail: string };
  /** The most sensitive class found, by the order phi > pci > financial > secret > pii > none. */
  dataClass: RequestDataClass;
  classes: SensitiveClass[];
  /** Findings with the JSON path of the string they were found in, e.g. `messages[2].content[0].text`. */
  findings: (Finding & { path: string })[];
  /** Characters scanned, for metering and benchmarks. */
  scannedChars: number;
}
