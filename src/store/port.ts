import type {
  ArticleGraph,
  ArticleRecord,
  EntityLabel,
  EntityRecord,
  EvidenceRecord,
  MentionRecord,
  RelationRecord,
  RelationType,
  StatementRecord,
} from '../graph/model.js';
import type { Correction } from '../graph/corrections.js';
import type { SerializedGraph } from '../graph/serialize.js';

// The paging rules callers above the store apply to lists they build themselves, so they need only the port.
export { MAX_PAGE_SIZE, paginate } from './pagination.js';

/** A page of a list, Relay-style: items with their cursors, the total, and where to go on. */
export interface Page<T> {
  items: T[];
  /** Cursor of each item, same order as items. */
  cursors: string[];
  totalCount: number;
  hasNextPage: boolean;
  hasPreviousPage: boolean;
  endCursor: string | null;
  startCursor: string | null;
}

/** How to cut a page: `first` items after the cursor `after`. */
export interface PageArgs {
  first?: number;
  after?: string | null;
}

export interface EntityQuery extends PageArgs {
  /** Case- and accent-insensitive match on name and aliases. */
  search?: string | null;
  label?: EntityLabel | null;
}

export interface RelationQuery extends PageArgs {
  types?: RelationType[] | null;
  /** Entity id at the source end (either end for undirected edges). */
  from?: string | null;
  /** Entity id at the target end (either end for undirected edges). */
  to?: string | null;
  /** Either end. */
  involving?: string | null;
  /** Article id: only edges with evidence from it. */
  article?: string | null;
  /** ISO dates: only edges with evidence (or an edge date) within [since, until]. */
  since?: string | null;
  until?: string | null;
  minConfidence?: number | null;
  /** Include edges that are only hedged (default false). */
  includeHedged?: boolean | null;
  /** Include edges that are denied (default false). */
  includeNegated?: boolean | null;
}

export interface StatementQuery extends PageArgs {
  speaker?: string | null;
  about?: string | null;
  article?: string | null;
  /** Case-insensitive substring of the quote or sentence. */
  search?: string | null;
}

type Direction = 'OUT' | 'IN' | 'BOTH';

/** Which edges of each entity `relationsOf` returns. */
export interface RelationsOfQuery {
  direction: Direction;
  types?: RelationType[] | null;
  includeHedged?: boolean | null;
}

export interface NeighborhoodQuery {
  id: string;
  /** Number of hops, 1 or more. */
  hops: number;
  types?: RelationType[] | null;
  /** Most nodes returned. */
  limit: number;
  includeHedged?: boolean | null;
  /** ISO date: the graph as of that date, over facts dated on or before it only (see graph/fact-date.ts). */
  asOf?: string | null;
}

export interface PathQuery {
  from: string;
  to: string;
  maxHops: number;
  types?: RelationType[] | null;
  /** ISO date: over facts dated on or before it only (see graph/fact-date.ts). */
  asOf?: string | null;
}

/** Which facts `timeline` and `between` list: of the given types if any, plain ones only by default. */
interface FactFilter {
  types?: RelationType[] | null;
  includeHedged?: boolean | null;
  includeNegated?: boolean | null;
}

export interface TimelineQuery extends PageArgs, FactFilter {
  /** Entity id: its facts in both directions. */
  entity: string;
  /** ISO dates: only facts whose date lies within [since, until] (undated facts are then left out). */
  since?: string | null;
  until?: string | null;
}

export interface BetweenQuery extends PageArgs, FactFilter {
  /** Entity ids: the facts that link them, in either direction. */
  a: string;
  b: string;
}

/** A fact with its date (see graph/fact-date.ts), null when undated. */
export interface DatedRelation {
  date: string | null;
  relation: RelationRecord;
}

/** The facts of a timeline that share a day and an event. */
export interface TimelineGroup {
  /** The day (the facts' date cut to the day: 2022-09-15, or 2022-09 for a month), null for undated facts. */
  date: string | null;
  /** Id of the event the facts belong to, null for the day's other facts. */
  event: string | null;
  /** The facts, by date and id. */
  facts: DatedRelation[];
}

