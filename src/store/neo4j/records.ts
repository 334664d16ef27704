import type { ManagedTransaction } from 'neo4j-driver';
import type { EntityRecord, EvidenceRecord, MentionRecord, RelationRecord, RelationType } from '../../graph/model.js';
import { isRelationType } from '../validate.js';
import type { EntityHead, RelationHead } from '../port.js';
import {
  decodeEntity,
  decodeEntityHead,
  decodeEvidence,
  decodeMentions,
  decodeRelation,
  decodeRelationHead,
  type PlacedMention,
  type Properties,
} from './codec.js';
import { entitiesById, evidenceOf, mentionsOf, relationsById, relationsByIdScan } from './cypher/read.js';
import type { Query } from './cypher/query.js';

/**
 * Reading whole records: an entity is its node's properties and its MENTIONS, an edge is its
 * relationship's properties and its Evidence nodes, each list in the order it was built (`seq`).
 */

/** Anything rows can be read from: a transaction, or a session for one statement. */
export interface Runner {
  run: ManagedTransaction['run'];
}

interface Row {
  get(key: string): unknown;
}

export async function rows(tx: Runner, query: Query): Promise<Row[]> {
  return (await tx.run(query.text, query.params)).records;
}

/** A relationship row (props, type, source, target) whose evidence is still to be read. */
export interface RelationRow {
  props: Properties;
  type: string;
  source: string;
  target: string;
}

export function relationRowOf(row: Row | Record<string, unknown>): RelationRow {
  const get = (key: string): unknown =>
    'get' in row && typeof row.get === 'function' ? (row as Row).get(key) : (row as Record<string, unknown>)[key];
  return {
    props: get('props') as Properties,
    type: String(get('type')),
    source: String(get('source')),
    target: String(get('target')),
  };
}

/** The mentions of each given entity, in list order. */
export async function readMentions(tx: Runner, ids: readonly string[]): Promise<Map<string, MentionRecord[]>> {
  const placed = new Map<string, PlacedMention[]>();
  if (ids.length === 0) return new Map();
  for (const row of await rows(tx, mentionsOf(ids))) {
    const id = String(row.get('id'));
    const list = placed.get(id) ?? [];
    list.push(...decodeMentions(row.get('props') as Properties, String(row.get('article'))));
    placed.set(id, list);
  }
  return new Map([...placed].map(([id, list]) => [id, list.sort((a, b) => a.seq - b.seq).map((p) => p.mention)]));
}

/** The evidence of each given edge, in list order. */
export async function readEvidence(tx: Runner, ids: readonly string[]): Promise<Map<string, EvidenceRecord[]>> {
  const byId = new Map<string, EvidenceRecord[]>();
  if (ids.length === 0) return byId;
  for (const row of await rows(tx, evidenceOf(ids))) {
    const id = String(row.get('id'));
    const list = byId.get(id) ?? [];
    list.push(decodeEvidence(row.get('props') as Properties));
    byId.set(id, list);
  }
  return byId;
}

/** Whole entities from their nodes' properties (keyed by id), in the order given. */
export async function completeEntities(
  tx: Runner,
  nodes: readonly { id: string; props: Properties }[],
): Promise<EntityRecord[]> {
  const mentions = await readMentions(
    tx,
    nodes.map((n) => n.id),
  );
  return nodes.map((n) => decodeEntity(n.props, mentions.get(n.id) ?? []));
}

/** Whole edges from their relationship rows, in the order given. */
export async function completeRelations(tx: Runner, found: readonly RelationRow[]): Promise<RelationRecord[]> {
  const evidence = await readEvidence(
    tx,
    found.map((r) => String(r.props.id)),
  );
  return found.map((r) => decodeRelation(r.props, r.type, r.source, r.target, evidence.get(String(r.props.id)) ?? []));
}

/** Entity nodes' properties by id. */
async function entityNodes(tx: Runner, ids: readonly string[]): Promise<{ id: string; props: Properties }[]> {
  return (await rows(tx, entitiesById(ids))).map((r) => ({
    id: String(r.get('id')),
    props: r.get('props') as Properties,
  }));
}

/** Entities by id. */
export async function readEntities(tx: Runner, ids: readonly string[]): Promise<Map<string, EntityRecord>> {
  const entities = await completeEntities(tx, await entityNodes(tx, ids));
  return new Map(entities.map((e) => [e.id, e]));
}

/** Entities by id, without their mentions. */
export async function readEntityHeads(tx: Runner, ids: readonly string[]): Promise<Map<string, EntityHead>> {
  return new Map((await entityNodes(tx, ids)).map((n) => [n.id, decodeEntityHead(n.props)]));
}

/** Edges of relationship rows, without their evidence. */
export function relationHeads(found: readonly RelationRow[]): RelationHead[] {
  return found.map((r) => decodeRelationHead(r.props, r.type, r.source, r.target));
}

/** The relation type an id names (ids are `TYPE:source->target`, see ids.ts), if it is one of the ontology's. */
function typeOfId(id: string): RelationType | undefined {
  const type = id.slice(0, id.indexOf(':'));
  return isRelationType(type) ? type : undefined;
}

/** Relationship rows by id: by an index seek for ids that name their type, by a scan for the others and those not found so. */
export async function readRelationRows(tx: Runner, ids: readonly string[]): Promise<Map<string, RelationRow>> {
  const found = new Map<string, RelationRow>();
  const unique = [...new Set(ids)];
  const byType: Partial<Record<RelationType, string[]>> = {};
  for (const id of unique) {
    const type = typeOfId(id);
    if (type) (byType[type] ??= []).push(id);
  }
  if (Object.keys(byType).length > 0)
    for (const row of await rows(tx, relationsById(byType)))
      found.set(String((row.get('props') as Properties).id), relationRowOf(row));
  const rest = unique.filter((id) => !found.has(id));
  if (rest.length > 0)
    for (const row of await rows(tx, relationsByIdScan(rest)))
      found.set(String((row.get('props') as Properties).id), relationRowOf(row));
  return found;
}

/** Edges by id, without their evidence. */
export async function readRelationHeads(tx: Runner, ids: readonly string[]): Promise<Map<string, RelationHead>> {
  const heads = relationHeads([...(await readRelationRows(tx, ids)).values()]);
  return new Map(heads.map((r) => [r.id, r]));
}

/** Whole edges by id. */
export async function readRelations(tx: Runner, ids: readonly string[]): Promise<Map<string, RelationRecord>> {
  const found = await readRelationRows(tx, ids);
  const relations = await completeRelations(tx, [...found.values()]);
  return new Map(relations.map((r) => [r.id, r]));
}
