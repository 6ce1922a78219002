// The class a user message gets and the PERSON texts found in it: what the health-subject and name tests assert.
import { classify } from '../classify.js';

export const askPersons = (text: string): { cls: string; persons: string[] } => {
  const c = classify({ messages: [{ role: 'user', content: text }] });
  return { cls: c.dataClass, persons: c.findings.filter((f) => f.entity === 'PERSON').map((f) => text.slice(f.start, f.end)) };
};
