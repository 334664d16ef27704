/**
 * Pattern `meetings`: MET_WITH between the subject of a word of meeting and its objects ("X met Y",
 * "X and Y held talks", "in a meeting with Y, X said", "a trilateral meeting"), or "X told Y".
 */
import {
  FACE_TO_FACE_VERBS,
  LEADER_TITLES,
  MEETING_WORDS,
  MEMBER_TITLES,
  ROLE_PLURALS,
  SKIPPED_DETERMINERS,
} from '../lexicon.js';
import { entityAt, flagsFor, isMeetingEvent, objectAfter, pairBefore, subjectBefore, subjectEntity } from '../cues.js';
import { COUNTRIES, PERSONS } from '../labels.js';
import type { ArticleScope, FactList } from '../scope.js';
import { coordinated, isMentionOf, isPossessive, lowerWords, type Item, type SentenceView } from '../view.js';
import type { SentencePattern } from './pattern.js';

/** Persons that a plural role names through this article's leaders: "the presidents of A, B and C". */
function roleGroup(view: SentenceView, i: number, leaders: Map<string, string>): string[] {
  const { items } = view;
  if (!ROLE_PLURALS.has(items[i].norm)) return [];
  let k = i + 1;
  if (items[k]?.norm === 'of' && items[k + 1]?.norm === 'state') k += 2;
  if (items[k]?.norm === 'minister' || items[k]?.norm === 'ministers') k++;
  if (items[k]?.norm !== 'of' && items[k]?.norm !== 'from') return [];
  k++;
  while (items[k] && SKIPPED_DETERMINERS.has(items[k].norm)) k++;
  if (!isMentionOf(items[k], COUNTRIES)) return [];
  return coordinated(items, k, COUNTRIES)
    .map((j) => leaders.get(entityAt(items, j) ?? ''))
    .filter((p): p is string => p !== undefined);
}

/** Words of talking at a distance. */
const REMOTE_WORDS = new Set([
  'phone',
  'telephone',
  'call',
  'video',
  'videoconference',
  'video-conference',
  'virtual',
  'virtually',
  'online',
  'letter',
  'phoned',
]);

/** Persons named from item k on: a person and those coordinated with it, or a plural role ("leaders from A and B"). */
function personsFrom(view: SentenceView, k: number, leaders: Map<string, string>): { persons: string[]; end: number } {
  const { items } = view;
  if (isMentionOf(items[k], PERSONS)) {
    const group = coordinated(items, k, PERSONS);
    return {
      persons: group.map((j) => entityAt(items, j)).filter((e): e is string => e !== undefined),
      end: group[group.length - 1] + 1,
    };
  }
  const group = roleGroup(view, k, leaders);
  return { persons: group, end: k + 1 };
}

/** The persons a meeting cue at c is with: "met (with) Y", "talks with Y", "meeting between X and Y", "sat down with leaders from A and B". */
function meetingObjects(
  view: SentenceView,
  c: number,
  leaders: Map<string, string>,
): { persons: string[]; end: number } {
  const { items } = view;
  let words = 0;
  for (let k = c + 1; k < items.length; k++) {
    const it = items[k];
    if (it.mention) {
      if (it.mention.label === 'Person') {
        // "talks with X and with Y"
        const group = personsFrom(view, k, leaders);
        let end = group.end;
        for (;;) {
          let j = end;
          while (
            j < items.length &&
            j < end + 8 &&
            !items[j].mention &&
            items[j].norm !== '.' &&
            items[j].norm !== ';'
          ) {
            if (items[j].norm === 'with' && items[j - 1]?.norm === 'and') break;
            j++;
          }
          if (items[j]?.norm !== 'with' || !isMentionOf(items[j + 1], PERSONS)) break;
          const more = personsFrom(view, j + 1, leaders);
          group.persons.push(...more.persons);
          end = more.end;
        }
        return { persons: group.persons, end };
      }
      if (isPossessive(items, k) || it.mention.label === 'Country') continue;
      return { persons: [], end: k };
    }
    if (ROLE_PLURALS.has(it.norm)) {
      const group = personsFrom(view, k, leaders);
      if (group.persons.length > 0) return group;
    }
    if (it.mention === undefined && it.norm === 'and' && items[k + 1]?.norm === 'with') {
      k++;
      continue;
    }
    if (it.norm === '.' || it.norm === ';' || it.norm === ':' || (it.norm === ',' && words > 0)) break;
    if (
      SKIPPED_DETERMINERS.has(it.norm) ||
      it.norm === 'with' ||
      it.norm === 'between' ||
      it.norm === "'s" ||
      it.norm === 'down' ||
      it.norm === 'counterpart' ||
      LEADER_TITLES.has(it.norm) ||
      MEMBER_TITLES.has(it.norm)
    )
      continue;
    if (++words > 3) break;
  }
  return { persons: [], end: c + 1 };
}

/** How many parties a meeting's name says it has: bilateral 2, trilateral or three-way 3, else 0. */
function partiesOf(text: string): number {
  const words = lowerWords(text);
  if (words.includes('bilateral') || words.includes('two-way')) return 2;
  if (words.includes('trilateral') || words.includes('three-way') || (words.includes('three') && words.includes('way')))
    return 3;
  return 0;
}

/** Negation and hedging of a meeting cue at c; talks that are the purpose of a trip are hedged. */
function meetingFlags(
  items: readonly Item[],
  from: number,
  c: number,
  purpose: boolean,
): { negated: boolean; hedged: boolean } {
  const f = flagsFor(items, from, c, true);
  return { negated: f.negated, hedged: f.hedged || purpose };
}

