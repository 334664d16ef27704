import { open, readFile, type FileHandle } from 'node:fs/promises';
import { applyCorrections, type Correction } from '../graph/corrections.js';
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
import { datedBy, datedWithin, factDate, factEvent, type DateLookup } from '../graph/fact-date.js';
import {
  buildKnowledgeGraph,
  createKnowledgeGraph,
  entityOf,
  putEntity,
  putRelation,
  relationOf,
  type EdgeAttributes,
  type KnowledgeGraph,
  type SerializedGraph,
} from '../graph/serialize.js';
import { foldText } from '../graph/text.js';
import { NeighbourIndex, type EdgeFilter } from './adjacency.js';
import {
  addRecord,
  emptyContent,
  indexArticles,
  shareArticleStrings,
  StringPool,
  type StoreContent,
} from './content.js';
import { EntitySearch } from './entity-search.js';
import { StoreFileError, StoreQueryError } from './errors.js';
import { compareStrings } from './order.js';
import { validateArticleGraph, validateDump } from './validate.js';
import { paginate } from './pagination.js';
import { byArticleAndPosition, StatementIndex } from './statement-index.js';
import type { LockWait } from './file-lock.js';
import { removeStaleTemporaries, replaceStoreFile, versionOf, type FileVersion } from './store-file.js';
import {
  readSnapshotLines,
  SNAPSHOT_FORMAT,
  SnapshotLayoutError,
  writeSnapshotSync,
  type Snapshot,
} from './snapshot-file.js';
import { checkDateArgument, factsByDate, timelineGroups, type FactRow } from './time.js';
import { edgesAmong, neighbourhoodIds, shortestPath } from './traversal.js';
import type {
  ArticleContents,
  BetweenQuery,
  DatedRelation,
  DateRange,
  DeleteResult,
  RelationsOfQuery,
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
  StoreHealth,
  StoreStats,
  Subgraph,
  TimelinePage,
  TimelineQuery,
} from './port.js';

export type { Snapshot } from './snapshot-file.js';

export interface EmbeddedStoreOptions {
  /** File to persist to; none keeps the store in memory only. */
  path?: string;
  /** How long a write waits for another process writing the same file (default: DEFAULT_LOCK_WAIT). */
  lockWait?: LockWait;
}

function relationPasses(
  relation: Pick<RelationRecord, 'negated' | 'hedged'>,
  includeHedged: boolean,
  includeNegated: boolean,
): boolean {
  if (relation.negated) return includeNegated;
  if (relation.hedged) return includeHedged;
  return true;
}

function unreadable(path: string, error: unknown): StoreFileError {
  return new StoreFileError(`Cannot read the store file ${path}: ${(error as Error).message}. Check its permissions.`, {
    cause: error,
  });
}

function damaged(path: string, error: unknown): StoreFileError {
  const what = error instanceof SyntaxError ? 'is not valid JSON' : 'is damaged';
  return new StoreFileError(
    `The store file ${path} ${what} (${(error as Error).message}). Restore it from a backup or remove it to start empty.`,
    {
      cause: error,
    },
  );
}

/** The content of a store file laid out one record a line; undefined when the file has another layout. */
async function readLines(path: string, file: FileHandle): Promise<StoreContent | undefined> {
  const content = emptyContent();
  const pool = new StringPool();
  let laidOut: boolean;
  try {
    laidOut = await readSnapshotLines(file, (record) => {
      pool.share(record);
      addRecord(content, record);
    });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== undefined && !(error instanceof SnapshotLayoutError))
      throw unreadable(path, error);
    throw damaged(path, error);
  }
  return laidOut ? content : undefined;
}

/** The content of a store file written as one line (by earlier versions), read and parsed whole. */
async function readWhole(path: string): Promise<StoreContent> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    throw unreadable(path, error);
  }
  let snapshot: Snapshot;
  try {
    snapshot = JSON.parse(text) as Snapshot;
  } catch (error) {
    throw damaged(path, error);
  }
  if (snapshot.format !== SNAPSHOT_FORMAT) {
    throw new StoreFileError(
      `The store file ${path} has format "${String(snapshot.format)}", expected "${SNAPSHOT_FORMAT}". Remove it or point KG_DATA elsewhere.`,
    );
  }
  const graph = createKnowledgeGraph();
  try {
    graph.import(snapshot.graph);
  } catch (error) {
    throw damaged(path, error);
  }
  return {
    graph,
    articles: new Map(snapshot.articles.map((a) => [a.id, a])),
    statements: new Map(snapshot.statements.map((s) => [s.id, s])),
  };
}

