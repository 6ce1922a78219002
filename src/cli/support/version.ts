import { readFileSync } from 'node:fs';

/** The version in package.json, the single place it is written (src/cli/support and dist/cli/support are both two levels below it). */
export const VERSION = (JSON.parse(readFileSync(new URL('../../../package.json', import.meta.url), 'utf8')) as { version: string }).version;
