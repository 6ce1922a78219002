/** Everything a command may touch of the process, injected so tests never spawn a shell. */
export interface CliIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  readStdin: () => Promise<string>;
  /** Colour and interactive prompts only on a terminal. */
  isTty: boolean;
  cwd: string;
  env: Readonly<Record<string, string | undefined>>;
  /** Resolves when the process is asked to stop (SIGINT/SIGTERM); long-running commands await it. */
  stopSignal: Promise<void>;
  /** Subscribes to reload requests (SIGHUP); returns the unsubscribe. Absent where there is no such signal. */
  onReload?: (listener: () => void) => () => void;
  /** Interactive line input, for `init`; null when stdin is not a terminal. */
  prompt: ((question: string) => Promise<string>) | null;
}

export interface Command {
  name: string;
  summary: string;
  usage: string;
  /** Returns the exit code: 0 success, 1 a finding (scan) or failure, 2 bad input. */
  run: (args: string[], io: CliIo) => Promise<number>;
}

/** A user mistake: printed as one clear message, no stack trace, exit code 2. */
export class UsageError extends Error {
  override readonly name = 'UsageError';
  constructor(
    message: string,
    readonly exitCode = 2,
  ) {
    super(message);
  }
}

/** Collects stdout/stderr in memory; for tests. */
export function memoryIo(overrides: Partial<CliIo> = {}): CliIo & { out: () => string; err: () => string } {
  let out = '';
  let err = '';
  return {
    stdout: (t) => (out += t),
    stderr: (t) => (err += t),
    readStdin: () => Promise.resolve(''),
    isTty: false,
    cwd: process.cwd(),
    env: {},
    stopSignal: new Promise<void>(() => undefined),
    prompt: null,
    ...overrides,
    out: () => out,
    err: () => err,
  };
}
