/**
 * Stage `events`: each Event's date (ISO, at the precision the text gives), where it was held
 * (HELD_IN), who took part (PARTICIPATED_IN), the event, date and place of MET_WITH edges, and what
 * each statement is about (the target of its SAID edge).
 */
import type { EntityLabel, EntityRecord, RelationRecord, RelationType } from '../graph/model.js';
import {
  CONFLICT_EVENT_WORDS,
  FUTURE_WORDS,
  MONTH_ABBREVIATIONS,
  MONTHS,
  PARTICIPATION_WORDS,
  PREPOSITIONS,
  SKIPPED_DETERMINERS,
  SPEECH_VERBS,
  WEEKDAYS,
} from './lexicon.js';
import { isMeetingEvent, objectAfter, subjectBefore } from './cues.js';
import { isoAtCertainPrecision, parseDates } from './dates.js';
import { ACTORS, COUNTRIES, LOCATIONS, PERSONS } from './labels.js';
import { countryOfCapital, countryOfWord, entityLabels, type ArticleScope, type Fact, type FactList } from './scope.js';
import type { ResolvedArticle, ResolvedMention, Statement } from './types.js';
import { partitionPoint } from './sorted.js';
import {
  afterPreposition,
  clauseStart,
  coordinated,
  isHedged,
  isMentionOf,
  isNegated,
  isPossessive,
  lowerWords,
  type Item,
  type SentenceView,
} from './view.js';

const MEETING_PREPOSITIONS: ReadonlySet<string> = new Set(['in', 'at']);
const TRIP_PREPOSITIONS: ReadonlySet<string> = new Set(['in', 'at', 'to']);
const CONFLICT_PREPOSITIONS: ReadonlySet<string> = new Set(['in', 'of', 'on', 'against', 'into']);
const PLACE_WORDS: ReadonlySet<string> = new Set(['in', 'at', 'to', 'of', 'on', 'against', 'into']);

const AFFILIATION_CUES: readonly string[] = [' at ', ' of ', ' for ', ' from ', ' at the ', ' of the '];

/** Words of long-running situations rather than happenings. */
const BACKGROUND_WORDS: ReadonlySet<string> = new Set([
  'pandemic',
  'epidemic',
  'crisis',
  'recession',
  'war',
  'conflict',
  'occupation',
  'lockdown',
  'lockdowns',
]);

/** The kind of an event from its words: conflicts happen in their target, trips in their destination. */
function eventKind(m: ResolvedMention): 'conflict' | 'trip' | 'meeting' | 'other' {
  const words = lowerWords(m.text);
  if (words.some((w) => CONFLICT_EVENT_WORDS.has(w))) return 'conflict';
  if (words.some((w) => w === 'visit' || w === 'trip' || w === 'tour' || w === 'journey')) return 'trip';
  if (isMeetingEvent(m)) return 'meeting';
  return 'other';
}

/** A long-running situation (a war, a pandemic, a crisis) rather than a happening. */
function isBackground(m: ResolvedMention): boolean {
  return eventKind(m) === 'conflict' || lowerWords(m.text).some((w) => BACKGROUND_WORDS.has(w));
}

/**
 * The Event the article reports: the news of the day (dated on the article's date) first, then the one
 * named in the headline or lead, then the most mentioned; background events (a war going on for
 * months) lose to the happening the article is about.
 */
export function mainEvent(article: ResolvedArticle): string | undefined {
  const day = article.cleaned.publishedAt?.slice(0, 10);
  const byId = new Map(article.entities.map((e) => [e.id, e]));
  const score = new Map<string, number>();
  const headline = new Set(
    article.mentions.filter((m) => m.label === 'Event' && m.sentence === 0).map((m) => m.entity),
  );
  for (const m of article.mentions) {
    if (m.label !== 'Event') continue;
    // A war, a pandemic or a crisis going on for months is the background of most news, not its
    // happening: it is the article's event only when the headline names it.
    const background = isBackground(m);
    if (background && !headline.has(m.entity)) continue;
    let add = background ? 0.5 : 1;
    if (!score.has(m.entity)) {
      if (day && byId.get(m.entity)?.date === day) add += 10;
      if (m.sentence < 3) add += 3;
      if (m.sentence === 0) add += 2;
    }
    score.set(m.entity, (score.get(m.entity) ?? 0) + add);
  }
  let best: string | undefined;
  let most = 0;
  for (const [id, n] of score) {
    if (n > most) {
      best = id;
      most = n;
    }
  }
  return best;
}

