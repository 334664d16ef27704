/**
 * Pattern `stance`: SUPPORTS and OPPOSES from words of backing and opposing, materials given, and
 * stance nouns held by a demonym ("Chinese support for Russia").
 */
import type { RelationType } from '../../graph/model.js';
import { GIVE_VERBS, OPPOSE_WORDS, PREPOSITIONS, SKIPPED_DETERMINERS, SUPPORT_WORDS } from '../lexicon.js';
import {
  describedOrganization,
  entityAt,
  firstPersonSpeaker,
  flagsFor,
  isLowerWord,
  objectAfter,
  pairBefore,
  subjectBefore,
  subjectEntity,
} from '../cues.js';
import { ACTOR_TARGETS, ACTORS } from '../labels.js';
import { countryOfWord, roleCountryOfWord, type ArticleScope, type FactList } from '../scope.js';
import { coordinated, isPossessive, type Item, type SentenceView } from '../view.js';
import type { SentencePattern } from './pattern.js';

const TO: ReadonlySet<string> = new Set(['to', 'for']);
const FROM: ReadonlySet<string> = new Set(['from']);
const BY: ReadonlySet<string> = new Set(['by']);

/** Things given in support: "provided military supplies to X", "sent weapons to X". */
const MATERIAL_WORDS = new Set([
  'supplies',
  'weapons',
  'arms',
  'ammunition',
  'funding',
  'loans',
  'equipment',
  'hardware',
]);
/** Every word that can be a cue of stance: support and opposition words, materials given. */
const STANCE_CUES: ReadonlySet<string> = new Set([...SUPPORT_WORDS, ...OPPOSE_WORDS, ...MATERIAL_WORDS]);

/** Nouns of a stance that may stand as a nominal with its holder as a demonym: "Chinese support for Russia". */
const STANCE_NOUNS: ReadonlySet<string> = new Set([
  'support',
  'backing',
  'aid',
  'assistance',
  'help',
  'solidarity',
  'opposition',
  'criticism',
  'condemnation',
]);
/** Adjectives that may stand between a demonym and a stance noun. */
const ATTITUDE_ADJECTIVES: ReadonlySet<string> = new Set([
  'military',
  'political',
  'economic',
  'diplomatic',
  'financial',
  'continued',
  'growing',
  'strong',
  'tacit',
  'material',
  'firm',
  'full',
  'unwavering',
  'increased',
  'lethal',
]);

const AUXILIARIES: ReadonlySet<string> = new Set([
  'has',
  'have',
  'had',
  'was',
  'were',
  'is',
  'are',
  'be',
  'been',
  'being',
  'also',
  'then',
  'and',
  'not',
  'never',
  'publicly',
  'openly',
]);

/** When the object is a possessor ("Russia's invasion"), the Event it possesses, if one follows. */
function possessedEvent(items: readonly Item[], i: number): number {
  if (!isPossessive(items, i)) return i;
  for (let k = i + 1; k < items.length && k <= i + 4; k++) {
    if (items[k].mention?.label === 'Event') return k;
    if (items[k].mention) break;
  }
  return i;
}

