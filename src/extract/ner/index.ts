/**
 * newsgraph's trained named-entity component (issue #14): a BIO tagger that proposes names with labels
 * (Person, Place, Organization, Country, Event) over a whole text, and a span typer that labels spans
 * found by other means (the rules) in their context. See docs/ner-model.md.
 *
 *   tagEntities(text)            → NerSpan[]  names found by the model, document-level label vote applied
 *   typeSpans(text, spans)       → SpanType[] a label for each given span, with per-label probabilities
 *   NerModel.load(path?)         → a model from a file (default: models/ner.json)
 */
import { type Prepared, prepare, U32Map } from './features.js';
import type { Tokens } from './tokenize.js';
import { loadWeights, parseModel, type NerModelMeta, type NerWeights } from './model.js';
import { partitionPoint } from '../sorted.js';
import {
  beginTag,
  decode,
  dynamicRows,
  insideTag,
  labelOfTag,
  N_FEATS,
  N_TAGS,
  NER_LABELS,
  type NerLabel,
  type NerSpan,
  type Stack,
  squash,
  StaticCache,
  staticSums,
  stackOf,
  tagSpans,
} from './tagger.js';

export { NER_LABELS, type NerSpan } from './tagger.js';
export { tokenize } from './tokenize.js';
export type { NerModelMeta } from './model.js';

/** Options of tagEntities. */
export interface TagOptions {
  /**
   * Document-level vote (default true): every occurrence of the same surface string gets the label
   * with the highest summed confidence over its occurrences.
   */
  vote?: boolean;
}

/** The model's reading of a span given to typeSpans. */
export interface SpanType {
  start: number;
  end: number;
  /** the most likely label */
  label: NerLabel;
  /** its probability among the five labels */
  score: number;
  /** probability of each label (softmax of the sequence scores B-X I-X … over the five labels) */
  scores: Record<NerLabel, number>;
  /** in (0, 1): how much the model prefers a name of the best label over no name at all (0.5 = tie) */
  nameScore: number;
}

/** A text tokenized, featurised and tagged: reusable for tagging and typing spans of the same text. */
export interface NerAnalysis {
  readonly text: string;
  readonly prepared: Prepared;
  readonly tags: Uint8Array;
  readonly margins: Float32Array;
  /** a stacked model's first-pass reading (features of the second pass) */
  readonly stack?: Stack;
  /** a stacked model's static features of the tokens the passes scored, for typeSpans to reuse rather than recompute */
  readonly cache?: StaticCache;
}

const TEMPERATURE = 4;

export class NerModel {
  constructor(readonly weights: NerWeights) {}

  /** Loads a model file (default: models/ner.json in the repository). */
  static load(path?: string): NerModel {
    return new NerModel(loadWeights(path));
  }

  /** A model from a model file's text (a model trained into memory, such as eval's held-out one). */
  static parse(json: string): NerModel {
    return new NerModel(parseModel(json));
  }

  get meta(): NerModelMeta {
    return this.weights.meta;
  }

  /** Tokenizes, featurises and tags a whole text. */
  analyse(text: string): NerAnalysis {
    const prepared = prepare(text, this.weights.lexicon);
    const first = this.weights.first;
    if (!first) {
      const { tags, margins } = decode(this.weights, prepared);
      return { text, prepared, tags, margins };
    }
    const cache = new StaticCache(prepared.n);
    const one = decode(first, prepared, undefined, cache);
    const stack = stackOf(prepared, one.tags, one.margins);
    const { tags, margins } = decode(this.weights, prepared, stack, cache);
    return { text, prepared, tags, margins, stack, cache };
  }

  /** Names in a text, in text order, with character offsets (UTF-16) and labels. */
  tagEntities(text: string, options: TagOptions = {}): NerSpan[] {
    return this.spansOf(this.analyse(text), options);
  }

