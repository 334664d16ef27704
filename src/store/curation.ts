/**
 * Making, undoing and importing corrections in a store (docs/curation.md). The log lives in the store
 * (GraphStore.corrections/putCorrection); what a correction does to records is graph/corrections.ts.
 *
 * A correction is applied to what the store holds by dump → apply → load: simple and the same on both
 * stores, at the cost of rewriting the whole store per correction (seconds for the embedded store at
 * 10,000 articles, longer for Neo4j, which loads in batches). Corrections are rare next to ingests, and
 * every later ingest applies the log to the new article's graph only (ingest/session.ts).
 */
import { randomUUID } from 'node:crypto';
import {
  applyChange,
  applyCorrections,
  CorrectionError,
  type Correction,
  type CorrectionChange,
  type EntityRef,
  type GraphRecords,
  type RelationRef,
  type Replaced,
} from '../graph/corrections.js';
import { entityId } from '../graph/ids.js';
import type { EntityLabel, EntityRecord } from '../graph/model.js';
import { foldText } from '../graph/text.js';
import { undoReplaced } from './undo.js';
import type { GraphDump, GraphStore } from './port.js';

/** A correction as a person asks for it: entities and facts by id (see CorrectionChange for what each does). */
export type CorrectionRequest =
  | { kind: 'mergeEntities'; into: string; from: string }
  | { kind: 'splitAlias'; entity: string; alias: string; newEntity: { name: string; label?: EntityLabel | null } }
  | { kind: 'relabelEntity'; entity: string; label: EntityLabel }
  | { kind: 'renameEntity'; entity: string; name: string }
  | { kind: 'rejectRelation'; relation: string; reason: string }
  | { kind: 'confirmRelation'; relation: string };

async function entityRef(store: GraphStore, id: string): Promise<EntityRecord> {
  const [found] = await store.getEntities([id]);
  if (!found) throw new CorrectionError(`No entity has id "${id}"; find its id with the entities query.`);
  return found;
}

function refOf(entity: EntityRecord): EntityRef {
  return { id: entity.id, label: entity.label, name: entity.name };
}

async function relationRef(store: GraphStore, id: string): Promise<RelationRef> {
  const [found] = await store.getRelations([id]);
  if (!found) throw new CorrectionError(`No relation has id "${id}"; find its id with the relations query.`);
  return { type: found.type, source: found.source, target: found.target };
}

function nonEmpty(value: string, what: string): string {
  const trimmed = value.trim();
  if (trimmed.length === 0) throw new CorrectionError(`${what} is empty; pass some text.`);
  return trimmed;
}

async function splitChange(
  store: GraphStore,
  request: Extract<CorrectionRequest, { kind: 'splitAlias' }>,
): Promise<CorrectionChange> {
  const entity = await entityRef(store, request.entity);
  const alias = nonEmpty(request.alias, 'The alias');
  const folded = foldText(alias);
  if (foldText(entity.name) === folded)
    throw new CorrectionError(`"${alias}" is the canonical name of ${entity.id}; rename the entity instead.`);
  const written = entity.mentions.some((m) => foldText(m.text) === folded || foldText(m.surface ?? '') === folded);
  if (!written && !entity.aliases.some((a) => foldText(a) === folded))
    throw new CorrectionError(
      `${entity.id} has no alias or mention "${alias}"; its aliases are: ${entity.aliases.join(', ')}.`,
    );
  const name = nonEmpty(request.newEntity.name, 'The new entity name');
  const label = request.newEntity.label ?? entity.label;
  const newEntity = { id: entityId(label, name), label, name };
  if (newEntity.id === entity.id)
    throw new CorrectionError(`The new entity "${name}" has the id of ${entity.id}; pick another name or label.`);
  return { kind: 'splitAlias', entity: refOf(entity), alias, newEntity };
}

/** The change a request asks for, with the entities and facts it names read from the store; CorrectionError when they are unknown or the change makes no sense. */
async function resolveRequest(store: GraphStore, request: CorrectionRequest): Promise<CorrectionChange> {
  switch (request.kind) {
    case 'mergeEntities': {
      if (request.into === request.from)
        throw new CorrectionError(`Cannot merge ${request.into} into itself; pass two entities.`);
      const [into, from] = [await entityRef(store, request.into), await entityRef(store, request.from)];
      if (into.label !== from.label)
        throw new CorrectionError(
          `${from.id} is a ${from.label} and ${into.id} a ${into.label}; relabel one first, then merge.`,
        );
      return { kind: 'mergeEntities', into: refOf(into), from: refOf(from) };
    }
    case 'splitAlias':
      return splitChange(store, request);
    case 'relabelEntity': {
      const entity = await entityRef(store, request.entity);
      if (entity.label === request.label) throw new CorrectionError(`${entity.id} is already a ${request.label}.`);
      return { kind: 'relabelEntity', entity: refOf(entity), label: request.label };
    }
    case 'renameEntity': {
      const entity = await entityRef(store, request.entity);
      const name = nonEmpty(request.name, 'The new name');
      if (name === entity.name) throw new CorrectionError(`${entity.id} is already named "${name}".`);
      return { kind: 'renameEntity', entity: refOf(entity), name };
    }
    case 'rejectRelation':
      return {
        kind: 'rejectRelation',
        relation: await relationRef(store, request.relation),
        reason: nonEmpty(request.reason, 'The reason'),
      };
    case 'confirmRelation':
      return { kind: 'confirmRelation', relation: await relationRef(store, request.relation) };
  }
}

