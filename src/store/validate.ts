import type { ArticleGraph, EntityLabel, RelationRecord } from '../graph/model.js';
import { ENTITY_LABELS, RELATION_ENDS, RELATION_TYPES } from '../graph/model.js';
import { StoreQueryError } from './errors.js';
import type { GraphDump } from './port.js';

const LABELS: ReadonlySet<string> = new Set(ENTITY_LABELS);
const TYPES: ReadonlySet<string> = new Set(RELATION_TYPES);

/** True when the value is one of the ontology's relation types (safe to use as a Neo4j relationship type). */
export function isRelationType(value: unknown): value is RelationRecord['type'] {
  return typeof value === 'string' && TYPES.has(value);
}

function checkId(id: unknown, what: string): void {
  if (typeof id !== 'string' || id.length === 0)
    throw new StoreQueryError(`${what} has no id: every record needs a non-empty string id.`);
}

function checkRecords(graph: Pick<GraphDump, 'entities' | 'relations'>, where: string): void {
  const labelOf = new Map<string, EntityLabel>();
  for (const e of graph.entities) {
    checkId(e.id, `An entity of ${where}`);
    if (!LABELS.has(e.label)) {
      throw new StoreQueryError(
        `Entity ${e.id} of ${where} has label "${String(e.label)}"; use one of ${ENTITY_LABELS.join(', ')}.`,
      );
    }
    labelOf.set(e.id, e.label);
  }
  for (const r of graph.relations) {
    checkId(r.id, `A relation of ${where}`);
    if (!isRelationType(r.type)) {
      throw new StoreQueryError(
        `Relation ${r.id} of ${where} has type "${String(r.type)}"; use one of ${RELATION_TYPES.join(', ')}.`,
      );
    }
    if (r.source === r.target)
      throw new StoreQueryError(`Relation ${r.id} of ${where} joins ${r.source} to itself; self-loops are not stored.`);
    checkEnds(r, labelOf, where);
  }
}

/**
 * Checks that a relation's ends carry labels its type allows (RELATION_ENDS). An end the graph does not
 * hold is left to the caller: an article may point at an entity already stored.
 */
function checkEnds(r: RelationRecord, labelOf: ReadonlyMap<string, EntityLabel>, where: string): void {
  const ends = RELATION_ENDS[r.type];
  for (const [i, end] of [r.source, r.target].entries()) {
    const label = labelOf.get(end);
    if (label === undefined || ends[i].has(label)) continue;
    const side = i === 0 ? 'source' : 'target';
    throw new StoreQueryError(
      `Relation ${r.id} of ${where} has ${side} ${end}, a ${label}; a ${r.type} ${side} must be a ${[...ends[i]].join(' or ')}. Fix the label or the relation type.`,
    );
  }
}

/** Checks an article's graph before a store ingests it: labels, types and relation ends from the ontology, no self-loops. */
export function validateArticleGraph(graph: ArticleGraph): void {
  checkId(graph.article.id, 'The article');
  checkRecords(graph, `article ${graph.article.id}`);
}

/** Checks a dump before a store loads it: valid records, unique ids, every edge's ends among the entities. */
export function validateDump(dump: GraphDump): void {
  checkRecords(dump, 'the dump');
  const lists: [string, { id: string }[]][] = [
    ['article', dump.articles],
    ['entity', dump.entities],
    ['relation', dump.relations],
    ['statement', dump.statements],
  ];
  for (const [kind, records] of lists) {
    const seen = new Set<string>();
    for (const { id } of records) {
      checkId(id, `A ${kind} of the dump`);
      if (seen.has(id)) throw new StoreQueryError(`The dump holds ${kind} ${id} twice; a dump has one record per id.`);
      seen.add(id);
    }
  }
  const entities = new Set(dump.entities.map((e) => e.id));
  for (const r of dump.relations) {
    for (const end of [r.source, r.target]) {
      if (!entities.has(end))
        throw new StoreQueryError(`Relation ${r.id} of the dump names entity ${end}, which the dump does not hold.`);
    }
  }
}
