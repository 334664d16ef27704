/** Pattern `visits`: VISITED from words of travel ("X visited Y", "X flew to Y", "X's trip to Y"), hedged when still ahead. */
import { SKIPPED_DETERMINERS, TRAVEL_WORDS, WEEKDAYS } from '../lexicon.js';
import { entityAt, flagsFor, objectAfter, subjectBefore, subjectEntity } from '../cues.js';
import { LOCATIONS, PERSONS } from '../labels.js';
import type { ArticleScope, FactList } from '../scope.js';
import {
  afterPreposition,
  clauseEnd,
  clauseStart,
  isMentionOf,
  lowerWords,
  type Item,
  type SentenceView,
} from '../view.js';
import type { SentencePattern } from './pattern.js';

const TO_IN: ReadonlySet<string> = new Set(['to', 'in', 'into']);

const TRAVEL_NOUNS = new Set(['visit', 'visits', 'trip', 'trips', 'tour', 'journey']);
const PREPOSITIONS_TO = new Set(['to']);

/** Nouns of a time ahead after "next" or "coming": "next week", "this coming spring". */
const FUTURE_TIME_NOUNS: ReadonlySet<string> = new Set([
  'week',
  'month',
  'year',
  'weekend',
  'spring',
  'summer',
  'autumn',
  'fall',
  'winter',
  ...WEEKDAYS,
]);

/** Flags of a happening at item c, hedged also by a future time phrase in its clause ("visits Turkey next month", "tomorrow", "later this year"). */
function futureFlags(items: readonly Item[], c: number): { negated: boolean; hedged: boolean } {
  const flags = flagsFor(items, c, c, true);
  const end = clauseEnd(items, c);
  for (let j = c + 1; j < end && !flags.hedged; j++) {
    const n = items[j].norm;
    const next = items[j + 1]?.norm ?? '';
    if (
      n === 'tomorrow' ||
      ((n === 'next' || n === 'coming' || n === 'upcoming') && FUTURE_TIME_NOUNS.has(next)) ||
      (n === 'later' && (next === 'this' || next === 'in'))
    )
      flags.hedged = true;
  }
  return flags;
}

/** VISITED: "X visited Y", "X flew to Y", "X's trip to Y", "the visit of X … to Y". */
function visits(scope: ArticleScope, view: SentenceView, out: FactList): void {
  const { items } = view;
  const toIn = TO_IN;
  for (let c = 0; c < items.length; c++) {
    const it = items[c];
    const eventCue = it.mention?.label === 'Event' && lowerWords(it.mention.text).some((w) => TRAVEL_WORDS.has(w));
    if (it.quoted || (!eventCue && (it.mention || !TRAVEL_WORDS.has(it.norm)))) continue;
    let traveller: string | undefined;
    let dest = -1;
    if (eventCue) {
      const person = it.inner.find((m) => m.label === 'Person');
      const place = it.inner.filter((m) => m.label === 'Country' || m.label === 'Place');
      traveller = person?.entity;
      if (place.length > 0 && traveller) {
        for (const p of place) out.add('VISITED', traveller, p.entity, view, 0.7, futureFlags(items, c));
        continue;
      }
    }
    if (items[c + 1]?.norm === 'of' && isMentionOf(items[c + 2], PERSONS)) {
      traveller = entityAt(items, c + 2);
      for (let k = c + 3; k < items.length && k <= c + 16; k++) {
        if (items[k].norm === 'to' && isMentionOf(items[objectAfter(view, k - 1, LOCATIONS, 2, toIn)], LOCATIONS)) {
          dest = objectAfter(view, k - 1, LOCATIONS, 2, toIn);
          break;
        }
      }
    } else {
      // "the visit showed Berlin's interest": a noun visits nothing without "to".
      const direct =
        (it.norm === 'visit' ||
          it.norm === 'visits' ||
          it.norm === 'visited' ||
          it.norm === 'visiting' ||
          it.norm === 'toured') &&
        !SKIPPED_DETERMINERS.has(items[c - 1]?.norm ?? '') &&
        items[c - 1]?.norm !== "'s";
      dest = objectAfter(view, c, LOCATIONS, 2, direct ? undefined : toIn);
      const noun =
        SKIPPED_DETERMINERS.has(items[c - 1]?.norm ?? '') ||
        (items[c - 1] !== undefined &&
          !items[c - 1].mention &&
          !PREPOSITIONS_TO.has(items[c - 1].norm) &&
          TRAVEL_NOUNS.has(it.norm));
      if (!traveller && noun && isMentionOf(items[c - 2], PERSONS) && items[c - 1]?.norm === "'s")
        traveller = entityAt(items, c - 2);
      if (!traveller && noun) {
        // "…, the first American visit to China": a nominal trip belongs to the clause's subject, not to its object.
        // "As A spoke in X, B made a trip to Y": the subject of the part after the last comma comes first.
        const from = clauseStart(items, c);
        let segment = c - 1;
        while (segment > from && items[segment - 1].norm !== ',') segment--;
        for (const start of [segment, from]) {
          for (let k = start; k < c && !traveller; k++) {
            if (isMentionOf(items[k], PERSONS) && !afterPreposition(items, k)) traveller = entityAt(items, k);
          }
        }
      }
      if (!traveller) {
        const s = subjectBefore(view, c, PERSONS);
        traveller = subjectEntity(scope, view, s);
      }
    }
    if (dest < 0 || !traveller) continue;
    out.add('VISITED', traveller, entityAt(items, dest), view, 0.75, futureFlags(items, c));
  }
}

export const visitsPattern: SentencePattern<'visits'> = {
  name: 'visits',
  per: 'sentence',
  relations: ['VISITED'],
  requires: [],
  provides: [],
  // An Event mention cues it when its name holds a travel word ("Xi's state visit").
  cues: { words: TRAVEL_WORDS, labels: ['Event'] },
  run: ({ scope, out }, view) => visits(scope, view, out),
};
