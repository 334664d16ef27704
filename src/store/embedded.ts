import { mkdir, open, readFile, rename } from 'node:fs/promises';
import { dirname } from 'node:path';
import type {
  ArticleGraph,
  ArticleRecord,
  EntityLabel,
  EntityRecord,
  RelationRecord,
  RelationType,
  StatementRecord,
} from '../graph/model.js';
import { ENTITY_LABELS, RELATION_TYPES } from '../graph/model.js';
import {
  applyTally,
  distinctEvidence,
  distinctMentions,
  entityWithoutArticle,
  mergeEntities,
  mergeEntityFields,
  mergeRelationFields,
  mergeRelations,
  tallyEvidence,
  withoutArticleEvidence,
  type EvidenceTally,
} from '../graph/merge.js';
import {
  buildKnowledgeGraph,
  createKnowledgeGraph,
  entityOf,
  putEntity,
  putRelation,
  relationOf,
  type KnowledgeGraph,
  type SerializedGraph,
} from '../graph/serialize.js';
import { foldText } from '../graph/text.js';
import { StoreFileError, StoreQueryError } from './errors.js';
import { compareStrings } from './order.js';
import { validateArticleGraph, validateDump } from './validate.js';
import { paginate } from './pagination.js';
import type {
  DeleteResult,
  Direction,
  EntityQuery,
  GraphDump,
  GraphStore,
  IngestResult,
  NeighborhoodQuery,
  Page,
  PageArgs,
  PathQuery,
  RelationQuery,
  StatementQuery,
  StoreStats,
  Subgraph,
} from './port.js';

/** Format tag of the embedded store's file. */
export const SNAPSHOT_FORMAT = 'newsgraph/1';

/** The embedded store's file: articles and statements beside the graphology export. */
export interface Snapshot {
  format: typeof SNAPSHOT_FORMAT;
  articles: ArticleRecord[];
  statements: StatementRecord[];
  graph: SerializedGraph;
}

export interface EmbeddedStoreOptions {
  /** File to persist to; none keeps the store in memory only. */
  path?: string;
}

interface ArticleIndex {
  entities: Set<string>;
  relations: Set<string>;
  statements: Set<string>;
}

/** Makes a rename in a folder durable (fsync of the folder; a no-op where folders cannot be opened). */
async function syncFolder(folder: string): Promise<void> {
  let handle;
  try {
    handle = await open(folder, 'r');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EISDIR' || (error as NodeJS.ErrnoException).code === 'EPERM') return;
    throw error;
  }
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}

function relationPasses(relation: RelationRecord, includeHedged: boolean, includeNegated: boolean): boolean {
  if (relation.negated) return includeNegated;
  if (relation.hedged) return includeHedged;
  return true;
}

function byArticleAndPosition(a: StatementRecord, b: StatementRecord): number {
  return compareStrings(a.article, b.article) || a.start - b.start || compareStrings(a.id, b.id);
}

/** An entity's name and aliases folded for search, with the values they were folded from. */
interface FoldedForms {
  name: string;
  aliases: readonly string[];
  forms: string[];
}

function searchRank(forms: readonly string[], folded: string): number {
  let best = 0;
  for (const f of forms) {
    if (f === folded) return 3;
    if (f.startsWith(`${folded} `) || f.endsWith(` ${folded}`) || f.includes(` ${folded} `)) best = Math.max(best, 2);
    else if (f.includes(folded)) best = Math.max(best, 1);
  }
  return best;
}

/**
 * The embedded store: a graphology multigraph in memory, persisted to one JSON file written
 * atomically (temporary file, then rename).
 */
export class EmbeddedStore implements GraphStore {
  readonly file: string | undefined;
  private graph: KnowledgeGraph = createKnowledgeGraph();
  private articleRecords = new Map<string, ArticleRecord>();
  private statementRecords = new Map<string, StatementRecord>();
  private articleIndex = new Map<string, ArticleIndex>();
  private dirty = false;
  /**
   * Nodes whose record came out of a merge or an article's removal here: mentions without repeats,
   * aliases without repeats or the name. A new article's mentions are appended to them in place.
   */
  private normalNodes = new Set<string>();
  /** Evidence tallies of edges whose evidence has no repeats; a new article's evidence updates them in place. */
  private tallies = new Map<string, EvidenceTally>();
  /**
   * Mention and evidence arrays this store made and has not handed out since, so they may grow in
   * place; any other is copied before it grows. Every read that returns records empties this set, so
   * that records already returned never change afterwards.
   */
  private owned = new WeakSet<object>();
  /**
   * Folded name and aliases per node for search. An entry holds while the node keeps the same name
   * and the same aliases array (merges and removals always put a new array).
   */
  private foldedForms = new Map<string, FoldedForms>();

