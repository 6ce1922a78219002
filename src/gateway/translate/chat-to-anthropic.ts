import type { ChatMessage, ChatRequest } from '../wire/openai.js';
import { isDefault, isObj, onlyKnown, str, translating, Untranslatable, type Obj, type Translated } from './refusal.js';

const TARGET = 'Anthropic Messages';
type Block = Obj & { type: string };

const TOP_LEVEL = [
  'model', 'messages', 'stream', 'stream_options', 'max_tokens', 'max_completion_tokens', 'temperature', 'top_p', 'top_k', 'stop', 'n', 'tools', 'tool_choice',
  'parallel_tool_calls', 'response_format', 'user', 'safety_identifier', 'metadata', 'store', 'seed', 'logprobs', 'top_logprobs', 'frequency_penalty',
  'presence_penalty', 'logit_bias', 'reasoning_effort', 'service_tier', 'modalities',
] as const;

function parseArgs(args: string, field: string): unknown {
  try {
    return JSON.parse(args || '{}') as unknown;
  } catch {
    throw new Untranslatable(field, 'is not valid JSON; Anthropic takes tool input as a JSON object');
  }
}

function dataUrl(url: string): { mediaType: string; data: string } | null {
  const m = /^data:([^;,]+);base64,(.*)$/s.exec(url);
  return m ? { mediaType: m[1]!, data: m[2]! } : null;
}

