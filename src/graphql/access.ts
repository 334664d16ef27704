import { createHash, timingSafeEqual } from 'node:crypto';
import type { GraphQLContext, WriteAccess } from './context.js';
import { ApiForbiddenError, ApiUnauthenticatedError } from './errors.js';

/** True for the loopback addresses (127.0.0.0/8, ::1, IPv4-mapped 127.x). */
export function isLoopback(address: string): boolean {
  const plain = address.startsWith('::ffff:') ? address.slice(7) : address;
  return plain === '::1' || /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(plain);
}

function sameSecret(given: string, expected: string): boolean {
  const a = createHash('sha256').update(given).digest();
  const b = createHash('sha256').update(expected).digest();
  return timingSafeEqual(a, b);
}

/** True when the request carries the server's bearer token (KG_API_TOKEN); never when no token is set. */
export function holdsToken(authorization: string | null, apiToken: string | undefined): boolean {
  if (!apiToken) return false;
  const match = /^Bearer\s+(\S+)\s*$/i.exec(authorization ?? '');
  return match !== null && sameSecret(match[1]!, apiToken);
}

/**
 * Where a request came from, read once when it arrived: the socket's address (undefined when Node no
 * longer knows it, because the socket was already destroyed), or 'in-process' for a request made by
 * code in this process through `yoga.fetch`, which has no socket at all.
 */
export type ClientAddress = { socket: string | undefined } | 'in-process';

/** The client address of a request as the node:http adapter hands it over; read it when the request arrives. */
export function clientAddressOf(
  serverContext: { req?: { socket?: { remoteAddress?: string } } } | undefined,
): ClientAddress {
  const req = serverContext?.req;
  return req === undefined ? 'in-process' : { socket: req.socket?.remoteAddress };
}

/**
 * Who may write: with a token, a client sending `Authorization: Bearer <token>`; without one, a client on
 * the loopback interface, or code in this process. Anything else is denied, an unknown address too:
 * Node reports none once a socket is destroyed, so a remote client that resets its connection must
 * not pass for a local one.
 */
export function writeAccess(
  authorization: string | null,
  client: ClientAddress,
  apiToken: string | undefined,
): WriteAccess {
  if (apiToken) {
    if (holdsToken(authorization, apiToken)) return { allowed: true };
    return {
      allowed: false,
      code: 'UNAUTHENTICATED',
      reason: authorization
        ? 'The bearer token is wrong: send the header "Authorization: Bearer <KG_API_TOKEN>" with the server\'s token.'
        : 'Mutations need the header "Authorization: Bearer <KG_API_TOKEN>".',
    };
  }
  if (client === 'in-process' || (client.socket !== undefined && isLoopback(client.socket))) return { allowed: true };
  return {
    allowed: false,
    code: 'FORBIDDEN',
    reason:
      'Mutations are accepted only from this machine while KG_API_TOKEN is not set: set KG_API_TOKEN on the server and send it as a bearer token.',
  };
}

/** Throws the matching GraphQL error when the request may not write. */
export function requireWriteAccess(context: GraphQLContext): void {
  const { access } = context;
  if (access.allowed) return;
  throw access.code === 'UNAUTHENTICATED'
    ? new ApiUnauthenticatedError(access.reason)
    : new ApiForbiddenError(access.reason);
}
