import { randomUUID } from 'node:crypto';
import type { ArticleGraph, ArticleRecord, RelationType } from '../../graph/model.js';
import type { IngestResult } from '../port.js';
import {
  decodeArticle,
  decodeEntity,
  decodeRelation,
  evidenceBookOf,
  mentionBookOf,
  type Properties,
} from './codec.js';
import * as write from './cypher/ingest.js';
import type { Query } from './cypher/query.js';
import { relationsById } from './cypher/read.js';
import { irregularRecords, planBatch, type BatchState, type StoredEntity, type StoredRelation } from './ingest-plan.js';
import { readEvidence, readMentions, relationRowOf, rows, type Runner } from './records.js';

/** Thrown inside a batch when another writer created one of its new entities meanwhile: the batch is run again. */
export class ConcurrentCreation extends Error {}

async function run(tx: Runner, query: Query | undefined): Promise<void> {
  if (query) await tx.run(query.text, query.params);
}

function when<T>(items: readonly T[], build: (items: readonly T[]) => Query): Query | undefined {
  return items.length > 0 ? build(items) : undefined;
}

/** Element ids (see cypher/ingest.ts) of the batch's nodes and edges, by record id. */
interface ElementIds {
  articles: Map<string, string>;
  entities: Map<string, string>;
  relations: Map<string, string>;
}

/**
 * Reads what the store holds of the records the batch touches, locking the entities it will merge into
 * or link to (statements' speakers and subjects too), with their element ids. Only edges whose two ends
 * are stored are looked up: any other is new.
 */
async function readState(
  tx: Runner,
  graphs: readonly ArticleGraph[],
  token: string,
): Promise<{ state: BatchState; eids: ElementIds }> {
  const eids: ElementIds = { articles: new Map(), entities: new Map(), relations: new Map() };
  const articles = new Map<string, ArticleRecord>();
  const touched = new Set<string>();
  const linked = new Set<string>();
  for (const g of graphs) {
    for (const e of g.entities) touched.add(e.id);
    for (const r of g.relations) touched.add(r.source).add(r.target);
    for (const s of g.statements) {
      linked.add(s.speaker);
      if (s.about) linked.add(s.about);
    }
  }
  const statementIds = [...new Set(graphs.flatMap((g) => g.statements.map((s) => s.id)))];
  // Three independent reads, sent together (pipelined).
  const [claimed, locked, known] = await Promise.all([
    rows(tx, write.claimArticles([...new Set(graphs.map((g) => g.article.id))], token)),
    rows(tx, write.lockEntities([...new Set([...touched, ...linked])].sort())),
    statementIds.length > 0 ? rows(tx, write.knownStatements(statementIds)) : [],
  ]);
  for (const row of claimed) {
    eids.articles.set(String(row.get('id')), String(row.get('eid')));
    if (row.get('created') !== true) articles.set(String(row.get('id')), decodeArticle(row.get('props') as Properties));
  }

  const entities = new Map<string, StoredEntity>();
  for (const row of locked) {
    const props = row.get('props') as Properties;
    const id = String(row.get('id'));
    eids.entities.set(id, String(row.get('eid')));
    entities.set(id, { record: decodeEntity(props, []), book: mentionBookOf(props), props });
  }
  const candidates = graphs.flatMap((g) => g.relations).filter((r) => entities.has(r.source) && entities.has(r.target));
  const relations = new Map<string, StoredRelation>();
  if (candidates.length > 0) {
    const byType: Partial<Record<RelationType, string[]>> = {};
    for (const r of candidates) (byType[r.type] ??= []).push(r.id);
    for (const row of await rows(tx, relationsById(byType))) {
      const r = relationRowOf(row);
      const id = String(r.props.id);
      eids.relations.set(id, String(row.get('eid')));
      relations.set(id, {
        record: decodeRelation(r.props, r.type, r.source, r.target, []),
        book: evidenceBookOf(r.props),
        props: r.props,
      });
    }
  }

  const irregular = irregularRecords(graphs);
  const wholeEntities = [...entities]
    .filter(([id, e]) => touched.has(id) && (!e.book.normal || irregular.entities.includes(id)))
    .map(([id]) => id);
  const mentions = await readMentions(tx, wholeEntities);
  for (const id of wholeEntities) entities.get(id)!.mentions = mentions.get(id) ?? [];
  const wholeRelations = [...relations]
    .filter(([id, r]) => !r.book.normal || irregular.relations.includes(id))
    .map(([id]) => id);
  const evidence = await readEvidence(tx, wholeRelations);
  for (const id of wholeRelations) relations.get(id)!.evidence = evidence.get(id) ?? [];

  const statements = new Set(known.map((r) => String(r.get('id'))));
  return { state: { articles, entities, relations, statements }, eids };
}

