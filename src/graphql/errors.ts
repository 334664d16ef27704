import { GraphQLError } from 'graphql';
import { InputError } from '../errors.js';

/** A query argument is missing, out of range or names nothing; the message says what to pass instead. */
export class ApiInputError extends InputError {}

/** A mutation came without the bearer token the server requires. */
export class ApiUnauthenticatedError extends GraphQLError {
  constructor(message: string) {
    super(message, { extensions: { code: 'UNAUTHENTICATED' } });
    this.name = 'ApiUnauthenticatedError';
  }
}

/** A mutation came from a client that may not write. */
export class ApiForbiddenError extends GraphQLError {
  constructor(message: string) {
    super(message, { extensions: { code: 'FORBIDDEN' } });
    this.name = 'ApiForbiddenError';
  }
}

/** The request ran past the server's time limit. */
export class ApiTimeoutError extends GraphQLError {
  constructor(timeoutMs: number) {
    super(
      `The request took longer than ${timeoutMs} ms and was stopped. Ask for smaller pages or fewer hops, or raise KG_REQUEST_TIMEOUT_MS.`,
      { extensions: { code: 'TIMEOUT' } },
    );
    this.name = 'ApiTimeoutError';
  }
}

/** The store holds a record that points at another that is missing: a broken store, not a bad query. */
export class ApiDataError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ApiDataError';
  }
}
