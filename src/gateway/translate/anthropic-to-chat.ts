import type { MessagesRequest } from '../wire/anthropic.js';
import type { ChatMessage, ChatRequest, ToolCall } from '../wire/openai.js';
import { isObj, str, type Obj, type Refusal } from './refusal.js';

const TARGET = 'OpenAI chat';
type Part = Obj & { type: string };

/** The canonical chat form of an Anthropic request, with every field it could not carry. */
export interface AnthropicAsChat {
  chat: ChatRequest;
  refusals: Refusal[];
  notes: string[];
}

const TOP_LEVEL = ['model', 'max_tokens', 'messages', 'system', 'stream', 'stop_sequences', 'temperature', 'top_p', 'top_k', 'tools', 'tool_choice', 'metadata', 'thinking', 'output_config', 'output_format', 'service_tier'];
const CACHE_NOTE = 'cache_control: OpenAI-compatible upstreams cache prompt prefixes automatically';
/** Betas whose effect travels in the body, which is translated field by field. */
const BODY_BETAS = [/^prompt-caching-/, /^pdfs-/, /^structured-outputs-/, /^token-counting-/, /^fine-grained-tool-streaming-/, /^interleaved-thinking-/, /^token-efficient-tools-/, /^output-128k-/];
const EFFORT: Record<string, string> = { low: 'low', medium: 'medium', high: 'high', xhigh: 'xhigh' };

class Collector {
  readonly refusals: Refusal[] = [];
  readonly notes: string[] = [];
  refuse(field: string, why: string): void {
    this.refusals.push({ field, why });
  }
  known(obj: Obj, keys: readonly string[], path: string): void {
    for (const k of Object.keys(obj)) {
      if (keys.includes(k) || obj[k] === undefined) continue;
      if (k === 'cache_control') {
        if (!this.notes.includes(CACHE_NOTE)) this.notes.push(CACHE_NOTE);
      } else this.refuse(path ? `${path}.${k}` : k, `has no equivalent in the ${TARGET} API`);
    }
  }
}

function imagePart(b: Obj, path: string, c: Collector): Part | null {
  const s = isObj(b.source) ? b.source : {};
  if (s.type === 'base64') return { type: 'image_url', image_url: { url: `data:${str(s.media_type)};base64,${str(s.data)}` } };
  if (s.type === 'url') return { type: 'image_url', image_url: { url: str(s.url) } };
  c.refuse(`${path}.source.type`, `"${str(s.type)}" images name a file stored at Anthropic, which an OpenAI-compatible upstream cannot read`);
  return null;
}

/** Anthropic `document` blocks: PDFs become OpenAI `file` parts, text documents become text. */
function documentPart(b: Obj, path: string, c: Collector): Part | null {
  c.known(b, ['type', 'source', 'title', 'context', 'citations'], path);
  if (isObj(b.citations) && b.citations.enabled === true) c.refuse(`${path}.citations`, 'OpenAI-compatible upstreams do not cite document passages');
  const s = isObj(b.source) ? b.source : {};
  const title = str(b.title);
  const context = str(b.context);
  const header = [title, context].filter(Boolean).join('\n');
  if (s.type === 'base64' && s.media_type === 'application/pdf') {
    if (context) c.refuse(`${path}.context`, 'an OpenAI file part has no context field');
    return { type: 'file', file: { filename: title || 'document.pdf', file_data: `data:application/pdf;base64,${str(s.data)}` } };
  }
  if (s.type === 'text') return { type: 'text', text: header ? `${header}\n\n${str(s.data)}` : str(s.data) };
  if (s.type === 'content' && Array.isArray(s.content)) {
    const text = s.content.map((x) => (isObj(x) && x.type === 'text' ? str(x.text) : '')).join('\n');
    return { type: 'text', text: header ? `${header}\n\n${text}` : text };
  }
  c.refuse(`${path}.source.type`, s.type === 'url' ? 'OpenAI file parts take inline data only, and the gateway does not fetch URLs' : `"${str(s.type)}" documents cannot be sent to an OpenAI-compatible upstream`);
  return null;
}