/** Whether items [from, to) hold a support word (the cue at `to` is not among them). */
function otherSupportWord(items: readonly Item[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (SUPPORT_WORDS.has(items[k].norm)) return true;
  return false;
}

/** The organisation a description right after a cue stands for: "accused the alliance('s members) of …". */
function describedAfter(scope: ArticleScope, view: SentenceView, c: number): string | undefined {
  const { items } = view;
  let k = c + 1;
  while (k < items.length && !items[k].mention && SKIPPED_DETERMINERS.has(items[k].norm) && items[k].norm !== 'the')
    k++;
  return items[k]?.norm === 'the' ? describedOrganization(scope, view, k + 1) : undefined;
}

/** SUPPORTS and OPPOSES: "X supports Y", "X's support for Y", "support from X", "backed by X", "give Y backing". */
function stance(scope: ArticleScope, view: SentenceView, out: FactList): void {
  const { items } = view;
  for (let c = 0; c < items.length; c++) {
    const it = items[c];
    if (it.mention || !STANCE_CUES.has(it.norm)) continue;
    const given =
      MATERIAL_WORDS.has(it.norm) &&
      items
        .slice(Math.max(0, c - 5), c)
        .some(
          (x) =>
            GIVE_VERBS.has(x.norm) ||
            x.norm === 'send' ||
            x.norm === 'sent' ||
            x.norm === 'sending' ||
            x.norm === 'deliver' ||
            x.norm === 'delivered' ||
            x.norm === 'supply' ||
            x.norm === 'supplied',
        );
    const type: RelationType | undefined =
      SUPPORT_WORDS.has(it.norm) || given ? 'SUPPORTS' : OPPOSE_WORDS.has(it.norm) ? 'OPPOSES' : undefined;
    if (!type) continue;
    // "companies accused of supplying Moscow": a participle after a noun says what the noun is accused of.
    const prev = items[c - 1];
    if (
      it.norm.endsWith('ed') &&
      items[c + 1]?.norm === 'of' &&
      prev &&
      !prev.mention &&
      isLowerWord(prev.norm) &&
      !prev.norm.endsWith('ly') &&
      !AUXILIARIES.has(prev.norm)
    )
      continue;
    const confidence = it.quoted ? 0.55 : 0.75;
    let sourceIdx: number;
    let targets: number[] = [];
    const next = items[c + 1]?.norm;
    if (next === 'from' || next === 'by') {
      sourceIdx = objectAfter(view, c, ACTORS, 2, next === 'from' ? FROM : BY);
      const t = subjectBefore(view, c, ACTORS);
      if (t >= 0) targets = [t];
    } else {
      // "(concerns about) Chinese support for Y": the demonym is the supporter; a support noun inside a
      // prepositional phrase is not the sentence subject's.
      let a = c - 1;
      while (
        a >= 0 &&
        !items[a].mention &&
        (ATTITUDE_ADJECTIVES.has(items[a].norm) || SKIPPED_DETERMINERS.has(items[a].norm))
      )
        a--;
      const demonym =
        a >= 0 && !items[a].mention && STANCE_NOUNS.has(it.norm)
          ? (countryOfWord(scope, items[a].norm) ?? roleCountryOfWord(scope, items[a]))
          : undefined;
      const nominal =
        STANCE_NOUNS.has(it.norm) &&
        (demonym !== undefined || (a >= 0 && !items[a].mention && PREPOSITIONS.has(items[a].norm)));
      if (nominal) {
        if (demonym) {
          const t = objectAfter(view, c, ACTOR_TARGETS, 4);
          if (t >= 0)
            for (const k of coordinated(items, t, ACTOR_TARGETS))
              out.add(
                type,
                demonym,
                entityAt(items, possessedEvent(items, k)),
                view,
                confidence,
                flagsFor(items, a, c),
              );
        }
        continue;
      }
      sourceIdx = subjectBefore(view, c, ACTORS);
      if (sourceIdx >= 0) {
        // "give the Russian President political backing": the mention after a giving verb is the receiver.
        let v = sourceIdx - 1;
        while (v >= 0 && SKIPPED_DETERMINERS.has(items[v].norm)) v--;
        if (v >= 0 && GIVE_VERBS.has(items[v].norm) && !otherSupportWord(items, v + 1, c)) {
          targets = coordinated(items, sourceIdx, ACTOR_TARGETS);
          sourceIdx = subjectBefore(view, v, ACTORS);
        }
      }
      if (targets.length === 0 && given) {
        const t = objectAfter(view, c, ACTORS, 3, TO);
        if (t >= 0) targets = coordinated(items, t, ACTORS);
      } else if (targets.length === 0 && !describedAfter(scope, view, c)) {
        const t = objectAfter(view, c, ACTOR_TARGETS, 4);
        // "supported a peaceful resolution of the conflict" backs the resolution, not the conflict.
        const through =
          t >= 0 &&
          type === 'SUPPORTS' &&
          items[t].mention?.label === 'Event' &&
          items.slice(c + 1, t).some((x) => x.norm === 'of');
        if (t >= 0 && !through) targets = coordinated(items, t, ACTOR_TARGETS).map((k) => possessedEvent(items, k));
      }
    }
    const source = subjectEntity(scope, view, sourceIdx) ?? firstPersonSpeaker(scope, view, c);
    let sources = sourceIdx >= 0 ? coordinated(items, sourceIdx, ACTORS).map((k) => entityAt(items, k)) : [source];
    // "A backs B, and both governments criticised C": a plural reference after the subject stands for it.
    const pair =
      !source || items.slice(sourceIdx + 1, c).some((x) => x.norm === 'both' || x.norm === 'two')
        ? pairBefore(scope, view, c)
        : [];
    if (pair.length > 0) sources = pair;
    const flags = flagsFor(items, sourceIdx >= 0 ? sourceIdx : c, c);
    const described = targets.length === 0 && !given ? describedAfter(scope, view, c) : undefined;
    for (const s of sources) {
      for (const t of targets) out.add(type, s, entityAt(items, t), view, confidence, flags);
      if (described) out.add(type, s, described, view, confidence, flags);
    }
  }
}

export const stancePattern: SentencePattern<'stance'> = {
  name: 'stance',
  per: 'sentence',
  relations: ['SUPPORTS', 'OPPOSES'],
  requires: [],
  provides: [],
  cues: { words: STANCE_CUES },
  run: ({ scope, out }, view) => stance(scope, view, out),
};
