/**
 * Pipeline stage `ner`: merges the trained model's reading of the article (src/extract/ner) with the
 * mentions the rules found. The rules keep what they do well (titles and roles, countries, organisations
 * and places by their head word, known entities, acronyms, event frames, descriptions and pronouns); the
 * model decides what no rule can: whether a capitalised name with no cue is a person, a company, a place
 * or no name at all ("Harbour Crest Trading", "Google", "Outside"), and the names the rules miss.
 */
import type { EntityLabel } from '../../graph/model.js';
import { typedByShape } from '../context-types.js';
import type { KnownEntities } from '../known.js';
import type { Mention, Sentence } from '../types.js';
import type { NerModel, NerSpan, SpanType } from './index.js';
import { COUNTRY_BY_DEMONYM, LOCATIVE_WORDS, PLACE_HEADS, REGION_QUALIFIERS } from '../gazetteer.js';
import { PERSON_ACT_VERBS } from '../lexicon.js';
import { isGivenName } from './features.js';
import { partitionPoint } from '../sorted.js';

/**
 * How sure the model must be before it overrides or adds to the rules: chosen on GUM dev scored with a
 * model trained without it (eval/run.ts) and on news-dev, among a handful of round values.
 */
const NER_THRESHOLDS = {
  /** probability of another label before a shape-typed Person is retyped */
  retype: 0.6,
  /** below this name score a shape-typed Person is no name at all ("Outside", "Sanctions") */
  drop: 0.3,
  /** below this name score a run of capitalised words typed Person by its shape is no name either */
  dropRun: 0.1,
  /** confidence of a model name that replaces an overlapping shape-typed Person */
  replace: 0.6,
  /** confidence of a model name that no rule found before it is added */
  add: 0.6,
} as const;

/** Labels the model may add on its own: Country stays with the gazetteer, Event with the event frames. */
const ADDABLE: ReadonlySet<EntityLabel> = new Set(['Person', 'Organization', 'Place']);
const ALL_LABELS: ReadonlySet<EntityLabel> = new Set(['Person', 'Organization', 'Place', 'Country', 'Event']);

/** The sentence holding a span, by binary search over sentences in text order; undefined outside every sentence. */
function sentenceOf(sentences: readonly Sentence[], start: number, end: number): Sentence | undefined {
  let lo = 0;
  let hi = sentences.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = sentences[mid];
    if (end <= s.start) hi = mid - 1;
    else if (start >= s.end) lo = mid + 1;
    else return start >= s.start && end <= s.end ? s : undefined;
  }
  return undefined;
}

/** The name inside a mention without an honorific before it ("Mr Modi" → "Modi"), as the model reads names. */
function namePart(m: Mention): { start: number; end: number } {
  const name = m.normalized;
  return name && name !== m.text && m.text.endsWith(name) ? { start: m.end - name.length, end: m.end } : m;
}

/**
 * The shape-typed persons the model may judge: not a short form of a full name the article (or an
 * earlier one) gives ("Xi" after "Xi Jinping" is that person, whatever the model thinks of the word alone).
 */
function judgeable(mentions: readonly Mention[], known: KnownEntities | undefined): number[] {
  const nameWords = new Set<string>();
  for (const m of mentions) {
    if (m.label !== 'Person' || (m.kind !== 'name' && m.role === undefined)) continue;
    const words = (m.normalized ?? m.text).split(' ');
    if (words.length > 1) for (const w of words) nameWords.add(w);
  }
  const personWord = (w: string): boolean =>
    nameWords.has(w) ||
    (known !== undefined && known.candidates('surname', w).length + known.candidates('forename', w).length > 0);
  return mentions.flatMap((m, i) =>
    typedByShape(m) && !(m.kind === 'surname' && personWord(m.normalized ?? m.text)) ? [i] : [],
  );
}

/** The model's name that overlaps a span, if any (spans are in text order). */
function overlapping(spans: readonly NerSpan[], at: { start: number; end: number }): NerSpan | undefined {
  const lo = partitionPoint(spans.length, (i) => spans[i].end <= at.start);
  return lo < spans.length && spans[lo].start < at.end ? spans[lo] : undefined;
}

/**
 * What speaks for a person whatever the model thinks of a run of capitalised words: a given name first
 * ("Lydia Buchtmann"), a verb of people's acts right after it ("Xi Jinping met …", "… Hau Lung-bin said"),
 * or a person just before it in a pair or list ("Marta Zielinska (left) and Tomasz Wrona"): names joined
 * by "and" or a comma are of one kind.
 */
