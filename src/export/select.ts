import type { RelationType } from '../graph/model.js';
import { RELATION_TYPES } from '../graph/model.js';
import { foldText } from '../graph/text.js';
import type { GraphStore } from '../store/port.js';
import { ExportRequestError } from './errors.js';
import { toExportGraph, type ExportGraph } from './records.js';

/** Most nodes a focus subgraph holds unless told otherwise. */
const DEFAULT_FOCUS_LIMIT = 5000;
/** Most hops a focus subgraph reaches. */
const MAX_HOPS = 6;

/** Which part of the graph to export: all of it, or the neighbourhood of a focus entity. */
export interface ExportSelection {
  /** Entity id (or an exact name or alias) at the centre; none exports the whole graph. */
  focus?: string | null;
  /** Hops from the focus (default 1). */
  hops?: number | null;
  /** Only these relation types (default all). */
  types?: readonly RelationType[] | null;
  /** Most nodes of a focus subgraph (default DEFAULT_FOCUS_LIMIT). */
  limit?: number | null;
}

/** Relation types named in a comma-separated list ("MET_WITH,said"), checked against the ontology. */
export function parseRelationTypes(list: string | readonly string[] | null | undefined): RelationType[] | undefined {
  if (list === null || list === undefined) return undefined;
  const names = (typeof list === 'string' ? list.split(',') : [...list])
    .map((t) => t.trim().toUpperCase())
    .filter(Boolean);
  if (names.length === 0) return undefined;
  const known = new Set<string>(RELATION_TYPES);
  const unknown = names.filter((n) => !known.has(n));
  if (unknown.length > 0) {
    throw new ExportRequestError(
      `Unknown relation type ${unknown.join(', ')}: use any of ${RELATION_TYPES.join(', ')}.`,
    );
  }
  return [...new Set(names)] as RelationType[];
}

/** Hop count from user input, checked to be a whole number from 1 to MAX_HOPS. */
export function parseHops(value: string | number | null | undefined): number | undefined {
  if (value === null || value === undefined || value === '') return undefined;
  const hops = Number(value);
  if (!Number.isInteger(hops) || hops < 1 || hops > MAX_HOPS) {
    throw new ExportRequestError(`hops must be a whole number from 1 to ${MAX_HOPS}, got "${String(value)}".`);
  }
  return hops;
}

async function resolveFocus(store: GraphStore, focus: string): Promise<string> {
  const [byId] = await store.getEntities([focus]);
  if (byId) return byId.id;
  const folded = foldText(focus);
  const page = await store.searchEntities({ search: focus, first: 50 });
  const exact = page.items.filter((e) => [e.name, ...e.aliases].some((form) => foldText(form) === folded));
  if (exact.length === 1) return exact[0].id;
  const candidates = (exact.length > 1 ? exact : page.items).slice(0, 5).map((e) => `${e.id} (${e.name})`);
  if (candidates.length === 0) {
    throw new ExportRequestError(
      `No entity "${focus}" in the graph: pass an entity id such as person:vladimir-putin, or leave out the focus.`,
    );
  }
  throw new ExportRequestError(
    `"${focus}" is not an entity id${exact.length > 1 ? ' and names several entities' : ''}: pass one of ${candidates.join(', ')}.`,
  );
}

/** The part of the store's graph an export writes: negated edges left out, hedged ones kept and flagged. */
export async function selectExportGraph(store: GraphStore, selection: ExportSelection = {}): Promise<ExportGraph> {
  const types = selection.types && selection.types.length > 0 ? new Set(selection.types) : null;
  if (!selection.focus) {
    const dump = await store.dump();
    if (!types) return toExportGraph(dump.entities, dump.relations);
    const relations = dump.relations.filter((r) => types.has(r.type) && !r.negated);
    const ends = new Set(relations.flatMap((r) => [r.source, r.target]));
    return toExportGraph(
      dump.entities.filter((e) => ends.has(e.id)),
      relations,
    );
  }
  const id = await resolveFocus(store, selection.focus);
  const subgraph = await store.neighborhood({
    id,
    hops: selection.hops ?? 1,
    types: types ? [...types] : null,
    limit: selection.limit ?? DEFAULT_FOCUS_LIMIT,
    includeHedged: true,
  });
  return toExportGraph(subgraph.nodes, subgraph.edges);
}
