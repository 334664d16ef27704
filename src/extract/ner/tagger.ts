/**
 * The NER tagger: a greedy left-to-right averaged perceptron over BIO tags with hashed features
 * (Collins 2002; Honnibal's "A good POS tagger in about 200 lines"). Decoding is constrained: a name
 * starts only on a token that begins with a capital or a digit, and I-X only follows B-X or I-X, so
 * most tokens (lower-case words after O) are tagged O without being scored. The same decoder serves
 * training (scripts/train-ner.ts) and inference.
 */
import { canStart, dynamicFeatures, G_NOT_NAME, N_DYNAMIC, N_STATIC, type Prepared, staticFeatures } from './features.js';

/** The labels the model predicts, in tag order. */
export const NER_LABELS = ['Person', 'Place', 'Organization', 'Country', 'Event'] as const;
export type NerLabel = (typeof NER_LABELS)[number];

/** Tag ids: 0 = O, 1 + 2l = B-label l, 2 + 2l = I-label l. */
export const N_TAGS = 1 + 2 * NER_LABELS.length; // 11: scoreRows is unrolled for it
export const N_FEATS = N_STATIC + N_DYNAMIC;
export const isBegin = (t: number): boolean => t > 0 && t % 2 === 1;
export const labelOfTag = (t: number): number => (t - 1) >> 1;
export const beginTag = (l: number): number => 1 + 2 * l;
export const insideTag = (l: number): number => 2 + 2 * l;
const BOS_TAG = N_TAGS;

/** Weights: rows of N_TAGS floats, one row per hash bucket (the bucket count is a power of two). */
export interface Weights {
  /** Float32 while training; int16 (× scale) in a loaded model, half the memory and cache traffic */
  readonly w: Float32Array | Int16Array;
  readonly mask: number;
}

/** Fills feats (N_FEATS bucket offsets, i.e. bucket × N_TAGS) for token i given the previous tags. */
export function featureRows(wt: { mask: number }, p: Prepared, i: number, prev: number, prev2: number, hist: number, feats: Uint32Array): void {
  staticFeatures(p, i, feats);
  dynamicFeatures(p, i, prev, prev2, hist, feats, N_STATIC);
  const mask = wt.mask;
  for (let k = 0; k < N_FEATS; k++) feats[k] = (feats[k] & mask) * N_TAGS;
}

/** Adds the weights of the given feature rows into scores (length N_TAGS; unrolled for the 11 tags). */
export function scoreRows(w: Float32Array | Int16Array, feats: Uint32Array, scores: Float32Array): void {
  let s0 = 0, s1 = 0, s2 = 0, s3 = 0, s4 = 0, s5 = 0, s6 = 0, s7 = 0, s8 = 0, s9 = 0, s10 = 0;
  for (let k = 0; k < N_FEATS; k++) {
    const b = feats[k];
    s0 += w[b];
    s1 += w[b + 1];
    s2 += w[b + 2];
    s3 += w[b + 3];
    s4 += w[b + 4];
    s5 += w[b + 5];
    s6 += w[b + 6];
    s7 += w[b + 7];
    s8 += w[b + 8];
    s9 += w[b + 9];
    s10 += w[b + 10];
  }
  scores[0] = s0;
  scores[1] = s1;
  scores[2] = s2;
  scores[3] = s3;
  scores[4] = s4;
  scores[5] = s5;
  scores[6] = s6;
  scores[7] = s7;
  scores[8] = s8;
  scores[9] = s9;
  scores[10] = s10;
}

/** Whether tag t may follow tag prev on token i. */
export function validTag(p: Prepared, i: number, prev: number, t: number): boolean {
  if (t === 0) return true;
  if (isBegin(t)) return canStart(p, i);
  return prev !== 0 && prev !== BOS_TAG && labelOfTag(prev) === labelOfTag(t);
}

/** Whether token i needs scoring at all (else it is O): not after O unless it may start a name; a sentence-initial function word ("The", "In") never does. */
export const needsScoring = (p: Prepared, i: number, prev: number): boolean =>
  prev !== 0 && prev !== BOS_TAG ? true : canStart(p, i) && !((p.gaz[i] & G_NOT_NAME) !== 0 && p.tokens.sentStart[i] === 1);

/** The best valid tag; its margin over the second best valid tag goes to margin[0] (no allocation per token). */
export function bestTag(p: Prepared, i: number, prev: number, scores: Float32Array, margin?: Float32Array): number {
  const starts = canStart(p, i);
  const inLabel = prev !== 0 && prev !== BOS_TAG ? labelOfTag(prev) : -1;
  let best = -1;
  let bs = -Infinity;
  let second = -Infinity;
  for (let t = 0; t < N_TAGS; t++) {
    // valid: O; B-X where a name may start; I-X right after B-X or I-X
    if (t !== 0 && (isBegin(t) ? !starts : labelOfTag(t) !== inLabel)) continue;
    const s = scores[t];
    if (s > bs) {
      second = bs;
      bs = s;
      best = t;
    } else if (s > second) second = s;
  }
  if (margin) margin[0] = second === -Infinity ? bs : bs - second;
  return best;
}

/**
 * The document's label history: for each word (lower-case hash), what the decoder last made of it
 * (1 O, 2 + label); histOf reads it (0: never scored), record writes it.
 */
export class LabelHistory {
  private readonly last = new Map<number, number>();
  histOf(p: Prepared, i: number): number {
    return this.last.get(p.low[i]) ?? 0;
  }
  record(p: Prepared, i: number, t: number): void {
    this.last.set(p.low[i], t === 0 ? 1 : 2 + labelOfTag(t));
  }
}

/** Greedy decoding of a prepared document: tag per token, the decision margin and the label-history value per token. */
export function decode(wt: Weights, p: Prepared): { tags: Uint8Array; margins: Float32Array; hist: Uint8Array } {
  const n = p.n;
  const tags = new Uint8Array(n);
  const margins = new Float32Array(n);
  const hist = new Uint8Array(n);
  const history = new LabelHistory();
  const feats = new Uint32Array(N_FEATS);
  const scores = new Float32Array(N_TAGS);
  const margin = new Float32Array(1);
  let prev = BOS_TAG;
  let prev2 = BOS_TAG;
  for (let i = 0; i < n; i++) {
    let t = 0;
    if (needsScoring(p, i, prev)) {
      const h = history.histOf(p, i);
      hist[i] = h;
      featureRows(wt, p, i, prev, prev2, h, feats);
      scoreRows(wt.w, feats, scores);
      t = bestTag(p, i, prev, scores, margin);
      margins[i] = margin[0];
      history.record(p, i, t);
    }
    tags[i] = t;
    prev2 = prev;
    prev = t;
  }
  return { tags, margins, hist };
}

/** A name the tagger found: character offsets, label and a confidence in (0, 1). */
export interface NerSpan {
  start: number;
  end: number;
  label: NerLabel;
  score: number;
}

/** Token spans [first, last] with their label index, read off BIO tags. */
export function tagSpans(tags: Uint8Array): Array<[number, number, number]> {
  const out: Array<[number, number, number]> = [];
  let i = 0;
  while (i < tags.length) {
    const t = tags[i];
    if (!isBegin(t)) {
      i++;
      continue;
    }
    const l = labelOfTag(t);
    let j = i + 1;
    while (j < tags.length && tags[j] === insideTag(l)) j++;
    out.push([i, j - 1, l]);
    i = j;
  }
  return out;
}

/** A margin (perceptron score units) squashed into (0, 1). */
export const squash = (m: number): number => m / (m + 4);