/** The earliest and latest date of a graph's facts. */
export interface DateRange {
  earliest: string;
  latest: string;
}

/** A page of a timeline's groups. */
export interface TimelinePage extends Page<TimelineGroup> {
  /** Facts in the whole timeline, across every group. */
  factCount: number;
}

/**
 * How much of each record a read returns. Provenance (an entity's mentions, an edge's evidence) is most of
 * a busy record's data: a hub has thousands of mentions, an edge between two hubs hundreds of pieces of
 * evidence. A caller that needs it only now and then (the GraphQL API: only when a query asks for it, see
 * graphql/loaders.ts) reads with `{ provenance: false }` and gets heads, then reads the provenance it
 * needs with `mentionsOf` and `evidenceOf`. A store that holds its records in memory may return them whole.
 */
export interface ReadOptions {
  provenance: boolean;
}

/** An entity that may come without its mentions (see ReadOptions); `count` is always there. */
export type EntityHead = Omit<EntityRecord, 'mentions'> & Partial<Pick<EntityRecord, 'mentions'>>;

/** An edge that may come without its evidence (see ReadOptions); `confidence` and the flags are always there. */
export type RelationHead = Omit<RelationRecord, 'evidence'> & Partial<Pick<RelationRecord, 'evidence'>>;

/** A subgraph shaped for visualisation tools (of heads when read with ReadOptions). */
export interface Subgraph<N extends EntityHead = EntityRecord, E extends RelationHead = RelationRecord> {
  nodes: N[];
  edges: E[];
}

/** What one ingest did. */
export interface IngestResult {
  article: ArticleRecord;
  /** True when the article was already in the store: nothing changed. */
  duplicate: boolean;
  nodesAdded: number;
  edgesAdded: number;
  statementsAdded: number;
}

/** What one delete did. */
export interface DeleteResult {
  article: string;
  /** False when there was no such article. */
  found: boolean;
  nodesRemoved: number;
  edgesRemoved: number;
  statementsRemoved: number;
}

export interface StoreStats {
  articles: number;
  nodes: number;
  edges: number;
  statements: number;
  nodesByLabel: Record<EntityLabel, number>;
  edgesByType: Record<RelationType, number>;
}

/** What one article brought to a store: the ids of its graph's records, without repeats (kept for deleting it). */
export interface ArticleContents {
  entities: string[];
  relations: string[];
  statements: string[];
}

/** Every record of a store, for copying between stores. */
export interface GraphDump {
  articles: ArticleRecord[];
  entities: EntityRecord[];
  relations: RelationRecord[];
  statements: StatementRecord[];
}

/** Whether a store can serve requests now, as /healthz reports it. */
export interface StoreHealth {
  kind: 'embedded' | 'neo4j';
  /** False while the store's server does not answer (the embedded store is always available). */
  available: boolean;
}

/**
 * The storage port: what the CLI and the GraphQL API need of a store. The embedded (graphology)
 * and Neo4j adapters implement it and pass the same contract tests.
 */
export interface GraphStore {
  /** Adds one article's graph atomically; an article already present changes nothing. */
  ingest(graph: ArticleGraph): Promise<IngestResult>;
  /**
   * How many ingest calls a writer should keep waiting at once (kg ingest and the benchmark do, see
   * IngestSession.start): Neo4j writes the calls that wait together in one transaction, so it asks for
   * enough to fill a batch while the previous one commits; the embedded store, which gains nothing, 1.
   */
  readonly ingestWindow: number;
  /** Removes an article's evidence, and whatever is left without evidence. */
  deleteArticle(id: string): Promise<DeleteResult>;

