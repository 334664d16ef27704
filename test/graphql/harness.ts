import { EmbeddedStore } from '../../src/store/embedded.js';
import type { GraphStore } from '../../src/store/port.js';
import { DEFAULT_API_LIMITS, type ApiLimits } from '../../src/config.js';
import { createApi, type ApiOptions, type ServerContext } from '../../src/graphql/yoga.js';
import type { Socket } from 'node:net';
import { reactionArticle, samarkandArticle } from './fixtures.js';

export interface GraphQLResponse {
  data?: Record<string, unknown> | null;
  errors?: { message: string; path?: unknown[]; extensions?: Record<string, unknown> }[];
}

export interface RequestOptions {
  variables?: Record<string, unknown>;
  headers?: Record<string, string>;
  /** Address of the client, as the node:http adapter reports it. */
  remoteAddress?: string;
}

/** One request a test made through testApi, and the answer it got. */
export interface RecordedAnswer {
  query: string;
  variables?: Record<string, unknown>;
  status: number;
  body: GraphQLResponse;
}

let recorder: ((answer: RecordedAnswer) => void) | undefined;

/** Has every request made through testApi told to `record` (none: stops), for comparing stores (see stores.ts). */
export function recordAnswers(record: ((answer: RecordedAnswer) => void) | undefined): void {
  recorder = record;
}

/**
 * An in-memory store holding both fixture articles, for the tests of the HTTP layer; the query tests open
 * their stores through stores.ts, on the embedded store and Neo4j alike.
 */
export async function fixtureStore(): Promise<EmbeddedStore> {
  const store = await EmbeddedStore.open();
  await store.ingest(samarkandArticle);
  await store.ingest(reactionArticle);
  return store;
}

/** The API over a store, queried through yoga's in-process fetch. */
export function testApi(store: GraphStore, options: Omit<ApiOptions, 'limits'> & { limits?: Partial<ApiLimits> } = {}) {
  const api = createApi(store, { logger: false, ...options, limits: { ...DEFAULT_API_LIMITS, ...options.limits } });
  async function request(
    query: string,
    requestOptions: RequestOptions = {},
  ): Promise<{ status: number; body: GraphQLResponse }> {
    const serverContext: ServerContext = requestOptions.remoteAddress
      ? { req: { socket: { remoteAddress: requestOptions.remoteAddress } as Socket } }
      : {};
    const response = await api.fetch(
      'http://localhost/graphql',
      {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...requestOptions.headers },
        body: JSON.stringify({ query, variables: requestOptions.variables }),
      },
      serverContext,
    );
    const answer = { status: response.status, body: (await response.json()) as GraphQLResponse };
    recorder?.({ query, variables: requestOptions.variables, ...answer });
    return answer;
  }
  /** Runs a query that must succeed; returns its data. */
  async function data<T = Record<string, unknown>>(query: string, requestOptions: RequestOptions = {}): Promise<T> {
    const { body } = await request(query, requestOptions);
    if (body.errors) throw new Error(`unexpected errors: ${JSON.stringify(body.errors)}`);
    return body.data as T;
  }
  return { api, request, data };
}
