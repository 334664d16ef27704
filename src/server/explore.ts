import { existsSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { fileURLToPath } from 'node:url';
import { EXPLORER_CSS, explorerHtml } from '../explorer/page.js';

/** The explorer's script could not be bundled; the message says what to install or rebuild. */
export class ExplorerBundleError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = new.target.name;
  }
}

/** A route handler: resolves to true when it answered the request, false when the path is not its own. */
export type RouteHandler = (request: IncomingMessage, response: ServerResponse) => Promise<boolean>;

/** The explorer's entry module beside this file: main.ts when running from src, main.js from dist. */
function explorerEntry(): string {
  for (const name of ['../explorer/main.ts', '../explorer/main.js']) {
    const path = fileURLToPath(new URL(name, import.meta.url));
    if (existsSync(path)) return path;
  }
  throw new ExplorerBundleError('The explorer sources (src/explorer/main.ts or dist/explorer/main.js) are missing: run npm run build.');
}

/** Bundles the explorer's TypeScript (sigma.js, graphology, ForceAtlas2) into one browser script with esbuild. */
export async function bundleExplorer(): Promise<string> {
  let esbuild: typeof import('esbuild');
  try {
    esbuild = await import('esbuild');
  } catch (error) {
    throw new ExplorerBundleError('The explorer needs esbuild to bundle its script: run npm install.', { cause: error });
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

function send(response: ServerResponse, request: IncomingMessage, status: number, type: string, body: string, cache: string): void {
  response.writeHead(status, { 'content-type': type, 'cache-control': cache, 'content-length': Buffer.byteLength(body), ...SECURITY_HEADERS });
  response.end(request.method === 'HEAD' ? undefined : body);
}

/**
 * The explorer's routes: the page at /explore, its script at /explore/app.js (bundled on first request,
 * then kept) and its style sheet at /explore/app.css. The page queries the GraphQL API at `graphqlPath`.
 */
export function createExplorerHandler(options: { graphqlPath?: string } = {}): RouteHandler {
  const html = explorerHtml(options.graphqlPath ?? '/graphql');
  let bundle: Promise<string> | null = null;
  return async (request, response) => {
    const path = new URL(request.url ?? '/', 'http://localhost').pathname;
    if (path !== '/explore' && !path.startsWith('/explore/')) return false;
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      response.writeHead(405, { allow: 'GET, HEAD', 'content-type': 'text/plain; charset=utf-8' });
      response.end('The explorer answers GET only.\n');
      return true;
    }
    if (path === '/explore' || path === '/explore/' || path === '/explore/index.html') {
      send(response, request, 200, 'text/html; charset=utf-8', html, 'no-cache');
    } else if (path === '/explore/app.css') {
      send(response, request, 200, 'text/css; charset=utf-8', EXPLORER_CSS, 'no-cache');
    } else if (path === '/explore/app.js') {
      bundle ??= bundleExplorer();
      let script: string;
      try {
        script = await bundle;
      } catch (error) {
        bundle = null;
        const message = error instanceof Error ? error.message : String(error);
        process.stderr.write(`explorer: ${message}\n`);
        send(response, request, 500, 'text/plain; charset=utf-8', `Could not bundle the explorer: ${message}\n`, 'no-store');
        return true;
      }
      send(response, request, 200, 'text/javascript; charset=utf-8', script, 'no-cache');
    } else {
      send(response, request, 404, 'text/plain; charset=utf-8', `No ${path} here: the explorer is at /explore.\n`, 'no-store');
    }
    return true;
  };
}
