import { seededRandom } from '../dist/graph/random.js';

/** A small seeded pseudo-random generator (mulberry32): the same seed always gives the same sequence. */
export class Random {
  private readonly draw: () => number;

  constructor(seed: number) {
    this.draw = seededRandom(seed);
  }

  /** A float in [0, 1). */
  next(): number {
    return this.draw();
  }

  /** A whole number in [min, max], both included. */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }

  /** True with probability p. */
  chance(p: number): boolean {
    return this.next() < p;
  }

  /** One element of a non-empty list, uniformly. */
  pick<T>(items: readonly T[]): T {
    if (items.length === 0) throw new RangeError('Random.pick needs a non-empty list.');
    return items[Math.floor(this.next() * items.length)]!;
  }

  /** One element, favouring the front of the list (Zipf-like, exponent about 1): a few are common, most are rare. */
  pickSkewed<T>(items: readonly T[]): T {
    if (items.length === 0) throw new RangeError('Random.pickSkewed needs a non-empty list.');
    const index = Math.floor(Math.pow(items.length + 1, this.next())) - 1;
    return items[Math.min(index, items.length - 1)]!;
  }

  /** Up to n distinct elements, in random order. */
  sample<T>(items: readonly T[], n: number): T[] {
    const copy = [...items];
    const out: T[] = [];
    while (out.length < n && copy.length > 0) out.push(copy.splice(Math.floor(this.next() * copy.length), 1)[0]!);
    return out;
  }

  /** A generator for one labelled part of a seeded whole: the same seed and label always give the same sequence. */
  static derive(seed: number, label: string | number): Random {
    let h = (seed ^ 0x9e3779b9) >>> 0;
    for (const ch of String(label)) h = Math.imul(h ^ ch.charCodeAt(0), 0x01000193) >>> 0;
    return new Random(Math.imul(h ^ (h >>> 16), 0x45d9f3b) >>> 0);
  }
}
