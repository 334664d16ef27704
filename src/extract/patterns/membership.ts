/**
 * Pattern `membership`: MEMBER_OF from words of membership ("A and B are members of O", "O includes A",
 * "O counts three members: A, B and C", "A, the O member") and from verbs of joining and admitting
 * ("A joined the alliance", "O took in A", "O, founded by A and B"). A status short of membership
 * ("observer", "dialogue partner rather than a full member") and an intention ("applied to join") are
 * not membership.
 */
import { ADMIT_VERBS, MEMBER_WORDS, NON_MEMBER_WORDS, PREPOSITIONS, SKIPPED_DETERMINERS } from '../lexicon.js';
import {
  describedOrganization,
  entityAt,
  flagsFor,
  isLowerWord,
  objectAfter,
  organizationAt,
  organizationKinds,
  subjectBefore,
} from '../cues.js';
import { ACTORS, COUNTRIES, ORGS, STATES_BODIES } from '../labels.js';
import type { ArticleScope, FactList } from '../scope.js';
import {
  clauseStart,
  coordinated,
  isMentionOf,
  isPossessive,
  isRelative,
  type Item,
  type SentenceView,
} from '../view.js';
import type { SentencePattern } from './pattern.js';

/** The organisation a bare "members" refers to: the latest one mentioned in this or the two sentences before. */
function recentOrganization(scope: ArticleScope, view: SentenceView, before: number): string | undefined {
  for (let s = view.sentence.index; s >= 0 && s >= view.sentence.index - 2; s--) {
    const items = scope.views[s].items;
    for (let k = items.length - 1; k >= 0; k--) {
      if (s === view.sentence.index && k >= before) continue;
      if (items[k].mention?.label === 'Organization') return items[k].mention?.entity;
    }
  }
  return undefined;
}

const OF_IN: ReadonlySet<string> = new Set(['of', 'in']);
const COPULAS: ReadonlySet<string> = new Set([
  'are',
  'is',
  'were',
  'was',
  'became',
  'become',
  'becomes',
  'remain',
  'remains',
  'as',
]);
/** Words after "members" that open the list of them: "members: A, B", "members include A", "members are A". */
const LIST_OPENERS: ReadonlySet<string> = new Set([
  ':',
  'include',
  'includes',
  'included',
  'including',
  'are',
  'were',
  'comprise',
  'such',
]);
/** Words between a member and "member" that keep it one: "A, the only EU member", "A is a full member". */
const MEMBER_MODIFIERS: ReadonlySet<string> = new Set([
  'the',
  'a',
  'an',
  'only',
  'full',
  'founding',
  'permanent',
  'also',
  'both',
  'all',
  'now',
  'still',
  'first',
  'newest',
  'latest',
  'last',
  'fellow',
  'largest',
  'biggest',
  'smallest',
  'oldest',
]);
/** Words before "accession" that tell it as done: "since its accession to O". */
const DONE_WORDS: ReadonlySet<string> = new Set([
  'since',
  'after',
  'following',
  'completed',
  'completing',
  'upon',
  'on',
]);

/** Negation and hedging of a membership at c, and its future: "A will become a member" is not one yet. */
function membershipFlags(items: readonly Item[], from: number, c: number): { negated: boolean; hedged: boolean } {
  const flags = flagsFor(items, from, c);
  const future = items.slice(clauseStart(items, c), c).some((x) => x.norm === 'will' || x.norm === 'shall');
  return { negated: flags.negated, hedged: flags.hedged || future };
}

/** Whether words i..j (exclusive) hold a status short of membership or "rather than", "instead of", "not". */
function shortOfMembership(items: readonly Item[], from: number, to: number): boolean {
  for (let k = Math.max(0, from); k < to; k++) {
    const n = items[k].norm;
    if (
      NON_MEMBER_WORDS.has(n) ||
      (n === 'than' && items[k - 1]?.norm === 'rather') ||
      (n === 'of' && items[k - 1]?.norm === 'instead')
    )
      return true;
  }
  return false;
}

