import type { GraphQLResolveInfo } from 'graphql';
import type { EntityHead, RelationHead, EvidenceRecord, StatementRecord, MentionRecord, ArticleRecord, MeetingParent, SubgraphParent, CommunityParent, StatsParent, IngestResultParent, ArticleIngestedParent, DeleteResultParent, PageInfoParent, EntityConnectionParent, EntityEdgeParent, RelatedConnectionParent, RelatedEdgeParent, RelationConnectionParent, RelationEdgeParent, StatementConnectionParent, StatementEdgeParent, ArticleConnectionParent, ArticleEdgeParent, MentionConnectionParent, MentionEdgeParent, EvidenceConnectionParent, EvidenceEdgeParent, MeetingConnectionParent, MeetingEdgeParent, SearchConnectionParent, SearchEdgeParent, CentralityConnectionParent, CentralityEdgeParent, CommunityConnectionParent, CommunityEdgeParent, TimelineConnectionParent, TimelineEdgeParent, TimelineGroupParent, CorrectionParent, CorrectionConnectionParent, CorrectionEdgeParent } from '../mappers.js';
import type { GraphQLContext } from '../context.js';
export type Maybe<T> = T | null;
export type InputMaybe<T> = Maybe<T>;
export type RequireFields<T, K extends keyof T> = Omit<T, K> & { [P in K]-?: NonNullable<T[P]> };
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
};

/** A news article as ingested. */
export type Article = {
  __typename?: 'Article';
  /** Entities mentioned in the article, most mentioned first. */
  entities: EntityConnection;
  /** What to call the article: its title, else its source and date ("Reuters, 2022-09-15"), never a bare id. */
  heading: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  /** Length of the text in characters. */
  length: Scalars['Int']['output'];
  /** Name of the file the article was read from: its base name, the full path only for a caller holding the API token. */
  path: Maybe<Scalars['String']['output']>;
  /** ISO date of publication, when known. */
  publishedAt: Maybe<Scalars['String']['output']>;
  /** Relations the article gives evidence for. */
  relations: RelationConnection;
  source: Maybe<Scalars['String']['output']>;
  /** Statements made in the article. */
  statements: StatementConnection;
  title: Maybe<Scalars['String']['output']>;
  url: Maybe<Scalars['String']['output']>;
};


/** A news article as ingested. */
export type ArticleEntitiesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  label?: InputMaybe<EntityLabel>;
};


/** A news article as ingested. */
export type ArticleRelationsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  includeHedged?: InputMaybe<Scalars['Boolean']['input']>;
  types?: InputMaybe<Array<RelationType>>;
};


/** A news article as ingested. */
export type ArticleStatementsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

