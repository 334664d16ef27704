/**
 * Group commit: calls that arrive while a batch is being written wait, and go together in the next
 * batch (at most `size` of them), so that callers that ingest many articles at once (concurrent calls)
 * share transactions, while a caller that awaits each call still gets its own. Each call settles when
 * the batch that holds it has committed (or failed): nothing is reported done before it is durable.
 */
export class BatchQueue<I, O> {
  private pending: { item: I; resolve: (value: O) => void; reject: (error: unknown) => void }[] = [];
  private running = false;

  constructor(
    private readonly size: number,
    /** Writes a batch; one result or error per item, in order. Throwing fails the whole batch. */
    private readonly work: (items: I[]) => Promise<(O | Error)[]>,
  ) {}

  push(item: I): Promise<O> {
    return new Promise<O>((resolve, reject) => {
      this.pending.push({ item, resolve, reject });
      if (!this.running) {
        this.running = true;
        // After the current tick, so that calls made together start in one batch.
        setImmediate(() => void this.drain());
      }
    });
  }

  private async drain(): Promise<void> {
    try {
      while (this.pending.length > 0) {
        const batch = this.pending.splice(0, this.size);
        try {
          const results = await this.work(batch.map((b) => b.item));
          results.forEach((result, i) =>
            result instanceof Error ? batch[i]!.reject(result) : batch[i]!.resolve(result),
          );
        } catch (error) {
          for (const b of batch) b.reject(error);
        }
      }
    } finally {
      this.running = false;
    }
  }
}
