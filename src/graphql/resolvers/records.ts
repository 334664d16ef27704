import { EVENT_DATED, factDate } from '../../graph/fact-date.js';
import { ENTITY_LABELS, RELATION_TYPES } from '../../graph/model.js';
import { connectionFromList, nodesOf } from '../connections.js';
import type {
  ArticleResolvers,
  CommunityResolvers,
  EvidenceResolvers,
  IngestResultResolvers,
  MeetingResolvers,
  MentionResolvers,
  RelationResolvers,
  Resolvers,
  SearchResultResolvers,
  StatementResolvers,
  StatsResolvers,
  TimelineGroupResolvers,
} from '../generated/types.js';
import { evidenceOf, optionalEntity, requireArticle, requireEntities, requireEntity } from './shared.js';

export const relationResolvers: RelationResolvers = {
  source: (relation, _args, context) => requireEntity(context, relation.source),
  target: (relation, _args, context) => requireEntity(context, relation.target),
  sourceId: (relation) => relation.source,
  targetId: (relation) => relation.target,
  negated: (relation) => Boolean(relation.negated),
  hedged: (relation) => Boolean(relation.hedged),
  confirmed: (relation) => relation.confirmed === true,
  date: (relation) => relation.date ?? null,
  // Loads only what graph/fact-date.ts needs beyond the edge: its event, the articles of undated evidence.
  factDate: async (relation, _args, context) => {
    if (relation.date) return relation.date;
    const end = EVENT_DATED[relation.type];
    const event = end ? await context.loaders.entities.load(relation[end]) : null;
    const evidence = await evidenceOf(context, relation);
    const undated = [...new Set(evidence.filter((e) => e.date === undefined).map((e) => e.article))];
    const articles = await context.loaders.articles.loadMany(undated);
    const published = new Map(
      articles.map((article, index) => [undated[index]!, article instanceof Error ? undefined : article?.publishedAt]),
    );
    return factDate(
      { ...relation, evidence },
      {
        entityDate: (id) => (id === event?.id ? event.date : undefined),
        articleDate: (id) => published.get(id),
      },
    );
  },
  place: (relation, _args, context) => optionalEntity(context, relation.place),
  event: (relation, _args, context) => optionalEntity(context, relation.event),
  evidence: async (relation, args, context) =>
    connectionFromList(await evidenceOf(context, relation), args, context.limits),
};

export const evidenceResolvers: EvidenceResolvers = {
  article: (evidence, _args, context) => requireArticle(context, evidence.article),
  quote: (evidence) => evidence.quote ?? null,
  date: (evidence) => evidence.date ?? null,
  negated: (evidence) => Boolean(evidence.negated),
  hedged: (evidence) => Boolean(evidence.hedged),
};

export const statementResolvers: StatementResolvers = {
  speaker: (statement, _args, context) => requireEntity(context, statement.speaker),
  about: (statement, _args, context) => optionalEntity(context, statement.about),
  article: (statement, _args, context) => requireArticle(context, statement.article),
};

export const mentionResolvers: MentionResolvers = {
  article: (mention, _args, context) => requireArticle(context, mention.article),
};

export const meetingResolvers: MeetingResolvers = {
  with: (meeting, _args, context) => requireEntity(context, meeting.with),
  date: (meeting) => meeting.relation.date ?? null,
  place: (meeting, _args, context) => optionalEntity(context, meeting.relation.place),
  event: (meeting, _args, context) => optionalEntity(context, meeting.relation.event),
};

