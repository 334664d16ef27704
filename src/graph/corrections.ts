/**
 * Curation: corrections a person makes to the extracted graph (merge two entities, rename, relabel,
 * split an alias off, reject or confirm a fact), kept as a log and applied again after every
 * extraction, so that re-ingesting an article, or the whole corpus with a new extractor, gives the
 * corrected graph (docs/curation.md).
 *
 * `applyCorrections` is the one place that says what a correction does to records. It is pure and
 * works on any set of records: one article's graph before it is stored, or a whole store's dump.
 * Corrections name entities and facts by their ids as they were when the correction was made, and
 * apply in log order, so a later correction sees the ids an earlier one gave.
 */
import { InputError } from '../errors.js';
import { entityId, relationId } from './ids.js';
import { mergeEntities, mergeRelations, unionStrings } from './merge.js';
import {
  allowsEnds,
  ENTITY_LABELS,
  UNDIRECTED_RELATION_TYPES,
  type EntityLabel,
  type EntityRecord,
  type RelationRecord,
  type RelationType,
  type StatementRecord,
} from './model.js';
import { foldText } from './text.js';

/** An entity as a correction names it: its id, and the label and name its id derives from. */
export interface EntityRef {
  id: string;
  label: EntityLabel;
  name: string;
}

/** A fact as a correction names it: by type and ends, so the same fact extracted again is met again. */
export interface RelationRef {
  type: RelationType;
  source: string;
  target: string;
}

/** What a correction changes. */
export type CorrectionChange =
  | { kind: 'mergeEntities'; into: EntityRef; from: EntityRef }
  | { kind: 'splitAlias'; entity: EntityRef; alias: string; newEntity: EntityRef }
  | { kind: 'relabelEntity'; entity: EntityRef; label: EntityLabel }
  | { kind: 'renameEntity'; entity: EntityRef; name: string }
  | { kind: 'rejectRelation'; relation: RelationRef; reason: string }
  | { kind: 'confirmRelation'; relation: RelationRef };

/** Who undid a correction, and when. */
interface Undone {
  who: string;
  at: string;
}

/** One entry of the corrections log. */
export type Correction = CorrectionChange & {
  /** Stable id, unique within a log. */
  id: string;
  /** The name of the token that made it ("cli" from the command line). */
  who: string;
  /** ISO 8601 time it was made. */
  at: string;
  /** Set once the correction is undone: it is kept in the log but no longer applied. */
  undone?: Undone;
  /**
   * The store's records the correction changed, as they were before and after it, kept so that undo can
   * put them back (store/curation.ts). Set by the store that applied it; left out of exports.
   */
  replaced?: Replaced;
};

/** The records a correction changed in a store: the changed or removed ones as they were, and what it made of them. */
export interface Replaced {
  before: GraphRecords;
  after: GraphRecords;
}

/** A correction cannot be made or read as given; the message says what to pass instead. */
export class CorrectionError extends InputError {}

/** The records a correction applies to: an article's graph or a store's dump. */
export interface GraphRecords {
  entities: EntityRecord[];
  relations: RelationRecord[];
  statements: StatementRecord[];
}

/** The entity a renamed or relabelled entity becomes. */
function renamed(entity: EntityRef, label: EntityLabel, name: string): EntityRef {
  return { id: entityId(label, name), label, name };
}

/** The entity every mention of `from` belongs to once the correction is applied, for the corrections that move a whole entity. */
function remapTarget(change: CorrectionChange): { from: string; to: EntityRef } | undefined {
  switch (change.kind) {
    case 'mergeEntities':
      return { from: change.from.id, to: change.into };
    case 'relabelEntity':
      return { from: change.entity.id, to: renamed(change.entity, change.label, change.entity.name) };
    case 'renameEntity':
      return { from: change.entity.id, to: renamed(change.entity, change.entity.label, change.name) };
    default:
      return undefined;
  }
}

/** The entity a correction leaves where the corrected one was (merge: `into`; rename, relabel: the new one; split: the new entity). */
export function resultingEntity(change: CorrectionChange): EntityRef | undefined {
  return change.kind === 'splitAlias' ? change.newEntity : remapTarget(change)?.to;
}

/** The id of the fact a relation correction names. */
function relationRefId(ref: RelationRef): string {
  return relationId(ref.type, ref.source, ref.target);
}

/** The relation with new ends, its id and (for undirected types) the order of its ends following them. */
function withEnds(relation: RelationRecord, source: string, target: string): RelationRecord {
  const [a, b] = UNDIRECTED_RELATION_TYPES.has(relation.type) && target < source ? [target, source] : [source, target];
  return { ...relation, id: relationId(relation.type, a, b), source: a, target: b };
}

/** Records with the same id merged into the first place that id took, with `merge`. */
function mergeSameIds<T extends { id: string }>(records: readonly T[], merge: (a: T, b: T) => T): T[] {
  const byId = new Map<string, T>();
  for (const record of records) {
    const known = byId.get(record.id);
    byId.set(record.id, known ? merge(known, record) : record);
  }
  return [...byId.values()];
}

