import type { ArticleRecord, EntityRecord, RelationRecord, RelationType, StatementRecord } from '../../graph/model.js';
import { foldText } from '../../graph/text.js';
import type { ArticleContents } from '../port.js';

/**
 * How records become Neo4j properties. Strings, numbers, booleans and lists of strings are stored as
 * they are; anything nested (an entity's mentions, an edge's evidence) is stored as a JSON string under
 * the field's name with `Json` appended (`mentionsJson`, `evidenceJson`). Properties whose name starts
 * with `_` are the store's own (search keys, article lists) and never part of a record.
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
    if (key.endsWith(JSON_SUFFIX) && typeof value === 'string') record[key.slice(0, -JSON_SUFFIX.length)] = JSON.parse(value);
    else record[key] = value;
  }
  return record;
}

/** Every name of an entity folded for search, canonical name first. */
export function foldedNames(entity: Pick<EntityRecord, 'name' | 'aliases'>): string[] {
  return [entity.name, ...entity.aliases].map(foldText);
}

/** Properties of an entity node: its fields, plus the folded names that search ranks on (`_folded`, and `_search` for the full-text index). */
export function entityProperties(entity: EntityRecord): Properties {
  const folded = foldedNames(entity);
  return { ...encodeFields(entity), _folded: folded, _search: folded.join('\n') };
}

/** Properties of an edge: its fields without id ends and type (the relationship has them), plus filter keys. */
export function relationProperties(relation: RelationRecord): Properties {
  const dates = [relation.date, ...relation.evidence.map((e) => e.date)].filter((d): d is string => Boolean(d));
  const articles = [...new Set(relation.evidence.map((e) => e.article))];
  return { ...encodeFields(relation, ['type', 'source', 'target']), _dates: dates, _evidenceArticles: articles };
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

/** The entity record of a node's properties. */
export function decodeEntity(props: Properties): EntityRecord {
  return decodeFields(props) as unknown as EntityRecord;
}

/** The relation record of a relationship's properties, type and ends. */
export function decodeRelation(props: Properties, type: string, source: string, target: string): RelationRecord {
  const fields = decodeFields(props);
  return { ...fields, id: String(fields.id), type: type as RelationType, source, target } as RelationRecord;
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