function userParts(blocks: Obj[], path: string, c: Collector, allowed: readonly string[]): Part[] {
  const parts: Part[] = [];
  for (const [i, b] of blocks.entries()) {
    const p = `${path}[${i}]`;
    const type = str(b.type);
    if (!allowed.includes(type)) {
      c.refuse(`${p}.type`, `"${type}" blocks have no equivalent in this position of an ${TARGET} request`);
      continue;
    }
    if (type === 'text') {
      c.known(b, ['type', 'text', 'citations'], p);
      parts.push({ type: 'text', text: str(b.text) });
    } else if (type === 'image') {
      c.known(b, ['type', 'source'], p);
      const img = imagePart(b, p, c);
      if (img) parts.push(img);
    } else if (type === 'document') {
      const doc = documentPart(b, p, c);
      if (doc) parts.push(doc);
    }
  }
  return parts;
}

const textOnly = (parts: Part[]): string => parts.map((p) => str(p.text)).join('');

/** Anthropic Messages request (inbound) to the canonical OpenAI chat request. */
export function anthropicToChat(req: MessagesRequest): AnthropicAsChat {
  const c = new Collector();
  c.known(req, TOP_LEVEL, '');
  const messages: ChatMessage[] = [];
  if (typeof req.system === 'string') {
    if (req.system) messages.push({ role: 'system', content: req.system });
  } else if (req.system?.length) messages.push({ role: 'system', content: textOnly(userParts(req.system, 'system', c, ['text'])) });
  for (const [i, m] of req.messages.entries()) {
    const path = `messages[${i}].content`;
    if (typeof m.content === 'string') {
      messages.push({ role: m.role, content: m.content });
      continue;
    }
    if (m.role === 'assistant') {
      const toolCalls: ToolCall[] = [];
      let text = '';
      let reasoning = '';
      for (const [j, b] of m.content.entries()) {
        const p = `${path}[${j}]`;
        if (b.type === 'text') {
          c.known(b, ['type', 'text', 'citations'], p);
          text += str(b.text);
        } else if (b.type === 'tool_use') {
          c.known(b, ['type', 'id', 'name', 'input'], p);
          toolCalls.push({ id: str(b.id), type: 'function', function: { name: str(b.name), arguments: JSON.stringify(b.input ?? {}) } });
        } else if (b.type === 'thinking') reasoning += str(b.thinking);
        else c.refuse(`${p}.type`, b.type === 'redacted_thinking' ? 'redacted thinking is encrypted for Anthropic and cannot be replayed to another upstream' : `"${b.type}" blocks have no ${TARGET} equivalent`);
      }
      messages.push({ role: 'assistant', content: text || null, ...(toolCalls.length ? { tool_calls: toolCalls } : {}), ...(reasoning ? { reasoning_content: reasoning } : {}) });
      continue;
    }
    let pending: Part[] = [];
    const flush = (): void => {
      if (pending.length) messages.push({ role: 'user', content: pending });
      pending = [];
    };
    for (const [j, b] of m.content.entries()) {
      const p = `${path}[${j}]`;
      if (b.type !== 'tool_result') {
        pending.push(...userParts([b], path, c, ['text', 'image', 'document']).map((x) => x));
        continue;
      }
      flush();
      c.known(b, ['type', 'tool_use_id', 'content', 'is_error'], p);
      const inner = typeof b.content === 'string' ? [{ type: 'text', text: b.content } as Part] : Array.isArray(b.content) ? userParts(b.content as Obj[], `${p}.content`, c, ['text', 'image', 'document']) : [];
      const text = inner.filter((x) => x.type === 'text');
      const media = inner.filter((x) => x.type !== 'text');
      // OpenAI tool messages carry text only: the error flag becomes words, media follow as a user turn.
      const prefix = b.is_error === true ? 'Error: ' : '';
      messages.push({ role: 'tool', tool_call_id: str(b.tool_use_id), content: prefix + textOnly(text) });
      if (media.length) messages.push({ role: 'user', content: [{ type: 'text', text: `Attachments returned by tool call ${str(b.tool_use_id)}:` }, ...media] });
    }
    flush();
  }
  const chat: ChatRequest = { messages, max_tokens: req.max_tokens };
  if (req.model) chat.model = req.model;
  if (req.stream) chat.stream = true;
  if (req.temperature !== undefined) chat.temperature = req.temperature;
  if (req.top_p !== undefined) chat.top_p = req.top_p;
  // Not an OpenAI parameter, but vLLM, TGI and llama.cpp take it; OpenAI itself refuses it with a 400.
  if (req.top_k !== undefined) chat.top_k = req.top_k;
  if (req.stop_sequences) chat.stop = req.stop_sequences;
  if (req.tools?.length)
    chat.tools = req.tools.flatMap((t, i) => {
      const tool = t as Obj;
      if (tool.type !== undefined && tool.type !== 'custom') {
        c.refuse(`tools[${i}].type`, `"${str(tool.type)}" is an Anthropic server tool; OpenAI-compatible upstreams cannot run it`);
        return [];
      }
      c.known(tool, ['type', 'name', 'description', 'input_schema', 'strict'], `tools[${i}]`);
      return [{ type: 'function', function: { name: t.name, ...(t.description ? { description: t.description } : {}), parameters: t.input_schema ?? {}, ...(tool.strict === true ? { strict: true } : {}) } }];
    });
  const tc = req.tool_choice;
  if (tc) {
    c.known(tc, ['type', 'name', 'disable_parallel_tool_use'], 'tool_choice');
    chat.tool_choice = tc.type === 'any' ? 'required' : tc.type === 'tool' ? { type: 'function', function: { name: tc.name ?? '' } } : tc.type === 'none' ? 'none' : 'auto';
    if (tc.disable_parallel_tool_use === true) chat.parallel_tool_calls = false;
  }
  const meta = req.metadata;
  if (isObj(meta)) {
    c.known(meta, ['user_id'], 'metadata');
    if (typeof meta.user_id === 'string') chat.user = meta.user_id;
  }
  const thinking = req.thinking;
  if (isObj(thinking)) {
    if (thinking.type === 'enabled') {
      const budget = typeof thinking.budget_tokens === 'number' ? thinking.budget_tokens : 0;
      chat.reasoning_effort = budget <= 4096 ? 'low' : budget <= 16_384 ? 'medium' : 'high';
      c.notes.push(`thinking.budget_tokens: ${budget} sent as reasoning_effort ${String(chat.reasoning_effort)}`);
    } else if (thinking.type === 'disabled') chat.reasoning_effort = 'none';
    else if (thinking.type !== 'adaptive') c.refuse('thinking.type', `"${str(thinking.type)}" has no ${TARGET} equivalent`);
  }
  const oc: Obj | null = isObj(req.output_config) ? req.output_config : isObj(req.output_format) ? { format: req.output_format } : null;
  if (oc) {
    c.known(oc, ['format', 'effort'], isObj(req.output_config) ? 'output_config' : '');
    const fmt = oc.format;
    if (isObj(fmt)) {
      if (fmt.type === 'json_schema' && isObj(fmt.schema)) chat.response_format = { type: 'json_schema', json_schema: { name: 'output', schema: fmt.schema, strict: true } };
      else c.refuse('output_config.format.type', `"${str(fmt.type)}" has no ${TARGET} equivalent`);
    }
    if (typeof oc.effort === 'string') {
      const e = EFFORT[oc.effort];
      if (e) chat.reasoning_effort = e;
      else c.refuse('output_config.effort', `"${oc.effort}" has no OpenAI reasoning effort`);
    }
  }
  if (typeof req.service_tier === 'string') {
    if (req.service_tier === 'auto') chat.service_tier = 'auto';
    else if (req.service_tier === 'standard_only') chat.service_tier = 'default';
    else c.refuse('service_tier', `"${req.service_tier}" has no OpenAI service tier`);
  }
  return { chat, refusals: c.refusals, notes: c.notes };
}

/** `anthropic-beta` values whose effect an OpenAI-compatible upstream cannot give. */
export const betaRefusals = (betas: readonly string[]): Refusal[] =>
  betas.filter((b) => !BODY_BETAS.some((re) => re.test(b))).map((b) => ({ field: 'anthropic-beta', why: `"${b}" turns on behaviour only Anthropic implements` }));
