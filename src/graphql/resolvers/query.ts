import { searchDocuments } from '../../analysis/search.js';
import { badDateMessage, isIsoDate } from '../../graph/fact-date.js';
import type { EntityRecord, RelationType, StatementRecord } from '../../graph/model.js';
import { foldText } from '../../graph/text.js';
import type { GraphQLContext } from '../context.js';
import { connectionFromList, connectionOf, pageArgs } from '../connections.js';
import { ApiInputError } from '../errors.js';
import { HEADS } from '../loaders.js';
import type { QueryResolvers } from '../generated/types.js';
import { resolveEntityId } from '../refs.js';

/** A date argument: an ISO date of a real year, month or day (2022, 2022-09, 2022-09-15), else ApiInputError. */
function checkDate(value: string | null | undefined, argument: string): string | undefined {
  if (value === null || value === undefined) return undefined;
  if (!isIsoDate(value)) throw new ApiInputError(badDateMessage(argument, value));
  return value;
}

function checkRange(value: number, argument: string, min: number, max: number, setting: string): number {
  if (!Number.isInteger(value) || value < min || value > max) {
    throw new ApiInputError(`"${argument}" must be from ${min} to ${max} (${setting}), got ${value}.`);
  }
  return value;
}

async function optionalRef(
  context: GraphQLContext,
  reference: string | null | undefined,
  argument: string,
): Promise<string | undefined> {
  return reference ? resolveEntityId(context, reference, argument) : undefined;
}

function typesOf(
  type: RelationType | null | undefined,
  types: readonly RelationType[] | null | undefined,
): RelationType[] | null {
  const all = [...(type ? [type] : []), ...(types ?? [])];
  return all.length > 0 ? [...new Set(all)] : null;
}

/** Words of a quotation: "provocations" is one, "old friend" two. */
function wordCount(quote: string): number {
  return foldText(quote)
    .split(' ')
    .filter((w) => w.length > 0).length;
}

/** The event a text or id stands for, null when none. */
async function eventFor(context: GraphQLContext, on: string): Promise<EntityRecord | null> {
  const snapshot = await context.loaders.snapshot();
  return snapshot.eventMatcher.best(on);
}

