import { EnvelopArmorPlugin } from '@escape.tech/graphql-armor';
import { renderGraphiQL } from '@graphql-yoga/render-graphiql';
import { getOperationAST, GraphQLError, Kind, OperationTypeNode, type DocumentNode } from 'graphql';
import {
  createGraphQLError,
  createLogger,
  createSchema,
  createYoga,
  type CORSOptions,
  type GraphiQLOptions,
  type Plugin,
  type YogaLogger,
} from 'graphql-yoga';
import type { IncomingMessage } from 'node:http';
import { SnapshotCache } from '../analysis/snapshot.js';
import { InputError } from '../errors.js';
import { extractArticle } from '../extract/index.js';
import type { Extractor } from '../ingest/session.js';
import { StoreUnavailableError } from '../store/errors.js';
import type { GraphStore } from '../store/port.js';
import {
  clientAddressOf,
  requiresToken,
  holdsToken,
  writeAccess,
  type ApiTokens,
  type ClientAddress,
} from './access.js';
import type { GraphQLContext } from './context.js';
import { checkCorsOrigins, DEFAULT_API_LIMITS, type ApiLimits } from '../config.js';
import { createEventBus } from './events.js';
import { createLoaders } from './loaders.js';
import { withRefusalsAsOneLine } from './logging.js';
import { WriteQueue } from './write-queue.js';
import { useGraphQlJit } from '@envelop/graphql-jit';
import {
  lacksLength,
  reportLimit,
  useClearLimitMessages,
  useExecutionTimeout,
  useRequestGuards,
  type RoutePlugin,
} from './plugins.js';
import { resolvers } from './resolvers/index.js';
import { readSchemaText } from './schema.js';

/** What the node:http adapter passes to yoga with each request. */
export interface ServerContext {
  req?: Pick<IncomingMessage, 'socket'>;
}

export interface ApiOptions {
  limits?: ApiLimits;
  /** Bearer tokens mutations require (KG_API_TOKEN, or the named ones of KG_API_TOKENS). */
  apiToken?: ApiTokens;
  /** The extractor ingestArticle runs (default: extractArticle). */
  extract?: Extractor;
  /** GraphiQL's example tabs; GraphiQL is off when false. */
  graphiql?: GraphiQLOptions | false;
  /** Where unexpected errors are logged (their details never reach the client). */
  logger?: YogaLogger | false;
  /** How long the analytics snapshot is trusted before the store's counts are read again (default 1000 ms). */
  snapshotRecheckMs?: number;
  /**
   * How long a request waits for a snapshot that only changes made outside the API call for, before it is
   * answered from the one before (default 2000 ms; see SnapshotCache).
   */
  snapshotStaleWaitMs?: number;
  /** Plugins that answer requests outside GraphQL (health check, explorer, exports); they run first. */
  routes?: RoutePlugin[];
}

/** The message clients get for an unexpected error; the details go to the server log only. */
export const MASKED_ERROR_MESSAGE = 'Unexpected error. The server log has the details.';

function isGraphQLError(error: unknown): error is GraphQLError {
  return error instanceof GraphQLError;
}

/**
 * The one place where errors thrown on purpose get their code: every InputError (from any layer) is
 * BAD_USER_INPUT, a StoreUnavailableError is STORE_UNAVAILABLE with HTTP status 503, a GraphQLError keeps
 * its own code; anything else is unexpected, logged and masked.
 */
function maskError(logger: YogaLogger | false): (error: unknown, message: string) => Error {
  return (error, message) => {
    const original = isGraphQLError(error) ? error.originalError : error;
    if (isGraphQLError(error) && !original) return error;
    if (original instanceof StoreUnavailableError) {
      return createGraphQLError(original.message, {
        nodes: isGraphQLError(error) ? error.nodes : undefined,
        path: isGraphQLError(error) ? error.path : undefined,
        extensions: { code: original.code, http: { status: 503 } },
      });
    }
    if (isGraphQLError(error) && (original instanceof InputError || isGraphQLError(original))) {
      return createGraphQLError(original.message, {
        nodes: error.nodes,
        path: error.path,
        extensions: { code: 'BAD_USER_INPUT', ...(isGraphQLError(original) ? original.extensions : {}) },
      });
    }
    if (logger) logger.error(original);
    return createGraphQLError(message, {
      nodes: isGraphQLError(error) ? error.nodes : undefined,
      path: isGraphQLError(error) ? error.path : undefined,
      extensions: { code: 'INTERNAL_SERVER_ERROR' },
    });
  };
}

/**
 * CORS for the origins of KG_CORS_ORIGINS, none by default. A listed origin (any origin for "*") gets
 * itself back; any other gets no CORS header at all, never "null", which a sandboxed page sends as its
 * origin. It covers what the API answers, not what the routes answer (a web page of an allowed origin
 * may query the API, not download exports) nor the refusal of a body of unknown length.
 */
function corsFor(
  limits: ApiLimits,
  routes: readonly RoutePlugin[],
): CORSOptions | ((request: Request, serverContext?: unknown) => CORSOptions) {
  if (limits.corsOrigins.length === 0) return false;
  const anyOrigin = limits.corsOrigins.includes('*');
  const listed = new Set(limits.corsOrigins);
  return (request, serverContext) => {
    const origin = request.headers.get('origin');
    if (origin === null || origin === 'null' || !(anyOrigin || listed.has(origin))) return false;
    const path = new URL(request.url).pathname;
    if (routes.some((route) => route.answers(request.method, path)) || lacksLength(request, serverContext))
      return false;
    return { origin: [origin], credentials: false, methods: ['GET', 'POST'] };
  };
}

