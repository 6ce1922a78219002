/** Store failures are data with a code; the CLI maps them to messages and exit codes. */
export const STORE_ERROR_CODES = [
  'unsupported-url',
  'not-found',
  'version-mismatch',
  'unreachable',
  'invalid-record',
  'closed',
] as const;
export type StoreErrorCode = (typeof STORE_ERROR_CODES)[number];

export class StoreError extends Error {
  override readonly name = 'StoreError';
  constructor(
    readonly code: StoreErrorCode,
    message: string,
  ) {
    super(message);
  }
}

/** Bumped whenever the tables change shape; a store written by another version is refused, never misread. */
export const CURRENT_SCHEMA_VERSION = 3;

export function versionMismatch(where: string, found: number): StoreError {
  const who = found > CURRENT_SCHEMA_VERSION ? 'a newer' : 'an older';
  return new StoreError(
    'version-mismatch',
    `usage store ${where} has schema version ${found}, written by ${who} Switchboard; this Switchboard reads schema version ${CURRENT_SCHEMA_VERSION}. Use the matching Switchboard version, or point --store at a new store.`,
  );
}
