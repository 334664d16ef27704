import type { ArticleGraph } from '../../src/graph/model.js';
import { EmbeddedStore } from '../../src/store/embedded.js';
import type { GraphStore } from '../../src/store/port.js';
import { openEmptyNeo4jStore } from '../setup/neo4j-env.js';
import { reactionArticle, samarkandArticle } from './fixtures.js';
import { recordAnswers, type RecordedAnswer } from './harness.js';

/** The articles most query tests run on: the Samarkand meeting and the reactions to it. */
export const FIXTURE_ARTICLES: readonly ArticleGraph[] = [samarkandArticle, reactionArticle];

/** Opens a store holding exactly the given articles, ingested in order (none: an empty store). */
export type OpenStore = (articles?: readonly ArticleGraph[]) => Promise<GraphStore>;

type StoreName = 'embedded' | 'neo4j';

/** The answers recorded in this test file: by store, then by test (its name with the store's as `%s`). */
const answers = new Map<StoreName, Map<string, RecordedAnswer[]>>();

/**
 * The stores the GraphQL query tests run against, as rows for `describe.each`, in the contract style of
 * test/store/contract.test.ts: the same queries and expected answers on the embedded store and on Neo4j,
 * each holding the same articles, queried through yoga's in-process fetch.
 *
 * Neo4j is the test server of the run (one database): opening a Neo4j store empties it and closes the
 * store opened before, so a test file holds one Neo4j store at a time; the last one is closed after the
 * file. A test file that uses these must call `claimNeo4jServer()` (from ../setup/neo4j-env.js) at its
 * top level itself: it takes the server for the file, and the jest global setup starts Neo4j only for
 * test files that name that module. Each `describe` that needs data opens its own store (in its
 * `beforeAll` or its tests), so that no test sees another's.
 *
 * Every request made through testApi meanwhile is recorded with its answer, under the name of its test
 * (the store's name left out), for `sameAnswersOnBothStores`.
 */
export function storesUnderTest(): [StoreName, OpenStore][] {
  let neo4j: GraphStore | undefined;
  let current: StoreName | undefined;
  answers.clear();
  recordAnswers((answer) => {
    const test = expect.getState().currentTestName;
    // Only the tests of a describe.each row (named after its store), not single-store tests beside them.
    if (!current || !test?.includes(current)) return;
    const key = test.replace(current, '%s');
    const byTest = answers.get(current) ?? new Map<string, RecordedAnswer[]>();
    answers.set(current, byTest.set(key, [...(byTest.get(key) ?? []), answer]));
  });
  afterAll(async () => {
    recordAnswers(undefined);
    await neo4j?.close();
    neo4j = undefined;
  });
  const fill = async (store: GraphStore, articles: readonly ArticleGraph[]): Promise<GraphStore> => {
    for (const article of articles) await store.ingest(article);
    return store;
  };
  return [
    [
      'embedded',
      async (articles = []) => {
        current = 'embedded';
        return fill(await EmbeddedStore.open(), articles);
      },
    ],
    [
      'neo4j',
      async (articles = []) => {
        current = 'neo4j';
        const previous = neo4j;
        neo4j = undefined;
        await previous?.close();
        neo4j = await openEmptyNeo4jStore();
        return fill(neo4j, articles);
      },
    ],
  ];
}

/**
 * Declares a last test that checks that both stores gave the same answer, whole and in the same order,
 * to every request that the tests of this file made on them: beyond what each test expects, this holds
 * every list to one order on both stores, including those the tests sort or search.
 */
export function sameAnswersOnBothStores(): void {
  test('both stores gave the same answer to every request, in the same order', () => {
    const embedded = answers.get('embedded') ?? new Map<string, RecordedAnswer[]>();
    const neo4j = answers.get('neo4j') ?? new Map<string, RecordedAnswer[]>();
    expect([...neo4j.keys()]).toEqual([...embedded.keys()]);
    expect(embedded.size).toBeGreaterThan(0);
    for (const [name, asked] of embedded)
      expect({ test: name, answers: neo4j.get(name) }).toEqual({ test: name, answers: asked });
  });
}
