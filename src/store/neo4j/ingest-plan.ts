import {
  applyTally,
  distinctEvidence,
  distinctMentions,
  mergeEntities,
  mergeEntityFields,
  mergeRelationFields,
  mergeRelations,
  tallyEvidence,
} from '../../graph/merge.js';
import type {
  ArticleGraph,
  ArticleRecord,
  EntityRecord,
  EvidenceRecord,
  MentionRecord,
  RelationRecord,
  RelationType,
} from '../../graph/model.js';
import { StoreQueryError } from '../errors.js';
import type { IngestResult } from '../port.js';
import {
  articleProperties,
  entityProperties,
  evidenceProperties,
  mentionRows,
  relationProperties,
  statementProperties,
  type EvidenceBook,
  type MentionBook,
  type Properties,
} from './codec.js';

/**
 * Plans the writes of a batch of articles from what the store holds of the records they touch, so that
 * the store ends as it would after ingesting them one by one, and each article gets the result it
 * would have got alone. Pure: ../ingest.ts reads, calls planBatch, then runs the writes.
 *
 * An entity's mentions (an edge's evidence) are appended when its list is "normal": free of repeats
 * and of the new article, as every list the extractor makes is; then the merge that the embedded store
 * does (graph/merge.ts) equals appending the new, distinct ones, and the edge's confidence follows from
 * its stored tally. Otherwise (a record given with repeated spans, or naming another article) the
 * whole list is merged as mergeEntities/mergeRelations do and written anew.
 */

/** A node as the store holds it before the batch: its fields (mentions empty unless `mentions` is given). */
export interface StoredEntity {
  record: EntityRecord;
  book: MentionBook;
  /** The node's properties as read (the writes set only those that change). */
  props: Properties;
  /** The whole list, when read (for lists that are not normal). */
  mentions?: MentionRecord[];
}

/** An edge as the store holds it before the batch. */
export interface StoredRelation {
  record: RelationRecord;
  book: EvidenceBook;
  props: Properties;
  evidence?: EvidenceRecord[];
}

export interface BatchState {
  /** Articles already stored, by id. */
  articles: ReadonlyMap<string, ArticleRecord>;
  entities: ReadonlyMap<string, StoredEntity>;
  relations: ReadonlyMap<string, StoredRelation>;
  statements: ReadonlySet<string>;
}

interface BatchWrites {
  createEntities: { id: string; label: string; props: Properties }[];
  updateEntities: { id: string; props: Properties }[];
  rewriteMentionsOf: string[];
  createMentions: { from: string; entity: string; props: Properties }[];
  createRelations: { type: string; source: string; target: string; props: Properties }[];
  updateRelations: { id: string; type: RelationType; props: Properties }[];
  rewriteEvidenceOf: string[];
  createEvidence: { props: Properties }[];
  /** Statements new to the store, and statements written again. */
  createStatements: { id: string; props: Properties }[];
  statements: { id: string; props: Properties }[];
  articles: { id: string; props: Properties }[];
  /** Claimed articles that were refused (their claim is released). */
  refused: string[];
}

export interface BatchPlan {
  /** One per graph, in order: its result, or the error it would have thrown alone. */
  results: (IngestResult | Error)[];
  writes: BatchWrites;
}

function mentionKey(m: MentionRecord): string {
  return `${m.article}:${m.start}:${m.end}`;
}

function evidenceKey(e: EvidenceRecord): string {
  return `${e.article}:${e.start}:${e.end}:${e.quote ?? ''}`;
}

function distinctKeys<T>(items: readonly T[], key: (item: T) => string): boolean {
  return new Set(items.map(key)).size === items.length;
}

/**
 * The entities and edges of the batch whose whole stored list must be read before planning, besides
 * those stored as not normal: the ones an article names twice, or with mentions or evidence of another article.
 */
export function irregularRecords(graphs: readonly ArticleGraph[]): { entities: string[]; relations: string[] } {
  const entities = new Set<string>();
  const relations = new Set<string>();
  for (const { article, entities: es, relations: rs } of graphs) {
    const seenE = new Set<string>();
    for (const e of es) {
      if (seenE.has(e.id) || e.mentions.some((m) => m.article !== article.id)) entities.add(e.id);
      seenE.add(e.id);
    }
    const seenR = new Set<string>();
    for (const r of rs) {
      if (seenR.has(r.id) || r.evidence.some((e) => e.article !== article.id)) relations.add(r.id);
      seenR.add(r.id);
    }
  }
  return { entities: [...entities], relations: [...relations] };
}

function sameValue(a: unknown, b: unknown): boolean {
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((x, i) => x === b[i]);
  return a === b;
}

/**
 * The properties to set (`SET n += changes`) to turn `before` into `after`: those that differ, and null
 * for those to remove. Setting only what changes spares the server rewriting a hub's names (and its
 * full-text index entry) when an article only adds mentions.
 */
export function changes(before: Properties, after: Properties): Properties {
  const out: Properties = {};
  for (const [key, value] of Object.entries(after)) if (!sameValue(before[key], value)) out[key] = value;
  for (const key of Object.keys(before)) if (!(key in after)) out[key] = null;
  return out;
}

