import { jest } from '@jest/globals';
import neo4j from 'neo4j-driver';
import { mkdirSync, mkdtempSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { generateCorpus } from '../../bench/corpus.js';
import { readArticleFile } from '../../src/cli/inputs.js';
import { extractArticle, KnownEntities, type ArticleInput } from '../../src/extract/index.js';
import type { ArticleGraph } from '../../src/graph/model.js';
import { ENTITY_LABELS, RELATION_TYPES } from '../../src/graph/model.js';
import { EmbeddedStore } from '../../src/store/embedded.js';
import { Neo4jStore } from '../../src/store/neo4j/index.js';
import type { GraphDump } from '../../src/store/port.js';
import { ingestWithReport, requireBuild, type ReportedIngest } from '../cli/run-kg.js';
import { buildArticle } from '../graphql/fixtures.js';
import { claimNeo4jServer, neo4jTestSettings, openEmptyNeo4jStore } from '../setup/neo4j-env.js';
import { canonicalDump } from './arbitraries.js';

// Four `kg ingest` processes (three at once, then one alone) and two dumps of the test server.
jest.setTimeout(600_000);
claimNeo4jServer();

/** Generated articles to choose from: a recurring cast, so that the three sets share many entities. */
const CANDIDATES = 90;
const WRITERS = ['a', 'b', 'c'] as const;
/** Every sixth candidate goes to every writer: the same article claimed by three at once. */
const SHARED_EVERY = 6;

let root: string;
/** The folder of each writer's own articles, and the files every writer is given too. */
const folders = new Map<string, string>();
let shared: string[];
/** The graph of each article kept, in the single writer's order (the writers' folders, then the shared files). */
let graphs: ArticleGraph[];

function env(): NodeJS.ProcessEnv {
  const { uri, user, password, database } = neo4jTestSettings();
  return { NEO4J_URI: uri, NEO4J_USER: user, NEO4J_PASSWORD: password, NEO4J_DATABASE: database ?? '' };
}

function ingest(paths: readonly string[]): Promise<ReportedIngest> {
  // --flush-interval 0: report each article as soon as it is stored.
  return ingestWithReport(paths[0]!, [...paths.slice(1), '--store', 'neo4j', '--flush-interval', '0'], env());
}

/** The node labels and relationship types of the store's schema. */
const OWN = ['Entity', ...ENTITY_LABELS, 'Article', 'Statement', 'Evidence', 'NewsgraphLayout', ...RELATION_TYPES];

/**
 * Makes the test database as a new one is: no data (refused on a server NEO4J_URI named that holds
 * some, see openEmptyNeo4jStore), no layout mark, and none of the store's constraints and indexes. The
 * writers that connect next set it up at once.
 */
async function freshDatabase(): Promise<void> {
  await (await openEmptyNeo4jStore()).close();
  const { uri, user, password, database } = neo4jTestSettings();
  const driver = neo4j.driver(uri, neo4j.auth.basic(user, password));
  const session = driver.session({ database });
  const schema = async (kind: 'CONSTRAINTS' | 'INDEXES') =>
    (
      await session.run(
        `SHOW ${kind} YIELD name, labelsOrTypes WHERE any(l IN labelsOrTypes WHERE l IN $own) RETURN name`,
        {
          own: OWN,
        },
      )
    ).records.map((record) => String(record.get('name')));
  try {
    await session.run('MATCH (v:NewsgraphLayout) DELETE v');
    for (const name of await schema('CONSTRAINTS')) await session.run(`DROP CONSTRAINT \`${name}\``);
    for (const name of await schema('INDEXES')) await session.run(`DROP INDEX \`${name}\``);
    expect(await schema('INDEXES')).toEqual([]);
  } finally {
    await session.close();
    await driver.close();
  }
}

/** How many layout marks the database holds (one, whoever set it up). */
async function layoutMarks(): Promise<number> {
  const { uri, user, password, database } = neo4jTestSettings();
  const driver = neo4j.driver(uri, neo4j.auth.basic(user, password));
  try {
    const { records } = await driver.executeQuery('MATCH (v:NewsgraphLayout) RETURN count(v) AS n', {}, { database });
    return Number(records[0]!.get('n'));
  } finally {
    await driver.close();
  }
}

async function dumpNeo4j(): Promise<GraphDump> {
  const store = await Neo4jStore.connect(neo4jTestSettings());
  try {
    return await store.dump();
  } finally {
    await store.close();
  }
}

/** A dump in one order: canonicalDump's, and roles sorted too (united in the order the articles came). */
function normalised(dump: GraphDump): GraphDump {
  const canonical = canonicalDump(dump);
  return {
    ...canonical,
    entities: canonical.entities.map((e) => (e.roles ? { ...e, roles: [...e.roles].sort() } : e)),
  };
}

/**
 * The values of an article's records that the store keeps from the first article that sets them (an
 * entity's name, date, place and code; an edge's date, place and event), by record and field. Where two
 * articles set one differently, the result depends on which writer commits first, by design, not by a race.
 */
function firstSetValues(graph: ArticleGraph): [string, unknown][] {
  const out: [string, unknown][] = [];
  for (const e of graph.entities)
    for (const key of ['name', 'date', 'place', 'code'] as const)
      if (e[key] !== undefined) out.push([`${e.id} ${key}`, e[key]]);
  for (const r of graph.relations)
    for (const key of ['date', 'place', 'event'] as const)
      if (r[key] !== undefined) out.push([`${r.id} ${key}`, r[key]]);
  return out;
}

/** The graph of each article extracted in this order, knowing the entities of `known` and of the ones before. */
function extractInOrder(
  inputs: readonly ArticleInput[],
  order: readonly number[],
  known: readonly ArticleGraph[] = [],
) {
  const entities = new KnownEntities([]);
  for (const graph of known) for (const entity of graph.entities) entities.add(entity);
  const out = new Map<number, ArticleGraph>();
  for (const i of order) {
    const graph = extractArticle(inputs[i]!, { known: entities });
    out.set(i, graph);
    for (const entity of graph.entities) entities.add(entity);
  }
  return out;
}

/**
 * Writes the candidates into the writers' folders (and the shared one) and keeps those whose graph does
 * not depend on what the extractor already knows. `kg ingest` resolves names against the entities its
 * store held when it started and those of its earlier articles, so three writers, each knowing what it
 * has seen, and one writer knowing all the articles before, could otherwise give one article two graphs.
 * Kept are the articles whose graph is the same extracted alone, knowing every article, and in each
 * order a writer may see them: the single writer's, each writer's own, and each writer's own after all
 * the others' (a writer that starts late knows what the others stored). Then each article gives the
 * store one graph whatever the interleaving, and any difference in the results is the store's doing.
 * (The seeds are left out: each of them names people that another one introduces.) Articles that set a
 * first-set value (see firstSetValues) otherwise than one kept before are left out first.
 */
async function prepare(): Promise<void> {
  for (const name of [...WRITERS, 'shared']) {
    const folder = join(root, name);
    mkdirSync(folder);
    folders.set(name, folder);
  }
  const files = generateCorpus({ seed: 11, count: CANDIDATES }).map((article, i) => {
    const folder = i % SHARED_EVERY === SHARED_EVERY - 1 ? 'shared' : WRITERS[i % WRITERS.length]!;
    const path = join(folders.get(folder)!, `${String(i).padStart(3, '0')}.txt`);
    writeFileSync(path, article.input.text);
    return { folder, path };
  });
  const inputs = await Promise.all(files.map((f) => readArticleFile(f.path)));
  const alone = inputs.map((input) => extractArticle(input));
  const same = (i: number, graph: ArticleGraph) => JSON.stringify(graph) === JSON.stringify(alone[i]);
  // The single writer's order: the writers' folders, then the shared files.
  let kept = [...files.keys()].sort((x, y) => files[x]!.path.localeCompare(files[y]!.path));
  const first = new Map<string, unknown>();
  kept = kept.filter((i) => {
    const values = firstSetValues(alone[i]!);
    if (values.some(([field, value]) => first.has(field) && first.get(field) !== value)) return false;
    for (const [field, value] of values) if (!first.has(field)) first.set(field, value);
    return true;
  });
  // Knowing everything first: it leaves out most of those that depend on what is known, at one extraction each.
  const everything = new KnownEntities([]);
  for (const i of kept) for (const entity of alone[i]!.entities) everything.add(entity);
  kept = kept.filter((i) => same(i, extractArticle(inputs[i]!, { known: everything })));
  for (;;) {
    const orders: { order: number[]; known?: ArticleGraph[] }[] = [
      { order: kept },
      ...WRITERS.flatMap((w) => {
        const own = kept.filter((i) => [w, 'shared'].includes(files[i]!.folder));
        const others = kept.filter((i) => !own.includes(i)).map((i) => alone[i]!);
        return [{ order: own }, { order: own, known: others }];
      }),
    ];
    const differ = new Set<number>();
    for (const { order, known } of orders)
      for (const [i, graph] of extractInOrder(inputs, order, known)) if (!same(i, graph)) differ.add(i);
    if (differ.size === 0) break;
    kept = kept.filter((i) => !differ.has(i));
  }
  for (const [i, file] of files.entries()) if (!kept.includes(i)) unlinkSync(file.path);
  graphs = kept.map((i) => alone[i]!);
  shared = kept.filter((i) => files[i]!.folder === 'shared').map((i) => files[i]!.path);
}

beforeAll(async () => {
  requireBuild();
  root = mkdtempSync(join(tmpdir(), 'kg-neo4j-writers-'));
  await prepare();
});

afterAll(() => {
  rmSync(root, { recursive: true, force: true });
});

test('three kg ingest processes writing overlapping articles into one Neo4j give what one writer gives', async () => {
  // The three sets share many entities (the point of the test), and a few articles outright.
  const setOf = new Map<string, Set<string>>();
  for (const graph of graphs) {
    const writer = WRITERS.find((w) => graph.article.path!.startsWith(folders.get(w)!)) ?? 'shared';
    for (const e of graph.entities) setOf.set(e.id, (setOf.get(e.id) ?? new Set()).add(writer));
  }
  const recurring = [...setOf.values()].filter((sets) => sets.size >= 2).length;
  expect({ articles: graphs.length >= 25, shared: shared.length >= 3, recurring: recurring >= 100 }).toEqual({
    articles: true,
    shared: true,
    recurring: true,
  });

  await freshDatabase();
  const runs = await Promise.all(WRITERS.map((w) => ingest([folders.get(w)!, ...shared])));
  for (const run of runs)
    expect({ code: run.code, failed: run.stderr.match(/^failed:.*$/gm) }).toEqual({ code: 0, failed: null });
  expect(await layoutMarks()).toBe(1);
  const reported = runs.flatMap((run) => run.done);
  expect(new Set(reported)).toEqual(new Set(graphs.map((g) => g.article.id)));
  const together = await dumpNeo4j();

  await (await openEmptyNeo4jStore()).close();
  const alone = await ingest([...WRITERS.map((w) => folders.get(w)!), ...shared]);
  expect({ code: alone.code, failed: alone.stderr.match(/^failed:.*$/gm) }).toEqual({ code: 0, failed: null });
  const single = await dumpNeo4j();
  await (await openEmptyNeo4jStore()).close();

  expect(single.articles).toHaveLength(graphs.length);
  expect(normalised(together)).toEqual(normalised(single));

  // And both are what the embedded store makes of the same graphs.
  const embedded = await EmbeddedStore.open();
  for (const graph of graphs) await embedded.ingest(graph);
  expect(normalised(single)).toEqual(normalised(await embedded.dump()));
});

/**
 * Round `r` of writer `w`: two people and a place new to the store, which every writer names in this
 * round (the same meeting, with evidence of its own), and a supporter of the writer's own.
 */
function roundArticle(r: number, w: number): ArticleGraph {
  const [a, b, c, place] = [`Ana Round${r}`, `Ravi Round${r}`, `Lena Writer${w}x${r}`, `Geneva${r}`];
  const met = `${a} met ${b} in ${place} on day ${w}.`;
  const quote = `we support ${a} fully in round ${r}, writer ${w}`;
  const said = `${c} said "${quote}".`;
  return buildArticle({
    text: `${met}\n\n${said}`,
    title: `Round ${r}, writer ${w}`,
    source: 'Example Wire',
    publishedAt: '2023-01-01',
    entities: [
      { label: 'Person', name: a },
      { label: 'Person', name: b },
      { label: 'Person', name: c },
      { label: 'Place', name: place },
    ],
    relations: [
      { type: 'MET_WITH', source: a, target: b, sentence: met, confidence: 0.5 + w / 10 },
      { type: 'SUPPORTS', source: c, target: a, sentence: said },
    ],
    statements: [{ speaker: c, quote, sentence: said, about: a }],
  });
}

test('three connections setting up a new database and creating the same new entities at once lose nothing', async () => {
  await freshDatabase();
  const writers = await Promise.all(WRITERS.map(() => Neo4jStore.connect(neo4jTestSettings())));
  expect(await layoutMarks()).toBe(1);
  const reader = await openEmptyNeo4jStore();
  const embedded = await EmbeddedStore.open();
  try {
    for (let r = 0; r < 20; r += 1) {
      const round = writers.map((_, w) => roundArticle(r, w));
      const results = await Promise.all(writers.map((writer, w) => writer.ingest(round[w]!)));
      expect(results.map((result) => result.duplicate)).toEqual([false, false, false]);
      for (const graph of round) await embedded.ingest(graph);
    }
    expect(normalised(await reader.dump())).toEqual(normalised(await embedded.dump()));
  } finally {
    await reader.load({ articles: [], entities: [], relations: [], statements: [] });
    await Promise.all([...writers, reader].map((store) => store.close()));
  }
});
