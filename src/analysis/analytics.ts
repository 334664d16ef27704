import graphology from 'graphology';
import louvainModule from 'graphology-communities-louvain';
import pagerankModule from 'graphology-metrics/centrality/pagerank.js';
import type { EntityRecord, RelationRecord } from '../graph/model.js';
import { seededRandom } from '../graph/random.js';

// Both packages are CommonJS whose module.exports is the function; their typings declare it as `default`.
const louvain = louvainModule as unknown as typeof louvainModule.default;
const pagerank = pagerankModule as unknown as typeof pagerankModule.default;

/** Undirected, simple, weighted projection of the knowledge graph used for centrality and communities. */
export type ProjectionGraph = InstanceType<
  typeof graphology.UndirectedGraph<Record<string, never>, { weight: number }>
>;

/** Centrality scores of one entity. */
interface CentralityScores {
  degree: number;
  pageRank: number;
  community: number | null;
}

/** Analytics of a whole graph: per-entity scores and communities (largest first, members most central first). */
export interface GraphAnalytics {
  scores: Map<string, CentralityScores>;
  communities: { id: number; members: string[] }[];
}

/**
 * Projects the graph to an undirected simple graph: one edge per linked pair, weighted by the number of
 * plain relations between them. Denied and hedged relations are left out. Records are taken in id order.
 */
export function projectGraph(entities: readonly EntityRecord[], relations: readonly RelationRecord[]): ProjectionGraph {
  const graph: ProjectionGraph = new graphology.UndirectedGraph<Record<string, never>, { weight: number }>();
  // Sorted, so every store (whatever order it lists records in) gives the same scores and communities.
  const byId = (a: { id: string }, b: { id: string }) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
  for (const entity of [...entities].sort(byId)) graph.addNode(entity.id);
  for (const relation of [...relations].sort(byId)) {
    if (relation.negated || relation.hedged || relation.source === relation.target) continue;
    if (!graph.hasNode(relation.source) || !graph.hasNode(relation.target)) continue;
    graph.updateEdge(relation.source, relation.target, (attributes) => ({ weight: (attributes.weight ?? 0) + 1 }));
  }
  return graph;
}

/** Degree, PageRank (graphology-metrics) and Louvain communities (graphology-communities-louvain) of a projection. */
export function analyseGraph(graph: ProjectionGraph): GraphAnalytics {
  const ranks: Record<string, number> = graph.order > 0 ? pagerank(graph, { getEdgeWeight: 'weight' }) : {};
  const assignment: Record<string, number> =
    graph.size > 0 ? louvain(graph, { getEdgeWeight: 'weight', rng: seededRandom(42) }) : {};
  const groups = new Map<number, string[]>();
  graph.forEachNode((node) => {
    if (graph.degree(node) === 0) return;
    const community = assignment[node];
    if (community === undefined) return;
    const members = groups.get(community) ?? [];
    members.push(node);
    groups.set(community, members);
  });
  const byRank = (a: string, b: string) => (ranks[b] ?? 0) - (ranks[a] ?? 0) || a.localeCompare(b);
  const ordered = [...groups.values()]
    .map((members) => members.sort(byRank))
    .sort((a, b) => b.length - a.length || a[0]!.localeCompare(b[0]!));
  const communityOf = new Map<string, number>();
  const communities = ordered.map((members, index) => {
    for (const member of members) communityOf.set(member, index + 1);
    return { id: index + 1, members };
  });
  const scores = new Map<string, CentralityScores>();
  graph.forEachNode((node) => {
    scores.set(node, {
      degree: graph.degree(node),
      pageRank: ranks[node] ?? 0,
      community: communityOf.get(node) ?? null,
    });
  });
  return { scores, communities };
}
