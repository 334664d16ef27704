import type { RelationRecord } from '../graph/model.js';
import type { KnowledgeGraph } from '../graph/serialize.js';
import type { EdgeFilter, NeighbourIndex } from './adjacency.js';
import { StoreQueryError } from './errors.js';
import { compareStrings } from './order.js';

/**
 * The node ids of a neighbourhood: the centre, then the nodes one hop away, then two, … by id within
 * a hop, at most `limit` nodes (never fewer than the centre), over edges that pass the filter.
 *
 * Of each node of a hop's frontier only the first `room` new neighbours (by id) can be among the
 * `room` smallest of the next hop, so the work is bounded by the frontier times the room left, not by
 * the degrees of the hubs it meets.
 */
export function neighbourhoodIds(
  index: NeighbourIndex,
  center: string,
  hops: number,
  limit: number,
  allowed: EdgeFilter,
): string[] {
  const seen = new Set<string>([center]);
  const order = [center];
  let frontier = [center];
  for (let hop = 0; hop < hops && frontier.length > 0 && seen.size < limit; hop += 1) {
    const room = Math.max(0, Math.ceil(limit) - seen.size);
    const found = new Set<string>();
    for (const node of frontier) {
      let taken = 0;
      for (const other of index.neighbours(node)) {
        if (taken >= room) break;
        if (seen.has(other)) continue;
        if (found.has(other)) {
          taken += 1;
          continue;
        }
        if (!index.linked(node, other, allowed)) continue;
        found.add(other);
        taken += 1;
      }
    }
    frontier = [...found].sort(compareStrings).slice(0, room);
    for (const other of frontier) {
      seen.add(other);
      order.push(other);
    }
  }
  return order;
}

/** The edges that pass the filter and join two of the given nodes, as records sorted by id. */
export function edgesAmong(
  graph: KnowledgeGraph,
  index: NeighbourIndex,
  nodes: readonly string[],
  allowed: EdgeFilter,
): RelationRecord[] {
  const position = new Map(nodes.map((node, i) => [node, i]));
  const records: RelationRecord[] = [];
  const collect = (a: string, b: string): void => {
    graph.forEachEdge(a, b, (id, attributes, source, target, _sourceAttributes, _targetAttributes, undirected) => {
      if (allowed(id, attributes)) records.push({ id, source, target, undirected, ...attributes });
    });
  };
  nodes.forEach((node, i) => {
    const neighbours = index.neighbours(node);
    if (neighbours.length <= nodes.length - i) {
      for (const other of neighbours) if ((position.get(other) ?? -1) > i) collect(node, other);
    } else {
      for (let j = i + 1; j < nodes.length; j += 1) collect(node, nodes[j]!);
    }
  });
  return records.sort((a, b) => compareStrings(a.id, b.id));
}

/** Breadth-first levels from one end: each node's distance, and the nodes of each level. */
class Levels {
  readonly distance = new Map<string, number>();
  readonly levels: string[][];

  constructor(start: string) {
    this.distance.set(start, 0);
    this.levels = [[start]];
  }

  get depth(): number {
    return this.levels.length - 1;
  }

  get frontier(): string[] {
    return this.levels[this.levels.length - 1]!;
  }
}

function frontierCost(index: NeighbourIndex, nodes: readonly string[]): number {
  let cost = 0;
  for (const node of nodes) cost += index.neighbours(node).length;
  return cost;
}

/** Adds the next level to one side; returns the new nodes the other side has reached too. */
function expand(index: NeighbourIndex, side: Levels, other: Levels, allowed: EdgeFilter): string[] {
  const next: string[] = [];
  const met: string[] = [];
  const depth = side.depth + 1;
  for (const node of side.frontier) {
    for (const neighbour of index.neighbours(node)) {
      if (side.distance.has(neighbour) || !index.linked(node, neighbour, allowed)) continue;
      side.distance.set(neighbour, depth);
      next.push(neighbour);
      if (other.distance.has(neighbour)) met.push(neighbour);
    }
  }
  side.levels.push(next);
  return met;
}

/** Smaller side first: the nodes of `candidates` that have a passing edge to some node of `targets`. */
function adjacentTo(
  index: NeighbourIndex,
  candidates: ReadonlySet<string>,
  targets: readonly string[],
  allowed: EdgeFilter,
): Set<string> {
  const out = new Set<string>();
  if (frontierCost(index, targets) <= frontierCost(index, [...candidates])) {
    for (const target of targets) {
      for (const node of index.neighbours(target))
        if (candidates.has(node) && !out.has(node) && index.linked(node, target, allowed)) out.add(node);
    }
  } else {
    const wanted = new Set(targets);
    for (const node of candidates) {
      if (index.neighbours(node).some((target) => wanted.has(target) && index.linked(node, target, allowed)))
        out.add(node);
    }
  }
  return out;
}

/**
 * A shortest path over edges that pass the filter, at most `maxHops` long, or null. Of several, the
 * one whose sequence of edge keys is smallest (compared key by key): the path a breadth-first search
 * from `from` that visits each node's edges by key and keeps the first way it reaches a node returns.
 *
 * A search from both ends finds the distance and the nodes at each step of some shortest path; the
 * path is then walked from `from`, taking at each step the smallest edge key into the next step.
 */
export function shortestPath(
  graph: KnowledgeGraph,
  index: NeighbourIndex,
  from: string,
  to: string,
  maxHops: number,
  allowed: EdgeFilter,
): { nodes: string[]; edges: string[] } | null {
  const forward = new Levels(from);
  const backward = new Levels(to);
  let met: string[] = [];
  while (met.length === 0) {
    if (forward.depth + backward.depth >= maxHops) return null;
    if (forward.frontier.length === 0 || backward.frontier.length === 0) return null;
    const forwardFirst = frontierCost(index, forward.frontier) <= frontierCost(index, backward.frontier);
    met = forwardFirst ? expand(index, forward, backward, allowed) : expand(index, backward, forward, allowed);
  }
  const length = forward.depth + backward.depth;
  // onPath[p]: the nodes p steps from `from` that lie on a shortest path, for the steps the forward
  // search covered; beyond them a node lies on one exactly when it is the right distance from `to`.
  const onPath: Set<string>[] = [];
  onPath[forward.depth] = new Set(met);
  for (let step = forward.depth - 1; step >= 1; step -= 1) {
    onPath[step] = adjacentTo(index, new Set(forward.levels[step]), [...onPath[step + 1]!], allowed);
  }
  const next = (step: number): readonly string[] =>
    step <= forward.depth ? [...onPath[step]!] : backward.levels[length - step]!;
  const nodes = [from];
  const edges: string[] = [];
  for (let step = 1; step <= length; step += 1) {
    const current = nodes[nodes.length - 1]!;
    const candidates = next(step);
    const neighbours = index.neighbours(current);
    let bestKey: string | undefined;
    let bestNode = '';
    const consider = (node: string): void => {
      graph.forEachEdge(current, node, (key, attributes) => {
        if (allowed(key, attributes) && (bestKey === undefined || key < bestKey)) {
          bestKey = key;
          bestNode = node;
        }
      });
    };
    if (neighbours.length < candidates.length) {
      const wanted = new Set(candidates);
      for (const node of neighbours) if (wanted.has(node)) consider(node);
    } else {
      for (const node of candidates) consider(node);
    }
    if (bestKey === undefined)
      throw new StoreQueryError(
        `The path search from ${from} to ${to} lost its way at step ${step}; please report this.`,
      );
    nodes.push(bestNode);
    edges.push(bestKey);
  }
  return { nodes, edges };
}