/** The last part of a POSIX or Windows path. */
function baseName(path: string): string {
  return path.slice(Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\')) + 1);
}

/** An article's title, else its source and date, else "Untitled article": something a reader can place. */
function headingOf(article: { title?: string; source?: string; publishedAt?: string }): string {
  const title = article.title?.trim();
  if (title) return title;
  const parts = [article.source?.trim(), article.publishedAt].filter((p): p is string => Boolean(p));
  return parts.length > 0 ? parts.join(', ') : 'Untitled article';
}

export const articleResolvers: ArticleResolvers = {
  title: (article) => article.title ?? null,
  heading: (article) => headingOf(article),
  source: (article) => article.source ?? null,
  url: (article) => article.url ?? null,
  publishedAt: (article) => article.publishedAt ?? null,
  // The server's folders are its own business: the base name only, unless the caller holds the token.
  path: (article, _args, context) =>
    article.path === undefined ? null : context.holdsToken ? article.path : baseName(article.path),
  entities: async (article, args, context) => {
    const snapshot = await context.loaders.snapshot();
    const ids = snapshot
      .entitiesOfArticle(article.id)
      .filter((id) => !args.label || snapshot.entities.get(id)?.label === args.label);
    const page = connectionFromList(ids, args, context.limits);
    const entities = await requireEntities(context, nodesOf(page));
    return { ...page, edges: page.edges.map((edge, index) => ({ cursor: edge.cursor, node: entities[index]! })) };
  },
  statements: async (article, args, context) => {
    const snapshot = await context.loaders.snapshot();
    return connectionFromList(snapshot.statementsOfArticle(article.id), args, context.limits);
  },
  relations: async (article, args, context) => {
    const snapshot = await context.loaders.snapshot();
    const types = args.types && args.types.length > 0 ? new Set(args.types) : null;
    const relations = snapshot
      .relationsOfArticle(article.id)
      .filter((r) => (!types || types.has(r.type)) && !r.negated && (args.includeHedged || !r.hedged));
    return connectionFromList(relations, args, context.limits);
  },
};

export const timelineGroupResolvers: TimelineGroupResolvers = {
  event: (group, _args, context) => optionalEntity(context, group.event ?? undefined),
  facts: (group) => group.facts.map((fact) => fact.relation),
};

export const communityResolvers: CommunityResolvers = {
  size: (community) => community.members.length,
  members: async (community, args, context) => {
    const page = connectionFromList(community.members, args, context.limits);
    const entities = await requireEntities(context, nodesOf(page));
    return { ...page, edges: page.edges.map((edge, index) => ({ cursor: edge.cursor, node: entities[index]! })) };
  },
};

export const statsResolvers: StatsResolvers = {
  nodesByLabel: (stats) => ENTITY_LABELS.map((label) => ({ label, count: stats.nodesByLabel[label] ?? 0 })),
  edgesByType: (stats) => RELATION_TYPES.map((type) => ({ type, count: stats.edgesByType[type] ?? 0 })),
};

export const ingestResultResolvers: IngestResultResolvers = {
  article: (parent) => parent.result.article,
  duplicate: (parent) => parent.result.duplicate,
  nodesAdded: (parent) => parent.result.nodesAdded,
  edgesAdded: (parent) => parent.result.edgesAdded,
  statementsAdded: (parent) => parent.result.statementsAdded,
  entities: (parent, _args, context) =>
    requireEntities(
      context,
      parent.graph.entities.map((e) => e.id),
    ),
  relations: async (parent, _args, context) => {
    const relations = await context.loaders.relations.loadMany(parent.graph.relations.map((r) => r.id));
    return relations.map((relation, index) => {
      if (relation instanceof Error) throw relation;
      return relation ?? parent.graph.relations[index]!;
    });
  },
};

export const searchResultResolvers: SearchResultResolvers = {
  __resolveType: (record) => ('quote' in record ? 'Statement' : record.label),
};

/** The `nodes` shortcut of every connection. */
export const connectionNodes: Pick<
  Resolvers,
  | 'EntityConnection'
  | 'RelatedConnection'
  | 'RelationConnection'
  | 'StatementConnection'
  | 'ArticleConnection'
  | 'MentionConnection'
  | 'EvidenceConnection'
  | 'MeetingConnection'
  | 'SearchConnection'
  | 'CentralityConnection'
  | 'CommunityConnection'
  | 'TimelineConnection'
> = {
  EntityConnection: { nodes: nodesOf },
  RelatedConnection: { nodes: nodesOf },
  RelationConnection: { nodes: nodesOf },
  StatementConnection: { nodes: nodesOf },
  ArticleConnection: { nodes: nodesOf },
  MentionConnection: { nodes: nodesOf },
  EvidenceConnection: { nodes: nodesOf },
  MeetingConnection: { nodes: nodesOf },
  SearchConnection: { nodes: nodesOf },
  CentralityConnection: { nodes: nodesOf },
  CommunityConnection: { nodes: nodesOf },
  TimelineConnection: { nodes: nodesOf },
};