interface EntityState {
  record: EntityRecord;
  book: MentionBook;
  /** record.mentions is the whole list. */
  full: boolean;
  created: boolean;
  changed: boolean;
  rewrite: boolean;
  appended: { mention: MentionRecord; seq: number }[];
  touchedBy: Set<string>;
}

interface RelationState {
  record: RelationRecord;
  book: EvidenceBook;
  full: boolean;
  created: boolean;
  changed: boolean;
  rewrite: boolean;
  appended: { evidence: EvidenceRecord; seq: number }[];
  touchedBy: Set<string>;
}

class Planner {
  private readonly entities = new Map<string, EntityState>();
  private readonly relations = new Map<string, RelationState>();
  private readonly statements = new Map<string, Properties>();
  private readonly knownStatements: Set<string>;
  private readonly articles = new Map<string, ArticleRecord>();
  private readonly accepted: { id: string; props: Properties }[] = [];

  constructor(private readonly state: BatchState) {
    this.knownStatements = new Set(state.statements);
  }

  private entity(id: string): EntityState | undefined {
    let current = this.entities.get(id);
    const stored = this.state.entities.get(id);
    if (!current && stored) {
      const full = stored.mentions !== undefined;
      current = {
        record: { ...stored.record, mentions: stored.mentions ? [...stored.mentions] : [] },
        book: { ...stored.book },
        full,
        created: false,
        changed: false,
        rewrite: false,
        appended: [],
        touchedBy: new Set(),
      };
      this.entities.set(id, current);
    }
    return current;
  }

  private relation(id: string): RelationState | undefined {
    let current = this.relations.get(id);
    const stored = this.state.relations.get(id);
    if (!current && stored) {
      current = {
        record: { ...stored.record, evidence: stored.evidence ? [...stored.evidence] : [] },
        book: { ...stored.book, tally: { ...stored.book.tally } },
        full: stored.evidence !== undefined,
        created: false,
        changed: false,
        rewrite: false,
        appended: [],
        touchedBy: new Set(),
      };
      this.relations.set(id, current);
    }
    return current;
  }

  /** The error that ingesting the graph alone would throw, checked before anything of it is planned. */
  private refusal(graph: ArticleGraph): Error | undefined {
    const { article } = graph;
    const own = new Set(graph.entities.map((e) => e.id));
    for (const r of graph.relations) {
      if (!own.has(r.source) && !this.entity(r.source))
        return new StoreQueryError(`Relation ${r.id} of article ${article.id} names unknown source ${r.source}.`);
      if (!own.has(r.target) && !this.entity(r.target))
        return new StoreQueryError(`Relation ${r.id} of article ${article.id} names unknown target ${r.target}.`);
    }
    for (const e of graph.entities) {
      const foreign = e.mentions.find(
        (m) => m.article !== article.id && !this.articles.has(m.article) && !this.state.articles.has(m.article),
      );
      if (foreign) {
        return new StoreQueryError(
          `Entity ${e.id} of article ${article.id} has a mention in article ${foreign.article}, which the store does not hold; a mention belongs to a stored article.`,
        );
      }
    }
    return undefined;
  }

  add(graph: ArticleGraph): IngestResult | Error {
    const { article } = graph;
    const known = this.articles.get(article.id) ?? this.state.articles.get(article.id);
    if (known) return { article: known, duplicate: true, nodesAdded: 0, edgesAdded: 0, statementsAdded: 0 };
    const refusal = this.refusal(graph);
    if (refusal) return refusal;
    this.articles.set(article.id, article);
    let nodesAdded = 0;
    let edgesAdded = 0;
    let statementsAdded = 0;
    for (const entity of graph.entities) if (this.addEntity(entity, article.id)) nodesAdded += 1;
    for (const relation of graph.relations) if (this.addRelation(relation, article.id)) edgesAdded += 1;
    for (const statement of graph.statements) {
      if (!this.knownStatements.has(statement.id)) statementsAdded += 1;
      this.knownStatements.add(statement.id);
      this.statements.delete(statement.id);
      this.statements.set(statement.id, statementProperties(statement));
    }
    const contents = {
      entities: graph.entities.map((e) => e.id),
      relations: graph.relations.map((r) => r.id),
      statements: graph.statements.map((s) => s.id),
    };
    this.accepted.push({ id: article.id, props: articleProperties(article, contents) });
    return { article, duplicate: false, nodesAdded, edgesAdded, statementsAdded };
  }

