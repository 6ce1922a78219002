import { describe, expect, it } from 'vitest';
import { SseParser } from './sse.js';

describe('SseParser', () => {
  it('splits events across arbitrary chunk boundaries and CRLF', () => {
    const p = new SseParser();
    expect(p.push('event: a\r\nda')).toEqual([]);
    expect(p.push('ta: 1\r\n\r\ndata: 2\n')).toEqual([{ event: 'a', data: '1' }]);
    expect(p.push('\n')).toEqual([{ event: undefined, data: '2' }]);
  });
  it('joins multi-line data, ignores comments, and flushes a final unterminated event', () => {
    const p = new SseParser();
    expect(p.push(': keep-alive\n\ndata: x\ndata:y\n\ndata: tail')).toEqual([{ event: undefined, data: 'x\ny' }]);
    expect(p.flush()).toEqual([{ event: undefined, data: 'tail' }]);
  });
});

describe('SseParser limits', () => {
  it('throws on an upstream line past the size limit instead of buffering it', () => {
    const p = new SseParser(1024);
    expect(() => p.push(`data: ${'x'.repeat(2048)}`)).toThrow(/upstream event stream/);
  });
});