/** A change to the store, as kept until it is written (see EmbeddedStore.flush). */
type Change = { graph: ArticleGraph } | { deleted: string } | { loaded: GraphDump } | { correction: Correction };

/** The graph attribute the corrections log is written under in the store file (read back and removed on reading). */
const CORRECTIONS_ATTRIBUTE = 'corrections';

/**
 * The edges a traversal follows: never denied ones, hedged ones only when asked, of the given types if
 * any, and with `dated`, only those it lets through (the facts dated on or before a date).
 */
function edgeFilter(
  types: readonly RelationType[] | null | undefined,
  includeHedged: boolean,
  dated?: EdgeFilter,
): EdgeFilter {
  const wanted = types && types.length > 0 ? new Set(types) : null;
  return (key, a) =>
    (!wanted || wanted.has(a.type)) && relationPasses(a, includeHedged, false) && (!dated || dated(key, a));
}

/**
 * The embedded store: a graphology multigraph in memory, persisted to one JSON file written
 * atomically (temporary file, then rename) under an exclusive lock, and only over the version of the
 * file it read or last wrote (see store-file.ts): several processes may share one file.
 */
export class EmbeddedStore implements GraphStore {
  readonly file: string | undefined;
  /** Ingests run in memory at once: nothing to gain from waiting calls. */
  readonly ingestWindow = 1;
  private readonly lockWait: LockWait | undefined;
  /** The version of the file this store read or last wrote; null when there was none. */
  private version: FileVersion | null = null;
  /** The changes made since the last write, to make again if another process wrote the file meanwhile. */
  private changes: Change[] = [];
  private graph: KnowledgeGraph = createKnowledgeGraph();
  private articleRecords = new Map<string, ArticleRecord>();
  private statementRecords = new Map<string, StatementRecord>();
  /** The corrections log, in order. */
  private log: Correction[] = [];
  /** Statements by speaker and by subject; built on the first statementsOf, then kept up to date. */
  private statementIndex: StatementIndex | undefined;
  /** Where each article's records are; built when first needed after a load (only ingest and delete use it). */
  private articleIndex: Map<string, ArticleContents> | undefined = new Map();
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
  /** Sorted neighbours per node, for traversals; told of every edge added or dropped. */
  private neighbours = new NeighbourIndex(this.graph);
  /** Folded names and aliases for search; told of every node added, changed or dropped. */
  private search = new EntitySearch(this.graph);

  private constructor(options: EmbeddedStoreOptions) {
    this.file = options.path;
    this.lockWait = options.lockWait;
  }

  /** Opens a store, loading its file when the file exists, and removes what killed writers left behind. */
  static async open(options: EmbeddedStoreOptions = {}): Promise<EmbeddedStore> {
    const store = new EmbeddedStore(options);
    if (options.path) {
      await removeStaleTemporaries(options.path);
      await store.readFile(options.path);
    }
    return store;
  }

  /** Loads the file (its absence: an empty store) and notes the version read. */
  private async readFile(path: string): Promise<void> {
    let file: FileHandle;
    try {
      file = await open(path, 'r');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw unreadable(path, error);
      this.adopt(emptyContent());
      this.log = [];
      this.version = null;
      return;
    }
    let content: StoreContent | undefined;
    let version: FileVersion | null;
    try {
      // The version of what is read, even if another process replaces the file meanwhile.
      version = versionOf(await file.stat());
      content = await readLines(path, file);
    } finally {
      await file.close();
    }
    const read = content ?? (await readWhole(path));
    this.adopt(read);
    this.log = takeCorrections(read.graph);
    this.version = version;
  }

  /** Takes the content as the store's own, with fresh indexes. */
  private adopt(content: StoreContent): void {
    this.graph = content.graph;
    this.articleRecords = content.articles;
    this.statementRecords = content.statements;
    this.statementIndex = undefined;
    this.articleIndex = undefined;
    this.normalNodes = new Set();
    this.tallies = new Map();
    this.owned = new WeakSet();
    this.neighbours = new NeighbourIndex(this.graph);
    this.search = new EntitySearch(this.graph);
  }

