import type { KnowledgeGraph } from '../src/graph/serialize.js';
import { Random } from './random.js';

/** Arguments for the GraphQL queries of the benchmark, drawn from a graph so that they hit real data. */
export interface QuerySamples {
  /** Entity ids for lookups. */
  entities: string[];
  /** Search words (a word of an entity's name). */
  searches: string[];
  /** Event (or other entity) ids that have statements about them, for commentators(on:). */
  commented: string[];
  /** Entity ids with at least one relation (any entity when there is none), for 2-hop neighbourhoods. */
  centres: string[];
  /** Pairs of entities 2 to 4 hops apart, for paths (any two entities when the graph has too few edges). */
  pairs: [string, string][];
}

function within(graph: KnowledgeGraph, from: string, maxHops: number): Map<string, number> {
  const distance = new Map<string, number>([[from, 0]]);
  let frontier = [from];
  for (let hop = 1; hop <= maxHops && frontier.length > 0; hop += 1) {
    const next: string[] = [];
    for (const node of frontier) {
      graph.forEachNeighbor(node, (other) => {
        if (distance.has(other)) return;
        distance.set(other, hop);
        next.push(other);
      });
      if (distance.size > 20_000) return distance;
    }
    frontier = next;
  }
  return distance;
}

/** Draws `size` arguments of each kind from the graph, deterministically from the seed. */
export function drawSamples(
  graph: KnowledgeGraph,
  aboutCounts: ReadonlyMap<string, number>,
  seed: number,
  size: number,
): QuerySamples {
  const random = Random.derive(seed, 'samples');
  const nodes = graph.nodes();
  const linked = nodes.filter((n) => graph.degree(n) > 0);
  const entities = nodes.length > 0 ? Array.from({ length: size }, () => random.pick(nodes)) : [];
  const searches = entities.map((id) => {
    const words = graph
      .getNodeAttribute(id, 'name')
      .split(/\s+/)
      .filter((w) => w.length > 2);
    return words.length > 0 ? random.pick(words) : graph.getNodeAttribute(id, 'name');
  });
  const events = nodes.filter((n) => graph.getNodeAttribute(n, 'label') === 'Event' && (aboutCounts.get(n) ?? 0) > 0);
  const anyEvents = nodes.filter((n) => graph.getNodeAttribute(n, 'label') === 'Event');
  const commentedPool =
    events.length > 0
      ? events
      : aboutCounts.size > 0
        ? [...aboutCounts.keys()]
        : anyEvents.length > 0
          ? anyEvents
          : searches;
  const commented = commentedPool.length > 0 ? Array.from({ length: size }, () => random.pick(commentedPool)) : [];
  const centrePool = linked.length > 0 ? linked : nodes;
  const centres = centrePool.length > 0 ? Array.from({ length: size }, () => random.pick(centrePool)) : [];
  const pairs: [string, string][] = [];
  for (let tries = 0; pairs.length < size && tries < size * 4 && linked.length > 0; tries += 1) {
    const from = random.pick(linked);
    const reach = [...within(graph, from, 4)].filter(([, d]) => d >= 2).map(([n]) => n);
    if (reach.length > 0) pairs.push([from, random.pick(reach)]);
  }
  while (pairs.length < size && nodes.length > 1) pairs.push([random.pick(nodes), random.pick(nodes)]);
  return { entities, searches, commented, centres, pairs };
}
