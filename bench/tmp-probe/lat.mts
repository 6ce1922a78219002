import { request as httpRequest, Agent } from 'node:http';
import { startHarness, NOTES_KEY } from '../../src/gateway/test-support/harness.js';
import { openUsageStore } from '../../src/stores/index.js';
import { classify } from '../../src/core/detector/index.js';
const filler = 'Please summarise the quarterly capacity review for the platform team in three short bullet points. ';
const body = JSON.stringify({ model: 'm', messages: [{ role: 'system', content: 'You are a concise assistant for an internal engineering team.' }, { role: 'user', content: filler.repeat(9) }] });
const pct = (a: number[], p: number) => [...a].sort((x, y) => x - y)[Math.floor(a.length * p)]!.toFixed(3);
async function probe(url: string, n: number) {
  const u = new URL(`${url}/v1/chat/completions`); const agent = new Agent({ keepAlive: true, maxSockets: 1 });
  const one = () => new Promise<number>((res) => { const t0 = performance.now(); const req = httpRequest({ host: u.hostname, port: u.port, path: u.pathname, method: 'POST', agent, headers: { authorization: `Bearer ${NOTES_KEY}`, 'content-length': Buffer.byteLength(body) } }, (r) => { r.resume(); r.on('end', () => res(performance.now() - t0)); }); req.end(body); });
  for (let i = 0; i < 50; i++) await one();
  const xs = []; for (let i = 0; i < n; i++) xs.push(await one());
  agent.destroy(); return `p50 ${pct(xs, 0.5)} p90 ${pct(xs, 0.9)}`;
}
const stub = () => ({ dataClass: 'none' as const, classes: [], findings: [], scannedChars: 0 });
for (const [name, opts] of [['memory+stub', { gateway: { classify: stub } }], ['memory+classify', {}], ['sqlite-shm+classify', { store: await openUsageStore(`sqlite:/dev/shm/sb-lat-${process.pid}.db`) }]] as const) {
  const h = await startHarness(opts as never);
  const direct = await probe(h.gpt.url.replace(/\/?$/, ''), 0).catch(() => '');
  void direct;
  console.log(name, await probe(h.url, 400));
  await h.close();
}
const b = JSON.parse(body); let t = performance.now(); for (let i = 0; i < 2000; i++) classify(b); console.log('classify ms', ((performance.now() - t) / 2000).toFixed(3));
