/**
 * The NER tagger: a greedy left-to-right averaged perceptron over BIO tags with hashed features
 * (Collins 2002; Honnibal's "A good POS tagger in about 200 lines"). Decoding is constrained: a name
 * starts only on a token that begins with a capital or a digit, and I-X only follows B-X or I-X, so
 * most tokens (lower-case words after O) are tagged O without being scored. The same decoder serves
 * training (scripts/train-ner.ts) and inference.
 */
import * as F from './features.js';
import type { Prepared } from './features.js';

// Imported bindings copied once: hot loops then read plain module constants (a transpiler's live-binding
// getters for imports, e.g. tsx's, would otherwise cost a call on every use).
const N_STATIC = F.N_STATIC;
const N_DYNAMIC = F.N_DYNAMIC;
const G_NOT_NAME = F.G_NOT_NAME;
const staticFeatures = F.staticFeatures;
const dynamicFeatures = F.dynamicFeatures;
/** Whether a token may start a name: an upper-case letter or a digit first (F_UPPER | F_DIGIT). */
const canStart = (p: Prepared, i: number): boolean => (p.flags[i] & 3) !== 0;

/** The labels the model predicts, in tag order. */
export const NER_LABELS = ['Person', 'Place', 'Organization', 'Country', 'Event'] as const;
export type NerLabel = (typeof NER_LABELS)[number];

/** Tag ids: 0 = O, 1 + 2l = B-label l, 2 + 2l = I-label l. */
export const N_TAGS = 1 + 2 * NER_LABELS.length; // 11: scoreRows is unrolled for it
/** Features of the second pass only: what the first pass made of the token and of its word in the whole document. */
const N_STACK = 3;
export const N_FEATS = N_STATIC + N_DYNAMIC + N_STACK;
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

/**
 * The first pass's reading of a document, per token, for the second pass (stacking): its own tag, the
 * labels the first pass gave the same word anywhere in the document (bit l, bit 5: scored and left O),
 * and the word's label with the highest summed margin (0: none, 1 + label).
 */
export interface Stack {
  readonly own: Uint8Array;
  readonly seen: Uint8Array;
  readonly major: Uint8Array;
}

/** The stacking features of a document from its first-pass tags and margins. */
export function stackOf(p: Prepared, tags: Uint8Array, margins: Float32Array): Stack {
  const n = p.n;
  const seenOf = new Map<number, number>();
  const sums = new Map<number, Float64Array>();
  for (let i = 0; i < n; i++) {
    const t = tags[i];
    if (t === 0 && margins[i] === 0) continue;
    const w = p.low[i];
    seenOf.set(w, (seenOf.get(w) ?? 0) | (t === 0 ? 32 : 1 << labelOfTag(t)));
    if (t === 0) continue;
    let v = sums.get(w);
    if (!v) sums.set(w, (v = new Float64Array(NER_LABELS.length)));
    v[labelOfTag(t)] += margins[i] + 1e-3;
  }
  const own = new Uint8Array(n);
  const seen = new Uint8Array(n);
  const major = new Uint8Array(n);
  for (let i = 0; i < n; i++) {
    own[i] = tags[i];
    const w = p.low[i];
    seen[i] = seenOf.get(w) ?? 0;
    const v = sums.get(w);
    if (!v) continue;
    let b = 0;
    for (let l = 1; l < v.length; l++) if (v[l] > v[b]) b = l;
    major[i] = 1 + b;
  }
  return { own, seen, major };
}

/** The static features of a document's tokens, computed once for both passes of a stacked model. */
export class StaticCache {
  readonly feats: Uint32Array;
  readonly has: Uint8Array;
  constructor(n: number) {
    this.feats = new Uint32Array(n * N_STATIC);
    this.has = new Uint8Array(n);
  }
}