export type ArticleConnection = {
  __typename?: 'ArticleConnection';
  edges: Array<ArticleEdge>;
  nodes: Array<Article>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type ArticleEdge = {
  __typename?: 'ArticleEdge';
  cursor: Scalars['String']['output'];
  node: Article;
};

/** An article ingestArticle stored, and what it added. */
export type ArticleIngestedEvent = {
  __typename?: 'ArticleIngestedEvent';
  article: Article;
  edgesAdded: Scalars['Int']['output'];
  nodesAdded: Scalars['Int']['output'];
  statementsAdded: Scalars['Int']['output'];
};

export type Centrality = {
  __typename?: 'Centrality';
  /** Louvain community number, null for an isolated entity. */
  community: Maybe<Scalars['Int']['output']>;
  /** Number of distinct neighbours (plain relations). */
  degree: Scalars['Int']['output'];
  /** PageRank score; all scores of the graph sum to 1. */
  pageRank: Scalars['Float']['output'];
};

export type CentralityConnection = {
  __typename?: 'CentralityConnection';
  edges: Array<CentralityEdge>;
  nodes: Array<Entity>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type CentralityEdge = {
  __typename?: 'CentralityEdge';
  cursor: Scalars['String']['output'];
  degree: Scalars['Int']['output'];
  node: Entity;
  pageRank: Scalars['Float']['output'];
  /** The score of the measure asked for. */
  score: Scalars['Float']['output'];
};

export type CentralityMeasure =
  | 'DEGREE'
  | 'PAGERANK';

export type Community = {
  __typename?: 'Community';
  id: Scalars['Int']['output'];
  /** Members, most central (PageRank) first. */
  members: EntityConnection;
  size: Scalars['Int']['output'];
};


export type CommunityMembersArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

export type CommunityConnection = {
  __typename?: 'CommunityConnection';
  edges: Array<CommunityEdge>;
  nodes: Array<Community>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type CommunityEdge = {
  __typename?: 'CommunityEdge';
  cursor: Scalars['String']['output'];
  node: Community;
};

/** An entity as a correction names it. */
export type CorrectedEntity = {
  __typename?: 'CorrectedEntity';
  id: Scalars['ID']['output'];
  label: EntityLabel;
  name: Scalars['String']['output'];
};

/** A fact as a correction names it: by type and ends. */
export type CorrectedRelation = {
  __typename?: 'CorrectedRelation';
  id: Scalars['ID']['output'];
  sourceId: Scalars['ID']['output'];
  targetId: Scalars['ID']['output'];
  type: RelationType;
};

/**
 * One entry of the corrections log. Entities and facts are named as they were when the correction was
 * made (an entity merged away has no Entity any more), so they are given by id, label and name.
 */
export type Correction = {
  __typename?: 'Correction';
  /** SPLIT_ALIAS: the alias split off, and the entity its mentions went to. */
  alias: Maybe<Scalars['String']['output']>;
  /** When it was made (ISO 8601). */
  at: Scalars['String']['output'];
  /** The entity corrected: merged away (`from`), split, relabelled or renamed. */
  entity: Maybe<CorrectedEntity>;
  id: Scalars['ID']['output'];
  /** MERGE_ENTITIES: the entity merged into. */
  into: Maybe<CorrectedEntity>;
  kind: CorrectionKind;
  /** RELABEL_ENTITY: the new label. */
  label: Maybe<EntityLabel>;
  /** RENAME_ENTITY: the new name. */
  name: Maybe<Scalars['String']['output']>;
  newEntity: Maybe<CorrectedEntity>;
  /** REJECT_RELATION: why. */
  reason: Maybe<Scalars['String']['output']>;
  /** REJECT_RELATION, CONFIRM_RELATION: the fact. */
  relation: Maybe<CorrectedRelation>;
  /** The entity the correction leaves where the corrected one was: `into`, the renamed or relabelled entity (its new id), or the entity an alias was split off to; null for facts. */
  result: Maybe<CorrectedEntity>;
  /** True once undone (it no longer applies). */
  undone: Scalars['Boolean']['output'];
  undoneAt: Maybe<Scalars['String']['output']>;
  undoneBy: Maybe<Scalars['String']['output']>;
  /** Who made it: the token's name (KG_API_TOKENS), `api` for KG_API_TOKEN, `local` for a loopback client of a server without tokens, `cli` for `kg corrections import`. */
  who: Scalars['String']['output'];
};

export type CorrectionConnection = {
  __typename?: 'CorrectionConnection';
  edges: Array<CorrectionEdge>;
  nodes: Array<Correction>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type CorrectionEdge = {
  __typename?: 'CorrectionEdge';
  cursor: Scalars['String']['output'];
  node: Correction;
};

export type CorrectionKind =
  | 'confirmRelation'
  | 'mergeEntities'
  | 'rejectRelation'
  | 'relabelEntity'
  | 'renameEntity'
  | 'splitAlias';

export type Country = Entity & {
  __typename?: 'Country';
  aliases: Array<Scalars['String']['output']>;
  articles: ArticleConnection;
  centrality: Centrality;
  /** ISO 3166-1 alpha-3 code, when known. */
  code: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  label: EntityLabel;
  /** People who lead this country (LEADER_OF). */
  leaders: RelatedConnection;
  /** Organisations this country is a member of. */
  memberOf: RelatedConnection;
  mentionCount: Scalars['Int']['output'];
  mentions: MentionConnection;
  name: Scalars['String']['output'];
  opposedBy: RelatedConnection;
  opposes: RelatedConnection;
  relations: RelatedConnection;
  sanctionedBy: RelatedConnection;
  sanctions: RelatedConnection;
  statementsAbout: StatementConnection;
  supportedBy: RelatedConnection;
  supports: RelatedConnection;
};


export type CountryArticlesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type CountryLeadersArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type CountryMemberOfArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type CountryMentionsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type CountryOpposedByArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type CountryOpposesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type CountryRelationsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  direction?: InputMaybe<Direction>;
  first?: InputMaybe<Scalars['Int']['input']>;
  includeHedged?: InputMaybe<Scalars['Boolean']['input']>;
  types?: InputMaybe<Array<RelationType>>;
};


export type CountrySanctionedByArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type CountrySanctionsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type CountryStatementsAboutArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type CountrySupportedByArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type CountrySupportsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** The earliest and latest fact dates of the graph. */
export type DateRange = {
  __typename?: 'DateRange';
  earliest: Scalars['String']['output'];
  latest: Scalars['String']['output'];
};

export type DeleteResult = {
  __typename?: 'DeleteResult';
  /** Id of the article. */
  article: Scalars['ID']['output'];
  edgesRemoved: Scalars['Int']['output'];
  /** False when there was no such article. */
  found: Scalars['Boolean']['output'];
  nodesRemoved: Scalars['Int']['output'];
  statementsRemoved: Scalars['Int']['output'];
};

/** Which edges of an entity to follow: those leaving it, those reaching it, or both. */
export type Direction =
  | 'BOTH'
  | 'IN'
  | 'OUT';

/** A node of the graph. */
export type Entity = {
  /** Every other surface form seen in the articles. */
  aliases: Array<Scalars['String']['output']>;
  /** Articles that mention the entity. */
  articles: ArticleConnection;
  /** Degree, PageRank and community of the entity. */
  centrality: Centrality;
  id: Scalars['ID']['output'];
  label: EntityLabel;
  /** Number of mentions across articles. */
  mentionCount: Scalars['Int']['output'];
  /** Where the entity is mentioned. */
  mentions: MentionConnection;
  /** Canonical name: the fullest form, without titles. */
  name: Scalars['String']['output'];
  /** Who opposes this entity. */
  opposedBy: RelatedConnection;
  /** Whom or what this entity opposes. */
  opposes: RelatedConnection;
  /** The entity's relations, each with the entity at the other end. */
  relations: RelatedConnection;
  /** Who sanctions this entity. */
  sanctionedBy: RelatedConnection;
  /** Whom this entity sanctions. */
  sanctions: RelatedConnection;
  /** Statements about this entity. */
  statementsAbout: StatementConnection;
  /** Who supports this entity. */
  supportedBy: RelatedConnection;
  /** Whom or what this entity supports. */
  supports: RelatedConnection;
};


/** A node of the graph. */
export type EntityArticlesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A node of the graph. */
export type EntityMentionsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A node of the graph. */
export type EntityOpposedByArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A node of the graph. */
export type EntityOpposesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A node of the graph. */
export type EntityRelationsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  direction?: InputMaybe<Direction>;
  first?: InputMaybe<Scalars['Int']['input']>;
  includeHedged?: InputMaybe<Scalars['Boolean']['input']>;
  types?: InputMaybe<Array<RelationType>>;
};


/** A node of the graph. */
export type EntitySanctionedByArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A node of the graph. */
export type EntitySanctionsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A node of the graph. */
export type EntityStatementsAboutArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A node of the graph. */
export type EntitySupportedByArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A node of the graph. */
export type EntitySupportsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

export type EntityConnection = {
  __typename?: 'EntityConnection';
  edges: Array<EntityEdge>;
  nodes: Array<Entity>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type EntityEdge = {
  __typename?: 'EntityEdge';
  cursor: Scalars['String']['output'];
  node: Entity;
};

/** The kind of an entity. */
export type EntityLabel =
  | 'Country'
  | 'Event'
  | 'Organization'
  | 'Person'
  | 'Place';

export type Event = Entity & {
  __typename?: 'Event';
  aliases: Array<Scalars['String']['output']>;
  articles: ArticleConnection;
  centrality: Centrality;
  /** ISO 8601 date at the precision the text gives (2022-09-15, 2022-09, 2022). */
  date: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  label: EntityLabel;
  mentionCount: Scalars['Int']['output'];
  mentions: MentionConnection;
  name: Scalars['String']['output'];
  opposedBy: RelatedConnection;
  opposes: RelatedConnection;
  /** Who took part (PARTICIPATED_IN). */
  participants: RelatedConnection;
  /** Where it took place (a Place or a Country). */
  place: Maybe<Entity>;
  relations: RelatedConnection;
  sanctionedBy: RelatedConnection;
  sanctions: RelatedConnection;
  /** What was said about it: the commentary on this event. */
  statements: StatementConnection;
  statementsAbout: StatementConnection;
  supportedBy: RelatedConnection;
  supports: RelatedConnection;
};


export type EventArticlesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type EventMentionsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type EventOpposedByArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type EventOpposesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type EventParticipantsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type EventRelationsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  direction?: InputMaybe<Direction>;
  first?: InputMaybe<Scalars['Int']['input']>;
  includeHedged?: InputMaybe<Scalars['Boolean']['input']>;
  types?: InputMaybe<Array<RelationType>>;
};


export type EventSanctionedByArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type EventSanctionsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type EventStatementsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type EventStatementsAboutArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type EventSupportedByArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type EventSupportsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** One piece of evidence: the sentence of an article that states a relation. */
export type Evidence = {
  __typename?: 'Evidence';
  article: Article;
  confidence: Scalars['Float']['output'];
  date: Maybe<Scalars['String']['output']>;
  end: Scalars['Int']['output'];
  hedged: Scalars['Boolean']['output'];
  negated: Scalars['Boolean']['output'];
  /** The quoted words, for statements. */
  quote: Maybe<Scalars['String']['output']>;
  sentence: Scalars['String']['output'];
  /** Offsets of the sentence in the article's text, end exclusive. */
  start: Scalars['Int']['output'];
};

export type EvidenceConnection = {
  __typename?: 'EvidenceConnection';
  edges: Array<EvidenceEdge>;
  nodes: Array<Evidence>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type EvidenceEdge = {
  __typename?: 'EvidenceEdge';
  cursor: Scalars['String']['output'];
  node: Evidence;
};

/** A file format of `export`. */
export type ExportFormat =
  /** nodes.csv for neo4j-admin database import (id:ID,:LABEL,…) */
  | 'CSV_NODES'
  /** relationships.csv for neo4j-admin database import (:START_ID,:END_ID,:TYPE,…) */
  | 'CSV_RELATIONSHIPS'
  /** Cytoscape.js JSON (.cyjs) */
  | 'CYTOSCAPE'
  /** D3 / NetworkX node-link JSON */
  | 'D3'
  /** GEXF 1.3 (Gephi) */
  | 'GEXF'
  /** GraphML (yEd, Cytoscape desktop, NetworkX) */
  | 'GRAPHML'
  /** graphology's serialisation (sigma.js), with positions, sizes and colours */
  | 'JSON';

export type IngestArticleInput = {
  /** ISO 8601 date of publication (2022-09-15); relative dates in the text resolve against it. */
  publishedAt?: InputMaybe<Scalars['String']['input']>;
  source?: InputMaybe<Scalars['String']['input']>;
  /** The article's text (plain text, at most KG_MAX_ARTICLE_CHARS characters). */
  text: Scalars['String']['input'];
  title?: InputMaybe<Scalars['String']['input']>;
  url?: InputMaybe<Scalars['String']['input']>;
};

export type IngestResult = {
  __typename?: 'IngestResult';
  article: Article;
  /** True when the article was already in the store: nothing changed. */
  duplicate: Scalars['Boolean']['output'];
  edgesAdded: Scalars['Int']['output'];
  /** The entities extracted from the article, as now stored. */
  entities: Array<Entity>;
  nodesAdded: Scalars['Int']['output'];
  /** The relations extracted from the article, as now stored. */
  relations: Array<Relation>;
  statementsAdded: Scalars['Int']['output'];
};

export type LabelCount = {
  __typename?: 'LabelCount';
  count: Scalars['Int']['output'];
  label: EntityLabel;
};

/** A meeting of a person with another (a MET_WITH edge seen from one side). */
export type Meeting = {
  __typename?: 'Meeting';
  date: Maybe<Scalars['String']['output']>;
  event: Maybe<Entity>;
  place: Maybe<Entity>;
  relation: Relation;
  with: Entity;
};

export type MeetingConnection = {
  __typename?: 'MeetingConnection';
  edges: Array<MeetingEdge>;
  nodes: Array<Meeting>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type MeetingEdge = {
  __typename?: 'MeetingEdge';
  cursor: Scalars['String']['output'];
  node: Meeting;
};

/** A mention of an entity: a span of an article's text. */
export type Mention = {
  __typename?: 'Mention';
  article: Article;
  end: Scalars['Int']['output'];
  start: Scalars['Int']['output'];
  /** The whole written form, title included, when it differs from text; null otherwise. */
  surface: Maybe<Scalars['String']['output']>;
  /** The span's text: for a titled person the name only ("Donald Trump" of "U.S. President Donald Trump"). */
  text: Scalars['String']['output'];
};

export type MentionConnection = {
  __typename?: 'MentionConnection';
  edges: Array<MentionEdge>;
  nodes: Array<Mention>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type MentionEdge = {
  __typename?: 'MentionEdge';
  cursor: Scalars['String']['output'];
  node: Mention;
};

export type Mutation = {
  __typename?: 'Mutation';
  /** Marks a fact as confirmed by a curator (Relation.confirmed). */
  confirmRelation: Correction;
  /** Removes an article's evidence and whatever is left without evidence. Same access rule as ingestArticle. */
  deleteArticle: DeleteResult;
  /**
   * Extracts an article and adds its graph to the store; an article already present (same text) changes
   * nothing and comes back with `duplicate: true`. Needs `Authorization: Bearer <KG_API_TOKEN>` when the
   * server has a token, and a loopback client when it has none.
   */
  ingestArticle: IngestResult;
  /**
   * Curation (docs/curation.md). Each of these adds a correction to the store's log, applies it to what the
   * store holds, and applies it again to every article ingested later, so that re-ingesting an article or
   * the corpus keeps it. Same access rule as ingestArticle; the correction records the name of the token
   * (`who`) and the time (`at`). Unknown ids, and corrections that make no sense, are BAD_USER_INPUT.
   *
   * Merges `from` into `into` (same label): its mentions, aliases, facts and statements move to `into`,
   * its name becomes an alias of `into`.
   */
  mergeEntities: Correction;
  /** Removes a fact, and keeps it out when it is extracted again; `reason` says why. */
  rejectRelation: Correction;
  /** Gives an entity another label (its id changes); facts whose ends no longer fit their type go. */
  relabelEntity: Correction;
  /** Gives an entity another canonical name (its id changes; the old name becomes an alias). */
  renameEntity: Correction;
  /**
   * Moves the mentions of `entity` written as `alias` to another entity (made when it does not exist), and
   * drops the alias from `entity`. Facts stay with `entity`.
   */
  splitAlias: Correction;
  /**
   * Takes a correction back: the records it changed come back as they were (what articles ingested since
   * brought to them stays), and it no longer applies to later ingests. It stays in the log, marked undone.
   */
  undoCorrection: Correction;
};


export type MutationConfirmRelationArgs = {
  relation: Scalars['ID']['input'];
};


export type MutationDeleteArticleArgs = {
  id: Scalars['ID']['input'];
};


export type MutationIngestArticleArgs = {
  input: IngestArticleInput;
};


export type MutationMergeEntitiesArgs = {
  from: Scalars['ID']['input'];
  into: Scalars['ID']['input'];
};


export type MutationRejectRelationArgs = {
  reason: Scalars['String']['input'];
  relation: Scalars['ID']['input'];
};


export type MutationRelabelEntityArgs = {
  entity: Scalars['ID']['input'];
  label: EntityLabel;
};


export type MutationRenameEntityArgs = {
  entity: Scalars['ID']['input'];
  name: Scalars['String']['input'];
};


export type MutationSplitAliasArgs = {
  alias: Scalars['String']['input'];
  entity: Scalars['ID']['input'];
  newEntity: NewEntityInput;
};


export type MutationUndoCorrectionArgs = {
  id: Scalars['ID']['input'];
};

/** The entity a splitAlias moves mentions to: its name, and its label (that of the entity split, when left out). */
export type NewEntityInput = {
  label?: InputMaybe<EntityLabel>;
  name: Scalars['String']['input'];
};

export type Organization = Entity & {
  __typename?: 'Organization';
  aliases: Array<Scalars['String']['output']>;
  articles: ArticleConnection;
  centrality: Centrality;
  id: Scalars['ID']['output'];
  label: EntityLabel;
  /** People who lead it (LEADER_OF). */
  leaders: RelatedConnection;
  /** Organisations it is a member of. */
  memberOf: RelatedConnection;
  /** Countries, organisations and people that are members (MEMBER_OF), and people affiliated with it (AFFILIATED_WITH). */
  members: RelatedConnection;
  mentionCount: Scalars['Int']['output'];
  mentions: MentionConnection;
  name: Scalars['String']['output'];
  opposedBy: RelatedConnection;
  opposes: RelatedConnection;
  relations: RelatedConnection;
  sanctionedBy: RelatedConnection;
  sanctions: RelatedConnection;
  /** What it said (press releases, spokespeople speaking for it). */
  statements: StatementConnection;
  statementsAbout: StatementConnection;
  supportedBy: RelatedConnection;
  supports: RelatedConnection;
};


export type OrganizationArticlesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type OrganizationLeadersArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type OrganizationMemberOfArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type OrganizationMembersArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type OrganizationMentionsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type OrganizationOpposedByArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type OrganizationOpposesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type OrganizationRelationsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  direction?: InputMaybe<Direction>;
  first?: InputMaybe<Scalars['Int']['input']>;
  includeHedged?: InputMaybe<Scalars['Boolean']['input']>;
  types?: InputMaybe<Array<RelationType>>;
};


export type OrganizationSanctionedByArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type OrganizationSanctionsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type OrganizationStatementsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type OrganizationStatementsAboutArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type OrganizationSupportedByArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type OrganizationSupportsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** Relay page information. */
export type PageInfo = {
  __typename?: 'PageInfo';
  endCursor: Maybe<Scalars['String']['output']>;
  hasNextPage: Scalars['Boolean']['output'];
  hasPreviousPage: Scalars['Boolean']['output'];
  startCursor: Maybe<Scalars['String']['output']>;
};

export type Person = Entity & {
  __typename?: 'Person';
  /** Organisations this person works for or belongs to (AFFILIATED_WITH, MEMBER_OF). */
  affiliations: RelatedConnection;
  aliases: Array<Scalars['String']['output']>;
  articles: ArticleConnection;
  centrality: Centrality;
  id: Scalars['ID']['output'];
  label: EntityLabel;
  /** Countries and organisations this person leads (LEADER_OF). */
  leaderOf: RelatedConnection;
  /** Whom this person met, with date, place and event where known. */
  meetings: MeetingConnection;
  mentionCount: Scalars['Int']['output'];
  mentions: MentionConnection;
  name: Scalars['String']['output'];
  opposedBy: RelatedConnection;
  opposes: RelatedConnection;
  /** Events this person took part in. */
  participatedIn: RelatedConnection;
  relations: RelatedConnection;
  /** Role titles seen ("President", "associate research professor"). */
  roles: Array<Scalars['String']['output']>;
  sanctionedBy: RelatedConnection;
  sanctions: RelatedConnection;
  /** What this person said. */
  statements: StatementConnection;
  statementsAbout: StatementConnection;
  supportedBy: RelatedConnection;
  supports: RelatedConnection;
  /** Countries and places this person visited. */
  visited: RelatedConnection;
};


export type PersonAffiliationsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type PersonArticlesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type PersonLeaderOfArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type PersonMeetingsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type PersonMentionsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type PersonOpposedByArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type PersonOpposesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type PersonParticipatedInArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type PersonRelationsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  direction?: InputMaybe<Direction>;
  first?: InputMaybe<Scalars['Int']['input']>;
  includeHedged?: InputMaybe<Scalars['Boolean']['input']>;
  types?: InputMaybe<Array<RelationType>>;
};


export type PersonSanctionedByArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type PersonSanctionsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type PersonStatementsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type PersonStatementsAboutArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type PersonSupportedByArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type PersonSupportsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type PersonVisitedArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

export type Place = Entity & {
  __typename?: 'Place';
  aliases: Array<Scalars['String']['output']>;
  articles: ArticleConnection;
  centrality: Centrality;
  /** Events held here (HELD_IN). */
  events: RelatedConnection;
  id: Scalars['ID']['output'];
  label: EntityLabel;
  mentionCount: Scalars['Int']['output'];
  mentions: MentionConnection;
  name: Scalars['String']['output'];
  opposedBy: RelatedConnection;
  opposes: RelatedConnection;
  relations: RelatedConnection;
  sanctionedBy: RelatedConnection;
  sanctions: RelatedConnection;
  statementsAbout: StatementConnection;
  supportedBy: RelatedConnection;
  supports: RelatedConnection;
};


export type PlaceArticlesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type PlaceEventsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type PlaceMentionsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type PlaceOpposedByArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type PlaceOpposesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type PlaceRelationsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  direction?: InputMaybe<Direction>;
  first?: InputMaybe<Scalars['Int']['input']>;
  includeHedged?: InputMaybe<Scalars['Boolean']['input']>;
  types?: InputMaybe<Array<RelationType>>;
};


export type PlaceSanctionedByArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type PlaceSanctionsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type PlaceStatementsAboutArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type PlaceSupportedByArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type PlaceSupportsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

export type Query = {
  __typename?: 'Query';
  /** One article by id. */
  article: Maybe<Article>;
  /** Articles, newest first. */
  articles: ArticleConnection;
  /**
   * Every fact linking two entities (ids or exact names), in either direction, by `factDate` (earliest
   * first, undated last), each with its evidence. Hedged facts are left out unless `includeHedged`, denied
   * ones unless `includeNegated`.
   */
  between: RelationConnection;
  /** The most central entities of the graph (plain, non-hedged relations, as an undirected graph). */
  centralEntities: CentralityConnection;
  /**
   * Who commented on an event: `on` is an entity id or free text ("Xi–Putin", "Xi Putin meeting") resolved
   * to the best-matching Event. By default only people other than the event's participants, and only
   * statements of at least `minWords` words (fragments such as "old friend" are left out);
   * `includeParticipants: true` adds what the participants themselves said, `minWords: 0` every fragment.
   */
  commentators: Array<Statement>;
  /** Communities of densely linked entities (Louvain), largest first. */
  communities: CommunityConnection;
  /** The corrections log (docs/curation.md), oldest first, undone ones included. */
  corrections: CorrectionConnection;
  /** The earliest and latest `factDate` of the graph's facts (the range of a date slider); null when no fact is dated. */
  dateRange: Maybe<DateRange>;
  /** Entities whose name or alias matches `search` (case- and accent-insensitive), best matches first. */
  entities: EntityConnection;
  /** One entity by id (ids look like `person:xi-jinping`, `country:russia`); null when there is none. */
  entity: Maybe<Entity>;
  /**
   * The graph, or the neighbourhood of `focus` (an entity id or exact name) up to `hops` steps along
   * `types`, as a file for visualisation tools: GEXF (Gephi), GraphML (yEd, Cytoscape, NetworkX),
   * Cytoscape.js JSON, graphology JSON (sigma.js), D3 node-link JSON, or the nodes or relationships CSV
   * of `neo4j-admin database import`. Denied relations are left out; hedged ones carry `hedged`.
   */
  export: Scalars['String']['output'];
  /** The event that `commentators(on:)` would pick for this text, null when none matches. */
  matchEvent: Maybe<Event>;
  /**
   * The subgraph around an entity (id or exact name), up to `hops` steps away, at most `limit` nodes.
   * With `asOf` (an ISO date: 2022, 2022-09, 2022-09-15), the graph as of that date: only facts whose
   * `factDate` is on or before it are followed and returned; undated facts are left out.
   */
  neighborhood: Subgraph;
  /**
   * A shortest path between two entities (ids or exact names), null when none within `maxHops`. With
   * `asOf` (an ISO date), over facts whose `factDate` is on or before it only.
   */
  path: Maybe<Subgraph>;
  /** One relation (edge) by id. */
  relation: Maybe<Relation>;
  /**
   * Relations with their evidence. `from`, `to` and `involving` take an entity id or an exact name or alias;
   * `since`/`until` are ISO dates at any precision (2022, 2022-09, 2022-09-15). Hedged edges are left out
   * unless `includeHedged`, denied ones unless `includeNegated`.
   */
  relations: RelationConnection;
  /** Full-text search over entity names, aliases and quotations; every word of `query` must match. */
  search: SearchConnection;
  /** Statements (quotations and reported speech); `speaker` and `about` take an entity id or an exact name or alias. */
  statements: StatementConnection;
  /** Counts of what the graph holds. */
  stats: Stats;
  /**
   * An entity's facts (its relations, both directions) in date order, grouped by day and by event: a page
   * of groups, earliest first, undated facts last. A day's facts at an event (a meeting, a summit, an
   * invasion) form one group, its other facts another. `entity` takes an id or an exact name or alias;
   * `since`/`until` (ISO dates at any precision) keep the facts whose `factDate` lies within them. Hedged
   * facts are left out unless `includeHedged`, denied ones unless `includeNegated`.
   */
  timeline: TimelineConnection;
};


export type QueryArticleArgs = {
  id: Scalars['ID']['input'];
};


export type QueryArticlesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryBetweenArgs = {
  a: Scalars['String']['input'];
  after?: InputMaybe<Scalars['String']['input']>;
  b: Scalars['String']['input'];
  first?: InputMaybe<Scalars['Int']['input']>;
  includeHedged?: InputMaybe<Scalars['Boolean']['input']>;
  includeNegated?: InputMaybe<Scalars['Boolean']['input']>;
  types?: InputMaybe<Array<RelationType>>;
};


export type QueryCentralEntitiesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  by?: InputMaybe<CentralityMeasure>;
  first?: InputMaybe<Scalars['Int']['input']>;
  label?: InputMaybe<EntityLabel>;
};


export type QueryCommentatorsArgs = {
  includeParticipants?: InputMaybe<Scalars['Boolean']['input']>;
  minWords?: InputMaybe<Scalars['Int']['input']>;
  on: Scalars['String']['input'];
};


export type QueryCommunitiesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  minSize?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryCorrectionsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryEntitiesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  label?: InputMaybe<EntityLabel>;
  search?: InputMaybe<Scalars['String']['input']>;
};


