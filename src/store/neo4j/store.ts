import neo4j, { type Driver, type ManagedTransaction, type QueryResult, type Session } from 'neo4j-driver';
import type { Neo4jSettings } from '../../config.js';
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
} from '../../graph/model.js';
import type { Correction } from '../../graph/corrections.js';
import { ENTITY_LABELS, RELATION_TYPES } from '../../graph/model.js';
import { buildKnowledgeGraph, type SerializedGraph } from '../../graph/serialize.js';
import { datedWithin } from '../../graph/fact-date.js';
import { foldText } from '../../graph/text.js';
import { StoreQueryError, StoreUnavailableError } from '../errors.js';
import { pageWindow, toPage } from '../pagination.js';
import { checkDateArgument, factsByDate, timelineGroups, type FactRow } from '../time.js';
import type {
  BetweenQuery,
  DatedRelation,
  DateRange,
  DeleteResult,
  EntityHead,
  EntityQuery,
  GraphDump,
  GraphStore,
  IngestResult,
  NeighborhoodQuery,
  Page,
  PageArgs,
  PathQuery,
  ReadOptions,
  RelationHead,
  RelationQuery,
  RelationsOfQuery,
  StatementQuery,
  StoreHealth,
  StoreStats,
  Subgraph,
  TimelinePage,
  TimelineQuery,
} from '../port.js';
import { validateArticleGraph, validateDump } from '../validate.js';
import {
  decodeArticle,
  decodeEntity,
  decodeEntityHead,
  decodeEvidence,
  decodeRelation,
  decodeStatement,
  type Properties,
} from './codec.js';
import { Availability } from './availability.js';
import {
  checkingDriver,
  connectionError,
  DEFAULT_CHECK_TIMEOUT_MS,
  isUnreachable,
  openDriver,
  retried,
  unavailableError,
} from './connection.js';
import * as read from './cypher/read.js';
import * as maintainCypher from './cypher/maintain.js';
import type { Query } from './cypher/query.js';
import { deleteArticleIn, loadDump } from './maintain.js';
import { ConcurrentCreation, ingestBatch } from './ingest.js';
import { checkLayout } from './migrate.js';
import { BatchQueue } from './queue.js';
import {
  completeEntities,
  completeRelations,
  readEntities,
  readEntityHeads,
  readEvidence,
  readMentions,
  readRelationHeads,
  readRelations,
  relationHeads,
  relationRowOf,
  rows,
  type Runner,
} from './records.js';
import { ENTITY_NAMES_INDEX, ensureSchema } from './schema.js';
import { canonicalPath, nearestIds, type PathStep } from './traversal.js';

/** Longest search (in words) that goes through the full-text index; longer ones scan every entity. */
const MAX_INDEXED_WORDS = 32;
/** Articles per ingest transaction when none is configured (NEO4J_BATCH_ARTICLES). */
const DEFAULT_BATCH_ARTICLES = 200;
/** Times a batch is run again when another writer created one of its new entities meanwhile. */
const CONCURRENT_RETRIES = 5;

/** Hop bounds above this are written as no bound: no shortest path in a real graph is that long. */
const UNBOUNDED_HOPS = 100_000;

/**
 * The upper bound of a path length as Cypher text (`{1,3}`), from a number checked to be a whole number ≥ 1:
 * the only value of a query ever written into query text.
 */
function hopBound(value: number, name: string): string {
  if (!Number.isInteger(value) || value < 1)
    throw new StoreQueryError(`"${name}" must be a whole number ≥ 1, got ${value}.`);
  return value > UNBOUNDED_HOPS ? '' : String(value);
}

function pageOf<T>(result: QueryResult, offset: number, decode: (props: Properties) => T): Page<T> {
  const record = result.records[0];
  const total = record ? Number(record.get('total')) : 0;
  const items = record ? (record.get('page') as Properties[]).map(decode) : [];
  return toPage(items, offset, total);
}

export interface Neo4jConnectOptions {
  /**
   * Answer StoreUnavailableError at once while the server does not answer, for a server whose clients
   * wait (`kg serve`): a request is refused when the server was found down within the last second or a
   * check (NEO4J_CHECK_TIMEOUT_MS) finds it down, and a read stops waiting as soon as a check finds the
   * server gone. A write already under way is left to the driver's retries (up to 15 s), since cutting
   * it off could report as failed a change that then gets stored. Without it (the CLI), every call rides
   * out a restart of up to 15 s before failing with StoreConnectionError.
   */
  failFast?: boolean;
}

