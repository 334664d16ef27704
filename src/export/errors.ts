import { InputError } from '../errors.js';

/** An export was asked for with a bad format, focus, hops or type; the message says what to pass instead. */
export class ExportRequestError extends InputError {}

/** An export grew past KG_MAX_EXPORT_BYTES; the message says how to get a smaller one. */
export class ExportTooLargeError extends InputError {
  constructor(readonly maxBytes: number) {
    super(
      `The export is larger than ${maxBytes} bytes (KG_MAX_EXPORT_BYTES) and was stopped. Export a neighbourhood (focus, hops, types), or use \`kg export\` on the server, or raise KG_MAX_EXPORT_BYTES.`,
    );
    this.name = 'ExportTooLargeError';
  }
}
