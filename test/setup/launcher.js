import { spawn, spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** Folder of the Maven project that builds the launcher. */
export const LAUNCHER_DIR = resolve(dirname(fileURLToPath(import.meta.url)), '../../neo4j-launcher');
/** The launcher's jar (its dependencies are in target/lib beside it). */
export const LAUNCHER_JAR = join(LAUNCHER_DIR, 'target/neo4j-launcher.jar');

/**
 * A running throw-away Neo4j server.
 * @typedef {object} LaunchedNeo4j
 * @property {string} uri Bolt URI
 * @property {string} user
 * @property {string} password
 * @property {import('node:child_process').ChildProcess} process
 * @property {number} startMs milliseconds from spawning the JVM to the Bolt URI being printed
 */

/** @param {string} folder @returns {number} */
function newestChange(folder) {
  let newest = 0;
  for (const entry of readdirSync(folder, { withFileTypes: true })) {
    const path = join(folder, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestChange(path) : statSync(path).mtimeMs);
  }
  return newest;
}

/** Builds the launcher with Maven when its jar is missing or older than its sources. */
export function ensureLauncherBuilt() {
  const sourcesChanged = Math.max(
    statSync(join(LAUNCHER_DIR, 'pom.xml')).mtimeMs,
    newestChange(join(LAUNCHER_DIR, 'src')),
  );
  if (
    existsSync(LAUNCHER_JAR) &&
    existsSync(join(LAUNCHER_DIR, 'target/lib')) &&
    statSync(LAUNCHER_JAR).mtimeMs >= sourcesChanged
  )
    return;
  process.stderr.write('neo4j: building the test server launcher (mvn -q -B package)…\n');
  const built = spawnSync('mvn', ['-q', '-B', 'package'], {
    cwd: LAUNCHER_DIR,
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  if (built.error)
    throw new Error(`Cannot run Maven to build ${LAUNCHER_DIR} (${built.error.message}): install Maven and Java 17.`);
  if (built.status !== 0)
    throw new Error(`Maven failed (exit ${built.status}) building ${LAUNCHER_DIR}; see its output above.`);
}

/**
 * JVM options: for tests, a small heap and the quick compiler only, which start fastest; for the
 * benchmark (`throughput`), a server's: the optimising compiler, a heap of 2 GiB and a page cache of
 * 1 GiB. With the tests' sizing, the benchmark's ingest ran 2.4 times slower.
 */
const JVM_OPTIONS = {
  test: ['-Xms128m', '-Xmx512m', '-XX:+UseSerialGC', '-XX:TieredStopAtLevel=1'],
  throughput: ['-Xms1g', '-Xmx2g', '-XX:+UseParallelGC'],
};
const THROUGHPUT_PAGE_CACHE = String(1024 * 1024 * 1024);

/**
 * Starts the launcher and resolves once it prints its Bolt URI; rejects with its output when it fails or takes too long.
 * `dataDir` (kept on exit) and `port` let a stopped server be restarted on the same data and address;
 * `throughput` sizes the server for a benchmark rather than a quick start (see JVM_OPTIONS).
 * @param {{ timeoutMs?: number, dataDir?: string, port?: number, password?: string, throughput?: boolean }} [options]
 * @returns {Promise<LaunchedNeo4j>}
 */
export function launchNeo4j(options = {}) {
  ensureLauncherBuilt();
  const password = options.password ?? randomBytes(12).toString('hex');
  const started = Date.now();
  const extra = [
    ...(options.dataDir ? ['--data-dir', options.dataDir] : []),
    ...(options.port ? ['--port', String(options.port)] : []),
    ...(options.throughput ? ['--page-cache', THROUGHPUT_PAGE_CACHE] : []),
  ];
  const child = spawn(
    'java',
    [
      ...(options.throughput ? JVM_OPTIONS.throughput : JVM_OPTIONS.test),
      '-jar',
      LAUNCHER_JAR,
      '--password',
      password,
      ...extra,
    ],
    { stdio: ['pipe', 'pipe', 'pipe'] },
  );
  let stdout = '';
  let stderr = '';
  return new Promise((resolvePromise, reject) => {
    /** @param {string} reason */
    const fail = (reason) => {
      clearTimeout(timer);
      child.kill('SIGKILL');
      reject(new Error(`The Neo4j test server did not start: ${reason}\n${stderr.slice(-4000)}`));
    };
    const timer = setTimeout(
      () => fail(`no Bolt URI after ${options.timeoutMs ?? 120_000} ms`),
      options.timeoutMs ?? 120_000,
    );
    child.on('error', (error) => fail(`cannot run java (${error.message}); install Java 17`));
    child.on('exit', (code) => fail(`the launcher exited with code ${code}`));
    child.stderr.on('data', (chunk) => {
      stderr += chunk.toString();
    });
    child.stdout.on('data', (chunk) => {
      stdout += chunk.toString();
      const uri = /^(bolt:\/\/\S+)$/m.exec(stdout)?.[1];
      if (!uri) return;
      clearTimeout(timer);
      child.removeAllListeners('exit');
      resolvePromise({ uri, user: 'neo4j', password, process: child, startMs: Date.now() - started });
    });
  });
}

/**
 * Stops a launched server: closes its stdin (it shuts down cleanly), then kills it if it is still up after the grace period.
 * @param {Pick<LaunchedNeo4j, 'process'>} server
 * @returns {Promise<void>}
 */
export function stopNeo4j(server, graceMs = 30_000) {
  const child = server.process;
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolvePromise) => {
    const timer = setTimeout(() => child.kill('SIGKILL'), graceMs);
    child.once('exit', () => {
      clearTimeout(timer);
      resolvePromise();
    });
    child.stdin.end();
  });
}