  getEntities(ids: readonly string[]): Promise<(EntityRecord | null)[]>;
  getEntities(ids: readonly string[], options: ReadOptions): Promise<(EntityHead | null)[]>;
  searchEntities(query: EntityQuery): Promise<Page<EntityRecord>>;
  searchEntities(query: EntityQuery, options: ReadOptions): Promise<Page<EntityHead>>;
  /** The mentions of each given entity, in list order (none for an unknown id). */
  mentionsOf(ids: readonly string[]): Promise<MentionRecord[][]>;
  /** Every node's alias table, roles, date and place, for resolving new mentions to known entities. */
  knownEntities(): Promise<
    (Pick<EntityRecord, 'id' | 'label' | 'name' | 'aliases'> &
      Partial<Pick<EntityRecord, 'roles' | 'date' | 'place'>>)[]
  >;

  getRelations(ids: readonly string[]): Promise<(RelationRecord | null)[]>;
  getRelations(ids: readonly string[], options: ReadOptions): Promise<(RelationHead | null)[]>;
  relations(query: RelationQuery): Promise<Page<RelationRecord>>;
  /** The edges touching each of the given entities, in one call (for DataLoader). */
  relationsOf(ids: readonly string[], options: RelationsOfQuery): Promise<RelationRecord[][]>;
  relationsOf(ids: readonly string[], options: RelationsOfQuery, read: ReadOptions): Promise<RelationHead[][]>;
  /** The evidence of each given edge, in list order (none for an unknown id). */
  evidenceOf(ids: readonly string[]): Promise<EvidenceRecord[][]>;

  getStatements(ids: readonly string[]): Promise<(StatementRecord | null)[]>;
  statements(query: StatementQuery): Promise<Page<StatementRecord>>;
  /** The statements made by (`speaker`) or about (`about`) each of the given entities, in one call. */
  statementsOf(ids: readonly string[], role: 'speaker' | 'about'): Promise<StatementRecord[][]>;

  getArticles(ids: readonly string[]): Promise<(ArticleRecord | null)[]>;
  articles(query: PageArgs): Promise<Page<ArticleRecord>>;

  neighborhood(query: NeighborhoodQuery): Promise<Subgraph>;
  neighborhood(query: NeighborhoodQuery, options: ReadOptions): Promise<Subgraph<EntityHead, RelationHead>>;
  /** A shortest path, or null when none within maxHops. */
  path(query: PathQuery): Promise<Subgraph | null>;
  path(query: PathQuery, options: ReadOptions): Promise<Subgraph<EntityHead, RelationHead> | null>;

  /**
   * An entity's facts (its edges, both directions) in date order, grouped by day and event, one page of
   * groups: by day (undated last), then event (the day's facts at no event last), each group's facts by
   * date and id. An unknown entity has an empty timeline.
   */
  timeline(query: TimelineQuery): Promise<TimelinePage>;
  /** Every fact linking two entities, in either direction, by date (undated last) and id. */
  between(query: BetweenQuery): Promise<Page<DatedRelation>>;
  /** The earliest and latest date of the facts that are not denied; null when none is dated. */
  dateRange(): Promise<DateRange | null>;

  stats(): Promise<StoreStats>;
  /** The whole graph in graphology's serialisation format. */
  exportGraph(): Promise<SerializedGraph>;
  /** Every record, for copying into another store. */
  dump(): Promise<GraphDump>;
  /** Replaces the store's content with a dump. */
  load(dump: GraphDump): Promise<void>;

  /** The corrections log, in the order the corrections were made, undone ones included (see store/curation.ts). */
  corrections(): Promise<Correction[]>;
  /**
   * Adds a correction to the log, or replaces the one with the same id (to mark it undone), keeping its
   * place. Only the log changes: store/curation.ts applies the correction to the records. `load` leaves the log as it is.
   */
  putCorrection(correction: Correction): Promise<void>;

  /**
   * Whether the store can serve requests now, found quickly: the Neo4j store answers from what its
   * last request or check found (within a second) or asks its server, for at most NEO4J_CHECK_TIMEOUT_MS.
   */
  health(): Promise<StoreHealth>;

  /** Makes every change so far durable (the embedded store writes its file; Neo4j commits per call). */
  flush(): Promise<void>;
  /** Flushes and releases connections and files. */
  close(): Promise<void>;
}