  private constructor(options: EmbeddedStoreOptions) {
    this.file = options.path;
  }

  /** Opens a store, loading its file when the file exists. */
  static async open(options: EmbeddedStoreOptions = {}): Promise<EmbeddedStore> {
    const store = new EmbeddedStore(options);
    if (options.path) await store.readFile(options.path);
    return store;
  }

  private async readFile(path: string): Promise<void> {
    let text: string;
    try {
      text = await readFile(path, 'utf8');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return;
      throw new StoreFileError(`Cannot read the store file ${path}: ${(error as Error).message}. Check its permissions.`, {
        cause: error,
      });
    }
    let snapshot: Snapshot;
    try {
      snapshot = JSON.parse(text) as Snapshot;
    } catch (error) {
      throw new StoreFileError(
        `The store file ${path} is not valid JSON (${(error as Error).message}). Restore it from a backup or remove it to start empty.`,
        { cause: error },
      );
    }
    if (snapshot.format !== SNAPSHOT_FORMAT) {
      throw new StoreFileError(
        `The store file ${path} has format "${String(snapshot.format)}", expected "${SNAPSHOT_FORMAT}". Remove it or point KG_DATA elsewhere.`,
      );
    }
    this.replaceContent(snapshot);
  }

  private replaceContent(snapshot: Omit<Snapshot, 'format'>): void {
    this.graph = createKnowledgeGraph();
    this.graph.import(snapshot.graph);
    this.normalNodes = new Set();
    this.tallies = new Map();
    this.owned = new WeakSet();
    this.foldedForms = new Map();
    this.articleRecords = new Map(snapshot.articles.map((a) => [a.id, a]));
    this.statementRecords = new Map(snapshot.statements.map((s) => [s.id, s]));
    this.articleIndex = new Map(snapshot.articles.map((a) => [a.id, { entities: new Set(), relations: new Set(), statements: new Set() }]));
    this.graph.forEachNode((id, attributes) => {
      for (const m of attributes.mentions) this.indexOf(m.article).entities.add(id);
    });
    this.graph.forEachEdge((key, attributes) => {
      for (const e of attributes.evidence) this.indexOf(e.article).relations.add(key);
    });
    for (const s of this.statementRecords.values()) this.indexOf(s.article).statements.add(s.id);
  }

  private indexOf(article: string): ArticleIndex {
    let index = this.articleIndex.get(article);
    if (!index) {
      index = { entities: new Set(), relations: new Set(), statements: new Set() };
      this.articleIndex.set(article, index);
    }
    return index;
  }

  /** The whole content as a snapshot. */
  snapshot(): Snapshot {
    this.handOut();
    return this.contentSnapshot();
  }

  private contentSnapshot(): Snapshot {
    return {
      format: SNAPSHOT_FORMAT,
      articles: [...this.articleRecords.values()],
      statements: [...this.statementRecords.values()],
      graph: this.graph.export(),
    };
  }

  /** The live graphology graph (read-only use: analytics and exports). */
  get knowledgeGraph(): KnowledgeGraph {
    this.handOut();
    return this.graph;
  }

  /** Writes the store file if anything changed since the last write. */
  async flush(): Promise<void> {
    if (!this.file || !this.dirty) return;
    const path = this.file;
    const temporary = `${path}.${process.pid}.tmp`;
    await mkdir(dirname(path), { recursive: true });
    const file = await open(temporary, 'w');
    try {
      await file.writeFile(JSON.stringify(this.contentSnapshot()));
      await file.sync();
    } finally {
      await file.close();
    }
    await rename(temporary, path);
    await syncFolder(dirname(path));
    this.dirty = false;
  }

