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

/** A query argument is out of range or malformed: the caller's input, so an InputError rather than a StoreError. */
export class StoreQueryError extends InputError {}
