import { jest } from '@jest/globals';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readArticleFile } from '../../src/cli/inputs.js';
import type { ArticleInput } from '../../src/extract/index.js';
import { CorrectionError } from '../../src/graph/corrections.js';
import { relationId } from '../../src/graph/ids.js';
import { ingestArticle } from '../../src/ingest/session.js';
import { addCorrection, exportable, importCorrections, undoCorrection } from '../../src/store/curation.js';
import { EmbeddedStore } from '../../src/store/embedded.js';
import type { GraphDump, GraphStore } from '../../src/store/port.js';
import { claimNeo4jServer, openEmptyNeo4jStore } from '../setup/neo4j-env.js';

jest.setTimeout(120_000);
claimNeo4jServer();

const SEEDS = new URL('../../seeds/', import.meta.url).pathname;
/** The Samarkand seed: "the Pacific" and "Asia-Pacific" as two places, China SUPPORTS Russia, George Magnus at Oxford University. */
const SAMARKAND = `${SEEDS}000_90596ecd335d3845.txt`;
const SECOND = `${SEEDS}001_72ab6b3dabb53510.txt`;

const ASIAN = 'place:pacific-ocean';
const ASIA = 'place:asia-pacific';
const SUPPORTS = relationId('SUPPORTS', 'country:china', 'country:russia');
const OXFORD = 'organization:oxford-university';
const MAGNUS_AT_OXFORD = relationId('AFFILIATED_WITH', 'person:george-magnus', OXFORD);

function ids(dump: GraphDump): { entities: Set<string>; relations: Set<string> } {
  return { entities: new Set(dump.entities.map((e) => e.id)), relations: new Set(dump.relations.map((r) => r.id)) };
}

/** The dump with records sorted by id and mentions/evidence sorted, for comparing stores and runs. */
function canonical(dump: GraphDump): GraphDump {
  const byId = <T extends { id: string }>(list: T[]): T[] => [...list].sort((a, b) => a.id.localeCompare(b.id));
  const key = (x: { article: string; start: number }) => `${x.article}:${String(x.start).padStart(8, '0')}`;
  return {
    articles: byId(dump.articles),
    entities: byId(dump.entities).map((e) => ({
      ...e,
      aliases: [...e.aliases].sort(),
      mentions: [...e.mentions].sort((a, b) => key(a).localeCompare(key(b))),
    })),
    relations: byId(dump.relations).map((r) => ({
      ...r,
      evidence: [...r.evidence].sort((a, b) => key(a).localeCompare(key(b))),
    })),
    statements: byId(dump.statements),
  };
}

const ADAPTERS: [string, () => Promise<GraphStore>][] = [
  ['embedded', () => EmbeddedStore.open()],
  ['neo4j', openEmptyNeo4jStore],
];

