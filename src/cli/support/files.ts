import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
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
