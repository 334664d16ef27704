import graphology from 'graphology';
import type { SerializedGraph as GraphologySerializedGraph } from 'graphology-types';
import type { EntityRecord, RelationRecord } from './model.js';

/** Node attributes in the graphology graph: the entity record without its id (the node key). */
export type NodeAttributes = Omit<EntityRecord, 'id'>;
/** Edge attributes in the graphology graph: the relation record without id and ends. */
export type EdgeAttributes = Omit<RelationRecord, 'id' | 'source' | 'target' | 'undirected'>;
/** Graph attributes in the graphology graph. */
export interface GraphAttributes {
  [key: string]: unknown;
}

/** The graphology multigraph that holds the knowledge graph. */
export type KnowledgeGraph = InstanceType<
  typeof graphology.MultiGraph<NodeAttributes, EdgeAttributes, GraphAttributes>
>;
/** graphology's serialisation format (`graph.export()`), the format the scorer reads. */
export type SerializedGraph = GraphologySerializedGraph<NodeAttributes, EdgeAttributes, GraphAttributes>;

/** A new, empty knowledge graph: a mixed multigraph (MET_WITH is undirected, the rest directed). */
export function createKnowledgeGraph(): KnowledgeGraph {
  return new graphology.MultiGraph<NodeAttributes, EdgeAttributes, GraphAttributes>({
    type: 'mixed',
    allowSelfLoops: false,
  });
}

/** Entity record of a node of the graph. */
export function entityOf(graph: KnowledgeGraph, id: string): EntityRecord {
  return { id, ...graph.getNodeAttributes(id) };
}

/** Relation record of an edge of the graph. */
export function relationOf(graph: KnowledgeGraph, key: string): RelationRecord {
  return {
    id: key,
    source: graph.source(key),
    target: graph.target(key),
    undirected: graph.isUndirected(key),
    ...graph.getEdgeAttributes(key),
  };
}

/** Puts an entity into the graph, replacing the node's attributes when it exists. */
export function putEntity(graph: KnowledgeGraph, entity: EntityRecord): void {
  const { id, ...attributes } = entity;
  graph.mergeNode(id, attributes);
  graph.replaceNodeAttributes(id, attributes);
}

/** Puts a relation into the graph, replacing the edge's attributes when it exists. */
export function putRelation(graph: KnowledgeGraph, relation: RelationRecord): void {
  const { id, source, target, undirected, ...attributes } = relation;
  if (graph.hasEdge(id)) {
    graph.replaceEdgeAttributes(id, attributes);
  } else if (undirected) {
    graph.addUndirectedEdgeWithKey(id, source, target, attributes);
  } else {
    graph.addDirectedEdgeWithKey(id, source, target, attributes);
  }
}

/** A knowledge graph holding the given records; every edge's ends must be among the entities. */
export function buildKnowledgeGraph(
  entities: readonly EntityRecord[],
  relations: readonly RelationRecord[],
): KnowledgeGraph {
  const graph = createKnowledgeGraph();
  for (const entity of entities) putEntity(graph, entity);
  for (const relation of relations) putRelation(graph, relation);
  return graph;
}
