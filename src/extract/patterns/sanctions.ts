/** Pattern `sanctions`: SANCTIONS from words of sanctioning, their imposers and targets. */
import { CLAUSE_RELATIVES, DELISTING_WORDS, IMPOSE_VERBS, SANCTION_WORDS, THREAT_WORDS } from '../lexicon.js';
import { entityAt, flagsFor, isLowerWord, objectAfter, subjectBefore } from '../cues.js';
import { SANCTION_TARGETS, STATES_BODIES } from '../labels.js';
import type { FactList } from '../scope.js';
import {
  afterPreposition,
  clauseEnd,
  coordinated,
  isMentionOf,
  isPossessive,
  type Item,
  type SentenceView,
} from '../view.js';
import type { SentencePattern } from './pattern.js';

const SANCTION_PREPOSITIONS: ReadonlySet<string> = new Set(['on', 'against', 'to', 'targeting', 'over']);

/** Whether an item opens a relative or participle clause: "that …", "accused of …", "supplying …". */
function startsClause(it: Item): boolean {
  if (it.mention) return false;
  if (CLAUSE_RELATIVES.has(it.norm)) return true;
  return (
    isLowerWord(it.norm) &&
    it.norm.length > 4 &&
    (it.norm.endsWith('ing') || it.norm.endsWith('ed')) &&
    !SANCTION_PREPOSITIONS.has(it.norm)
  );
}

/** SANCTIONS: "US and EU sanctions on Y", "X imposed sanctions against Y", "sanctions that X applied to Y". */
function sanctions(view: SentenceView, out: FactList): void {
  const { items } = view;
  for (let c = 0; c < items.length; c++) {
    if (items[c].mention || !SANCTION_WORDS.has(items[c].norm)) continue;
    let sources: number[] = [];
    let negFrom = c;
    let k = c - 1;
    while (
      k >= 0 &&
      !items[k].mention &&
      k >= c - 3 &&
      isLowerWord(items[k].norm) &&
      !IMPOSE_VERBS.has(items[k].norm) &&
      items[k].norm !== 'and'
    )
      k--;
    if (
      k >= 0 &&
      isMentionOf(items[k], STATES_BODIES) &&
      !afterPreposition(items, k) &&
      (k === c - 1 || isPossessive(items, k) || items[k + 1]?.norm !== 'and')
    ) {
      sources = coordinated(items, k, STATES_BODIES);
      negFrom = sources[0];
    }
    let targetFrom = c;
    if (sources.length === 0) {
      // The imposer is the subject of an imposing verb before, or of one in a relative clause after.
      for (let v = c - 1; v >= 0 && v >= c - 4; v--) {
        if (!IMPOSE_VERBS.has(items[v].norm)) continue;
        const s = subjectBefore(view, v, STATES_BODIES, false);
        if (s >= 0) {
          sources = coordinated(items, s, STATES_BODIES);
          negFrom = s;
        }
        break;
      }
      if (sources.length === 0 && (items[c + 1]?.norm === 'that' || items[c + 1]?.norm === 'which')) {
        for (let v = c + 2; v < items.length && v <= c + 6; v++) {
          if (!IMPOSE_VERBS.has(items[v].norm)) continue;
          const s = subjectBefore(view, v, STATES_BODIES, false);
          if (s > c) {
            sources = coordinated(items, s, STATES_BODIES);
            negFrom = s;
            targetFrom = v;
          }
          break;
        }
      }
    }
    if (sources.length === 0) continue;
    let t = objectAfter(view, targetFrom, SANCTION_TARGETS, 3, SANCTION_PREPOSITIONS);
    if (t < 0) {
      for (let j = targetFrom + 1; j < clauseEnd(items, c) && j <= targetFrom + 10; j++) {
        // "sanctions on companies accused of supplying Moscow": a country inside a relative or participle clause is not the target.
        if (j > targetFrom + 1 && startsClause(items[j])) break;
        if (isMentionOf(items[j], SANCTION_TARGETS)) {
          t = j;
          break;
        }
      }
    }
    if (t < 0) continue;
    const flags = flagsFor(items, negFrom, c);
    // "X lifted sanctions on Y" ends them; "X threatened sanctions on Y" has not imposed them.
    const between = items.slice(Math.max(0, Math.min(negFrom, c - 3)), c);
    if (between.some((x) => DELISTING_WORDS.has(x.norm))) flags.negated = true;
    if (between.some((x) => THREAT_WORDS.has(x.norm))) flags.hedged = true;
    for (const s of sources)
      for (const tt of coordinated(items, t, SANCTION_TARGETS))
        out.add('SANCTIONS', entityAt(items, s), entityAt(items, tt), view, 0.75, flags);
  }
}

export const sanctionsPattern: SentencePattern<'sanctions'> = {
  name: 'sanctions',
  per: 'sentence',
  relations: ['SANCTIONS'],
  requires: [],
  provides: [],
  cues: { words: SANCTION_WORDS },
  run: ({ out }, view) => sanctions(view, out),
};
