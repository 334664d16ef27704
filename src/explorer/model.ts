/** The explorer's graph: what the API returned, merged into one graphology graph that sigma draws. */
import graphology from 'graphology';
import { datedBy } from '../graph/fact-date.js';
import { labelColor, nodeSize } from '../export/palette.js';
import type { EdgeSummary, EntitySummary, SubgraphResult } from './api.js';
import { seededRandom } from '../graph/random.js';
export { seededRandom };

export interface ExplorerNode {
  /** What sigma writes beside the node: the entity's name. */
  label: string;
  /** Ontology label (Person, Country, …). */
  kind: string;
  x: number;
  y: number;
  size: number;
  color: string;
}

export interface ExplorerEdge {
  /** Sigma's edge program: arrow for directed relations, line for undirected ones. */
  type: 'arrow' | 'line';
  relation: string;
  confidence: number;
  hedged: boolean;
  /** The fact's date (Relation.factDate), else the relation's date, else its first evidence date. */
  date: string | null;
  evidenceCount: number;
  size: number;
  color: string;
}

export type ExplorerGraph = InstanceType<typeof graphology.MultiGraph<ExplorerNode, ExplorerEdge>>;

/** What the side bar lets the user narrow the view to. */
export interface Filters {
  /** Relation types shown; empty shows none. */
  types: ReadonlySet<string>;
  /** ISO dates at any precision, inclusive; empty for no bound. */
  since: string;
  until: string;
  /** The date slider: the graph as of this ISO day (facts dated on or before it); empty for the graph as it is. */
  asOf: string;
}

/** Colour of an edge at rest. */
const EDGE_COLOR = '#c3c8d1';

/** The ontology label of an API enum value: PERSON → Person. */
export function entityLabel(value: string): string {
  return value.charAt(0).toUpperCase() + value.slice(1).toLowerCase();
}

/** A new, empty explorer graph. */
export function createExplorerGraph(): ExplorerGraph {
  return new graphology.MultiGraph<ExplorerNode, ExplorerEdge>({ type: 'mixed', allowSelfLoops: true });
}

function addNode(
  graph: ExplorerGraph,
  entity: EntitySummary,
  near: { x: number; y: number } | null,
  random: () => number,
): void {
  if (graph.hasNode(entity.id)) return;
  const angle = random() * 2 * Math.PI;
  const radius = near ? 5 + random() * 10 : 50 * Math.sqrt(graph.order + 1);
  const base = near ?? { x: 0, y: 0 };
  graph.addNode(entity.id, {
    label: entity.name,
    kind: entityLabel(entity.label),
    x: base.x + radius * Math.cos(angle),
    y: base.y + radius * Math.sin(angle),
    size: nodeSize(0),
    color: labelColor(entityLabel(entity.label)),
  });
}

function addEdge(graph: ExplorerGraph, edge: EdgeSummary): void {
  if (graph.hasEdge(edge.id) || !graph.hasNode(edge.sourceId) || !graph.hasNode(edge.targetId)) return;
  const attributes: ExplorerEdge = {
    type: edge.undirected ? 'line' : 'arrow',
    relation: edge.type,
    confidence: edge.confidence,
    hedged: edge.hedged,
    date: edge.factDate ?? edge.date ?? edge.evidence.nodes[0]?.date ?? null,
    evidenceCount: edge.evidence.totalCount,
    size: Math.min(4, 1 + 0.75 * edge.evidence.totalCount),
    color: EDGE_COLOR,
  };
  if (edge.undirected) graph.addUndirectedEdgeWithKey(edge.id, edge.sourceId, edge.targetId, attributes);
  else graph.addDirectedEdgeWithKey(edge.id, edge.sourceId, edge.targetId, attributes);
}

/**
 * Merges a subgraph into the explorer graph: new nodes start beside a node they link to (or on a
 * spiral), known ones keep their place. Returns the ids of the nodes added.
 */
export function mergeSubgraph(graph: ExplorerGraph, subgraph: SubgraphResult, random: () => number): string[] {
  const added = subgraph.nodes.filter((n) => !graph.hasNode(n.id)).map((n) => n.id);
  const byId = new Map(subgraph.nodes.map((n) => [n.id, n]));
  const pending = new Set(added);
  for (let round = 0; round < 3 && pending.size > 0; round += 1) {
    for (const edge of subgraph.edges) {
      for (const [from, to] of [
        [edge.sourceId, edge.targetId],
        [edge.targetId, edge.sourceId],
      ]) {
        if (pending.has(to) && graph.hasNode(from)) {
          addNode(graph, byId.get(to)!, graph.getNodeAttributes(from), random);
          pending.delete(to);
        }
      }
    }
  }
  for (const id of pending) addNode(graph, byId.get(id)!, null, random);
  for (const edge of subgraph.edges) addEdge(graph, edge);
  graph.forEachNode((id) => graph.setNodeAttribute(id, 'size', nodeSize(graph.degree(id))));
  return added;
}

