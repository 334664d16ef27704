import type { EdgeAttributes, KnowledgeGraph } from '../graph/serialize.js';
import { compareStrings } from './order.js';

/** Which edges a traversal may follow (the edge's key and attributes). */
export type EdgeFilter = (key: string, attributes: EdgeAttributes) => boolean;

function lowerBound(sorted: readonly string[], value: string): number {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (sorted[middle]! < value) low = middle + 1;
    else high = middle;
  }
  return low;
}

/**
 * The neighbours of each node (the nodes at the other end of its edges, whatever their direction),
 * sorted by id. A node's list is built when first asked for and then kept up to date as edges come
 * and go, so that traversals touch each neighbour once instead of every parallel edge.
 */
export class NeighbourIndex {
  private readonly sorted = new Map<string, string[]>();

  constructor(private readonly graph: KnowledgeGraph) {}

  /** The node's neighbours, sorted by id (empty for an unknown node). Read-only. */
  neighbours(node: string): readonly string[] {
    let list = this.sorted.get(node);
    if (!list) {
      if (!this.graph.hasNode(node)) return [];
      list = this.graph.neighbors(node).sort(compareStrings);
      this.sorted.set(node, list);
    }
    return list;
  }

  /** Records a new edge between two nodes (call after adding it to the graph). */
  edgeAdded(source: string, target: string): void {
    this.link(source, target);
    this.link(target, source);
  }

  /** Records that an edge between two nodes was dropped (call after dropping it from the graph). */
  edgeDropped(source: string, target: string): void {
    if (this.graph.hasNode(source) && this.graph.hasNode(target) && this.graph.areNeighbors(source, target)) return;
    this.unlink(source, target);
    this.unlink(target, source);
  }

  /** Forgets a node that was dropped from the graph. */
  nodeDropped(node: string): void {
    this.sorted.delete(node);
  }

  /** True when some edge between the two nodes passes the filter. */
  linked(a: string, b: string, allowed: EdgeFilter): boolean {
    return this.graph.someEdge(a, b, allowed);
  }

  private link(node: string, other: string): void {
    const list = this.sorted.get(node);
    if (!list) return;
    const at = lowerBound(list, other);
    if (list[at] !== other) list.splice(at, 0, other);
  }

  private unlink(node: string, other: string): void {
    const list = this.sorted.get(node);
    if (!list) return;
    const at = lowerBound(list, other);
    if (list[at] === other) list.splice(at, 1);
  }
}
