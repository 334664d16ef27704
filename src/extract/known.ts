/**
 * The entities already known (from earlier articles or the store), indexed for the resolve stage. It
 * is built once and extended article by article (`add`), so that resolving a corpus costs the same for
 * its last article as for its first: every lookup the resolve stage makes touches only the known
 * entities that could match, never all of them.
 *
 * Lookups return candidates in the order the entities were first added; the resolve stage applies
 * its own tests to them, so its answers are those of a scan over all known entities in that order.
 */
import type { EntityLabel, EntityRecord } from '../graph/model.js';
import { unionStrings } from '../graph/merge.js';
import { memoize } from './memo.js';
import { ACRONYM_ONLY, acronymLetters, acronymWords, nameKey, wordsOf } from './names.js';

/** An entity already known (from earlier articles or the store), for resolving new mentions to it. */
export type KnownEntity = Pick<EntityRecord, 'id' | 'label' | 'name' | 'aliases'> &
  Partial<Pick<EntityRecord, 'roles' | 'date' | 'place'>>;

/** A known entity with the rank of its first sighting, and its names and roles as sets. */
interface Entry {
  rank: number;
  entity: KnownEntity;
  /** The name and every alias. */
  names: Set<string>;
  roles: Set<string>;
}

/** What a sighting adds to the index, kept until a look-up asks for its label (see KnownEntities). */
interface Sighting {
  entry: Entry;
  /** The entity's name, on its first sighting (it gives the name's facets). */
  name?: string;
  aliases: readonly string[];
  roles: readonly string[];
}

/** The ways the resolve stage looks entities up, besides by name. */
export type KnownFacet =
  /** Person: last word of the name, or an alias. */
  | 'surname'
  /** Person: first word of the name. */
  | 'forename'
  /** Person: a country they lead (from roles such as "president (China)"). */
  | 'leads'
  /** Organization: an alias without dots or hyphens, upper case ("U.N." → "UN"). */
  | 'acronymAlias'
  /** Organization: the initial of the name's first significant word (a name an acronym could stand for). */
  | 'nameInitial'
  /** Organization: the first letter of a name or alias written as an acronym. */
  | 'acronymInitial'
  /** Organization: the name or an alias exactly. */
  | 'form'
  /** Organization: the name up to its first space. */
  | 'firstWord'
  /** Event: a participant's short name in a meeting's name ("xi" for "Xi–Putin meeting"), lower case. */
  | 'meetingPart'
  /** Event: the name before " in " ("G20 summit" for "G20 summit in Bali"). */
  | 'head'
  /** Event: the visitor of a "X's visit to Y" event. */
  | 'visitor'
  /** Event: wars and invasions ("war in X", "… invasion of X"); the value is "". */
  | 'war'
  /** Event: patrols, exercises and drills; the value is "". */
  | 'exercise';

/** The label of the entities each facet indexes. */
const FACET_LABEL: Readonly<Record<KnownFacet, EntityLabel>> = {
  surname: 'Person',
  forename: 'Person',
  leads: 'Person',
  acronymAlias: 'Organization',
  nameInitial: 'Organization',
  acronymInitial: 'Organization',
  form: 'Organization',
  firstWord: 'Organization',
  meetingPart: 'Event',
  head: 'Event',
  visitor: 'Event',
  war: 'Event',
  exercise: 'Event',
};

const LEADING_ROLE = /president|leader|premier|prime minister|chancellor/i;
const VISIT = /^(.+)'s visit to (.+)$/;

/** A known entity with what a later sighting adds: aliases and roles united, date and place kept when set. */
export function mergeKnown(prev: KnownEntity | undefined, e: EntityRecord | KnownEntity): KnownEntity {
  const k: KnownEntity = {
    id: e.id,
    label: e.label,
    name: prev?.name ?? e.name,
    aliases: unionStrings(
      prev?.aliases ?? [],
      e.name === prev?.name ? e.aliases : [e.name, ...e.aliases],
      prev?.name ?? e.name,
    ),
  };
  const roles = unionStrings(prev?.roles ?? [], e.roles ?? []);
  if (roles.length > 0) k.roles = roles;
  const date = prev?.date ?? e.date;
  if (date) k.date = date;
  const place = prev?.place ?? e.place;
  if (place) k.place = place;
  return k;
}