  async ingest(articleGraph: ArticleGraph): Promise<IngestResult> {
    validateArticleGraph(articleGraph);
    const { article } = articleGraph;
    if (this.articleRecords.has(article.id)) {
      return { article: this.articleRecords.get(article.id)!, duplicate: true, nodesAdded: 0, edgesAdded: 0, statementsAdded: 0 };
    }
    const known = new Set(articleGraph.entities.map((e) => e.id));
    for (const r of articleGraph.relations) {
      if (!known.has(r.source) && !this.graph.hasNode(r.source)) {
        throw new StoreQueryError(`Relation ${r.id} of article ${article.id} names unknown source ${r.source}.`);
      }
      if (!known.has(r.target) && !this.graph.hasNode(r.target)) {
        throw new StoreQueryError(`Relation ${r.id} of article ${article.id} names unknown target ${r.target}.`);
      }
    }
    const index = this.indexOf(article.id);
    let nodesAdded = 0;
    let edgesAdded = 0;
    let statementsAdded = 0;
    for (const entity of articleGraph.entities) {
      if (this.graph.hasNode(entity.id)) {
        const appendable =
          this.normalNodes.has(entity.id) && !index.entities.has(entity.id) && entity.mentions.every((m) => m.article === article.id);
        if (appendable) this.appendEntity(entity);
        else {
          putEntity(this.graph, mergeEntities(entityOf(this.graph, entity.id), entity));
          this.normalNodes.add(entity.id);
        }
      } else {
        this.normalNodes.delete(entity.id);
        putEntity(this.graph, entity);
        nodesAdded += 1;
      }
      index.entities.add(entity.id);
    }
    for (const relation of articleGraph.relations) {
      if (this.graph.hasEdge(relation.id)) {
        const appendable =
          this.tallies.has(relation.id) && !index.relations.has(relation.id) && relation.evidence.every((e) => e.article === article.id);
        if (appendable) this.appendRelation(relation);
        else {
          const merged = mergeRelations(relationOf(this.graph, relation.id), relation);
          putRelation(this.graph, merged);
          this.tallies.set(relation.id, tallyEvidence(merged.evidence));
        }
      } else {
        this.tallies.delete(relation.id);
        putRelation(this.graph, relation);
        edgesAdded += 1;
      }
      index.relations.add(relation.id);
    }
    for (const statement of articleGraph.statements) {
      if (!this.statementRecords.has(statement.id)) statementsAdded += 1;
      this.statementRecords.set(statement.id, statement);
      index.statements.add(statement.id);
    }
    this.articleRecords.set(article.id, article);
    this.dirty = true;
    return { article, duplicate: false, nodesAdded, edgesAdded, statementsAdded };
  }

  /** Empties the set of owned objects: everything in the graph may now be held by a caller. */
  private handOut(): void {
    this.owned = new WeakSet();
  }

  /** The array itself when this store owns it, else an owned copy. */
  private own<T>(array: T[]): T[] {
    if (this.owned.has(array)) return array;
    const copy = array.slice();
    this.owned.add(copy);
    return copy;
  }

  /**
   * Merges a new article's entity into its node as mergeEntities would, in time proportional to the
   * article's mentions: the node has no repeats and none of the article's mentions (see ingest: its index of the article
   * lists what already holds some).
   */
  private appendEntity(entity: EntityRecord): void {
    const current = entityOf(this.graph, entity.id);
    const mentions = this.own(current.mentions);
    for (const m of distinctMentions(entity.mentions)) mentions.push(m);
    const merged = mergeEntityFields(current, entity);
    merged.mentions = mentions;
    merged.count = mentions.length;
    putEntity(this.graph, merged);
  }

  /**
   * Merges a new article's relation into its edge as mergeRelations would, in time proportional to
   * the article's evidence: the edge has a tally, so no repeats, and none of the article's evidence.
   */
  private appendRelation(relation: RelationRecord): void {
    const current = relationOf(this.graph, relation.id);
    const evidence = this.own(current.evidence);
    const added = distinctEvidence(relation.evidence);
    for (const e of added) evidence.push(e);
    const merged = mergeRelationFields(current, relation);
    merged.evidence = evidence;
    applyTally(merged, tallyEvidence(added, this.tallies.get(relation.id)));
    putRelation(this.graph, merged);
  }

