/**
 * The caller asked for something that cannot be done as asked: a malformed argument, article, export
 * request, store query or setting; the message says what to pass instead. Each layer throws its own
 * subclass, and the API answers every one as BAD_USER_INPUT with its message (see maskError in
 * graphql/yoga.ts), where any other error is unexpected and masked.
 */
export class InputError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = new.target.name;
  }
}