function imageBlock(part: Obj, path: string, notes: string[]): Block {
  const img = isObj(part.image_url) ? part.image_url : { url: part.image_url };
  onlyKnown(img, ['url', 'detail'], `${path}.image_url`, TARGET);
  if (!isDefault(img.detail, 'auto')) notes.push(`${path}.image_url.detail: Anthropic has no detail setting; the image is sent at full resolution`);
  const url = str(img.url);
  const inline = dataUrl(url);
  if (inline) return { type: 'image', source: { type: 'base64', media_type: inline.mediaType, data: inline.data } };
  if (!/^https?:\/\//.test(url)) throw new Untranslatable(`${path}.image_url.url`, 'must be an https URL or a base64 data URL');
  return { type: 'image', source: { type: 'url', url } };
}

/** OpenAI `file` parts carry a base64 data URL; Anthropic takes PDFs and plain text as `document` blocks. */
function documentBlock(part: Obj, path: string): Block {
  const file = isObj(part.file) ? part.file : {};
  if (file.file_id !== undefined) throw new Untranslatable(`${path}.file`, 'file ids name a file stored at OpenAI, which an Anthropic upstream cannot read');
  onlyKnown(file, ['file_data', 'filename'], `${path}.file`, TARGET);
  const inline = dataUrl(str(file.file_data));
  if (!inline) throw new Untranslatable(`${path}.file`, 'needs file_data as a base64 data URL');
  const title = str(file.filename) || undefined;
  if (inline.mediaType === 'application/pdf') return { type: 'document', source: { type: 'base64', media_type: 'application/pdf', data: inline.data }, ...(title ? { title } : {}) };
  if (inline.mediaType.startsWith('text/')) return { type: 'document', source: { type: 'text', media_type: 'text/plain', data: Buffer.from(inline.data, 'base64').toString('utf8') }, ...(title ? { title } : {}) };
  throw new Untranslatable(`${path}.file.file_data`, `${inline.mediaType} files are not documents Anthropic reads (PDF and plain text are)`);
}

function contentBlocks(content: ChatMessage['content'], path: string, notes: string[], allowed: readonly string[]): Block[] {
  if (typeof content === 'string') return content ? [{ type: 'text', text: content }] : [];
  const out: Block[] = [];
  for (const [i, part] of (content ?? []).entries()) {
    const p = `${path}[${i}]`;
    if (!allowed.includes(part.type)) throw new Untranslatable(`${p}.type`, `"${part.type}" parts have no equivalent in this position of an ${TARGET} request`);
    if (part.type === 'text') {
      onlyKnown(part, ['type', 'text'], p, TARGET);
      out.push({ type: 'text', text: str(part.text) });
    } else if (part.type === 'image_url') {
      onlyKnown(part, ['type', 'image_url'], p, TARGET);
      out.push(imageBlock(part, p, notes));
    } else if (part.type === 'file') {
      onlyKnown(part, ['type', 'file'], p, TARGET);
      out.push(documentBlock(part, p));
    }
  }
  return out;
}

function toolResult(m: ChatMessage, path: string, notes: string[]): Block {
  const content = contentBlocks(m.content, `${path}.content`, notes, ['text', 'image_url']);
  const block: Block = { type: 'tool_result', tool_use_id: str(m.tool_call_id), content };
  if ((m as Obj).is_error === true) block.is_error = true;
  return block;
}

/** What `response_format` asks for, as Anthropic's structured output (`output_config.format`). */
function outputFormat(rf: unknown): Obj | undefined {
  if (!isObj(rf) || rf.type === 'text') return undefined;
  if (rf.type === 'json_schema' && isObj(rf.json_schema)) {
    const schema = rf.json_schema.schema;
    if (!isObj(schema)) throw new Untranslatable('response_format.json_schema.schema', 'is required for Anthropic structured output');
    return { type: 'json_schema', schema };
  }
  throw new Untranslatable('response_format.type', `"${str(rf.type)}" has no Anthropic equivalent; use json_schema (structured output)`);
}

const EFFORT: Record<string, string> = { minimal: 'low', low: 'low', medium: 'medium', high: 'high', xhigh: 'xhigh' };
const TIER: Record<string, string> = { auto: 'auto', default: 'standard_only' };

/** OpenAI chat request to an Anthropic Messages request for `model`; a field with no equivalent is refused. */
export function chatToAnthropic(chat: ChatRequest, model: string): Translated<Obj> {
  return translating((notes) => {
    const c = chat as Obj;
    onlyKnown(c, TOP_LEVEL, '', TARGET);
    const system: Block[] = [];
    const messages: { role: 'user' | 'assistant'; content: Block[] }[] = [];
    const push = (role: 'user' | 'assistant', blocks: Block[]): void => {
      const last = messages.at(-1);
      // Anthropic wants alternating roles: merge consecutive turns of the same role.
      if (last?.role === role) last.content.push(...blocks);
      else messages.push({ role, content: blocks });
    };
    for (const [i, m] of chat.messages.entries()) {
      const path = `messages[${i}]`;
      const known = ['role', 'content', ...(m.role === 'assistant' ? ['tool_calls', 'refusal'] : []), ...(m.role === 'tool' ? ['tool_call_id', 'is_error'] : [])];
      onlyKnown(m, known, path, TARGET);
      if (m.role === 'assistant' && typeof m.refusal === 'string') throw new Untranslatable(`${path}.refusal`, 'Anthropic has no refusal field on assistant turns');
      if (m.role === 'system' || m.role === 'developer') system.push(...contentBlocks(m.content, `${path}.content`, notes, ['text']));
      else if (m.role === 'user') push('user', contentBlocks(m.content, `${path}.content`, notes, ['text', 'image_url', 'file']));
      else if (m.role === 'assistant') {
        const blocks = contentBlocks(m.content, `${path}.content`, notes, ['text']);
        for (const [j, tc] of (m.tool_calls ?? []).entries()) blocks.push({ type: 'tool_use', id: tc.id, name: tc.function.name, input: parseArgs(tc.function.arguments, `${path}.tool_calls[${j}].function.arguments`) });
        push('assistant', blocks);
      } else if (m.role === 'tool') push('user', [toolResult(m, path, notes)]);
      else throw new Untranslatable(`${path}.role`, '"function" messages are deprecated; send tool messages');
    }
    const out: Obj = { model, messages, max_tokens: chat.max_completion_tokens ?? chat.max_tokens ?? 4096 };
    if (chat.max_completion_tokens == null && chat.max_tokens == null) notes.push('max_tokens: Anthropic requires it; 4096 was sent');
    if (system.length) out.system = system.map((b) => str(b.text)).join('\n\n');
    if (typeof chat.temperature === 'number') {
      if (chat.temperature > 1) throw new Untranslatable('temperature', `${chat.temperature} is above 1, the highest an Anthropic model accepts`);
      out.temperature = chat.temperature;
    }
    if (typeof c.top_p === 'number') out.top_p = c.top_p;
    if (typeof c.top_k === 'number') out.top_k = c.top_k;
    if (typeof c.stop === 'string') out.stop_sequences = [c.stop];
    else if (Array.isArray(c.stop)) out.stop_sequences = c.stop;
    if (chat.stream) out.stream = true;
    if (chat.tools?.length)
      out.tools = chat.tools.map((t, i) => {
        if (t.type !== 'function') throw new Untranslatable(`tools[${i}].type`, `"${t.type}" tools have no Anthropic equivalent`);
        onlyKnown(t.function, ['name', 'description', 'parameters', 'strict'], `tools[${i}].function`, TARGET);
        return { name: t.function.name, ...(t.function.description ? { description: t.function.description } : {}), input_schema: t.function.parameters ?? { type: 'object', properties: {} }, ...(t.function.strict === true ? { strict: true } : {}) };
      });
    const choice = c.tool_choice;
    let toolChoice: Obj | undefined;
    if (choice === 'required') toolChoice = { type: 'any' };
    else if (choice === 'auto') toolChoice = { type: 'auto' };
    else if (choice === 'none') toolChoice = { type: 'none' };
    else if (isObj(choice) && choice.type === 'function' && isObj(choice.function)) toolChoice = { type: 'tool', name: str(choice.function.name) };
    else if (choice !== undefined && choice !== null) throw new Untranslatable('tool_choice', 'has no Anthropic equivalent');
    if (c.parallel_tool_calls === false) toolChoice = { ...(toolChoice ?? { type: 'auto' }), disable_parallel_tool_use: true };
    if (toolChoice) out.tool_choice = toolChoice;
    const format = outputFormat(c.response_format);
    const effort = c.reasoning_effort;
    if (effort === 'none') out.thinking = { type: 'disabled' };
    else if (typeof effort === 'string' && !EFFORT[effort]) throw new Untranslatable('reasoning_effort', `"${effort}" has no Anthropic effort level`);
    const outputConfig: Obj = { ...(format ? { format } : {}), ...(typeof effort === 'string' && EFFORT[effort] ? { effort: EFFORT[effort] } : {}) };
    if (Object.keys(outputConfig).length) out.output_config = outputConfig;
    const user = str(c.safety_identifier) || str(c.user);
    if (user) out.metadata = { user_id: user };
    if (isObj(c.metadata) && Object.keys(c.metadata).length) throw new Untranslatable('metadata', 'Anthropic metadata holds only a user id (send `user`); other keys would be lost');
    if (c.store === true) throw new Untranslatable('store', 'an Anthropic upstream does not store completions');
    if (!isDefault(c.seed)) throw new Untranslatable('seed', 'Anthropic has no seed; sampling cannot be made repeatable');
    if (!isDefault(c.logprobs, false) || !isDefault(c.top_logprobs, 0)) throw new Untranslatable(c.logprobs ? 'logprobs' : 'top_logprobs', 'Anthropic returns no log probabilities');
    if (!isDefault(c.frequency_penalty, 0)) throw new Untranslatable('frequency_penalty', 'Anthropic has no frequency penalty');
    if (!isDefault(c.presence_penalty, 0)) throw new Untranslatable('presence_penalty', 'Anthropic has no presence penalty');
    if (!isDefault(c.logit_bias, {})) throw new Untranslatable('logit_bias', 'Anthropic has no logit bias');
    if (!isDefault(c.modalities, ['text'])) throw new Untranslatable('modalities', 'Anthropic answers in text only');
    if (typeof c.service_tier === 'string') {
      const tier = TIER[c.service_tier];
      if (!tier) throw new Untranslatable('service_tier', `"${c.service_tier}" has no Anthropic service tier`);
      out.service_tier = tier;
    }
    return out;
  });
}
