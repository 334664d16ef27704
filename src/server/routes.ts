import type { RoutePlugin } from '../graphql/plugins.js';
import { StoreUnavailableError } from '../store/errors.js';
import type { GraphStore } from '../store/port.js';

/** What a route answers a request with; `url` is the request's parsed URL. */
export type RouteAnswer = (request: Request, url: URL) => Response | Promise<Response>;

/**
 * A route as a yoga plugin, written as yoga's own are: in onRequest it answers the requests that
 * `answers` accepts and ends the response there, so GraphQL never sees them. The store's server being
 * down (StoreUnavailableError) is answered 503 with its message; an unexpected error is logged and
 * answered 500 without its details.
 */
export function routePlugin(answers: (method: string, path: string) => boolean, answer: RouteAnswer): RoutePlugin {
  const respond = async (request: Request, url: URL): Promise<Response> => {
    try {
      return await answer(request, url);
    } catch (error) {
      if (error instanceof StoreUnavailableError) {
        return new Response(`${error.message}\n`, {
          status: 503,
          headers: { 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'no-store' },
        });
      }
      const detail = error instanceof Error ? (error.stack ?? error.message) : String(error);
      process.stderr.write(`newsgraph: ${request.method} ${url.pathname}${url.search} failed: ${detail}\n`);
      return new Response('Unexpected error. The server log has the details.\n', {
        status: 500,
        headers: { 'content-type': 'text/plain; charset=utf-8' },
      });
    }
  };
  return {
    answers,
    async onRequest({ request, url, endResponse }) {
      if (answers(request.method, url.pathname)) endResponse(await respond(request, url));
    },
    // With CORS on, yoga's CORS plugin, which runs before any plugin of ours, answers every OPTIONS
    // request with a preflight; a route answers its own OPTIONS requests as it always has.
    async onResponse({ request, setResponse }) {
      const url = new URL(request.url);
      if (request.method === 'OPTIONS' && answers(request.method, url.pathname))
        setResponse(await respond(request, url));
    },
  };
}

/**
 * `/healthz`, for load balancers and container probes, whatever the method: 200
 * `{"ok":true,"store":{"kind":"neo4j","available":true}}` while the store serves, 503 with `"ok":false`
 * and `"available":false` while its server does not answer. Fast: the store answers from what the last
 * second found, or from a check of at most NEO4J_CHECK_TIMEOUT_MS (the embedded store is always available).
 */
export function useHealthCheck(store: Pick<GraphStore, 'health'>): RoutePlugin {
  return routePlugin(
    (_method, path) => path === '/healthz',
    async (request) => {
      const health = await store.health();
      const body = JSON.stringify({ ok: health.available, store: health });
      return new Response(request.method === 'HEAD' ? null : body, {
        status: health.available ? 200 : 503,
        headers: { 'content-type': 'application/json', 'cache-control': 'no-store' },
      });
    },
  );
}

/** `GET /` leads to GraphiQL at /graphql. */
export function useRootRedirect(): RoutePlugin {
  return routePlugin(
    (method, path) => method === 'GET' && path === '/',
    () => new Response(null, { status: 302, headers: { location: '/graphql' } }),
  );
}
