/**
 * Undo of a correction from what it replaced (Correction.replaced): the records it made lose what they
 * held when it made them, and the records it replaced come back. What articles ingested after the
 * correction brought to the records it made (mentions, evidence) stays with them, as it was ingested:
 * the store keeps no uncorrected copy of those articles. Delete and ingest such an article again to
 * extract it without the undone correction (docs/curation.md).
 */
import type { GraphRecords, Replaced } from '../graph/corrections.js';
import { mergeEntities, mergeRelations, withEvidence } from '../graph/merge.js';
import type { EntityRecord, EvidenceRecord, MentionRecord, RelationRecord } from '../graph/model.js';

const mentionKey = (m: MentionRecord): string => `${m.article}:${m.start}:${m.end}`;
const evidenceKey = (e: EvidenceRecord): string => `${e.article}:${e.start}:${e.end}:${e.quote ?? ''}`;

/** The entity without the mentions `made` held; undefined when none is left. */
function entityLess(current: EntityRecord, made: EntityRecord): EntityRecord | undefined {
  const gone = new Set(made.mentions.map(mentionKey));
  const mentions = current.mentions.filter((m) => !gone.has(mentionKey(m)));
  if (mentions.length === 0) return undefined;
  const aliases = current.aliases.filter((a) => !made.aliases.includes(a));
  return { ...current, aliases, mentions, count: mentions.length };
}

/** The edge without the evidence `made` held; undefined when none is left. */
function relationLess(current: RelationRecord, made: RelationRecord): RelationRecord | undefined {
  const gone = new Set(made.evidence.map(evidenceKey));
  const evidence = current.evidence.filter((e) => !gone.has(evidenceKey(e)));
  if (evidence.length === 0) return undefined;
  const { confirmed: _confirmed, ...rest } = current;
  return withEvidence(made.confirmed ? rest : current, evidence);
}

/** Records by id, with what `made` held taken out of those it names, then `before` merged back in. */
function restore<T extends { id: string }>(
  current: readonly T[],
  made: readonly T[],
  before: readonly T[],
  less: (current: T, made: T) => T | undefined,
  merge: (a: T, b: T) => T,
): T[] {
  const madeById = new Map(made.map((r) => [r.id, r]));
  const byId = new Map<string, T>();
  for (const record of current) {
    const m = madeById.get(record.id);
    const left = m ? less(record, m) : record;
    if (left) byId.set(record.id, left);
  }
  for (const record of before) {
    const known = byId.get(record.id);
    byId.set(record.id, known ? merge(record, known) : record);
  }
  return [...byId.values()];
}

/** The records with a correction's change taken back (see the module comment for what stays). */
export function undoReplaced(records: GraphRecords, replaced: Replaced): GraphRecords {
  const { before, after } = replaced;
  const entities = restore(records.entities, after.entities, before.entities, entityLess, mergeEntities);
  const relations = restore(records.relations, after.relations, before.relations, relationLess, mergeRelations);
  const statements = restore(
    records.statements,
    after.statements,
    before.statements,
    () => undefined,
    (a) => a,
  );
  const ids = new Set(entities.map((e) => e.id));
  // An edge a later article brought to an entity the undo took away has lost its end: it goes too.
  return {
    entities,
    relations: relations.filter((r) => ids.has(r.source) && ids.has(r.target)),
    statements: statements.filter((s) => ids.has(s.speaker)),
  };
}
