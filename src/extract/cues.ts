/**
 * Reading around a cue word of a relation: its subject before and object after, a pronoun's or a
 * plural reference's persons, and the negation and hedging of its clause. Every relation pattern and
 * the events stage read sentences through these.
 */
import type { EntityLabel } from '../graph/model.js';
import {
  MEETING_WORDS,
  MONTHS,
  ORGANIZATION_DESCRIPTIONS,
  ORGANIZATION_KIND_WORDS,
  PERSON_PRONOUNS,
  SKIPPED_DETERMINERS,
  WEEKDAYS,
} from './lexicon.js';
import type { ArticleScope } from './scope.js';
import type { ResolvedMention } from './types.js';
import {
  afterPreposition,
  antecedentPerson,
  clauseStart,
  coordinated,
  isHedged,
  isMentionOf,
  isNegated,
  isPossessive,
  isRelative,
  type Item,
  type SentenceView,
  lowerWords,
} from './view.js';

/** The entity of the mention at item i, if any. */
export function entityAt(items: readonly Item[], i: number): string | undefined {
  return items[i]?.mention?.entity;
}

/** The person a pronoun at item i stands for: the sentence's speaker, else the latest subject person. */
function pronounPerson(scope: ArticleScope, view: SentenceView, i: number): string | undefined {
  return (
    scope.speakers.get(view.sentence.index) ??
    antecedentPerson(scope.views, view.sentence.index, view.items[i]?.start ?? view.sentence.end)
  );
}

/**
 * The subject before item c: the nearest mention with one of the labels that is not the object of a
 * preposition; a relative pronoun hands over to its antecedent; "X backed Y and criticised Z" skips Y.
 */
export function subjectBefore(
  view: SentenceView,
  c: number,
  allowed: ReadonlySet<EntityLabel>,
  pronouns = true,
): number {
  const { items } = view;
  let skipBefore = c;
  if (items[c - 1]?.norm === 'and' && items[c - 2]?.mention) {
    const group = coordinated(items, c - 2, allowed);
    skipBefore = group[0] ?? c - 2;
  }
  for (let i = Math.min(c, skipBefore) - 1; i >= 0; i--) {
    const it = items[i];
    if (it.norm === ';' || it.norm === 'but' || it.norm === 'while' || it.norm === 'whereas' || it.norm === 'although')
      return -1;
    if (isRelative(items, i) && i + 1 <= c) {
      let k = i - 1;
      if (items[k]?.norm === ',') k--;
      // "O, a grouping that …": the antecedent may stand before a short apposition.
      let commas = 0;
      for (let j = k; j >= 0 && j >= k - 6; j--) {
        if (isMentionOf(items[j], allowed)) return j;
        if (items[j].mention) break;
        if (items[j].norm === ',' && j < k && ++commas > 1) break;
      }
      return -1;
    }
    if (
      pronouns &&
      !it.mention &&
      PERSON_PRONOUNS.has(it.norm) &&
      (it.norm === 'he' || it.norm === 'she') &&
      allowed.has('Person')
    )
      return -2 - i;
    // "after talks with A and B, C agreed": a list closed by "and" ends before the comma, so C is no member.
    const fronted =
      items[i - 1]?.norm === ',' &&
      items[i - 2]?.mention !== undefined &&
      (items[i - 3]?.norm === 'and' || items[i - 3]?.norm === 'or');
    if (!isMentionOf(it, allowed) || (afterPreposition(items, i) && !fronted)) continue;
    return i;
  }
  return -1;
}

/**
 * The speaker a quoted "we" or "I" before item c (in its clause) stands for: "'We stand with Y,' X said"
 * is X's stance.
 */
export function firstPersonSpeaker(scope: ArticleScope, view: SentenceView, c: number): string | undefined {
  const { items } = view;
  if (!items[c]?.quoted) return undefined;
  for (let k = c - 1; k >= clauseStart(items, c); k--) {
    if (items[k].mention) return undefined;
    if (items[k].norm === 'we' || items[k].norm === 'i') return scope.speakers.get(view.sentence.index);
  }
  return undefined;
}

/** Entity of a subject index from subjectBefore, resolving a pronoun (encoded as -2 - index). */
export function subjectEntity(scope: ArticleScope, view: SentenceView, index: number): string | undefined {
  if (index >= 0) return entityAt(view.items, index);
  if (index <= -2) return pronounPerson(scope, view, -2 - index);
  return undefined;
}

/** Words of a time phrase that may stand between an event and where it happened. */
const TIME_WORDS: ReadonlySet<string> = new Set([
  'on',
  'last',
  'this',
  'next',
  'early',
  'late',
  'earlier',
  'later',
  'today',
  'yesterday',
  'tomorrow',
  'week',
  'month',
  'year',
  'morning',
  'afternoon',
  'evening',
  'night',
  'weekend',
  ...WEEKDAYS,
  ...MONTHS,
]);

/** The object after item c: the first mention with one of the labels within a few words, skipping determiners and prepositions. */
export function objectAfter(
  view: SentenceView,
  c: number,
  allowed: ReadonlySet<EntityLabel>,
  reach = 5,
  prepositions?: ReadonlySet<string>,
): number {
  const { items } = view;
  let words = 0;
  let sawPreposition = prepositions === undefined;
  for (let i = c + 1; i < items.length; i++) {
    const it = items[i];
    if (it.mention) {
      if (allowed.has(it.mention.label) && sawPreposition) return i;
      if (isPossessive(items, i)) continue;
      return -1;
    }
    if (it.norm === '.' || it.norm === ';' || it.norm === ':' || it.norm === ',') return -1;
    if (prepositions?.has(it.norm)) sawPreposition = true;
    if (SKIPPED_DETERMINERS.has(it.norm) || it.norm === "'s" || it.norm === '“' || it.norm === '"') continue;
    // The preposition follows its head at once, or after a time phrase ("met on Thursday in Samarkand").
    if (!sawPreposition && !TIME_WORDS.has(it.norm)) return -1;
    if (++words > reach) return -1;
  }
  return -1;
}

