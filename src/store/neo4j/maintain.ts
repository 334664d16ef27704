import { randomUUID } from 'node:crypto';
import type { Session } from 'neo4j-driver';
import { entityWithoutArticle, tallyEvidence, withoutArticleEvidence } from '../../graph/merge.js';
import type { EvidenceRecord, MentionRecord, RelationRecord, RelationType } from '../../graph/model.js';
import { StoreQueryError } from '../errors.js';
import type { ArticleContents, DeleteResult, GraphDump } from '../port.js';
import {
  articleContents,
  articleProperties,
  decodeEntity,
  entityProperties,
  evidenceBookOf,
  evidenceProperties,
  mentionBookOf,
  mentionRows,
  relationProperties,
  statementProperties,
  type Properties,
} from './codec.js';
import * as write from './cypher/ingest.js';
import { changes } from './ingest-plan.js';
import * as maintain from './cypher/maintain.js';
import type { Query } from './cypher/query.js';
import { completeRelations, readMentions, readRelationRows, rows, type Runner } from './records.js';

/** Records written per transaction when loading a dump. */
const LOAD_BATCH = 2000;

async function run(tx: Runner, query: Query): Promise<void> {
  await tx.run(query.text, query.params);
}

/** Takes one article's evidence off its edges, dropping those left with none; returns how many were dropped. */
async function deleteEvidenceOf(tx: Runner, article: string, ids: readonly string[]): Promise<number> {
  const found = await readRelationRows(tx, ids);
  const relations = await completeRelations(tx, [...found.values()]);
  const keep: { id: string; type: RelationType; props: Properties }[] = [];
  const drop: RelationRecord[] = [];
  for (const relation of relations) {
    const rest = withoutArticleEvidence(relation, article);
    if (!rest) {
      drop.push(relation);
      continue;
    }
    const before = found.get(relation.id)!.props;
    const props = relationProperties(rest, { ...evidenceBookOf(before), tally: tallyEvidence(rest.evidence) });
    keep.push({ id: rest.id, type: rest.type, props: changes(before, props) });
  }
  await run(
    tx,
    maintain.deleteArticleEvidence(
      article,
      keep.map((r) => r.id),
    ),
  );
  for (const type of new Set(keep.map((r) => r.type)))
    await run(
      tx,
      write.updateRelations(
        type,
        keep.filter((r) => r.type === type),
      ),
    );
  await run(tx, write.deleteEvidence(drop.map((r) => r.id)));
  await run(tx, maintain.deleteRelations(drop));
  return drop.length;
}

/** Takes one article's mentions off its entities, dropping those left with neither mentions nor edges; returns how many were dropped. */
async function deleteMentionsOf(tx: Runner, article: string, ids: readonly string[]): Promise<number> {
  const nodes = await rows(tx, maintain.entitiesWithDegree(ids));
  const mentions = await readMentions(
    tx,
    nodes.map((n) => String(n.get('id'))),
  );
  const rewrite: { id: string; props: Properties }[] = [];
  const remove: string[] = [];
  for (const node of nodes) {
    const props = node.get('props') as Properties;
    const entity = decodeEntity(props, mentions.get(String(node.get('id'))) ?? []);
    const rest = entityWithoutArticle(entity, article);
    if (rest.mentions.length > 0 || Number(node.get('degree')) > 0) {
      rewrite.push({
        id: rest.id,
        props: changes(props, entityProperties(rest, { ...mentionBookOf(props), count: rest.mentions.length })),
      });
    } else remove.push(entity.id);
  }
  await run(
    tx,
    maintain.deleteArticleMentions(
      article,
      rewrite.map((r) => r.id),
    ),
  );
  await run(tx, write.updateEntities(rewrite));
  await run(tx, maintain.detachDelete('Entity', remove));
  return remove.length;
}

