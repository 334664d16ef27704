/**
 * Pattern `listings`: SANCTIONS on the bodies and people a sanctioner lists. News of a sanctions
 * package names its targets in lists ("the EU added A, B and C to its sanctions list", "the list
 * includes A, a …, and B", "A and B were also named"), often a sentence or two after the one that
 * names the sanctioner, so a list without its own sanctioner belongs to the latest one named.
 */
import {
  DELISTING_WORDS,
  LISTED_PARTICIPLES,
  LISTING_VERBS,
  LIST_NOUNS,
  ORGANIZATION_DESCRIPTIONS,
  SANCTION_LIST_QUALIFIERS,
  SANCTION_MEASURES,
  SKIPPED_DETERMINERS,
} from '../lexicon.js';
import { describedOrganization, entityAt, flagsFor, objectAfter, subjectBefore } from '../cues.js';
import { SANCTION_TARGETS, STATES_BODIES } from '../labels.js';
import type { ArticleScope, FactList } from '../scope.js';
import {
  afterPreposition,
  clauseStart,
  coordinated,
  isMentionOf,
  isPossessive,
  type Item,
  type SentenceView,
} from '../view.js';
import type { SentencePattern } from './pattern.js';

/** How many sentences back a list may lean on a sanctioner named before it. */
const CONTEXT_SENTENCES = 4;
/** Words that may stand between a listed name and the verb of its list: "A and B were also named". */
const PASSIVE_AUXILIARIES: ReadonlySet<string> = new Set([
  'was',
  'were',
  'is',
  'are',
  'been',
  'have',
  'has',
  'had',
  'be',
  'also',
  'already',
  'later',
  'then',
  'now',
  'since',
  'being',
]);
/** Words that open a list after a noun: "firms including A", "entities such as A". */
const INCLUDING: ReadonlySet<string> = new Set([
  'including',
  'includes',
  'include',
  'included',
  'names',
  'contains',
  'targets',
  'hits',
  'covers',
]);
const ON: ReadonlySet<string> = new Set(['on', 'against']);
const BY: ReadonlySet<string> = new Set(['by']);

/**
 * The names listed from the mention at i: "A, B and C", also across appositions ("A, a maker of
 * chips, and B, a trader that …") and a place that qualifies a name ("B of Iran"). Mentions inside
 * an apposition describe a name; they are not listed.
 */
function listedFrom(items: readonly Item[], i: number): number[] {
  const out = [i];
  let j = i + 1;
  for (;;) {
    if (
      (items[j]?.norm === 'of' || items[j]?.norm === 'in') &&
      items[j + 1]?.mention &&
      items[j + 1].mention?.label !== 'Person'
    )
      j += 2;
    const sep = items[j]?.norm;
    if (sep !== ',' && sep !== 'and') break;
    let k = j + 1;
    if (sep === ',' && items[k]?.norm === 'and') k++;
    while (items[k]?.norm === 'the' || items[k]?.norm === 'also') k++;
    if (isMentionOf(items[k], SANCTION_TARGETS) && !isPossessive(items, k)) {
      out.push(k);
      j = k + 1;
      continue;
    }
    if (sep !== ',' || !SKIPPED_DETERMINERS.has(items[k]?.norm ?? '')) break;
    // An apposition runs to the next comma that a listed name follows.
    let next = -1;
    for (let m = k; m < items.length && m <= k + 20; m++) {
      const n = items[m].norm;
      if (n === '.' || n === ';' || n === ':' || n === '(' || n === ')') break;
      if (n !== ',') continue;
      const after = items[m + 1]?.norm === 'and' ? m + 2 : m + 1;
      if (isMentionOf(items[after], SANCTION_TARGETS)) next = m;
      break;
    }
    if (next < 0) break;
    j = next;
  }
  return out;
}

