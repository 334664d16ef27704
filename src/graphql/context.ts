import type { SnapshotCache } from '../analysis/snapshot.js';
import type { Extractor } from '../ingest/session.js';
import type { GraphStore } from '../store/port.js';
import type { ApiLimits } from '../config.js';
import type { EventBus } from './events.js';
import type { Loaders } from './loaders.js';
import type { WriteQueue } from './write-queue.js';

/** Whether the client of a request may run mutations, and why not. */
export type WriteAccess =
  | { allowed: true; /** The token's name, "local" or "in-process" (see writeAccess). */ who: string }
  | { allowed: false; code: 'UNAUTHENTICATED' | 'FORBIDDEN'; reason: string };

/** What every resolver receives. */
export interface GraphQLContext {
  store: GraphStore;
  loaders: Loaders;
  snapshots: SnapshotCache;
  limits: ApiLimits;
  access: WriteAccess;
  /** The request carries a token of the server's (KG_API_TOKEN or KG_API_TOKENS): it may see what is private to the server (the articles' file paths). */
  holdsToken: boolean;
  extract: Extractor;
  /** The API's changes to the store, made one at a time. */
  writes: WriteQueue;
  /** What the mutations announce to subscriptions. */
  events: EventBus;
}
