import type { EvidenceTally } from '../../graph/merge.js';
import type {
  ArticleRecord,
  EntityRecord,
  EvidenceRecord,
  MentionRecord,
  RelationRecord,
  RelationType,
  StatementRecord,
} from '../../graph/model.js';
import { foldText } from '../../graph/text.js';
import type { ArticleContents, EntityHead, RelationHead } from '../port.js';

/**
 * How records become Neo4j properties (the layout is docs/neo4j-model.md). Strings, numbers, booleans
 * and lists of strings are stored as they are. An entity's mentions and an edge's evidence are not
 * properties: they are MENTIONS relationships and Evidence nodes, so that an ingest only adds to them
 * and Cypher can reach them. Anything else nested (no record has such a field today) would be stored
 * as a JSON string under the field's name with `Json` appended. Properties whose name starts with `_`
 * are the store's own (search keys, bookkeeping, article lists) and never part of a record.
 */
export type Properties = Record<string, unknown>;

const JSON_SUFFIX = 'Json';

function isStringList(value: unknown): value is string[] {
  return Array.isArray(value) && value.every((item) => typeof item === 'string');
}

/** A record's fields as Neo4j properties, leaving out the given fields and undefined values. */
export function encodeFields(record: object, omit: readonly string[] = []): Properties {
  const props: Properties = {};
  for (const [key, value] of Object.entries(record)) {
    if (value === undefined || value === null || omit.includes(key)) continue;
    if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean' || isStringList(value)) {
      props[key] = value;
    } else {
      props[`${key}${JSON_SUFFIX}`] = JSON.stringify(value);
    }
  }
  return props;
}

/** The record fields stored in a node's or relationship's properties. */
export function decodeFields(props: Properties): Record<string, unknown> {
  const record: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(props)) {
    if (key.startsWith('_')) continue;
    if (key.endsWith(JSON_SUFFIX) && typeof value === 'string')
      record[key.slice(0, -JSON_SUFFIX.length)] = JSON.parse(value);
    else record[key] = value;
  }
  return record;
}

/** Every name of an entity folded for search, canonical name first. */
function foldedNames(entity: Pick<EntityRecord, 'name' | 'aliases'>): string[] {
  return [entity.name, ...entity.aliases].map(foldText);
}

/** Properties of an entity node: its fields but the mentions (MENTIONS relationships hold them), plus the folded names that search ranks on (`_folded`, and `_search` for the full-text index) and the mention bookkeeping. */
export function entityProperties(entity: EntityRecord, book: MentionBook): Properties {
  const folded = foldedNames(entity);
  return {
    ...encodeFields(entity, ['mentions']),
    _folded: folded,
    _search: folded.join('\n'),
    _mentions: book.count,
    _seq: book.seq,
    _normal: book.normal,
  };
}

/** Properties of an edge: its fields without ends, type and evidence (Evidence nodes hold it), plus the evidence bookkeeping. */
export function relationProperties(relation: RelationRecord, book: EvidenceBook): Properties {
  const { tally } = book;
  return {
    ...encodeFields(relation, ['type', 'source', 'target', 'evidence']),
    _total: tally.total,
    _plain: tally.plain,
    _stated: tally.stated,
    _missingPlain: tally.missingPlain,
    _missingAll: tally.missingAll,
    _seq: book.seq,
    _normal: book.normal,
  };
}

/** A mention with its place (`seq`) in its entity's list. */
export interface PlacedMention {
  mention: MentionRecord;
  seq: number;
}

/** The spans of one MENTIONS relationship, as parallel lists. */
interface MentionLists {
  starts: number[];
  ends: number[];
  texts: string[];
  /** Each span's surface (MentionRecord.surface), '' for none: Neo4j lists hold no nulls. Left out when no span has one. */
  surfaces?: string[];
  seqs: number[];
}

/**
 * The MENTIONS relationships of an entity's mentions: one per article (the article's node is the
 * start), the spans as parallel lists (`starts`, `ends`, `texts`, and `surfaces` when a span has a
 * surface) with each one's place in the entity's list (`seqs`). One relationship per article and
 * entity rather than per span: an article names a hub ten times in a paragraph, and a relationship
 * each would be most of what an ingest writes.
 */
export function mentionRows(
  entity: string,
  mentions: readonly PlacedMention[],
): { from: string; entity: string; props: Properties }[] {
  const byArticle = new Map<string, MentionLists>();
  for (const { mention, seq } of mentions) {
    let lists = byArticle.get(mention.article);
    if (!lists) byArticle.set(mention.article, (lists = { starts: [], ends: [], texts: [], seqs: [] }));
    if (mention.surface !== undefined && !lists.surfaces) lists.surfaces = lists.texts.map(() => '');
    lists.starts.push(mention.start);
    lists.ends.push(mention.end);
    lists.texts.push(mention.text);
    lists.surfaces?.push(mention.surface ?? '');
    lists.seqs.push(seq);
  }
  return [...byArticle].map(([from, lists]) => ({ from, entity, props: { ...lists } }));
}