/** The organisation named right after "members": "of O", "in the alliance". */
function organizationAfter(scope: ArticleScope, view: SentenceView, c: number): string | undefined {
  const { items } = view;
  const o = objectAfter(view, c, ORGS, 2, OF_IN);
  if (o >= 0) return entityAt(items, o);
  if (OF_IN.has(items[c + 1]?.norm ?? '') && items[c + 2]?.norm === 'the')
    return describedOrganization(scope, view, c + 3);
  return undefined;
}

/** The organisation that owns "members" before it: "NATO's 31 members", "the bloc's member states", at its index. */
function organizationOwning(
  scope: ArticleScope,
  view: SentenceView,
  c: number,
): { org: string; at: number } | undefined {
  const { items } = view;
  for (let k = c - 1; k >= 0 && k >= c - 5; k--) {
    const it = items[k];
    if (it.mention) {
      if (it.mention.label === 'Organization' && isPossessive(items, k)) return { org: it.mention.entity, at: k };
      return undefined;
    }
    if (it.norm.endsWith("'s") && it.norm.length > 2) {
      // "the bloc's": a description owning the members, split or not from its mark.
      const at = k;
      const org = describedOrganization(
        scope,
        { ...view, items: [...items.slice(0, k), { ...it, norm: it.norm.slice(0, -2) }, ...items.slice(k + 1)] },
        k,
      );
      return org ? { org, at } : undefined;
    }
    if (it.norm === "'s" && items[k - 1] && !items[k - 1].mention) {
      const org = describedOrganization(scope, view, k - 1);
      return org ? { org, at: k - 1 } : undefined;
    }
    if (!isLowerWord(it.norm) && !/^\d+$/.test(it.norm)) return undefined;
  }
  return undefined;
}

/** The first member listed after "members": "members: A, B and C", "whose members include A and B". */
function listAfter(view: SentenceView, c: number): number {
  const { items } = view;
  let k = c + 1;
  if (items[k]?.norm === 'states' || items[k]?.norm === 'countries' || items[k]?.norm === 'nations') k++;
  if (!LIST_OPENERS.has(items[k]?.norm ?? '')) return -1;
  k += items[k].norm === 'such' ? 2 : 1;
  while (k < items.length && SKIPPED_DETERMINERS.has(items[k].norm)) k++;
  return isMentionOf(items[k], STATES_BODIES) ? k : -1;
}

/** MEMBER_OF from one word of membership at c. */
function memberWord(scope: ArticleScope, view: SentenceView, c: number, out: FactList): void {
  const { items } = view;
  let org = organizationAfter(scope, view, c);
  const owner = org ? undefined : organizationOwning(scope, view, c);
  org ??= owner?.org;
  let s = owner ? owner.at - 1 : c - 1;
  if (owner && items[s]?.norm === 'the') s--;
  if (!org && isMentionOf(items[c - 1], ORGS)) {
    // "A and B are the only NATO members": the organisation names its members.
    org = entityAt(items, c - 1);
    s = c - 2;
  }
  const list = listAfter(view, c);
  if (list >= 0) {
    // "O counts eight members: A, B and C", "the bloc's members include A and B".
    org ??= recentOrganization(scope, view, c);
    if (!org || shortOfMembership(items, c - 4, list)) return;
    const flags = membershipFlags(items, c, c);
    for (const k of coordinated(items, list, STATES_BODIES))
      out.add('MEMBER_OF', entityAt(items, k), org, view, 0.75, flags);
    return;
  }
  // "as one of O's five permanent members": the member is the clause's subject.
  if (org && items[s]?.norm === 'of' && items[s - 1]?.norm === 'one') {
    const subject = subjectBefore(view, s - 1, STATES_BODIES, false);
    if (subject >= 0)
      out.add('MEMBER_OF', entityAt(items, subject), org, view, 0.7, membershipFlags(items, subject, c));
    return;
  }
  while (s >= 0 && !items[s].mention && s >= c - 6 && items[s].norm !== ',') s--;
  let copula = items.slice(s + 1, c).some((x) => COPULAS.has(x.norm));
  // "A, the EU member with …": an apposition names a member without a verb.
  if (
    items[s]?.norm === ',' &&
    isMentionOf(items[s - 1], ACTORS) &&
    items
      .slice(s + 1, c)
      .every((x) => x.mention?.label === 'Organization' || MEMBER_MODIFIERS.has(x.norm) || x.norm === "'s")
  ) {
    s--;
    copula = true;
  }
  if (s < 0 || !isMentionOf(items[s], ACTORS)) return;
  if (!org && copula) org = recentOrganization(scope, view, s);
  // "cooperation among SCO member states" names no member: the members must be said to be ones.
  if (!copula && !organizationAfter(scope, view, c)) return;
  if (!org || shortOfMembership(items, s + 1, c)) return;
  const flags = membershipFlags(items, s, c);
  for (const k of coordinated(items, s, ACTORS)) out.add('MEMBER_OF', entityAt(items, k), org, view, 0.75, flags);
}