export type QueryEntityArgs = {
  id: Scalars['ID']['input'];
};


export type QueryExportArgs = {
  focus?: InputMaybe<Scalars['String']['input']>;
  format: ExportFormat;
  hops?: InputMaybe<Scalars['Int']['input']>;
  types?: InputMaybe<Array<RelationType>>;
};


export type QueryMatchEventArgs = {
  text: Scalars['String']['input'];
};


export type QueryNeighborhoodArgs = {
  asOf?: InputMaybe<Scalars['String']['input']>;
  hops?: InputMaybe<Scalars['Int']['input']>;
  id: Scalars['String']['input'];
  includeHedged?: InputMaybe<Scalars['Boolean']['input']>;
  limit?: InputMaybe<Scalars['Int']['input']>;
  types?: InputMaybe<Array<RelationType>>;
};


export type QueryPathArgs = {
  asOf?: InputMaybe<Scalars['String']['input']>;
  from: Scalars['String']['input'];
  maxHops?: InputMaybe<Scalars['Int']['input']>;
  to: Scalars['String']['input'];
  types?: InputMaybe<Array<RelationType>>;
};


export type QueryRelationArgs = {
  id: Scalars['ID']['input'];
};


export type QueryRelationsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  article?: InputMaybe<Scalars['ID']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  from?: InputMaybe<Scalars['String']['input']>;
  includeHedged?: InputMaybe<Scalars['Boolean']['input']>;
  includeNegated?: InputMaybe<Scalars['Boolean']['input']>;
  involving?: InputMaybe<Scalars['String']['input']>;
  minConfidence?: InputMaybe<Scalars['Float']['input']>;
  since?: InputMaybe<Scalars['String']['input']>;
  to?: InputMaybe<Scalars['String']['input']>;
  type?: InputMaybe<RelationType>;
  types?: InputMaybe<Array<RelationType>>;
  until?: InputMaybe<Scalars['String']['input']>;
};


