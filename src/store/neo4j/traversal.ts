import { compareStrings } from '../order.js';
import type { Query } from './cypher/query.js';
import { rows, type Runner } from './records.js';

/** A node found from a neighbourhood's centre, with its distance in hops. */
export interface Reached {
  id: string;
  distance: number;
}

/**
 * The node ids of a neighbourhood: the centre first, then the nearest nodes, nearer first and by id
 * within a distance, at most `limit` in all (never fewer than the centre). The embedded store picks the
 * same nodes with its breadth-first search.
 */
export function neighborhoodIds(center: string, reached: readonly Reached[], limit: number): string[] {
  const others = reached
    .filter((r) => r.id !== center)
    .sort((a, b) => a.distance - b.distance || compareStrings(a.id, b.id));
  const room = Math.max(0, Math.ceil(limit) - 1);
  return [center, ...others.slice(0, room).map((r) => r.id)];
}

/**
 * The node ids of a neighbourhood (as neighborhoodIds picks them) by a breadth-first search on the
 * server, one ring a query (`ring`: the next ring's first ids, at most the room left), until the room
 * is filled, `hops` (Cypher text; '' for no bound) rings are done or a ring is empty.
 */
export async function nearestIds(
  tx: Runner,
  center: string,
  hops: string,
  limit: number,
  ring: (frontier: string[], seen: string[], limit: number) => Query,
): Promise<string[]> {
  const room = Math.max(0, Math.ceil(limit) - 1);
  const reached: Reached[] = [];
  const maxHops = hops === '' ? Infinity : Number(hops);
  let frontier = [center];
  for (let distance = 1; distance <= maxHops && frontier.length > 0 && reached.length < room; distance += 1) {
    const seen = [center, ...reached.map((r) => r.id)];
    frontier = (await rows(tx, ring(frontier, seen, room - reached.length))).map((r) => String(r.get('id')));
    for (const id of frontier) reached.push({ id, distance });
  }
  return neighborhoodIds(center, reached, limit);
}

/** One step of some shortest path: edge `edge` from `from` (at `depth` hops from the start) to `to`. */
export interface PathStep {
  depth: number;
  from: string;
  edge: string;
  to: string;
}

/**
 * The path the embedded store's breadth-first search returns, chosen among every shortest path
 * (given as their steps). That search visits a node's edges by id and keeps the first way it reaches
 * each node, so a node's place in the visit order is its predecessor's place followed by the id of the
 * edge it came through; the path is the predecessor chain of the end.
 */
export function canonicalPath(
  start: string,
  end: string,
  steps: readonly PathStep[],
): { nodes: string[]; edges: string[] } | null {
  const depth = steps.reduce((max, s) => Math.max(max, s.depth + 1), 0);
  const rank = new Map<string, string[]>([[start, []]]);
  const via = new Map<string, { node: string; edge: string }>();
  for (let d = 0; d < depth; d += 1) {
    for (const step of steps.filter((s) => s.depth === d)) {
      const before = rank.get(step.from);
      if (!before) continue;
      const candidate = [...before, step.edge];
      const current = rank.get(step.to);
      if (!current || compareRanks(candidate, current) < 0) {
        rank.set(step.to, candidate);
        via.set(step.to, { node: step.from, edge: step.edge });
      }
    }
  }
  if (!via.has(end)) return null;
  const nodes = [end];
  const edges: string[] = [];
  for (let step = via.get(end); step; step = via.get(step.node)) {
    nodes.unshift(step.node);
    edges.unshift(step.edge);
  }
  return { nodes, edges };
}

function compareRanks(a: readonly string[], b: readonly string[]): number {
  for (let i = 0; i < Math.min(a.length, b.length); i += 1) {
    const c = compareStrings(a[i]!, b[i]!);
    if (c !== 0) return c;
  }
  return a.length - b.length;
}