/** Negation of the clause of a cue at c (from a little before its subject at `from`) and its hedging. */
export function flagsFor(
  items: readonly Item[],
  from: number,
  c: number,
  happening = false,
): { negated: boolean; hedged: boolean } {
  const start = clauseStart(items, c);
  return { negated: isNegated(items, Math.max(start, from - 2), c), hedged: isHedged(items, start, c, happening) };
}

/** Whether a word is lower-case ASCII letters and hyphens only: a common word, not a name or number. */
export function isLowerWord(w: string): boolean {
  for (let i = 0; i < w.length; i++) {
    const c = w.charCodeAt(i);
    if (!((c >= 97 && c <= 122) || c === 45)) return false;
  }
  return w.length > 0;
}

/** Words that refer back to two people together: "the two leaders", "both presidents", "the pair", "their". */
const PAIR_NOUNS = new Set(['leaders', 'presidents', 'men', 'heads', 'pair', 'counterparts']);
/** Words that refer back to two countries together: "both governments", "the two countries". */
const COUNTRY_PAIR_NOUNS = new Set(['governments', 'countries', 'nations', 'capitals']);

/**
 * The two persons a plural reference before item c stands for ("the two leaders", "both presidents",
 * "the pair", "they", "their"), or the two countries ("both governments"): the latest two named
 * together in this sentence or the three before.
 */
export function pairBefore(scope: ArticleScope, view: SentenceView, c: number): string[] {
  const { items } = view;
  let at = -1;
  let label: EntityLabel = 'Person';
  for (let i = c - 1; i >= 0 && i >= c - 12; i--) {
    const n = items[i].norm;
    if (items[i].mention || n === ';') break;
    const prev = items[i - 1]?.norm;
    if (
      (PAIR_NOUNS.has(n) && (prev === 'two' || prev === 'both' || (n === 'pair' && prev === 'the'))) ||
      n === 'they' ||
      n === 'their'
    ) {
      at = i;
      break;
    }
    if (COUNTRY_PAIR_NOUNS.has(n) && (prev === 'two' || prev === 'both')) {
      at = i;
      label = 'Country';
      break;
    }
  }
  if (at < 0) return [];
  for (let s = view.sentence.index; s >= 0 && s >= view.sentence.index - 3; s--) {
    const seen: string[] = [];
    for (const it of scope.views[s].items) {
      if (s === view.sentence.index && it.start >= items[at].start) break;
      if (it.quoted) continue;
      for (const m of [it.mention, ...it.inner])
        if (m?.label === label && !seen.includes(m.entity)) seen.push(m.entity);
    }
    if (seen.length === 2) return seen;
    if (seen.length > 2) return [];
  }
  return [];
}

/** Whether an Event mention names a meeting, talks, a summit or a visit. */
export function isMeetingEvent(m: ResolvedMention): boolean {
  return lowerWords(m.text).some((w) => MEETING_WORDS.has(w));
}

/** The kinds of an organisation from the words of its names ("Customs Union" is a bloc); an acronym alone counts as a bloc. */
export function organizationKinds(scope: ArticleScope, id: string): Set<string> {
  const record = scope.article.entities.find((e) => e.id === id);
  const names = record ? [record.name, ...record.aliases] : [];
  const kinds = new Set<string>();
  for (const name of names) {
    const words = lowerWords(name);
    if (words[0] === 'group' && words[1] === 'of') kinds.add('bloc');
    for (const w of words) {
      const kind = ORGANIZATION_KIND_WORDS.get(w);
      if (kind) kinds.add(kind);
    }
  }
  if (kinds.size === 0 && names.some((n) => /^[A-Z][A-Z0-9&-]{1,7}$/.test(n))) kinds.add('bloc');
  return kinds;
}

/**
 * The organisation a description at item i stands for ("the alliance", "the bloc's members"): news
 * names a body once and then by its kind, so it is the latest organisation of a fitting kind named
 * before it in this or the five sentences before, else the one of that kind the article names most.
 */
export function describedOrganization(scope: ArticleScope, view: SentenceView, i: number): string | undefined {
  const { items } = view;
  const it = items[i];
  const wanted = it && !it.mention ? ORGANIZATION_DESCRIPTIONS.get(it.norm) : undefined;
  if (!wanted || items[i - 1]?.norm !== 'the') return undefined;
  const fits = (id: string): boolean => [...organizationKinds(scope, id)].some((k) => wanted.includes(k));
  for (let s = view.sentence.index; s >= 0 && s >= view.sentence.index - 5; s--) {
    const list = scope.views[s].items;
    for (let k = list.length - 1; k >= 0; k--) {
      if (s === view.sentence.index && k >= i) continue;
      for (const m of [list[k].mention, ...list[k].inner])
        if (m?.label === 'Organization' && fits(m.entity)) return m.entity;
    }
  }
  const counts = new Map<string, number>();
  for (const m of scope.article.mentions)
    if (m.label === 'Organization' && fits(m.entity)) counts.set(m.entity, (counts.get(m.entity) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1])[0]?.[0];
}

/** The organisation item i names, by name or by description. */
export function organizationAt(scope: ArticleScope, view: SentenceView, i: number): string | undefined {
  const m = view.items[i]?.mention;
  if (m) return m.label === 'Organization' ? m.entity : undefined;
  return describedOrganization(scope, view, i);
}