/**
 * What each statement is about: a person commenting in an article about an event comments on that
 * event unless the sentence names another one (in an article about no event, on the party named); an organisation's statement (an agency relaying, a
 * ministry stating) concerns the first party its words name, else the event its sentence names,
 * else what its previous statement was about ("It added …").
 */
export function assignTopics(
  article: ResolvedArticle,
  statements: readonly Statement[],
  labelOf: ReadonlyMap<string, EntityLabel> = entityLabels(article),
): Statement[] {
  const main = mainEvent(article);
  const bySentence = new Map<number, ResolvedMention[]>();
  for (const m of article.mentions) {
    const list = bySentence.get(m.sentence);
    if (list) list.push(m);
    else bySentence.set(m.sentence, [m]);
  }
  const lastAbout = new Map<string, string>();
  // Failing a party of its own, a statement concerns the story: the parties of the headline, then of the sentences before.
  const inContext = (sentence: number, test: (m: ResolvedMention) => boolean): ResolvedMention | undefined => {
    for (const back of [sentence, 1, 2, 3]) {
      const found = bySentence.get(back === sentence ? 0 : sentence - back)?.find(test);
      if (found) return found;
    }
    return undefined;
  };
  return statements.map((s) => {
    const here = bySentence.get(s.sentenceIndex) ?? [];
    // A war or crisis going on behind the news named inside a quotation ("this war") is the backdrop of
    // a comment on the article's event; the narrator's framing with it still sets the topic.
    const backdrop = (m: ResolvedMention): boolean =>
      main !== undefined &&
      m.entity !== main &&
      s.kind === 'direct' &&
      isBackground(m) &&
      m.start >= s.start &&
      m.end <= s.end;
    const events = here.filter((m) => m.label === 'Event' && !backdrop(m)).map((m) => m.entity);
    const named = events.find((e) => e !== main);
    let about: string | undefined;
    // The first party the words name (else the sentence), the speaker and places aside.
    // An organisation after "at", "of", "for" or "from" next to the speaker is where they work, not their topic.
    const affiliation = (m: ResolvedMention): boolean => {
      if (m.label !== 'Organization') return false;
      const before = article.cleaned.text.slice(Math.max(0, m.start - 6), m.start).toLowerCase();
      return AFFILIATION_CUES.some((w) => before.endsWith(w));
    };
    const party = (m: ResolvedMention): boolean =>
      m.entity !== s.speaker && m.label !== 'Place' && m.label !== 'Event' && !affiliation(m);
    const distance = (m: ResolvedMention): number =>
      m.end <= s.start ? s.start - m.end : Math.max(0, m.start - s.end);
    const nearest = here.filter(party).sort((a, b) => distance(a) - distance(b))[0];
    const concerned =
      here.find((m) => m.start >= s.start && m.end <= s.end && party(m)) ??
      nearest ??
      inContext(s.sentenceIndex, party);
    if (labelOf.get(s.speaker) !== 'Organization' && (main !== undefined || named !== undefined)) {
      about = main !== undefined && (events.length === 0 || events.includes(main)) ? main : (named ?? main);
    } else {
      // An organisation relays or states something, or the article reports no event: the statement concerns the party it names.
      about = concerned?.entity ?? events[0] ?? lastAbout.get(s.speaker);
    }
    if (about !== undefined) lastAbout.set(s.speaker, about);
    return about === undefined || about === s.speaker ? s : { ...s, about };
  });
}