function recordsOf(dump: GraphDump): GraphRecords {
  return { entities: dump.entities, relations: dump.relations, statements: dump.statements };
}

/** What applying the change to the records replaced: the records gone or changed, and those made (unchanged ones are the same objects). */
function replacedBy(before: GraphRecords, after: GraphRecords): Replaced {
  const gone = <T>(a: readonly T[], b: readonly T[]): T[] => {
    const kept = new Set(b);
    return a.filter((r) => !kept.has(r));
  };
  return {
    before: {
      entities: gone(before.entities, after.entities),
      relations: gone(before.relations, after.relations),
      statements: gone(before.statements, after.statements),
    },
    after: {
      entities: gone(after.entities, before.entities),
      relations: gone(after.relations, before.relations),
      statements: gone(after.statements, before.statements),
    },
  };
}

function changed(replaced: Replaced): boolean {
  const { before, after } = replaced;
  return [before, after].some((r) => r.entities.length + r.relations.length + r.statements.length > 0);
}

/** Applies corrections, in order, to what the store holds, writes it back, and adds them to its log with what each replaced. */
async function applyToStore(store: GraphStore, corrections: readonly Correction[]): Promise<Correction[]> {
  const dump = await store.dump();
  let records = recordsOf(dump);
  const stored: Correction[] = [];
  let any = false;
  for (const correction of corrections) {
    if (correction.undone) {
      stored.push(correction);
      continue;
    }
    const next = applyChange(records, correction);
    const replaced = replacedBy(records, next);
    any ||= changed(replaced);
    stored.push({ ...correction, replaced });
    records = next;
  }
  if (any) await store.load({ ...dump, ...records });
  for (const correction of stored) await store.putCorrection(correction);
  await store.flush();
  return stored;
}

/** Makes a correction: checks it against the store, applies it to what the store holds, and logs it as made by `who`. */
export async function addCorrection(
  store: GraphStore,
  request: CorrectionRequest,
  who: string,
  at: Date = new Date(),
): Promise<Correction> {
  const change = await resolveRequest(store, request);
  const correction: Correction = { ...change, id: `correction:${randomUUID()}`, who, at: at.toISOString() };
  const [stored] = await applyToStore(store, [correction]);
  return stored!;
}

/**
 * Undoes a correction: puts back the records it replaced (what articles ingested since brought to the
 * records it made stays: see undo.ts), applies the rest of the log again, and marks it undone by `who`.
 */
export async function undoCorrection(
  store: GraphStore,
  id: string,
  who: string,
  at: Date = new Date(),
): Promise<Correction> {
  const log = await store.corrections();
  const correction = log.find((c) => c.id === id);
  if (!correction) throw new CorrectionError(`No correction has id "${id}"; list them with the corrections query.`);
  if (correction.undone)
    throw new CorrectionError(
      `Correction ${id} was undone already, by ${correction.undone.who} at ${correction.undone.at}.`,
    );
  const undone: Correction = { ...correction, undone: { who, at: at.toISOString() } };
  const dump = await store.dump();
  const restored = correction.replaced ? undoReplaced(recordsOf(dump), correction.replaced) : recordsOf(dump);
  const rest = log.filter((c) => c.id !== id);
  await store.load({ ...dump, ...applyCorrections(restored, rest) });
  await store.putCorrection(undone);
  await store.flush();
  return undone;
}

/** The log as exported: without what each correction replaced in this store. */
export function exportable(log: readonly Correction[]): Correction[] {
  return log.map(({ replaced: _replaced, ...rest }) => rest);
}

/**
 * Imports a log (from `kg corrections export`): every correction whose id the store's log does not
 * hold yet is applied, in order, and added with its own `who` and `at`; those it holds are skipped, so
 * importing the same file twice changes nothing. Returns the corrections added.
 */
export async function importCorrections(store: GraphStore, log: readonly Correction[]): Promise<Correction[]> {
  const known = new Set((await store.corrections()).map((c) => c.id));
  const fresh = exportable(log.filter((c) => !known.has(c.id)));
  if (fresh.length === 0) return [];
  return applyToStore(store, fresh);
}
