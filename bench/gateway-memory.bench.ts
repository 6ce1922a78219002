// Heap after forced GC while the gateway serves batches of requests (real SQLite store on tmpfs): a leak shows as
// heapUsed growing with the request count. Run: npm run bench:gateway-memory (node --expose-gc).
import { openUsageStore } from '../src/stores/index.js';
import { startHarness, CHAT_KEY } from '../src/gateway/test-support/harness.js';
import { rmSync } from 'node:fs';
const gc = (globalThis as { gc?: () => void }).gc;
if (!gc) throw new Error('run with node --expose-gc (npm run bench:gateway-memory)');
rmSync('/dev/shm/leak.db', { force: true });
const store = await openUsageStore('sqlite:/dev/shm/leak.db');
const h = await startHarness({ store });
const body = JSON.stringify({ model: 'x', messages: [{ role: 'system', content: 'You are helpful.' }, { role: 'user', content: 'Tell me about the weather in a long sentence. '.repeat(20) }] });
const one = async (stream: boolean) => {
  const r = await fetch(`${h.url}/v1/chat/completions`, { method: 'POST', headers: { authorization: `Bearer ${CHAT_KEY}`, 'content-type': 'application/json' }, body: stream ? body.replace('"model":"x"', '"model":"x","stream":true') : body });
  await r.text();
};
for (let batch = 0; batch <= 8; batch++) {
  if (batch > 0) for (let i = 0; i < 250; i++) await Promise.all(Array.from({ length: 8 }, (_, k) => one(k % 2 === 0)));
  for (const f of [h.local, h.gpt, h.claude]) { f.requests.length = 0; f.headers.length = 0; }
  gc(); gc();
  const m = process.memoryUsage();
  console.log(`requests ${batch * 2000}\theapUsed ${(m.heapUsed / 1e6).toFixed(1)} MB\trss ${(m.rss / 1e6).toFixed(1)} MB`);
}
await h.close(); await store.close();
