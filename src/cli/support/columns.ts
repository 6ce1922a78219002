/** Terminal text that stays within 80 columns: a labelled value wraps under itself. */
import { wrap } from '../../core/report/wrap.js';

export const TERMINAL_WIDTH = 80;

/**
 * `prefix` then `value`, word-wrapped so no line passes `width`; continuation lines are indented to where the
 * value starts, so the label column stays clear. A single word longer than the room is left whole.
 */
export function labelled(prefix: string, value: string, width = TERMINAL_WIDTH): string[] {
  const room = Math.max(20, width - prefix.length);
  const pad = ' '.repeat(prefix.length);
  return wrap(value, room).map((line, i) => `${i === 0 ? prefix : pad}${line}`);
}
