export interface SseEvent {
  event: string | undefined;
  data: string;
}

/** Incremental Server-Sent Events parser: feed decoded text, get complete events. */
export class SseParser {
  private buf = '';

  push(text: string): SseEvent[] {
    this.buf += text.includes('\r') ? text.replace(/\r\n?/g, '\n') : text;
    const out: SseEvent[] = [];
    let end = this.buf.indexOf('\n\n');
    while (end !== -1) {
      const block = this.buf.slice(0, end);
      this.buf = this.buf.slice(end + 2);
      const ev = parseBlock(block);
      if (ev) out.push(ev);
      end = this.buf.indexOf('\n\n');
    }
    return out;
  }

  /** A final event not followed by a blank line. */
  flush(): SseEvent[] {
    const ev = parseBlock(this.buf);
    this.buf = '';
    return ev ? [ev] : [];
  }
}

function parseBlock(block: string): SseEvent | null {
  let event: string | undefined;
  let data: string | undefined;
  for (const line of block.split('\n')) {
    if (line.startsWith('data:')) {
      const v = line.charCodeAt(5) === 32 ? line.slice(6) : line.slice(5);
      data = data === undefined ? v : `${data}\n${v}`;
    } else if (line.startsWith('event:')) event = line.slice(6).trim();
  }
  return data === undefined ? null : { event, data };
}
