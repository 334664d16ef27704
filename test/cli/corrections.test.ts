import { jest } from '@jest/globals';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readArticleFile } from '../../src/cli/inputs.js';
import { relationId } from '../../src/graph/ids.js';
import { ingestArticle } from '../../src/ingest/session.js';
import { addCorrection } from '../../src/store/curation.js';
import { EmbeddedStore } from '../../src/store/embedded.js';
import { Neo4jStore } from '../../src/store/neo4j/index.js';
import type { GraphStore } from '../../src/store/port.js';
import { claimNeo4jServer, neo4jTestSettings, openEmptyNeo4jStore } from '../setup/neo4j-env.js';
import { REPO, requireBuild, runKg } from './run-kg.js';

jest.setTimeout(180_000);
claimNeo4jServer();

const SEED = `${REPO}seeds/000_90596ecd335d3845.txt`;
const SUPPORTS = relationId('SUPPORTS', 'country:china', 'country:russia');

function neo4jEnv(): NodeJS.ProcessEnv {
  const { uri, user, password, database } = neo4jTestSettings();
  return {
    KG_STORE: 'neo4j',
    NEO4J_URI: uri,
    NEO4J_USER: user,
    NEO4J_PASSWORD: password,
    NEO4J_DATABASE: database ?? '',
  };
}

let folder: string;
beforeAll(requireBuild);
beforeEach(async () => {
  folder = await mkdtemp(join(tmpdir(), 'kg-corrections-'));
});
afterEach(async () => {
  await rm(folder, { recursive: true, force: true });
});

/** How to reach one store from the test (`fresh`: emptied, log included; `open`: as it is) and from `kg`. */
interface Target {
  fresh(): Promise<GraphStore>;
  open(): Promise<GraphStore>;
  args: string[];
  env: NodeJS.ProcessEnv;
}

const targets: [string, () => Target][] = [
  [
    'embedded',
    () => {
      const path = join(folder, 'graph.json');
      const open = () => EmbeddedStore.open({ path });
      return { fresh: async () => (await rm(path, { force: true }), open()), open, args: ['--data', path], env: {} };
    },
  ],
  [
    'neo4j',
    () => ({
      fresh: openEmptyNeo4jStore,
      open: () => Neo4jStore.connect(neo4jTestSettings()),
      args: [],
      env: neo4jEnv(),
    }),
  ],
];

describe.each(targets)('kg corrections on the %s store', (_name, target) => {
  it('lists and exports the log; a fresh store that imports it ingests the corrected graph', async () => {
    const { fresh, open, args, env } = target();
    let store = await fresh();
    await ingestArticle(store, await readArticleFile(SEED));
    await addCorrection(
      store,
      { kind: 'mergeEntities', into: 'place:asia-pacific', from: 'place:pacific-ocean' },
      'alice',
    );
    await addCorrection(store, { kind: 'rejectRelation', relation: SUPPORTS, reason: 'not a stance' }, 'bob');
    await store.close();

    const list = await runKg(['corrections', 'list', ...args], { env });
    expect(list.code).toBe(0);
    expect(list.stdout).toMatch(/alice .*merge place:pacific-ocean into place:asia-pacific/);
    expect(list.stdout).toMatch(/bob .*reject SUPPORTS country:china -> country:russia \(not a stance\)/);
    const file = join(folder, 'log.json');
    const exported = await runKg(['corrections', 'export', file, ...args], { env });
    expect(exported.stderr).toContain('exported 2 correction(s)');
    const log = JSON.parse(await readFile(file, 'utf8')) as { who: string; replaced?: unknown }[];
    expect(log.map((c) => c.who)).toEqual(['alice', 'bob']);
    expect(log.some((c) => c.replaced !== undefined)).toBe(false);

    // A fresh store: import the log, then ingest the article with kg ingest.
    await (await fresh()).close();
    const imported = await runKg(['corrections', 'import', file, ...args], { env });
    expect(imported.stderr).toContain('imported 2 correction(s) of 2');
    const ingested = await runKg(['ingest', SEED, '--no-progress', ...args], { env });
    expect(ingested.code).toBe(0);
    store = await open();
    const dump = await store.dump();
    expect(dump.entities.map((e) => e.id)).not.toContain('place:pacific-ocean');
    expect(dump.relations.map((r) => r.id)).not.toContain(SUPPORTS);
    expect((await store.corrections()).map((c) => c.who)).toEqual(['alice', 'bob']);
    await store.close();
    const again = await runKg(['corrections', 'import', file, ...args], { env });
    expect(again.stderr).toContain('imported 0 correction(s) of 2; 2 the store had already');
  });
});

describe('kg corrections import refuses a malformed log', () => {
  it.each([
    ['not JSON', '{', /is not JSON/],
    ['no list', '{"a": 1}', /holds no list of corrections/],
    [
      'an unknown kind',
      '[{"id":"c1","kind":"explode","who":"a","at":"2026-01-01T00:00:00Z"}]',
      /correction 1 \(c1\): "kind" must be one of/,
    ],
    [
      'a bad label',
      '[{"id":"c1","kind":"relabelEntity","who":"a","at":"2026-01-01T00:00:00Z","entity":{"id":"x","label":"Person","name":"X"},"label":"Thing"}]',
      /"label" must be one of Person/,
    ],
    [
      'a missing time',
      '[{"id":"c1","kind":"confirmRelation","who":"a","relation":{"type":"SAID","source":"a","target":"b"}}]',
      /"at" must be/,
    ],
  ])('%s', async (_what, text, message) => {
    const file = join(folder, 'bad.json');
    await writeFile(file, text);
    const run = await runKg(['corrections', 'import', file, '--data', join(folder, 'graph.json')]);
    expect(run.code).not.toBe(0);
    expect(run.stderr).toMatch(message);
  });
});
