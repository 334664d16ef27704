/**
 * What one correction costs at scale (docs/curation.md): ingests N generated articles (bench/corpus.ts)
 * into an embedded store file in a temporary folder, then times a merge of two people with
 * addCorrection and its undo with undoCorrection (dump → apply → load → write the file, each).
 *
 *   npx tsx scripts/curation-cost.ts [N=2000]
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { generateCorpus } from '../bench/corpus.js';
import { extractCorpus } from '../src/extract/index.js';
import { addCorrection, undoCorrection } from '../src/store/curation.js';
import { EmbeddedStore } from '../src/store/embedded.js';

async function main(): Promise<void> {
  const count = Number(process.argv[2] ?? 2000);
  const folder = await mkdtemp(join(tmpdir(), 'newsgraph-curation-'));
  try {
    const graphs = extractCorpus(generateCorpus({ count }).map((a) => a.input));
    const store = await EmbeddedStore.open({ path: join(folder, 'graph.json') });
    for (const graph of graphs) await store.ingest(graph);
    await store.flush();
    const { articles, nodes, edges } = await store.stats();
    const [into, from] = (await store.searchEntities({ label: 'Person', first: 2 })).items;
    let started = performance.now();
    const merge = await addCorrection(store, { kind: 'mergeEntities', into: into!.id, from: from!.id }, 'bench');
    const mergeMs = Math.round(performance.now() - started);
    started = performance.now();
    await undoCorrection(store, merge.id, 'bench');
    const undoMs = Math.round(performance.now() - started);
    await store.close();
    console.log(JSON.stringify({ articles, nodes, edges, mergeMs, undoMs }));
  } finally {
    await rm(folder, { recursive: true, force: true });
  }
}

await main();