describe.each(ADAPTERS)('curation on the %s store', (_name, open) => {
  let store: GraphStore;
  let samarkand: ArticleInput;
  let second: ArticleInput;

  beforeAll(async () => {
    [samarkand, second] = await Promise.all([readArticleFile(SAMARKAND), readArticleFile(SECOND)]);
  });
  beforeEach(async () => {
    store = await open();
  });
  afterEach(async () => {
    await store.close();
  });

  it('merges, renames and rejects, logs who and when, and keeps them through a delete and a re-ingest', async () => {
    const { result } = await ingestArticle(store, samarkand);
    expect(ids(await store.dump()).entities).toContain(ASIAN);
    const merge = await addCorrection(store, { kind: 'mergeEntities', into: ASIA, from: ASIAN }, 'alice');
    const reject = await addCorrection(
      store,
      { kind: 'rejectRelation', relation: SUPPORTS, reason: 'a quote, not a stance' },
      'bob',
      new Date('2026-01-02T03:04:05Z'),
    );
    await addCorrection(store, { kind: 'renameEntity', entity: OXFORD, name: 'University of Oxford' }, 'alice');
    expect(merge).toMatchObject({ kind: 'mergeEntities', who: 'alice', into: { id: ASIA }, from: { id: ASIAN } });
    expect(reject).toMatchObject({ who: 'bob', at: '2026-01-02T03:04:05.000Z', reason: 'a quote, not a stance' });

    const check = async (): Promise<void> => {
      const { entities, relations } = ids(await store.dump());
      expect(entities).not.toContain(ASIAN);
      expect(entities).toContain(ASIA);
      expect(entities).not.toContain(OXFORD);
      expect(entities).toContain('organization:university-of-oxford');
      expect(relations).not.toContain(SUPPORTS);
      expect(relations).not.toContain(MAGNUS_AT_OXFORD);
      expect(relations).toContain(
        relationId('AFFILIATED_WITH', 'person:george-magnus', 'organization:university-of-oxford'),
      );
      const [asia] = await store.getEntities([ASIA]);
      expect(asia!.aliases).toContain('Pacific Ocean');
    };
    await check();
    const corrected = canonical(await store.dump());

    await store.deleteArticle(result.article.id);
    expect((await store.stats()).nodes).toBe(0);
    await ingestArticle(store, samarkand);
    await check();
    expect(canonical(await store.dump())).toEqual(corrected);
    expect((await store.corrections()).map((c) => c.who)).toEqual(['alice', 'bob', 'alice']);
  });

  it('gives the corrected graph in a fresh store that imports the exported log, whatever the order', async () => {
    await ingestArticle(store, samarkand);
    await addCorrection(store, { kind: 'mergeEntities', into: ASIA, from: ASIAN }, 'alice');
    await addCorrection(store, { kind: 'rejectRelation', relation: SUPPORTS, reason: 'no' }, 'alice');
    await addCorrection(store, { kind: 'confirmRelation', relation: MAGNUS_AT_OXFORD }, 'alice');
    const corrected = canonical(await store.dump());
    const log = JSON.parse(JSON.stringify(exportable(await store.corrections()))) as ReturnType<typeof exportable>;
    expect(log.every((c) => !('replaced' in c))).toBe(true);
    expect(corrected.relations.find((r) => r.id === MAGNUS_AT_OXFORD)?.confirmed).toBe(true);

    // Import into an empty store, then ingest: the log applies to the new article.
    await store.close();
    store = await open();
    expect(await importCorrections(store, log)).toHaveLength(3);
    await ingestArticle(store, samarkand);
    expect(canonical(await store.dump())).toEqual(corrected);
    // Ingest, then import: the log applies to what the store holds. Importing twice adds nothing.
    await store.close();
    store = await open();
    await ingestArticle(store, samarkand);
    await importCorrections(store, log);
    expect(await importCorrections(store, log)).toEqual([]);
    expect(canonical(await store.dump())).toEqual(corrected);
  });

  it('undoes a correction exactly when nothing was ingested since, and logs who undid it', async () => {
    await ingestArticle(store, samarkand);
    const original = canonical(await store.dump());
    const merge = await addCorrection(store, { kind: 'mergeEntities', into: ASIA, from: ASIAN }, 'alice');
    const rename = await addCorrection(store, { kind: 'renameEntity', entity: OXFORD, name: 'Oxford' }, 'alice');
    const split = await addCorrection(
      store,
      { kind: 'splitAlias', entity: 'person:xi-jinping', alias: 'Jinping', newEntity: { name: 'Jinping Mystery' } },
      'alice',
    );
    const confirm = await addCorrection(
      store,
      {
        kind: 'confirmRelation',
        relation: relationId('AFFILIATED_WITH', 'person:george-magnus', 'organization:oxford'),
      },
      'alice',
    );
    expect(ids(await store.dump()).entities).toContain('person:jinping-mystery');
    // Newest first, and oldest first: both give back the graph as extracted.
    for (const c of [split, merge, confirm, rename]) await undoCorrection(store, c.id, 'carol');
    expect(canonical(await store.dump())).toEqual(original);
    const log = await store.corrections();
    expect(log.every((c) => c.undone?.who === 'carol')).toBe(true);
    await expect(undoCorrection(store, merge.id, 'carol')).rejects.toThrow(CorrectionError);
    // An undone correction no longer applies to what is ingested later.
    await store.load({ articles: [], entities: [], relations: [], statements: [] });
    await ingestArticle(store, samarkand);
    expect(canonical(await store.dump())).toEqual(original);
  });

  it('undoes a merge made before more articles were ingested: what the merged entity had comes back', async () => {
    await ingestArticle(store, samarkand);
    const [asianBefore] = await store.getEntities([ASIAN]);
    const merge = await addCorrection(store, { kind: 'mergeEntities', into: ASIA, from: ASIAN }, 'alice');
    await ingestArticle(store, second);
    const articles = (await store.stats()).articles;
    await undoCorrection(store, merge.id, 'alice');
    const [asian, asia] = await store.getEntities([ASIAN, ASIA]);
    expect(asian).toMatchObject({ name: asianBefore!.name, count: asianBefore!.count });
    expect(
      asia!.mentions.some((m) => asianBefore!.mentions.some((n) => n.start === m.start && n.article === m.article)),
    ).toBe(false);
    expect((await store.stats()).articles).toBe(articles);
  });

  it('refuses unknown ids and senseless corrections with CorrectionError, changing nothing', async () => {
    await ingestArticle(store, samarkand);
    const before = canonical(await store.dump());
    const attempts = [
      { kind: 'mergeEntities', into: ASIA, from: 'place:atlantis' },
      { kind: 'mergeEntities', into: ASIA, from: 'country:china' },
      { kind: 'mergeEntities', into: ASIA, from: ASIA },
      { kind: 'renameEntity', entity: 'place:atlantis', name: 'x' },
      { kind: 'renameEntity', entity: ASIA, name: '  ' },
      { kind: 'relabelEntity', entity: ASIA, label: 'Place' },
      { kind: 'splitAlias', entity: 'person:xi-jinping', alias: 'Xi Jinping', newEntity: { name: 'Other' } },
      { kind: 'splitAlias', entity: 'person:xi-jinping', alias: 'Nobody', newEntity: { name: 'Other' } },
      { kind: 'rejectRelation', relation: 'SUPPORTS:a->b', reason: 'x' },
      { kind: 'confirmRelation', relation: 'SUPPORTS:a->b' },
    ] as const;
    for (const attempt of attempts)
      await expect(addCorrection(store, attempt, 'alice')).rejects.toThrow(CorrectionError);
    expect(canonical(await store.dump())).toEqual(before);
    expect(await store.corrections()).toEqual([]);
  });
});

