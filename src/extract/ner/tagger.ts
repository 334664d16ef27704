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
export const N_TAGS = 1 + 2 * NER_LABELS.length;
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
export function featureRows(wt: { mask: number }, p: Prepared, i: number, prev: number, prev2: number, feats: Uint32Array): void {
  staticFeatures(p, i, feats);
  dynamicFeatures(p, i, prev, prev2, feats, N_STATIC);
  const mask = wt.mask;
  for (let k = 0; k < N_FEATS; k++) feats[k] = (feats[k] & mask) * N_TAGS;
}

/** Adds the weights of the given feature rows into scores (length N_TAGS). */
export function scoreRows(w: Float32Array | Int16Array, feats: Uint32Array, scores: Float32Array): void {
  scores.fill(0);
  for (let k = 0; k < N_FEATS; k++) {
    const b = feats[k];
    for (let t = 0; t < N_TAGS; t++) scores[t] += w[b + t];
  }
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

/** The best valid tag, and its margin over the second best valid tag. */
export function bestTag(p: Prepared, i: number, prev: number, scores: Float32Array): [number, number] {
  let best = -1;
  let bs = -Infinity;
  let second = -Infinity;
  for (let t = 0; t < N_TAGS; t++) {
    if (!validTag(p, i, prev, t)) continue;
    const s = scores[t];
    if (s > bs) {
      second = bs;
      bs = s;
      best = t;
    } else if (s > second) second = s;
  }
  return [best, second === -Infinity ? bs : bs - second];
}

/** Greedy decoding of a prepared document: tag per token and the decision margin per token. */
export function decode(wt: Weights, p: Prepared): { tags: Uint8Array; margins: Float32Array } {
  const n = p.n;
  const tags = new Uint8Array(n);
  const margins = new Float32Array(n);
  const feats = new Uint32Array(N_FEATS);
  const scores = new Float32Array(N_TAGS);
  let prev = BOS_TAG;
  let prev2 = BOS_TAG;
  for (let i = 0; i < n; i++) {
    let t = 0;
    if (needsScoring(p, i, prev)) {
      featureRows(wt, p, i, prev, prev2, feats);
      scoreRows(wt.w, feats, scores);
      const [b, m] = bestTag(p, i, prev, scores);
      t = b;
      margins[i] = m;
    }
    tags[i] = t;
    prev2 = prev;
    prev = t;
  }
  return { tags, margins };
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