/** Fills feats[0..N_STATIC) with token i's static feature hashes, from the cache when it has them. */
function staticHashes(p: Prepared, i: number, feats: Uint32Array, cache?: StaticCache): void {
  if (!cache) staticFeatures(p, i, feats);
  else if (cache.has[i]) {
    const o = i * N_STATIC;
    for (let k = 0; k < N_STATIC; k++) feats[k] = cache.feats[o + k];
  } else {
    staticFeatures(p, i, feats);
    const o = i * N_STATIC;
    for (let k = 0; k < N_STATIC; k++) cache.feats[o + k] = feats[k];
    cache.has[i] = 1;
  }
}

/**
 * Fills feats from `at` with the hashes of the features that depend on the previous tags, then (second
 * pass) the stacking features; returns the index after the last.
 */
function dynamicHashes(
  p: Prepared,
  i: number,
  prev: number,
  prev2: number,
  hist: number,
  feats: Uint32Array,
  at: number,
  stack?: Stack,
): number {
  dynamicFeatures(p, i, prev, prev2, hist, feats, at);
  let count = at + N_DYNAMIC;
  if (stack) {
    const o = stack.own[i];
    feats[count++] = MIX_OWN[o];
    feats[count++] = MIX_SEEN[stack.seen[i] * 2 + (o === 0 ? 0 : 1)];
    feats[count++] = MIX_MAJOR[stack.major[i] * 2 + (prev === 0 || prev === BOS_TAG ? 0 : 1)];
  }
  return count;
}

// The stacking features' mixes, looked up (the same values as mix gives): own is a tag, seen a set of
// bits 0–5 (stackOf), major 0 or 1 + label.
const MIX_OWN = F.mixTable(110, N_TAGS);
const MIX_SEEN = F.mixTable(111, 64, 2);
const MIX_MAJOR = F.mixTable(112, NER_LABELS.length + 1, 2);

/** Turns the feature hashes feats[0..count) into bucket offsets (bucket × N_TAGS). */
function toRows(mask: number, feats: Uint32Array, count: number): void {
  for (let k = 0; k < count; k++) feats[k] = (feats[k] & mask) * N_TAGS;
}

/**
 * Fills feats (bucket offsets, i.e. bucket × N_TAGS) for token i given the previous tags; returns how
 * many: N_FEATS with the first pass's stack (second pass), N_FEATS − N_STACK without.
 */
export function featureRows(
  wt: { mask: number },
  p: Prepared,
  i: number,
  prev: number,
  prev2: number,
  hist: number,
  feats: Uint32Array,
  stack?: Stack,
  cache?: StaticCache,
): number {
  staticHashes(p, i, feats, cache);
  const count = dynamicHashes(p, i, prev, prev2, hist, feats, N_STATIC, stack);
  toRows(wt.mask, feats, count);
  return count;
}

/**
 * Fills feats[0..count) with the rows of token i's tag-dependent features: featureRows's rows after the
 * static ones, in the same order; returns count.
 */
export function dynamicRows(
  wt: { mask: number },
  p: Prepared,
  i: number,
  prev: number,
  prev2: number,
  hist: number,
  feats: Uint32Array,
  stack?: Stack,
): number {
  const count = dynamicHashes(p, i, prev, prev2, hist, feats, 0, stack);
  toRows(wt.mask, feats, count);
  return count;
}

/**
 * Into sums[o..o + N_TAGS): the weights of token i's static feature rows summed per tag, in doubles and
 * in featureRows's order, as scoreRows sums them before the dynamic rows; feats is scratch. A token's
 * static rows do not depend on the tags before it: typeSpans sums them once per token, not once per
 * tag sequence.
 */
export function staticSums(
  wt: Weights,
  p: Prepared,
  i: number,
  feats: Uint32Array,
  sums: Float64Array,
  o: number,
  cache?: StaticCache,
): void {
  staticHashes(p, i, feats, cache);
  toRows(wt.mask, feats, N_STATIC);
  const w = wt.w;
  for (let t = 0; t < N_TAGS; t++) {
    let s = 0;
    for (let k = 0; k < N_STATIC; k++) s += w[feats[k] + t];
    sums[o + t] = s;
  }
}