/** The sanctioner of the latest SANCTIONS fact (neither negated nor hedged) of this or a few sentences before. */
function recentSanctioner(scope: ArticleScope, view: SentenceView, out: FactList): string | undefined {
  const from = scope.views[Math.max(0, view.sentence.index - CONTEXT_SENTENCES)].sentence.start;
  let found: { source: string; start: number } | undefined;
  for (const f of out.facts) {
    if (
      f.type !== 'SANCTIONS' ||
      f.evidence.negated ||
      f.evidence.hedged ||
      f.evidence.start < from ||
      f.evidence.start > view.sentence.start
    )
      continue;
    if (!found || f.evidence.start >= found.start) found = { source: f.source, start: f.evidence.start };
  }
  return found?.source;
}

/**
 * Who lists at the verb or noun at c: the state or body subject of its clause, named or described
 * ("the bloc"), or the owner of the list ("the EU's list includes"), else the sanctioner named just before.
 */
function sanctioner(
  scope: ArticleScope,
  view: SentenceView,
  out: FactList,
  c: number,
  subject: boolean,
): { sources: string[]; from: number } {
  const { items } = view;
  if (subject) {
    const s = subjectBefore(view, c, STATES_BODIES, false);
    if (s >= 0 && !isPossessive(items, s))
      return { sources: coordinated(items, s, STATES_BODIES).flatMap((k) => entityAt(items, k) ?? []), from: s };
  }
  for (let k = c - 1; k >= clauseStart(items, c) && k >= c - 6; k--) {
    if (isPossessive(items, k) && isMentionOf(items[k], STATES_BODIES))
      return { sources: [entityAt(items, k) ?? ''], from: k };
    if (!subject || items[k].mention || !ORGANIZATION_DESCRIPTIONS.has(items[k].norm)) continue;
    const described = describedOrganization(scope, view, k);
    if (described && scope.labelOf.get(described) && !afterPreposition(items, k + 1))
      return { sources: [described], from: k };
  }
  const recent = recentSanctioner(scope, view, out);
  return { sources: recent ? [recent] : [], from: c };
}

/** Whether the few words after item i name a list of sanctions: "to its own trade blacklist", "on the entity list". */
function sanctionListAfter(items: readonly Item[], i: number): boolean {
  let sawList = false;
  let qualified = false;
  for (let k = i; k < items.length && k <= i + 6; k++) {
    const n = items[k].norm;
    if (n === ',' || n === '.' || n === ';') break;
    if (SANCTION_LIST_QUALIFIERS.has(n) || n.includes('sanction') || n.includes('blacklist')) qualified = true;
    if (LIST_NOUNS.has(n)) sawList = true;
  }
  return sawList && qualified;
}

/** Whether a word taking names off a list or out of sanctions stands in the clause before item c. */
function delisted(items: readonly Item[], from: number, c: number): boolean {
  for (let k = Math.max(0, from); k <= c && k < items.length; k++) if (DELISTING_WORDS.has(items[k].norm)) return true;
  return false;
}

/** The first listed name after item c, skipping determiners: "designated the bank and …". */
function firstListedAfter(items: readonly Item[], c: number): number {
  let k = c + 1;
  while (k < items.length && (SKIPPED_DETERMINERS.has(items[k].norm) || items[k].norm === 'also')) k++;
  return isMentionOf(items[k], SANCTION_TARGETS) && !isPossessive(items, k) ? k : -1;
}

/**
 * The subject names of a passive listing verb at v ("A and B of Iran, which …, were also named"):
 * the first name of its clause whose list runs up to the auxiliaries before v or to a relative clause.
 */
function passiveSubjects(items: readonly Item[], v: number): number[] {
  let a = v - 1;
  while (a >= 0 && PASSIVE_AUXILIARIES.has(items[a].norm)) a--;
  if (
    a === v - 1 ||
    !(
      items[a + 1].norm === 'was' ||
      items[a + 1].norm === 'were' ||
      items[a + 1].norm === 'been' ||
      items[a + 1].norm === 'is' ||
      items[a + 1].norm === 'are'
    )
  )
    return [];
  for (let i = clauseStart(items, v); i <= a; i++) {
    if (!isMentionOf(items[i], SANCTION_TARGETS) || (afterPreposition(items, i) && items[i - 1]?.norm !== 'including'))
      continue;
    const group = listedFrom(items, i);
    let e = group[group.length - 1] + 1;
    if ((items[e]?.norm === 'of' || items[e]?.norm === 'in') && items[e + 1]?.mention) e += 2;
    if (
      e === a + 1 ||
      (e === a && items[a].norm === ',') ||
      (items[e]?.norm === ',' && (items[e + 1]?.norm === 'which' || items[e + 1]?.norm === 'who')) ||
      items[e]?.norm === 'which' ||
      items[e]?.norm === 'who'
    )
      return group;
    return [];
  }
  return [];
}

