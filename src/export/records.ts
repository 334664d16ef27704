import type { EntityLabel, EntityRecord, RelationRecord, RelationType } from '../graph/model.js';

/** A node flattened to scalar and string-list attributes, the shape every export format writes. */
export interface ExportNode {
  id: string;
  /** Canonical name: what tools display. */
  name: string;
  /** Ontology label (Person, Country, Organization, Event, Place). */
  label: EntityLabel;
  aliases: string[];
  /** Mentions across all articles. */
  mentions: number;
  /** Number of edges of this node in the exported graph. */
  degree: number;
  /** Events: ISO date at the precision the text gives. */
  date?: string;
  /** Events: id of the place or country. */
  place?: string;
  roles: string[];
  /** Countries: ISO 3166-1 alpha-3 code. */
  code?: string;
}

/** An edge flattened to scalar attributes, the shape every export format writes. */
export interface ExportEdge {
  id: string;
  source: string;
  target: string;
  type: RelationType;
  undirected: boolean;
  /** Combined confidence in [0, 1]. */
  confidence: number;
  /** Pieces of evidence (sentences) that state the edge. */
  evidenceCount: number;
  /** Distinct articles that state the edge. */
  articleCount: number;
  /** The edge's own date, else the earliest evidence date. */
  date?: string;
  /** The latest evidence date. */
  lastDate?: string;
  place?: string;
  event?: string;
  /** No evidence states the fact plainly (reported, expected, supposed). */
  hedged: boolean;
  /** The evidence sentence with the highest confidence. */
  sentence: string;
  /** The first quote among the evidence, for statements. */
  quote?: string;
}

/** What an export writes: flat nodes and edges, every edge's ends among the nodes. */
export interface ExportGraph {
  nodes: ExportNode[];
  edges: ExportEdge[];
}

function defined<T extends object>(record: T): T {
  return Object.fromEntries(Object.entries(record).filter(([, v]) => v !== undefined)) as T;
}

/** Flattens a relation record for export. */
function exportEdge(relation: RelationRecord): ExportEdge {
  const dates = relation.evidence
    .map((e) => e.date)
    .filter((d): d is string => Boolean(d))
    .sort();
  const best = [...relation.evidence].sort((a, b) => b.confidence - a.confidence)[0];
  return defined({
    id: relation.id,
    source: relation.source,
    target: relation.target,
    type: relation.type,
    undirected: relation.undirected,
    confidence: Math.round(relation.confidence * 1000) / 1000,
    evidenceCount: relation.evidence.length,
    articleCount: new Set(relation.evidence.map((e) => e.article)).size,
    date: relation.date ?? dates[0],
    lastDate: dates[dates.length - 1],
    place: relation.place,
    event: relation.event,
    hedged: relation.hedged === true,
    sentence: best?.sentence.replace(/\s+/g, ' ').trim() ?? '',
    quote: relation.evidence.find((e) => e.quote)?.quote,
  });
}

/** Flattens an entity record for export; `degree` is its number of edges in the exported graph. */
function exportNode(entity: EntityRecord, degree: number): ExportNode {
  return defined({
    id: entity.id,
    name: entity.name,
    label: entity.label,
    aliases: entity.aliases,
    mentions: entity.count,
    degree,
    date: entity.date,
    place: entity.place,
    roles: entity.roles ?? [],
    code: entity.code,
  });
}

/** The export graph of a set of records: negated edges and edges with an end outside the nodes are left out. */
export function toExportGraph(entities: readonly EntityRecord[], relations: readonly RelationRecord[]): ExportGraph {
  const ids = new Set(entities.map((e) => e.id));
  const edges = relations
    .filter((r) => !r.negated && ids.has(r.source) && ids.has(r.target))
    .map(exportEdge)
    .sort((a, b) => a.id.localeCompare(b.id));
  const degree = new Map<string, number>();
  for (const e of edges) {
    degree.set(e.source, (degree.get(e.source) ?? 0) + 1);
    degree.set(e.target, (degree.get(e.target) ?? 0) + 1);
  }
  const nodes = entities.map((e) => exportNode(e, degree.get(e.id) ?? 0)).sort((a, b) => a.id.localeCompare(b.id));
  return { nodes, edges };
}
