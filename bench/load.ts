/**
 * `npx tsx bench/load.ts [--duration 30] [--connections 50] [--articles 200] [--no-write]`: a load
 * test of `kg serve` on loopback. Mixed GraphQL queries (entity lookups, searches, 2-hop
 * neighbourhoods, paths, relations, article pages, stats) at 50 connections for 30 s with autocannon,
 * while `ingestArticle` mutations add new articles one after another. Counts transport errors, non-2xx
 * answers and GraphQL errors in the bodies; records latency in docs/benchmarks.md (between the
 * `load:results` markers) and bench/load-results.json. Exits 1 when any request failed.
 */
import autocannon from 'autocannon';
import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { cpus, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { generateCorpus, writeCorpus } from './corpus.js';

const ROOT = new URL('..', import.meta.url);
const START = '<!-- load:results:start -->';
const END = '<!-- load:results:end -->';

interface Served {
  url: string;
  child: ChildProcess;
}

function log(message: string): void {
  process.stderr.write(`[load ${new Date().toISOString().slice(11, 19)}] ${message}\n`);
}

function serve(store: string, seeds: string, token: string): Promise<Served> {
  return new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      [
        new URL('bin/kg.js', ROOT).pathname,
        'serve',
        '--host',
        '127.0.0.1',
        '--port',
        '0',
        '--data',
        store,
        '--seed',
        seeds,
      ],
      {
        env: { ...process.env, KG_STORE: 'embedded', KG_API_TOKEN: token },
        stdio: ['ignore', 'ignore', 'pipe'],
      },
    );
    let stderr = '';
    child.stderr!.setEncoding('utf8').on('data', (chunk: string) => {
      stderr += chunk;
      const match = /GraphQL API on (\S+)/.exec(stderr);
      if (match) resolve({ url: match[1], child });
    });
    child.on('close', (code) => reject(new Error(`kg serve exited with ${code} before listening:\n${stderr}`)));
  });
}

async function graphql<T>(
  url: string,
  query: string,
  variables: Record<string, unknown> = {},
  token?: string,
): Promise<T> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as { data?: T; errors?: { message: string }[] };
  if (!response.ok || body.errors) throw new Error(`${response.status}: ${JSON.stringify(body.errors ?? body)}`);
  return body.data as T;
}

interface Operation {
  name: string;
  query: string;
  variables: (i: number) => Record<string, unknown>;
}

/** The mixed queries, with arguments drawn from what the seeded graph holds. */
async function operations(url: string): Promise<Operation[]> {
  const { entities } = await graphql<{ entities: { nodes: { id: string; name: string }[] } }>(
    url,
    '{ entities(first: 100) { nodes { id name } } }',
  );
  const ids = entities.nodes.map((n) => n.id);
  const words = entities.nodes.map((n) => n.name.split(/\s+/)[0]!).filter((w) => w.length > 2);
  if (ids.length < 2) throw new Error('the seeded graph has fewer than 2 entities: nothing to query');
  const pick = <T>(list: readonly T[], i: number): T => list[i % list.length]!;
  return [
    {
      name: 'lookup',
      query: 'query ($id: ID!) { entity(id: $id) { id label name aliases mentionCount } }',
      variables: (i) => ({ id: pick(ids, i) }),
    },
    {
      name: 'search',
      query: 'query ($q: String!) { entities(search: $q, first: 10) { totalCount nodes { id name } } }',
      variables: (i) => ({ q: pick(words, i) }),
    },
    {
      name: 'neighbourhood',
      query:
        'query ($id: String!) { neighborhood(id: $id, hops: 2, limit: 50) { nodes { id name } edges { type sourceId targetId } } }',
      variables: (i) => ({ id: pick(ids, i) }),
    },
    {
      name: 'path',
      query: 'query ($a: String!, $b: String!) { path(from: $a, to: $b, maxHops: 4) { nodes { id } edges { type } } }',
      variables: (i) => ({ a: pick(ids, i), b: pick(ids, i * 7 + 3) }),
    },
    {
      name: 'relations',
      query: '{ relations(first: 20) { totalCount edges { node { type confidence } } } }',
      variables: () => ({}),
    },
    {
      name: 'articles',
      query: '{ articles(first: 10) { totalCount edges { node { id title publishedAt } } } }',
      variables: () => ({}),
    },
    { name: 'stats', query: '{ stats { articles nodes edges statements } }', variables: () => ({}) },
  ];
}

function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return 0;
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

