import type { MeteredUsage } from '../../core/routing/index.js';
import type { AnthropicBlock, AnthropicMessage } from '../wire/anthropic.js';
import type { ChatCompletion, ToolCall } from '../wire/openai.js';
import { toAnthropicUsage, toOpenAiUsage, usageFromAnthropic } from './usage.js';

const FINISH: Record<string, string> = { end_turn: 'stop', stop_sequence: 'stop', max_tokens: 'length', tool_use: 'tool_calls', refusal: 'content_filter' };
const STOP: Record<string, string> = { stop: 'end_turn', length: 'max_tokens', tool_calls: 'tool_use', function_call: 'tool_use', content_filter: 'refusal' };

export const anthropicStopToFinish = (stop: string | null | undefined): string | null => (stop ? (FINISH[stop] ?? 'stop') : null);
export const finishToAnthropicStop = (finish: string | null | undefined): string | null => (finish ? (STOP[finish] ?? 'end_turn') : null);

/** An upstream Anthropic message as the canonical OpenAI chat completion, with its metered usage. */
export function anthropicToCompletion(msg: AnthropicMessage, created: number): { completion: ChatCompletion; usage: MeteredUsage } {
  let text = '';
  let reasoning = '';
  const toolCalls: ToolCall[] = [];
  for (const b of msg.content) {
    if (b.type === 'text') text += b.text;
    else if (b.type === 'thinking') reasoning += b.thinking;
    else if (b.type === 'tool_use') toolCalls.push({ id: b.id, type: 'function', function: { name: b.name, arguments: JSON.stringify(b.input ?? {}) } });
  }
  const usage = usageFromAnthropic(msg.usage);
  const message: ChatCompletion['choices'][number]['message'] = { role: 'assistant', content: text || (toolCalls.length ? null : '') };
  if (toolCalls.length) message.tool_calls = toolCalls;
  // Not in OpenAI's schema; the field vLLM, DeepSeek and the AI SDK's compatible provider read.
  if (reasoning) message.reasoning_content = reasoning;
  return {
    completion: { id: msg.id, object: 'chat.completion', created, model: msg.model, choices: [{ index: 0, message, finish_reason: anthropicStopToFinish(msg.stop_reason) }], usage: toOpenAiUsage(usage) },
    usage,
  };
}

/** The canonical completion as an Anthropic message, for callers of `/v1/messages`. */
export function completionToAnthropic(c: ChatCompletion, usage: MeteredUsage): AnthropicMessage {
  const choice = c.choices[0];
  const content: AnthropicBlock[] = [];
  const reasoning = choice?.message.reasoning_content;
  if (typeof reasoning === 'string' && reasoning) content.push({ type: 'thinking', thinking: reasoning, signature: '' });
  // An OpenAI refusal (structured output the model declined) is Anthropic's refusal stop with its text.
  const refusal = choice?.message.refusal;
  if (typeof refusal === 'string' && refusal) content.push({ type: 'text', text: refusal });
  if (choice?.message.content) content.push({ type: 'text', text: choice.message.content });
  for (const tc of choice?.message.tool_calls ?? []) {
    let input: unknown;
    try {
      input = JSON.parse(tc.function.arguments || '{}');
    } catch {
      input = { _raw: tc.function.arguments };
    }
    content.push({ type: 'tool_use', id: tc.id, name: tc.function.name, input });
  }
  const id = c.id.startsWith('msg_') ? c.id : `msg_${c.id.replace(/^chatcmpl-/, '')}`;
  return { id, type: 'message', role: 'assistant', model: c.model, content, stop_reason: typeof refusal === 'string' && refusal ? 'refusal' : (finishToAnthropicStop(choice?.finish_reason) ?? 'end_turn'), stop_sequence: null, usage: toAnthropicUsage(usage) };
}