  async deleteArticle(id: string): Promise<DeleteResult> {
    const index = this.articleIndex.get(id);
    if (!this.articleRecords.has(id) || !index) {
      return { article: id, found: false, nodesRemoved: 0, edgesRemoved: 0, statementsRemoved: 0 };
    }
    let edgesRemoved = 0;
    let nodesRemoved = 0;
    for (const key of index.relations) {
      if (!this.graph.hasEdge(key)) continue;
      const rest = withoutArticleEvidence(relationOf(this.graph, key), id);
      if (rest) {
        putRelation(this.graph, rest);
        if (this.tallies.has(key)) this.tallies.set(key, tallyEvidence(rest.evidence));
      } else {
        this.tallies.delete(key);
        this.graph.dropEdge(key);
        edgesRemoved += 1;
      }
    }
    for (const node of index.entities) {
      if (!this.graph.hasNode(node)) continue;
      const rest = entityWithoutArticle(entityOf(this.graph, node), id);
      if (rest.mentions.length > 0 || this.graph.degree(node) > 0) {
        putEntity(this.graph, rest);
      } else {
        this.normalNodes.delete(node);
        this.foldedForms.delete(node);
        this.graph.dropNode(node);
        nodesRemoved += 1;
      }
    }
    for (const statement of index.statements) this.statementRecords.delete(statement);
    this.articleRecords.delete(id);
    this.articleIndex.delete(id);
    this.dirty = true;
    return { article: id, found: true, nodesRemoved, edgesRemoved, statementsRemoved: index.statements.size };
  }

  async getEntities(ids: readonly string[]): Promise<(EntityRecord | null)[]> {
    this.handOut();
    return ids.map((id) => (this.graph.hasNode(id) ? entityOf(this.graph, id) : null));
  }

  async searchEntities(query: EntityQuery): Promise<Page<EntityRecord>> {
    this.handOut();
    const folded = query.search ? foldText(query.search) : '';
    const ranked: { entity: EntityRecord; rank: number }[] = [];
    this.graph.forEachNode((id, attributes) => {
      if (query.label && attributes.label !== query.label) return;
      const entity = { id, ...attributes };
      const rank = folded ? searchRank(this.formsOf(id, attributes.name, attributes.aliases), folded) : 1;
      if (rank > 0) ranked.push({ entity, rank });
    });
    ranked.sort((a, b) => b.rank - a.rank || b.entity.count - a.entity.count || compareStrings(a.entity.id, b.entity.id));
    return paginate(
      ranked.map((r) => r.entity),
      query,
    );
  }

  /** The node's name and aliases folded, from the cache when they have not changed. */
  private formsOf(id: string, name: string, aliases: readonly string[]): string[] {
    const cached = this.foldedForms.get(id);
    if (cached && cached.name === name && cached.aliases === aliases) return cached.forms;
    const forms = [name, ...aliases].map(foldText);
    this.foldedForms.set(id, { name, aliases, forms });
    return forms;
  }

  async knownEntities(): Promise<(Pick<EntityRecord, 'id' | 'label' | 'name' | 'aliases'> & Partial<Pick<EntityRecord, 'roles' | 'date' | 'place'>>)[]> {
    return this.graph.mapNodes((id, a) => ({
      id,
      label: a.label,
      name: a.name,
      aliases: a.aliases,
      ...(a.roles && a.roles.length > 0 ? { roles: a.roles } : {}),
      ...(a.date ? { date: a.date } : {}),
      ...(a.place ? { place: a.place } : {}),
    }));
  }

  async getRelations(ids: readonly string[]): Promise<(RelationRecord | null)[]> {
    this.handOut();
    return ids.map((id) => (this.graph.hasEdge(id) ? relationOf(this.graph, id) : null));
  }

