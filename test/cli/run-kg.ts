import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** Root of the repository. */
export const REPO = fileURLToPath(new URL('../../', import.meta.url));
/** The `kg` program as users run it (it runs dist/, built by `npm run build` or `npm ci`). */
export const KG = `${REPO}bin/kg.js`;

export interface KgRun {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

/** Fails with a clear message when dist/ has not been built. */
export function requireBuild(): void {
  if (!existsSync(`${REPO}dist/cli/main.js`))
    throw new Error('dist/ is missing: run `npm run build` before these tests.');
}

/** Runs `kg` with the arguments in a child process and collects its output. */
export function runKg(
  args: readonly string[],
  options: { cwd?: string; env?: NodeJS.ProcessEnv } = {},
): Promise<KgRun> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [KG, ...args], {
      cwd: options.cwd,
      env: { ...process.env, KG_STORE: 'embedded', ...options.env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d));
    child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
    child.on('error', reject);
    child.on('close', (code, signal) => resolve({ code, signal, stdout, stderr }));
  });
}

const FIRST = ['Ana', 'Ravi', 'Lena', 'Tomas', 'Amara', 'Kenji', 'Sofia', 'Omar', 'Ingrid', 'Pablo'];
const LAST = ['Souza', 'Kumar', 'Novak', 'Berg', 'Okafor', 'Tanaka', 'Rossi', 'Haddad', 'Lund', 'Vargas'];
const COUNTRIES = ['Brazil', 'India', 'Poland', 'Norway', 'Nigeria', 'Japan', 'Italy', 'Egypt', 'Sweden', 'Chile'];
const CITIES = ['Geneva', 'Nairobi', 'Lima', 'Oslo', 'Hanoi', 'Dakar', 'Quito', 'Riga', 'Accra', 'Perth'];

/** A short English news article, different for every n. */
export function newsArticle(n: number): string {
  const a = `${FIRST[n % 10]} ${LAST[Math.floor(n / 10) % 10]}`;
  const b = `${FIRST[(n + 3) % 10]} ${LAST[(Math.floor(n / 10) + 5) % 10]}`;
  return (
    `Foreign Minister ${a} of ${COUNTRIES[n % 10]} met her counterpart ${b} of ${COUNTRIES[(n + 4) % 10]} in ${CITIES[Math.floor(n / 100) % 10]} on Tuesday. ` +
    `"We agreed to open a new trade route," ${a} told reporters after round ${n + 1} of the talks.\n`
  );
}

/** What a `kg ingest --report` run reported: its exit code, the ids reported durable, its stderr. */
export interface ReportedIngest {
  code: number | null;
  done: string[];
  stderr: string;
}

/**
 * Runs `kg ingest <folder> --report --no-progress` with extra arguments and environment; `onDone(n, child)`
 * is called as the n-th article is reported done (or already present).
 */
export function ingestWithReport(
  folder: string,
  args: readonly string[],
  env: NodeJS.ProcessEnv,
  onDone: (count: number, child: ChildProcess) => void = () => undefined,
): Promise<ReportedIngest> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [KG, 'ingest', folder, ...args, '--report', '--no-progress'], {
      env: { ...process.env, ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const done: string[] = [];
    let stderr = '';
    let rest = '';
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
      const lines = (rest + chunk).split('\n');
      rest = lines.pop() ?? '';
      for (const line of lines) {
        const [kind, , article] = line.split(' ');
        if ((kind === 'done' || kind === 'duplicate') && article) {
          done.push(article);
          onDone(done.length, child);
        }
      }
    });
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, done, stderr }));
  });
}
