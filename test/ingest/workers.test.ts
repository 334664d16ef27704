import { jest } from '@jest/globals';
import { copyFileSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { formatIngestEvent, ingestPaths, type IngestSummary } from '../../src/cli/ingest.js';
import { ArticleInputError } from '../../src/extract/decode.js';
import { extractArticle, finishArticle, readArticle, type ArticleInput } from '../../src/extract/index.js';
import { fromWire, toWire } from '../../src/ingest/wire.js';
import { defaultWorkers, ReaderPool } from '../../src/cli/workers.js';
import { EmbeddedStore } from '../../src/store/embedded.js';
import { generateCorpus, writeCorpus } from '../../bench/corpus.js';
import { REPO } from '../cli/run-kg.js';

jest.setTimeout(120_000);

/** An article with a photo caption (its names are mentions of caption sentences) and a quotation. */
const CAPTIONED = [
  'Harbour strike ends after nine days',
  '',
  'Dock workers in Gdansk returned to work on Monday after a strike of nine days. Union leader Marta Zielinska said the port authority had agreed to most of the demands.',
  '',
  'Marta Zielinska (left) and Tomasz Wrona at the port gate on Monday. Image: Piotr Nowak.',
  '',
  '"We got what we came for," Zielinska said of the deal with the port’s owners.',
  '',
].join('\n');

let root: string;
let folder: string;

beforeAll(async () => {
  root = mkdtempSync(join(tmpdir(), 'kg-workers-'));
  folder = join(root, 'articles');
  // The seeds, 40 generated articles, a captioned one, and bad files in the middle of the walk.
  await writeCorpus(folder, generateCorpus({ seed: 7, count: 40 }));
  for (const name of readdirSync(join(REPO, 'seeds')))
    copyFileSync(join(REPO, 'seeds', name), join(folder, `s-${name}`));
  writeFileSync(join(folder, '000019a-binary.txt'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 13]));
  writeFileSync(join(folder, '000019b-empty.txt'), '');
  writeFileSync(join(folder, '000019c-captioned.txt'), CAPTIONED);
  // The same text again: a duplicate.
  copyFileSync(join(folder, '000003.txt'), join(folder, '000019d-again.txt'));
});

afterAll(() => {
  rmSync(root, { recursive: true, force: true });
});

/** Ingests the folder into a fresh in-memory store with the given workers: its report, summary and content. */
async function ingestWith(workers: number, paths: readonly string[] = [folder]) {
  const store = await EmbeddedStore.open();
  const events: string[] = [];
  const summary: IngestSummary = await ingestPaths(store, paths, {
    workers,
    progress: false,
    flushEveryMs: 0,
    date: '2024-03-01',
    onEvent: (event) => events.push(formatIngestEvent(event)),
  });
  const dump = await store.dump();
  const exported = await store.exportGraph();
  await store.close();
  return { events, summary, dump, exported };
}

describe('kg ingest with worker threads', () => {
  let one: Awaited<ReturnType<typeof ingestWith>>;
  let two: Awaited<ReturnType<typeof ingestWith>>;

  beforeAll(async () => {
    one = await ingestWith(1);
    two = await ingestWith(2);
  });

  it('stores the same graph as a run on one thread', () => {
    expect(two.summary.articlesAdded).toBe(46);
    expect(JSON.stringify(two.dump)).toBe(JSON.stringify(one.dump));
    expect(JSON.stringify(two.exported)).toBe(JSON.stringify(one.exported));
  });

  it('reports the same lines in the same order, and the same summary', () => {
    expect(two.events).toEqual(one.events);
    expect(two.summary).toEqual(one.summary);
  });

  it('reports a failing file in the middle of the walk, in its place, and stores the others', () => {
    const failed = two.events.filter((line) => line.startsWith('failed '));
    expect(failed).toEqual([
      expect.stringMatching(/^failed .*000019a-binary\.txt: is a PNG image/),
      expect.stringMatching(/^failed .*000019b-empty\.txt: /),
    ]);
    const at = two.events.findIndex((line) => line.includes('000019a-binary.txt'));
    expect(two.events[at - 1]).toMatch(/^done .*000019\.txt /);
    expect(two.events[at + 2]).toMatch(/^done .*000019c-captioned\.txt /);
    expect(two.events[at + 3]).toMatch(/^duplicate .*000019d-again\.txt /);
    expect(two.summary.failures.map((f) => f.path.split('/').pop())).toEqual([
      '000019a-binary.txt',
      '000019b-empty.txt',
    ]);
    expect(two.dump.articles).toHaveLength(46);
    expect(two.events[two.events.length - 1]).toMatch(/^done .*s-004_/);
  });

  it('reports a path that does not exist as the run on one thread does', async () => {
    const missing = join(root, 'no-such-file.txt');
    const a = await ingestWith(1, [missing, join(folder, '000001.txt')]);
    const b = await ingestWith(3, [missing, join(folder, '000001.txt')]);
    expect(b.events).toEqual(a.events);
    expect(b.events[0]).toMatch(/^failed .*no-such-file\.txt: does not exist/);
    expect(b.summary.articlesAdded).toBe(1);
  });
});

describe('ReaderPool', () => {
  it('reads files in worker threads; a file that is no article comes back as its ArticleInputError', async () => {
    const pool = new ReaderPool(2, { date: '2024-03-01' });
    try {
      const [good, bad] = await Promise.all([
        pool.read(join(folder, '000019c-captioned.txt')),
        pool.read(join(folder, '000019b-empty.txt')),
      ]);
      expect(good.ok).toBe(true);
      if (good.ok) {
        const input: ArticleInput = {
          text: CAPTIONED,
          path: join(folder, '000019c-captioned.txt'),
          publishedAt: '2024-03-01',
        };
        expect(finishArticle(fromWire(good.read), { date: '2024-03-01' })).toEqual(
          extractArticle(input, { date: '2024-03-01' }),
        );
      }
      expect(bad.ok).toBe(false);
      if (!bad.ok) {
        expect(bad.error).toBeInstanceOf(ArticleInputError);
        expect((bad.error as ArticleInputError).problem).toBe('empty');
      }
    } finally {
      await pool.close();
    }
  });

  it("uses one worker per core but the writer's by default, at most 4, and none on one or two cores", () => {
    expect(defaultWorkers(1)).toBe(1);
    expect(defaultWorkers(2)).toBe(1);
    expect(defaultWorkers(3)).toBe(2);
    expect(defaultWorkers(64)).toBe(4);
  });
});

describe('the wire form of a read article', () => {
  it('gives back the read article, sentences, tokens and captions included', () => {
    const inputs: ArticleInput[] = [
      { text: CAPTIONED, path: 'captioned.txt' },
      ...generateCorpus({ seed: 3, count: 5 }).map((a) => a.input),
      { text: '' },
    ];
    for (const input of inputs) {
      const read = readArticle(input, { date: '2024-03-01' });
      const { wire, transfer } = toWire(read);
      expect(transfer).toHaveLength(2);
      // As postMessage sends it.
      const back = fromWire(structuredClone(wire));
      expect(back).toEqual(read);
      expect(back.sentences.map((s) => Object.keys(s))).toEqual(read.sentences.map((s) => Object.keys(s)));
    }
    expect(readArticle({ text: CAPTIONED }).sentences.some((s) => s.caption)).toBe(true);
  });
});