/** The word before the mention inside its outer mention's text ("meeting in Samarkand" → "in"). */
function wordBefore(outer: ResolvedMention, inner: ResolvedMention): string {
  const before = lowerWords(outer.text.slice(0, Math.max(0, inner.start - outer.start)));
  return before[before.length - 1] ?? '';
}

/** Countries named by demonyms inside an event's own words ("Russian–Chinese joint patrols"). */
function demonymCountries(scope: ArticleScope, m: ResolvedMention): string[] {
  const out: string[] = [];
  for (const w of lowerWords(m.text)) {
    const c = countryOfWord(scope, w);
    if (c && !out.includes(c)) out.push(c);
  }
  return out;
}

/** The Country a Place is said to be in: "Samarkand, Uzbekistan", "the Uzbek city of Samarkand". */
function countryOfPlace(scope: ArticleScope, items: readonly Item[], p: number): string | undefined {
  if (items[p + 1]?.norm === ',' && isMentionOf(items[p + 2], COUNTRIES)) return items[p + 2].mention?.entity;
  const capital = countryOfCapital(scope, items[p].mention?.text ?? '');
  if (capital) return capital;
  for (let k = p - 1; k >= 0 && k >= p - 4; k--) {
    if (items[k].mention) break;
    const c = countryOfWord(scope, items[k].norm);
    if (c) return c;
  }
  return undefined;
}