/** Moves every mention, alias and reference of entity `from` to `to`, merging with `to` when the records hold it. */
function remap(records: GraphRecords, from: string, to: EntityRef): GraphRecords {
  const moved = records.entities.find((e) => e.id === from);
  if (!moved) return records;
  if (from === to.id && moved.label === to.label && moved.name === to.name) return records;
  const renamedRecord: EntityRecord = {
    ...moved,
    id: to.id,
    label: to.label,
    name: to.name,
    aliases: unionStrings(moved.name === to.name ? [] : [moved.name], moved.aliases, to.name),
  };
  const entities = mergeSameIds(
    records.entities.map((e) => (e.id === from ? renamedRecord : e)),
    mergeEntities,
  ).map((e) => (e.place === from ? { ...e, place: to.id } : e));
  const labelOf = new Map(entities.map((e) => [e.id, e.label]));
  const relations = mergeSameIds(
    records.relations.flatMap((r) => {
      if (r.source !== from && r.target !== from && r.place !== from && r.event !== from) return [r];
      let out = withEnds(r, r.source === from ? to.id : r.source, r.target === from ? to.id : r.target);
      if (out.place === from) out = { ...out, place: to.id };
      if (out.event === from) out = { ...out, event: to.id };
      // A merge may join the two ends of a fact, a relabel make an end unfit for the type: such facts go.
      return endsFit(out, labelOf) ? [out] : [];
    }),
    mergeRelations,
  );
  const statements = records.statements.map((s) =>
    s.speaker === from || s.about === from
      ? { ...s, speaker: s.speaker === from ? to.id : s.speaker, ...(s.about === from ? { about: to.id } : {}) }
      : s,
  );
  return { ...records, entities, relations, statements };
}

/** Whether the relation's ends fit its type, for the ends whose label the records know. */
function endsFit(r: RelationRecord, labelOf: ReadonlyMap<string, EntityLabel>): boolean {
  if (r.source === r.target) return false;
  const source = labelOf.get(r.source);
  const target = labelOf.get(r.target);
  const [sources, targets] = [source === undefined, target === undefined];
  if (sources && targets) return true;
  if (!sources && !targets) return allowsEnds(r.type, source!, target!);
  // One end is outside the records (a stored entity an article's edge points at): check the known one.
  return ENTITY_LABELS.some((other) =>
    sources ? allowsEnds(r.type, other, target!) : allowsEnds(r.type, source!, other),
  );
}

/** Whether a mention was written as the alias (its name, or its whole written form). */
function writtenAs(mention: EntityRecord['mentions'][number], alias: string): boolean {
  return foldText(mention.text) === alias || (mention.surface !== undefined && foldText(mention.surface) === alias);
}

/** Moves the mentions written as `alias` from `entity` to a new entity, and drops the alias from it. */
function splitAlias(records: GraphRecords, entity: string, alias: string, to: EntityRef): GraphRecords {
  const source = records.entities.find((e) => e.id === entity);
  if (!source) return records;
  const folded = foldText(alias);
  const moved = source.mentions.filter((m) => writtenAs(m, folded));
  const aliases = source.aliases.filter((a) => foldText(a) !== folded);
  if (moved.length === 0 && aliases.length === source.aliases.length) return records;
  const kept = source.mentions.filter((m) => !writtenAs(m, folded));
  const rest: EntityRecord = { ...source, aliases, mentions: kept, count: kept.length };
  const entities = records.entities.map((e) => (e.id === entity ? rest : e));
  if (moved.length > 0) {
    entities.push({
      id: to.id,
      label: to.label,
      name: to.name,
      aliases: foldText(to.name) === folded ? [] : [alias],
      mentions: moved,
      count: moved.length,
    });
  }
  return { ...records, entities: mergeSameIds(entities, mergeEntities) };
}

/** The records with one correction applied; unchanged records are the same objects. */
export function applyChange(records: GraphRecords, change: CorrectionChange): GraphRecords {
  const target = remapTarget(change);
  if (target) return remap(records, target.from, target.to);
  switch (change.kind) {
    case 'splitAlias':
      return splitAlias(records, change.entity.id, change.alias, change.newEntity);
    case 'rejectRelation': {
      const id = relationRefId(change.relation);
      const relations = records.relations.filter((r) => r.id !== id);
      return relations.length === records.relations.length ? records : { ...records, relations };
    }
    case 'confirmRelation': {
      const id = relationRefId(change.relation);
      if (!records.relations.some((r) => r.id === id && r.confirmed !== true)) return records;
      return { ...records, relations: records.relations.map((r) => (r.id === id ? { ...r, confirmed: true } : r)) };
    }
    default:
      return records;
  }
}

/**
 * The records with every correction of the log that is not undone applied, in log order. Works for an
 * ArticleGraph and a GraphDump alike: every other field of `records` is kept. Records a correction does
 * not touch are returned as the same objects; applying the result again changes nothing.
 */
export function applyCorrections<T extends GraphRecords>(records: T, log: readonly Correction[]): T {
  const active = log.filter((c) => !c.undone);
  let current: GraphRecords = records;
  // Until nothing changes: a correction may make what an earlier one names (a merge into an entity that
  // an earlier relabel moved away brings it back), and the log must give the same records applied again.
  // Bounded, in case corrections undo each other in a cycle (rename A to B, then B to A).
  for (let pass = 0; pass <= active.length; pass += 1) {
    const before = current;
    for (const correction of active) current = applyChange(current, correction);
    if (current === before) break;
  }
  return current === records ? records : { ...records, ...current };
}