describe('the embedded store file and its corrections log', () => {
  let folder: string;
  beforeEach(async () => {
    folder = await mkdtemp(join(tmpdir(), 'curation-'));
  });
  afterEach(async () => {
    await rm(folder, { recursive: true, force: true });
  });

  it('keeps a correction another process made in the file when this one writes after it', async () => {
    const path = join(folder, 'graph.json');
    const a = await EmbeddedStore.open({ path });
    await ingestArticle(a, await readArticleFile(SAMARKAND));
    await a.flush();
    const b = await EmbeddedStore.open({ path });
    await addCorrection(a, { kind: 'rejectRelation', relation: SUPPORTS, reason: 'no' }, 'alice');
    await a.close();
    // b read the file before the correction; its write reads the file again and keeps a's log.
    await ingestArticle(b, await readArticleFile(SECOND));
    await b.close();
    const reopened = await EmbeddedStore.open({ path });
    expect((await reopened.corrections()).map((c) => c.who)).toEqual(['alice']);
    expect((await reopened.stats()).articles).toBe(2);
    expect(ids(await reopened.dump()).relations).not.toContain(SUPPORTS);
    await reopened.close();
  });

  it('keeps the log in the file, and opens a file written before there were logs with none', async () => {
    const path = join(folder, 'graph.json');
    const store = await EmbeddedStore.open({ path });
    await ingestArticle(store, await readArticleFile(SAMARKAND));
    await store.flush();
    const old = await readFile(path, 'utf8');
    expect(old).not.toContain('"corrections"');
    await addCorrection(store, { kind: 'mergeEntities', into: ASIA, from: ASIAN }, 'alice');
    await store.close();
    const reopened = await EmbeddedStore.open({ path });
    expect((await reopened.corrections()).map((c) => c.kind)).toEqual(['mergeEntities']);
    expect((await reopened.exportGraph()).attributes ?? {}).not.toHaveProperty('corrections');
    await reopened.close();
    const oldPath = join(folder, 'old.json');
    await writeFile(oldPath, old);
    const oldStore = await EmbeddedStore.open({ path: oldPath });
    expect(await oldStore.corrections()).toEqual([]);
    expect((await oldStore.stats()).articles).toBe(1);
    await oldStore.close();
  });
});
