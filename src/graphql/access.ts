import { createHash, timingSafeEqual } from 'node:crypto';
import type { NamedToken } from '../config.js';
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

/** The tokens that may write: KG_API_TOKEN's alone (named "api"), or a list of named ones. */
export type ApiTokens = string | readonly NamedToken[] | undefined;

/** The name KG_API_TOKEN's holder is logged under as the author of a correction (as in config.ts's parseApiTokens). */
const SINGLE_TOKEN_NAME = 'api';

function tokenList(tokens: ApiTokens): readonly NamedToken[] {
  if (tokens === undefined || tokens === '') return [];
  return typeof tokens === 'string' ? [{ name: SINGLE_TOKEN_NAME, secret: tokens }] : tokens;
}

/** Whether any token is set: mutations then need one. */
export function requiresToken(tokens: ApiTokens): boolean {
  return tokenList(tokens).length > 0;
}

/** The name of the server's token the request carries as its bearer token; undefined for none (always when no token is set). */
function tokenHolder(authorization: string | null, tokens: ApiTokens): string | undefined {
  const match = /^Bearer\s+(\S+)\s*$/i.exec(authorization ?? '');
  if (!match) return undefined;
  // Every token is compared, so that the time taken does not tell which one nearly matched.
  let holder: string | undefined;
  for (const token of tokenList(tokens)) if (sameSecret(match[1]!, token.secret)) holder ??= token.name;
  return holder;
}

/** True when the request carries one of the server's bearer tokens; never when no token is set. */
export function holdsToken(authorization: string | null, tokens: ApiTokens): boolean {
  return tokenHolder(authorization, tokens) !== undefined;
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
 * Who may write: with tokens, a client sending `Authorization: Bearer <token>` with one of them (`who`
 * is then the token's name); without, a client on the loopback interface (`who` "local"), or code in
 * this process ("in-process"). Anything else is denied, an unknown address too: Node reports none once
 * a socket is destroyed, so a remote client that resets its connection must not pass for a local one.
 */
export function writeAccess(authorization: string | null, client: ClientAddress, tokens: ApiTokens): WriteAccess {
  if (tokenList(tokens).length > 0) {
    const who = tokenHolder(authorization, tokens);
    if (who !== undefined) return { allowed: true, who };
    return {
      allowed: false,
      code: 'UNAUTHENTICATED',
      reason: authorization
        ? 'The bearer token is wrong: send the header "Authorization: Bearer <KG_API_TOKEN>" with the server\'s token.'
        : 'Mutations need the header "Authorization: Bearer <KG_API_TOKEN>".',
    };
  }
  if (client === 'in-process') return { allowed: true, who: 'in-process' };
  if (client.socket !== undefined && isLoopback(client.socket)) return { allowed: true, who: 'local' };
  return {
    allowed: false,
    code: 'FORBIDDEN',
    reason:
      'Mutations are accepted only from this machine while KG_API_TOKEN is not set: set KG_API_TOKEN on the server and send it as a bearer token.',
  };
}

/** Throws the matching GraphQL error when the request may not write; else who writes (for the corrections log). */
export function requireWriteAccess(context: GraphQLContext): string {
  const { access } = context;
  if (access.allowed) return access.who;
  throw access.code === 'UNAUTHENTICATED'
    ? new ApiUnauthenticatedError(access.reason)
    : new ApiForbiddenError(access.reason);
}
