/** Temporary directories for tests that remove themselves (the global setup fails a run that leaks one). */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, onTestFinished } from 'vitest';

function make(prefix: string): { dir: string; remove: () => void } {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

/** A fresh directory, removed when the current test finishes (pass or fail). Call it inside a test. */
export function testTempDir(prefix = 'sb-test-'): string {
  const { dir, remove } = make(prefix);
  onTestFinished(remove);
  return dir;
}

/** A directory shared by one test file, removed after its last test. Call it at the top of the file. */
export function fileTempDir(prefix = 'sb-test-'): string {
  const { dir, remove } = make(prefix);
  afterAll(remove);
  return dir;
}
