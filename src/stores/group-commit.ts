/** Group commit: records submitted while a write is in flight go together in the next transaction (one lock, one fsync). */
export interface GroupCommit<T> {
  /** Resolves once the transaction holding `item` has committed. */
  submit(item: T): Promise<void>;
  /** Resolves when nothing is queued or in flight. */
  drain(): Promise<void>;
}

interface Pending<T> {
  item: T;
  resolve: () => void;
  reject: (e: unknown) => void;
}

export function groupCommit<T>(
  write: (items: readonly T[]) => Promise<void>,
  options: { maxBatch?: number } = {},
): GroupCommit<T> {
  const maxBatch = options.maxBatch ?? 500;
  let queue: Pending<T>[] = [];
  let running: Promise<void> | null = null;

  const settle = async (batch: Pending<T>[]): Promise<void> => {
    try {
      await write(batch.map((p) => p.item));
      for (const p of batch) p.resolve();
    } catch (e) {
      if (batch.length === 1) batch[0]!.reject(e);
      // One bad record must not fail its neighbours: retry them one by one.
      else for (const p of batch) await settle([p]);
    }
  };

  const loop = async (): Promise<void> => {
    while (queue.length > 0) {
      const batch = queue.slice(0, maxBatch);
      queue = queue.slice(batch.length);
      await settle(batch);
    }
    running = null;
  };

  return {
    submit(item) {
      return new Promise<void>((resolve, reject) => {
        queue.push({ item, resolve, reject });
        running ??= loop();
      });
    },
    async drain() {
      while (running) await running;
    },
  };
}
