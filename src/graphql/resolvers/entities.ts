import type { RelationType } from '../../graph/model.js';
import { paginate, type EntityHead, type RelationsOfQuery } from '../../store/port.js';
import type { GraphQLContext } from '../context.js';
import { connectionFromList, connectionOf, pageArgs, type ConnectionArgs } from '../connections.js';
import type {
  CountryResolvers,
  EntityResolvers,
  EventResolvers,
  OrganizationResolvers,
  PersonResolvers,
  PlaceResolvers,
} from '../generated/types.js';
import type { ArticleConnectionParent, MeetingConnectionParent, RelatedConnectionParent } from '../mappers.js';
import {
  mentionsOf,
  optionalEntity,
  otherEnd,
  relatedConnection,
  requireArticle,
  statementConnection,
} from './shared.js';

type Related = (entity: EntityHead, args: ConnectionArgs, context: GraphQLContext) => Promise<RelatedConnectionParent>;

/** A resolver for the entities linked by relations of the given types in one direction. */
function related(direction: RelationsOfQuery['direction'], ...types: RelationType[]): Related {
  return (entity, args, context) => relatedConnection(context, entity.id, { direction, types }, args);
}

async function articlesOf(
  entity: EntityHead,
  args: ConnectionArgs,
  context: GraphQLContext,
): Promise<ArticleConnectionParent> {
  const ids = [...new Set((await mentionsOf(context, entity)).map((m) => m.article))];
  const page = paginate(ids, pageArgs(args, context.limits));
  const articles = await Promise.all(page.items.map((id) => requireArticle(context, id)));
  return connectionOf(page, (id, cursor) => ({ cursor, node: articles[page.items.indexOf(id)]! }));
}

/** Fields every entity type has. */
const common = {
  mentionCount: (entity: EntityHead) => entity.count,
  mentions: async (entity: EntityHead, args: ConnectionArgs, context: GraphQLContext) =>
    connectionFromList(await mentionsOf(context, entity), args, context.limits),
  articles: articlesOf,
  relations: (
    entity: EntityHead,
    args: ConnectionArgs & {
      types?: RelationType[] | null;
      direction?: RelationsOfQuery['direction'] | null;
      includeHedged?: boolean | null;
    },
    context: GraphQLContext,
  ) =>
    relatedConnection(
      context,
      entity.id,
      { direction: args.direction ?? 'BOTH', types: args.types, includeHedged: args.includeHedged ?? false },
      args,
    ),
  statementsAbout: async (entity: EntityHead, args: ConnectionArgs, context: GraphQLContext) =>
    statementConnection(context, await context.loaders.statementsAbout.load(entity.id), args),
  supports: related('OUT', 'SUPPORTS'),
  supportedBy: related('IN', 'SUPPORTS'),
  sanctions: related('OUT', 'SANCTIONS'),
  sanctionedBy: related('IN', 'SANCTIONS'),
  opposes: related('OUT', 'OPPOSES'),
  opposedBy: related('IN', 'OPPOSES'),
  centrality: async (entity: EntityHead, _args: unknown, context: GraphQLContext) => {
    const snapshot = await context.loaders.snapshot();
    return snapshot.analytics.scores.get(entity.id) ?? { degree: 0, pageRank: 0, community: null };
  },
};

const statementsBy = async (entity: EntityHead, args: ConnectionArgs, context: GraphQLContext) =>
  statementConnection(context, await context.loaders.statementsBySpeaker.load(entity.id), args);

/** The interface: which type an entity record is. */
export const entityResolvers: EntityResolvers = {
  __resolveType: (entity) => entity.label,
};

export const personResolvers: PersonResolvers = {
  ...common,
  roles: (entity) => entity.roles ?? [],
  leaderOf: related('OUT', 'LEADER_OF'),
  affiliations: related('OUT', 'AFFILIATED_WITH', 'MEMBER_OF'),
  statements: statementsBy,
  participatedIn: related('OUT', 'PARTICIPATED_IN'),
  visited: related('OUT', 'VISITED'),
  meetings: async (entity, args, context): Promise<MeetingConnectionParent> => {
    const meetings = await context.loaders.relationsOf({ direction: 'BOTH', types: ['MET_WITH'] }).load(entity.id);
    const byDate = [...meetings].sort(
      (a, b) => (a.date ?? '9999').localeCompare(b.date ?? '9999') || a.id.localeCompare(b.id),
    );
    return connectionFromList(
      byDate.map((relation) => ({ relation, with: otherEnd(relation, entity.id) })),
      args,
      context.limits,
    );
  },
};

export const countryResolvers: CountryResolvers = {
  ...common,
  code: (entity) => entity.code ?? null,
  leaders: related('IN', 'LEADER_OF'),
  memberOf: related('OUT', 'MEMBER_OF'),
};

export const organizationResolvers: OrganizationResolvers = {
  ...common,
  members: related('IN', 'MEMBER_OF', 'AFFILIATED_WITH'),
  leaders: related('IN', 'LEADER_OF'),
  memberOf: related('OUT', 'MEMBER_OF'),
  statements: statementsBy,
};

export const eventResolvers: EventResolvers = {
  ...common,
  date: (entity) => entity.date ?? null,
  place: async (entity, _args, context) => {
    if (entity.place) return optionalEntity(context, entity.place);
    const [heldIn] = await context.loaders.relationsOf({ direction: 'OUT', types: ['HELD_IN'] }).load(entity.id);
    return heldIn ? optionalEntity(context, heldIn.target) : null;
  },
  participants: related('IN', 'PARTICIPATED_IN'),
  statements: async (entity, args, context) =>
    statementConnection(context, await context.loaders.statementsAbout.load(entity.id), args),
};

export const placeResolvers: PlaceResolvers = {
  ...common,
  events: related('IN', 'HELD_IN'),
};
