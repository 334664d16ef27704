import { execFileSync } from 'node:child_process';
import { availableParallelism, cpus, loadavg, totalmem } from 'node:os';

export interface MachineInfo {
  /** `nproc`. */
  cpus: number;
  cpuModel: string;
  memoryGiB: number;
  /** `free -h`, as printed. */
  free: string;
  node: string;
  platform: string;
  /** 1, 5 and 15 minute load averages: other work on the machine at the time. */
  loadAverage: number[];
}

function run(command: string, args: string[]): string {
  try {
    return execFileSync(command, args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  } catch (error) {
    return `(${command} failed: ${(error as Error).message.split('\n')[0]})`;
  }
}

/** The machine the benchmark runs on. */
export function machineInfo(): MachineInfo {
  return {
    cpus: Number(run('nproc', [])) || availableParallelism(),
    cpuModel: cpus()[0]?.model ?? 'unknown',
    memoryGiB: Math.round((totalmem() / 2 ** 30) * 10) / 10,
    free: run('free', ['-h']),
    node: process.version,
    platform: `${process.platform} ${process.arch}`,
    loadAverage: loadavg().map((l) => Math.round(l * 100) / 100),
  };
}

/** The commit measured, and whether src/ had uncommitted changes (which were measured too). */
export function sourceRevision(): { commit: string; dirty: boolean; subject: string } {
  return {
    commit: run('git', ['rev-parse', '--short', 'HEAD']),
    dirty: run('git', ['status', '--porcelain', '--', 'src']).length > 0,
    subject: run('git', ['log', '-1', '--format=%s']),
  };
}