/** MET_WITH: the subject of a word of meeting and its objects ("X met Y", "X and Y held talks", "in a meeting with Y, X said"), or "X told Y". */
function meetings(scope: ArticleScope, view: SentenceView, out: FactList, leaders: Map<string, string>): void {
  const { items } = view;
  // A phone or video call is not a meeting (ONTOLOGY.md), unless the text calls it one in another sentence.
  if (items.some((it) => !it.quoted && REMOTE_WORDS.has(it.norm))) return;
  for (let c = 0; c < items.length; c++) {
    const it = items[c];
    if (it.quoted) continue;
    const event = it.mention?.label === 'Event';
    if (
      !event &&
      (it.mention || (!MEETING_WORDS.has(it.norm) && !(it.norm === 'sat' && items[c + 1]?.norm === 'down')))
    )
      continue;
    // "arrives for talks with Y": talks that are the purpose of a trip have not happened yet.
    let before = c - 1;
    while (before >= 0 && !items[before].mention && SKIPPED_DETERMINERS.has(items[before].norm)) before--;
    const purpose = items[before]?.norm === 'for';
    if (event && it.mention) {
      // "the Xi–Putin meeting", "meeting between Xi and Putin" as one event mention.
      const inner = [...new Set(it.inner.filter((m) => m.label === 'Person').map((m) => m.entity))];
      for (let a = 0; a < inner.length; a++)
        for (let b = a + 1; b < inner.length; b++)
          out.add('MET_WITH', inner[a], inner[b], view, 0.75, meetingFlags(items, c, c, purpose));
      if (!isMeetingEvent(it.mention)) continue;
    }
    const objects = meetingObjects(view, c, leaders);
    // "with X and Y meeting on the sidelines": a person right before the cue is its subject.
    const s = isMentionOf(items[c - 1], PERSONS) && !it.mention ? c - 1 : subjectBefore(view, c, PERSONS);
    let subjects =
      s >= 0 ? coordinated(items, s, PERSONS).map((k) => entityAt(items, k)) : [subjectEntity(scope, view, s)];
    if (s >= 0 && items[c - 1]?.norm === 'and' && s === c - 2 && objects.persons.length === 0) subjects = [];
    let subjectFrom = s >= 0 ? s : c;
    if (subjects[0] === undefined) {
      // "In a meeting with Y on Wednesday, X said …": the subject follows the phrase.
      subjects = [];
      for (let k = objects.end; k < items.length; k++) {
        if (items[k].quoted || items[k].norm === ';') break;
        if (isMentionOf(items[k], PERSONS) && items[k - 1]?.norm === ',') {
          subjects = [entityAt(items, k)];
          subjectFrom = c;
          break;
        }
      }
    }
    if (subjects.length === 0 || subjects[0] === undefined) subjects = pairBefore(scope, view, c);
    const ids = subjects.filter((e): e is string => e !== undefined);
    if (objects.persons.length === 0 && ids.length >= 2) {
      // "X and Y met", "X and Y held talks": the coordinated subjects met each other.
      for (let a = 0; a < ids.length; a++)
        for (let b = a + 1; b < ids.length; b++)
          out.add('MET_WITH', ids[a], ids[b], view, 0.8, meetingFlags(items, subjectFrom, c, purpose));
    }
    const confidence = objects.persons.length === 1 ? 0.8 : 0.65;
    for (const a of ids)
      for (const b of objects.persons)
        out.add('MET_WITH', a, b, view, confidence, meetingFlags(items, subjectFrom, c, purpose));
    // "a trilateral meeting": the leaders of the countries the sentence names, up to the number it says.
    const parties = partiesOf(
      it.mention
        ? it.mention.text
        : items
            .slice(Math.max(0, c - 2), c + 1)
            .map((x) => x.norm)
            .join(' '),
    );
    if (parties > 0) {
      const present = [...new Set([...ids, ...objects.persons])];
      for (const x of items) {
        const led = x.mention?.label === 'Country' && !x.quoted ? leaders.get(x.mention.entity) : undefined;
        if (led && !present.includes(led)) present.push(led);
      }
      if (present.length === parties) {
        for (let a = 0; a < present.length; a++)
          for (let b = a + 1; b < present.length; b++)
            out.add('MET_WITH', present[a], present[b], view, 0.55, meetingFlags(items, c, c, purpose));
      }
    }
  }
  for (let c = 0; c < items.length; c++) {
    if (items[c].mention || items[c].quoted || !FACE_TO_FACE_VERBS.has(items[c].norm)) continue;
    const s = subjectBefore(view, c, PERSONS);
    const o = objectAfter(view, c, PERSONS, 3);
    if (o < 0) continue;
    out.add(
      'MET_WITH',
      subjectEntity(scope, view, s),
      entityAt(items, o),
      view,
      0.6,
      flagsFor(items, s >= 0 ? s : c, c, true),
    );
  }
}

export const meetingsPattern: SentencePattern<'meetings'> = {
  name: 'meetings',
  per: 'sentence',
  relations: ['MET_WITH'],
  requires: ['leaders'],
  provides: [],
  // "sat (down)"; an Event mention cues it as a meeting's name or through the persons inside it.
  cues: { words: [...MEETING_WORDS, ...FACE_TO_FACE_VERBS, 'sat'], labels: ['Event'] },
  run: ({ scope, out, annotations }, view) => meetings(scope, view, out, annotations.leaders),
};