/** Adds the weights of the given feature rows into scores (length N_TAGS; unrolled for the 11 tags). */
export function scoreRows(w: Float32Array | Int16Array, feats: Uint32Array, scores: Float32Array, count: number): void {
  let s0 = 0,
    s1 = 0,
    s2 = 0,
    s3 = 0,
    s4 = 0,
    s5 = 0,
    s6 = 0,
    s7 = 0,
    s8 = 0,
    s9 = 0,
    s10 = 0;
  for (let k = 0; k < count; k++) {
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

/**
 * Into scores: the scores of the tags bestTag may choose among — O, B-X where a name may start (starts),
 * I-X right after B-X or I-X (inside: that I-X, −1 after O) — each the sum scoreRows gives it; the other
 * tags' scores are left as they were (bestTag never reads them). Most scored tokens are capitalised words
 * after O (six of the eleven tags) or lower-case words inside a name (two).
 */
function scoreValid(
  w: Float32Array | Int16Array,
  feats: Uint32Array,
  count: number,
  scores: Float32Array,
  starts: boolean,
  inside: number,
): void {
  if (starts) scoreBegins(w, feats, count, scores);
  else scores[0] = column(w, feats, count, 0);
  if (inside >= 0) scores[inside] = column(w, feats, count, inside);
}

/** One tag's score: the weights of rows feats[0..count) in column t, summed in feature order. */
function column(w: Float32Array | Int16Array, feats: Uint32Array, count: number, t: number): number {
  let s = 0;
  for (let k = 0; k < count; k++) s += w[feats[k] + t];
  return s;
}

/** The scores of O and of the five B-X tags (unrolled, as scoreRows). */
function scoreBegins(w: Float32Array | Int16Array, feats: Uint32Array, count: number, scores: Float32Array): void {
  let s0 = 0,
    s1 = 0,
    s3 = 0,
    s5 = 0,
    s7 = 0,
    s9 = 0;
  for (let k = 0; k < count; k++) {
    const b = feats[k];
    s0 += w[b];
    s1 += w[b + 1];
    s3 += w[b + 3];
    s5 += w[b + 5];
    s7 += w[b + 7];
    s9 += w[b + 9];
  }
  scores[0] = s0;
  scores[1] = s1;
  scores[3] = s3;
  scores[5] = s5;
  scores[7] = s7;
  scores[9] = s9;
}

/** Whether token i needs scoring at all (else it is O): not after O unless it may start a name; a sentence-initial function word ("The", "In") never does. */
export const needsScoring = (p: Prepared, i: number, prev: number): boolean =>
  prev !== 0 && prev !== BOS_TAG
    ? true
    : canStart(p, i) && !((p.gaz[i] & G_NOT_NAME) !== 0 && p.tokens.sentStart[i] === 1);

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
  private readonly last = new F.U32Map(64);
  histOf(p: Prepared, i: number): number {
    return this.last.get(p.low[i]);
  }
  record(p: Prepared, i: number, t: number): void {
    this.last.set(p.low[i], t === 0 ? 1 : 2 + labelOfTag(t));
  }
}

/** Greedy decoding of a prepared document: tag per token, the decision margin and the label-history value per token. */
export function decode(
  wt: Weights,
  p: Prepared,
  stack?: Stack,
  cache?: StaticCache,
): { tags: Uint8Array; margins: Float32Array; hist: Uint8Array } {
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
      const count = featureRows(wt, p, i, prev, prev2, h, feats, stack, cache);
      scoreValid(
        wt.w,
        feats,
        count,
        scores,
        canStart(p, i),
        prev !== 0 && prev !== BOS_TAG ? insideTag(labelOfTag(prev)) : -1,
      );
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