  /** Plans one entity of an article; true when it is a new node. */
  private addEntity(entity: EntityRecord, article: string): boolean {
    const current = this.entity(entity.id);
    if (!current) {
      const normal = distinctKeys(entity.mentions, mentionKey) && entity.mentions.every((m) => m.article === article);
      this.entities.set(entity.id, {
        record: { ...entity, mentions: [...entity.mentions] },
        book: { count: entity.mentions.length, seq: entity.mentions.length, normal },
        full: true,
        created: true,
        changed: true,
        rewrite: false,
        appended: entity.mentions.map((mention, seq) => ({ mention, seq })),
        touchedBy: new Set([article]),
      });
      return true;
    }
    const appendable =
      current.book.normal && !current.touchedBy.has(article) && entity.mentions.every((m) => m.article === article);
    if (appendable) {
      const added = distinctMentions(entity.mentions);
      const merged = mergeEntityFields(current.record, entity);
      merged.mentions = current.full ? [...current.record.mentions, ...added] : [];
      for (const mention of added) current.appended.push({ mention, seq: current.book.seq++ });
      current.book.count += added.length;
      merged.count = current.book.count;
      current.record = merged;
    } else {
      if (!current.full)
        throw new Error(`Planning error: the mentions of ${entity.id} were not read before merging them whole.`);
      const merged = mergeEntities(current.record, entity);
      current.record = merged;
      current.book = { count: merged.mentions.length, seq: merged.mentions.length, normal: true };
      current.rewrite = true;
      current.appended = [];
    }
    current.changed = true;
    current.touchedBy.add(article);
    return false;
  }

  /** Plans one edge of an article; true when it is a new edge. */
  private addRelation(relation: RelationRecord, article: string): boolean {
    const current = this.relation(relation.id);
    if (!current) {
      const normal =
        distinctKeys(relation.evidence, evidenceKey) && relation.evidence.every((e) => e.article === article);
      this.relations.set(relation.id, {
        record: { ...relation, evidence: [...relation.evidence] },
        book: { tally: tallyEvidence(relation.evidence), seq: relation.evidence.length, normal },
        full: true,
        created: true,
        changed: true,
        rewrite: false,
        appended: relation.evidence.map((evidence, seq) => ({ evidence, seq })),
        touchedBy: new Set([article]),
      });
      return true;
    }
    const appendable =
      current.book.normal && !current.touchedBy.has(article) && relation.evidence.every((e) => e.article === article);
    if (appendable) {
      const added = distinctEvidence(relation.evidence);
      const merged = mergeRelationFields(current.record, relation);
      merged.evidence = current.full ? [...current.record.evidence, ...added] : [];
      for (const evidence of added) current.appended.push({ evidence, seq: current.book.seq++ });
      applyTally(merged, tallyEvidence(added, current.book.tally));
      current.record = merged;
    } else {
      if (!current.full)
        throw new Error(`Planning error: the evidence of ${relation.id} was not read before merging it whole.`);
      const merged = mergeRelations(current.record, relation);
      current.record = merged;
      current.book = { tally: tallyEvidence(merged.evidence), seq: merged.evidence.length, normal: true };
      current.rewrite = true;
      current.appended = [];
    }
    current.changed = true;
    current.touchedBy.add(article);
    return false;
  }

  writes(refused: string[]): BatchWrites {
    const w: BatchWrites = {
      createEntities: [],
      updateEntities: [],
      rewriteMentionsOf: [],
      createMentions: [],
      createRelations: [],
      updateRelations: [],
      rewriteEvidenceOf: [],
      createEvidence: [],
      createStatements: [...this.statements]
        .filter(([id]) => !this.state.statements.has(id))
        .map(([id, props]) => ({ id, props })),
      statements: [...this.statements]
        .filter(([id]) => this.state.statements.has(id))
        .map(([id, props]) => ({ id, props })),
      articles: this.accepted,
      refused,
    };
    for (const [id, s] of this.entities) {
      if (!s.changed) continue;
      const props = entityProperties(s.record, s.book);
      if (s.created) w.createEntities.push({ id, label: s.record.label, props });
      else w.updateEntities.push({ id, props: changes(this.state.entities.get(id)!.props, props) });
      const rows = s.rewrite ? s.record.mentions.map((mention, seq) => ({ mention, seq })) : s.appended;
      if (s.rewrite) w.rewriteMentionsOf.push(id);
      w.createMentions.push(...mentionRows(id, rows));
    }
    for (const [id, s] of this.relations) {
      if (!s.changed) continue;
      const { source, target } = s.record;
      const props = relationProperties(s.record, s.book);
      if (s.created) w.createRelations.push({ type: s.record.type, source, target, props });
      else
        w.updateRelations.push({ id, type: s.record.type, props: changes(this.state.relations.get(id)!.props, props) });
      const rows = s.rewrite ? s.record.evidence.map((evidence, seq) => ({ evidence, seq })) : s.appended;
      if (s.rewrite) w.rewriteEvidenceOf.push(id);
      for (const { evidence, seq } of rows)
        w.createEvidence.push({ props: evidenceProperties(evidence, s.record, seq) });
    }
    return w;
  }
}

/** Plans a batch: each graph in order against the stored state and the graphs before it. */
export function planBatch(graphs: readonly ArticleGraph[], state: BatchState): BatchPlan {
  const planner = new Planner(state);
  const results = graphs.map((graph) => planner.add(graph));
  const accepted = new Set(results.flatMap((r) => (r instanceof Error ? [] : [r.article.id])));
  const refused = graphs.map((g) => g.article.id).filter((id) => !accepted.has(id) && !state.articles.has(id));
  return { results, writes: planner.writes([...new Set(refused)]) };
}