export type QuerySearchArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  query: Scalars['String']['input'];
};


export type QueryStatementsArgs = {
  about?: InputMaybe<Scalars['String']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
  article?: InputMaybe<Scalars['ID']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  search?: InputMaybe<Scalars['String']['input']>;
  speaker?: InputMaybe<Scalars['String']['input']>;
};


export type QueryTimelineArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  entity: Scalars['String']['input'];
  first?: InputMaybe<Scalars['Int']['input']>;
  includeHedged?: InputMaybe<Scalars['Boolean']['input']>;
  includeNegated?: InputMaybe<Scalars['Boolean']['input']>;
  since?: InputMaybe<Scalars['String']['input']>;
  types?: InputMaybe<Array<RelationType>>;
  until?: InputMaybe<Scalars['String']['input']>;
};

/** Entities related to one entity, each with the relation that links them. */
export type RelatedConnection = {
  __typename?: 'RelatedConnection';
  edges: Array<RelatedEdge>;
  nodes: Array<Entity>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type RelatedEdge = {
  __typename?: 'RelatedEdge';
  cursor: Scalars['String']['output'];
  /** The entity at the other end. */
  node: Entity;
  relation: Relation;
};

/** An edge of the graph: one fact, with all its evidence. */
export type Relation = {
  __typename?: 'Relation';
  /** Combined confidence of all evidence, in [0, 1]. */
  confidence: Scalars['Float']['output'];
  /** A curator confirmed the fact (confirmRelation). */
  confirmed: Scalars['Boolean']['output'];
  /** MET_WITH: date of the meeting, when known. */
  date: Maybe<Scalars['String']['output']>;
  /** MET_WITH: the event the meeting was part of. */
  event: Maybe<Entity>;
  /** Where the fact is stated. */
  evidence: EvidenceConnection;
  /**
   * The date of the fact, by which timelines order it and `asOf` keeps it: its own `date`, else for
   * PARTICIPATED_IN and HELD_IN the date of the event, else the earliest date of its evidence (each
   * piece's `date`, else its article's `publishedAt`); null when none of these is known.
   */
  factDate: Maybe<Scalars['String']['output']>;
  /** No piece of evidence states the fact plainly. */
  hedged: Scalars['Boolean']['output'];
  id: Scalars['ID']['output'];
  /** Every piece of evidence denies the fact. */
  negated: Scalars['Boolean']['output'];
  /** MET_WITH: where the meeting took place. */
  place: Maybe<Entity>;
  source: Entity;
  /** Id of the source entity (handy for visualisation tools). */
  sourceId: Scalars['ID']['output'];
  target: Entity;
  /** Id of the target entity. */
  targetId: Scalars['ID']['output'];
  type: RelationType;
  /** True for undirected types (MET_WITH). */
  undirected: Scalars['Boolean']['output'];
};


/** An edge of the graph: one fact, with all its evidence. */
export type RelationEvidenceArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

export type RelationConnection = {
  __typename?: 'RelationConnection';
  edges: Array<RelationEdge>;
  nodes: Array<Relation>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type RelationEdge = {
  __typename?: 'RelationEdge';
  cursor: Scalars['String']['output'];
  node: Relation;
};

/** The kind of a relation (see ONTOLOGY.md). */
export type RelationType =
  | 'AFFILIATED_WITH'
  | 'HELD_IN'
  | 'LEADER_OF'
  | 'MEMBER_OF'
  | 'MET_WITH'
  | 'OPPOSES'
  | 'PARTICIPATED_IN'
  | 'SAID'
  | 'SANCTIONS'
  | 'SUPPORTS'
  | 'VISITED';

export type RelationTypeCount = {
  __typename?: 'RelationTypeCount';
  count: Scalars['Int']['output'];
  type: RelationType;
};

export type SearchConnection = {
  __typename?: 'SearchConnection';
  edges: Array<SearchEdge>;
  nodes: Array<SearchResult>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type SearchEdge = {
  __typename?: 'SearchEdge';
  cursor: Scalars['String']['output'];
  /** The name, alias or quotation that matched. */
  matched: Scalars['String']['output'];
  node: SearchResult;
  /** Relevance: higher is better. */
  score: Scalars['Float']['output'];
};

export type SearchResult = Country | Event | Organization | Person | Place | Statement;

/** A direct quotation or reported speech attributed to a speaker. */
export type Statement = {
  __typename?: 'Statement';
  /** What the statement is about (an Event, else the entity it addresses). */
  about: Maybe<Entity>;
  article: Article;
  end: Scalars['Int']['output'];
  id: Scalars['ID']['output'];
  kind: StatementKind;
  quote: Scalars['String']['output'];
  /** The sentence that carries the statement. */
  sentence: Scalars['String']['output'];
  speaker: Entity;
  /** Offsets of the quote in the article's text, end exclusive. */
  start: Scalars['Int']['output'];
};

export type StatementConnection = {
  __typename?: 'StatementConnection';
  edges: Array<StatementEdge>;
  nodes: Array<Statement>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type StatementEdge = {
  __typename?: 'StatementEdge';
  cursor: Scalars['String']['output'];
  node: Statement;
};

export type StatementKind =
  | 'direct'
  | 'reported';

export type Stats = {
  __typename?: 'Stats';
  articles: Scalars['Int']['output'];
  edges: Scalars['Int']['output'];
  edgesByType: Array<RelationTypeCount>;
  nodes: Scalars['Int']['output'];
  nodesByLabel: Array<LabelCount>;
  statements: Scalars['Int']['output'];
};

/** A subgraph shaped for visualisation tools: nodes and the edges among them. */
export type Subgraph = {
  __typename?: 'Subgraph';
  edges: Array<Relation>;
  nodes: Array<Entity>;
};

/**
 * Live updates, over server-sent events at the same /graphql endpoint (send `Accept: text/event-stream`).
 * Events come from this server's ingestArticle mutation, once the article is durably stored: a duplicate
 * or a failed write announces nothing, nor does an article added by another process (`kg ingest`).
 */
export type Subscription = {
  __typename?: 'Subscription';
  /** Each article stored by ingestArticle, with what it added. */
  articleIngested: ArticleIngestedEvent;
  /**
   * Each relation a newly stored article gives evidence for (a new fact, or new evidence for a known one),
   * as stored. `types` keeps only those types; `involving` keeps only relations with one of these entities
   * at either end, by id ("person:xi-jinping") or by name or alias, in any letter case ("Xi Jinping").
   */
  factAdded: Relation;
};


/**
 * Live updates, over server-sent events at the same /graphql endpoint (send `Accept: text/event-stream`).
 * Events come from this server's ingestArticle mutation, once the article is durably stored: a duplicate
 * or a failed write announces nothing, nor does an article added by another process (`kg ingest`).
 */
export type SubscriptionFactAddedArgs = {
  involving?: InputMaybe<Array<Scalars['String']['input']>>;
  types?: InputMaybe<Array<RelationType>>;
};

/** A timeline: a page of groups of facts (`totalCount` counts groups, `factCount` facts). */
export type TimelineConnection = {
  __typename?: 'TimelineConnection';
  edges: Array<TimelineEdge>;
  /** Facts in the whole timeline, across every group. */
  factCount: Scalars['Int']['output'];
  nodes: Array<TimelineGroup>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type TimelineEdge = {
  __typename?: 'TimelineEdge';
  cursor: Scalars['String']['output'];
  node: TimelineGroup;
};

/** The facts of a timeline that share a day and an event. */
export type TimelineGroup = {
  __typename?: 'TimelineGroup';
  /** The day of the facts (their `factDate` cut to the day: 2022-09-15, or 2022-09 for a month); null for undated facts. */
  date: Maybe<Scalars['String']['output']>;
  /** The event the facts belong to (a meeting's event, or the Event at one end); null for the day's other facts. */
  event: Maybe<Entity>;
  /** The facts, by `factDate` and id, each with its evidence. */
  facts: Array<Relation>;
};



export type ResolverTypeWrapper<T> = Promise<T> | T;


export type ResolverWithResolve<TResult, TParent, TContext, TArgs> = {
  resolve: ResolverFn<TResult, TParent, TContext, TArgs>;
};
export type Resolver<TResult, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = ResolverFn<TResult, TParent, TContext, TArgs> | ResolverWithResolve<TResult, TParent, TContext, TArgs>;

export type ResolverFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => Promise<TResult> | TResult;

export type SubscriptionSubscribeFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => AsyncIterable<TResult> | Promise<AsyncIterable<TResult>>;

export type SubscriptionResolveFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;

export interface SubscriptionSubscriberObject<TResult, TKey extends string, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<{ [key in TKey]: TResult }, TParent, TContext, TArgs>;
  resolve?: SubscriptionResolveFn<TResult, { [key in TKey]: TResult }, TContext, TArgs>;
}

export interface SubscriptionResolverObject<TResult, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<any, TParent, TContext, TArgs>;
  resolve: SubscriptionResolveFn<TResult, any, TContext, TArgs>;
}

export type SubscriptionObject<TResult, TKey extends string, TParent, TContext, TArgs> =
  | SubscriptionSubscriberObject<TResult, TKey, TParent, TContext, TArgs>
  | SubscriptionResolverObject<TResult, TParent, TContext, TArgs>;

export type SubscriptionResolver<TResult, TKey extends string, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> =
  | ((...args: any[]) => SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>)
  | SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>;

export type TypeResolveFn<TTypes, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (
  parent: TParent,
  context: TContext,
  info: GraphQLResolveInfo
) => Maybe<TTypes> | Promise<Maybe<TTypes>>;

export type IsTypeOfResolverFn<T = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (obj: T, context: TContext, info: GraphQLResolveInfo) => boolean | Promise<boolean>;

export type NextResolverFn<T> = () => Promise<T>;

export type DirectiveResolverFn<TResult = Record<PropertyKey, never>, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = (
  next: NextResolverFn<TResult>,
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;



/** Mapping of union types */
export type ResolversUnionTypes<_RefType extends Record<string, unknown>> = {
  SearchResult:
    | ( EntityHead )
    | ( EntityHead )
    | ( EntityHead )
    | ( EntityHead )
    | ( EntityHead )
    | ( StatementRecord )
  ;
};


/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = {
  Article: ResolverTypeWrapper<ArticleRecord>;
  ArticleConnection: ResolverTypeWrapper<ArticleConnectionParent>;
  ArticleEdge: ResolverTypeWrapper<ArticleEdgeParent>;
  ArticleIngestedEvent: ResolverTypeWrapper<ArticleIngestedParent>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  Centrality: ResolverTypeWrapper<Centrality>;
  CentralityConnection: ResolverTypeWrapper<CentralityConnectionParent>;
  CentralityEdge: ResolverTypeWrapper<CentralityEdgeParent>;
  CentralityMeasure: CentralityMeasure;
  Community: ResolverTypeWrapper<CommunityParent>;
  CommunityConnection: ResolverTypeWrapper<CommunityConnectionParent>;
  CommunityEdge: ResolverTypeWrapper<CommunityEdgeParent>;
  CorrectedEntity: ResolverTypeWrapper<CorrectedEntity>;
  CorrectedRelation: ResolverTypeWrapper<CorrectedRelation>;
  Correction: ResolverTypeWrapper<CorrectionParent>;
  CorrectionConnection: ResolverTypeWrapper<CorrectionConnectionParent>;
  CorrectionEdge: ResolverTypeWrapper<CorrectionEdgeParent>;
  CorrectionKind: null;
  Country: ResolverTypeWrapper<EntityHead>;
  DateRange: ResolverTypeWrapper<DateRange>;
  DeleteResult: ResolverTypeWrapper<DeleteResultParent>;
  Direction: Direction;
  Entity: ResolverTypeWrapper<EntityHead>;
  EntityConnection: ResolverTypeWrapper<EntityConnectionParent>;
  EntityEdge: ResolverTypeWrapper<EntityEdgeParent>;
  EntityLabel: null;
  Event: ResolverTypeWrapper<EntityHead>;
  Evidence: ResolverTypeWrapper<EvidenceRecord>;
  EvidenceConnection: ResolverTypeWrapper<EvidenceConnectionParent>;
  EvidenceEdge: ResolverTypeWrapper<EvidenceEdgeParent>;
  ExportFormat: ExportFormat;
  Float: ResolverTypeWrapper<Scalars['Float']['output']>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  IngestArticleInput: IngestArticleInput;
  IngestResult: ResolverTypeWrapper<IngestResultParent>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  LabelCount: ResolverTypeWrapper<LabelCount>;
  Meeting: ResolverTypeWrapper<MeetingParent>;
  MeetingConnection: ResolverTypeWrapper<MeetingConnectionParent>;
  MeetingEdge: ResolverTypeWrapper<MeetingEdgeParent>;
  Mention: ResolverTypeWrapper<MentionRecord>;
  MentionConnection: ResolverTypeWrapper<MentionConnectionParent>;
  MentionEdge: ResolverTypeWrapper<MentionEdgeParent>;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  NewEntityInput: NewEntityInput;
  Organization: ResolverTypeWrapper<EntityHead>;
  PageInfo: ResolverTypeWrapper<PageInfoParent>;
  Person: ResolverTypeWrapper<EntityHead>;
  Place: ResolverTypeWrapper<EntityHead>;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  RelatedConnection: ResolverTypeWrapper<RelatedConnectionParent>;
  RelatedEdge: ResolverTypeWrapper<RelatedEdgeParent>;
  Relation: ResolverTypeWrapper<RelationHead>;
  RelationConnection: ResolverTypeWrapper<RelationConnectionParent>;
  RelationEdge: ResolverTypeWrapper<RelationEdgeParent>;
  RelationType: RelationType;
  RelationTypeCount: ResolverTypeWrapper<RelationTypeCount>;
  SearchConnection: ResolverTypeWrapper<SearchConnectionParent>;
  SearchEdge: ResolverTypeWrapper<SearchEdgeParent>;
  SearchResult: ResolverTypeWrapper<ResolversUnionTypes<ResolversTypes>['SearchResult']>;
  Statement: ResolverTypeWrapper<StatementRecord>;
  StatementConnection: ResolverTypeWrapper<StatementConnectionParent>;
  StatementEdge: ResolverTypeWrapper<StatementEdgeParent>;
  StatementKind: null;
  Stats: ResolverTypeWrapper<StatsParent>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  Subgraph: ResolverTypeWrapper<SubgraphParent>;
  Subscription: ResolverTypeWrapper<Record<PropertyKey, never>>;
  TimelineConnection: ResolverTypeWrapper<TimelineConnectionParent>;
  TimelineEdge: ResolverTypeWrapper<TimelineEdgeParent>;
  TimelineGroup: ResolverTypeWrapper<TimelineGroupParent>;
};

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = {
  Article: ArticleRecord;
  ArticleConnection: ArticleConnectionParent;
  ArticleEdge: ArticleEdgeParent;
  ArticleIngestedEvent: ArticleIngestedParent;
  Boolean: Scalars['Boolean']['output'];
  Centrality: Centrality;
  CentralityConnection: CentralityConnectionParent;
  CentralityEdge: CentralityEdgeParent;
  Community: CommunityParent;
  CommunityConnection: CommunityConnectionParent;
  CommunityEdge: CommunityEdgeParent;
  CorrectedEntity: CorrectedEntity;
  CorrectedRelation: CorrectedRelation;
  Correction: CorrectionParent;
  CorrectionConnection: CorrectionConnectionParent;
  CorrectionEdge: CorrectionEdgeParent;
  Country: EntityHead;
  DateRange: DateRange;
  DeleteResult: DeleteResultParent;
  Entity: EntityHead;
  EntityConnection: EntityConnectionParent;
  EntityEdge: EntityEdgeParent;
  Event: EntityHead;
  Evidence: EvidenceRecord;
  EvidenceConnection: EvidenceConnectionParent;
  EvidenceEdge: EvidenceEdgeParent;
  Float: Scalars['Float']['output'];
  ID: Scalars['ID']['output'];
  IngestArticleInput: IngestArticleInput;
  IngestResult: IngestResultParent;
  Int: Scalars['Int']['output'];
  LabelCount: LabelCount;
  Meeting: MeetingParent;
  MeetingConnection: MeetingConnectionParent;
  MeetingEdge: MeetingEdgeParent;
  Mention: MentionRecord;
  MentionConnection: MentionConnectionParent;
  MentionEdge: MentionEdgeParent;
  Mutation: Record<PropertyKey, never>;
  NewEntityInput: NewEntityInput;
  Organization: EntityHead;
  PageInfo: PageInfoParent;
  Person: EntityHead;
  Place: EntityHead;
  Query: Record<PropertyKey, never>;
  RelatedConnection: RelatedConnectionParent;
  RelatedEdge: RelatedEdgeParent;
  Relation: RelationHead;
  RelationConnection: RelationConnectionParent;
  RelationEdge: RelationEdgeParent;
  RelationTypeCount: RelationTypeCount;
  SearchConnection: SearchConnectionParent;
  SearchEdge: SearchEdgeParent;
  SearchResult: ResolversUnionTypes<ResolversParentTypes>['SearchResult'];
  Statement: StatementRecord;
  StatementConnection: StatementConnectionParent;
  StatementEdge: StatementEdgeParent;
  Stats: StatsParent;
  String: Scalars['String']['output'];
  Subgraph: SubgraphParent;
  Subscription: Record<PropertyKey, never>;
  TimelineConnection: TimelineConnectionParent;
  TimelineEdge: TimelineEdgeParent;
  TimelineGroup: TimelineGroupParent;
};

export type ArticleResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Article'] = ResolversParentTypes['Article']> = {
  entities?: Resolver<ResolversTypes['EntityConnection'], ParentType, ContextType, Partial<ArticleEntitiesArgs>>;
  heading?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  length?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  path?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  publishedAt?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  relations?: Resolver<ResolversTypes['RelationConnection'], ParentType, ContextType, RequireFields<ArticleRelationsArgs, 'includeHedged'>>;
  source?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  statements?: Resolver<ResolversTypes['StatementConnection'], ParentType, ContextType, Partial<ArticleStatementsArgs>>;
  title?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  url?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type ArticleConnectionResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['ArticleConnection'] = ResolversParentTypes['ArticleConnection']> = {
  edges?: Resolver<Array<ResolversTypes['ArticleEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['Article']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type ArticleEdgeResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['ArticleEdge'] = ResolversParentTypes['ArticleEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Article'], ParentType, ContextType>;
};

export type ArticleIngestedEventResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['ArticleIngestedEvent'] = ResolversParentTypes['ArticleIngestedEvent']> = {
  article?: Resolver<ResolversTypes['Article'], ParentType, ContextType>;
  edgesAdded?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  nodesAdded?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  statementsAdded?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type CentralityResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Centrality'] = ResolversParentTypes['Centrality']> = {
  community?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  degree?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  pageRank?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
};

export type CentralityConnectionResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['CentralityConnection'] = ResolversParentTypes['CentralityConnection']> = {
  edges?: Resolver<Array<ResolversTypes['CentralityEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['Entity']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type CentralityEdgeResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['CentralityEdge'] = ResolversParentTypes['CentralityEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  degree?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Entity'], ParentType, ContextType>;
  pageRank?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  score?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
};

export type CommunityResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Community'] = ResolversParentTypes['Community']> = {
  id?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  members?: Resolver<ResolversTypes['EntityConnection'], ParentType, ContextType, Partial<CommunityMembersArgs>>;
  size?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type CommunityConnectionResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['CommunityConnection'] = ResolversParentTypes['CommunityConnection']> = {
  edges?: Resolver<Array<ResolversTypes['CommunityEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['Community']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type CommunityEdgeResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['CommunityEdge'] = ResolversParentTypes['CommunityEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Community'], ParentType, ContextType>;
};

export type CorrectedEntityResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['CorrectedEntity'] = ResolversParentTypes['CorrectedEntity']> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  label?: Resolver<ResolversTypes['EntityLabel'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type CorrectedRelationResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['CorrectedRelation'] = ResolversParentTypes['CorrectedRelation']> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  sourceId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  targetId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  type?: Resolver<ResolversTypes['RelationType'], ParentType, ContextType>;
};

export type CorrectionResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Correction'] = ResolversParentTypes['Correction']> = {
  alias?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  at?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  entity?: Resolver<Maybe<ResolversTypes['CorrectedEntity']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  into?: Resolver<Maybe<ResolversTypes['CorrectedEntity']>, ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['CorrectionKind'], ParentType, ContextType>;
  label?: Resolver<Maybe<ResolversTypes['EntityLabel']>, ParentType, ContextType>;
  name?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  newEntity?: Resolver<Maybe<ResolversTypes['CorrectedEntity']>, ParentType, ContextType>;
  reason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  relation?: Resolver<Maybe<ResolversTypes['CorrectedRelation']>, ParentType, ContextType>;
  result?: Resolver<Maybe<ResolversTypes['CorrectedEntity']>, ParentType, ContextType>;
  undone?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  undoneAt?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  undoneBy?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  who?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type CorrectionConnectionResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['CorrectionConnection'] = ResolversParentTypes['CorrectionConnection']> = {
  edges?: Resolver<Array<ResolversTypes['CorrectionEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['Correction']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type CorrectionEdgeResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['CorrectionEdge'] = ResolversParentTypes['CorrectionEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Correction'], ParentType, ContextType>;
};

export type CorrectionKindResolvers = { CONFIRM_RELATION: 'confirmRelation', MERGE_ENTITIES: 'mergeEntities', REJECT_RELATION: 'rejectRelation', RELABEL_ENTITY: 'relabelEntity', RENAME_ENTITY: 'renameEntity', SPLIT_ALIAS: 'splitAlias' };

export type CountryResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Country'] = ResolversParentTypes['Country']> = {
  aliases?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  articles?: Resolver<ResolversTypes['ArticleConnection'], ParentType, ContextType, Partial<CountryArticlesArgs>>;
  centrality?: Resolver<ResolversTypes['Centrality'], ParentType, ContextType>;
  code?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  label?: Resolver<ResolversTypes['EntityLabel'], ParentType, ContextType>;
  leaders?: Resolver<ResolversTypes['RelatedConnection'], ParentType, ContextType, Partial<CountryLeadersArgs>>;
  memberOf?: Resolver<ResolversTypes['RelatedConnection'], ParentType, ContextType, Partial<CountryMemberOfArgs>>;
  mentionCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  mentions?: Resolver<ResolversTypes['MentionConnection'], ParentType, ContextType, Partial<CountryMentionsArgs>>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  opposedBy?: Resolver<ResolversTypes['RelatedConnection'], ParentType, ContextType, Partial<CountryOpposedByArgs>>;
  opposes?: Resolver<ResolversTypes['RelatedConnection'], ParentType, ContextType, Partial<CountryOpposesArgs>>;
  relations?: Resolver<ResolversTypes['RelatedConnection'], ParentType, ContextType, RequireFields<CountryRelationsArgs, 'direction' | 'includeHedged'>>;
  sanctionedBy?: Resolver<ResolversTypes['RelatedConnection'], ParentType, ContextType, Partial<CountrySanctionedByArgs>>;
  sanctions?: Resolver<ResolversTypes['RelatedConnection'], ParentType, ContextType, Partial<CountrySanctionsArgs>>;
  statementsAbout?: Resolver<ResolversTypes['StatementConnection'], ParentType, ContextType, Partial<CountryStatementsAboutArgs>>;
  supportedBy?: Resolver<ResolversTypes['RelatedConnection'], ParentType, ContextType, Partial<CountrySupportedByArgs>>;
  supports?: Resolver<ResolversTypes['RelatedConnection'], ParentType, ContextType, Partial<CountrySupportsArgs>>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type DateRangeResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['DateRange'] = ResolversParentTypes['DateRange']> = {
  earliest?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  latest?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type DeleteResultResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['DeleteResult'] = ResolversParentTypes['DeleteResult']> = {
  article?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  edgesRemoved?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  found?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  nodesRemoved?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  statementsRemoved?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type EntityResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Entity'] = ResolversParentTypes['Entity']> = {
  __resolveType: TypeResolveFn<'Country' | 'Event' | 'Organization' | 'Person' | 'Place', ParentType, ContextType>;
};

export type EntityConnectionResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['EntityConnection'] = ResolversParentTypes['EntityConnection']> = {
  edges?: Resolver<Array<ResolversTypes['EntityEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['Entity']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type EntityEdgeResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['EntityEdge'] = ResolversParentTypes['EntityEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Entity'], ParentType, ContextType>;
};

export type EntityLabelResolvers = { COUNTRY: 'Country', EVENT: 'Event', ORGANIZATION: 'Organization', PERSON: 'Person', PLACE: 'Place' };

export type EventResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Event'] = ResolversParentTypes['Event']> = {
  aliases?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  articles?: Resolver<ResolversTypes['ArticleConnection'], ParentType, ContextType, Partial<EventArticlesArgs>>;
  centrality?: Resolver<ResolversTypes['Centrality'], ParentType, ContextType>;
  date?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  label?: Resolver<ResolversTypes['EntityLabel'], ParentType, ContextType>;
  mentionCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  mentions?: Resolver<ResolversTypes['MentionConnection'], ParentType, ContextType, Partial<EventMentionsArgs>>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  opposedBy?: Resolver<ResolversTypes['RelatedConnection'], ParentType, ContextType, Partial<EventOpposedByArgs>>;
  opposes?: Resolver<ResolversTypes['RelatedConnection'], ParentType, ContextType, Partial<EventOpposesArgs>>;
  participants?: Resolver<ResolversTypes['RelatedConnection'], ParentType, ContextType, Partial<EventParticipantsArgs>>;
  place?: Resolver<Maybe<ResolversTypes['Entity']>, ParentType, ContextType>;
  relations?: Resolver<ResolversTypes['RelatedConnection'], ParentType, ContextType, RequireFields<EventRelationsArgs, 'direction' | 'includeHedged'>>;
  sanctionedBy?: Resolver<ResolversTypes['RelatedConnection'], ParentType, ContextType, Partial<EventSanctionedByArgs>>;
  sanctions?: Resolver<ResolversTypes['RelatedConnection'], ParentType, ContextType, Partial<EventSanctionsArgs>>;
  statements?: Resolver<ResolversTypes['StatementConnection'], ParentType, ContextType, Partial<EventStatementsArgs>>;
  statementsAbout?: Resolver<ResolversTypes['StatementConnection'], ParentType, ContextType, Partial<EventStatementsAboutArgs>>;
  supportedBy?: Resolver<ResolversTypes['RelatedConnection'], ParentType, ContextType, Partial<EventSupportedByArgs>>;
  supports?: Resolver<ResolversTypes['RelatedConnection'], ParentType, ContextType, Partial<EventSupportsArgs>>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type EvidenceResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Evidence'] = ResolversParentTypes['Evidence']> = {
  article?: Resolver<ResolversTypes['Article'], ParentType, ContextType>;
  confidence?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  date?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  end?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  hedged?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  negated?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  quote?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  sentence?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  start?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type EvidenceConnectionResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['EvidenceConnection'] = ResolversParentTypes['EvidenceConnection']> = {
  edges?: Resolver<Array<ResolversTypes['EvidenceEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['Evidence']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type EvidenceEdgeResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['EvidenceEdge'] = ResolversParentTypes['EvidenceEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Evidence'], ParentType, ContextType>;
};

export type IngestResultResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['IngestResult'] = ResolversParentTypes['IngestResult']> = {
  article?: Resolver<ResolversTypes['Article'], ParentType, ContextType>;
  duplicate?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  edgesAdded?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  entities?: Resolver<Array<ResolversTypes['Entity']>, ParentType, ContextType>;
  nodesAdded?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  relations?: Resolver<Array<ResolversTypes['Relation']>, ParentType, ContextType>;
  statementsAdded?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type LabelCountResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['LabelCount'] = ResolversParentTypes['LabelCount']> = {
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  label?: Resolver<ResolversTypes['EntityLabel'], ParentType, ContextType>;
};

export type MeetingResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Meeting'] = ResolversParentTypes['Meeting']> = {
  date?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  event?: Resolver<Maybe<ResolversTypes['Entity']>, ParentType, ContextType>;
  place?: Resolver<Maybe<ResolversTypes['Entity']>, ParentType, ContextType>;
  relation?: Resolver<ResolversTypes['Relation'], ParentType, ContextType>;
  with?: Resolver<ResolversTypes['Entity'], ParentType, ContextType>;
};

export type MeetingConnectionResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['MeetingConnection'] = ResolversParentTypes['MeetingConnection']> = {
  edges?: Resolver<Array<ResolversTypes['MeetingEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['Meeting']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type MeetingEdgeResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['MeetingEdge'] = ResolversParentTypes['MeetingEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Meeting'], ParentType, ContextType>;
};

export type MentionResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Mention'] = ResolversParentTypes['Mention']> = {
  article?: Resolver<ResolversTypes['Article'], ParentType, ContextType>;
  end?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  start?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  surface?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  text?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type MentionConnectionResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['MentionConnection'] = ResolversParentTypes['MentionConnection']> = {
  edges?: Resolver<Array<ResolversTypes['MentionEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['Mention']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type MentionEdgeResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['MentionEdge'] = ResolversParentTypes['MentionEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Mention'], ParentType, ContextType>;
};

export type MutationResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = {
  confirmRelation?: Resolver<ResolversTypes['Correction'], ParentType, ContextType, RequireFields<MutationConfirmRelationArgs, 'relation'>>;
  deleteArticle?: Resolver<ResolversTypes['DeleteResult'], ParentType, ContextType, RequireFields<MutationDeleteArticleArgs, 'id'>>;
  ingestArticle?: Resolver<ResolversTypes['IngestResult'], ParentType, ContextType, RequireFields<MutationIngestArticleArgs, 'input'>>;
  mergeEntities?: Resolver<ResolversTypes['Correction'], ParentType, ContextType, RequireFields<MutationMergeEntitiesArgs, 'from' | 'into'>>;
  rejectRelation?: Resolver<ResolversTypes['Correction'], ParentType, ContextType, RequireFields<MutationRejectRelationArgs, 'reason' | 'relation'>>;
  relabelEntity?: Resolver<ResolversTypes['Correction'], ParentType, ContextType, RequireFields<MutationRelabelEntityArgs, 'entity' | 'label'>>;
  renameEntity?: Resolver<ResolversTypes['Correction'], ParentType, ContextType, RequireFields<MutationRenameEntityArgs, 'entity' | 'name'>>;
  splitAlias?: Resolver<ResolversTypes['Correction'], ParentType, ContextType, RequireFields<MutationSplitAliasArgs, 'alias' | 'entity' | 'newEntity'>>;
  undoCorrection?: Resolver<ResolversTypes['Correction'], ParentType, ContextType, RequireFields<MutationUndoCorrectionArgs, 'id'>>;
};

export type OrganizationResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Organization'] = ResolversParentTypes['Organization']> = {
  aliases?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  articles?: Resolver<ResolversTypes['ArticleConnection'], ParentType, ContextType, Partial<OrganizationArticlesArgs>>;
  centrality?: Resolver<ResolversTypes['Centrality'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  label?: Resolver<ResolversTypes['EntityLabel'], ParentType, ContextType>;
  leaders?: Resolver<ResolversTypes['RelatedConnection'], ParentType, ContextType, Partial<OrganizationLeadersArgs>>;
  memberOf?: Resolver<ResolversTypes['RelatedConnection'], ParentType, ContextType, Partial<OrganizationMemberOfArgs>>;
  members?: Resolver<ResolversTypes['RelatedConnection'], ParentType, ContextType, Partial<OrganizationMembersArgs>>;
  mentionCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  mentions?: Resolver<ResolversTypes['MentionConnection'], ParentType, ContextType, Partial<OrganizationMentionsArgs>>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  opposedBy?: Resolver<ResolversTypes['RelatedConnection'], ParentType, ContextType, Partial<OrganizationOpposedByArgs>>;
  opposes?: Resolver<ResolversTypes['RelatedConnection'], ParentType, ContextType, Partial<OrganizationOpposesArgs>>;
  relations?: Resolver<ResolversTypes['RelatedConnection'], ParentType, ContextType, RequireFields<OrganizationRelationsArgs, 'direction' | 'includeHedged'>>;
  sanctionedBy?: Resolver<ResolversTypes['RelatedConnection'], ParentType, ContextType, Partial<OrganizationSanctionedByArgs>>;
  sanctions?: Resolver<ResolversTypes['RelatedConnection'], ParentType, ContextType, Partial<OrganizationSanctionsArgs>>;
  statements?: Resolver<ResolversTypes['StatementConnection'], ParentType, ContextType, Partial<OrganizationStatementsArgs>>;
  statementsAbout?: Resolver<ResolversTypes['StatementConnection'], ParentType, ContextType, Partial<OrganizationStatementsAboutArgs>>;
  supportedBy?: Resolver<ResolversTypes['RelatedConnection'], ParentType, ContextType, Partial<OrganizationSupportedByArgs>>;
  supports?: Resolver<ResolversTypes['RelatedConnection'], ParentType, ContextType, Partial<OrganizationSupportsArgs>>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type PageInfoResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['PageInfo'] = ResolversParentTypes['PageInfo']> = {
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  hasPreviousPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  startCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type PersonResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Person'] = ResolversParentTypes['Person']> = {
  affiliations?: Resolver<ResolversTypes['RelatedConnection'], ParentType, ContextType, Partial<PersonAffiliationsArgs>>;
  aliases?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  articles?: Resolver<ResolversTypes['ArticleConnection'], ParentType, ContextType, Partial<PersonArticlesArgs>>;
  centrality?: Resolver<ResolversTypes['Centrality'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  label?: Resolver<ResolversTypes['EntityLabel'], ParentType, ContextType>;
  leaderOf?: Resolver<ResolversTypes['RelatedConnection'], ParentType, ContextType, Partial<PersonLeaderOfArgs>>;
  meetings?: Resolver<ResolversTypes['MeetingConnection'], ParentType, ContextType, Partial<PersonMeetingsArgs>>;
  mentionCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  mentions?: Resolver<ResolversTypes['MentionConnection'], ParentType, ContextType, Partial<PersonMentionsArgs>>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  opposedBy?: Resolver<ResolversTypes['RelatedConnection'], ParentType, ContextType, Partial<PersonOpposedByArgs>>;
  opposes?: Resolver<ResolversTypes['RelatedConnection'], ParentType, ContextType, Partial<PersonOpposesArgs>>;
  participatedIn?: Resolver<ResolversTypes['RelatedConnection'], ParentType, ContextType, Partial<PersonParticipatedInArgs>>;
  relations?: Resolver<ResolversTypes['RelatedConnection'], ParentType, ContextType, RequireFields<PersonRelationsArgs, 'direction' | 'includeHedged'>>;
  roles?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  sanctionedBy?: Resolver<ResolversTypes['RelatedConnection'], ParentType, ContextType, Partial<PersonSanctionedByArgs>>;
  sanctions?: Resolver<ResolversTypes['RelatedConnection'], ParentType, ContextType, Partial<PersonSanctionsArgs>>;
  statements?: Resolver<ResolversTypes['StatementConnection'], ParentType, ContextType, Partial<PersonStatementsArgs>>;
  statementsAbout?: Resolver<ResolversTypes['StatementConnection'], ParentType, ContextType, Partial<PersonStatementsAboutArgs>>;
  supportedBy?: Resolver<ResolversTypes['RelatedConnection'], ParentType, ContextType, Partial<PersonSupportedByArgs>>;
  supports?: Resolver<ResolversTypes['RelatedConnection'], ParentType, ContextType, Partial<PersonSupportsArgs>>;
  visited?: Resolver<ResolversTypes['RelatedConnection'], ParentType, ContextType, Partial<PersonVisitedArgs>>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type PlaceResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Place'] = ResolversParentTypes['Place']> = {
  aliases?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  articles?: Resolver<ResolversTypes['ArticleConnection'], ParentType, ContextType, Partial<PlaceArticlesArgs>>;
  centrality?: Resolver<ResolversTypes['Centrality'], ParentType, ContextType>;
  events?: Resolver<ResolversTypes['RelatedConnection'], ParentType, ContextType, Partial<PlaceEventsArgs>>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  label?: Resolver<ResolversTypes['EntityLabel'], ParentType, ContextType>;
  mentionCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  mentions?: Resolver<ResolversTypes['MentionConnection'], ParentType, ContextType, Partial<PlaceMentionsArgs>>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  opposedBy?: Resolver<ResolversTypes['RelatedConnection'], ParentType, ContextType, Partial<PlaceOpposedByArgs>>;
  opposes?: Resolver<ResolversTypes['RelatedConnection'], ParentType, ContextType, Partial<PlaceOpposesArgs>>;
  relations?: Resolver<ResolversTypes['RelatedConnection'], ParentType, ContextType, RequireFields<PlaceRelationsArgs, 'direction' | 'includeHedged'>>;
  sanctionedBy?: Resolver<ResolversTypes['RelatedConnection'], ParentType, ContextType, Partial<PlaceSanctionedByArgs>>;
  sanctions?: Resolver<ResolversTypes['RelatedConnection'], ParentType, ContextType, Partial<PlaceSanctionsArgs>>;
  statementsAbout?: Resolver<ResolversTypes['StatementConnection'], ParentType, ContextType, Partial<PlaceStatementsAboutArgs>>;
  supportedBy?: Resolver<ResolversTypes['RelatedConnection'], ParentType, ContextType, Partial<PlaceSupportedByArgs>>;
  supports?: Resolver<ResolversTypes['RelatedConnection'], ParentType, ContextType, Partial<PlaceSupportsArgs>>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type QueryResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = {
  article?: Resolver<Maybe<ResolversTypes['Article']>, ParentType, ContextType, RequireFields<QueryArticleArgs, 'id'>>;
  articles?: Resolver<ResolversTypes['ArticleConnection'], ParentType, ContextType, Partial<QueryArticlesArgs>>;
  between?: Resolver<ResolversTypes['RelationConnection'], ParentType, ContextType, RequireFields<QueryBetweenArgs, 'a' | 'b' | 'includeHedged' | 'includeNegated'>>;
  centralEntities?: Resolver<ResolversTypes['CentralityConnection'], ParentType, ContextType, RequireFields<QueryCentralEntitiesArgs, 'by'>>;
  commentators?: Resolver<Array<ResolversTypes['Statement']>, ParentType, ContextType, RequireFields<QueryCommentatorsArgs, 'includeParticipants' | 'minWords' | 'on'>>;
  communities?: Resolver<ResolversTypes['CommunityConnection'], ParentType, ContextType, RequireFields<QueryCommunitiesArgs, 'minSize'>>;
  corrections?: Resolver<ResolversTypes['CorrectionConnection'], ParentType, ContextType, Partial<QueryCorrectionsArgs>>;
  dateRange?: Resolver<Maybe<ResolversTypes['DateRange']>, ParentType, ContextType>;
  entities?: Resolver<ResolversTypes['EntityConnection'], ParentType, ContextType, Partial<QueryEntitiesArgs>>;
  entity?: Resolver<Maybe<ResolversTypes['Entity']>, ParentType, ContextType, RequireFields<QueryEntityArgs, 'id'>>;
  export?: Resolver<ResolversTypes['String'], ParentType, ContextType, RequireFields<QueryExportArgs, 'format' | 'hops'>>;
  matchEvent?: Resolver<Maybe<ResolversTypes['Event']>, ParentType, ContextType, RequireFields<QueryMatchEventArgs, 'text'>>;
  neighborhood?: Resolver<ResolversTypes['Subgraph'], ParentType, ContextType, RequireFields<QueryNeighborhoodArgs, 'hops' | 'id' | 'includeHedged' | 'limit'>>;
  path?: Resolver<Maybe<ResolversTypes['Subgraph']>, ParentType, ContextType, RequireFields<QueryPathArgs, 'from' | 'maxHops' | 'to'>>;
  relation?: Resolver<Maybe<ResolversTypes['Relation']>, ParentType, ContextType, RequireFields<QueryRelationArgs, 'id'>>;
  relations?: Resolver<ResolversTypes['RelationConnection'], ParentType, ContextType, RequireFields<QueryRelationsArgs, 'includeHedged' | 'includeNegated'>>;
  search?: Resolver<ResolversTypes['SearchConnection'], ParentType, ContextType, RequireFields<QuerySearchArgs, 'query'>>;
  statements?: Resolver<ResolversTypes['StatementConnection'], ParentType, ContextType, Partial<QueryStatementsArgs>>;
  stats?: Resolver<ResolversTypes['Stats'], ParentType, ContextType>;
  timeline?: Resolver<ResolversTypes['TimelineConnection'], ParentType, ContextType, RequireFields<QueryTimelineArgs, 'entity' | 'includeHedged' | 'includeNegated'>>;
};

export type RelatedConnectionResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['RelatedConnection'] = ResolversParentTypes['RelatedConnection']> = {
  edges?: Resolver<Array<ResolversTypes['RelatedEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['Entity']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type RelatedEdgeResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['RelatedEdge'] = ResolversParentTypes['RelatedEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Entity'], ParentType, ContextType>;
  relation?: Resolver<ResolversTypes['Relation'], ParentType, ContextType>;
};

export type RelationResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Relation'] = ResolversParentTypes['Relation']> = {
  confidence?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  confirmed?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  date?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  event?: Resolver<Maybe<ResolversTypes['Entity']>, ParentType, ContextType>;
  evidence?: Resolver<ResolversTypes['EvidenceConnection'], ParentType, ContextType, Partial<RelationEvidenceArgs>>;
  factDate?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hedged?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  negated?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  place?: Resolver<Maybe<ResolversTypes['Entity']>, ParentType, ContextType>;
  source?: Resolver<ResolversTypes['Entity'], ParentType, ContextType>;
  sourceId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  target?: Resolver<ResolversTypes['Entity'], ParentType, ContextType>;
  targetId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  type?: Resolver<ResolversTypes['RelationType'], ParentType, ContextType>;
  undirected?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type RelationConnectionResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['RelationConnection'] = ResolversParentTypes['RelationConnection']> = {
  edges?: Resolver<Array<ResolversTypes['RelationEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['Relation']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type RelationEdgeResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['RelationEdge'] = ResolversParentTypes['RelationEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Relation'], ParentType, ContextType>;
};

export type RelationTypeCountResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['RelationTypeCount'] = ResolversParentTypes['RelationTypeCount']> = {
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  type?: Resolver<ResolversTypes['RelationType'], ParentType, ContextType>;
};

export type SearchConnectionResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['SearchConnection'] = ResolversParentTypes['SearchConnection']> = {
  edges?: Resolver<Array<ResolversTypes['SearchEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['SearchResult']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type SearchEdgeResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['SearchEdge'] = ResolversParentTypes['SearchEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  matched?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['SearchResult'], ParentType, ContextType>;
  score?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
};

export type SearchResultResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['SearchResult'] = ResolversParentTypes['SearchResult']> = {
  __resolveType: TypeResolveFn<'Country' | 'Event' | 'Organization' | 'Person' | 'Place' | 'Statement', ParentType, ContextType>;
};

export type StatementResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Statement'] = ResolversParentTypes['Statement']> = {
  about?: Resolver<Maybe<ResolversTypes['Entity']>, ParentType, ContextType>;
  article?: Resolver<ResolversTypes['Article'], ParentType, ContextType>;
  end?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['StatementKind'], ParentType, ContextType>;
  quote?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  sentence?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  speaker?: Resolver<ResolversTypes['Entity'], ParentType, ContextType>;
  start?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type StatementConnectionResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['StatementConnection'] = ResolversParentTypes['StatementConnection']> = {
  edges?: Resolver<Array<ResolversTypes['StatementEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['Statement']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type StatementEdgeResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['StatementEdge'] = ResolversParentTypes['StatementEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Statement'], ParentType, ContextType>;
};

export type StatementKindResolvers = { DIRECT: 'direct', REPORTED: 'reported' };

export type StatsResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Stats'] = ResolversParentTypes['Stats']> = {
  articles?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  edges?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  edgesByType?: Resolver<Array<ResolversTypes['RelationTypeCount']>, ParentType, ContextType>;
  nodes?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  nodesByLabel?: Resolver<Array<ResolversTypes['LabelCount']>, ParentType, ContextType>;
  statements?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type SubgraphResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Subgraph'] = ResolversParentTypes['Subgraph']> = {
  edges?: Resolver<Array<ResolversTypes['Relation']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['Entity']>, ParentType, ContextType>;
};

export type SubscriptionResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Subscription'] = ResolversParentTypes['Subscription']> = {
  articleIngested?: SubscriptionResolver<ResolversTypes['ArticleIngestedEvent'], "articleIngested", ParentType, ContextType>;
  factAdded?: SubscriptionResolver<ResolversTypes['Relation'], "factAdded", ParentType, ContextType, Partial<SubscriptionFactAddedArgs>>;
};

export type TimelineConnectionResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['TimelineConnection'] = ResolversParentTypes['TimelineConnection']> = {
  edges?: Resolver<Array<ResolversTypes['TimelineEdge']>, ParentType, ContextType>;
  factCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['TimelineGroup']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type TimelineEdgeResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['TimelineEdge'] = ResolversParentTypes['TimelineEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['TimelineGroup'], ParentType, ContextType>;
};

export type TimelineGroupResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['TimelineGroup'] = ResolversParentTypes['TimelineGroup']> = {
  date?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  event?: Resolver<Maybe<ResolversTypes['Entity']>, ParentType, ContextType>;
  facts?: Resolver<Array<ResolversTypes['Relation']>, ParentType, ContextType>;
};

export type Resolvers<ContextType = GraphQLContext> = {
  Article?: ArticleResolvers<ContextType>;
  ArticleConnection?: ArticleConnectionResolvers<ContextType>;
  ArticleEdge?: ArticleEdgeResolvers<ContextType>;
  ArticleIngestedEvent?: ArticleIngestedEventResolvers<ContextType>;
  Centrality?: CentralityResolvers<ContextType>;
  CentralityConnection?: CentralityConnectionResolvers<ContextType>;
  CentralityEdge?: CentralityEdgeResolvers<ContextType>;
  Community?: CommunityResolvers<ContextType>;
  CommunityConnection?: CommunityConnectionResolvers<ContextType>;
  CommunityEdge?: CommunityEdgeResolvers<ContextType>;
  CorrectedEntity?: CorrectedEntityResolvers<ContextType>;
  CorrectedRelation?: CorrectedRelationResolvers<ContextType>;
  Correction?: CorrectionResolvers<ContextType>;
  CorrectionConnection?: CorrectionConnectionResolvers<ContextType>;
  CorrectionEdge?: CorrectionEdgeResolvers<ContextType>;
  CorrectionKind?: CorrectionKindResolvers;
  Country?: CountryResolvers<ContextType>;
  DateRange?: DateRangeResolvers<ContextType>;
  DeleteResult?: DeleteResultResolvers<ContextType>;
  Entity?: EntityResolvers<ContextType>;
  EntityConnection?: EntityConnectionResolvers<ContextType>;
  EntityEdge?: EntityEdgeResolvers<ContextType>;
  EntityLabel?: EntityLabelResolvers;
  Event?: EventResolvers<ContextType>;
  Evidence?: EvidenceResolvers<ContextType>;
  EvidenceConnection?: EvidenceConnectionResolvers<ContextType>;
  EvidenceEdge?: EvidenceEdgeResolvers<ContextType>;
  IngestResult?: IngestResultResolvers<ContextType>;
  LabelCount?: LabelCountResolvers<ContextType>;
  Meeting?: MeetingResolvers<ContextType>;
  MeetingConnection?: MeetingConnectionResolvers<ContextType>;
  MeetingEdge?: MeetingEdgeResolvers<ContextType>;
  Mention?: MentionResolvers<ContextType>;
  MentionConnection?: MentionConnectionResolvers<ContextType>;
  MentionEdge?: MentionEdgeResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
  Organization?: OrganizationResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  Person?: PersonResolvers<ContextType>;
  Place?: PlaceResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  RelatedConnection?: RelatedConnectionResolvers<ContextType>;
  RelatedEdge?: RelatedEdgeResolvers<ContextType>;
  Relation?: RelationResolvers<ContextType>;
  RelationConnection?: RelationConnectionResolvers<ContextType>;
  RelationEdge?: RelationEdgeResolvers<ContextType>;
  RelationTypeCount?: RelationTypeCountResolvers<ContextType>;
  SearchConnection?: SearchConnectionResolvers<ContextType>;
  SearchEdge?: SearchEdgeResolvers<ContextType>;
  SearchResult?: SearchResultResolvers<ContextType>;
  Statement?: StatementResolvers<ContextType>;
  StatementConnection?: StatementConnectionResolvers<ContextType>;
  StatementEdge?: StatementEdgeResolvers<ContextType>;
  StatementKind?: StatementKindResolvers;
  Stats?: StatsResolvers<ContextType>;
  Subgraph?: SubgraphResolvers<ContextType>;
  Subscription?: SubscriptionResolvers<ContextType>;
  TimelineConnection?: TimelineConnectionResolvers<ContextType>;
  TimelineEdge?: TimelineEdgeResolvers<ContextType>;
  TimelineGroup?: TimelineGroupResolvers<ContextType>;
};

