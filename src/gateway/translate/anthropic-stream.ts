import type { MeteredUsage } from '../../core/routing/index.js';
import type { ChatChunk, ChunkToolCall } from '../wire/openai.js';
import { anthropicStopToFinish, finishToAnthropicStop } from './anthropic-response.js';
import { anthropicCounts, cacheWrites, toAnthropicUsage } from './usage.js';

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
const num = (v: unknown): number => (typeof v === 'number' && v > 0 ? v : 0);

/** Upstream Anthropic stream events to canonical OpenAI chunks; keeps the usage across events. */
export class AnthropicToChunks {
  private id = '';
  private model = '';
  private toolIndex = -1;
  private readonly blockTool = new Map<number, number>();
  private input = 0;
  private cached = 0;
  private cacheWrite = 0;
  private cacheWrite1h = 0;
  private output = 0;
  done = false;

  constructor(private readonly created: number) {}

  usage(): MeteredUsage {
    return anthropicCounts(this.input, this.cached, this.cacheWrite, this.output, this.cacheWrite1h);
  }

  private chunk(delta: ChatChunk['choices'][number]['delta'], finish: string | null = null): ChatChunk {
    return { id: this.id, object: 'chat.completion.chunk', created: this.created, model: this.model, choices: [{ index: 0, delta, finish_reason: finish }] };
  }

  private takeUsage(u: unknown): void {
    if (!isObj(u)) return;
    if ('input_tokens' in u) this.input = num(u.input_tokens);
    if ('cache_read_input_tokens' in u) this.cached = num(u.cache_read_input_tokens);
    if ('cache_creation_input_tokens' in u || 'cache_creation' in u) {
      const writes = cacheWrites(u);
      this.cacheWrite = writes.total;
      this.cacheWrite1h = writes.oneHour;
    }
    if ('output_tokens' in u) this.output = num(u.output_tokens);
  }

  /** Returns the chunks for one event; throws on an upstream `error` event. */
  push(data: Obj): ChatChunk[] {
    switch (data.type) {
      case 'message_start': {
        const m = isObj(data.message) ? data.message : {};
        this.id = typeof m.id === 'string' ? m.id : 'msg';
        this.model = typeof m.model === 'string' ? m.model : '';
        this.takeUsage(m.usage);
        return [this.chunk({ role: 'assistant', content: '' })];
      }
      case 'content_block_start': {
        const b = isObj(data.content_block) ? data.content_block : {};
        if (b.type !== 'tool_use') return [];
        this.toolIndex += 1;
        this.blockTool.set(num(data.index), this.toolIndex);
        const call: ChunkToolCall = { index: this.toolIndex, id: String(b.id), type: 'function', function: { name: String(b.name), arguments: '' } };
        return [this.chunk({ tool_calls: [call] })];
      }
      case 'content_block_delta': {
        const d = isObj(data.delta) ? data.delta : {};
        if (d.type === 'text_delta' && typeof d.text === 'string') return [this.chunk({ content: d.text })];
        if (d.type === 'thinking_delta' && typeof d.thinking === 'string') return [this.chunk({ reasoning_content: d.thinking })];
        if (d.type === 'input_json_delta' && typeof d.partial_json === 'string') {
          const index = this.blockTool.get(num(data.index)) ?? Math.max(this.toolIndex, 0);
          return [this.chunk({ tool_calls: [{ index, function: { arguments: d.partial_json } }] })];
        }
        return [];
      }
      case 'message_delta': {
        this.takeUsage(data.usage);
        const d = isObj(data.delta) ? data.delta : {};
        const finish = anthropicStopToFinish(typeof d.stop_reason === 'string' ? d.stop_reason : null);
        return finish ? [this.chunk({}, finish)] : [];
      }
      case 'message_stop':
        this.done = true;
        return [];
      case 'error':
        throw new Error('upstream stream error event');
      default:
        return [];
    }
  }
}

/** Canonical OpenAI chunks to Anthropic SSE events, for callers of `/v1/messages` with `stream: true`. */
export class ChunksToAnthropic {
  private started = false;
  private block = -1;
  private blockType: 'text' | 'thinking' | 'tool_use' | null = null;
  private readonly toolBlocks = new Map<number, number>();
  private stop: string | null = null;
  private refused = false;

  constructor(private readonly fallbackModel: string) {}

  private event(type: string, data: Obj): string {
    return `event: ${type}\ndata: ${JSON.stringify({ type, ...data })}\n\n`;
  }

  private open(type: 'text' | 'thinking' | 'tool_use', contentBlock: Obj): string {
    let out = this.close();
    this.block += 1;
    this.blockType = type;
    out += this.event('content_block_start', { index: this.block, content_block: contentBlock });
    return out;
  }

  private close(): string {
    if (this.blockType === null) return '';
    this.blockType = null;
    return this.event('content_block_stop', { index: this.block });
  }

  private start(id: string, model: string): string {
    if (this.started) return '';
    this.started = true;
    const message = { id: id.startsWith('msg') ? id : `msg_${id}`, type: 'message', role: 'assistant', model: model || this.fallbackModel, content: [], stop_reason: null, stop_sequence: null, usage: { input_tokens: 0, output_tokens: 0 } };
    return this.event('message_start', { message });
  }

  push(chunk: ChatChunk): string {
    let out = this.start(chunk.id, chunk.model);
    for (const choice of chunk.choices) {
      const d = choice.delta;
      if (typeof d.reasoning_content === 'string' && d.reasoning_content !== '') {
        if (this.blockType !== 'thinking') out += this.open('thinking', { type: 'thinking', thinking: '', signature: '' });
        out += this.event('content_block_delta', { index: this.block, delta: { type: 'thinking_delta', thinking: d.reasoning_content } });
      }
      for (const text of [d.content, d.refusal]) {
        if (typeof text !== 'string' || text === '') continue;
        if (this.blockType !== 'text') out += this.open('text', { type: 'text', text: '' });
        out += this.event('content_block_delta', { index: this.block, delta: { type: 'text_delta', text } });
      }
      if (typeof d.refusal === 'string' && d.refusal) this.refused = true;
      for (const tc of d.tool_calls ?? []) {
        if (tc.id && !this.toolBlocks.has(tc.index)) {
          out += this.open('tool_use', { type: 'tool_use', id: tc.id, name: tc.function?.name ?? '', input: {} });
          this.toolBlocks.set(tc.index, this.block);
        }
        const args = tc.function?.arguments;
        if (args) out += this.event('content_block_delta', { index: this.toolBlocks.get(tc.index) ?? this.block, delta: { type: 'input_json_delta', partial_json: args } });
      }
      if (choice.finish_reason) this.stop = finishToAnthropicStop(choice.finish_reason);
    }
    return out;
  }

  /** Everything but the terminal event, which the gateway sends only after the usage record is durable. */
  finish(usage: MeteredUsage): { body: string; terminal: string } {
    const body = this.start('gateway', '') + this.close() + this.event('message_delta', { delta: { stop_reason: this.refused ? 'refusal' : (this.stop ?? 'end_turn'), stop_sequence: null }, usage: toAnthropicUsage(usage) });
    return { body, terminal: this.event('message_stop', {}) };
  }
}
