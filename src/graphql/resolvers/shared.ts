import type { ArticleRecord, EvidenceRecord, MentionRecord, StatementRecord } from '../../graph/model.js';
import { paginate, type EntityHead, type RelationHead, type RelationsOfQuery } from '../../store/port.js';
import type { GraphQLContext } from '../context.js';
import { connectionOf, pageArgs, type ConnectionArgs } from '../connections.js';
import { ApiDataError } from '../errors.js';
import type { RelatedConnectionParent, StatementConnectionParent } from '../mappers.js';

/** The end of a relation that is not `id`. */
export function otherEnd(relation: RelationHead, id: string): string {
  return relation.source === id ? relation.target : relation.source;
}

/** Entity records of the given ids, in order; a missing one means the store is inconsistent. */
export async function requireEntities(context: GraphQLContext, ids: readonly string[]): Promise<EntityHead[]> {
  const records = await context.loaders.entities.loadMany(ids);
  return records.map((record, index) => {
    if (record instanceof Error) throw record;
    if (!record) throw new ApiDataError(`The store has no entity ${ids[index]} although a record points at it.`);
    return record;
  });
}

/** The entity of an id; a missing one means the store is inconsistent. */
export async function requireEntity(context: GraphQLContext, id: string): Promise<EntityHead> {
  const [entity] = await requireEntities(context, [id]);
  return entity!;
}

/** The entity of an optional id, null when there is none. */
export async function optionalEntity(context: GraphQLContext, id: string | undefined): Promise<EntityHead | null> {
  return id ? context.loaders.entities.load(id) : null;
}

/** An entity's mentions: the record's own when it came whole, else read (see ReadOptions in store/port.ts). */
export async function mentionsOf(context: GraphQLContext, entity: EntityHead): Promise<MentionRecord[]> {
  return entity.mentions ?? context.loaders.mentions.load(entity.id);
}

/** An edge's evidence: the record's own when it came whole, else read (see ReadOptions in store/port.ts). */
export async function evidenceOf(context: GraphQLContext, relation: RelationHead): Promise<EvidenceRecord[]> {
  return relation.evidence ?? context.loaders.evidence.load(relation.id);
}

/** The article of an id; a missing one means the store is inconsistent. */
export async function requireArticle(context: GraphQLContext, id: string): Promise<ArticleRecord> {
  const article = await context.loaders.articles.load(id);
  if (!article) throw new ApiDataError(`The store has no article ${id} although a record points at it.`);
  return article;
}

/** The entities linked to one entity by relations of the given kind, one page, each with its relation. */
export async function relatedConnection(
  context: GraphQLContext,
  entityId: string,
  options: RelationsOfQuery,
  args: ConnectionArgs,
): Promise<RelatedConnectionParent> {
  const relations = await context.loaders.relationsOf(options).load(entityId);
  const page = paginate(relations, pageArgs(args, context.limits));
  const others = await requireEntities(
    context,
    page.items.map((r) => otherEnd(r, entityId)),
  );
  return connectionOf(page, (relation, cursor) => ({ cursor, relation, node: others[page.items.indexOf(relation)]! }));
}

/** One page of a list of statements. */
export function statementConnection(
  context: GraphQLContext,
  statements: readonly StatementRecord[],
  args: ConnectionArgs,
): StatementConnectionParent {
  return connectionOf(paginate(statements, pageArgs(args, context.limits)));
}
