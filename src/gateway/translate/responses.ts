import type { MeteredUsage } from '../../core/routing/index.js';
import type { ResponsesRequest } from '../wire/endpoints.js';
import type { ChatCompletion, ChatMessage, ChatRequest, ToolCall } from '../wire/openai.js';
import { isObj, str, type Obj, type Refusal } from './refusal.js';

const TOP_LEVEL = ['model', 'input', 'instructions', 'background', 'stream', 'stream_options', 'max_output_tokens', 'temperature', 'top_p', 'tools', 'tool_choice', 'parallel_tool_calls', 'text', 'reasoning', 'store', 'user', 'safety_identifier', 'metadata', 'service_tier', 'truncation', 'include', 'top_logprobs', 'prompt_cache_key'];
const STATELESS = 'the gateway is stateless (store: false): it keeps no responses or conversations';

export interface ResponsesAsChat {
  chat: ChatRequest;
  refusals: Refusal[];
  notes: string[];
}

type Part = Obj & { type: string };

function contentParts(content: unknown, path: string, refuse: (f: string, w: string) => void): Part[] | string {
  if (typeof content === 'string') return content;
  if (!Array.isArray(content)) return '';
  const parts: Part[] = [];
  for (const [i, p] of (content as unknown[]).entries()) {
    const at = `${path}[${i}]`;
    if (!isObj(p)) continue;
    if (p.type === 'input_text' || p.type === 'output_text' || p.type === 'text') parts.push({ type: 'text', text: str(p.text) });
    else if (p.type === 'input_image') {
      if (!str(p.image_url)) refuse(`${at}.file_id`, 'stored files are not available through a stateless gateway; send image_url');
      else parts.push({ type: 'image_url', image_url: { url: str(p.image_url), ...(p.detail ? { detail: p.detail } : {}) } });
    } else if (p.type === 'input_file') {
      if (!str(p.file_data)) refuse(`${at}.file_id`, 'stored files are not available through a stateless gateway; send file_data');
      else parts.push({ type: 'file', file: { file_data: str(p.file_data), ...(p.filename ? { filename: p.filename } : {}) } });
    } else if (p.type === 'refusal') parts.push({ type: 'text', text: str(p.refusal) });
    else refuse(`${at}.type`, `"${str(p.type)}" content has no chat equivalent`);
  }
  return parts;
}

const textOf = (c: Part[] | string): string => (typeof c === 'string' ? c : c.map((p) => str(p.text)).join(''));

/** A stateless Responses request as the canonical chat request; what it cannot carry is listed, never dropped. */
export function responsesToChat(req: ResponsesRequest): ResponsesAsChat {
  const refusals: Refusal[] = [];
  const notes: string[] = [];
  const refuse = (field: string, why: string): void => void refusals.push({ field, why });
  const r = req as Obj;
  for (const k of Object.keys(r)) if (!TOP_LEVEL.includes(k) && r[k] !== undefined && r[k] !== null) refuse(k, k === 'previous_response_id' || k === 'conversation' ? STATELESS : 'has no equivalent the gateway can send upstream');
  if (r.store === true) refuse('store', STATELESS);
  if (r.background === true) refuse('background', STATELESS);
  const messages: ChatMessage[] = [];
  if (req.instructions) messages.push({ role: 'system', content: req.instructions });
  const items = typeof req.input === 'string' ? [{ role: 'user', content: req.input } as Obj] : (req.input as Obj[]);
  for (const [i, item] of items.entries()) {
    const path = `input[${i}]`;
    const type = str(item.type) || 'message';
    if (type === 'message') {
      const role = str(item.role);
      const content = contentParts(item.content, `${path}.content`, refuse);
      if (role === 'assistant') {
        const last = messages.at(-1);
        const text = textOf(content);
        if (last?.role === 'assistant' && !last.content) last.content = text;
        else messages.push({ role: 'assistant', content: text });
      } else if (role === 'user' || role === 'system' || role === 'developer') messages.push({ role, content });
      else refuse(`${path}.role`, `"${role}" is not a message role`);
    } else if (type === 'function_call') {
      const call: ToolCall = { id: str(item.call_id), type: 'function', function: { name: str(item.name), arguments: str(item.arguments) } };
      const last = messages.at(-1);
      // Consecutive calls are one assistant turn with several tool calls.
      if (last?.role === 'assistant') last.tool_calls = [...(last.tool_calls ?? []), call];
      else messages.push({ role: 'assistant', content: null, tool_calls: [call] });
    } else if (type === 'function_call_output') {
      const out = item.output;
      messages.push({ role: 'tool', tool_call_id: str(item.call_id), content: typeof out === 'string' ? out : textOf(contentParts(out, `${path}.output`, refuse)) });
    } else refuse(`${path}.type`, type === 'item_reference' ? `${STATELESS}; send the item itself (AI SDK: providerOptions.openai.store = false)` : `"${type}" items have no chat equivalent`);
  }
  const chat: ChatRequest = { messages };
  if (req.model) chat.model = req.model;
  if (req.stream) chat.stream = true;
  if (typeof req.max_output_tokens === 'number') chat.max_completion_tokens = req.max_output_tokens;
  if (typeof req.temperature === 'number') chat.temperature = req.temperature;
  if (typeof req.top_p === 'number') chat.top_p = req.top_p;
  if (req.tools?.length)
    chat.tools = req.tools.flatMap((t, i) => {
      if (t.type !== 'function') {
        refuse(`tools[${i}].type`, `"${t.type}" is a tool OpenAI runs itself; the gateway's upstreams cannot`);
        return [];
      }
      return [{ type: 'function', function: { name: str(t.name), ...(t.description ? { description: str(t.description) } : {}), parameters: t.parameters ?? { type: 'object', properties: {} }, ...(typeof t.strict === 'boolean' ? { strict: t.strict } : {}) } }];
    });
  const tc = r.tool_choice;
  if (typeof tc === 'string') chat.tool_choice = tc;
  else if (isObj(tc)) {
    if (tc.type === 'function') chat.tool_choice = { type: 'function', function: { name: str(tc.name) } };
    else refuse('tool_choice.type', `"${str(tc.type)}" has no chat equivalent`);
  }
  if (typeof r.parallel_tool_calls === 'boolean') chat.parallel_tool_calls = r.parallel_tool_calls;
  if (isObj(r.text)) {
    const fmt = r.text.format;
    if (isObj(fmt) && fmt.type === 'json_schema') chat.response_format = { type: 'json_schema', json_schema: { name: str(fmt.name) || 'output', schema: fmt.schema, ...(typeof fmt.strict === 'boolean' ? { strict: fmt.strict } : {}) } };
    else if (isObj(fmt) && fmt.type === 'json_object') chat.response_format = { type: 'json_object' };
    if (r.text.verbosity !== undefined && r.text.verbosity !== null) chat.verbosity = r.text.verbosity;
  }
  if (isObj(r.reasoning)) {
    if (typeof r.reasoning.effort === 'string') chat.reasoning_effort = r.reasoning.effort;
    if (r.reasoning.summary !== undefined && r.reasoning.summary !== null) notes.push('reasoning.summary: chat upstreams return reasoning text, not summaries');
  }
  for (const k of ['user', 'safety_identifier', 'metadata', 'service_tier', 'prompt_cache_key', 'top_logprobs'] as const) if (r[k] !== undefined && r[k] !== null) chat[k] = r[k];
  if (r.top_logprobs) chat.logprobs = true;
  if (r.truncation === 'auto') refuse('truncation', 'the gateway does not drop context to fit; send the context that fits');
  for (const inc of Array.isArray(r.include) ? (r.include as unknown[]) : []) {
    // Asked for by reasoning-model clients with store: false; chat upstreams return no encrypted reasoning to include.
    if (inc === 'reasoning.encrypted_content') notes.push('include: reasoning.encrypted_content: the upstream returns no encrypted reasoning');
    else refuse('include', `"${String(inc)}" cannot be included: the gateway's upstreams do not produce it`);
  }
  return { chat, refusals, notes };
}

