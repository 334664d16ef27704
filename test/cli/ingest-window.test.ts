/**
 * kg ingest with articles in flight (GraphStore.ingestWindow > 1, as Neo4j asks): the same store, the
 * same summary and the same events in file order as one article at a time, and an article told done
 * only after the store has it.
 */
import { copyFileSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ingestPaths, type IngestEvent } from '../../src/cli/ingest.js';
import { EmbeddedStore } from '../../src/store/embedded.js';
import type { GraphDump } from '../../src/store/port.js';

const SEEDS = new URL('../../seeds/', import.meta.url).pathname;
let root: string;

beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'kg-window-'));
  for (const name of readdirSync(SEEDS)) copyFileSync(join(SEEDS, name), join(root, name));
  // The same article again, and a file that fails to decode, between the good ones.
  const first = readdirSync(SEEDS).sort()[0]!;
  copyFileSync(join(SEEDS, first), join(root, `002a_${first}`));
  writeFileSync(join(root, '003a_bad.txt'), Buffer.from([0xff, 0xfe, 0x00, 0x00, 0x41]));
});

afterAll(() => {
  rmSync(root, { recursive: true, force: true });
});

/** Ingests the folder into a new in-memory store that asks for `window` calls in flight and answers each a little later. */
async function ingestWith(window: number): Promise<{
  dump: GraphDump;
  events: IngestEvent[];
  summary: unknown;
  mostInFlight: number;
  toldBeforeStored: string[];
}> {
  const store = await EmbeddedStore.open();
  Object.defineProperty(store, 'ingestWindow', { value: window });
  const ingest = store.ingest.bind(store);
  const stored = new Set<string>();
  let inFlight = 0;
  let mostInFlight = 0;
  store.ingest = async (graph) => {
    inFlight += 1;
    mostInFlight = Math.max(mostInFlight, inFlight);
    await new Promise((resolve) => setTimeout(resolve, 5));
    const result = await ingest(graph);
    stored.add(graph.article.id);
    inFlight -= 1;
    return result;
  };
  const events: IngestEvent[] = [];
  const toldBeforeStored: string[] = [];
  const summary = await ingestPaths(store, [root], {
    progress: false,
    flushEveryMs: 0,
    onEvent: (event) => {
      events.push(event);
      if (event.kind === 'done' && !stored.has(event.article)) toldBeforeStored.push(event.article);
    },
  });
  return { dump: await store.dump(), events, summary, mostInFlight, toldBeforeStored };
}

describe('kg ingest with a window of articles in flight', () => {
  it('stores, counts and tells the same as one at a time, in file order', async () => {
    const one = await ingestWith(1);
    const many = await ingestWith(4);
    expect(one.mostInFlight).toBe(1);
    expect(many.mostInFlight).toBeGreaterThan(1);
    expect(many.dump).toEqual(one.dump);
    expect(many.summary).toEqual(one.summary);
    expect(many.events).toEqual(one.events);
    expect(many.events.map((e) => e.kind)).toEqual(expect.arrayContaining(['done', 'duplicate', 'failed']));
    expect(many.toldBeforeStored).toEqual([]);
  });
});
