/**
 * Groups of entity labels the relation patterns look for at a cue's subject or object. Which labels an
 * edge may finally join is the ontology's rule (RELATION_ENDS in graph/model.ts); these only narrow the
 * search.
 */
import type { EntityLabel } from '../graph/model.js';

const labels = (...l: EntityLabel[]): ReadonlySet<EntityLabel> => new Set<EntityLabel>(l);

/** Who can act: take a stance, be a member, take part. */
export const ACTORS = labels('Person', 'Country', 'Organization');
/** What a stance can be about: an actor or an event. */
export const ACTOR_TARGETS = labels('Person', 'Country', 'Organization', 'Event');
/** States and bodies: who imposes sanctions, what a leader leads. */
export const STATES_BODIES = labels('Country', 'Organization');
/** Who can be sanctioned. */
export const SANCTION_TARGETS = labels('Country', 'Organization', 'Person');
export const PERSONS = labels('Person');
export const ORGS = labels('Organization');
export const COUNTRIES = labels('Country');
/** Where someone can go or something can happen. */
export const LOCATIONS = labels('Country', 'Place');
