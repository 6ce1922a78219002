import { fail, ok, type Result } from '../result.js';
import { fromZodIssues } from '../validation/index.js';
import { profileSchema, type Profile } from './schema.js';

/** Validates an already-decoded profile (from YAML or JSON) and fills its defaults. */
export function parseProfile(data: unknown): Result<Profile> {
  const parsed = profileSchema.safeParse(data, { reportInput: true });
  return parsed.success ? ok(parsed.data) : fail(fromZodIssues(profileSchema, parsed.error.issues));
}