/** Deletes an article as the port says: its evidence and mentions, and whatever is left without any. */
export async function deleteArticleIn(tx: Runner, id: string): Promise<DeleteResult> {
  const found = await rows(tx, maintain.lockArticle(id));
  const record = found[0];
  if (!record) return { article: id, found: false, nodesRemoved: 0, edgesRemoved: 0, statementsRemoved: 0 };
  const contents = articleContents(record.get('props') as Properties);
  const edgesRemoved = await deleteEvidenceOf(tx, id, contents.relations);
  const nodesRemoved = await deleteMentionsOf(tx, id, [...new Set(contents.entities)]);
  await run(tx, maintain.detachDelete('Statement', contents.statements));
  await run(tx, maintain.detachDelete('Article', [id]));
  return { article: id, found: true, nodesRemoved, edgesRemoved, statementsRemoved: contents.statements.length };
}

function chunks<T>(items: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

function distinctCount<T>(items: readonly T[], key: (item: T) => string): number {
  return new Set(items.map(key)).size;
}

const mentionKey = (m: MentionRecord): string => `${m.article}:${m.start}:${m.end}`;
const evidenceKey = (e: EvidenceRecord): string => `${e.article}:${e.start}:${e.end}:${e.quote ?? ''}`;

/** Where loadDump writes: an auto-commit session (for the wipe) and write transactions. */
export interface LoadTarget {
  session<T>(work: (session: Session) => Promise<T>): Promise<T>;
  write<T>(work: (tx: Runner) => Promise<T>): Promise<T>;
}

/**
 * Replaces the store's content with a checked dump, in transactions of LOAD_BATCH rows. A mention
 * must name an article of the dump (it is a MENTIONS relationship from that article).
 */
export async function loadDump(dump: GraphDump, target: LoadTarget): Promise<void> {
  const articles = new Set(dump.articles.map((a) => a.id));
  for (const e of dump.entities) {
    const orphan = e.mentions.find((m) => !articles.has(m.article));
    if (orphan)
      throw new StoreQueryError(
        `Entity ${e.id} of the dump has a mention in article ${orphan.article}, which the dump does not hold.`,
      );
  }
  await target.session((session) => session.run(maintain.wipe().text));
  const contents = new Map<string, ArticleContents>(
    dump.articles.map((a) => [a.id, { entities: [], relations: [], statements: [] }]),
  );
  for (const e of dump.entities) for (const m of e.mentions) contents.get(m.article)?.entities.push(e.id);
  for (const r of dump.relations) for (const ev of r.evidence) contents.get(ev.article)?.relations.push(r.id);
  for (const s of dump.statements) contents.get(s.article)?.statements.push(s.id);
  const batches: Query[] = [
    ...chunks(
      dump.articles.map((a) => ({ id: a.id, props: articleProperties(a, contents.get(a.id)!) })),
      LOAD_BATCH,
    ).map(write.writeArticles),
    ...chunks(
      dump.entities.map((e) => ({
        id: e.id,
        label: e.label,
        props: entityProperties(e, {
          count: e.mentions.length,
          seq: e.mentions.length,
          normal: distinctCount(e.mentions, mentionKey) === e.mentions.length,
        }),
      })),
      LOAD_BATCH,
    ).map((batch) => write.createEntities(batch, randomUUID())),
    ...chunks(
      dump.entities.flatMap((e) =>
        mentionRows(
          e.id,
          e.mentions.map((mention, seq) => ({ mention, seq })),
        ),
      ),
      LOAD_BATCH,
    ).map(write.createMentions),
    ...chunks(
      dump.relations.map((r) => ({
        type: r.type,
        source: r.source,
        target: r.target,
        props: relationProperties(r, {
          tally: tallyEvidence(r.evidence),
          seq: r.evidence.length,
          normal: distinctCount(r.evidence, evidenceKey) === r.evidence.length,
        }),
      })),
      LOAD_BATCH,
    ).map(write.createRelations),
    ...chunks(
      dump.relations.flatMap((r) => r.evidence.map((e, seq) => ({ props: evidenceProperties(e, r, seq) }))),
      LOAD_BATCH,
    ).map(write.createEvidence),
    ...chunks(
      dump.statements.map((s) => ({ id: s.id, props: statementProperties(s) })),
      LOAD_BATCH,
    ).map(write.writeStatements),
  ];
  for (const query of batches) await target.write((tx) => run(tx, query));
}
