import type { ArticleGraph } from '../graph/model.js';
import type { ArticleInput, ExtractOptions } from '../extract/types.js';
import type { GraphStore } from '../store/port.js';
import type { ApiLimits } from './limits.js';
import type { Loaders } from './loaders.js';
import type { SnapshotCache } from './snapshot.js';

/** Whether the client of a request may run mutations, and why not. */
export type WriteAccess = { allowed: true } | { allowed: false; code: 'UNAUTHENTICATED' | 'FORBIDDEN'; reason: string };

/** Turns an article into its graph (the extractor; replaceable in tests). */
export type Extractor = (input: ArticleInput, options: ExtractOptions) => ArticleGraph;

/** What every resolver receives. */
export interface GraphQLContext {
  store: GraphStore;
  loaders: Loaders;
  snapshots: SnapshotCache;
  limits: ApiLimits;
  access: WriteAccess;
  extract: Extractor;
}
