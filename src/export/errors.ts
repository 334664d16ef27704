import { InputError } from '../errors.js';

/** An export was asked for with a bad format, focus, hops or type; the message says what to pass instead. */
export class ExportRequestError extends InputError {}
