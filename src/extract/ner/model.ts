/**
 * The model file: JSON with its metadata (data source, licence and attribution, seed, feature version)
 * and the averaged perceptron's weights, quantised to 16-bit integers, deflated and base64-encoded.
 * Written by scripts/train-ner.ts; read here once per process.
 */
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { deflateRawSync, inflateRawSync } from 'node:zlib';
import { FEATURE_VERSION, lexiconIndex, type PhraseIndex } from './features.js';
import { N_TAGS, NER_LABELS, type Weights } from './tagger.js';

export const MODEL_FORMAT = 'newsgraph-ner-perceptron/1';

/** What the model file says about itself. */
export interface NerModelMeta {
  format: string;
  featureVersion: number;
  labels: string[];
  tagScheme: string;
  buckets: number;
  /** world knowledge the features look up: lower-case names by class (see LEXICON_BITS) */
  lexicon?: Record<string, string[]>;
  [key: string]: unknown;
}

interface ModelFile {
  meta: NerModelMeta;
  /** weight = int16 × scale */
  scale: number;
  /** base64 of the raw-deflated little-endian int16 weights, buckets × tags */
  weights: string;
  /** a two-pass (stacked) model: the first pass's weights, same encoding; `weights` are the second pass's */
  first?: { scale: number; weights: string };
}

/** A loaded model: its weights and metadata. */
export interface NerWeights extends Weights {
  /** a weight is w × scale */
  readonly scale: number;
  readonly meta: NerModelMeta;
  readonly lexicon: PhraseIndex;
  /** the first pass of a stacked model (its tags are features of the second pass, `w`) */
  readonly first?: Weights & { readonly scale: number };
}

function encode(w: ArrayLike<number>): { scale: number; weights: string } {
  let max = 0;
  for (let k = 0; k < w.length; k++) max = Math.max(max, Math.abs(w[k]));
  const scale = max > 0 ? max / 32767 : 1;
  const q = new Int16Array(w.length);
  for (let k = 0; k < w.length; k++) q[k] = Math.round(w[k] / scale);
  const bytes = Buffer.alloc(q.length * 2);
  for (let k = 0; k < q.length; k++) bytes.writeInt16LE(q[k], k * 2);
  return { scale: Number(scale.toPrecision(17)), weights: deflateRawSync(bytes, { level: 9 }).toString('base64') };
}

function decodeWeights(enc: { scale: number; weights: string }, buckets: number): Int16Array {
  const bytes = inflateRawSync(Buffer.from(enc.weights, 'base64'));
  const n = buckets * N_TAGS;
  if (bytes.length !== n * 2) throw new Error('NER model: weights have the wrong size');
  const w = new Int16Array(n);
  for (let k = 0; k < n; k++) w[k] = bytes.readInt16LE(k * 2);
  return w;
}

/** Serialises averaged weights (Float64 or Float32; with a stacked model's first pass) to the model file's JSON text, deterministically. */
export function serializeModel(w: ArrayLike<number>, meta: NerModelMeta, first?: ArrayLike<number>): string {
  const file: ModelFile = { meta, ...encode(w), ...(first ? { first: encode(first) } : {}) };
  return JSON.stringify(file, null, 1) + '\n';
}

/** Parses a model file's text. */
export function parseModel(json: string): NerWeights {
  const file = JSON.parse(json) as ModelFile;
  const meta = file.meta;
  if (meta?.format !== MODEL_FORMAT) throw new Error(`NER model: unknown format ${String(meta?.format)}`);
  if (meta.featureVersion !== FEATURE_VERSION)
    throw new Error(
      `NER model: trained with feature version ${meta.featureVersion}, the code has ${FEATURE_VERSION}; retrain it (npm run train)`,
    );
  if (meta.labels.join() !== NER_LABELS.join()) throw new Error('NER model: labels differ from the code');
  const w = decodeWeights(file, meta.buckets);
  const mask = meta.buckets - 1;
  const first = file.first ? { w: decodeWeights(file.first, meta.buckets), scale: file.first.scale, mask } : undefined;
  return { w, scale: file.scale, mask, meta, lexicon: lexiconIndex(meta.lexicon), ...(first ? { first } : {}) };
}

/** Where the committed model lives: models/ner.json at the repository root (also from dist/). */
function defaultModelPath(): string {
  const candidates = ['../../../models/ner.json', '../../../../models/ner.json'].map((r) =>
    fileURLToPath(new URL(r, import.meta.url)),
  );
  return candidates.find((c) => existsSync(c)) ?? candidates[0];
}

/** Reads a model file (default: the committed one). */
export function loadWeights(path: string = defaultModelPath()): NerWeights {
  return parseModel(readFileSync(path, 'utf8'));
}