/** The facet values an entity's name gives (a later sighting never changes the name). */
function nameFacets(label: EntityLabel, name: string): [KnownFacet, string][] {
  const out: [KnownFacet, string][] = [];
  if (label === 'Person') {
    const words = wordsOf(name);
    const last = words.at(-1);
    if (last !== undefined) out.push(['surname', last]);
    if (words[0] !== undefined) out.push(['forename', words[0]]);
  } else if (label === 'Organization') {
    const significant = acronymWords(name);
    if (significant.length >= 2) out.push(['nameInitial', significant[0].toUpperCase()[0]]);
    out.push(['firstWord', name.split(' ')[0]]);
    out.push(...formFacets(name));
  } else if (label === 'Event') {
    const meeting = /^(.+?) meeting/.exec(name);
    if (meeting) for (const part of meeting[1].split('–')) out.push(['meetingPart', part.toLowerCase()]);
    out.push(['head', name.split(' in ')[0]]);
    const visit = VISIT.exec(name);
    if (visit) out.push(['visitor', visit[1]]);
    if (/(invasion of|war in) /.test(name)) out.push(['war', '']);
    if (/patrol|exercise|drill|manoeuvre|maneuver/i.test(name)) out.push(['exercise', '']);
  }
  return out;
}

/** An organisation's name or alias as written, and its initial when it is written as an acronym. */
function formFacets(form: string): [KnownFacet, string][] {
  const letters = ACRONYM_ONLY.test(form) ? acronymLetters(form) : '';
  return letters.length > 0
    ? [
        ['form', form],
        ['acronymInitial', letters[0]],
      ]
    : [['form', form]];
}

/**
 * The countries a leading role names: "president (China)" → ["China"]; "minister (China)" → []. Kept
 * across calls: the same roles come back entity after entity.
 */
const ledCountries: (role: string) => readonly string[] = memoize(
  (role: string) => (LEADING_ROLE.test(role) ? [...role.matchAll(/\(([^()]*)\)/g)].map((m) => m[1]) : []),
  10_000,
);

/** The facet values aliases and roles give. */
function addedFacets(label: EntityLabel, aliases: readonly string[], roles: readonly string[]): [KnownFacet, string][] {
  const out: [KnownFacet, string][] = [];
  if (label === 'Person') {
    for (const a of aliases) out.push(['surname', a]);
    for (const r of roles) for (const country of ledCountries(r)) out.push(['leads', country]);
  } else if (label === 'Organization') {
    for (const a of aliases) out.push(['acronymAlias', a.replace(/[.-]/g, '').toUpperCase()], ...formFacets(a));
  }
  return out;
}

/** Known entities, indexed by label and folded name or alias and by the facets the resolve stage asks for. */
export class KnownEntities {
  readonly #byId = new Map<string, Entry>();
  /** Label → nameKey of every name and alias → the first-added entity with it (nested: no key string built per look-up). */
  readonly #byKey = new Map<EntityLabel, Map<string, Entry>>();
  /** Facet → value → its entries, sorted by rank. */
  readonly #postings = new Map<KnownFacet, Map<string, Entry[]>>();
  /**
   * Sightings not indexed yet, by label: a label is indexed when a look-up first asks for it, so that an
   * index made for a few look-ups (the captions' pass over the body's entities) costs only the labels
   * they ask for. The index keeps the least rank of each key and sorts postings by rank, so when a
   * sighting is indexed changes no answer.
   */
  readonly #pending = new Map<EntityLabel, Sighting[]>();

  /** An index of the given entities (the same id twice is merged, as `add` does). */
  constructor(entities: Iterable<KnownEntity> = []) {
    for (const e of entities) this.add(e);
  }