  async relations(query: RelationQuery): Promise<Page<RelationRecord>> {
    this.handOut();
    const types = query.types && query.types.length > 0 ? new Set(query.types) : null;
    const minConfidence = query.minConfidence ?? 0;
    const result: RelationRecord[] = [];
    const anchor = query.from ?? query.to ?? query.involving;
    const keys = anchor ? (this.graph.hasNode(anchor) ? this.graph.edges(anchor) : []) : this.graph.edges();
    for (const key of keys) {
      const r = relationOf(this.graph, key);
      if (types && !types.has(r.type)) continue;
      if (!relationPasses(r, query.includeHedged ?? false, query.includeNegated ?? false)) continue;
      if (r.confidence < minConfidence) continue;
      if (query.involving && r.source !== query.involving && r.target !== query.involving) continue;
      if (query.from && !(r.source === query.from || (r.undirected && r.target === query.from))) continue;
      if (query.to && !(r.target === query.to || (r.undirected && r.source === query.to))) continue;
      if (query.from && query.to && r.undirected && !new Set([r.source, r.target]).has(query.to)) continue;
      if (query.article && !r.evidence.some((e) => e.article === query.article)) continue;
      if (query.since || query.until) {
        const dates = [r.date, ...r.evidence.map((e) => e.date)].filter((d): d is string => Boolean(d));
        const within = dates.some(
          (d) => (!query.since || d.slice(0, query.since.length) >= query.since) && (!query.until || d.slice(0, query.until.length) <= query.until),
        );
        if (!within) continue;
      }
      result.push(r);
    }
    result.sort((a, b) => b.confidence - a.confidence || compareStrings(a.id, b.id));
    return paginate(result, query);
  }

  async relationsOf(
    ids: readonly string[],
    options: { direction: Direction; types?: RelationType[] | null; includeHedged?: boolean | null },
  ): Promise<RelationRecord[][]> {
    this.handOut();
    const types = options.types && options.types.length > 0 ? new Set(options.types) : null;
    return ids.map((id) => {
      if (!this.graph.hasNode(id)) return [];
      const keys =
        options.direction === 'OUT'
          ? [...this.graph.outEdges(id), ...this.graph.undirectedEdges(id)]
          : options.direction === 'IN'
            ? [...this.graph.inEdges(id), ...this.graph.undirectedEdges(id)]
            : this.graph.edges(id);
      return keys
        .map((key) => relationOf(this.graph, key))
        .filter((r) => (!types || types.has(r.type)) && relationPasses(r, options.includeHedged ?? false, false))
        .sort((a, b) => b.confidence - a.confidence || compareStrings(a.id, b.id));
    });
  }

  async getStatements(ids: readonly string[]): Promise<(StatementRecord | null)[]> {
    return ids.map((id) => this.statementRecords.get(id) ?? null);
  }

  async statements(query: StatementQuery): Promise<Page<StatementRecord>> {
    const folded = query.search ? foldText(query.search) : '';
    const result = [...this.statementRecords.values()].filter(
      (s) =>
        (!query.speaker || s.speaker === query.speaker) &&
        (!query.about || s.about === query.about) &&
        (!query.article || s.article === query.article) &&
        (!folded || foldText(s.quote).includes(folded) || foldText(s.sentence).includes(folded)),
    );
    result.sort(byArticleAndPosition);
    return paginate(result, query);
  }

  async statementsOf(ids: readonly string[], role: 'speaker' | 'about'): Promise<StatementRecord[][]> {
    const byId = new Map<string, StatementRecord[]>(ids.map((id) => [id, []]));
    for (const s of this.statementRecords.values()) {
      const key = role === 'speaker' ? s.speaker : s.about;
      if (key !== undefined) byId.get(key)?.push(s);
    }
    return ids.map((id) => byId.get(id)!.sort(byArticleAndPosition));
  }

  async getArticles(ids: readonly string[]): Promise<(ArticleRecord | null)[]> {
    return ids.map((id) => this.articleRecords.get(id) ?? null);
  }

  async articles(query: PageArgs): Promise<Page<ArticleRecord>> {
    const all = [...this.articleRecords.values()].sort(
      (a, b) => compareStrings(b.publishedAt ?? '', a.publishedAt ?? '') || compareStrings(a.id, b.id),
    );
    return paginate(all, query);
  }

  private edgeAllowed(key: string, types: Set<RelationType> | null, includeHedged: boolean): boolean {
    const a = this.graph.getEdgeAttributes(key);
    return (!types || types.has(a.type)) && !a.negated && (includeHedged || !a.hedged);
  }

