import {
  extractArticle,
  finishArticle,
  KnownEntities,
  type ArticleInput,
  type ExtractOptions,
  type ReadArticle,
} from '../extract/index.js';
import { applyCorrections } from '../graph/corrections.js';
import type { ArticleGraph } from '../graph/model.js';
import type { GraphStore, IngestResult } from '../store/port.js';

/** Turns an article into its graph (the extractor; replaceable in tests). */
export type Extractor = (input: ArticleInput, options: ExtractOptions) => ArticleGraph;

/** What adding one article did, and the graph the extractor made of it. */
export interface IngestedArticle {
  result: IngestResult;
  graph: ArticleGraph;
}

/** An article extracted and handed to the store; `stored` settles once the store has it (see IngestSession.start). */
export interface StartedArticle {
  graph: ArticleGraph;
  stored: Promise<IngestedArticle>;
}

/**
 * Adds articles to one store, in order. Each is extracted against the entities the store held when the
 * session opened plus those of the articles added since, so that a name meets the same entity across a
 * batch (`kg ingest`) as across requests (`ingestArticle`). Nothing is durable before `flush`.
 */
export interface IngestSession {
  /** Extracts the article (dated `date` when its text gives none) and adds its graph to the store. */
  add(input: ArticleInput, date?: string): Promise<IngestedArticle>;
  /**
   * Adds an article whose known-independent half was run already (readArticle with the same `date`, as
   * `kg ingest --workers` does in its worker threads): the same as `add` of its input.
   */
  addRead(read: ReadArticle, date?: string): Promise<IngestedArticle>;
  /**
   * `add` without waiting for the store: resolves once the article is extracted and handed over, so that
   * the next can be extracted while the store writes this one (kg ingest keeps GraphStore.ingestWindow
   * articles in flight; Neo4j writes those that wait together in one transaction). The entities the next
   * articles are extracted against are the same as with `add`: an article's entities join them when the
   * store does not hold the article yet (asked before it is handed over), as its ingest will then add it.
   * One exception: an article the store then refuses for another reason has lent its entities to the
   * articles extracted meanwhile. `stored` is marked handled: await it to see its failure.
   */
  start(input: ArticleInput, date?: string): Promise<StartedArticle>;
  /** `addRead` without waiting for the store, as `start`. */
  startRead(read: ReadArticle, date?: string): Promise<StartedArticle>;
  /** Makes every article added so far durable. */
  flush(): Promise<void>;
}

/** How old the session's copy of the corrections log may get before it is read again. */
const LOG_REREAD_MS = 5000;

/**
 * Opens an ingest session on a store: reads the entities it knows, once, and its corrections log. Each
 * article's graph has the log applied before it is stored (graph/corrections.ts), so that what a curator
 * corrected stays corrected when an article is ingested again or the corpus re-extracted.
 */
export async function openIngestSession(
  store: GraphStore,
  extract: Extractor = extractArticle,
): Promise<IngestSession> {
  const known = new KnownEntities(await store.knownEntities());
  /** Articles handed to the store in this session: a second one is a duplicate whatever the store says yet. */
  const handed = new Set<string>();
  let log = await store.corrections();
  let readAt = Date.now();
  const start = async (extracted: ArticleGraph): Promise<StartedArticle> => {
    // Read again now and then: a long session (kg watch, a large kg ingest) meets corrections made
    // meanwhile by the API or another process (on Neo4j at once; the embedded store sees another
    // process's log when it next writes its file, and applies it then: see EmbeddedStore.mergeWithFile).
    if (Date.now() - readAt > LOG_REREAD_MS) [log, readAt] = [await store.corrections(), Date.now()];
    const graph = applyCorrections(extracted, log);
    const id = graph.article.id;
    const isNew = !handed.has(id) && (await store.getArticles([id]))[0] === null;
    handed.add(id);
    if (isNew) for (const e of graph.entities) known.add(e);
    const stored = store.ingest(graph).then((result) => ({ result, graph }));
    stored.catch(() => undefined);
    return { graph, stored };
  };
  const startInput = async (input: ArticleInput, date?: string): Promise<StartedArticle> =>
    start(extract(input, { known, date }));
  const startRead = async (read: ReadArticle, date?: string): Promise<StartedArticle> =>
    start(finishArticle(read, { known, date }));
  return {
    add: async (input, date) => (await startInput(input, date)).stored,
    addRead: async (read, date) => (await startRead(read, date)).stored,
    start: startInput,
    startRead,
    flush: () => store.flush(),
  };
}

/** Adds one article to a store (see IngestSession.add) and makes it durable before resolving. */
export async function ingestArticle(
  store: GraphStore,
  input: ArticleInput,
  options: { date?: string; extract?: Extractor } = {},
): Promise<IngestedArticle> {
  const session = await openIngestSession(store, options.extract);
  const ingested = await session.add(input, options.date);
  await session.flush();
  return ingested;
}
