import { InputError } from '../errors.js';

/** Base class of the errors a store raises (but for bad queries, see StoreQueryError); the message tells the user what to do. */
export class StoreError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = new.target.name;
  }
}

/** A persisted store file cannot be read or parsed. */
export class StoreFileError extends StoreError {}

/** The store's server cannot be reached or refused the credentials. */
export class StoreConnectionError extends StoreError {}

/**
 * The store's server does not answer now (stopped, restarting, out of reach), found while serving
 * requests: nothing is wrong with the request, and the same request succeeds once the server is back.
 * The API answers it at once as HTTP 503 with extensions.code STORE_UNAVAILABLE (see maskError in
 * graphql/yoga.ts), the routes (exports) and /healthz with 503; the message says what to start or check.
 */
export class StoreUnavailableError extends StoreConnectionError {
  readonly code = 'STORE_UNAVAILABLE';
}

/** A query argument is out of range or malformed: the caller's input, so an InputError rather than a StoreError. */
export class StoreQueryError extends InputError {}