/**
 * The mentions a MENTIONS relationship holds, from its properties and its article's id. A relationship
 * without `surfaces` (none of its spans has one, or it was written before surfaces were kept) gives none.
 */
export function decodeMentions(props: Properties, article: string): PlacedMention[] {
  const list = (key: string): unknown[] => (Array.isArray(props[key]) ? (props[key] as unknown[]) : []);
  const [starts, ends, texts, surfaces] = [list('starts'), list('ends'), list('texts'), list('surfaces')];
  return list('seqs').map((seq, i) => {
    const mention: MentionRecord = { article, start: Number(starts[i]), end: Number(ends[i]), text: String(texts[i]) };
    const surface = surfaces[i];
    if (typeof surface === 'string' && surface !== '') mention.surface = surface;
    return { mention, seq: Number(seq) };
  });
}

/** Properties of an Evidence node: the evidence's fields, the edge it supports (`relation`, `type`) and its place in the edge's list. */
export function evidenceProperties(
  evidence: EvidenceRecord,
  relation: Pick<RelationRecord, 'id' | 'type'>,
  seq: number,
): Properties {
  return { ...encodeFields(evidence), relation: relation.id, type: relation.type, seq };
}

/** Properties of a statement node: its fields, plus its quote and sentence folded for search. */
export function statementProperties(statement: StatementRecord): Properties {
  return { ...encodeFields(statement), _quote: foldText(statement.quote), _sentence: foldText(statement.sentence) };
}

/** Properties of an article node: its fields, plus the ids of what it brought. */
export function articleProperties(article: ArticleRecord, contents: ArticleContents): Properties {
  return {
    ...encodeFields(article),
    _entities: [...new Set(contents.entities)],
    _relations: [...new Set(contents.relations)],
    _statements: [...new Set(contents.statements)],
  };
}

/** The entity of a node's properties, without its mentions (see ReadOptions in port.ts). */
export function decodeEntityHead(props: Properties): EntityHead {
  return decodeFields(props) as unknown as EntityHead;
}

/** The entity record of a node's properties and its mentions. */
export function decodeEntity(props: Properties, mentions: MentionRecord[]): EntityRecord {
  return { ...decodeEntityHead(props), mentions };
}

/** The relation record of a relationship's properties, type, ends and evidence. */
export function decodeRelation(
  props: Properties,
  type: string,
  source: string,
  target: string,
  evidence: EvidenceRecord[],
): RelationRecord {
  return { ...decodeRelationHead(props, type, source, target), evidence };
}

/** The edge of a relationship's properties, type and ends, without its evidence (see ReadOptions in port.ts). */
export function decodeRelationHead(props: Properties, type: string, source: string, target: string): RelationHead {
  const fields = decodeFields(props);
  return { ...fields, id: String(fields.id), type: type as RelationType, source, target } as RelationHead;
}

/** The evidence record of an Evidence node's properties. */
export function decodeEvidence(props: Properties): EvidenceRecord {
  const { seq: _seq, relation: _relation, type: _type, ...fields } = decodeFields(props);
  return fields as unknown as EvidenceRecord;
}

/** The bookkeeping of an entity's MENTIONS: how many, the next place in its list, and whether the list is free of repeats (see ingest-plan.ts). */
export interface MentionBook {
  count: number;
  seq: number;
  normal: boolean;
}

/** The bookkeeping of an edge's Evidence: the tally its confidence follows from, the next place in its list, and whether the list is free of repeats. */
export interface EvidenceBook {
  tally: EvidenceTally;
  seq: number;
  normal: boolean;
}

/** The mention bookkeeping stored on an entity node. */
export function mentionBookOf(props: Properties): MentionBook {
  return { count: Number(props._mentions ?? 0), seq: Number(props._seq ?? 0), normal: props._normal === true };
}

/** The evidence bookkeeping stored on a relationship. */
export function evidenceBookOf(props: Properties): EvidenceBook {
  const n = (key: string, fallback: number): number =>
    typeof props[key] === 'number' ? (props[key] as number) : fallback;
  return {
    tally: {
      total: n('_total', 0),
      plain: n('_plain', 0),
      stated: n('_stated', 0),
      missingPlain: n('_missingPlain', 1),
      missingAll: n('_missingAll', 1),
    },
    seq: n('_seq', 0),
    normal: props._normal === true,
  };
}

/** The statement record of a node's properties. */
export function decodeStatement(props: Properties): StatementRecord {
  return decodeFields(props) as unknown as StatementRecord;
}

/** The article record of a node's properties. */
export function decodeArticle(props: Properties): ArticleRecord {
  return decodeFields(props) as unknown as ArticleRecord;
}

/** What an article node lists (empty lists for a node written without them). */
export function articleContents(props: Properties): ArticleContents {
  const list = (value: unknown): string[] => (isStringList(value) ? value : []);
  return { entities: list(props._entities), relations: list(props._relations), statements: list(props._statements) };
}
