/**
 * Work in flight, finished in the order it was started: `push` finishes the oldest items (`finish`)
 * while `size` are waiting, so that at most `size` are ever in flight and each is finished after the
 * ones before it. With a size of 1 each item is finished as soon as it is pushed.
 */
export class InOrderWindow<T> {
  private readonly waiting: T[] = [];

  constructor(
    private readonly size: number,
    private readonly finish: (item: T) => Promise<void>,
  ) {}

  async push(item: T): Promise<void> {
    this.waiting.push(item);
    while (this.waiting.length >= this.size) await this.finish(this.waiting.shift()!);
  }

  /** Finishes every item still waiting, in order. */
  async drain(): Promise<void> {
    while (this.waiting.length > 0) await this.finish(this.waiting.shift()!);
  }
}
