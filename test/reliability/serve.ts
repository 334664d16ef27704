import { spawn, type ChildProcess } from 'node:child_process';
import { KG } from '../cli/run-kg.js';

/** A `kg serve` child process and its GraphQL endpoint. */
export interface ServedKg {
  url: string;
  child: ChildProcess;
  /** Everything the server wrote to stderr so far. */
  log(): string;
  /** True while the process runs. */
  alive(): boolean;
  stop(): Promise<void>;
}

/** Starts `kg serve` on a free loopback port with the given arguments and waits until it listens. */
export function serveKg(args: readonly string[], env: NodeJS.ProcessEnv = {}): Promise<ServedKg> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [KG, 'serve', '--host', '127.0.0.1', '--port', '0', ...args], {
      env: { ...process.env, KG_STORE: 'embedded', ...env },
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    let stderr = '';
    let exited = false;
    const closed = new Promise<void>((done) =>
      child.on('close', () => {
        exited = true;
        done();
      }),
    );
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`kg serve did not start within 60 s:\n${stderr}`));
    }, 60_000);
    child.stderr!.setEncoding('utf8').on('data', (chunk: string) => {
      stderr += chunk;
      const match = /GraphQL API on (\S+)/.exec(stderr);
      if (match) {
        clearTimeout(timer);
        resolve({
          url: match[1],
          child,
          log: () => stderr,
          alive: () => !exited,
          stop: async () => {
            if (!exited) child.kill('SIGTERM');
            await closed;
          },
        });
      }
    });
    child.on('close', (code) => {
      clearTimeout(timer);
      reject(new Error(`kg serve exited with ${code} before listening:\n${stderr}`));
    });
  });
}