/** The listed names and sanctioner at item c, when c is a cue of listing. */
function listingAt(
  scope: ArticleScope,
  view: SentenceView,
  out: FactList,
  c: number,
): { targets: number[]; sources: string[]; from: number } | undefined {
  const { items } = view;
  const n = items[c].norm;
  // "X added A and B to its blacklist", "the Treasury designated A".
  if (LISTING_VERBS.has(n)) {
    const t = firstListedAfter(items, c);
    if (t >= 0) {
      const targets = listedFrom(items, t);
      const end = targets[targets.length - 1] + 1;
      const designates = n.startsWith('designat') || n === 'blacklisted';
      if (designates || sanctionListAfter(items, end)) return { targets, ...sanctioner(scope, view, out, c, true) };
    }
  }
  // "A and B were also named", "A was added to the entity list by X".
  if (LISTED_PARTICIPLES.has(n) || (n === 'off' && items[c - 1]?.norm === 'taken')) {
    const targets = passiveSubjects(items, n === 'off' ? c - 1 : c);
    if (targets.length > 0) {
      const by = objectAfter(view, c, STATES_BODIES, 3, BY);
      const named =
        by >= 0
          ? { sources: coordinated(items, by, STATES_BODIES).flatMap((k) => entityAt(items, k) ?? []), from: c }
          : sanctioner(scope, view, out, c, false);
      // "named" and "included" list only where sanctions are the topic: after a sanctioner, or with a list named.
      if (by >= 0 || n !== 'named' || named.sources.length > 0) return { targets, ...named };
    }
  }
  // "the list includes A, a …, and B", "sanctioned firms including A".
  if (INCLUDING.has(n)) {
    const t = firstListedAfter(items, c);
    const head = items
      .slice(Math.max(0, c - 4), c)
      .some(
        (x) => LIST_NOUNS.has(x.norm) || x.norm === 'sanctioned' || x.norm === 'blacklisted' || x.norm === 'designated',
      );
    if (t >= 0 && head) return { targets: listedFrom(items, t), ...sanctioner(scope, view, out, c, false) };
  }
  // "asset freezes and travel bans on A and B".
  const mods = SANCTION_MEASURES.get(n);
  if (mods && items.slice(Math.max(0, c - 4), c).some((x) => mods.has(x.norm))) {
    const t = objectAfter(view, c, SANCTION_TARGETS, 3, ON);
    if (t >= 0) return { targets: listedFrom(items, t), ...sanctioner(scope, view, out, c, true) };
  }
  return undefined;
}

/** SANCTIONS on each body or person a listing names; one taken off a list is negated. */
function listings(scope: ArticleScope, view: SentenceView, out: FactList): void {
  const { items } = view;
  for (let c = 0; c < items.length; c++) {
    if (items[c].mention) continue;
    const found = listingAt(scope, view, out, c);
    if (!found) continue;
    const start = Math.min(found.from, found.targets[0]);
    const flags = flagsFor(items, start, c);
    const negated = flags.negated || delisted(items, clauseStart(items, c), c + 2);
    for (const s of found.sources)
      for (const t of found.targets)
        out.add('SANCTIONS', s, entityAt(items, t), view, 0.7, { negated, hedged: flags.hedged });
  }
}

export const listingsPattern: SentencePattern<'listings'> = {
  name: 'listings',
  per: 'sentence',
  relations: ['SANCTIONS'],
  requires: [],
  provides: [],
  cues: { words: [...LISTING_VERBS, ...LISTED_PARTICIPLES, ...INCLUDING, ...SANCTION_MEASURES.keys(), 'off'] },
  run: ({ scope, out }, view) => listings(scope, view, out),
};
