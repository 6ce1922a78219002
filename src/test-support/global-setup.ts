/**
 * Every test run gets a private temp folder (TMPDIR), so that what a test leaves behind is visible and other
 * processes on the machine do not pollute the check. After the run, anything left in it fails the run with
 * the names of the leftovers; the folder is removed either way.
 */
import { mkdtempSync, readdirSync, realpathSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** Entries that tools outside our control create and keep on purpose. */
const TOLERATED: readonly RegExp[] = [/^tsx-\d+$/]; // tsx's compile cache, shared by the CLI processes tests start

export default function setup(): () => void {
  const previous = process.env['TMPDIR'];
  const dir = realpathSync(mkdtempSync(join(tmpdir(), 'switchboard-test-')));
  // Workers are started after global setup and inherit this environment; os.tmpdir() reads TMPDIR on each call.
  process.env['TMPDIR'] = dir;
  return () => {
    const left = readdirSync(dir).filter((name) => !TOLERATED.some((re) => re.test(name)));
    rmSync(dir, { recursive: true, force: true });
    if (previous === undefined) delete process.env['TMPDIR'];
    else process.env['TMPDIR'] = previous;
    if (left.length > 0) {
      throw new Error(`tests left ${left.length} file(s) in the temp folder (each test must remove what it creates): ${left.sort().join(', ')}`);
    }
  };
}