  /** The names of an analysis (see tagEntities). */
  spansOf(a: NerAnalysis, options: TagOptions = {}): NerSpan[] {
    const { start, end } = a.prepared.tokens;
    const spans: NerSpan[] = tagSpans(a.tags).map(([i, j, l]) => {
      let m = 0;
      for (let k = i; k <= j; k++) m += a.margins[k];
      return {
        start: start[i],
        end: end[j],
        label: NER_LABELS[l],
        score: squash((m * this.weights.scale) / (j - i + 1)),
      };
    });
    if (options.vote === false) return spans;
    const votes = new Map<string, Map<NerLabel, number>>();
    for (const s of spans) {
      const key = a.text.slice(s.start, s.end);
      const v = votes.get(key) ?? new Map<NerLabel, number>();
      v.set(s.label, (v.get(s.label) ?? 0) + s.score);
      votes.set(key, v);
    }
    for (const s of spans) {
      const v = votes.get(a.text.slice(s.start, s.end));
      if (!v || v.size < 2) continue;
      let best = s.label;
      for (const [l, x] of v) if (x > (v.get(best) ?? 0)) best = l;
      s.label = best;
    }
    return spans;
  }

  /**
   * Types spans found by other means in the context of the whole text: for each span, the score of
   * tagging exactly its tokens B-X I-X … for each label X (the tags before it as the model decoded
   * them). A span whose edges fall inside a token is widened to whole tokens.
   */
  typeSpans(text: string, spans: ReadonlyArray<{ start: number; end: number }>, analysis?: NerAnalysis): SpanType[] {
    const a = analysis ?? this.analyse(text);
    const ranges = spans.map((span) => tokenRange(a.prepared.tokens, span));
    const need = new Uint8Array(a.prepared.n);
    for (const [i, j] of ranges) need.fill(1, i, j + 1);
    // Per token, not per label: a span's six sequences share the static sums and the label history.
    const scorer: SequenceScorer = {
      weights: this.weights,
      analysis: a,
      hist: historyOf(a, need),
      feats: new Uint32Array(N_FEATS),
      sums: new Float64Array(4 * N_TAGS),
      first: new Float64Array(NER_LABELS.length + 1),
    };
    return spans.map((span, s) => {
      const [i, j] = ranges[s];
      const seq = new Float64Array(NER_LABELS.length + 1);
      if (i <= j) sequenceScores(scorer, i, j, seq);
      return spanType(span, seq);
    });
  }
}

/**
 * A span's tokens [i, j]: the first token ending after span.start to the last starting before span.end
 * (j < i: none).
 */
function tokenRange(tokens: Tokens, span: { start: number; end: number }): [number, number] {
  const { start, end, count: n } = tokens;
  const i = partitionPoint(n, (k) => end[k] <= span.start);
  if (!(i < n && start[i] < span.end)) return [i, i - 1];
  let j = i;
  while (j + 1 < n && start[j + 1] < span.end) j++;
  return [i, j];
}

/** What typeSpans scores sequences with: the model, the analysis, the label history and scratch arrays. */
interface SequenceScorer {
  readonly weights: NerWeights;
  readonly analysis: NerAnalysis;
  /** the label history of the spans' tokens (historyOf) */
  readonly hist: Uint8Array;
  readonly feats: Uint32Array;
  /** the static sums (staticSums) of a span's tokens, N_TAGS per token; grown for longer spans */
  sums: Float64Array;
  /** the first token's score of each sequence's first tag (B-X for each label X, then O) */
  readonly first: Float64Array;
}

/**
 * Into seq: the mean score of tagging tokens i..j as B-X I-X … for each label X, and as O O … last
 * (the tags before i as the model decoded them). A token's static rows are summed once for the six
 * sequences (staticSums), and only the score of the tag a sequence gives it is completed; the first
 * token's dynamic rows do not depend on the label (the tags before it are the decoder's).
 */
