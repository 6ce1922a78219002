/** Expected failures in the core are values, rendered to text at the edge. */
export type Result<T, E = Issue[]> = { ok: true; value: T } | { ok: false; issues: E };

/** One problem with an input, located by a dotted path such as `workloads[1].requestsPerDay`. */
export interface Issue {
  path: string;
  message: string;
}

export const ok = <T>(value: T): { ok: true; value: T } => ({ ok: true, value });
export const fail = (issues: Issue[]): { ok: false; issues: Issue[] } => ({ ok: false, issues });
export const issue = (path: string, message: string): Issue => ({ path, message });

/** `path: message` lines, the form every CLI command prints for bad input. */
export function formatIssues(issues: readonly Issue[]): string {
  return issues.map((i) => (i.path ? `${i.path}: ${i.message}` : i.message)).join('\n');
}
