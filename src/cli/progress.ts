import cliProgress from 'cli-progress';

/** Progress of a long task: a bar on a terminal, a line every few seconds elsewhere. */
export interface Progress {
  tick(detail?: string): void;
  stop(): void;
}

/** A progress display on stderr for `total` steps. */
export function createProgress(label: string, total: number, stream: NodeJS.WriteStream = process.stderr): Progress {
  if (stream.isTTY) {
    const bar = new cliProgress.SingleBar(
      {
        format: `${label} [{bar}] {value}/{total} {percentage}% | {detail}`,
        stream,
        hideCursor: true,
        clearOnComplete: false,
      },
      cliProgress.Presets.shades_classic,
    );
    bar.start(total, 0, { detail: '' });
    return {
      tick: (detail = '') => bar.increment(1, { detail }),
      stop: () => bar.stop(),
    };
  }
  let done = 0;
  let last = Date.now();
  return {
    tick: () => {
      done += 1;
      if (Date.now() - last >= 2000 || done === total) {
        last = Date.now();
        stream.write(`${label}: ${done}/${total}\n`);
      }
    },
    stop: () => undefined,
  };
}