  async neighborhood(query: NeighborhoodQuery): Promise<Subgraph> {
    this.handOut();
    if (!Number.isInteger(query.hops) || query.hops < 1) throw new StoreQueryError(`"hops" must be a whole number ≥ 1, got ${query.hops}.`);
    if (!this.graph.hasNode(query.id)) return { nodes: [], edges: [] };
    const types = query.types && query.types.length > 0 ? new Set(query.types) : null;
    const includeHedged = query.includeHedged ?? false;
    const seen = new Set<string>([query.id]);
    let frontier = [query.id];
    for (let hop = 0; hop < query.hops && frontier.length > 0 && seen.size < query.limit; hop += 1) {
      const found = new Set<string>();
      for (const node of frontier) {
        for (const key of this.graph.edges(node)) {
          if (!this.edgeAllowed(key, types, includeHedged)) continue;
          const other = this.graph.opposite(node, key);
          if (!seen.has(other)) found.add(other);
        }
      }
      // Nearer nodes first, by id within a hop, so that `limit` cuts the same nodes in every store.
      frontier = [...found].sort(compareStrings).slice(0, Math.max(0, Math.ceil(query.limit) - seen.size));
      for (const other of frontier) seen.add(other);
    }
    const edges = new Set<string>();
    for (const node of seen) {
      for (const key of this.graph.edges(node)) {
        if (seen.has(this.graph.opposite(node, key)) && this.edgeAllowed(key, types, includeHedged)) edges.add(key);
      }
    }
    return {
      nodes: [...seen].map((id) => entityOf(this.graph, id)),
      edges: [...edges].sort(compareStrings).map((key) => relationOf(this.graph, key)),
    };
  }

  async path(query: PathQuery): Promise<Subgraph | null> {
    this.handOut();
    if (!Number.isInteger(query.maxHops) || query.maxHops < 1) {
      throw new StoreQueryError(`"maxHops" must be a whole number ≥ 1, got ${query.maxHops}.`);
    }
    if (!this.graph.hasNode(query.from) || !this.graph.hasNode(query.to)) return null;
    if (query.from === query.to) return { nodes: [entityOf(this.graph, query.from)], edges: [] };
    const types = query.types && query.types.length > 0 ? new Set(query.types) : null;
    const via = new Map<string, { node: string; edge: string }>();
    const seen = new Set([query.from]);
    let frontier = [query.from];
    for (let hop = 0; hop < query.maxHops && frontier.length > 0; hop += 1) {
      const next: string[] = [];
      for (const node of frontier) {
        for (const key of this.graph.edges(node).sort()) {
          if (!this.edgeAllowed(key, types, false)) continue;
          const other = this.graph.opposite(node, key);
          if (seen.has(other)) continue;
          seen.add(other);
          via.set(other, { node, edge: key });
          if (other === query.to) {
            const nodes = [other];
            const edges: string[] = [];
            for (let step = via.get(other); step; step = via.get(step.node)) {
              nodes.unshift(step.node);
              edges.unshift(step.edge);
            }
            return {
              nodes: nodes.map((id) => entityOf(this.graph, id)),
              edges: edges.map((k) => relationOf(this.graph, k)),
            };
          }
          next.push(other);
        }
      }
      frontier = next;
    }
    return null;
  }

  async stats(): Promise<StoreStats> {
    const nodesByLabel = Object.fromEntries(ENTITY_LABELS.map((l) => [l, 0])) as Record<EntityLabel, number>;
    const edgesByType = Object.fromEntries(RELATION_TYPES.map((t) => [t, 0])) as Record<RelationType, number>;
    this.graph.forEachNode((_, a) => {
      nodesByLabel[a.label] += 1;
    });
    this.graph.forEachEdge((_, a) => {
      edgesByType[a.type] += 1;
    });
    return {
      articles: this.articleRecords.size,
      nodes: this.graph.order,
      edges: this.graph.size,
      statements: this.statementRecords.size,
      nodesByLabel,
      edgesByType,
    };
  }

  async exportGraph(): Promise<SerializedGraph> {
    this.handOut();
    return this.graph.export();
  }

  async dump(): Promise<GraphDump> {
    this.handOut();
    return {
      articles: [...this.articleRecords.values()],
      entities: this.graph.mapNodes((id) => entityOf(this.graph, id)),
      relations: this.graph.mapEdges((key) => relationOf(this.graph, key)),
      statements: [...this.statementRecords.values()],
    };
  }

  async load(dump: GraphDump): Promise<void> {
    validateDump(dump);
    this.replaceContent({
      articles: dump.articles,
      statements: dump.statements,
      graph: buildKnowledgeGraph(dump.entities, dump.relations).export(),
    });
    this.dirty = true;
  }

  async close(): Promise<void> {
    await this.flush();
  }
}
