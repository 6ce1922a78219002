import { readFile } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { openModelFromConfig, parseConfigText, type FromConfigEntry } from '../../core/catalog/index.js';
import { formatIssues } from '../../core/result.js';
import { UsageError, type CliIo } from './io.js';

/**
 * Catalog overrides may name a Hugging Face config.json instead of spelling out an open model's
 * architecture (`fromConfig: ./config.json`, relative to the override file). Reads each file here at the
 * edge and hands the parsed JSON to the core, which builds the record.
 */
export async function resolveFromConfig(
  raw: unknown,
  overridePath: string,
  io: CliIo,
  asOf: string,
): Promise<unknown> {
  const models = (raw as { openModels?: unknown } | null)?.openModels;
  if (
    !Array.isArray(models) ||
    !models.some((m) => typeof (m as { fromConfig?: unknown } | null)?.fromConfig === 'string')
  )
    return raw;
  const base = overridePath === '-' ? io.cwd : dirname(resolve(io.cwd, overridePath));
  const out = await Promise.all(
    models.map(async (m: unknown, i: number) => {
      const entry = m as Partial<FromConfigEntry> | null;
      if (typeof entry?.fromConfig !== 'string') return m;
      const where = `openModels[${i}].fromConfig`;
      if (typeof entry.id !== 'string') throw new UsageError(`${where}: the entry needs an id`);
      let text: string;
      try {
        text = await readFile(resolve(base, entry.fromConfig), 'utf8');
      } catch (e) {
        const code = (e as NodeJS.ErrnoException).code;
        throw new UsageError(
          `${where}: ${entry.fromConfig}: ${code === 'ENOENT' ? 'no such file' : 'cannot be read'}`,
        );
      }
      const parsed = parseConfigText(text);
      const record = parsed.ok
        ? openModelFromConfig(entry as FromConfigEntry, parsed.value, { asOf })
        : parsed;
      if (!record.ok)
        throw new UsageError(
          `${where} (${entry.fromConfig}):\n${formatIssues(record.issues)
            .split('\n')
            .map((l) => `  ${l}`)
            .join('\n')}`,
        );
      return record.value;
    }),
  );
  return { ...(raw as Record<string, unknown>), openModels: out };
}