/** HELD_IN and PARTICIPATED_IN facts of every Event mention of a sentence. */
function eventFactsIn(scope: ArticleScope, view: SentenceView, out: FactList): void {
  const { items } = view;
  for (let e = 0; e < items.length; e++) {
    const it = items[e];
    const m = it.mention;
    if (!m || m.label !== 'Event' || it.quoted) continue;
    const kind = eventKind(m);
    const hedge = {
      hedged: items
        .slice(Math.max(0, e - 8), e)
        .some((x) => FUTURE_WORDS.has(x.norm) || x.norm === 'may' || x.norm === 'might'),
    };
    // Inside the event's own words: participants, and the place after in/at/to/of.
    for (const inner of it.inner) {
      const w = wordBefore(m, inner);
      const possessive = m.text.slice(inner.end - m.start, inner.end - m.start + 2).replace('’', "'") === "'s";
      const location = inner.label === 'Country' || inner.label === 'Place';
      if (PLACE_WORDS.has(w) || (kind === 'conflict' && location && !possessive)) {
        if (location && (kind === 'conflict' || w === 'in' || w === 'at' || (kind === 'trip' && w === 'to'))) {
          out.add('HELD_IN', m.entity, inner.entity, view, 0.8);
          if (inner.label === 'Place') out.add('HELD_IN', m.entity, countryOfCapital(scope, inner.text), view, 0.65);
        }
      } else if (inner.label === 'Person' || (inner.label === 'Country' && kind !== 'meeting')) {
        // Organisations inside an event's name hold it ("SCO summit", "Communist Party congress").
        out.add('PARTICIPATED_IN', inner.entity, m.entity, view, 0.8, hedge);
      }
    }
    if (kind !== 'meeting' && kind !== 'trip') {
      for (const c of demonymCountries(scope, m))
        if (!it.inner.some((x) => x.entity === c)) out.add('PARTICIPATED_IN', c, m.entity, view, 0.7, hedge);
    }
    // After the event: where it was held.
    const preps =
      kind === 'conflict' ? CONFLICT_PREPOSITIONS : kind === 'trip' ? TRIP_PREPOSITIONS : MEETING_PREPOSITIONS;
    const at = objectAfter(view, e, LOCATIONS, 4, preps);
    if (at >= 0) {
      const place = items[at].mention?.entity;
      out.add('HELD_IN', m.entity, place, view, 0.75);
      if (items[at].mention?.label === 'Place')
        out.add('HELD_IN', m.entity, countryOfPlace(scope, items, at), view, 0.65);
    }
    // Before the event: a possessor or demonym ("Russia's invasion", "Xi's visit", "Russian invasion").
    let b = e - 1;
    while (
      b >= 0 &&
      !items[b].mention &&
      b >= e - 3 &&
      (SKIPPED_DETERMINERS.has(items[b].norm) || items[b].norm === "'s" || items[b].norm === "'")
    )
      b--;
    if (b >= 0 && isMentionOf(items[b], ACTORS) && isPossessive(items, b))
      out.add('PARTICIPATED_IN', items[b].mention?.entity, m.entity, view, 0.8, hedge);
    if (kind !== 'meeting' && kind !== 'trip') {
      const demonym = countryOfWord(scope, items[e - 1]?.norm ?? '');
      if (demonym) out.add('PARTICIPATED_IN', demonym, m.entity, view, 0.7, hedge);
    }
    // "meeting with Y, X said", "meeting between X and Y", "talks that X attended", "attended by X".
    const next = items[e + 1]?.norm;
    if ((next === 'with' || next === 'between') && isMentionOf(items[e + 2], PERSONS)) {
      for (const k of coordinated(items, e + 2, PERSONS))
        out.add('PARTICIPATED_IN', items[k].mention?.entity, m.entity, view, 0.8, hedge);
      if (next === 'with') {
        for (let k = e + 3; k < items.length; k++) {
          if (isMentionOf(items[k], PERSONS) && !afterPreposition(items, k) && items[k - 1]?.norm === ',') {
            out.add('PARTICIPATED_IN', items[k].mention?.entity, m.entity, view, 0.75, hedge);
            break;
          }
        }
      }
    }
    if (next === 'that' || next === 'which' || next === 'attended' || next === 'hosted') {
      for (let k = e + 2; k < items.length && k <= e + 6; k++) {
        if (!isMentionOf(items[k], ACTORS)) continue;
        const verbNear = items
          .slice(e + 1, Math.min(items.length, k + 4))
          .some((x) => x.norm === 'attended' || x.norm === 'hosted' || x.norm === 'joined');
        if (verbNear) out.add('PARTICIPATED_IN', items[k].mention?.entity, m.entity, view, 0.75, hedge);
        break;
      }
    }
    // The word that governs the event: "began (their first) talks", "at (a regional) summit".
    let g = e - 1;
    while (
      g >= 0 &&
      g >= e - 5 &&
      !items[g].mention &&
      !PARTICIPATION_WORDS.has(items[g].norm) &&
      items[g].norm !== ',' &&
      !PREPOSITIONS.has(items[g].norm)
    )
      g--;
    // "took part in", "participated in": the verb before the preposition governs.
    if (
      g > 0 &&
      !PARTICIPATION_WORDS.has(items[g].norm) &&
      PREPOSITIONS.has(items[g].norm) &&
      PARTICIPATION_WORDS.has(items[g - 1].norm)
    )
      g--;
    const governed = g >= 0 && PARTICIPATION_WORDS.has(items[g].norm);
    // "On the sidelines of E, X and Y began …": a fronted phrase names the event of the clause's subject.
    const fronted = items
      .slice(0, e)
      .every(
        (x) =>
          !x.mention &&
          (PREPOSITIONS.has(x.norm) ||
            SKIPPED_DETERMINERS.has(x.norm) ||
            x.norm === 'sidelines' ||
            x.norm === 'margins' ||
            x.norm === 'the'),
      );
    const s = governed ? subjectBefore(view, g, kind === 'meeting' || kind === 'trip' ? PERSONS : ACTORS, false) : -1;
    if (s >= 0 && !items.slice(s + 1, g).some((x) => SPEECH_VERBS.has(x.norm) || x.mention?.label === 'Event')) {
      for (const k of coordinated(items, s, ACTORS))
        out.add('PARTICIPATED_IN', items[k].mention?.entity, m.entity, view, 0.7, hedge);
    } else if (fronted && e > 0) {
      for (let k = e + 1; k < items.length; k++) {
        if (items[k].norm !== ',' || !isMentionOf(items[k + 1], PERSONS)) continue;
        for (const j of coordinated(items, k + 1, PERSONS))
          out.add('PARTICIPATED_IN', items[j].mention?.entity, m.entity, view, 0.7, hedge);
        break;
      }
    } else if (governed && kind !== 'meeting' && kind !== 'trip') {
      // "Russian and Chinese navies conducted joint patrols": demonyms as the subject.
      const before = items.slice(Math.max(0, g - 5), g);
      {
        for (const x of before) {
          const c = x.mention ? undefined : countryOfWord(scope, x.norm);
          if (c) out.add('PARTICIPATED_IN', c, m.entity, view, 0.65, hedge);
        }
      }
    }
  }
}

