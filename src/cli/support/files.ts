import { mkdir, readFile } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { UsageError, type CliIo } from './io.js';

/** Reads a YAML or JSON file (or `-` for stdin) into plain data, with a clear error on failure. */
export async function readDataFile(path: string, io: CliIo, what = 'file'): Promise<unknown> {
  let text: string;
  try {
    text = path === '-' ? await io.readStdin() : await readFile(resolve(io.cwd, path), 'utf8');
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    throw new UsageError(`${what} ${path}: ${code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'is a directory' : 'cannot be read'}`);
  }
  try {
    return /\.json$/i.test(path) ? JSON.parse(text) : parseYaml(text, { prettyErrors: true, uniqueKeys: true });
  } catch (e) {
    const msg = e instanceof Error ? e.message.split('\n')[0] : String(e);
    throw new UsageError(`${what} ${path}: not valid ${/\.json$/i.test(path) ? 'JSON' : 'YAML'}: ${msg}`);
  }
}

/**
 * mkdir -p that always ends. Node 20's `mkdir(dir, { recursive: true })` never settles under /proc
 * (procfs answers ENOENT for every parent), which hung `plan --out /proc/x`; this walks up one
 * level at a time with plain mkdir and stops at the first error that is not ENOENT or EEXIST.
 */
export async function makeDirs(dir: string): Promise<void> {
  try {
    await mkdir(dir);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'EEXIST') return;
    const parent = dirname(dir);
    if (code !== 'ENOENT' || parent === dir) throw e;
    await makeDirs(parent);
    try {
      await mkdir(dir);
    } catch (again) {
      if ((again as NodeJS.ErrnoException).code !== 'EEXIST') throw again;
    }
  }
}
