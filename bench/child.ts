import { spawn, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';

/** A benchmark child process failed; the message carries the end of its stderr. */
export class BenchChildError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'BenchChildError';
  }
}

function scriptPath(script: string): string {
  return fileURLToPath(new URL(script, import.meta.url));
}

/** How to start a child: extra environment and Node flags (`--cpu-prof`, …). */
export interface ChildOptions {
  timeoutMs: number;
  env?: NodeJS.ProcessEnv;
  nodeArgs?: string[];
  /** Told of each stderr line of the child that starts with "progress ". */
  onProgress?: (line: string) => void;
}

function spawnChild(script: string, request: unknown, options: ChildOptions): ChildProcess {
  const args = [
    ...(options.nodeArgs ?? []),
    '--expose-gc',
    '--import',
    'tsx',
    scriptPath(script),
    JSON.stringify(request),
  ];
  return spawn(process.execPath, args, { stdio: ['pipe', 'pipe', 'pipe'], env: { ...process.env, ...options.env } });
}

/** Runs a bench script (relative to bench/) in a fresh Node process and returns the JSON it prints last. */
export function runChild<T>(script: string, request: unknown, options: ChildOptions): Promise<T> {
  return new Promise((resolve, reject) => {
    const child = spawnChild(script, request, options);
    let stdout = '';
    let stderr = '';
    child.stdout!.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr!.on('data', (chunk: Buffer) => {
      const text = chunk.toString();
      stderr = (stderr + text).slice(-4000);
      for (const line of text.split('\n'))
        if (line.startsWith('progress ')) options.onProgress?.(line.slice('progress '.length));
    });
    child.stdin!.end();
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(
        new BenchChildError(
          `${script} took longer than ${options.timeoutMs} ms and was stopped. Lower the corpus size or check the machine's load.`,
        ),
      );
    }, options.timeoutMs);
    child.on('error', (error) => {
      clearTimeout(timer);
      reject(error);
    });
    child.on('exit', (code, signal) => {
      clearTimeout(timer);
      if (code !== 0) {
        reject(new BenchChildError(`${script} exited with ${code ?? signal}:\n${stderr}`));
        return;
      }
      const last = stdout.trim().split('\n').pop() ?? '';
      try {
        resolve(JSON.parse(last) as T);
      } catch {
        reject(
          new BenchChildError(
            `${script} printed no JSON result; its output ended with:\n${stdout.slice(-500)}\n${stderr}`,
          ),
        );
      }
    });
  });
}

/** A long-running child (a server) and how to stop it. */
export interface RunningChild<T> {
  info: T;
  stop(): Promise<void>;
}

/**
 * Starts a bench script that prints one JSON line when ready and stops when its stdin closes
 * (so it cannot outlive the benchmark).
 */
export function startChild<T>(script: string, request: unknown, options: ChildOptions): Promise<RunningChild<T>> {
  return new Promise((resolve, reject) => {
    const child = spawnChild(script, request, options);
    let stdout = '';
    let stderr = '';
    let ready = false;
    const exited = new Promise<void>((done) => child.on('exit', () => done()));
    const stop = async (): Promise<void> => {
      child.stdin!.end();
      const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
      await exited;
      clearTimeout(timer);
    };
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new BenchChildError(`${script} was not ready within ${options.timeoutMs} ms:\n${stderr}`));
    }, options.timeoutMs);
    child.stderr!.on('data', (chunk: Buffer) => (stderr = (stderr + chunk.toString()).slice(-4000)));
    child.stdout!.on('data', (chunk: Buffer) => {
      stdout += chunk.toString();
      const newline = stdout.indexOf('\n');
      if (ready || newline < 0) return;
      ready = true;
      clearTimeout(timer);
      try {
        resolve({ info: JSON.parse(stdout.slice(0, newline)) as T, stop });
      } catch {
        void stop();
        reject(new BenchChildError(`${script} printed ${stdout.slice(0, newline)} instead of its JSON ready line.`));
      }
    });
    child.on('exit', (code, signal) => {
      if (ready) return;
      clearTimeout(timer);
      reject(new BenchChildError(`${script} exited with ${code ?? signal} before it was ready:\n${stderr}`));
    });
  });
}
