/**
 * Reading a corrections log from JSON (`kg corrections import`, `npm run eval -- --with-corrections`):
 * every entry is checked, and an error names the entry and the field to fix.
 */
import { CorrectionError, type Correction, type EntityRef, type RelationRef } from './corrections.js';
import { ENTITY_LABELS, RELATION_TYPES, type EntityLabel, type RelationType } from './model.js';

type Json = Record<string, unknown>;

const KINDS = [
  'mergeEntities',
  'splitAlias',
  'relabelEntity',
  'renameEntity',
  'rejectRelation',
  'confirmRelation',
] as const;

function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Reads the fields of one entry, each error prefixed with where the entry is. */
class EntryReader {
  constructor(
    private readonly entry: Json,
    private readonly where: string,
  ) {}

  fail(message: string): never {
    throw new CorrectionError(`${this.where}: ${message}`);
  }

  text(key: string, value: unknown = this.entry[key]): string {
    if (typeof value !== 'string' || value.trim().length === 0) this.fail(`"${key}" must be a non-empty string.`);
    return value;
  }

  label(key: string, value: unknown = this.entry[key]): EntityLabel {
    if (!ENTITY_LABELS.includes(value as EntityLabel))
      this.fail(`"${key}" must be one of ${ENTITY_LABELS.join(', ')}, got ${JSON.stringify(value)}.`);
    return value as EntityLabel;
  }

  entity(key: string): EntityRef {
    const value = this.entry[key];
    if (!isObject(value)) this.fail(`"${key}" must be an entity: {"id", "label", "name"}.`);
    return {
      id: this.text(`${key}.id`, value.id),
      label: this.label(`${key}.label`, value.label),
      name: this.text(`${key}.name`, value.name),
    };
  }

  relation(key: string): RelationRef {
    const value = this.entry[key];
    if (!isObject(value)) this.fail(`"${key}" must be a fact: {"type", "source", "target"}.`);
    if (!RELATION_TYPES.includes(value.type as RelationType))
      this.fail(`"${key}.type" must be one of ${RELATION_TYPES.join(', ')}, got ${JSON.stringify(value.type)}.`);
    return {
      type: value.type as RelationType,
      source: this.text(`${key}.source`, value.source),
      target: this.text(`${key}.target`, value.target),
    };
  }
}

function changeOf(read: EntryReader, entry: Json) {
  switch (entry.kind as (typeof KINDS)[number]) {
    case 'mergeEntities':
      return { kind: 'mergeEntities' as const, into: read.entity('into'), from: read.entity('from') };
    case 'splitAlias':
      return {
        kind: 'splitAlias' as const,
        entity: read.entity('entity'),
        alias: read.text('alias'),
        newEntity: read.entity('newEntity'),
      };
    case 'relabelEntity':
      return { kind: 'relabelEntity' as const, entity: read.entity('entity'), label: read.label('label') };
    case 'renameEntity':
      return { kind: 'renameEntity' as const, entity: read.entity('entity'), name: read.text('name') };
    case 'rejectRelation':
      return { kind: 'rejectRelation' as const, relation: read.relation('relation'), reason: read.text('reason') };
    case 'confirmRelation':
      return { kind: 'confirmRelation' as const, relation: read.relation('relation') };
  }
}

/** One checked entry of a log. */
function correctionOf(value: unknown, index: number): Correction {
  const where = `correction ${index + 1}`;
  if (!isObject(value)) throw new CorrectionError(`${where}: must be an object, got ${JSON.stringify(value)}.`);
  const read: EntryReader = new EntryReader(value, `${where}${typeof value.id === 'string' ? ` (${value.id})` : ''}`);
  if (!KINDS.includes(value.kind as (typeof KINDS)[number]))
    read.fail(`"kind" must be one of ${KINDS.join(', ')}, got ${JSON.stringify(value.kind)}.`);
  const at = read.text('at');
  if (Number.isNaN(Date.parse(at))) read.fail(`"at" must be an ISO 8601 time, got "${at}".`);
  const correction: Correction = { ...changeOf(read, value), id: read.text('id'), who: read.text('who'), at };
  const undone = value.undone;
  if (undone !== undefined) {
    if (!isObject(undone)) read.fail('"undone" must be {"who", "at"} when present.');
    correction.undone = { who: read.text('undone.who', undone.who), at: read.text('undone.at', undone.at) };
  }
  return correction;
}

/** The corrections of a log as `kg corrections export` writes it (a JSON array, or {"corrections": [...]}), checked; `source` names it in errors. */
export function parseCorrections(text: string, source: string): Correction[] {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new CorrectionError(
      `${source} is not JSON (${(error as Error).message}); export a log with kg corrections export.`,
    );
  }
  const list = isObject(json) ? json.corrections : json;
  if (!Array.isArray(list))
    throw new CorrectionError(
      `${source} holds no list of corrections: expected a JSON array as kg corrections export writes.`,
    );
  const log = list.map(correctionOf);
  const ids = new Set<string>();
  for (const c of log) {
    if (ids.has(c.id)) throw new CorrectionError(`${source} holds correction ${c.id} twice; ids must be unique.`);
    ids.add(c.id);
  }
  return log;
}