/**
 * The Neo4j store (layout: docs/neo4j-model.md). Entities are nodes labelled `Entity` and their ontology
 * label, facts are relationships of their relation type between them (MET_WITH stored in one direction,
 * flagged `undirected`); provenance is graph too: `(:Article)-[:MENTIONS]->(:Entity)`,
 * `(:Article)-[:STATES]->(:Evidence)-[:FROM|TO]->(:Entity)`, `(:Article)-[:REPORTS]->(:Statement)`.
 * Ingests are batched across concurrent calls (BatchQueue); every query is Cypher with parameters,
 * built in cypher/.
 */
export class Neo4jStore implements GraphStore {
  /** Two batches: one filling while the one before commits. */
  readonly ingestWindow: number;
  private readonly queue: BatchQueue<ArticleGraph, IngestResult>;
  /** Whether the server answers, from what requests found and checks through `checker`. */
  private readonly availability: Availability;
  private readonly checker: Driver;
  private fulltextIndex = ENTITY_NAMES_INDEX;

  private constructor(
    private readonly driver: Driver,
    private readonly settings: Neo4jSettings,
    private readonly failFast: boolean,
  ) {
    const size = settings.batchArticles ?? DEFAULT_BATCH_ARTICLES;
    this.queue = new BatchQueue(size, (graphs) => this.writeBatch(graphs));
    this.ingestWindow = 2 * size;
    this.checker = checkingDriver(settings);
    this.availability = new Availability(() => this.checker.verifyConnectivity({ database: settings.database }), {
      timeoutMs: settings.checkTimeoutMs ?? DEFAULT_CHECK_TIMEOUT_MS,
    });
    this.availability.note(true);
  }

  /**
   * Connects to the configured server, sets up the schema and checks the data's layout; StoreConnectionError
   * names the setting at fault, StoreLayoutError says how to migrate a store written by an older version.
   */
  static async connect(settings: Neo4jSettings, options: Neo4jConnectOptions = {}): Promise<Neo4jStore> {
    const driver = await openDriver(settings);
    const store = new Neo4jStore(driver, settings, options.failFast ?? false);
    try {
      store.fulltextIndex = await store.withSession(async (session) => {
        const index = await ensureSchema(session);
        await checkLayout(session);
        return index;
      });
    } catch (error) {
      await store.close();
      throw error;
    }
    return store;
  }

  /**
   * Runs `work` in a session. In fail-fast mode it is refused while the server is known down, and a
   * `read` is given up as soon as the server is found down: its session is closed, which cancels the
   * pending retries. A read session sends its auto-commit queries to a member that serves reads.
   */
  private async withSession<T>(work: (session: Session) => Promise<T>, use: 'read' | 'write' = 'write'): Promise<T> {
    if (this.failFast && !(await this.availability.available())) throw unavailableError(this.settings);
    const watched = use === 'read';
    const session = this.driver.session({
      database: this.settings.database,
      defaultAccessMode: watched ? neo4j.session.READ : neo4j.session.WRITE,
    });
    let abandoned = false;
    try {
      const running = work(session);
      const result = await (this.failFast && watched
        ? this.availability.watch(running, () => {
            abandoned = true;
            return unavailableError(this.settings);
          })
        : running);
      this.availability.note(true);
      return result;
    } catch (error) {
      throw this.failure(error);
    } finally {
      if (abandoned) session.close().catch(() => undefined);
      else await session.close();
    }
  }

  /** The store error for a failed call; a server found gone is noted, and in fail-fast mode is StoreUnavailableError. */
  private failure(error: unknown): unknown {
    if (error instanceof StoreUnavailableError) return error;
    if (isUnreachable(error)) {
      this.availability.note(false);
      if (this.failFast) return unavailableError(this.settings, error);
    }
    return connectionError(error, this.settings);
  }

  private read<T>(work: (tx: ManagedTransaction) => Promise<T>): Promise<T> {
    return this.withSession((session) => session.executeRead(work), 'read');
  }

  private write<T>(work: (tx: ManagedTransaction) => Promise<T>): Promise<T> {
    return this.withSession((session) => session.executeWrite(work));
  }

  /**
   * One statement as an auto-commit read: one message on the connection where a transaction takes
   * three (BEGIN, RUN, COMMIT; each a socket write, a fifth of a busy API server's CPU), retried as the
   * driver retries a transaction. A read of one statement sees one state of the store either way.
   */
  private readAlone<T>(work: (session: Runner) => Promise<T>): Promise<T> {
    return this.withSession((session) => retried(() => work(session)), 'read');
  }

