import DataLoader from 'dataloader';
import type { GraphSnapshot, SnapshotCache } from '../analysis/snapshot.js';
import type { ArticleRecord, EvidenceRecord, MentionRecord, StatementRecord } from '../graph/model.js';
import type { EntityHead, GraphStore, ReadOptions, RelationHead, RelationsOfQuery } from '../store/port.js';
import { ApiTimeoutError } from './errors.js';

/**
 * The per-request batching loaders: one store call per kind of lookup per level of a query. Entities
 * and edges are read as heads, their mentions and evidence by loaders of their own when a query asks
 * for them: most queries never do, and a hub's provenance is thousands of records.
 */
export interface Loaders {
  entities: DataLoader<string, EntityHead | null>;
  relations: DataLoader<string, RelationHead | null>;
  /** The mentions of each entity. */
  mentions: DataLoader<string, MentionRecord[]>;
  /** The evidence of each edge. */
  evidence: DataLoader<string, EvidenceRecord[]>;
  articles: DataLoader<string, ArticleRecord | null>;
  statementsBySpeaker: DataLoader<string, StatementRecord[]>;
  statementsAbout: DataLoader<string, StatementRecord[]>;
  /** The relations of each entity, one loader per option set. */
  relationsOf(options: RelationsOfQuery): DataLoader<string, RelationHead[]>;
  /** The snapshot of the store's current version, fetched at most once per request. */
  snapshot(): Promise<GraphSnapshot>;
  /** Forgets everything loaded so far (after a mutation changed the store). */
  clear(): void;
  /** Lets the request read past its deadline: a mutation answers with what it stored, however long it took. */
  liftDeadline(): void;
}

/** Reads without provenance: the loaders of mentions and evidence read it when a field asks. */
export const HEADS: ReadOptions = { provenance: false };

/** Creates the loaders of one request; every batch first checks the request's deadline. */
export function createLoaders(
  store: GraphStore,
  snapshots: SnapshotCache,
  deadline: number,
  timeoutMs: number,
): Loaders {
  let until = deadline;
  const guard = <K, V>(batch: (keys: readonly K[]) => Promise<V[]>) => {
    return async (keys: readonly K[]): Promise<V[]> => {
      if (Date.now() > until) throw new ApiTimeoutError(timeoutMs);
      return batch(keys);
    };
  };
  const relationsOfLoaders = new Map<string, DataLoader<string, RelationHead[]>>();
  let snapshot: Promise<GraphSnapshot> | undefined;
  const loaders: Loaders = {
    entities: new DataLoader(guard((ids: readonly string[]) => store.getEntities(ids, HEADS))),
    relations: new DataLoader(guard((ids: readonly string[]) => store.getRelations(ids, HEADS))),
    mentions: new DataLoader(guard((ids: readonly string[]) => store.mentionsOf(ids))),
    evidence: new DataLoader(guard((ids: readonly string[]) => store.evidenceOf(ids))),
    articles: new DataLoader(guard((ids: readonly string[]) => store.getArticles(ids))),
    statementsBySpeaker: new DataLoader(guard((ids: readonly string[]) => store.statementsOf(ids, 'speaker'))),
    statementsAbout: new DataLoader(guard((ids: readonly string[]) => store.statementsOf(ids, 'about'))),
    relationsOf(options: RelationsOfQuery) {
      const types = options.types && options.types.length > 0 ? [...new Set(options.types)].sort() : null;
      const key = JSON.stringify([options.direction, types, Boolean(options.includeHedged)]);
      let loader = relationsOfLoaders.get(key);
      if (!loader) {
        loader = new DataLoader(
          guard((ids: readonly string[]) =>
            store.relationsOf(
              ids,
              { direction: options.direction, types, includeHedged: Boolean(options.includeHedged) },
              HEADS,
            ),
          ),
        );
        relationsOfLoaders.set(key, loader);
      }
      return loader;
    },
    snapshot() {
      snapshot ??= snapshots.get();
      return snapshot;
    },
    clear() {
      loaders.entities.clearAll();
      loaders.relations.clearAll();
      loaders.mentions.clearAll();
      loaders.evidence.clearAll();
      loaders.articles.clearAll();
      loaders.statementsBySpeaker.clearAll();
      loaders.statementsAbout.clearAll();
      relationsOfLoaders.clear();
      snapshot = undefined;
    },
    liftDeadline() {
      until = Number.POSITIVE_INFINITY;
    },
  };
  return loaders;
}
