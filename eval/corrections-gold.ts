/**
 * A corrections log as gold items in score.mjs's format (`npm run eval -- --corrections-gold log.json`):
 * each correction is a curator's judgement, so it says what a gold annotation would.
 *
 *   mergeEntities   one gold entity `into`, with `from`'s name among its aliases (a separate `from` node
 *                   is then a duplicate: a false positive)
 *   renameEntity    the entity under its new name, the old one an alias
 *   relabelEntity   the entity under its new label
 *   splitAlias      the alias is a name of the new entity (and no longer of the old one)
 *   confirmRelation the fact, required
 *   rejectRelation  the fact, forbidden
 *
 * The items cover only what was corrected, so they are meant to be added to a set's gold file (or
 * scored alone for recall of the corrected items: everything else predicted is then a false positive).
 * A fact's ends are named by the entities the log names; an end it does not name gets a name from its
 * id ("person:xi-jinping" → "xi jinping"), which the scorer matches after normalising.
 */
import type { Correction, EntityRef } from '../src/graph/corrections.js';
import { entityId } from '../src/graph/ids.js';
import type { EntityLabel } from '../src/graph/model.js';

interface GoldEntity {
  id: string;
  label: EntityLabel;
  name: string;
  aliases: string[];
}

interface GoldRelation {
  type: string;
  source: string;
  target: string;
  forbidden?: true;
  note?: string;
}

/** What score.mjs reads as gold. */
interface Gold {
  corpus: string;
  note: string;
  entities: GoldEntity[];
  relations: GoldRelation[];
}

const LABEL_OF_PREFIX: Record<string, EntityLabel> = {
  person: 'Person',
  country: 'Country',
  organization: 'Organization',
  event: 'Event',
  place: 'Place',
};

/** The gold items a log gives (undone corrections left out), for the corpus named. */
export function goldFromCorrections(log: readonly Correction[], corpus = 'corrections'): Gold {
  const entities = new Map<string, GoldEntity>();
  const names = new Map<string, EntityRef>();
  const put = (ref: EntityRef, aliases: string[] = []): void => {
    const known = entities.get(ref.id);
    const all = [...(known?.aliases ?? []), ...aliases].filter((a, i, list) => a !== ref.name && list.indexOf(a) === i);
    entities.set(ref.id, { id: ref.id, label: ref.label, name: ref.name, aliases: all });
  };
  const drop = (id: string): void => void entities.delete(id);
  const relations: GoldRelation[] = [];
  const active = log.filter((c) => !c.undone);
  for (const c of active) {
    for (const ref of Object.values(c).filter(isEntityRef)) names.set(ref.id, ref);
  }
  for (const c of active) {
    switch (c.kind) {
      case 'mergeEntities':
        drop(c.from.id);
        put(c.into, [c.from.name]);
        break;
      case 'renameEntity':
        drop(c.entity.id);
        put({ id: entityId(c.entity.label, c.name), label: c.entity.label, name: c.name }, [c.entity.name]);
        break;
      case 'relabelEntity':
        drop(c.entity.id);
        put({ id: entityId(c.label, c.entity.name), label: c.label, name: c.entity.name });
        break;
      case 'splitAlias':
        put(c.newEntity, [c.alias]);
        break;
      case 'confirmRelation':
      case 'rejectRelation':
        for (const end of [c.relation.source, c.relation.target]) if (!entities.has(end)) put(nameOf(end, names));
        relations.push({
          type: c.relation.type,
          source: c.relation.source,
          target: c.relation.target,
          ...(c.kind === 'rejectRelation' ? { forbidden: true as const, note: c.reason } : {}),
        });
        break;
    }
  }
  return {
    corpus,
    note: `Gold items from a corrections log of ${active.length} correction(s) (eval/corrections-gold.ts).`,
    entities: [...entities.values()],
    relations,
  };
}

function isEntityRef(value: unknown): value is EntityRef {
  return typeof value === 'object' && value !== null && 'id' in value && 'label' in value && 'name' in value;
}

/** An entity the log names, else one named after its id. */
function nameOf(id: string, names: ReadonlyMap<string, EntityRef>): EntityRef {
  const known = names.get(id);
  if (known) return known;
  const [prefix, slug = id] = id.split(':', 2);
  return { id, label: LABEL_OF_PREFIX[prefix ?? ''] ?? 'Organization', name: slug.replace(/-/g, ' ') };
}