  private async query(query: Query): Promise<QueryResult> {
    return this.readAlone((session) => session.run(query.text, query.params));
  }

  /** Adds one article; calls made together are written in shared transactions (see BatchQueue). */
  async ingest(graph: ArticleGraph): Promise<IngestResult> {
    validateArticleGraph(graph);
    return this.queue.push(graph);
  }

  /**
   * Writes a batch in one transaction. A batch that fails for another reason than a lost server is
   * written again one article at a time, so that one bad article fails alone, as it would have.
   */
  private async writeBatch(graphs: ArticleGraph[]): Promise<(IngestResult | Error)[]> {
    for (let attempt = 0; ; attempt += 1) {
      try {
        return await this.write((tx) => ingestBatch(tx, graphs));
      } catch (error) {
        const cause = error instanceof Error && error.cause !== undefined ? error.cause : error;
        if (cause instanceof ConcurrentCreation || error instanceof ConcurrentCreation) {
          if (attempt < CONCURRENT_RETRIES) continue;
        }
        if (
          graphs.length === 1 ||
          error instanceof StoreUnavailableError ||
          isUnreachable(error) ||
          isUnreachable(cause)
        )
          throw error;
        const results: (IngestResult | Error)[] = [];
        for (const graph of graphs)
          results.push(
            await this.writeBatch([graph]).then(
              (r) => r[0]!,
              (e: unknown) => (e instanceof Error ? e : new Error(String(e))),
            ),
          );
        return results;
      }
    }
  }

  async deleteArticle(id: string): Promise<DeleteResult> {
    return this.write((tx) => deleteArticleIn(tx, id));
  }

  getEntities(ids: readonly string[]): Promise<(EntityRecord | null)[]>;
  getEntities(ids: readonly string[], options: ReadOptions): Promise<(EntityHead | null)[]>;
  async getEntities(ids: readonly string[], options?: ReadOptions): Promise<(EntityHead | null)[]> {
    const found = withProvenance(options)
      ? await this.read((tx) => readEntities(tx, ids))
      : await this.readAlone((session) => readEntityHeads(session, ids));
    return ids.map((id) => found.get(id) ?? null);
  }

  async mentionsOf(ids: readonly string[]): Promise<MentionRecord[][]> {
    const found = await this.readAlone((session) => readMentions(session, ids));
    return ids.map((id) => found.get(id) ?? []);
  }

  searchEntities(query: EntityQuery): Promise<Page<EntityRecord>>;
  searchEntities(query: EntityQuery, options: ReadOptions): Promise<Page<EntityHead>>;
  async searchEntities(query: EntityQuery, options?: ReadOptions): Promise<Page<EntityHead>> {
    const { offset, limit } = pageWindow(query);
    const folded = query.search ? foldText(query.search) : '';
    const indexed = folded !== '' && folded.split(' ').length <= MAX_INDEXED_WORDS;
    const search = read.searchEntities(folded, query.label || null, offset, limit, indexed ? this.fulltextIndex : null);
    if (!withProvenance(options)) {
      return pageOf(await this.query(search), offset, decodeEntityHead);
    }
    return this.read(async (tx) => {
      const page = pageOf(await tx.run(...args(search)), offset, (props) => props);
      const items = await completeEntities(
        tx,
        page.items.map((props) => ({ id: String(props.id), props })),
      );
      return { ...page, items };
    });
  }

  async knownEntities(): Promise<
    (Pick<EntityRecord, 'id' | 'label' | 'name' | 'aliases'> &
      Partial<Pick<EntityRecord, 'roles' | 'date' | 'place'>>)[]
  > {
    const result = await this.query(read.knownEntities());
    return result.records.map((r) => {
      const roles = r.get('roles') as string[] | null;
      const date = r.get('date') as string | null;
      const place = r.get('place') as string | null;
      return {
        id: String(r.get('id')),
        label: r.get('label') as EntityLabel,
        name: String(r.get('name')),
        aliases: (r.get('aliases') as string[] | null) ?? [],
        ...(roles && roles.length > 0 ? { roles } : {}),
        ...(date ? { date } : {}),
        ...(place ? { place } : {}),
      };
    });
  }