/**
 * HELD_IN and PARTICIPATED_IN from what the resolve stage gathered about each event: its participants,
 * and its place where the sentence patterns found none; hedged like the sentence that first names it.
 */
function resolvedEventFacts(scope: ArticleScope, out: FactList): void {
  // An event a sentence already placed keeps that place, unless only in a country and resolve found its city.
  const placed = new Set(
    out.facts.filter((f) => f.type === 'HELD_IN').map((f) => `${f.source}>${scope.labelOf.get(f.target)}`),
  );
  for (const ev of scope.article.events ?? []) {
    const first = scope.article.mentions.find((m) => m.entity === ev.entity);
    const view = first ? scope.views[first.sentence] : undefined;
    if (!view || !first) continue;
    const at = view.items.findIndex((it) => it.start <= first.start && first.start < it.end);
    const flags =
      at < 0
        ? {}
        : {
            negated: isNegated(view.items, clauseStart(view.items, at), at),
            hedged: isHedged(view.items, 0, at, true),
          };
    if (ev.place && !placed.has(`${ev.entity}>${scope.labelOf.get(ev.place)}`) && !placed.has(`${ev.entity}>Place`)) {
      out.add('HELD_IN', ev.entity, ev.place, view, 0.6, flags);
      const place = scope.article.entities.find((e) => e.id === ev.place);
      if (place?.label === 'Place')
        out.add('HELD_IN', ev.entity, countryOfCapital(scope, place.name), view, 0.5, flags);
    }
    const meeting = eventKind(first) === 'meeting' || eventKind(first) === 'trip';
    for (const p of ev.participants) {
      const label = scope.labelOf.get(p);
      if (label === 'Person' || (label === 'Country' && !meeting))
        out.add('PARTICIPATED_IN', p, ev.entity, view, 0.6, flags);
    }
  }
}

/** Verbs of receiving a visitor: "A welcomed his guest", "A hosted B". */
const HOSTING_VERBS: ReadonlySet<string> = new Set([
  'welcomed',
  'welcomes',
  'received',
  'receives',
  'hosted',
  'hosts',
  'greeted',
  'greets',
]);

/**
 * PARTICIPATED_IN of the host of a visit: the leader of the visited country who met the visitor (in
 * talks that are no event of their own) or who welcomed, received or hosted "his guest" or the visitor.
 */
