import type { AnthropicBlock, MessagesRequest } from '../wire/anthropic.js';
import type { ChatMessage, ChatRequest, ToolCall } from '../wire/openai.js';

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
const str = (v: unknown): string => (typeof v === 'string' ? v : '');

function textOf(content: unknown): string {
  if (typeof content === 'string') return content;
  if (!Array.isArray(content)) return '';
  return content.map((p) => (isObj(p) && p.type === 'text' ? str(p.text) : '')).join('');
}

function parseArgs(args: string): unknown {
  try {
    return JSON.parse(args || '{}') as unknown;
  } catch {
    return { _raw: args };
  }
}

function imageBlock(part: Obj): AnthropicBlock | null {
  const url = isObj(part.image_url) ? str(part.image_url.url) : str(part.image_url);
  const m = /^data:([^;]+);base64,(.*)$/s.exec(url);
  if (m) return { type: 'image', source: { type: 'base64', media_type: m[1]!, data: m[2]! } };
  return url ? { type: 'image', source: { type: 'url', url } } : null;
}

function userBlocks(content: ChatMessage['content']): AnthropicBlock[] {
  if (typeof content === 'string') return [{ type: 'text', text: content }];
  const out: AnthropicBlock[] = [];
  for (const part of content ?? []) {
    if (part.type === 'text') out.push({ type: 'text', text: str(part.text) });
    else if (part.type === 'image_url') {
      const img = imageBlock(part);
      if (img) out.push(img);
    }
  }
  return out;
}

/** OpenAI chat request to an Anthropic Messages request for `model`. */
export function chatToAnthropicRequest(chat: ChatRequest, model: string): Obj {
  const system: string[] = [];
  const messages: { role: 'user' | 'assistant'; content: AnthropicBlock[] }[] = [];
  const push = (role: 'user' | 'assistant', blocks: AnthropicBlock[]): void => {
    const last = messages.at(-1);
    // Anthropic wants alternating roles: merge consecutive turns of the same role.
    if (last?.role === role) last.content.push(...blocks);
    else messages.push({ role, content: blocks });
  };
  for (const m of chat.messages) {
    if (m.role === 'system' || m.role === 'developer') system.push(textOf(m.content));
    else if (m.role === 'user') push('user', userBlocks(m.content));
    else if (m.role === 'assistant') {
      const blocks: AnthropicBlock[] = [];
      const text = textOf(m.content);
      if (text) blocks.push({ type: 'text', text });
      for (const tc of m.tool_calls ?? []) blocks.push({ type: 'tool_use', id: tc.id, name: tc.function.name, input: parseArgs(tc.function.arguments) });
      push('assistant', blocks);
    } else push('user', [{ type: 'tool_result', tool_use_id: m.tool_call_id ?? '', content: textOf(m.content) }]);
  }
  const out: Obj = { model, messages, max_tokens: chat.max_completion_tokens ?? chat.max_tokens ?? 4096 };
  if (system.length) out.system = system.join('\n\n');
  if (typeof chat.temperature === 'number') out.temperature = Math.min(1, chat.temperature);
  if (typeof chat.top_p === 'number') out.top_p = chat.top_p;
  const stop = chat.stop;
  if (typeof stop === 'string') out.stop_sequences = [stop];
  else if (Array.isArray(stop)) out.stop_sequences = stop;
  if (chat.stream) out.stream = true;
  if (chat.tools?.length) out.tools = chat.tools.map((t) => ({ name: t.function.name, description: t.function.description, input_schema: t.function.parameters ?? { type: 'object', properties: {} } }));
  const choice = chat.tool_choice;
  if (choice === 'required') out.tool_choice = { type: 'any' };
  else if (choice === 'auto') out.tool_choice = { type: 'auto' };
  else if (choice === 'none') out.tool_choice = { type: 'none' };
  else if (isObj(choice) && isObj(choice.function)) out.tool_choice = { type: 'tool', name: str(choice.function.name) };
  return out;
}

function toolResultText(content: unknown): string {
  return typeof content === 'string' ? content : textOf(content);
}

/** Anthropic Messages request (inbound) to the gateway's canonical OpenAI chat request. */
export function anthropicToChatRequest(req: MessagesRequest): ChatRequest {
  const messages: ChatMessage[] = [];
  const system = typeof req.system === 'string' ? req.system : textOf(req.system);
  if (system) messages.push({ role: 'system', content: system });
  for (const m of req.messages) {
    if (typeof m.content === 'string') {
      messages.push({ role: m.role, content: m.content });
      continue;
    }
    if (m.role === 'assistant') {
      const toolCalls: ToolCall[] = [];
      let text = '';
      for (const b of m.content) {
        if (b.type === 'text') text += str(b.text);
        else if (b.type === 'tool_use') toolCalls.push({ id: str(b.id), type: 'function', function: { name: str(b.name), arguments: JSON.stringify(b.input ?? {}) } });
      }
      messages.push({ role: 'assistant', content: text || null, ...(toolCalls.length ? { tool_calls: toolCalls } : {}) });
      continue;
    }
    const parts: Obj[] = [];
    for (const b of m.content) {
      if (b.type === 'tool_result') messages.push({ role: 'tool', tool_call_id: str(b.tool_use_id), content: toolResultText(b.content) });
      else if (b.type === 'text') parts.push({ type: 'text', text: str(b.text) });
      else if (b.type === 'image' && isObj(b.source)) {
        const s = b.source;
        const url = s.type === 'base64' ? `data:${str(s.media_type)};base64,${str(s.data)}` : str(s.url);
        parts.push({ type: 'image_url', image_url: { url } });
      }
    }
    if (parts.length) messages.push({ role: 'user', content: parts.map((p) => ({ ...p, type: str(p.type) })) });
  }
  const out: ChatRequest = { messages, max_tokens: req.max_tokens };
  if (req.model) out.model = req.model;
  if (req.stream) out.stream = true;
  if (req.temperature !== undefined) out.temperature = req.temperature;
  if (req.top_p !== undefined) out.top_p = req.top_p;
  if (req.stop_sequences) out.stop = req.stop_sequences;
  if (req.tools?.length) out.tools = req.tools.map((t) => ({ type: 'function', function: { name: t.name, ...(t.description ? { description: t.description } : {}), parameters: t.input_schema ?? {} } }));
  const tc = req.tool_choice;
  if (tc) out.tool_choice = tc.type === 'any' ? 'required' : tc.type === 'tool' ? { type: 'function', function: { name: tc.name ?? '' } } : tc.type === 'none' ? 'none' : 'auto';
  return out;
}
