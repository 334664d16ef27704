import { GraphQLError } from 'graphql';
import type { YogaLogger } from 'graphql-yoga';
import { InputError } from '../errors.js';
import { StoreUnavailableError } from '../store/errors.js';

/**
 * The code a refusal reaches the client with (see maskError in yoga.ts), or undefined for an error
 * that is not a refusal: an InputError anywhere, the store's server being down (StoreUnavailableError),
 * or a GraphQL error raised on purpose with its own code.
 */
function refusalCode(error: unknown): string | undefined {
  if (error instanceof InputError) return 'BAD_USER_INPUT';
  if (error instanceof StoreUnavailableError) return error.code;
  if (!(error instanceof GraphQLError)) return undefined;
  const original = error.originalError;
  if (original instanceof InputError) return 'BAD_USER_INPUT';
  if (original instanceof StoreUnavailableError) return original.code;
  if (original !== undefined && !(original instanceof GraphQLError)) return undefined;
  const code = error.extensions.code ?? (original instanceof GraphQLError ? original.extensions.code : undefined);
  return typeof code === 'string' ? code : 'BAD_USER_INPUT';
}

/**
 * Yoga logs at error level, stack included, every error it hands to maskError, a refused mutation or a
 * bad argument as well as a bug. This logger logs a refusal as one line at info level (at warn level when
 * the store is unavailable), with what was refused and why, and leaves everything else (the unexpected
 * errors) to the error level.
 */
export function withRefusalsAsOneLine(logger: YogaLogger): YogaLogger {
  return {
    ...logger,
    error: (...args: unknown[]) => {
      const [error] = args;
      const code = args.length === 1 ? refusalCode(error) : undefined;
      if (code === undefined) {
        logger.error(...args);
        return;
      }
      const { message, path } = error as Error & { path?: readonly (string | number)[] };
      const where = path && path.length > 0 ? ` ${path.join('.')}` : '';
      const line = `refused${where} (${code}): ${message.replace(/\s*\n\s*/g, ' ')}`;
      if (code === 'STORE_UNAVAILABLE') logger.warn(line);
      else logger.info(line);
    },
  };
}
