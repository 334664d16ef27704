/** Median of a non-empty list of numbers. */
export function median(values: readonly number[]): number {
  if (values.length === 0) throw new RangeError('median of an empty list');
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** Milliseconds since an arbitrary origin, with sub-millisecond precision. */
export function now(): number {
  return Number(process.hrtime.bigint()) / 1e6;
}

/** Runs `fn` `warmup` times untimed, then `runs` times timed; returns each timed run's milliseconds. */
export function timeRuns(fn: () => void, options: { warmup: number; runs: number }): number[] {
  for (let i = 0; i < options.warmup; i += 1) fn();
  const times: number[] = [];
  for (let i = 0; i < options.runs; i += 1) {
    const start = now();
    fn();
    times.push(now() - start);
  }
  return times;
}

/** Rounds to `digits` significant digits, for readable reports. */
export function round(value: number, digits = 3): number {
  if (!Number.isFinite(value) || value === 0) return value;
  return Number(value.toPrecision(digits));
}

/** Bytes of UTF-8 text. */
export function utf8Bytes(texts: readonly string[]): number {
  return texts.reduce((sum, t) => sum + Buffer.byteLength(t, 'utf8'), 0);
}

/** Least-squares exponent b of y = a·x^b over points (x, y): 1 is linear growth, below 1 sub-linear. */
export function growthExponent(points: readonly { x: number; y: number }[]): number | null {
  const usable = points.filter((p) => p.x > 0 && p.y > 0);
  if (usable.length < 2) return null;
  const xs = usable.map((p) => Math.log(p.x));
  const ys = usable.map((p) => Math.log(p.y));
  const mx = xs.reduce((a, b) => a + b, 0) / xs.length;
  const my = ys.reduce((a, b) => a + b, 0) / ys.length;
  let num = 0;
  let den = 0;
  for (let i = 0; i < xs.length; i += 1) {
    num += (xs[i]! - mx) * (ys[i]! - my);
    den += (xs[i]! - mx) ** 2;
  }
  return den === 0 ? null : num / den;
}
