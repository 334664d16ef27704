/**
 * Parent types of the GraphQL resolvers: what each schema type is backed by. codegen.ts maps the schema
 * types to these, so every resolver is typed against the store's records (src/graph/model.ts).
 */
import type { ArticleGraph, ArticleRecord, EvidenceRecord, MentionRecord, StatementRecord } from '../graph/model.js';
import type { Correction } from '../graph/corrections.js';
import type { EntityHead, IngestResult, RelationHead, StoreStats, Subgraph, TimelineGroup } from '../store/port.js';

export type { Correction as CorrectionParent } from '../graph/corrections.js';

export type { ArticleRecord, EvidenceRecord, MentionRecord, StatementRecord } from '../graph/model.js';
/**
 * Entities and edges are served from heads (records that may lack their mentions or evidence, see
 * ReadOptions in store/port.ts): the resolvers of those fields load them only when a query asks.
 */
export type { EntityHead, RelationHead } from '../store/port.js';
export type { DeleteResult as DeleteResultParent, TimelineGroup as TimelineGroupParent } from '../store/port.js';

/** A neighbourhood or path, of heads. */
export type SubgraphParent = Subgraph<EntityHead, RelationHead>;

/** Relay page information as served. */
export interface PageInfoParent {
  hasNextPage: boolean;
  hasPreviousPage: boolean;
  startCursor: string | null;
  endCursor: string | null;
}

/** One edge of a connection: an item and its cursor. */
export interface EdgeParent<T> {
  cursor: string;
  node: T;
}

/** A page of a list, Relay-style. */
export interface Connection<E> {
  totalCount: number;
  edges: E[];
  pageInfo: PageInfoParent;
}

/** An entity seen from another, with the relation that links them. */
export interface RelatedEdgeParent extends EdgeParent<EntityHead> {
  relation: RelationHead;
}

/** A MET_WITH edge seen from one of its ends. */
export interface MeetingParent {
  relation: RelationHead;
  /** Id of the entity at the other end. */
  with: string;
}

/** A search hit: an entity or a statement, its score and what matched. */
export interface SearchEdgeParent extends EdgeParent<EntityHead | StatementRecord> {
  score: number;
  matched: string;
}

/** An entity with its centrality scores. */
export interface CentralityEdgeParent extends EdgeParent<EntityHead> {
  score: number;
  degree: number;
  pageRank: number;
}

/** A Louvain community: its number and member ids, most central first. */
export interface CommunityParent {
  id: number;
  members: string[];
}

/** What an ingest did, with the graph that was ingested. */
export interface IngestResultParent {
  result: IngestResult;
  graph: ArticleGraph;
}

export type StatsParent = StoreStats;

/** A subscription's article event: the store's account of the ingest. */
export type ArticleIngestedParent = IngestResult;

export type EntityConnectionParent = Connection<EdgeParent<EntityHead>>;
export type EntityEdgeParent = EdgeParent<EntityHead>;
export type RelatedConnectionParent = Connection<RelatedEdgeParent>;
export type RelationConnectionParent = Connection<EdgeParent<RelationHead>>;
export type RelationEdgeParent = EdgeParent<RelationHead>;
export type StatementConnectionParent = Connection<EdgeParent<StatementRecord>>;
export type StatementEdgeParent = EdgeParent<StatementRecord>;
export type ArticleConnectionParent = Connection<EdgeParent<ArticleRecord>>;
export type ArticleEdgeParent = EdgeParent<ArticleRecord>;
export type MentionConnectionParent = Connection<EdgeParent<MentionRecord>>;
export type MentionEdgeParent = EdgeParent<MentionRecord>;
export type EvidenceConnectionParent = Connection<EdgeParent<EvidenceRecord>>;
export type EvidenceEdgeParent = EdgeParent<EvidenceRecord>;
export type MeetingConnectionParent = Connection<EdgeParent<MeetingParent>>;
export type MeetingEdgeParent = EdgeParent<MeetingParent>;
export type SearchConnectionParent = Connection<SearchEdgeParent>;
export type CentralityConnectionParent = Connection<CentralityEdgeParent>;
export type CommunityConnectionParent = Connection<EdgeParent<CommunityParent>>;
export type CommunityEdgeParent = EdgeParent<CommunityParent>;
export type TimelineEdgeParent = EdgeParent<TimelineGroup>;
export type CorrectionConnectionParent = Connection<EdgeParent<Correction>>;
export type CorrectionEdgeParent = EdgeParent<Correction>;
/** A timeline page: its groups, and the facts of the whole timeline. */
export interface TimelineConnectionParent extends Connection<TimelineEdgeParent> {
  factCount: number;
}
