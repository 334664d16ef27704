import { resultingEntity, type RelationRef } from '../../graph/corrections.js';
import { relationId } from '../../graph/ids.js';
import { addCorrection, undoCorrection, type CorrectionRequest } from '../../store/curation.js';
import { requireWriteAccess } from '../access.js';
import { connectionFromList } from '../connections.js';
import type { GraphQLContext } from '../context.js';
import type { CorrectionResolvers, MutationResolvers, QueryResolvers } from '../generated/types.js';
import type { CorrectionParent } from '../mappers.js';

/** Makes a change to the store through the API's write queue, then drops what was read before it. */
async function write(context: GraphQLContext, change: (who: string) => Promise<CorrectionParent>) {
  const who = requireWriteAccess(context);
  context.loaders.liftDeadline();
  try {
    return await context.writes.run(() => change(who));
  } finally {
    context.snapshots.invalidate();
    context.loaders.clear();
  }
}

function correct(context: GraphQLContext, request: CorrectionRequest) {
  return write(context, (who) => addCorrection(context.store, request, who));
}

/** The curation mutations (docs/curation.md). */
export const curationMutationResolvers: Pick<
  MutationResolvers,
  | 'mergeEntities'
  | 'splitAlias'
  | 'relabelEntity'
  | 'renameEntity'
  | 'rejectRelation'
  | 'confirmRelation'
  | 'undoCorrection'
> = {
  mergeEntities: (_root, { into, from }, context) => correct(context, { kind: 'mergeEntities', into, from }),
  splitAlias: (_root, { entity, alias, newEntity }, context) =>
    correct(context, { kind: 'splitAlias', entity, alias, newEntity }),
  relabelEntity: (_root, { entity, label }, context) => correct(context, { kind: 'relabelEntity', entity, label }),
  renameEntity: (_root, { entity, name }, context) => correct(context, { kind: 'renameEntity', entity, name }),
  rejectRelation: (_root, { relation, reason }, context) =>
    correct(context, { kind: 'rejectRelation', relation, reason }),
  confirmRelation: (_root, { relation }, context) => correct(context, { kind: 'confirmRelation', relation }),
  undoCorrection: (_root, { id }, context) => write(context, (who) => undoCorrection(context.store, id, who)),
};

/** The corrections log, oldest first. */
export const curationQueryResolvers: Pick<QueryResolvers, 'corrections'> = {
  corrections: async (_root, args, context) =>
    connectionFromList(await context.store.corrections(), args, context.limits),
};

function relationOf(ref: RelationRef) {
  return {
    id: relationId(ref.type, ref.source, ref.target),
    type: ref.type,
    sourceId: ref.source,
    targetId: ref.target,
  };
}

/** A log entry's fields that are not its own (into, alias, newEntity, label, name and reason are, for the kinds that have them). */
export const correctionResolvers: CorrectionResolvers = {
  entity: (c) => ('entity' in c ? c.entity : c.kind === 'mergeEntities' ? c.from : null),
  result: (c) => resultingEntity(c) ?? null,
  relation: (c) => ('relation' in c ? relationOf(c.relation) : null),
  undone: (c) => c.undone !== undefined,
  undoneBy: (c) => c.undone?.who ?? null,
  undoneAt: (c) => c.undone?.at ?? null,
};
