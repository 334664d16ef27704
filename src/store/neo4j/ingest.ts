import { randomUUID } from 'node:crypto';
import type { ArticleGraph, ArticleRecord } from '../../graph/model.js';
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
import { irregularRecords, planBatch, type BatchState, type StoredEntity, type StoredRelation } from './ingest-plan.js';
import { readEvidence, readMentions, readRelationRowsOfType, rows, type Runner } from './records.js';

/** Thrown inside a batch when another writer created one of its new entities meanwhile: the batch is run again. */
export class ConcurrentCreation extends Error {}

async function run(tx: Runner, query: Query | undefined): Promise<void> {
  if (query) await tx.run(query.text, query.params);
}

function when<T>(items: readonly T[], build: (items: readonly T[]) => Query): Query | undefined {
  return items.length > 0 ? build(items) : undefined;
}

/** Reads what the store holds of the records the batch touches, locking the entities it will merge into. */
async function readState(tx: Runner, graphs: readonly ArticleGraph[], token: string): Promise<BatchState> {
  const articles = new Map<string, ArticleRecord>();
  const claimed = await rows(tx, write.claimArticles([...new Set(graphs.map((g) => g.article.id))], token));
  for (const row of claimed)
    if (row.get('created') !== true) articles.set(String(row.get('id')), decodeArticle(row.get('props') as Properties));

  const entityIds = new Set<string>();
  for (const g of graphs) {
    for (const e of g.entities) entityIds.add(e.id);
    for (const r of g.relations) entityIds.add(r.source).add(r.target);
  }
  const entities = new Map<string, StoredEntity>();
  for (const row of await rows(tx, write.lockEntities([...entityIds].sort()))) {
    const props = row.get('props') as Properties;
    entities.set(String(row.get('id')), { record: decodeEntity(props, []), book: mentionBookOf(props), props });
  }
  const relationRows = await readRelationRowsOfType(
    tx,
    graphs.flatMap((g) => g.relations),
  );
  const relations = new Map<string, StoredRelation>();
  for (const [id, r] of relationRows)
    relations.set(id, {
      record: decodeRelation(r.props, r.type, r.source, r.target, []),
      book: evidenceBookOf(r.props),
      props: r.props,
    });

  const irregular = irregularRecords(graphs);
  const wholeEntities = [...entities]
    .filter(([id, e]) => !e.book.normal || irregular.entities.includes(id))
    .map(([id]) => id);
  const mentions = await readMentions(tx, wholeEntities);
  for (const id of wholeEntities) entities.get(id)!.mentions = mentions.get(id) ?? [];
  const wholeRelations = [...relations]
    .filter(([id, r]) => !r.book.normal || irregular.relations.includes(id))
    .map(([id]) => id);
  const evidence = await readEvidence(tx, wholeRelations);
  for (const id of wholeRelations) relations.get(id)!.evidence = evidence.get(id) ?? [];

  const statementIds = [...new Set(graphs.flatMap((g) => g.statements.map((s) => s.id)))];
  const statements = new Set(
    statementIds.length > 0
      ? (await rows(tx, write.knownStatements(statementIds))).map((r) => String(r.get('id')))
      : [],
  );
  return { articles, entities, relations, statements };
}

/**
 * Ingests a batch of article graphs in one transaction, with the results (or errors) they would have
 * had one by one. Runs again from the start when the driver retries the transaction.
 */
export async function ingestBatch(tx: Runner, graphs: readonly ArticleGraph[]): Promise<(IngestResult | Error)[]> {
  const token = randomUUID();
  const state = await readState(tx, graphs, token);
  const { results, writes: w } = planBatch(graphs, state);
  await run(
    tx,
    when(w.refused, (ids) => write.releaseClaims(ids, token)),
  );
  // Changes to stored nodes and edges first, before the transaction has created much: the server's
  // estimates count what a transaction wrote, and after the creations it judged scanning an index per row
  // cheaper than seeking it (the lookups now name the seek too, see cypher/ingest.ts).
  await run(tx, when(w.updateEntities, write.updateEntities));
  for (const type of new Set(w.updateRelations.map((r) => r.type))) {
    await run(
      tx,
      write.updateRelations(
        type,
        w.updateRelations.filter((r) => r.type === type),
      ),
    );
  }
  await run(tx, when(w.articles, write.writeArticles));
  if (w.createEntities.length > 0) {
    const created = await rows(tx, write.createEntities(w.createEntities, token));
    if (Number(created[0]?.get('created') ?? 0) < w.createEntities.length)
      throw new ConcurrentCreation('Another writer created some of the entities of this batch.');
  }
  await run(tx, when(w.rewriteMentionsOf, write.deleteMentions));
  await run(tx, when(w.createMentions, write.createMentions));
  await run(tx, when(w.createRelations, write.createRelations));
  await run(tx, when(w.rewriteEvidenceOf, write.deleteEvidence));
  await run(tx, when(w.createEvidence, write.createEvidence));
  await run(tx, when(w.createStatements, write.createStatements));
  await run(tx, when(w.statements, write.writeStatements));
  return results;
}
