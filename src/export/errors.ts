/** An export was asked for with a bad format, focus, hops or type; the message says what to pass instead. */
export class ExportRequestError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = new.target.name;
  }
}