  /**
   * Adds an entity, or merges a later sighting of a known one into it (see mergeKnown). Only what the
   * sighting adds is indexed, so a sighting costs what it brings, not what the entity has gathered.
   */
  add(e: EntityRecord | KnownEntity): void {
    const prev = this.#byId.get(e.id);
    if (!prev) {
      const entity = mergeKnown(undefined, e);
      const entry: Entry = {
        rank: this.#byId.size,
        entity,
        names: new Set([entity.name, ...entity.aliases]),
        roles: new Set(entity.roles),
      };
      this.#byId.set(e.id, entry);
      this.#defer({ entry, name: entity.name, aliases: entity.aliases, roles: entity.roles ?? [] });
      return;
    }
    const old = prev.entity;
    const aliases: string[] = [];
    for (const a of e.name === old.name ? e.aliases : [e.name, ...e.aliases]) {
      if (prev.names.has(a)) continue;
      prev.names.add(a);
      aliases.push(a);
    }
    const roles: string[] = [];
    for (const r of e.roles ?? []) {
      if (prev.roles.has(r)) continue;
      prev.roles.add(r);
      roles.push(r);
    }
    const date = old.date === undefined && e.date !== undefined;
    const place = old.place === undefined && e.place !== undefined;
    if (aliases.length === 0 && roles.length === 0 && !date && !place) return;
    const entity: KnownEntity = { ...old, aliases: aliases.length > 0 ? [...old.aliases, ...aliases] : old.aliases };
    if (roles.length > 0) entity.roles = [...(old.roles ?? []), ...roles];
    if (date) entity.date = e.date;
    if (place) entity.place = e.place;
    prev.entity = entity;
    this.#defer({ entry: prev, aliases, roles });
  }

  #defer(sighting: Sighting): void {
    const label = sighting.entry.entity.label;
    const list = this.#pending.get(label);
    if (list) list.push(sighting);
    else this.#pending.set(label, [sighting]);
  }

  /** Indexes the label's pending sightings. */
  #flush(label: EntityLabel): void {
    const list = this.#pending.get(label);
    if (!list) return;
    this.#pending.delete(label);
    for (const { entry, name, aliases, roles } of list) {
      const facets = addedFacets(label, aliases, roles);
      if (name === undefined) this.#index(entry, aliases, facets);
      else this.#index(entry, [name, ...aliases], [...nameFacets(label, name), ...facets]);
    }
  }

  #index(entry: Entry, names: readonly string[], facets: readonly [KnownFacet, string][]): void {
    let byKey = this.#byKey.get(entry.entity.label);
    if (!byKey) this.#byKey.set(entry.entity.label, (byKey = new Map()));
    for (const n of names) {
      const key = nameKey(n);
      const held = byKey.get(key);
      if (!held || held.rank > entry.rank) byKey.set(key, entry);
    }
    for (const [facet, value] of facets) {
      let values = this.#postings.get(facet);
      if (!values) this.#postings.set(facet, (values = new Map()));
      const list = values.get(value);
      if (!list) values.set(value, [entry]);
      else insertByRank(list, entry);
    }
  }

  /** How many entities are known. */
  get size(): number {
    return this.#byId.size;
  }

  /** Every known entity, in the order first added. */
  *[Symbol.iterator](): IterableIterator<KnownEntity> {
    for (const e of this.#byId.values()) yield e.entity;
  }

  /** The first-added entity of the label with this folded name or alias (a key from nameKey). */
  byKey(label: EntityLabel, key: string): KnownEntity | undefined {
    this.#flush(label);
    return this.#byKey.get(label)?.get(key)?.entity;
  }

  /** The entities found under any of the facet's values, in the order first added. */
  candidates(facet: KnownFacet, ...values: string[]): KnownEntity[] {
    return this.lookup(values.map((v) => [facet, v] as const));
  }

  /** The entities found under any of the (facet, value) pairs, in the order first added. */
  lookup(pairs: readonly (readonly [KnownFacet, string])[]): KnownEntity[] {
    const lists: Entry[][] = [];
    for (const [facet, value] of pairs) {
      this.#flush(FACET_LABEL[facet]);
      const list = this.#postings.get(facet)?.get(value);
      if (list) lists.push(list);
    }
    if (lists.length === 0) return [];
    if (lists.length === 1) return lists[0]!.map((e) => e.entity);
    const merged: Entry[] = [];
    for (const list of lists) for (const e of list) merged.push(e);
    merged.sort((a, b) => a.rank - b.rank);
    return merged.filter((e, i) => i === 0 || merged[i - 1] !== e).map((e) => e.entity);
  }
}

/** Puts an entry into a list sorted by rank, unless it is there already. */
function insertByRank(list: Entry[], entry: Entry): void {
  const last = list[list.length - 1]!;
  if (last.rank < entry.rank) {
    list.push(entry);
    return;
  }
  let low = 0;
  let high = list.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (list[middle]!.rank < entry.rank) low = middle + 1;
    else high = middle;
  }
  if (list[low] !== entry) list.splice(low, 0, entry);
}