/** Splits rows into those whose nodes all have element ids (mapped by `at`) and the others. */
function split<T, U>(items: readonly T[], at: (item: T) => U | undefined): { at: U[]; byId: T[] } {
  const out = { at: [] as U[], byId: [] as T[] };
  for (const item of items) {
    const located = at(item);
    if (located) out.at.push(located);
    else out.byId.push(item);
  }
  return out;
}

/**
 * Ingests a batch of article graphs in one transaction, with the results (or errors) they would have
 * had one by one. Runs again from the start when the driver retries the transaction.
 */
export async function ingestBatch(tx: Runner, graphs: readonly ArticleGraph[]): Promise<(IngestResult | Error)[]> {
  const token = randomUUID();
  const { state, eids } = await readState(tx, graphs, token);
  const { results, writes: w } = planBatch(graphs, state);
  const article = (id: unknown): string | undefined => eids.articles.get(String(id));
  const entity = (id: unknown): string | undefined => eids.entities.get(String(id));
  // The entities first, whose element ids the links need; nothing after them is read back, so the rest
  // is sent at once (the driver pipelines it on the connection, in order): the server runs one statement
  // while the client encodes the next, with no round trip between them.
  await run(
    tx,
    when(w.refused, (ids) => write.releaseClaims(ids, token)),
  );
  // Their nodes are gone: rows naming them go by id, and find none, as they would alone.
  for (const id of w.refused) eids.articles.delete(id);
  if (w.createEntities.length > 0) {
    const created = await rows(tx, write.createEntities(w.createEntities, token));
    if (created.length < w.createEntities.length)
      throw new ConcurrentCreation('Another writer created some of the entities of this batch.');
    for (const row of created) eids.entities.set(String(row.get('id')), String(row.get('eid')));
  }
  const sent: Promise<unknown>[] = [];
  const send = (query: Query | undefined): void => {
    if (query) sent.push(Promise.resolve(tx.run(query.text, query.params)));
  };
  // Every entity and edge updated was read (and its element id with it), every accepted article claimed.
  send(
    when(
      w.updateEntities.map((e) => ({ eid: entity(e.id)!, props: e.props })),
      write.updateEntitiesAt,
    ),
  );
  send(
    when(
      w.updateRelations.map((r) => ({ eid: eids.relations.get(r.id)!, props: r.props })),
      write.updateRelationsAt,
    ),
  );
  send(
    when(
      w.articles.map((a) => ({ eid: article(a.id)!, props: a.props })),
      write.writeArticlesAt,
    ),
  );
  send(when(w.rewriteMentionsOf, write.deleteMentions));
  const mentions = split(w.createMentions, (m) => {
    const [a, n] = [article(m.from), entity(m.entity)];
    return a && n ? { a, n, props: m.props } : undefined;
  });
  send(when(mentions.at, write.createMentionsAt));
  send(when(mentions.byId, write.createMentions));
  const relations = split(w.createRelations, (r) => {
    const [s, t] = [entity(r.source), entity(r.target)];
    return s && t ? { type: r.type, s, t, props: r.props } : undefined;
  });
  send(when(relations.at, write.createRelationsAt));
  send(when(relations.byId, write.createRelations));
  send(when(w.rewriteEvidenceOf, write.deleteEvidence));
  const evidence = split(w.createEvidence, (e) => {
    const a = article(e.props.article);
    return a ? { a, props: e.props } : undefined;
  });
  send(when(evidence.at, write.createEvidenceAt));
  send(when(evidence.byId, write.createEvidence));
  // A speaker or subject without an element id is not stored: its id was among those locked.
  const statements = split(w.createStatements, (s) => {
    const a = article(s.props.article);
    return a
      ? {
          a,
          p: entity(s.props.speaker) ?? null,
          x: s.props.about ? (entity(s.props.about) ?? null) : null,
          props: s.props,
        }
      : undefined;
  });
  send(when(statements.at, write.createStatementsAt));
  send(when(statements.byId, write.createStatements));
  send(when(w.statements, write.writeStatements));
  await Promise.all(sent);
  return results;
}
