/** The GraphQL API as the explorer uses it: the queries, their result shapes, and a small client. */

export interface EntitySummary {
  id: string;
  name: string;
  label: string;
}

export interface EdgeSummary {
  id: string;
  type: string;
  sourceId: string;
  targetId: string;
  undirected: boolean;
  confidence: number;
  hedged: boolean;
  date: string | null;
  /** The fact's date (Relation.factDate): what timelines order by and the date slider compares. */
  factDate: string | null;
  evidence: { totalCount: number; nodes: { date: string | null }[] };
}

export interface SubgraphResult {
  nodes: EntitySummary[];
  edges: EdgeSummary[];
}

export interface EvidenceDetail {
  sentence: string;
  quote: string | null;
  date: string | null;
  hedged: boolean;
  article: { id: string; title: string | null; publishedAt: string | null; source: string | null };
}

/** An edge with its evidence sentences, for the side panel. */
export interface RelationDetail extends Omit<EdgeSummary, 'evidence'> {
  evidence: { totalCount: number; nodes: EvidenceDetail[] };
}

export interface EntityDetail extends EntitySummary {
  aliases: string[];
  mentionCount: number;
  roles?: string[];
  date?: string | null;
  relations: { totalCount: number; edges: { node: EntitySummary; relation: RelationDetail }[] };
}

const EDGE_FIELDS = `id type sourceId targetId undirected confidence hedged date factDate evidence(first: 1) { totalCount nodes { date } }`;

/** Edges of the overview: the most confident relations, one page at a time. */
export const OVERVIEW_QUERY = `query Overview($first: Int!, $after: String) {
  relations(first: $first, after: $after, includeHedged: true) {
    pageInfo { hasNextPage endCursor }
    nodes { ${EDGE_FIELDS} source { id name label } target { id name label } }
  }
}`;

/** How much the whole graph holds, and the range of its fact dates (the date slider's ends). */
export const STATS_QUERY = `query Stats { stats { nodes edges } dateRange { earliest latest } }`;

/** The earliest and latest fact dates, null when no fact is dated. */
export type DateRangeResult = { earliest: string; latest: string } | null;

/** Entities whose name or alias matches the search text. */
export const SEARCH_QUERY = `query Search($search: String!) {
  entities(search: $search, first: 8) { nodes { id name label } }
}`;

/** The subgraph around one entity, as of a date when `asOf` is given. */
export const NEIGHBORHOOD_QUERY = `query Neighborhood($id: String!, $hops: Int!, $types: [RelationType!], $asOf: String) {
  neighborhood(id: $id, hops: $hops, types: $types, limit: 150, includeHedged: true, asOf: $asOf) {
    nodes { id name label }
    edges { ${EDGE_FIELDS} }
  }
}`;

/** One entity with its relations and their evidence sentences and quotes. */
export const ENTITY_QUERY = `query Entity($id: ID!) {
  entity(id: $id) {
    id name label aliases mentionCount
    ... on Person { roles }
    ... on Event { date }
    relations(first: 100, includeHedged: true) {
      totalCount
      edges {
        node { id name label }
        relation {
          id type sourceId targetId undirected confidence hedged date factDate
          evidence(first: 3) { totalCount nodes { sentence quote date hedged article { id title publishedAt source } } }
        }
      }
    }
  }
}`;

/** One fact of a timeline: the relation with both ends, for the side panel. */
export interface TimelineFact {
  id: string;
  type: string;
  sourceId: string;
  targetId: string;
  undirected: boolean;
  hedged: boolean;
  factDate: string | null;
  source: EntitySummary;
  target: EntitySummary;
}

/** One day (and event) of a timeline. */
interface TimelineGroupResult {
  date: string | null;
  event: EntitySummary | null;
  facts: TimelineFact[];
}

export interface TimelineResult {
  totalCount: number;
  factCount: number;
  nodes: TimelineGroupResult[];
}

/** Most days (and events) of a timeline the panel shows. */
const TIMELINE_GROUPS = 60;

/** An entity's facts in date order, grouped by day and event. */
export const TIMELINE_QUERY = `query Timeline($entity: String!) {
  timeline(entity: $entity, first: ${TIMELINE_GROUPS}, includeHedged: true) {
    totalCount factCount
    nodes {
      date
      event { id name label }
      facts { id type sourceId targetId undirected hedged factDate source { id name label } target { id name label } }
    }
  }
}`;

/** The curation mutations the side panel runs (docs/curation.md); each returns where the entity went. */
export const MERGE_MUTATION = `mutation Merge($into: ID!, $from: ID!) { mergeEntities(into: $into, from: $from) { id result { id } } }`;
export const RENAME_MUTATION = `mutation Rename($entity: ID!, $name: String!) { renameEntity(entity: $entity, name: $name) { id result { id } } }`;
export const REJECT_MUTATION = `mutation Reject($relation: ID!, $reason: String!) { rejectRelation(relation: $relation, reason: $reason) { id } }`;

/** What a curation mutation answers. */
export interface CorrectionResult {
  id: string;
  result?: { id: string } | null;
}

/** A GraphQL request failed: the message comes from the server or the network. */
class ApiError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ApiError';
  }
}

/** Sends one GraphQL query to the endpoint (with the bearer token, when given) and returns its data, or throws ApiError with the server's message. */
export async function graphql<T>(
  endpoint: string,
  query: string,
  variables: Record<string, unknown>,
  token?: string,
): Promise<T> {
  const headers: Record<string, string> = { 'content-type': 'application/json', accept: 'application/json' };
  if (token) headers.authorization = `Bearer ${token}`;
  const response = await fetch(endpoint, {
    method: 'POST',
    headers,
    body: JSON.stringify({ query, variables }),
  });
  let body: { data?: T; errors?: { message: string }[] };
  try {
    body = (await response.json()) as typeof body;
  } catch {
    throw new ApiError(`The GraphQL API at ${endpoint} answered ${response.status} without JSON.`);
  }
  if (body.errors && body.errors.length > 0) throw new ApiError(body.errors.map((e) => e.message).join('; '));
  if (!body.data) throw new ApiError(`The GraphQL API at ${endpoint} answered ${response.status} without data.`);
  return body.data;
}