  getRelations(ids: readonly string[]): Promise<(RelationRecord | null)[]>;
  getRelations(ids: readonly string[], options: ReadOptions): Promise<(RelationHead | null)[]>;
  async getRelations(ids: readonly string[], options?: ReadOptions): Promise<(RelationHead | null)[]> {
    const found = await this.read((tx) => (withProvenance(options) ? readRelations : readRelationHeads)(tx, ids));
    return ids.map((id) => found.get(id) ?? null);
  }

  async evidenceOf(ids: readonly string[]): Promise<EvidenceRecord[][]> {
    const found = await this.readAlone((session) => readEvidence(session, ids));
    return ids.map((id) => found.get(id) ?? []);
  }

  async relations(query: RelationQuery): Promise<Page<RelationRecord>> {
    const { offset, limit } = pageWindow(query);
    const filter: read.RelationFilter = {
      types: query.types ?? null,
      includeHedged: query.includeHedged ?? false,
      includeNegated: query.includeNegated ?? false,
      minConfidence: query.minConfidence ?? 0,
      involving: query.involving || null,
      from: query.from || null,
      to: query.to || null,
      article: query.article || null,
      since: query.since || null,
      until: query.until || null,
    };
    return this.read(async (tx) => {
      const page = pageOf(await tx.run(...args(read.relationsPage(filter, offset, limit))), offset, relationRowOf);
      return { ...page, items: await completeRelations(tx, page.items) };
    });
  }

  relationsOf(ids: readonly string[], options: RelationsOfQuery): Promise<RelationRecord[][]>;
  relationsOf(ids: readonly string[], options: RelationsOfQuery, read: ReadOptions): Promise<RelationHead[][]>;
  async relationsOf(
    ids: readonly string[],
    options: RelationsOfQuery,
    readOptions?: ReadOptions,
  ): Promise<RelationHead[][]> {
    return this.read(async (tx) => {
      const found = await rows(
        tx,
        read.relationsOf(ids, options.direction, options.types, options.includeHedged ?? false),
      );
      const byId = new Map(
        found.map((r) => [String(r.get('id')), (r.get('edges') as Properties[]).map(relationRowOf)]),
      );
      const edges = [...byId.values()].flat();
      const complete = new Map<string, RelationHead>(
        (withProvenance(readOptions) ? await completeRelations(tx, edges) : relationHeads(edges)).map((r) => [r.id, r]),
      );
      return ids.map((id) => (byId.get(id) ?? []).map((r) => complete.get(String(r.props.id))!));
    });
  }

  async getStatements(ids: readonly string[]): Promise<(StatementRecord | null)[]> {
    const found = await this.query(read.statementsById(ids));
    const byId = new Map(
      found.records.map((r) => [String(r.get('id')), decodeStatement(r.get('props') as Properties)]),
    );
    return ids.map((id) => byId.get(id) ?? null);
  }

  async statements(query: StatementQuery): Promise<Page<StatementRecord>> {
    const { offset, limit } = pageWindow(query);
    const filter = {
      speaker: query.speaker || null,
      about: query.about || null,
      article: query.article || null,
      q: query.search ? foldText(query.search) : '',
    };
    return pageOf(await this.query(read.statementsPage(filter, offset, limit)), offset, decodeStatement);
  }

  async statementsOf(ids: readonly string[], role: 'speaker' | 'about'): Promise<StatementRecord[][]> {
    const result = await this.query(read.statementsOf(ids, role));
    const byId = new Map(
      result.records.map((r) => [String(r.get('id')), (r.get('statements') as Properties[]).map(decodeStatement)]),
    );
    return ids.map((id) => byId.get(id) ?? []);
  }

  async getArticles(ids: readonly string[]): Promise<(ArticleRecord | null)[]> {
    const found = await this.query(read.articlesById(ids));
    const byId = new Map(found.records.map((r) => [String(r.get('id')), decodeArticle(r.get('props') as Properties)]));
    return ids.map((id) => byId.get(id) ?? null);
  }

  async articles(query: PageArgs): Promise<Page<ArticleRecord>> {
    const { offset, limit } = pageWindow(query);
    return pageOf(await this.query(read.articlesPage(offset, limit)), offset, decodeArticle);
  }

