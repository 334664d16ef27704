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

/**
 * Who may write: with a token, a client sending `Authorization: Bearer <token>`; without one, a client on
 * the loopback interface. A request made in-process (no socket, `remoteAddress` undefined) counts as local.
 */
export function writeAccess(authorization: string | null, remoteAddress: string | undefined, apiToken: string | undefined): WriteAccess {
  if (apiToken) {
    const match = /^Bearer\s+(\S+)\s*$/i.exec(authorization ?? '');
    if (match && sameSecret(match[1]!, apiToken)) return { allowed: true };
    return {
      allowed: false,
      code: 'UNAUTHENTICATED',
      reason: authorization
        ? 'The bearer token is wrong: send the header "Authorization: Bearer <KG_API_TOKEN>" with the server\'s token.'
        : 'Mutations need the header "Authorization: Bearer <KG_API_TOKEN>".',
    };
  }
  if (remoteAddress === undefined || isLoopback(remoteAddress)) return { allowed: true };
  return {
    allowed: false,
    code: 'FORBIDDEN',
    reason: 'Mutations are accepted only from this machine while KG_API_TOKEN is not set: set KG_API_TOKEN on the server and send it as a bearer token.',
  };
}

/** Throws the matching GraphQL error when the request may not write. */
export function requireWriteAccess(context: GraphQLContext): void {
  const { access } = context;
  if (access.allowed) return;
  throw access.code === 'UNAUTHENTICATED' ? new ApiUnauthenticatedError(access.reason) : new ApiForbiddenError(access.reason);
}
