import {
  getOperationAST,
  GraphQLError,
  OperationTypeNode,
  type ExecutionResult,
  type ValidationContext,
} from 'graphql';
import { createGraphQLError, type GraphQLParams, type Plugin } from 'graphql-yoga';
import type { IncomingHttpHeaders } from 'node:http';
import { ApiTimeoutError } from './errors.js';
import type { ApiLimits } from '../config.js';

function errorResponse(status: number, message: string): Response {
  return new Response(JSON.stringify({ errors: [{ message }] }), {
    status,
    headers: { 'content-type': 'application/json; charset=utf-8' },
  });
}

/**
 * A plugin that answers some requests itself (the health check, the explorer, the exports), outside
 * GraphQL: the API registers it first, and neither the body checks nor CORS apply to what it answers.
 */
export interface RoutePlugin extends Plugin {
  /** True for the requests this plugin answers. */
  answers(method: string, path: string): boolean;
}

/** True for a POST that came over HTTP without a Content-Length (a chunked body), whose size cannot be checked before reading it. */
export function lacksLength(request: Request, serverContext: unknown): boolean {
  // The node:http adapter's context (ServerContext in yoga.ts); yoga.fetch in tests passes none.
  const headers = (serverContext as { req?: { headers?: IncomingHttpHeaders } } | undefined)?.req?.headers;
  return request.method === 'POST' && headers !== undefined && headers['content-length'] === undefined;
}

/** The media types of a JSON request body, in any letter case (media types are case-insensitive). */
const JSON_BODY = /^application\/(graphql-response\+)?json\s*(;|$)/i;

function badRequest(message: string): GraphQLError {
  return createGraphQLError(message, { extensions: { http: { status: 400 }, code: 'BAD_REQUEST' } });
}

/**
 * Reads a JSON body into GraphQL parameters. Yoga's own parser matches "application/json" in lower
 * case only (any other spelling got an empty 415) and echoes the start of an invalid body back in
 * extensions.originalError; this one says what is wrong and what to send, and echoes nothing.
 */
async function parseJsonBody(request: Request): Promise<GraphQLParams> {
  let body: unknown;
  try {
    body = JSON.parse(await request.text());
  } catch {
    throw badRequest(
      'The request body is not valid JSON: send a JSON object such as {"query": "{ stats { articles } }", "variables": {}}.',
    );
  }
  if (body === null || typeof body !== 'object' || Array.isArray(body)) {
    throw badRequest(
      'The request body must be a JSON object such as {"query": "{ stats { articles } }", "variables": {}}; batches are not accepted.',
    );
  }
  return body as GraphQLParams;
}

/**
 * Refuses POST bodies of unknown length (over HTTP), over the size limit, and POSTs that are not JSON: form and text bodies can be sent
 * cross-site by any web page without a CORS preflight, so accepting them would allow request forgery.
 */
export function useRequestGuards(limits: ApiLimits): Plugin {
  return {
    onRequestParse({ request, setRequestParser }) {
      if (request.method === 'POST' && JSON_BODY.test(request.headers.get('content-type') ?? ''))
        setRequestParser(parseJsonBody);
    },
    onRequest({ request, serverContext, endResponse }) {
      if (request.method !== 'POST') return;
      if (lacksLength(request, serverContext)) {
        endResponse(errorResponse(411, 'POST requests must send a Content-Length header.'));
        return;
      }
      const length = Number(request.headers.get('content-length') ?? '0');
      if (length > limits.maxBodyBytes) {
        endResponse(
          errorResponse(
            413,
            `The request body has ${length} bytes; at most ${limits.maxBodyBytes} are accepted (KG_MAX_BODY_BYTES).`,
          ),
        );
        return;
      }
      const type = request.headers.get('content-type') ?? '';
      if (!JSON_BODY.test(type)) {
        endResponse(
          errorResponse(
            415,
            'POST requests must have "Content-Type: application/json" and a JSON body { "query": "…", "variables": {…} }.',
          ),
        );
      }
    },
  };
}

/**
 * Stops waiting for a query after the time limit and answers with a timeout error. A mutation is not
 * cut off: stopping the wait would not stop the change, which would be stored while the client was
 * told it timed out; it answers with what it stored (its work is bounded by KG_MAX_ARTICLE_CHARS).
 */
export function useExecutionTimeout(timeoutMs: number): Plugin {
  return {
    onExecute({ args, executeFn, setExecuteFn }) {
      if (getOperationAST(args.document, args.operationName)?.operation === OperationTypeNode.MUTATION) return;
      setExecuteFn(
        (args) =>
          new Promise((resolve, reject) => {
            const timer = setTimeout(() => {
              const timedOut: ExecutionResult = { errors: [new ApiTimeoutError(timeoutMs)] };
              resolve(timedOut);
            }, timeoutMs);
            Promise.resolve(executeFn(args)).then(
              (result) => {
                clearTimeout(timer);
                resolve(result);
              },
              (error: unknown) => {
                clearTimeout(timer);
                reject(error);
              },
            );
          }),
      );
    },
  };
}

const LIMIT_SETTINGS: [RegExp, string][] = [
  [/^Query depth limit/, 'KG_MAX_DEPTH'],
  [/^Aliases limit/, 'KG_MAX_ALIASES'],
  [/^Query Cost limit/, 'KG_MAX_COST'],
  [/^Token limit/, 'KG_MAX_TOKENS'],
  [/^Directives limit/, 'KG_MAX_DIRECTIVES'],
];

/** graphql-armor's message without its misleading "Syntax Error:" prefix, naming the setting that raises the limit. */
function explainLimitError(error: unknown): unknown {
  if (!(error instanceof GraphQLError)) return error;
  const message = error.message.replace(/^Syntax Error: /, '');
  const setting = LIMIT_SETTINGS.find(([pattern]) => pattern.test(message))?.[1];
  if (!setting) return error;
  return new GraphQLError(`${message.replace(/\.$/, '')}: simplify the query or raise ${setting} on the server.`, {
    nodes: error.nodes,
    source: error.source,
    positions: error.positions,
    extensions: { ...error.extensions, code: 'QUERY_LIMIT_EXCEEDED' },
  });
}

/** Rewrites the token-limit refusal (raised while parsing) into a message that says what to do. */
export function useClearLimitMessages(): Plugin {
  return {
    onParse() {
      return ({ result, replaceParseResult }) => {
        if (result instanceof Error) replaceParseResult(explainLimitError(result));
      };
    },
  };
}

/** graphql-armor callbacks that report a refused validation with a message that says what to do. */
export const reportLimit = {
  propagateOnRejection: false,
  onReject: [
    (context: ValidationContext | null, error: GraphQLError) => {
      context?.reportError(explainLimitError(error) as GraphQLError);
    },
  ],
};
