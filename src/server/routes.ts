import type { RoutePlugin } from '../graphql/plugins.js';

/** What a route answers a request with; `url` is the request's parsed URL. */
export type RouteAnswer = (request: Request, url: URL) => Response | Promise<Response>;

/**
 * A route as a yoga plugin, written as yoga's own are: in onRequest it answers the requests that
 * `answers` accepts and ends the response there, so GraphQL never sees them. An unexpected error is
 * logged and answered 500 without its details.
 */
export function routePlugin(answers: (method: string, path: string) => boolean, answer: RouteAnswer): RoutePlugin {
  const respond = async (request: Request, url: URL): Promise<Response> => {
    try {
      return await answer(request, url);
    } catch (error) {
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

/** `/healthz`, for load balancers and container probes: 200 `{"ok":true}` whatever the method. */
export function useHealthCheck(): RoutePlugin {
  return routePlugin(
    (_method, path) => path === '/healthz',
    (request) =>
      new Response(request.method === 'HEAD' ? null : '{"ok":true}', {
        status: 200,
        headers: { 'content-type': 'application/json' },
      }),
  );
}

/** `GET /` leads to GraphiQL at /graphql. */
export function useRootRedirect(): RoutePlugin {
  return routePlugin(
    (method, path) => method === 'GET' && path === '/',
    () => new Response(null, { status: 302, headers: { location: '/graphql' } }),
  );
}