/** MEMBER_OF from "O includes A and B", "O comprises A". */
function includes(view: SentenceView, c: number, out: FactList): void {
  const { items } = view;
  const s = subjectBefore(view, c, ORGS, false);
  const t = objectAfter(view, c, STATES_BODIES, 2);
  if (s < 0 || t < 0) return;
  const flags = membershipFlags(items, s, c);
  for (const k of coordinated(items, t, STATES_BODIES))
    out.add('MEMBER_OF', entityAt(items, k), entityAt(items, s), view, 0.7, flags);
}

/** The first mention after item c within a few words, its index, skipping determiners and time words. */
function nextMention(view: SentenceView, c: number, reach: number): number {
  const { items } = view;
  for (let k = c + 1; k < items.length && k <= c + reach; k++) {
    if (items[k].mention) return k;
    if (items[k].norm === ',' || items[k].norm === '.' || items[k].norm === ';') return -1;
  }
  return -1;
}

/** Words that may follow the organisation joined: "joined NATO in 1999", "joined the bloc, which …" (not "joined NATO talks"). */
const AFTER_JOINED: ReadonlySet<string> = new Set([
  ...PREPOSITIONS,
  ',',
  '.',
  ';',
  'and',
  'last',
  'this',
  'as',
  'when',
  'but',
  'which',
  'only',
  'earlier',
  'later',
]);

/** Kinds of organisation a state can join. */
const JOINABLE_KINDS: ReadonlySet<string> = new Set(['bloc', 'council', 'commission']);

/** "A, which applied with B, joined …": the head of a relative clause closed right before item c. */
function relativeHead(items: readonly Item[], c: number): number | undefined {
  if (items[c - 1]?.norm !== ',') return undefined;
  for (let k = c - 2; k > 0 && k >= c - 16; k--) {
    if (items[k].norm === ',' && isRelative(items, k + 1))
      return isMentionOf(items[k - 1], STATES_BODIES) ? k - 1 : undefined;
  }
  return undefined;
}

/** MEMBER_OF from "A joined O", "A joined the alliance in April"; not "applied to join O", nor a person joining. */
function joined(scope: ArticleScope, view: SentenceView, c: number, out: FactList): void {
  const { items } = view;
  if (items[c - 1]?.norm === 'to' || items[c - 1]?.norm === 'bid' || items[c - 1]?.norm === 'application') return;
  const o = items[c + 1]?.norm === 'the' ? c + 2 : c + 1;
  const target = organizationAt(scope, view, o);
  if (!target || (items[o + 1] && !AFTER_JOINED.has(items[o + 1].norm))) return;
  // A state joins a grouping, not a company or a ministry.
  if ([...organizationKinds(scope, target)].some((k) => !JOINABLE_KINDS.has(k))) return;
  const s = relativeHead(items, c) ?? subjectBefore(view, c, ACTORS, false);
  if (s < 0 || !isMentionOf(items[s], STATES_BODIES)) return;
  const flags = membershipFlags(items, s, c);
  for (const k of coordinated(items, s, STATES_BODIES))
    out.add('MEMBER_OF', entityAt(items, k), target, view, 0.7, flags);
}

