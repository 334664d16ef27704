import type { ExecutionResult } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import { ApiTimeoutError } from './errors.js';
import type { ApiLimits } from './limits.js';

function errorResponse(status: number, message: string): Response {
  return new Response(JSON.stringify({ errors: [{ message }] }), {
    status,
    headers: { 'content-type': 'application/json; charset=utf-8' },
  });
}

/**
 * Refuses POST bodies over the size limit, and POSTs that are not JSON: form and text bodies can be sent
 * cross-site by any web page without a CORS preflight, so accepting them would allow request forgery.
 */
export function useRequestGuards(limits: ApiLimits): Plugin {
  return {
    onRequest({ request, endResponse }) {
      if (request.method !== 'POST') return;
      const length = Number(request.headers.get('content-length') ?? '0');
      if (length > limits.maxBodyBytes) {
        endResponse(errorResponse(413, `The request body has ${length} bytes; at most ${limits.maxBodyBytes} are accepted (KG_MAX_BODY_BYTES).`));
        return;
      }
      const type = request.headers.get('content-type') ?? '';
      if (!/^application\/(graphql-response\+)?json\s*(;|$)/i.test(type)) {
        endResponse(errorResponse(415, 'POST requests must have "Content-Type: application/json" and a JSON body { "query": "…", "variables": {…} }.'));
      }
    },
  };
}

/** Stops waiting for an operation after the time limit and answers with a timeout error. */
export function useExecutionTimeout(timeoutMs: number): Plugin {
  return {
    onExecute({ executeFn, setExecuteFn }) {
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