function visitHosts(scope: ArticleScope, out: FactList): void {
  const plain = out.facts.filter((f) => !f.evidence.negated && !f.evidence.hedged);
  for (const ev of scope.article.events ?? []) {
    if (ev.kind !== 'visit' || ev.participants.length !== 1) continue;
    const visitor = ev.participants[0];
    const countries = new Set(
      plain
        .filter((f) => f.type === 'HELD_IN' && f.source === ev.entity && scope.labelOf.get(f.target) === 'Country')
        .map((f) => f.target),
    );
    const hosts = new Set(
      plain
        .filter((f) => f.type === 'LEADER_OF' && countries.has(f.target) && f.source !== visitor)
        .map((f) => f.source),
    );
    for (const view of scope.views) {
      const { items } = view;
      for (const host of hosts) {
        const met = plain.some(
          (f) =>
            f.type === 'MET_WITH' &&
            f.evidence.start === view.sentence.start &&
            [f.source, f.target].includes(host) &&
            [f.source, f.target].includes(visitor) &&
            !meetingEventOf(scope, view, f),
        );
        const h = items.findIndex((x) => x.mention?.entity === host);
        const verb = h >= 0 && HOSTING_VERBS.has(items[h + 1]?.norm ?? '');
        const guest =
          verb &&
          (items.slice(h + 2, h + 4).some((x) => x.norm === 'guest' || x.norm === 'visitor') ||
            items[h + 2]?.mention?.entity === visitor);
        if (met || guest) out.add('PARTICIPATED_IN', host, ev.entity, view, 0.65);
      }
    }
  }
}

/** HELD_IN and PARTICIPATED_IN facts of the article, plus the persons of each sentence's meeting. */
export function eventFacts(scope: ArticleScope, out: FactList): void {
  for (const view of scope.views) eventFactsIn(scope, view, out);
  resolvedEventFacts(scope, out);
  visitHosts(scope, out);
  const metIn = new Map<number, Fact[]>();
  for (const f of out.facts) {
    if (f.type !== 'MET_WITH' || f.evidence.negated) continue;
    const i = sentenceIndexOf(scope, f.evidence.start);
    if (i < 0) continue;
    const list = metIn.get(i);
    if (list) list.push(f);
    else metIn.set(i, [f]);
  }
  for (const [i, facts] of metIn) {
    const view = scope.views[i];
    const event = meetingEventOf(scope, view, facts[0]);
    if (!event) continue;
    for (const f of facts) {
      const flags = { hedged: f.evidence.hedged };
      out.add('PARTICIPATED_IN', f.source, event, view, 0.7, flags);
      out.add('PARTICIPATED_IN', f.target, event, view, 0.7, flags);
    }
  }
}

/** The index of the (first) sentence starting at `start`, found by halving: sentences are in text order. */
function sentenceIndexOf(scope: ArticleScope, start: number): number {
  const { sentences } = scope.article;
  const lo = partitionPoint(sentences.length, (i) => sentences[i].start < start);
  return lo < sentences.length && sentences[lo].start === start ? sentences[lo].index : -1;
}

/**
 * The meeting Event named in a sentence that a MET_WITH fact of that sentence belongs to: one naming
 * both, or one naming nobody whose resolved participants do not exclude the pair ("X met Y to prepare
 * the meeting" of two others is not that meeting), or a summit.
 */
function meetingEventOf(scope: ArticleScope, view: SentenceView, fact: Fact): string | undefined {
  for (const it of view.items) {
    const m = it.mention;
    if (!m || m.label !== 'Event' || !isMeetingEvent(m)) continue;
    const persons = it.inner.filter((x) => x.label === 'Person').map((x) => x.entity);
    if (persons.length > 0) {
      if (persons.includes(fact.source) && persons.includes(fact.target)) return m.entity;
      continue;
    }
    const resolved = (scope.article.events ?? []).find((ev) => ev.entity === m.entity);
    const people = resolved?.participants.filter((p) => scope.labelOf.get(p) === 'Person') ?? [];
    // A summit gathers many: any pair meeting at it takes part in it.
    if (
      resolved?.kind === 'summit' ||
      people.length < 2 ||
      (people.includes(fact.source) && people.includes(fact.target))
    )
      return m.entity;
  }
  return undefined;
}

/** Words without which a sentence holds no date chrono-node could read. */
const DATE_WORDS: ReadonlySet<string> = new Set([
  'today',
  'yesterday',
  'tomorrow',
  'last',
  'next',
  'week',
  'month',
  'year',
  ...WEEKDAYS,
  ...MONTHS,
  ...MONTH_ABBREVIATIONS,
  'ago',
]);

