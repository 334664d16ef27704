import { createPubSub, filter, pipe } from 'graphql-yoga';
import type { EntityRecord, RelationRecord, RelationType } from '../graph/model.js';
import type { IngestResult } from '../store/port.js';

/** A relation one ingested article gives evidence for, with the names of its two ends. */
export interface FactAddedPayload {
  relation: RelationRecord;
  /** Lower-cased canonical names and aliases of the source and target, for the `involving` filter. */
  names: string[];
}

/**
 * The API's in-process event bus: what the ingestArticle mutation announces once an article is durably
 * stored (never a duplicate, never a failed write). It lives with one server, whichever store it uses;
 * another process writing to the same store (`kg ingest`) announces nothing here.
 */
export function createEventBus() {
  return createPubSub<{ articleIngested: [IngestResult]; factAdded: [FactAddedPayload] }>();
}

export type EventBus = ReturnType<typeof createEventBus>;

/** Announces a stored article and each relation it gives evidence for (as stored, merged with what was there). */
export function announceIngest(
  bus: EventBus,
  result: IngestResult,
  relations: readonly RelationRecord[],
  entities: readonly EntityRecord[],
): void {
  if (result.duplicate) return;
  const byId = new Map(entities.map((entity) => [entity.id, entity]));
  const namesOf = (id: string): string[] => {
    const entity = byId.get(id);
    return entity ? [entity.name, ...entity.aliases].map((name) => name.toLowerCase()) : [];
  };
  bus.publish('articleIngested', result);
  for (const relation of relations) {
    bus.publish('factAdded', { relation, names: [...namesOf(relation.source), ...namesOf(relation.target)] });
  }
}

/** What a factAdded subscription asks for: relation types, and entities (ids or names) at either end. */
export interface FactFilter {
  types?: readonly RelationType[] | null;
  involving?: readonly string[] | null;
}

/** True when the fact passes the filter: an empty or missing list lets everything through. */
function factMatches(payload: FactAddedPayload, { types, involving }: FactFilter): boolean {
  const { relation } = payload;
  if (types && types.length > 0 && !types.includes(relation.type)) return false;
  if (!involving || involving.length === 0) return true;
  return involving.some((wanted) => {
    const trimmed = wanted.trim();
    if (trimmed === relation.source || trimmed === relation.target) return true;
    return payload.names.includes(trimmed.toLowerCase());
  });
}

/** The facts of the bus that pass the filter. */
export function subscribeToFacts(bus: EventBus, wanted: FactFilter): AsyncIterable<FactAddedPayload> {
  return pipe(
    bus.subscribe('factAdded'),
    filter((payload: FactAddedPayload) => factMatches(payload, wanted)),
  );
}
