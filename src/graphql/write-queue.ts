/**
 * Runs the API's changes to the store one at a time, each with the write that makes it durable: a
 * write that fails is rolled back (see EmbeddedStore.flush), which must not take with it another
 * request's change that would then be reported stored.
 */
export class WriteQueue {
  private tail: Promise<unknown> = Promise.resolve();

  run<T>(change: () => Promise<T>): Promise<T> {
    const result = this.tail.then(change);
    this.tail = result.catch(() => undefined);
    return result;
  }
}