  private indexOf(article: string): ArticleContents {
    const articles = this.articlesIndexed();
    let index = articles.get(article);
    if (!index) {
      index = { entities: [], relations: [], statements: [] };
      articles.set(article, index);
    }
    return index;
  }

  private articlesIndexed(): Map<string, ArticleContents> {
    this.articleIndex ??= indexArticles({
      graph: this.graph,
      articles: this.articleRecords,
      statements: this.statementRecords,
    });
    return this.articleIndex;
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

  /** Always available: the graph is in this process. */
  async health(): Promise<StoreHealth> {
    return { kind: 'embedded', available: true };
  }

  /**
   * Writes the store file if anything changed since the last write. When another process wrote the
   * file since this store read or last wrote it, the file is read again under the lock and the changes
   * made here since the last write are made again on top of it: nothing either process stored is lost.
   * A write that fails is rolled back: the store reads the file again, so that it serves only what is
   * durable, and a change that was not stored is not a duplicate when repeated. Changes are made one at
   * a time (ingestPaths, the API's write queue), so what is rolled back is the failed change only.
   */
  async flush(): Promise<void> {
    if (!this.file || !this.dirty) return;
    const path = this.file;
    try {
      this.version = await replaceStoreFile(
        path,
        this.version,
        () => this.mergeWithFile(path),
        (fd) => {
          // The log rides in the graph's attributes: a file written before there was a log opens with none.
          if (this.log.length > 0) this.graph.setAttribute(CORRECTIONS_ATTRIBUTE, this.log);
          try {
            writeSnapshotSync(fd, {
              articles: this.articleRecords.values(),
              statements: this.statementRecords.values(),
              graph: this.graph,
            });
          } finally {
            this.graph.removeAttribute(CORRECTIONS_ATTRIBUTE);
          }
          // Written whole and synchronously: later changes make the store dirty again.
          this.dirty = false;
          this.changes = [];
        },
        this.lockWait,
      );
    } catch (error) {
      await this.rollBack(path, error);
      throw error;
    }
  }

  /** Reads the file another process wrote, then makes this store's unwritten changes again on top of it. */
  private async mergeWithFile(path: string): Promise<void> {
    const changes = this.changes;
    await this.readFile(path);
    this.changes = [];
    for (const change of changes) {
      // The file's log (another process may have made corrections since this one read it) applies to
      // what this process ingested meanwhile, as it would have had this process known it.
      if ('graph' in change) await this.ingest(applyCorrections(change.graph, this.log));
      else if ('deleted' in change) await this.deleteArticle(change.deleted);
      else if ('correction' in change) await this.putCorrection(change.correction);
      else await this.load(change.loaded);
    }
    this.dirty = true;
  }

  /** Goes back to what the file holds after a failed write. */
  private async rollBack(path: string, failure: unknown): Promise<void> {
    try {
      await this.readFile(path);
      this.changes = [];
      this.dirty = false;
    } catch (error) {
      this.dirty = true;
      throw new StoreFileError(
        `Writing the store file ${path} failed (${(failure as Error).message}), and reading it back failed too (${(error as Error).message}). Restart once the file is readable.`,
        { cause: failure },
      );
    }
  }

  async ingest(articleGraph: ArticleGraph): Promise<IngestResult> {
    validateArticleGraph(articleGraph);
    const { article } = articleGraph;
    if (this.articleRecords.has(article.id)) {
      return {
        article: this.articleRecords.get(article.id)!,
        duplicate: true,
        nodesAdded: 0,
        edgesAdded: 0,
        statementsAdded: 0,
      };
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
    shareArticleStrings(articleGraph, (id) => (this.graph.hasNode(id) ? this.nodeNames(id) : []));
    const index = this.indexOf(article.id);
    const entitiesOfArticle = new Set(index.entities);
    const relationsOfArticle = new Set(index.relations);
    const statementsOfArticle = new Set(index.statements);
    let nodesAdded = 0;
    let edgesAdded = 0;
    let statementsAdded = 0;
    for (const entity of articleGraph.entities) {
      if (this.graph.hasNode(entity.id)) {
        const appendable =
          this.normalNodes.has(entity.id) &&
          !entitiesOfArticle.has(entity.id) &&
          entity.mentions.every((m) => m.article === article.id);
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
      this.search.touch(entity.id);
      if (!entitiesOfArticle.has(entity.id)) {
        entitiesOfArticle.add(entity.id);
        index.entities.push(entity.id);
      }
    }
    for (const relation of articleGraph.relations) {
      if (this.graph.hasEdge(relation.id)) {
        const appendable =
          this.tallies.has(relation.id) &&
          !relationsOfArticle.has(relation.id) &&
          relation.evidence.every((e) => e.article === article.id);
        if (appendable) this.appendRelation(relation);
        else {
          const merged = mergeRelations(relationOf(this.graph, relation.id), relation);
          putRelation(this.graph, merged);
          this.tallies.set(relation.id, tallyEvidence(merged.evidence));
        }
      } else {
        this.tallies.delete(relation.id);
        putRelation(this.graph, relation);
        this.neighbours.edgeAdded(relation.source, relation.target);
        edgesAdded += 1;
      }
      if (!relationsOfArticle.has(relation.id)) {
        relationsOfArticle.add(relation.id);
        index.relations.push(relation.id);
      }
    }
    for (const statement of articleGraph.statements) {
      const replaced = this.statementRecords.get(statement.id);
      if (replaced) this.statementIndex?.remove(replaced);
      else statementsAdded += 1;
      this.statementRecords.set(statement.id, statement);
      this.statementIndex?.add(statement);
      if (!statementsOfArticle.has(statement.id)) {
        statementsOfArticle.add(statement.id);
        index.statements.push(statement.id);
      }
    }
    this.articleRecords.set(article.id, article);
    this.dirty = true;
    if (this.file) this.changes.push({ graph: articleGraph });
    return { article, duplicate: false, nodesAdded, edgesAdded, statementsAdded };
  }

  /** The name and aliases of a node, as the graph holds them. */
  private nodeNames(id: string): string[] {
    const { name, aliases } = this.graph.getNodeAttributes(id);
    return [name, ...aliases];
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
    const index = this.articlesIndexed().get(id);
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
        const [source, target] = this.graph.extremities(key);
        this.graph.dropEdge(key);
        this.neighbours.edgeDropped(source, target);
        edgesRemoved += 1;
      }
    }
    for (const node of index.entities) {
      if (!this.graph.hasNode(node)) continue;
      const rest = entityWithoutArticle(entityOf(this.graph, node), id);
      this.search.touch(node);
      if (rest.mentions.length > 0 || this.graph.degree(node) > 0) {
        putEntity(this.graph, rest);
      } else {
        this.normalNodes.delete(node);
        this.graph.dropNode(node);
        this.neighbours.nodeDropped(node);
        nodesRemoved += 1;
      }
    }
    for (const id of index.statements) {
      const statement = this.statementRecords.get(id);
      if (!statement) continue;
      this.statementRecords.delete(id);
      this.statementIndex?.remove(statement);
    }
    this.articleRecords.delete(id);
    this.articlesIndexed().delete(id);
    this.dirty = true;
    if (this.file) this.changes.push({ deleted: id });
    return { article: id, found: true, nodesRemoved, edgesRemoved, statementsRemoved: index.statements.length };
  }

  async getEntities(ids: readonly string[]): Promise<(EntityRecord | null)[]> {
    this.handOut();
    return ids.map((id) => (this.graph.hasNode(id) ? entityOf(this.graph, id) : null));
  }

  async searchEntities(query: EntityQuery): Promise<Page<EntityRecord>> {
    this.handOut();
    const folded = query.search ? foldText(query.search) : '';
    const matches = folded ? this.search.matches(folded) : this.graph.mapNodes((id) => ({ id, rank: 1 }));
    const ranked: { id: string; rank: number; count: number }[] = [];
    for (const { id, rank } of matches) {
      const attributes = this.graph.getNodeAttributes(id);
      if (!query.label || attributes.label === query.label) ranked.push({ id, rank, count: attributes.count });
    }
    ranked.sort((a, b) => b.rank - a.rank || b.count - a.count || compareStrings(a.id, b.id));
    const page = paginate(ranked, query);
    return { ...page, items: page.items.map((r) => entityOf(this.graph, r.id)) };
  }

  async mentionsOf(ids: readonly string[]): Promise<MentionRecord[][]> {
    this.handOut();
    return ids.map((id) => (this.graph.hasNode(id) ? entityOf(this.graph, id).mentions : []));
  }

  async knownEntities(): Promise<
    (Pick<EntityRecord, 'id' | 'label' | 'name' | 'aliases'> &
      Partial<Pick<EntityRecord, 'roles' | 'date' | 'place'>>)[]
  > {
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

  async evidenceOf(ids: readonly string[]): Promise<EvidenceRecord[][]> {
    this.handOut();
    return ids.map((id) => (this.graph.hasEdge(id) ? relationOf(this.graph, id).evidence : []));
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
          (d) =>
            (!query.since || d.slice(0, query.since.length) >= query.since) &&
            (!query.until || d.slice(0, query.until.length) <= query.until),
        );
        if (!within) continue;
      }
      result.push(r);
    }
    result.sort((a, b) => b.confidence - a.confidence || compareStrings(a.id, b.id));
    return paginate(result, query);
  }

  async relationsOf(ids: readonly string[], options: RelationsOfQuery): Promise<RelationRecord[][]> {
    this.handOut();
    const allowed = edgeFilter(options.types, options.includeHedged ?? false);
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
        .filter((r) => allowed(r.id, r))
        .sort((a, b) => b.confidence - a.confidence || compareStrings(a.id, b.id));
    });
  }

  async getStatements(ids: readonly string[]): Promise<(StatementRecord | null)[]> {
    return ids.map((id) => this.statementRecords.get(id) ?? null);
  }

  async statements(query: StatementQuery): Promise<Page<StatementRecord>> {
    const folded = query.search ? foldText(query.search) : '';
    // A speaker or subject narrows the scan to that entity's statements.
    const candidates = query.speaker
      ? this.statementsIndexed().of('speaker', query.speaker)
      : query.about
        ? this.statementsIndexed().of('about', query.about)
        : [...this.statementRecords.values()];
    const result = candidates.filter(
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
    const index = this.statementsIndexed();
    return ids.map((id) => index.of(role, id).slice());
  }

  /** The statement postings, built on first use. */
  private statementsIndexed(): StatementIndex {
    this.statementIndex ??= new StatementIndex(this.statementRecords);
    return this.statementIndex;
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

  async neighborhood(query: NeighborhoodQuery): Promise<Subgraph> {
    this.handOut();
    if (!Number.isInteger(query.hops) || query.hops < 1)
      throw new StoreQueryError(`"hops" must be a whole number ≥ 1, got ${query.hops}.`);
    const asOf = checkDateArgument(query.asOf, 'asOf');
    if (!this.graph.hasNode(query.id)) return { nodes: [], edges: [] };
    const allowed = edgeFilter(query.types, query.includeHedged ?? false, this.datedBy(asOf));
    const nodes = neighbourhoodIds(this.neighbours, query.id, query.hops, query.limit, allowed);
    return {
      nodes: nodes.map((id) => entityOf(this.graph, id)),
      edges: edgesAmong(this.graph, this.neighbours, nodes, allowed),
    };
  }

  async path(query: PathQuery): Promise<Subgraph | null> {
    this.handOut();
    if (!Number.isInteger(query.maxHops) || query.maxHops < 1) {
      throw new StoreQueryError(`"maxHops" must be a whole number ≥ 1, got ${query.maxHops}.`);
    }
    const asOf = checkDateArgument(query.asOf, 'asOf');
    if (!this.graph.hasNode(query.from) || !this.graph.hasNode(query.to)) return null;
    if (query.from === query.to) return { nodes: [entityOf(this.graph, query.from)], edges: [] };
    const found = shortestPath(
      this.graph,
      this.neighbours,
      query.from,
      query.to,
      query.maxHops,
      edgeFilter(query.types, false, this.datedBy(asOf)),
    );
    return found
      ? {
          nodes: found.nodes.map((id) => entityOf(this.graph, id)),
          edges: found.edges.map((key) => relationOf(this.graph, key)),
        }
      : null;
  }

  async timeline(query: TimelineQuery): Promise<TimelinePage> {
    this.handOut();
    const since = checkDateArgument(query.since, 'since');
    const until = checkDateArgument(query.until, 'until');
    const keys = this.graph.hasNode(query.entity) ? this.graph.edges(query.entity) : [];
    const rows = this.factRows(keys, query).filter((row) => datedWithin(row.date, since, until));
    const { page, factCount } = timelineGroups(rows, query);
    return {
      ...page,
      factCount,
      items: page.items.map((group) => ({
        date: group.date,
        event: group.event,
        facts: group.facts.map((row) => this.datedRelation(row)),
      })),
    };
  }

  async between(query: BetweenQuery): Promise<Page<DatedRelation>> {
    this.handOut();
    const linked = this.graph.hasNode(query.a) && this.graph.hasNode(query.b) && query.a !== query.b;
    const [near, far] =
      linked && this.graph.degree(query.a) > this.graph.degree(query.b) ? [query.b, query.a] : [query.a, query.b];
    const keys = linked ? this.graph.edges(near).filter((key) => this.graph.opposite(near, key) === far) : [];
    const page = factsByDate(this.factRows(keys, query), query);
    return { ...page, items: page.items.map((row) => this.datedRelation(row)) };
  }

  async dateRange(): Promise<DateRange | null> {
    const lookup = this.dateLookup();
    let range: DateRange | null = null;
    this.graph.forEachEdge((key, attributes) => {
      if (attributes.negated) return;
      const date = this.edgeDate(key, attributes, lookup);
      if (date === null) return;
      if (range === null) range = { earliest: date, latest: date };
      else if (date < range.earliest) range.earliest = date;
      else if (date > range.latest) range.latest = date;
    });
    return range;
  }

  /** Where fact dates come from besides the edges: event dates and articles' publication dates. */
  private dateLookup(): DateLookup {
    return {
      entityDate: (id) => (this.graph.hasNode(id) ? this.graph.getNodeAttribute(id, 'date') : undefined),
      articleDate: (id) => this.articleRecords.get(id)?.publishedAt,
    };
  }

  private edgeDate(key: string, attributes: EdgeAttributes, lookup: DateLookup): string | null {
    return factDate({ ...attributes, source: this.graph.source(key), target: this.graph.target(key) }, lookup);
  }

  /** The test that an edge is a fact dated on or before `asOf`; none without a date. */
  private datedBy(asOf: string | null): EdgeFilter | undefined {
    if (asOf === null) return undefined;
    const lookup = this.dateLookup();
    const known = new Map<string, boolean>();
    return (key, attributes) => {
      let passes = known.get(key);
      if (passes === undefined) {
        passes = datedBy(this.edgeDate(key, attributes, lookup), asOf);
        known.set(key, passes);
      }
      return passes;
    };
  }

  /** The given edges that pass the filter, as rows with their date and event. */
  private factRows(keys: readonly string[], filter: BetweenQuery | TimelineQuery): FactRow[] {
    const types = filter.types && filter.types.length > 0 ? new Set(filter.types) : null;
    const lookup = this.dateLookup();
    const labelOf = (id: string) => (this.graph.hasNode(id) ? this.graph.getNodeAttribute(id, 'label') : undefined);
    const rows: FactRow[] = [];
    for (const key of keys) {
      const attributes = this.graph.getEdgeAttributes(key);
      if (types && !types.has(attributes.type)) continue;
      if (!relationPasses(attributes, filter.includeHedged ?? false, filter.includeNegated ?? false)) continue;
      const ends = { source: this.graph.source(key), target: this.graph.target(key), event: attributes.event };
      rows.push({ id: key, date: this.edgeDate(key, attributes, lookup), event: factEvent(ends, labelOf) });
    }
    return rows;
  }

  private datedRelation(row: FactRow): DatedRelation {
    return { date: row.date, relation: relationOf(this.graph, row.id) };
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
    this.adopt({
      articles: new Map(dump.articles.map((a) => [a.id, a])),
      statements: new Map(dump.statements.map((s) => [s.id, s])),
      graph: buildKnowledgeGraph(dump.entities, dump.relations),
    });
    this.dirty = true;
    if (this.file) this.changes = [{ loaded: dump }];
  }

  async corrections(): Promise<Correction[]> {
    return [...this.log];
  }

  async putCorrection(correction: Correction): Promise<void> {
    const at = this.log.findIndex((c) => c.id === correction.id);
    if (at >= 0) this.log[at] = correction;
    else this.log.push(correction);
    this.dirty = true;
    if (this.file) this.changes.push({ correction });
  }

  async close(): Promise<void> {
    await this.flush();
  }
}

/** The corrections log a file's graph carries in its attributes, removed from them (none in a file written before logs). */
function takeCorrections(graph: KnowledgeGraph): Correction[] {
  const log = graph.getAttribute(CORRECTIONS_ATTRIBUTE);
  graph.removeAttribute(CORRECTIONS_ATTRIBUTE);
  return Array.isArray(log) ? (log as Correction[]) : [];
}
