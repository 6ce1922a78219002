// The class a user message gets: what most detector tests assert, shared so each test file need not re-declare it.
import { classify } from '../classify.js';

export const askClass = (text: string): string => classify({ messages: [{ role: 'user', content: text }] }).dataClass;

export const isFlagged = (text: string): boolean => askClass(text) !== 'none';
