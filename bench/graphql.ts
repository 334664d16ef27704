import autocannon from 'autocannon';
import type { QuerySamples } from './samples.js';
import { round } from './stats.js';

/** One GraphQL operation of the benchmark and how to draw its variables. */
export interface BenchQuery {
  name: string;
  query: string;
  /** Variables of the i-th request. */
  variables(i: number): Record<string, unknown>;
}

export interface LoadFigures {
  query: string;
  connections: number;
  durationSeconds: number;
  requests: number;
  requestsPerSecond: number;
  latencyP50Ms: number;
  latencyP90Ms: number;
  latencyP99Ms: number;
  latencyMaxMs: number;
  /** Non-2xx answers, socket errors and timeouts. */
  errors: number;
}

function cycle<T>(items: readonly T[], fallback: T): (i: number) => T {
  return (i) => (items.length > 0 ? items[i % items.length]! : fallback);
}

/** The five operations measured on the real server, drawing arguments from the samples. */
export function realQueries(samples: QuerySamples): BenchQuery[] {
  const entity = cycle(samples.entities, 'person:nobody');
  const search = cycle(samples.searches, 'minister');
  const commented = cycle(samples.commented, 'event:nothing');
  const centre = cycle(samples.centres, 'person:nobody');
  const pair = cycle(samples.pairs, ['person:nobody', 'person:nobody-else'] as [string, string]);
  return [
    {
      name: 'entity lookup',
      query: 'query Lookup($id: ID!) { entity(id: $id) { id label name aliases mentionCount } }',
      variables: (i) => ({ id: entity(i) }),
    },
    {
      name: 'search',
      query: 'query Search($q: String!) { entities(search: $q, first: 10) { totalCount nodes { id label name } } }',
      variables: (i) => ({ q: search(i) }),
    },
    {
      name: 'commentators',
      query: 'query Commentators($on: String!) { commentators(on: $on) { quote speaker { id name } } }',
      variables: (i) => ({ on: commented(i) }),
    },
    {
      name: '2-hop neighbourhood',
      query:
        'query Neighbourhood($id: String!) { neighborhood(id: $id, hops: 2, limit: 50) { nodes { id label name } edges { id type sourceId targetId } } }',
      variables: (i) => ({ id: centre(i) }),
    },
    {
      name: 'path',
      query:
        'query Path($from: String!, $to: String!) { path(from: $from, to: $to, maxHops: 4) { nodes { id name } edges { type sourceId targetId } } }',
      variables: (i) => {
        const [from, to] = pair(i);
        return { from, to };
      },
    },
  ];
}

/** The floor's operation: the lookup's shape against a resolver that returns a constant. */
export const FLOOR_QUERY: BenchQuery = {
  name: 'bare graphql-yoga, constant resolver',
  query: 'query Lookup($id: ID!) { entity(id: $id) { id label name aliases mentionCount } }',
  variables: (i) => ({ id: `person:${i % 200}` }),
};

/** Sends one request and returns the parsed answer, to check a query works before loading it. */
export async function probe(url: string, query: BenchQuery): Promise<{ ok: boolean; detail: string }> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/json' },
    body: JSON.stringify({ query: query.query, variables: query.variables(0) }),
  });
  const text = await response.text();
  let errors: unknown;
  try {
    errors = (JSON.parse(text) as { errors?: unknown }).errors;
  } catch {
    return { ok: false, detail: `HTTP ${response.status}, not JSON: ${text.slice(0, 200)}` };
  }
  return response.ok && !errors
    ? { ok: true, detail: text.slice(0, 200) }
    : { ok: false, detail: `HTTP ${response.status}: ${text.slice(0, 300)}` };
}

/** Loads a GraphQL endpoint with one operation from this process (autocannon) and returns latency and throughput. */
export async function loadTest(
  url: string,
  query: BenchQuery,
  options: { connections: number; durationSeconds: number },
): Promise<LoadFigures> {
  let counter = 0;
  const result = await autocannon({
    url,
    connections: options.connections,
    duration: options.durationSeconds,
    pipelining: 1,
    requests: [
      {
        method: 'POST',
        path: new URL(url).pathname,
        headers: { 'content-type': 'application/json', accept: 'application/json' },
        setupRequest: (request) => {
          counter += 1;
          return { ...request, body: JSON.stringify({ query: query.query, variables: query.variables(counter) }) };
        },
      },
    ],
  });
  return {
    query: query.name,
    connections: options.connections,
    durationSeconds: options.durationSeconds,
    requests: result.requests.total,
    requestsPerSecond: round(result.requests.average),
    latencyP50Ms: round(result.latency.p50),
    latencyP90Ms: round(result.latency.p90),
    latencyP99Ms: round(result.latency.p99),
    latencyMaxMs: round(result.latency.max),
    errors: result.non2xx + result.errors + result.timeouts,
  };
}