/** A time phrase after these words dates the background of an event ("since February", "first held in 2013"), not the event. */
const BACKGROUND_TIME =
  /\b(since|until|till|first\s+\w+\s+in|founded\s+in|established\s+in|created\s+in|launched\s+in|set\s+up\s+in|inaugurated\s+in)\s+(the\s+)?$/i;

/** "since February, when Russia invaded": the time phrase dates the happening told right after it. */
const WHEN_AFTER = /^\s*,?\s*when\b/i;

/** The date nearest to an Event mention in its sentence, ISO at the text's precision. */
function dateNear(view: SentenceView, m: ResolvedMention, reference: Date): string | undefined {
  if (!view.sentence.tokens.some((t) => t.kind === 'number' || DATE_WORDS.has(t.lower ?? t.text.toLowerCase())))
    return undefined;
  const text = view.sentence.text;
  const offset = m.start - view.sentence.start;
  const future = view.items.some((x) => FUTURE_WORDS.has(x.norm) || x.norm === 'next');
  let best: { iso: string; distance: number } | undefined;
  const background = eventKind(m) === 'conflict';
  for (const r of parseDates(text, reference)) {
    // A war is not dated by the weekday of the news that mentions it.
    if (background && !r.start.isCertain('month')) continue;
    // "in three months", "within weeks" measure a span; they date nothing.
    if (r.tags().has('result/relativeDate') && (r.text.startsWith('in ') || r.text.startsWith('within '))) continue;
    if (
      !background &&
      BACKGROUND_TIME.test(text.slice(Math.max(0, r.index - 30), r.index)) &&
      !WHEN_AFTER.test(text.slice(r.index + r.text.length))
    )
      continue;
    const iso = isoAtCertainPrecision(r, reference, future);
    if (!iso) continue;
    const distance = r.index >= offset ? r.index - (m.end - view.sentence.start) : offset - (r.index + r.text.length);
    if (distance < 45 && (!best || distance < best.distance)) best = { iso, distance };
  }
  if (best) return best.iso;
  for (const t of view.sentence.tokens) {
    if (t.kind !== 'number' || t.text.length !== 4) continue;
    const year = Number(t.text);
    const before = text.slice(Math.max(0, t.start - view.sentence.start - 30), t.start - view.sentence.start);
    if (!background && BACKGROUND_TIME.test(before) && !WHEN_AFTER.test(text.slice(t.end - view.sentence.start)))
      continue;
    if (year >= 1900 && year <= reference.getUTCFullYear() + 5 && Math.abs(t.start - m.start) < 60) return t.text;
  }
  return undefined;
}

/** Whether a sentence names a Place other than the given one and not that one. */
function elsewhere(view: SentenceView, place: string): boolean {
  const places = view.items.filter((x) => x.mention?.label === 'Place').map((x) => x.mention?.entity);
  return places.length > 0 && !places.includes(place);
}

/** Events with date and place filled in from the text and the HELD_IN edges, where the first half left them unset. */
export function datedEvents(
  scope: ArticleScope,
  entities: readonly EntityRecord[],
  relations: readonly RelationRecord[],
): EntityRecord[] {
  const reference = scope.date ? new Date(`${scope.date.slice(0, 10)}T12:00:00Z`) : undefined;
  const held = new Map<string, RelationRecord[]>();
  for (const r of relations) {
    if (r.type !== 'HELD_IN' || r.negated || r.hedged) continue;
    const list = held.get(r.source);
    if (list) list.push(r);
    else held.set(r.source, [r]);
  }
  return entities.map((e) => {
    if (e.label !== 'Event') return e;
    const out: EntityRecord = { ...e };
    if (!out.place) {
      const places = held.get(e.id) ?? [];
      const place = places.find((r) => scope.labelOf.get(r.target) === 'Place') ?? places[0];
      if (place) out.place = place.target;
    }
    if (!out.date && reference && !Number.isNaN(reference.getTime())) {
      for (const m of scope.article.mentions) {
        if (m.entity !== e.id) continue;
        const view = scope.views[m.sentence];
        // A sentence placing it elsewhere speaks of another occurrence ("the G20 summit in 2013 was held in St Petersburg").
        if (!view || (out.place && elsewhere(view, out.place))) continue;
        const iso = dateNear(view, m, reference);
        if (iso) {
          out.date = iso;
          break;
        }
      }
    }
    return out;
  });
}