/** The overview's edges (with their end nodes) as a subgraph. */
export function overviewSubgraph(
  edges: (EdgeSummary & { source: EntitySummary; target: EntitySummary })[],
): SubgraphResult {
  const nodes = new Map<string, EntitySummary>();
  for (const e of edges) {
    nodes.set(e.source.id, e.source);
    nodes.set(e.target.id, e.target);
  }
  return { nodes: [...nodes.values()], edges };
}

/** True when an ISO date (any precision) lies within [since, until], compared at the shorter precision. */
export function dateWithin(date: string | null, since: string, until: string): boolean {
  if (!since && !until) return true;
  if (!date) return false;
  const after = !since || date.slice(0, since.length) >= since.slice(0, date.length);
  const before = !until || date.slice(0, until.length) <= until.slice(0, date.length);
  return after && before;
}

/** True when the filters let an edge through. */
export function edgeVisible(edge: ExplorerEdge, filters: Filters): boolean {
  return (
    filters.types.has(edge.relation) &&
    dateWithin(edge.date, filters.since, filters.until) &&
    (!filters.asOf || datedBy(edge.date, filters.asOf))
  );
}

const DAY_MS = 86_400_000;

/** The first day of an ISO date at any precision (2022 → 2022-01-01, 2022-09 → 2022-09-01) as days since 1970-01-01. */
export function dayNumber(date: string): number {
  const [year, month = '01', day = '01'] = date.slice(0, 10).split('-');
  return Math.floor(Date.UTC(Number(year), Number(month) - 1, Number(day)) / DAY_MS);
}

/** The ISO day of a number of days since 1970-01-01. */
export function isoDay(days: number): string {
  return new Date(days * DAY_MS).toISOString().slice(0, 10);
}

/** The date slider's ends for a graph whose facts span `range`: whole days, null when it spans fewer than two. */
export function sliderBounds(range: { earliest: string; latest: string } | null): { min: number; max: number } | null {
  if (!range) return null;
  const min = dayNumber(range.earliest);
  const max = dayNumber(range.latest);
  return max > min ? { min, max } : null;
}

/** What a slider position means: the day it stands for, or '' (the graph as it is) at its right end. */
export function asOfAt(value: number, bounds: { min: number; max: number }): string {
  return value >= bounds.max ? '' : isoDay(Math.max(value, bounds.min));
}

/** Ids of the nodes shown under the filters: those with a visible edge, those without edges, and the kept ones. */
export function visibleNodes(graph: ExplorerGraph, filters: Filters, keep: readonly string[]): Set<string> {
  const visible = new Set<string>(keep.filter((id) => graph.hasNode(id)));
  graph.forEachNode((id) => {
    if (graph.degree(id) === 0) visible.add(id);
  });
  graph.forEachEdge((_key, attributes, source, target) => {
    if (!edgeVisible(attributes, filters)) return;
    visible.add(source);
    visible.add(target);
  });
  return visible;
}

/**
 * One label for each pair of nodes linked by visible edges, put on the first of those edges and naming
 * every relation between them ("met with · supports"); the other parallel edges get none.
 */
export function parallelEdgeLabels(
  graph: ExplorerGraph,
  filters: Filters,
  phrase: (type: string) => string,
): Map<string, string> {
  const byPair = new Map<string, string[]>();
  graph.forEachEdge((key, attributes, source, target) => {
    if (!edgeVisible(attributes, filters)) return;
    const pair = source < target ? `${source}\u0000${target}` : `${target}\u0000${source}`;
    const keys = byPair.get(pair);
    if (keys) keys.push(key);
    else byPair.set(pair, [key]);
  });
  const labels = new Map<string, string>();
  for (const keys of byPair.values()) {
    const types = [...new Set(keys.map((key) => phrase(graph.getEdgeAttribute(key, 'relation'))))];
    labels.set(keys[0], types.join(' · '));
  }
  return labels;
}
