/**
 * The knowledge-graph model of ../shared/ONTOLOGY.md as typed records.
 *
 * Every record here is plain JSON-serialisable data: the extractor produces it, the stores keep it,
 * the GraphQL API serves it.
 */

/** The node labels of the ontology. */
export const ENTITY_LABELS = ['Person', 'Country', 'Organization', 'Event', 'Place'] as const;
export type EntityLabel = (typeof ENTITY_LABELS)[number];

/** The core edge types named in the mission. */
const CORE_RELATION_TYPES = ['MET_WITH', 'SAID', 'SUPPORTS', 'SANCTIONS'] as const;
/** The extended edge types expected from a good extractor. */
const EXTENDED_RELATION_TYPES = [
  'OPPOSES',
  'LEADER_OF',
  'MEMBER_OF',
  'AFFILIATED_WITH',
  'PARTICIPATED_IN',
  'VISITED',
  'HELD_IN',
] as const;
export const RELATION_TYPES = [...CORE_RELATION_TYPES, ...EXTENDED_RELATION_TYPES] as const;
export type RelationType = (typeof RELATION_TYPES)[number];

/** Relation types whose edges have no direction. */
export const UNDIRECTED_RELATION_TYPES: ReadonlySet<RelationType> = new Set<RelationType>(['MET_WITH']);

const labels = (...l: EntityLabel[]): ReadonlySet<EntityLabel> => new Set<EntityLabel>(l);
const PERSON = labels('Person');
const ACTOR = labels('Person', 'Country', 'Organization');
const ACTOR_OR_EVENT = labels('Person', 'Country', 'Organization', 'Event');
const STATE_OR_BODY = labels('Country', 'Organization');
const ORGANIZATION = labels('Organization');
const EVENT = labels('Event');
const LOCATION = labels('Country', 'Place');

/**
 * Which labels each relation type allows at its source and target (ONTOLOGY.md): the extractor only
 * emits edges that fit, and the stores reject those that do not, so a query for "who SANCTIONS whom"
 * never meets a Place imposing sanctions.
 */
export const RELATION_ENDS: Readonly<
  Record<RelationType, readonly [source: ReadonlySet<EntityLabel>, target: ReadonlySet<EntityLabel>]>
> = {
  MET_WITH: [PERSON, PERSON],
  SAID: [labels('Person', 'Organization'), labels('Person', 'Country', 'Organization', 'Event', 'Place')],
  SUPPORTS: [ACTOR, ACTOR_OR_EVENT],
  SANCTIONS: [STATE_OR_BODY, labels('Country', 'Organization', 'Person')],
  OPPOSES: [ACTOR, ACTOR_OR_EVENT],
  LEADER_OF: [PERSON, STATE_OR_BODY],
  MEMBER_OF: [ACTOR, ORGANIZATION],
  AFFILIATED_WITH: [PERSON, ORGANIZATION],
  PARTICIPATED_IN: [ACTOR, EVENT],
  VISITED: [PERSON, LOCATION],
  HELD_IN: [EVENT, LOCATION],
};

/** Whether a relation of the type may join an entity of the source label to one of the target label. */
export function allowsEnds(type: RelationType, source: EntityLabel, target: EntityLabel): boolean {
  const [sources, targets] = RELATION_ENDS[type];
  return sources.has(source) && targets.has(target);
}

/** Where an entity is mentioned: a span of one article's original text. */
export interface MentionRecord {
  /** Article id. */
  article: string;
  /** Character offsets into the article's original text, end exclusive. */
  start: number;
  end: number;
  /** The surface form as written (for a titled person, the name only: see `surface`). */
  text: string;
  /**
   * The whole written form when a title or honorific precedes the name ("U.S. President Donald Trump",
   * "Mr Putin"); start, end and text then cover the name only ("Donald Trump"), as news corpora annotate
   * names. The entity's aliases come from this form, so deleting an article takes back what it gave.
   * Absent when the mention is its name as written.
   */
  surface?: string;
}

/** A node of the graph. */
export interface EntityRecord {
  /** Stable id, derived from label and canonical name (see ids.ts). */
  id: string;
  label: EntityLabel;
  /** Canonical name: the fullest form, without titles. */
  name: string;
  /** Every other surface form seen, canonical name excluded. */
  aliases: string[];
  /** Every mention, across articles. */
  mentions: MentionRecord[];
  /** Number of mentions. */
  count: number;
  /** Events: ISO 8601 date at the precision the text gives (2022-09-15, 2022-09, 2022). */
  date?: string;
  /** Events: id of the Place or Country where it took place. */
  place?: string;
  /** People: role titles seen ("President", "associate research professor"). */
  roles?: string[];
  /** Countries: ISO 3166-1 alpha-3 code. */
  code?: string;
}

/** One piece of evidence for an edge: where a relation is stated. */
export interface EvidenceRecord {
  /** Article id. */
  article: string;
  /** The sentence that states the relation. */
  sentence: string;
  /** Offsets of the sentence in the article's original text, end exclusive. */
  start: number;
  end: number;
  /** The quoted words, for statements. */
  quote?: string;
  /** Confidence of this piece of evidence in [0, 1]. */
  confidence: number;
  /** ISO date of the article or of the event the evidence refers to. */
  date?: string;
  /** This evidence denies the fact. */
  negated?: boolean;
  /** This evidence only reports, expects or supposes the fact. */
  hedged?: boolean;
}

/** An edge of the graph: one fact, with all its evidence. */
export interface RelationRecord {
  /** Stable id, derived from type, source and target (see ids.ts). */
  id: string;
  type: RelationType;
  source: string;
  target: string;
  /** True for undirected types (MET_WITH). */
  undirected: boolean;
  evidence: EvidenceRecord[];
  /** Combined confidence of all evidence in [0, 1]; grows with independent evidence. */
  confidence: number;
  /** Every piece of evidence denies the fact; kept for provenance, never a plain fact. */
  negated?: boolean;
  /** No piece of evidence states the fact plainly: it is only reported, expected or supposed. */
  hedged?: boolean;
  /** A curator confirmed the fact (a confirmRelation correction, see corrections.ts); kept through merges. */
  confirmed?: boolean;
  /** MET_WITH: ISO date, place id and event id where known. */
  date?: string;
  place?: string;
  event?: string;
}

/** An article as ingested. */
export interface ArticleRecord {
  /** Stable id from the article's content hash. */
  id: string;
  title?: string;
  source?: string;
  url?: string;
  /** ISO date of publication, when known. */
  publishedAt?: string;
  /** File the article was read from, when it came from a file. */
  path?: string;
  /** Length of the original text in characters. */
  length: number;
}

/** A direct quotation or reported speech attributed to a speaker. */
export interface StatementRecord {
  /** Stable id from article and offsets. */
  id: string;
  /** Entity id of the speaker (Person or Organization). */
  speaker: string;
  /** The words said. */
  quote: string;
  /** The sentence that carries the statement. */
  sentence: string;
  article: string;
  /** Offsets of the quote in the article's original text, end exclusive. */
  start: number;
  end: number;
  /** Entity id the statement is about (an Event, else the entity it addresses). */
  about?: string;
  /** Direct quotation, or reported speech. */
  kind: 'direct' | 'reported';
}

/** Everything extracted from one article: the unit the stores ingest atomically. */
export interface ArticleGraph {
  article: ArticleRecord;
  entities: EntityRecord[];
  relations: RelationRecord[];
  statements: StatementRecord[];
}