/** MET_WITH edges with the event they happened at, and its date and place. */
export function placedMeetings(
  scope: ArticleScope,
  relations: readonly RelationRecord[],
  events: readonly EntityRecord[],
): RelationRecord[] {
  const byId = new Map(events.map((e) => [e.id, e]));
  const participants = new Map<string, Set<string>>();
  for (const r of relations) {
    if (r.type !== 'PARTICIPATED_IN' || r.negated) continue;
    const set = participants.get(r.target) ?? new Set<string>();
    set.add(r.source);
    participants.set(r.target, set);
  }
  return relations.map((r) => {
    if (r.type !== 'MET_WITH') return r;
    // The meeting most of the edge's sentences tell of (the first on a tie): an article about today's
    // talks that recalls the pair's last meeting ties the edge to today's, not to the one recalled first.
    const votes = new Map<string, number>();
    for (const ev of r.evidence) {
      const view = scope.views[sentenceIndexOf(scope, ev.start)];
      const id = view
        ? meetingEventOf(scope, view, { type: r.type, source: r.source, target: r.target, evidence: ev })
        : undefined;
      if (id && byId.has(id)) votes.set(id, (votes.get(id) ?? 0) + 1);
    }
    let event: EntityRecord | undefined;
    let most = 0;
    for (const [id, count] of votes) {
      if (count > most) {
        most = count;
        event = byId.get(id);
      }
    }
    if (!event) {
      event = events.find(
        (e) => e.label === 'Event' && participants.get(e.id)?.has(r.source) && participants.get(e.id)?.has(r.target),
      );
    }
    if (!event) return r;
    // A meeting's date and place are those of the event it belongs to; a date the pattern read from
    // another sentence (an earlier meeting of the same pair) must not stay beside another event's id.
    const { date: _date, place: _place, ...rest } = r;
    const out: RelationRecord = { ...rest, event: event.id };
    if (event.date) out.date = event.date;
    if (event.place) out.place = event.place;
    return out;
  });
}

/** The relation types visitsFromEvents reads: only their edges need merging before it runs. */
export const VISIT_EVIDENCE_TYPES: ReadonlySet<RelationType> = new Set<RelationType>([
  'LEADER_OF',
  'HELD_IN',
  'PARTICIPATED_IN',
]);

/** VISITED inferred from taking part in a meeting held in another leader's country. */
export function visitsFromEvents(scope: ArticleScope, relations: readonly RelationRecord[], out: FactList): void {
  const leaderOf = new Map<string, string>();
  for (const r of relations)
    if (r.type === 'LEADER_OF' && !r.negated && !r.hedged && scope.labelOf.get(r.target) === 'Country')
      leaderOf.set(r.source, r.target);
  const held = new Map<string, string[]>();
  for (const r of relations) {
    if (r.type !== 'HELD_IN' || r.negated || r.hedged) continue;
    held.set(r.source, [...(held.get(r.source) ?? []), r.target]);
  }
  for (const r of relations) {
    if (r.type !== 'PARTICIPATED_IN' || r.negated || r.hedged || scope.labelOf.get(r.source) !== 'Person') continue;
    const home = leaderOf.get(r.source);
    const places = held.get(r.target) ?? [];
    const countries = places.filter((p) => scope.labelOf.get(p) === 'Country');
    if (!home || countries.length === 0 || countries.includes(home)) continue;
    const view = scope.views[sentenceIndexOf(scope, r.evidence[0].start)];
    if (!view) continue;
    for (const p of places) out.add('VISITED', r.source, p, view, 0.6);
  }
}