/** MEMBER_OF from "A's accession to O": plain when told as done ("since its accession"), else hedged. */
function accession(scope: ArticleScope, view: SentenceView, c: number, out: FactList): void {
  const { items } = view;
  if (items[c + 1]?.norm !== 'to') return;
  const org = organizationAt(scope, view, items[c + 2]?.norm === 'the' ? c + 3 : c + 2);
  if (!org) return;
  let member: string | undefined;
  const owner = items[c - 1]?.norm === "'s" || items[c - 1]?.norm === "'" ? c - 2 : c - 1;
  if (isMentionOf(items[owner], STATES_BODIES) && isPossessive(items, owner)) member = entityAt(items, owner);
  else if (items[c - 1]?.norm === 'its' || items[c - 1]?.norm === 'their') {
    const s = subjectBefore(view, c - 1, STATES_BODIES, false);
    if (s >= 0) member = entityAt(items, s);
  }
  if (!member) return;
  const done = items.slice(Math.max(0, c - 4), c).some((x) => DONE_WORDS.has(x.norm));
  const flags = membershipFlags(items, c - 1, c);
  out.add('MEMBER_OF', member, org, view, 0.7, { negated: flags.negated, hedged: flags.hedged || !done });
}

/**
 * MEMBER_OF from a grouping taking in members: "O took in A", "O admitted A and B", "O groups A with B
 * and C", "O brings together A and B", "O expanded this year with A and B", "O, founded by A and B".
 */
function admitted(scope: ArticleScope, view: SentenceView, c: number, out: FactList): void {
  const { items } = view;
  const n = items[c].norm;
  const founded = n === 'founded' || n === 'established' || n === 'created';
  if (founded && items[c + 1]?.norm !== 'by') return;
  if ((n === 'took' || n === 'takes') && items[c + 1]?.norm !== 'in') return;
  if ((n === 'brings' || n === 'brought') && items[c + 1]?.norm !== 'together') return;
  const s = subjectBefore(view, c, ORGS, false);
  const org = s >= 0 ? entityAt(items, s) : describedOrganization(scope, view, c - 1);
  if (!org || !organizationKinds(scope, org).has('bloc')) return;
  let from = c;
  if (n === 'expanded') {
    // "expanded (again) (this year) with A and B".
    from = items.slice(c + 1, c + 6).findIndex((x) => x.norm === 'with');
    if (from < 0) return;
    from += c + 1;
  }
  const first = nextMention(view, from, 4);
  if (first < 0 || !isMentionOf(items[first], founded ? COUNTRIES : STATES_BODIES) || isPossessive(items, first))
    return;
  const members = coordinated(items, first, STATES_BODIES);
  const last = members[members.length - 1];
  // "O groups A with B, C and D": the members after "with" too.
  if (
    (n === 'groups' || n === 'grouped' || n === 'unites') &&
    items[last + 1]?.norm === 'with' &&
    isMentionOf(items[last + 2], STATES_BODIES)
  )
    members.push(...coordinated(items, last + 2, STATES_BODIES));
  const flags = membershipFlags(items, s >= 0 ? s : c, c);
  for (const k of members) out.add('MEMBER_OF', entityAt(items, k), org, view, 0.7, flags);
}

/** MEMBER_OF of one sentence. */
function membership(scope: ArticleScope, view: SentenceView, out: FactList): void {
  const { items } = view;
  for (let c = 0; c < items.length; c++) {
    const n = items[c].norm;
    if (items[c].mention) continue;
    if (n === 'member' || n === 'members' || n === 'membership') memberWord(scope, view, c, out);
    else if (MEMBER_WORDS.has(n)) includes(view, c, out);
    else if (n === 'joined' || n === 'joins' || n === 'join') joined(scope, view, c, out);
    else if (n === 'accession') accession(scope, view, c, out);
    else if (ADMIT_VERBS.has(n) || n === 'founded' || n === 'established' || n === 'created')
      admitted(scope, view, c, out);
  }
}

export const membershipPattern: SentencePattern<'membership'> = {
  name: 'membership',
  per: 'sentence',
  relations: ['MEMBER_OF'],
  requires: [],
  provides: [],
  cues: {
    words: [
      ...MEMBER_WORDS,
      ...ADMIT_VERBS,
      'join',
      'joins',
      'joined',
      'accession',
      'founded',
      'established',
      'created',
    ],
  },
  run: ({ scope, out }, view) => membership(scope, view, out),
};
