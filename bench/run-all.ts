// Runs every benchmark in turn; each writes its own section under docs/benchmarks/.
import { spawnSync } from 'node:child_process';

const benches = ['assess', 'capacity', 'detect', 'stores', 'gateway', 'gateway-memory', 'ui'];
const only = process.argv.slice(2);
let failed = 0;
for (const name of benches) {
  if (only.length && !only.includes(name)) continue;
  process.stdout.write(`\n=== bench:${name} ===\n`);
  const r = spawnSync('npm', ['run', '--silent', `bench:${name}`], { stdio: 'inherit' });
  if (r.status !== 0) {
    failed++;
    process.stdout.write(`bench:${name} exited ${r.status ?? r.signal}\n`);
  }
}
process.exitCode = failed ? 1 : 0;