  neighborhood(query: NeighborhoodQuery): Promise<Subgraph>;
  neighborhood(query: NeighborhoodQuery, options: ReadOptions): Promise<Subgraph<EntityHead, RelationHead>>;
  async neighborhood(query: NeighborhoodQuery, options?: ReadOptions): Promise<Subgraph<EntityHead, RelationHead>> {
    const provenance = withProvenance(options);
    const hops = hopBound(query.hops, 'hops');
    const includeHedged = query.includeHedged ?? false;
    const asOf = checkDateArgument(query.asOf, 'asOf');
    return this.read(async (tx) => {
      const readNodes = provenance ? readEntities : readEntityHeads;
      const center: ReadonlyMap<string, EntityHead> = await readNodes(tx, [query.id]);
      if (center.size === 0) return { nodes: [], edges: [] };
      const ids = await nearestIds(tx, query.id, hops, query.limit, (frontier, seen, limit) =>
        read.ring(frontier, seen, limit, query.types, includeHedged, asOf),
      );
      // The centre (ids[0]) is read already: a hub's mentions are thousands of rows.
      const nodes = new Map([...center, ...(await readNodes(tx, ids.slice(1)))]);
      const found = (await rows(tx, read.edgesAmong(ids, query.types, includeHedged, asOf))).map(relationRowOf);
      const edges = provenance ? await completeRelations(tx, found) : relationHeads(found);
      return { nodes: ids.map((id) => nodes.get(id)!), edges };
    });
  }

  path(query: PathQuery): Promise<Subgraph | null>;
  path(query: PathQuery, options: ReadOptions): Promise<Subgraph<EntityHead, RelationHead> | null>;
  async path(query: PathQuery, options?: ReadOptions): Promise<Subgraph<EntityHead, RelationHead> | null> {
    const maxHops = hopBound(query.maxHops, 'maxHops');
    const asOf = checkDateArgument(query.asOf, 'asOf');
    const provenance = withProvenance(options);
    return this.read(async (tx) => {
      const readNodes = provenance ? readEntities : readEntityHeads;
      const ends: ReadonlyMap<string, EntityHead> = await readNodes(tx, [query.from, query.to]);
      if (!ends.has(query.from) || !ends.has(query.to)) return null;
      if (query.from === query.to) return { nodes: [ends.get(query.from)!], edges: [] };
      const steps: PathStep[] = (
        await rows(tx, read.shortestPathSteps(query.from, query.to, maxHops, query.types, asOf))
      ).map((r) => ({
        depth: Number(r.get('depth')),
        from: String(r.get('from')),
        edge: String(r.get('edge')),
        to: String(r.get('to')),
      }));
      const chosen = canonicalPath(query.from, query.to, steps);
      if (!chosen) return null;
      // Its ends are read already.
      const nodes = new Map([...ends, ...(await readNodes(tx, chosen.nodes.slice(1, -1)))]);
      const edges: ReadonlyMap<string, RelationHead> = await (provenance ? readRelations : readRelationHeads)(
        tx,
        chosen.edges,
      );
      return { nodes: chosen.nodes.map((id) => nodes.get(id)!), edges: chosen.edges.map((id) => edges.get(id)!) };
    });
  }

  async timeline(query: TimelineQuery): Promise<TimelinePage> {
    const since = checkDateArgument(query.since, 'since');
    const until = checkDateArgument(query.until, 'until');
    return this.read(async (tx) => {
      const found = factRowsOf(await rows(tx, read.timelineFacts(query.entity, factFilter(query))));
      const { page, factCount } = timelineGroups(
        found.filter((row) => datedWithin(row.date, since, until)),
        query,
      );
      const relations = await readRelations(
        tx,
        page.items.flatMap((group) => group.facts.map((row) => row.id)),
      );
      return {
        ...page,
        factCount,
        items: page.items.map((group) => ({
          date: group.date,
          event: group.event,
          facts: group.facts.map((row) => datedRelation(row, relations)),
        })),
      };
    });
  }

  async between(query: BetweenQuery): Promise<Page<DatedRelation>> {
    return this.read(async (tx) => {
      const found = factRowsOf(await rows(tx, read.factsBetween(query.a, query.b, factFilter(query))));
      const page = factsByDate(found, query);
      const relations = await readRelations(
        tx,
        page.items.map((row) => row.id),
      );
      return { ...page, items: page.items.map((row) => datedRelation(row, relations)) };
    });
  }

  async dateRange(): Promise<DateRange | null> {
    const [row] = (await this.query(read.factDateRange())).records;
    const earliest = row?.get('earliest');
    const latest = row?.get('latest');
    return typeof earliest === 'string' && typeof latest === 'string' ? { earliest, latest } : null;
  }

