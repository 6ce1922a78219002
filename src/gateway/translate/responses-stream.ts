import type { MeteredUsage } from '../../core/routing/index.js';
import type { ChatChunk } from '../wire/openai.js';
import { callItem, messageItem, responseShell, responsesUsage, type ResponseObject } from './responses.js';
import type { Obj } from './refusal.js';

interface OpenItem {
  index: number;
  kind: 'message' | 'call';
  id: string;
  text: string;
  callId: string;
  name: string;
}

/** Canonical chunks to the Responses event stream (`response.created` ... `response.completed`). */
export class ChunksToResponses {
  private seq = 0;
  private started = false;
  private readonly items: OpenItem[] = [];
  private current: OpenItem | null = null;
  private readonly calls = new Map<number, OpenItem>();
  private finish: string | null = null;
  private readonly shell: ResponseObject;

  constructor(private readonly id: string, model: string, createdAt: number) {
    this.shell = responseShell(`resp_${id}`, model, createdAt);
  }

  private event(type: string, data: Obj): string {
    return `event: ${type}\ndata: ${JSON.stringify({ type, sequence_number: this.seq++, ...data })}\n\n`;
  }

  private start(model: string): string {
    if (this.started) return '';
    this.started = true;
    if (model) this.shell.model = model;
    const response = { ...this.shell, status: 'in_progress', usage: null };
    return this.event('response.created', { response }) + this.event('response.in_progress', { response });
  }

  private item(it: OpenItem, status: string): Obj {
    return it.kind === 'message' ? messageItem(it.id, it.text, status) : callItem({ id: it.callId, type: 'function', function: { name: it.name, arguments: it.text } }, status);
  }

  private close(): string {
    const it = this.current;
    if (!it) return '';
    this.current = null;
    if (it.kind === 'call') return this.event('response.function_call_arguments.done', { item_id: it.id, output_index: it.index, arguments: it.text }) + this.event('response.output_item.done', { output_index: it.index, item: this.item(it, 'completed') });
    const part = { type: 'output_text', text: it.text, annotations: [], logprobs: [] };
    return (
      this.event('response.output_text.done', { item_id: it.id, output_index: it.index, content_index: 0, text: it.text, logprobs: [] }) +
      this.event('response.content_part.done', { item_id: it.id, output_index: it.index, content_index: 0, part }) +
      this.event('response.output_item.done', { output_index: it.index, item: this.item(it, 'completed') })
    );
  }

  private open(kind: OpenItem['kind'], callId = '', name = ''): { out: string; it: OpenItem } {
    let out = this.close();
    const index = this.items.length;
    const it: OpenItem = { index, kind, id: kind === 'message' ? `msg_${this.id}_${index}` : `fc_${callId}`, text: '', callId, name };
    this.items.push(it);
    this.current = it;
    out += this.event('response.output_item.added', { output_index: index, item: this.item(it, 'in_progress') });
    if (kind === 'message') out += this.event('response.content_part.added', { item_id: it.id, output_index: index, content_index: 0, part: { type: 'output_text', text: '', annotations: [], logprobs: [] } });
    return { out, it };
  }

  push(chunk: ChatChunk): string {
    let out = this.start(chunk.model);
    const choice = chunk.choices[0];
    if (!choice) return out;
    const d = choice.delta;
    if (typeof d.content === 'string' && d.content !== '') {
      let it = this.current;
      if (it?.kind !== 'message') {
        const o = this.open('message');
        out += o.out;
        it = o.it;
      }
      it.text += d.content;
      out += this.event('response.output_text.delta', { item_id: it.id, output_index: it.index, content_index: 0, delta: d.content, logprobs: [] });
    }
    for (const tc of d.tool_calls ?? []) {
      let it = this.calls.get(tc.index);
      if (!it) {
        const o = this.open('call', tc.id ?? `call_${tc.index}`, tc.function?.name ?? '');
        out += o.out;
        it = o.it;
        this.calls.set(tc.index, it);
      }
      const args = tc.function?.arguments;
      if (args) {
        it.text += args;
        out += this.event('response.function_call_arguments.delta', { item_id: it.id, output_index: it.index, delta: args });
      }
    }
    if (choice.finish_reason) this.finish = choice.finish_reason;
    return out;
  }

  /** Closing events, then `response.completed` (held back until the usage record is durable). */
  finishWith(usage: MeteredUsage): { body: string; terminal: string } {
    const body = this.start('') + this.close();
    const incomplete = this.finish === 'length';
    const response = { ...this.shell, status: incomplete ? 'incomplete' : 'completed', incomplete_details: incomplete ? { reason: 'max_output_tokens' } : null, output: this.items.map((it) => this.item(it, 'completed')), usage: responsesUsage(usage) };
    return { body, terminal: this.event(incomplete ? 'response.incomplete' : 'response.completed', { response }) };
  }

  error(code: string, message: string): string {
    return this.event('error', { code, message, param: null });
  }
}