function personEvidence(m: Mention, text: string, previous: Mention | undefined): boolean {
  if (isGivenName(m.text.slice(0, m.text.indexOf(' ')))) return true;
  const next = /^[\s,]*(\p{L}+)/u.exec(text.slice(m.end, m.end + 40))?.[1];
  if (next !== undefined && PERSON_ACT_VERBS.has(next.toLowerCase())) return true;
  return (
    previous !== undefined &&
    previous.label === 'Person' &&
    m.start - previous.end < 30 &&
    COORDINATED.test(text.slice(previous.end, m.start))
  );
}

/** What stands between two names of a pair or list: a comma or "and", after a note such as "(left)". */
const COORDINATED = /^\s*(?:\([^()]*\)\s*)?(?:,\s*(?:and\s+)?|and\s+)$/;

/** Words before a place that the locative prepositions leave out: where one comes from, or lies between. */
const SOURCE_WORDS: ReadonlySet<string> = new Set(['from', 'between']);

/**
 * Whether the model may read a run of capitalised words as a place: a lone word it may ("Queensland"),
 * a longer run needs a cue — a place head last ("Century City Towers"), a region word first ("South
 * Australia"), or a locative word before it ("in", "from", "near"; "the" may come between). The model
 * reads unseen foreign full names as places ("… with Romelu Lukaku, Yannick Carrasco"), and a name of
 * two or three words with no cue is a person's far more often than a place's.
 */
function placeAllowed(at: { start: number; end: number }, text: string): boolean {
  const words = text.slice(at.start, at.end).split(' ');
  if (words.length === 1 || PLACE_HEADS.has(words[words.length - 1]!) || REGION_QUALIFIERS.has(words[0]!)) return true;
  const before = /(\p{L}+)\s+(?:the\s+)?$/u.exec(text.slice(Math.max(0, at.start - 30), at.start))?.[1]?.toLowerCase();
  return before !== undefined && (LOCATIVE_WORDS.has(before) || SOURCE_WORDS.has(before));
}

/** A shape-typed person as the model reads it: replaced by its own name, retyped, dropped, or kept. */
function judge(
  m: Mention,
  span: NerSpan | undefined,
  typed: SpanType,
  text: string,
  previous: Mention | undefined,
): Mention | undefined {
  // A person's name the model reads shorter ("Son Hui" in "Choe Son Hui") keeps the rules' whole run:
  // the model cuts first words it never saw, the capitalised run is the name.
  const inside = span !== undefined && span.label === 'Person' && span.start >= m.start && span.end <= m.end;
  if (
    span &&
    !inside &&
    span.score >= NER_THRESHOLDS.replace &&
    span.label !== 'Country' &&
    span.label !== 'Event' &&
    (span.label !== 'Place' || placeAllowed(span, text))
  ) {
    return {
      ...m,
      start: span.start,
      end: span.end,
      text: text.slice(span.start, span.end),
      label: span.label,
      normalized: undefined,
    };
  }
  // Only a lone word is dropped: a run of capitalised words is almost always a name, even one whose
  // shape the model never saw ("Xi Jinping").
  if (typed.nameScore < NER_THRESHOLDS.drop && !m.text.includes(' ')) return undefined;
  // A run of words goes only when the model is quite sure it is no name and nothing speaks for a person:
  // "Internet Explorer", "Star Wars", "Five Panamanian".
  if (!span && typed.nameScore < NER_THRESHOLDS.dropRun && !personEvidence(m, text, previous)) return undefined;
  if (
    typed.label !== 'Person' &&
    typed.score >= NER_THRESHOLDS.retype &&
    typed.nameScore >= 0.5 &&
    (typed.label !== 'Place' || placeAllowed(m, text))
  )
    return { ...m, label: typed.label };
  return m;
}