  async stats(): Promise<StoreStats> {
    const counts = (await this.query(read.countRecords())).records[0]!;
    const count = (key: string): number => Number(counts.get(key));
    const nodesByLabel = Object.fromEntries(ENTITY_LABELS.map((l) => [l, count(l)])) as Record<EntityLabel, number>;
    const edgesByType = Object.fromEntries(RELATION_TYPES.map((t) => [t, count(t)])) as Record<RelationType, number>;
    return {
      articles: count('articles'),
      nodes: Object.values(nodesByLabel).reduce((a, b) => a + b, 0),
      edges: Object.values(edgesByType).reduce((a, b) => a + b, 0),
      statements: count('statements'),
      nodesByLabel,
      edgesByType,
    };
  }

  async exportGraph(): Promise<SerializedGraph> {
    const { entities, relations } = await this.dump();
    return buildKnowledgeGraph(entities, relations).export();
  }

  async dump(): Promise<GraphDump> {
    return this.read((tx) => dumpIn(tx));
  }

  /** Replaces the content with the dump, in batches: run it again if it fails midway. */
  async load(dump: GraphDump): Promise<void> {
    validateDump(dump);
    await loadDump(dump, {
      session: (work) => this.withSession(work),
      write: (work) => this.write(work),
    });
  }

  async corrections(): Promise<Correction[]> {
    return this.read(async (tx) =>
      (await rows(tx, maintainCypher.everyCorrection())).map((r) => JSON.parse(String(r.get('json'))) as Correction),
    );
  }

  /** A Correction node per entry (`seq` its place, `json` the entry), which load's wipe leaves alone. */
  async putCorrection(correction: Correction): Promise<void> {
    await this.write((tx) => tx.run(...args(maintainCypher.putCorrection(correction.id, JSON.stringify(correction)))));
  }

  /** Whether the server answers: what the last second found, else a check of at most NEO4J_CHECK_TIMEOUT_MS. */
  async health(): Promise<StoreHealth> {
    return { kind: 'neo4j', available: await this.availability.available() };
  }

  /** Nothing to do: every ingest call settles once its transaction has committed. */
  async flush(): Promise<void> {}

  async close(): Promise<void> {
    await Promise.all([this.driver.close(), this.checker.close()]);
  }
}

/** The fact filter of a timeline or between query, as the Cypher builders take it. */
function factFilter(query: TimelineQuery | BetweenQuery): read.FactFilter {
  return {
    types: query.types ?? null,
    includeHedged: query.includeHedged ?? false,
    includeNegated: query.includeNegated ?? false,
  };
}

function factRowsOf(found: readonly { get(key: string): unknown }[]): FactRow[] {
  return found.map((r) => {
    const date = r.get('date');
    const event = r.get('event');
    return {
      id: String(r.get('id')),
      date: typeof date === 'string' ? date : null,
      event: typeof event === 'string' ? event : null,
    };
  });
}

function datedRelation(row: FactRow, relations: ReadonlyMap<string, RelationRecord>): DatedRelation {
  const relation = relations.get(row.id);
  if (!relation) throw new Error(`Fact ${row.id} was found but could not be read back; please report this.`);
  return { date: row.date, relation };
}

/** Whether a read returns whole records (the default) or heads (see ReadOptions in port.ts). */
function withProvenance(options: ReadOptions | undefined): boolean {
  return options?.provenance ?? true;
}

function args(query: Query): [string, Record<string, unknown>] {
  return [query.text, query.params];
}

/** Every record, read in one transaction. */
async function dumpIn(tx: Runner): Promise<GraphDump> {
  const nodes = await rows(tx, read.everyEntity());
  const mentions = await readMentions(
    tx,
    nodes.map((r) => String(r.get('id'))),
  );
  const evidence = new Map<string, EvidenceRecord[]>();
  for (const r of await rows(tx, read.everyEvidence())) {
    const id = String(r.get('id'));
    const list = evidence.get(id) ?? [];
    list.push(decodeEvidence(r.get('props') as Properties));
    evidence.set(id, list);
  }
  const relations = (await rows(tx, read.everyRelation())).map((r) => {
    const row = relationRowOf(r);
    return decodeRelation(row.props, row.type, row.source, row.target, evidence.get(String(row.props.id)) ?? []);
  });
  return {
    articles: (await rows(tx, read.everyArticle())).map((r) => decodeArticle(r.get('props') as Properties)),
    entities: nodes.map((r) => decodeEntity(r.get('props') as Properties, mentions.get(String(r.get('id'))) ?? [])),
    relations,
    statements: (await rows(tx, read.everyStatement())).map((r) => decodeStatement(r.get('props') as Properties)),
  };
}
