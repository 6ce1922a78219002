import { createParser, type EventSourceParser, type ParseError } from 'eventsource-parser';

export interface SseEvent {
  event: string | undefined;
  data: string;
}

/** An upstream line longer than this is an upstream fault, not something to buffer without end. */
export const MAX_SSE_LINE_BYTES = 16 * 1024 * 1024;

/** Incremental Server-Sent Events parser (eventsource-parser underneath): feed decoded text, get complete events. */
export class SseParser {
  private out: SseEvent[] = [];
  private failure: ParseError | null = null;
  private readonly parser: EventSourceParser;

  constructor(maxLineBytes = MAX_SSE_LINE_BYTES) {
    this.parser = createParser({
      maxBufferSize: maxLineBytes,
      onEvent: (e) => void this.out.push({ event: e.event, data: e.data }),
      // Unknown fields are allowed by the spec and ignored; only an overlong line is fatal.
      onError: (e) => {
        if (e.type === 'max-buffer-size-exceeded') this.failure = e;
      },
    });
  }

  /** Complete events in `text`; throws when the upstream sends a line past the size limit. */
  push(text: string): SseEvent[] {
    this.parser.feed(text);
    return this.take();
  }

  /** A final event not followed by a blank line. */
  flush(): SseEvent[] {
    // End the pending line and the event; with nothing pending, a blank line dispatches nothing.
    this.parser.feed('\n\n');
    this.parser.reset();
    return this.take();
  }

  private take(): SseEvent[] {
    if (this.failure) throw new Error(`upstream event stream: ${this.failure.message}`);
    const events = this.out;
    this.out = [];
    return events;
  }
}