/** Model names that overlap no kept mention, as mentions of their sentence. */
function additions(
  spans: readonly NerSpan[],
  kept: readonly Mention[],
  sentences: readonly Sentence[],
  text: string,
  labels = ADDABLE,
): Mention[] {
  const out: Mention[] = [];
  let j = 0;
  for (const span of spans) {
    if (!labels.has(span.label) || span.score < NER_THRESHOLDS.add) continue;
    while (j < kept.length && kept[j].end <= span.start) j++;
    let free = true;
    for (let k = j; k < kept.length && kept[k].start < span.end && free; k++)
      if (kept[k].end > span.start) free = false;
    // A demonym ("North Korean leader …") describes; it names no entity of its own.
    const sentence =
      free && !COUNTRY_BY_DEMONYM.has(text.slice(span.start, span.end))
        ? sentenceOf(sentences, span.start, span.end)
        : undefined;
    if (sentence)
      out.push({
        start: span.start,
        end: span.end,
        text: text.slice(span.start, span.end),
        label: span.label,
        kind: 'name',
        sentence: sentence.index,
      });
  }
  return out;
}

const byPosition = (x: Mention, y: Mention): number => x.start - y.start || y.end - x.end;

/** Names from the model alone, as mentions (for the ablation "model only": the rules keep only what is not a name). */
function modelNames(
  text: string,
  sentences: readonly Sentence[],
  mentions: readonly Mention[],
  spans: readonly NerSpan[],
): Mention[] {
  const rest = mentions.filter(
    (m) => m.kind !== 'name' && m.kind !== 'surname' && m.kind !== 'acronym' && m.label !== 'Event',
  );
  return [...rest, ...additions(spans, rest, sentences, text, ALL_LABELS)].sort(byPosition);
}

/**
 * What the model reads of an article before the entities already known come into play: its names, and
 * its typing of every mention the ner stage may judge (the shape-typed persons; `judgeable` picks among
 * them with the known entities). Plain arrays and objects, cheap to send from a worker thread.
 */
export interface ModelReading {
  /** The model's names, in text order (NerModel.spansOf). */
  spans: NerSpan[];
  /** The model's typing of each mention typed a Person by its shape (by the mention's index), null for the others. */
  typed: (SpanType | null)[];
}

/**
 * The model's reading of an article's text for the rules' mentions (the known-independent half of
 * mergeModelMentions); undefined when the article has no sentence. With `only`, no mention is typed.
 */
export function readWithModel(
  text: string,
  sentences: readonly Sentence[],
  mentions: readonly Mention[],
  model: NerModel,
  { only = false }: { only?: boolean } = {},
): ModelReading | undefined {
  if (sentences.length === 0) return undefined;
  const analysis = model.analyse(text);
  const spans = model.spansOf(analysis);
  const typed: (SpanType | null)[] = mentions.map(() => null);
  if (only) return { spans, typed };
  const shaped = mentions.flatMap((m, i) => (typedByShape(m) ? [i] : []));
  // A span's typing depends on the text alone: each is typed as mergeModelMentions would type it.
  const types = model.typeSpans(
    text,
    shaped.map((i) => namePart(mentions[i])),
    analysis,
  );
  shaped.forEach((index, k) => (typed[index] = types[k]));
  return { spans, typed };
}

/**
 * The rules' mentions with the model's judgement of shape-typed names and its additions, in text order;
 * with `only`, the model's names replace the rules' names (an ablation, not a product setting). `reading`
 * is the model's reading of the same text and mentions (readWithModel; undefined: the rules' mentions as they are).
 */
export function mergeModelMentions(
  text: string,
  sentences: readonly Sentence[],
  mentions: readonly Mention[],
  reading: ModelReading | undefined,
  { known, only = false }: { known?: KnownEntities; only?: boolean } = {},
): Mention[] {
  if (sentences.length === 0 || reading === undefined) return [...mentions];
  const { spans, typed } = reading;
  if (only) return modelNames(text, sentences, mentions, spans);
  const judged = new Map<number, Mention | undefined>();
  for (const index of judgeable(mentions, known)) {
    const type = typed[index];
    if (!type) throw new Error(`mergeModelMentions: mention ${index} was not typed by the model`);
    // The mention before, as judged already when it was judged (mentions are in text order).
    const previous = index > 0 ? (judged.has(index - 1) ? judged.get(index - 1) : mentions[index - 1]) : undefined;
    judged.set(index, judge(mentions[index], overlapping(spans, mentions[index]), type, text, previous));
  }
  const kept = mentions.flatMap((m, i) => {
    const j = judged.has(i) ? judged.get(i) : m;
    return j ? [j] : [];
  });
  kept.sort(byPosition);
  return [...kept, ...additions(spans, kept, sentences, text)].sort(byPosition);
}
