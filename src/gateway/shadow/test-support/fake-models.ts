import type { ServerResponse } from 'node:http';
import { startFake, type FakeUpstream } from '../../test-support/fake-upstream.js';

/** Deterministic OpenAI-compatible fakes whose answer depends on the request: a "good" model, a "weak" one, a judge. */
export type Responder = (body: Record<string, unknown>) => string;

export interface FakeModel extends FakeUpstream {
  baseUrl: string;
  respond: Responder;
  /** Text of every user/system message received, for "never reached" assertions. */
  seenText(): string;
}

/** The last user message's text. */
export function lastUser(body: Record<string, unknown>): string {
  const msgs = (body.messages ?? []) as { role: string; content: unknown }[];
  const m = [...msgs].reverse().find((x) => x.role === 'user');
  return typeof m?.content === 'string' ? m.content : JSON.stringify(m?.content ?? '');
}

function handler(model: () => FakeModel) {
  return (_f: FakeUpstream, body: Record<string, unknown>, res: ServerResponse): void => {
    const text = model().respond(body);
    const input = Math.ceil(JSON.stringify(body.messages ?? []).length / 4);
    const output = Math.max(1, Math.ceil(text.length / 4));
    const usage = { prompt_tokens: input, completion_tokens: output, total_tokens: input + output };
    const id = 'chatcmpl-fake';
    if (body.stream !== true) {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ id, object: 'chat.completion', created: 1, model: String(body.model), choices: [{ index: 0, message: { role: 'assistant', content: text }, finish_reason: 'stop' }], usage }));
      return;
    }
    res.writeHead(200, { 'content-type': 'text/event-stream' });
    const chunk = (delta: object, finish: string | null = null) => `data: ${JSON.stringify({ id, object: 'chat.completion.chunk', created: 1, model: String(body.model), choices: [{ index: 0, delta, finish_reason: finish }] })}\n\n`;
    res.write(chunk({ role: 'assistant', content: '' }));
    for (const piece of text.split(/(?<= )/)) res.write(chunk({ content: piece }));
    res.write(chunk({}, 'stop'));
    res.write(`data: ${JSON.stringify({ id, object: 'chat.completion.chunk', created: 1, model: String(body.model), choices: [], usage })}\n\n`);
    res.end('data: [DONE]\n\n');
  };
}

export async function startFakeModel(respond: Responder): Promise<FakeModel> {
  const box: { model?: FakeModel } = {};
  const f = await startFake('/v1/chat/completions', handler(() => box.model!));
  const self: FakeModel = Object.assign(f, {
    baseUrl: `${f.url}/v1`,
    respond,
    seenText: () => f.requests.map((r) => JSON.stringify(r.messages ?? [])).join('\n'),
  });
  box.model = self;
  return self;
}

/** A judge that grades 9 when the answer contains the reference answer, else 3; pairwise, it can be told to always pick A. */
export function judgeResponder(opts: { pairwise: 'first' | 'reference' }): Responder {
  return (body) => {
    const text = lastUser(body);
    const ref = /<reference_answer>\n([\s\S]*?)\n<\/reference_answer>/.exec(text)?.[1] ?? '';
    const a = /<answer_a>\n([\s\S]*?)\n<\/answer_a>/.exec(text)?.[1];
    const b = /<answer_b>\n([\s\S]*?)\n<\/answer_b>/.exec(text)?.[1];
    if (a !== undefined && b !== undefined) {
      if (opts.pairwise === 'first') return '{"winner": "A", "reason": "first is best"}';
      const ga = ref !== '' && a.includes(ref);
      const gb = ref !== '' && b.includes(ref);
      return JSON.stringify({ winner: ga === gb ? 'tie' : ga ? 'A' : 'B', reason: 'compared with the reference' });
    }
    const answer = /<answer>\n([\s\S]*?)\n<\/answer>/.exec(text)?.[1] ?? '';
    return JSON.stringify({ score: ref !== '' && answer.includes(ref) ? 9 : 3, reason: 'compared with the reference' });
  };
}
