import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { EXPLORER_CSS, explorerHtml } from '../explorer/page.js';
import type { RoutePlugin } from '../graphql/plugins.js';
import { routePlugin } from './routes.js';
import type * as Esbuild from 'esbuild';

/** The explorer's script could not be bundled; the message says what to install or rebuild. */
class ExplorerBundleError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = new.target.name;
  }
}

/** The explorer's entry module beside this file: main.ts when running from src, main.js from dist. */
function explorerEntry(): string {
  for (const name of ['../explorer/main.ts', '../explorer/main.js']) {
    const path = fileURLToPath(new URL(name, import.meta.url));
    if (existsSync(path)) return path;
  }
  throw new ExplorerBundleError(
    'The explorer sources (src/explorer/main.ts or dist/explorer/main.js) are missing: run npm run build.',
  );
}

/** Bundles the explorer's TypeScript (sigma.js, graphology, ForceAtlas2) into one browser script with esbuild. */
async function bundleExplorer(): Promise<string> {
  let esbuild: typeof Esbuild;
  try {
    esbuild = await import('esbuild');
  } catch (error) {
    throw new ExplorerBundleError('The explorer needs esbuild to bundle its script: run npm install.', {
      cause: error,
    });
  }
  const result = await esbuild.build({
    entryPoints: [explorerEntry()],
    bundle: true,
    write: false,
    format: 'esm',
    platform: 'browser',
    target: ['es2020'],
    minify: true,
    legalComments: 'none',
    logLevel: 'silent',
  });
  return result.outputFiles[0].text;
}

const SECURITY_HEADERS = {
  'content-security-policy':
    "default-src 'none'; script-src 'self'; style-src 'self'; connect-src 'self'; img-src 'self' data:; base-uri 'none'; form-action 'none'; frame-ancestors 'none'",
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
};

/** A page of the explorer: HEAD gets the headers only. */
function page(request: Request, status: number, type: string, body: string, cache: string): Response {
  const headers = {
    'content-type': type,
    'cache-control': cache,
    'content-length': String(Buffer.byteLength(body)),
    ...SECURITY_HEADERS,
  };
  return new Response(request.method === 'HEAD' ? null : body, { status, headers });
}

/**
 * The explorer's routes: the page at /explore, its script at /explore/app.js (bundled on first request,
 * then kept) and its style sheet at /explore/app.css. The page queries the GraphQL API at `graphqlPath`.
 */
export function useExplorer(options: { graphqlPath?: string } = {}): RoutePlugin {
  const html = explorerHtml(options.graphqlPath ?? '/graphql');
  let bundle: Promise<string> | null = null;
  const script = async (request: Request): Promise<Response> => {
    bundle ??= bundleExplorer();
    try {
      return page(request, 200, 'text/javascript; charset=utf-8', await bundle, 'no-cache');
    } catch (error) {
      bundle = null;
      const message = error instanceof Error ? error.message : String(error);
      process.stderr.write(`explorer: ${message}\n`);
      return page(request, 500, 'text/plain; charset=utf-8', `Could not bundle the explorer: ${message}\n`, 'no-store');
    }
  };
  return routePlugin(
    (_method, path) => path === '/explore' || path.startsWith('/explore/'),
    async (request, { pathname: path }) => {
      if (request.method !== 'GET' && request.method !== 'HEAD') {
        return new Response('The explorer answers GET only.\n', {
          status: 405,
          headers: { allow: 'GET, HEAD', 'content-type': 'text/plain; charset=utf-8' },
        });
      }
      if (path === '/explore' || path === '/explore/' || path === '/explore/index.html')
        return page(request, 200, 'text/html; charset=utf-8', html, 'no-cache');
      if (path === '/explore/app.css') return page(request, 200, 'text/css; charset=utf-8', EXPLORER_CSS, 'no-cache');
      if (path === '/explore/app.js') return script(request);
      return page(
        request,
        404,
        'text/plain; charset=utf-8',
        `No ${path} here: the explorer is at /explore.\n`,
        'no-store',
      );
    },
  );
}