export const queryResolvers: QueryResolvers = {
  entity: (_root, { id }, context) => context.loaders.entities.load(id),

  entities: async (_root, args, context) =>
    connectionOf(
      await context.store.searchEntities(
        { search: args.search, label: args.label, ...pageArgs(args, context.limits) },
        HEADS,
      ),
    ),

  commentators: async (_root, { on, includeParticipants, minWords }, context): Promise<StatementRecord[]> => {
    if (foldText(on).length === 0)
      throw new ApiInputError('"on" must name an event: an entity id or words such as "Xi Putin meeting".');
    const fewest = checkRange(minWords ?? 4, 'minWords', 0, 100, 'a word count; 0 keeps every fragment');
    const byId = await context.loaders.entities.load(on);
    const target = byId ?? (await eventFor(context, on));
    if (!target) return [];
    const statements = await context.loaders.statementsAbout.load(target.id);
    const participants = includeParticipants
      ? new Set<string>()
      : (await context.loaders.snapshot()).participantsOf(target.id);
    return statements.filter((s) => !participants.has(s.speaker) && wordCount(s.quote) >= fewest);
  },

  matchEvent: async (_root, { text }, context) => {
    const byId = await context.loaders.entities.load(text);
    if (byId?.label === 'Event') return byId;
    return eventFor(context, text);
  },

  statements: async (_root, args, context) =>
    connectionOf(
      await context.store.statements({
        speaker: await optionalRef(context, args.speaker, 'speaker'),
        about: await optionalRef(context, args.about, 'about'),
        article: args.article,
        search: args.search,
        ...pageArgs(args, context.limits),
      }),
    ),

  relation: (_root, { id }, context) => context.loaders.relations.load(id),

  relations: async (_root, args, context) => {
    const minConfidence = args.minConfidence ?? undefined;
    if (minConfidence !== undefined && !(minConfidence >= 0 && minConfidence <= 1)) {
      throw new ApiInputError(`"minConfidence" must be from 0 to 1, got ${minConfidence}.`);
    }
    return connectionOf(
      await context.store.relations({
        types: typesOf(args.type, args.types),
        from: await optionalRef(context, args.from, 'from'),
        to: await optionalRef(context, args.to, 'to'),
        involving: await optionalRef(context, args.involving, 'involving'),
        article: args.article,
        since: checkDate(args.since, 'since'),
        until: checkDate(args.until, 'until'),
        minConfidence,
        includeHedged: args.includeHedged ?? false,
        includeNegated: args.includeNegated ?? false,
        ...pageArgs(args, context.limits),
      }),
    );
  },

  neighborhood: async (_root, args, context) => {
    const { limits } = context;
    const hops = checkRange(args.hops ?? 1, 'hops', 1, limits.maxHops, 'KG_MAX_HOPS');
    const limit = checkRange(args.limit ?? 50, 'limit', 1, limits.maxSubgraphNodes, 'KG_MAX_SUBGRAPH_NODES');
    const asOf = checkDate(args.asOf, 'asOf');
    const id = await resolveEntityId(context, args.id, 'id');
    return context.store.neighborhood(
      { id, hops, limit, types: args.types, includeHedged: args.includeHedged ?? false, asOf },
      HEADS,
    );
  },

  path: async (_root, args, context) => {
    const maxHops = checkRange(args.maxHops ?? 4, 'maxHops', 1, context.limits.maxHops, 'KG_MAX_HOPS');
    const asOf = checkDate(args.asOf, 'asOf');
    const from = await resolveEntityId(context, args.from, 'from');
    const to = await resolveEntityId(context, args.to, 'to');
    return context.store.path({ from, to, maxHops, types: args.types, asOf }, HEADS);
  },

  timeline: async (_root, args, context) => {
    const since = checkDate(args.since, 'since');
    const until = checkDate(args.until, 'until');
    const page = pageArgs(args, context.limits);
    const entity = await resolveEntityId(context, args.entity, 'entity');
    const timeline = await context.store.timeline({
      entity,
      since,
      until,
      types: args.types,
      includeHedged: args.includeHedged ?? false,
      includeNegated: args.includeNegated ?? false,
      ...page,
    });
    return { ...connectionOf(timeline), factCount: timeline.factCount };
  },

  between: async (_root, args, context) => {
    const page = pageArgs(args, context.limits);
    const a = await resolveEntityId(context, args.a, 'a');
    const b = await resolveEntityId(context, args.b, 'b');
    const facts = await context.store.between({
      a,
      b,
      types: args.types,
      includeHedged: args.includeHedged ?? false,
      includeNegated: args.includeNegated ?? false,
      ...page,
    });
    return connectionOf({ ...facts, items: facts.items.map((fact) => fact.relation) });
  },

  dateRange: (_root, _args, context) => context.store.dateRange(),

  search: async (_root, args, context) => {
    if (foldText(args.query).length === 0)
      throw new ApiInputError('"query" must contain at least one letter or digit.');
    const page = pageArgs(args, context.limits);
    const snapshot = await context.loaders.snapshot();
    const hits = searchDocuments(snapshot.searchIndex, args.query);
    const connection = connectionFromList(hits, page, context.limits);
    return {
      ...connection,
      edges: connection.edges.map(({ cursor, node: hit }) => ({
        cursor,
        node: hit.record,
        score: hit.score,
        matched: hit.matched,
      })),
    };
  },

  article: (_root, { id }, context) => context.loaders.articles.load(id),

  articles: async (_root, args, context) => connectionOf(await context.store.articles(pageArgs(args, context.limits))),

  stats: (_root, _args, context) => context.store.stats(),

  centralEntities: async (_root, args, context) => {
    const page = pageArgs(args, context.limits);
    const snapshot = await context.loaders.snapshot();
    const { scores } = snapshot.analytics;
    const measure = args.by === 'DEGREE' ? 'degree' : 'pageRank';
    const ranked = [...snapshot.entities.values()]
      .filter((e) => !args.label || e.label === args.label)
      .map((entity) => {
        const s = scores.get(entity.id) ?? { degree: 0, pageRank: 0, community: null };
        return { entity, degree: s.degree, pageRank: s.pageRank, score: s[measure] };
      })
      .sort((a, b) => b.score - a.score || b.degree - a.degree || a.entity.id.localeCompare(b.entity.id));
    const connection = connectionFromList(ranked, page, context.limits);
    return {
      ...connection,
      edges: connection.edges.map(({ cursor, node }) => ({
        cursor,
        node: node.entity,
        score: node.score,
        degree: node.degree,
        pageRank: node.pageRank,
      })),
    };
  },

  communities: async (_root, args, context) => {
    const page = pageArgs(args, context.limits);
    const minSize = args.minSize ?? 2;
    const snapshot = await context.loaders.snapshot();
    return connectionFromList(
      snapshot.analytics.communities.filter((c) => c.members.length >= minSize),
      page,
      context.limits,
    );
  },
};
