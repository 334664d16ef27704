/**
 * Pattern `positions`: SUPPORTS and OPPOSES stated as positions taken rather than by words of support
 * or opposition themselves: "X stands with Y", "on the side of Y", "X would back Y's bid", "X welcomed
 * Y's bid", "X praised Y", "X warned against Y". A quoted "we" is the speaker's position.
 */
import type { RelationType } from '../../graph/model.js';
import { PRAISE_VERBS, PURSUIT_NOUNS, SKIPPED_DETERMINERS, STAND_VERBS, WARN_VERBS } from '../lexicon.js';
import { entityAt, firstPersonSpeaker, flagsFor, objectAfter, subjectBefore, subjectEntity } from '../cues.js';
import { ACTOR_TARGETS, ACTORS } from '../labels.js';
import type { ArticleScope, FactList } from '../scope.js';
import { afterPreposition, coordinated, isPossessive, type SentenceView } from '../view.js';
import type { SentencePattern } from './pattern.js';

/** Prepositions after a verb of standing that name the side taken: "stand with", "stood by". */
const SIDE_PREPOSITIONS: ReadonlySet<string> = new Set(['with', 'by', 'behind', 'alongside']);
const AGAINST: ReadonlySet<string> = new Set(['against']);
/** Words before "back" that make it a verb: "would back", "to back", "firmly back". */
const BEFORE_BACK_VERB: ReadonlySet<string> = new Set([
  'to',
  'will',
  'would',
  'could',
  'should',
  'must',
  'shall',
  'might',
  'may',
  "'ll",
  'not',
  'also',
  'fully',
  'firmly',
  'strongly',
  'we',
  'i',
  'they',
  'did',
  'do',
  'does',
  'and',
]);

/** The relation stated at item c and the index the sought side starts after, if c is a cue of position. */
function positionAt(
  view: SentenceView,
  c: number,
): { type: RelationType; after: number; possessed: boolean } | undefined {
  const { items } = view;
  const n = items[c].norm;
  const next = items[c + 1]?.norm ?? '';
  if (STAND_VERBS.has(n)) {
    if (SIDE_PREPOSITIONS.has(next)) return { type: 'SUPPORTS', after: c + 1, possessed: false };
    // "stand on the side of Y", "stood firmly on Y's side".
    if (next === 'on' && items[c + 2]?.norm === 'the' && items[c + 3]?.norm === 'side' && items[c + 4]?.norm === 'of')
      return { type: 'SUPPORTS', after: c + 4, possessed: false };
    return undefined;
  }
  if (n === 'back' && BEFORE_BACK_VERB.has(items[c - 1]?.norm ?? ''))
    return { type: 'SUPPORTS', after: c, possessed: false };
  if (PRAISE_VERBS.has(n))
    return {
      type: 'SUPPORTS',
      after: c,
      possessed: !n.startsWith('prais') && !n.startsWith('laud') && !n.startsWith('commend'),
    };
  if (WARN_VERBS.has(n) && next === 'against') return { type: 'OPPOSES', after: c + 1, possessed: false };
  return undefined;
}

/** The side at item t, when its possessive must own a course pursued ("Y's bid"): Y, else nothing. */
function pursuer(view: SentenceView, t: number): boolean {
  const { items } = view;
  if (!isPossessive(items, t)) return false;
  let k = t + 1;
  while (
    k < items.length &&
    (items[k].norm === "'s" ||
      items[k].norm === "'" ||
      SKIPPED_DETERMINERS.has(items[k].norm) ||
      items[k].norm === 'own')
  )
    k++;
  return PURSUIT_NOUNS.has(items[k]?.norm ?? '');
}

/** SUPPORTS and OPPOSES from positions taken. */
function positions(scope: ArticleScope, view: SentenceView, out: FactList): void {
  const { items } = view;
  for (let c = 0; c < items.length; c++) {
    if (items[c].mention) continue;
    const found = positionAt(view, c);
    if (!found) continue;
    const t =
      found.after === c
        ? objectAfter(view, c, ACTOR_TARGETS, 2)
        : objectAfter(
            view,
            found.after - 1,
            ACTOR_TARGETS,
            3,
            found.type === 'OPPOSES' ? AGAINST : new Set([items[found.after].norm]),
          );
    if (t < 0) continue;
    // "welcomed Y's bid" backs Y; "welcomed Y" may only host Y.
    if (found.possessed && !pursuer(view, t)) continue;
    const s = subjectBefore(view, c, ACTORS);
    const speaker = firstPersonSpeaker(scope, view, c);
    const sources =
      s >= 0
        ? coordinated(items, s, ACTORS)
            .filter((k) => k >= s || !afterPreposition(items, k))
            .map((k) => entityAt(items, k))
        : [speaker ?? subjectEntity(scope, view, s)];
    const flags = flagsFor(items, s >= 0 ? s : c, c);
    const confidence = items[c].quoted ? 0.55 : 0.7;
    for (const source of sources)
      for (const k of coordinated(items, t, ACTOR_TARGETS))
        out.add(found.type, source, entityAt(items, k), view, confidence, flags);
  }
}

export const positionsPattern: SentencePattern<'positions'> = {
  name: 'positions',
  per: 'sentence',
  relations: ['SUPPORTS', 'OPPOSES'],
  requires: [],
  provides: [],
  cues: { words: [...STAND_VERBS, ...PRAISE_VERBS, ...WARN_VERBS, 'back'] },
  run: ({ scope, out }, view) => positions(scope, view, out),
};