export interface ResponseObject {
  id: string;
  object: 'response';
  created_at: number;
  status: 'completed' | 'incomplete';
  model: string;
  output: Obj[];
  usage: Obj;
  [k: string]: unknown;
}

export function responsesUsage(u: MeteredUsage): Obj {
  return { input_tokens: u.inputTokens, input_tokens_details: { cached_tokens: u.cachedInputTokens }, output_tokens: u.outputTokens, output_tokens_details: { reasoning_tokens: 0 }, total_tokens: u.inputTokens + u.outputTokens };
}

/** The envelope fields a Responses client expects, echoed from its request. */
export function responseShell(id: string, model: string, createdAt: number): ResponseObject {
  return { id, object: 'response', created_at: createdAt, status: 'completed', model, output: [], usage: {}, error: null, incomplete_details: null, instructions: null, metadata: {}, parallel_tool_calls: true, previous_response_id: null, store: false, temperature: null, top_p: null, tool_choice: 'auto', tools: [], text: { format: { type: 'text' } }, truncation: 'disabled', service_tier: 'default' };
}

export const messageItem = (id: string, text: string, status = 'completed'): Obj => ({ type: 'message', id, status, role: 'assistant', content: [{ type: 'output_text', text, annotations: [], logprobs: [] }] });
export const callItem = (tc: ToolCall, status = 'completed'): Obj => ({ type: 'function_call', id: `fc_${tc.id}`, call_id: tc.id, name: tc.function.name, arguments: tc.function.arguments, status });

/** The canonical completion as a Responses object (`store: false`: nothing is kept). */
export function completionToResponse(c: ChatCompletion, usage: MeteredUsage, id: string): ResponseObject {
  const res = responseShell(`resp_${id}`, c.model, c.created);
  const m = c.choices[0]?.message;
  if (m?.reasoning_content) res.output.push({ type: 'reasoning', id: `rs_${id}`, summary: [{ type: 'summary_text', text: m.reasoning_content }] });
  if (m?.content) res.output.push(messageItem(`msg_${id}`, m.content));
  else if (m?.refusal) res.output.push({ ...messageItem(`msg_${id}`, ''), content: [{ type: 'refusal', refusal: m.refusal }] });
  for (const tc of m?.tool_calls ?? []) res.output.push(callItem(tc));
  if (c.choices[0]?.finish_reason === 'length') {
    res.status = 'incomplete';
    res.incomplete_details = { reason: 'max_output_tokens' };
  }
  res.usage = responsesUsage(usage);
  return res;
}
