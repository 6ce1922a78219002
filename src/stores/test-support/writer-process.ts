/** A stand-in gateway process for crash and multi-process tests: records N requests, printing `ack ID` as each resolves. */
import { openUsageStore } from '../index.js';
import { sampleRecord } from './contract-suite.js';

const [url, prefix = 'p', countArg = '100'] = process.argv.slice(2);
if (!url) throw new Error('usage: writer-process.ts URL PREFIX COUNT');
const store = await openUsageStore(url);
for (let i = 1; i <= Number(countArg); i++) {
  const id = `${prefix}-${i}`;
  await store.record(sampleRecord(i, { id }));
  process.stdout.write(`ack ${id}\n`);
}
await store.close();
