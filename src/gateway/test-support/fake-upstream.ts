import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/** Faults a fake upstream can be told to produce. */
export type Fault = 'none' | '500' | '503' | '429' | '400' | '401' | '302' | '418' | 'slow' | 'reset-mid-stream' | 'hang-up';

export interface FakeUsage {
  input: number;
  output: number;
  cached: number;
  /** Prompt-cache writes, part of `input` (only the Anthropic fake reports them). */
  cacheWrite?: number;
  /** The part of `cacheWrite` written with a 1-hour lifetime (Anthropic `cache_creation.ephemeral_1h_input_tokens`). */
  cacheWrite1h?: number;
}

export interface FakeUpstream {
  url: string;
  /** Bodies of every request received, parsed. */
  requests: Record<string, unknown>[];
  headers: IncomingMessage['headers'][];
  /** Path of every request received. */
  paths: string[];
  fault: Fault;
  /** Failures to produce before answering normally (for retry tests); -1 means always. */
  failTimes: number;
  slowMs: number;
  usage: FakeUsage;
  reply: string;
  toolCall: { name: string; arguments: string } | null;
  /** The body of a fault answer; default a JSON error whose message carries a fake key. */
  errorBody: string | null;
  /** Called as each request arrives, with the count so far (to change faults between requests). */
  onRequest: ((count: number) => void) | null;
  /** When set, a stream pauses after its first content chunk until this resolves. */
  gate: Promise<void> | null;
  close(): Promise<void>;
}

type Handler = (fake: FakeUpstream, body: Record<string, unknown>, res: ServerResponse) => void | Promise<void>;

async function readJson(req: IncomingMessage): Promise<Record<string, unknown>> {
  const chunks: Buffer[] = [];
  for await (const c of req) chunks.push(c as Buffer);
  try {
    return JSON.parse(Buffer.concat(chunks).toString('utf8')) as Record<string, unknown>;
  } catch {
    return {};
  }
}

/** A loopback HTTP fake with controllable faults; `handler` speaks the provider's wire format. */
export async function startFake(path: string, handler: Handler, more: Readonly<Record<string, Handler>> = {}): Promise<FakeUpstream> {
  const fake: FakeUpstream = {
    url: '',
    requests: [],
    headers: [],
    paths: [],
    fault: 'none',
    failTimes: -1,
    slowMs: 500,
    usage: { input: 12, output: 5, cached: 0 },
    reply: 'Hello from the fake.',
    toolCall: null,
    errorBody: null,
    gate: null,
    onRequest: null,
    close: () => Promise.resolve(),
  };
  const server: Server = createServer((req, res) => {
    void (async () => {
      const body = await readJson(req);
      fake.requests.push(body);
      fake.headers.push(req.headers);
      fake.paths.push(req.url ?? '');
      fake.onRequest?.(fake.requests.length);
      const handle = req.url === path ? handler : more[req.url ?? ''];
      if (req.method !== 'POST' || !handle) {
        res.writeHead(404).end();
        return;
      }
      const failing = fake.fault !== 'none' && fake.fault !== 'reset-mid-stream' && fake.fault !== 'slow' && (fake.failTimes < 0 || fake.failTimes-- > 0);
      if (fake.fault === 'slow') await new Promise((r) => setTimeout(r, fake.slowMs));
      if (failing) {
        if (fake.fault === 'hang-up') {
          req.socket.destroy();
          return;
        }
        res.writeHead(Number(fake.fault), { 'content-type': 'application/json' }).end(fake.errorBody ?? JSON.stringify({ error: { message: `fake ${fake.fault} key sk-secret1234567890`, type: 'fake' } }));
        return;
      }
      await handle(fake, body, res);
    })();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  fake.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  fake.close = () =>
    new Promise<void>((resolve) => {
      server.closeAllConnections();
      server.close(() => resolve());
    });
  return fake;
}

/** A loopback port with nothing listening: an upstream that is down. */
export async function deadUrl(): Promise<string> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return `http://127.0.0.1:${port}`;
}
