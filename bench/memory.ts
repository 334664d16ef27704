import { round } from './stats.js';

export interface MemoryFigures {
  /** Resident set size after a full garbage collection, MiB. */
  rssMiB: number;
  heapUsedMiB: number;
  /** Largest resident set size the process reached, MiB. */
  peakRssMiB: number;
}

/** Runs a full garbage collection (the process must run with --expose-gc). */
export function collectGarbage(): void {
  if (typeof global.gc !== 'function') throw new Error('Run the scale child with --expose-gc.');
  global.gc();
  global.gc();
}

/** Memory of this process after a full collection. */
export function memoryFigures(): MemoryFigures {
  collectGarbage();
  const usage = process.memoryUsage();
  return {
    rssMiB: round(usage.rss / 2 ** 20),
    heapUsedMiB: round(usage.heapUsed / 2 ** 20),
    peakRssMiB: round(process.resourceUsage().maxRSS / 1024),
  };
}