/**
 * Notes each request's client address as it arrives: by the time the context is built the body has
 * been read, and the socket may be gone (a reset connection), its address undefined.
 */
function useClientAddress(arrivals: WeakMap<Request, ClientAddress>): Plugin<Record<string, unknown>, ServerContext> {
  return {
    onRequest({ request, serverContext }) {
      arrivals.set(request, clientAddressOf(serverContext));
    },
  };
}

/**
 * GraphiQL from the installed @graphql-yoga/render-graphiql, whose page carries its script, styles and
 * editor workers inline (about 9 MB), instead of yoga's default page, which loads them from a CDN and
 * stays a blank "Loading…" offline or behind a firewall. The page is built once per set of options.
 */
function offlineGraphiQL(): (options?: GraphiQLOptions) => string {
  const pages = new Map<string, string>();
  return (options) => {
    const key = JSON.stringify(options ?? {});
    let page = pages.get(key);
    if (page === undefined) {
      page = renderGraphiQL(options);
      if (pages.size < 4) pages.set(key, page);
    }
    return page;
  };
}

/** How many operations a document defines. */
function operationCount(document: DocumentNode): number {
  return document.definitions.filter((definition) => definition.kind === Kind.OPERATION_DEFINITION).length;
}

/** True for a document whose (single) operation is a subscription. */
function isSubscription(document: DocumentNode): boolean {
  return getOperationAST(document)?.operation === OperationTypeNode.SUBSCRIPTION;
}

/** Builds the GraphQL API over a store: schema, resolvers, loaders, protections. */
export function createApi(store: GraphStore, options: ApiOptions = {}) {
  const limits = options.limits ?? DEFAULT_API_LIMITS;
  checkCorsOrigins(limits.corsOrigins, requiresToken(options.apiToken));
  const snapshots = new SnapshotCache(store, options.snapshotRecheckMs, options.snapshotStaleWaitMs);
  const extract = options.extract ?? extractArticle;
  const logger = options.logger === false ? false : withRefusalsAsOneLine(options.logger ?? createLogger('info'));
  const routes = options.routes ?? [];
  const writes = new WriteQueue();
  const events = createEventBus();
  // Each request's client address as it was when the request arrived (see useClientAddress).
  const arrivals = new WeakMap<Request, ClientAddress>();
  return createYoga<ServerContext, GraphQLContext>({
    schema: createSchema<GraphQLContext>({ typeDefs: readSchemaText(), resolvers }),
    graphqlEndpoint: '/graphql',
    landingPage: false,
    multipart: false,
    batching: false,
    logging: logger,
    cors: corsFor(limits, routes),
    maskedErrors: { maskError: maskError(logger), errorMessage: MASKED_ERROR_MESSAGE, isDev: false },
    graphiql: options.graphiql === false ? false : { title: 'newsgraph', ...(options.graphiql ?? {}) },
    renderGraphiQL: offlineGraphiQL(),
    context: ({ request }) => {
      const deadline = Date.now() + limits.requestTimeoutMs;
      return {
        store,
        snapshots,
        limits,
        extract,
        writes,
        events,
        loaders: createLoaders(store, snapshots, deadline, limits.requestTimeoutMs),
        holdsToken: holdsToken(request.headers.get('authorization'), options.apiToken),
        access: writeAccess(
          request.headers.get('authorization'),
          arrivals.get(request) ?? { socket: undefined },
          options.apiToken,
        ),
      };
    },
    plugins: [
      useClientAddress(arrivals),
      ...routes,
      useRequestGuards(limits),
      useClearLimitMessages(),
      // Shape limits first, so a deep or alias-heavy query is refused for that rather than for its cost.
      EnvelopArmorPlugin({
        maxDepth: { n: limits.maxDepth, flattenFragments: true, ...reportLimit },
        maxAliases: { n: limits.maxAliases, allowList: [], ...reportLimit },
        maxTokens: { n: limits.maxTokens },
        maxDirectives: { n: limits.maxDirectives, ...reportLimit },
        costLimit: { enabled: false },
        blockFieldSuggestion: { enabled: false },
      }),
      EnvelopArmorPlugin({
        costLimit: { maxCost: limits.maxCost, depthCostFactor: 1, ...reportLimit },
        blockFieldSuggestion: { enabled: true },
        maxDepth: { enabled: false },
        maxAliases: { enabled: false },
        maxTokens: { enabled: false },
        maxDirectives: { enabled: false },
      }),
      // graphql-jit caches one compiled operation per document, whatever operationName asks for: a
      // document of several operations would run the first one compiled, so it runs uncompiled. A
      // subscription runs uncompiled too: compiled, its field's arguments did not reach the subscribe
      // resolver and factAdded's filters let everything through (test/graphql/subscriptions.test.ts).
      useGraphQlJit({}, { enableIf: (args) => operationCount(args.document) === 1 && !isSubscription(args.document) }),
      useExecutionTimeout(limits.requestTimeoutMs),
    ],
  });
}

/** The GraphQL API as createApi builds it. */
export type Api = ReturnType<typeof createApi>;
