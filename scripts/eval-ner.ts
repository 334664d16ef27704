/**
 * Runs the NER model alone on a folder of texts and writes the predictions as a graph in the shape
 * ../shared/eval/score-mentions.mjs reads ({nodes: [{key, attributes: {label, name, mentions}}]}), and
 * measures the model's speed.
 *
 *   npx tsx scripts/eval-ner.ts [--model models/ner.json] [--text ../shared/eval/gum-news-dev/text]
 *                               [--out /tmp/ner-pred.json] [--no-vote] [--speed DIR]
 *   node ../shared/eval/score-mentions.mjs --pred /tmp/ner-pred.json --gold ../shared/eval/gum-news-dev
 *
 * One node per document and surface string and label; a one-word Person name joins the longer Person
 * name of the same document it ends ("Trump" → "Donald Trump"). --speed DIR also times tagging every
 * .txt file of DIR (e.g. ../shared/train/gum/text) and prints MB/s.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { NerModel, type NerSpan } from '../src/extract/ner/index.js';

const REPO = resolve(dirname(fileURLToPath(import.meta.url)), '..');

function parseArgs(argv: string[]) {
  const a = {
    model: join(REPO, 'models', 'ner.json'),
    text: resolve(REPO, '..', 'shared', 'eval', 'gum-news-dev', 'text'),
    out: '/tmp/ner-pred.json',
    vote: true,
    speed: '',
  };
  for (let i = 0; i < argv.length; i++) {
    const k = argv[i];
    const next = (): string => argv[++i] ?? (console.error(`${k} needs a value`), process.exit(2));
    if (k === '--model') a.model = resolve(next());
    else if (k === '--text') a.text = resolve(next());
    else if (k === '--out') a.out = resolve(next());
    else if (k === '--no-vote') a.vote = false;
    else if (k === '--speed') a.speed = resolve(next());
    else {
      console.error(`eval-ner: unknown argument ${k}`);
      process.exit(2);
    }
  }
  return a;
}

export interface Node {
  key: string;
  attributes: {
    label: string;
    name: string;
    mentions: Array<{ article: string; start: number; end: number; text: string }>;
  };
}

/** The graph nodes of one document's spans (exported for the trainer's cross-validation). */
export function nodesOf(doc: string, text: string, spans: NerSpan[]): Node[] {
  const nodes = new Map<string, Node>();
  const keyOf = new Map<NerSpan, string>();
  const fullPersons = spans.filter((s) => s.label === 'Person' && /\s/.test(text.slice(s.start, s.end)));
  for (const s of spans) {
    let name = text.slice(s.start, s.end);
    if (s.label === 'Person' && !/\s/.test(name)) {
      const longer = fullPersons.find((f) => text.slice(f.start, f.end).split(/\s+/).pop() === name);
      if (longer) name = text.slice(longer.start, longer.end);
    }
    keyOf.set(s, `${doc}|${s.label}|${name}`);
    const key = `${doc}|${s.label}|${name}`;
    if (!nodes.has(key)) nodes.set(key, { key, attributes: { label: s.label, name, mentions: [] } });
  }
  for (const s of spans)
    nodes
      .get(keyOf.get(s) ?? '')
      ?.attributes.mentions.push({ article: doc, start: s.start, end: s.end, text: text.slice(s.start, s.end) });
  return [...nodes.values()];
}

function main() {
  const args = parseArgs(process.argv.slice(2));
  const model = NerModel.load(args.model);
  const nodes: Node[] = [];
  for (const f of readdirSync(args.text)
    .filter((f) => f.endsWith('.txt'))
    .sort()) {
    const text = readFileSync(join(args.text, f), 'utf8');
    const doc = basename(f, '.txt');
    nodes.push(...nodesOf(doc, text, model.tagEntities(text, { vote: args.vote })));
  }
  writeFileSync(
    args.out,
    JSON.stringify({ attributes: { generator: 'scripts/eval-ner.ts', model: args.model }, nodes }, null, 1),
  );
  console.log(
    `wrote ${args.out}: ${nodes.length} nodes, ${nodes.reduce((n, x) => n + x.attributes.mentions.length, 0)} mentions`,
  );
  if (args.speed) {
    const texts = readdirSync(args.speed)
      .filter((f) => f.endsWith('.txt'))
      .sort()
      .map((f) => readFileSync(join(args.speed, f), 'utf8'));
    const bytes = texts.reduce((n, t) => n + Buffer.byteLength(t), 0);
    let found = 0;
    for (const t of texts) found += model.tagEntities(t).length; // warm-up
    const rounds = 10;
    const t0 = performance.now();
    const c0 = process.cpuUsage();
    for (let r = 0; r < rounds; r++) for (const t of texts) found += model.tagEntities(t).length;
    const s = (performance.now() - t0) / 1000;
    const c = process.cpuUsage(c0);
    const cpu = (c.user + c.system) / 1e6;
    const mb = (bytes * rounds) / 1e6;
    // on a shared machine the wall clock counts other processes' time too; CPU time is this process's
    console.log(
      `speed: ${texts.length} texts, ${(bytes / 1e6).toFixed(2)} MB × ${rounds}: wall ${s.toFixed(2)} s = ${(mb / s).toFixed(1)} MB/s, CPU ${cpu.toFixed(2)} s = ${(mb / cpu).toFixed(1)} MB/s per core (${found} names)`,
    );
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) main();
