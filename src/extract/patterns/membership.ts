/** Pattern `membership`: MEMBER_OF from words of membership ("A and B are members of O", "O includes A"). */
import { MEMBER_WORDS } from '../lexicon.js';
import { entityAt, flagsFor, objectAfter, subjectBefore } from '../cues.js';
import { ACTORS, ORGS, STATES_BODIES } from '../labels.js';
import type { ArticleScope, FactList } from '../scope.js';
import { coordinated, isMentionOf, type SentenceView } from '../view.js';
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
const COPULAS: ReadonlySet<string> = new Set(['are', 'is', 'were', 'was', 'became', 'become', 'becomes', 'remain', 'remains', 'as']);

/** MEMBER_OF: "A, B and C are (also) members (of O)", "O, a grouping that includes A and B", "O member A". */
function membership(scope: ArticleScope, view: SentenceView, out: FactList): void {
  const { items } = view;
  for (let c = 0; c < items.length; c++) {
    const n = items[c].norm;
    if (items[c].mention || !MEMBER_WORDS.has(n)) continue;
    if (n === 'member' || n === 'members' || n === 'membership') {
      let org: string | undefined;
      const o = objectAfter(view, c, ORGS, 2, OF_IN);
      if (o >= 0) org = entityAt(items, o);
      let s = c - 1;
      if (!org && isMentionOf(items[c - 1], ORGS)) {
        // "A and B are the only NATO members": the organisation names its members.
        org = entityAt(items, c - 1);
        s = c - 2;
      }
      while (s >= 0 && !items[s].mention && s >= c - 5 && items[s].norm !== ',') s--;
      if (s < 0 || !isMentionOf(items[s], ACTORS)) continue;
      const copula = items.slice(s + 1, c).some((x) => COPULAS.has(x.norm));
      if (!org && copula) org = recentOrganization(scope, view, s);
      // "cooperation among SCO member states" names no member: the members must be said to be ones.
      if (o < 0 && !copula) continue;
      if (!org) continue;
      const flags = flagsFor(items, s, c);
      for (const k of coordinated(items, s, ACTORS)) out.add('MEMBER_OF', entityAt(items, k), org, view, 0.75, flags);
    } else {
      const s = subjectBefore(view, c, ORGS, false);
      const t = objectAfter(view, c, STATES_BODIES, 2);
      if (s < 0 || t < 0) continue;
      const flags = flagsFor(items, s, c);
      for (const k of coordinated(items, t, STATES_BODIES)) out.add('MEMBER_OF', entityAt(items, k), entityAt(items, s), view, 0.7, flags);
    }
  }
}

export const membershipPattern: SentencePattern<'membership'> = {
  name: 'membership',
  per: 'sentence',
  relations: ['MEMBER_OF'],
  requires: [],
  provides: [],
  run: ({ scope, out }, view) => membership(scope, view, out),
};