function sequenceScores(sc: SequenceScorer, i: number, j: number, seq: Float64Array): void {
  const { weights, analysis: a, hist, feats, first } = sc;
  const p = a.prepared;
  if (sc.sums.length < (j - i + 1) * N_TAGS) sc.sums = new Float64Array((j - i + 1) * N_TAGS);
  const sums = sc.sums;
  for (let k = i; k <= j; k++) staticSums(weights, p, k, feats, sums, (k - i) * N_TAGS, a.cache);
  const p1 = i > 0 ? a.tags[i - 1] : N_TAGS;
  const p2 = i > 1 ? a.tags[i - 2] : N_TAGS;
  let count = dynamicRows(weights, p, i, p1, p2, hist[i], feats, a.stack);
  for (let l = 0; l <= NER_LABELS.length; l++)
    first[l] = tagScore(weights.w, sums, 0, feats, count, l < NER_LABELS.length ? beginTag(l) : 0);
  for (let l = 0; l <= NER_LABELS.length; l++) {
    const none = l === NER_LABELS.length;
    let prev = none ? 0 : beginTag(l);
    let prev2 = p1;
    let total = 0;
    total += first[l];
    for (let k = i + 1; k <= j; k++) {
      const t = none ? 0 : insideTag(l);
      count = dynamicRows(weights, p, k, prev, prev2, hist[k], feats, a.stack);
      total += tagScore(weights.w, sums, (k - i) * N_TAGS, feats, count, t);
      prev2 = prev;
      prev = t;
    }
    seq[l] = (total * weights.scale) / (j - i + 1);
  }
}

/**
 * A token's score of tag t: its static sum (at sums[o + t]) plus its dynamic rows feats[0..count), rounded
 * to float32 as scoreRows's scores are: the same value, summed in the same order.
 */
function tagScore(
  w: Int16Array | Float32Array,
  sums: Float64Array,
  o: number,
  feats: Uint32Array,
  count: number,
  t: number,
): number {
  let s = sums[o + t];
  for (let k = 0; k < count; k++) s += w[feats[k] + t];
  return Math.fround(s);
}

/** A span's type from its sequence scores per label (the last: no name): a softmax over the labels. */
function spanType(span: { start: number; end: number }, seq: Float64Array): SpanType {
  let best = 0;
  for (let l = 1; l < NER_LABELS.length; l++) if (seq[l] > seq[best]) best = l;
  let z = 0;
  const ex = NER_LABELS.map((_, l) => {
    const e = Math.exp((seq[l] - seq[best]) / TEMPERATURE);
    z += e;
    return e;
  });
  // written out in NER_LABELS's order (the keys' order in a serialised reading): one object shape, no loop
  const probs: Record<NerLabel, number> = {
    Person: ex[0] / z,
    Place: ex[1] / z,
    Organization: ex[2] / z,
    Country: ex[3] / z,
    Event: ex[4] / z,
  };
  const nameScore = 1 / (1 + Math.exp(-(seq[best] - seq[NER_LABELS.length]) / TEMPERATURE));
  return {
    start: span.start,
    end: span.end,
    label: NER_LABELS[best],
    score: ex[best] / z,
    scores: probs,
    nameScore,
  };
}

/**
 * For the tokens typeSpans needs (need[k] = 1), what the decoder had last made of its word before it
 * (the label-history feature; see LabelHistory): 0 never scored, 1 O, 2 + label. One pass over the
 * document up to the last token needed, looking up only the tokens needed.
 */
function historyOf(a: NerAnalysis, need: Uint8Array): Uint8Array {
  const low = a.prepared.low;
  const hist = new Uint8Array(need.length);
  const last = new U32Map(64);
  for (let k = 0, upTo = need.lastIndexOf(1); k <= upTo; k++) {
    if (need[k]) hist[k] = last.get(low[k]);
    // a token was scored when it got a name tag or a margin; unscored O tokens are not in the history
    if (a.tags[k] !== 0 || a.margins[k] !== 0) last.set(low[k], a.tags[k] === 0 ? 1 : 2 + labelOfTag(a.tags[k]));
  }
  return hist;
}

let defaultModel: NerModel | undefined;

/** The committed model (models/ner.json), loaded on first use. */
export function defaultNerModel(): NerModel {
  defaultModel ??= NerModel.load();
  return defaultModel;
}

/** Names in a whole text with the committed model (see NerModel.tagEntities). */
export function tagEntities(text: string, options?: TagOptions): NerSpan[] {
  return defaultNerModel().tagEntities(text, options);
}

/** Labels for spans of a text with the committed model (see NerModel.typeSpans). */
export function typeSpans(text: string, spans: ReadonlyArray<{ start: number; end: number }>): SpanType[] {
  return defaultNerModel().typeSpans(text, spans);
}