async function main(): Promise<number> {
  const { values } = parseArgs({
    options: {
      duration: { type: 'string', default: '30' },
      connections: { type: 'string', default: '50' },
      articles: { type: 'string', default: '200' },
      'no-write': { type: 'boolean', default: false },
    },
  });
  const duration = Number(values.duration);
  const connections = Number(values.connections);
  const seeded = Number(values.articles);
  if (!existsSync(new URL('dist/cli/main.js', ROOT))) throw new Error('dist/ is missing: run `npm run build` first.');
  const folder = await mkdtemp(join(tmpdir(), 'kg-load-'));
  const token = randomBytes(24).toString('hex');
  let served: Served | undefined;
  try {
    const corpus = generateCorpus({ seed: 9, count: seeded + 5000 });
    await writeCorpus(join(folder, 'seeds'), corpus.slice(0, seeded));
    log(`seeding kg serve with ${seeded} generated articles`);
    served = await serve(join(folder, 'store.json'), join(folder, 'seeds'), token);
    const url = served.url;
    const ops = await operations(url);
    for (const op of ops) await graphql(url, op.query, op.variables(0));
    log(
      `${ops.length} kinds of query checked; loading ${url} with ${connections} connections for ${duration} s while ingesting`,
    );

    let bodyErrors = 0;
    const bodyErrorSamples: string[] = [];
    let counter = 0;
    const loading = autocannon({
      url,
      connections,
      duration,
      timeout: 20,
      requests: [
        {
          method: 'POST',
          path: '/graphql',
          headers: { 'content-type': 'application/json' },
          setupRequest: (request) => {
            const i = counter++;
            const op = ops[i % ops.length]!;
            return {
              ...request,
              body: JSON.stringify({ query: op.query, variables: op.variables(Math.floor(i / ops.length)) }),
            };
          },
          onResponse: (status, body) => {
            if (status === 200 && !body.includes('"errors"')) return;
            bodyErrors += 1;
            if (bodyErrorSamples.length < 5) bodyErrorSamples.push(`${status} ${body.slice(0, 200)}`);
          },
        },
      ],
    });

    let running = true;
    const ingestLatencies: number[] = [];
    const ingestErrors: string[] = [];
    const ingesting = (async () => {
      for (let i = seeded; running && i < corpus.length; i += 1) {
        const started = performance.now();
        try {
          const text = corpus[i]!.input.text;
          await graphql(
            url,
            'mutation ($input: IngestArticleInput!) { ingestArticle(input: $input) { duplicate } }',
            { input: { text } },
            token,
          );
          ingestLatencies.push(performance.now() - started);
        } catch (error) {
          ingestErrors.push((error as Error).message.slice(0, 200));
        }
      }
    })();
    const result = await loading;
    running = false;
    await ingesting;

    const latencies = [...ingestLatencies].sort((a, b) => a - b);
    const figures = {
      date: new Date().toISOString(),
      machine: `${cpus().length} cores, ${Math.round(totalmem() / 2 ** 30)} GiB, Node ${process.version}`,
      connections,
      durationSeconds: duration,
      seededArticles: seeded,
      queries: {
        requests: result.requests.total,
        requestsPerSecond: Math.round(result.requests.average),
        latencyMs: {
          p50: result.latency.p50,
          p90: result.latency.p90,
          p99: result.latency.p99,
          max: result.latency.max,
          mean: Math.round(result.latency.average * 10) / 10,
        },
        transportErrors: result.errors,
        timeouts: result.timeouts,
        non2xx: result.non2xx,
        graphqlErrors: bodyErrors,
      },
      ingests: {
        articles: ingestLatencies.length,
        errors: ingestErrors.length,
        latencyMs: {
          p50: Math.round(percentile(latencies, 50)),
          p99: Math.round(percentile(latencies, 99)),
          max: Math.round(latencies.at(-1) ?? 0),
        },
      },
    };
    const failed =
      figures.queries.transportErrors +
      figures.queries.timeouts +
      figures.queries.graphqlErrors +
      figures.ingests.errors;
    const markdown = [
      `Measured ${figures.date.slice(0, 10)} on ${figures.machine}; \`npx tsx bench/load.ts\`: \`kg serve\` (embedded store seeded with ${seeded} generated articles) on loopback, ${connections} connections for ${duration} s of mixed queries (${ops.map((o) => o.name).join(', ')}), while \`ingestArticle\` mutations add articles one after another.`,
      '',
      '| | requests | req/s | p50 ms | p90 ms | p99 ms | max ms | errors |',
      '|---|---|---|---|---|---|---|---|',
      `| queries | ${figures.queries.requests} | ${figures.queries.requestsPerSecond} | ${figures.queries.latencyMs.p50} | ${figures.queries.latencyMs.p90} | ${figures.queries.latencyMs.p99} | ${figures.queries.latencyMs.max} | ${figures.queries.transportErrors + figures.queries.timeouts + figures.queries.graphqlErrors} |`,
      `| ingestArticle | ${figures.ingests.articles} | ${Math.round((figures.ingests.articles / duration) * 10) / 10} | ${figures.ingests.latencyMs.p50} | | ${figures.ingests.latencyMs.p99} | ${figures.ingests.latencyMs.max} | ${figures.ingests.errors} |`,
    ].join('\n');
    process.stdout.write(`${markdown}\n`);
    log(
      `queries: ${figures.queries.transportErrors} transport error(s), ${figures.queries.timeouts} client time-out(s) (20 s), ${figures.queries.non2xx} non-2xx, ${figures.queries.graphqlErrors} answer(s) with GraphQL errors; ingests: ${figures.ingests.errors} error(s)`,
    );
    for (const sample of [...bodyErrorSamples, ...ingestErrors.slice(0, 5)]) log(`error: ${sample}`);
    if (!values['no-write']) {
      await writeFile(new URL('bench/load-results.json', ROOT), `${JSON.stringify(figures, null, 2)}\n`);
      const file = new URL('docs/benchmarks.md', ROOT);
      let text = existsSync(file) ? await readFile(file, 'utf8') : '# Benchmarks\n';
      if (!text.includes(START)) text = `${text.trimEnd()}\n\n## Load test (bench/load.ts)\n\n${START}\n${END}\n`;
      const start = text.indexOf(START);
      const end = text.indexOf(END);
      await writeFile(file, `${text.slice(0, start + START.length)}\n${markdown}\n${text.slice(end)}`);
      log('wrote docs/benchmarks.md (load test section) and bench/load-results.json');
    }
    return failed === 0 ? 0 : 1;
  } finally {
    if (served && served.child.exitCode === null) {
      const closed = new Promise((resolve) => served!.child.on('close', resolve));
      served.child.kill('SIGTERM');
      await closed;
    }
    await rm(folder, { recursive: true, force: true });
  }
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`bench/load.ts: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 1;
  },
);
