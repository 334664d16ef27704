import { jest } from '@jest/globals';
import type { ArticleGraph } from '../../src/graph/model.js';
import { claimNeo4jServer } from '../setup/neo4j-env.js';
import { reactionArticle, samarkandArticle } from './fixtures.js';
import { testApi } from './harness.js';
import { FIXTURE_ARTICLES, storesUnderTest } from './stores.js';

jest.setTimeout(120_000);
claimNeo4jServer();

const TOKENS = [
  { name: 'alice', secret: 'alice-secret' },
  { name: 'bob', secret: 'bob-secret' },
];
const as = (name: 'alice' | 'bob') => ({ headers: { authorization: `Bearer ${name}-secret` } });

const SUMMIT = 'event:sco-summit-in-samarkand';
const MEETING = 'event:xi-putin-meeting-in-samarkand';
const CHINA_SUPPORTS_RUSSIA = 'SUPPORTS:country:china->country:russia';
const KIRBY_AT_WHITE_HOUSE = 'AFFILIATED_WITH:person:john-kirby->organization:white-house';

const CORRECTION =
  'id kind who at entity { id label name } into { id } alias newEntity { id } label name relation { id type sourceId targetId } reason undone undoneBy undoneAt';

/** The extractor the API runs: the fixture article whose title the input gives (the text only has to pass the input checks). */
function extractFixture(input: { title?: string }): ArticleGraph {
  return [samarkandArticle, reactionArticle].find((g) => g.article.title === input.title)!;
}

describe.each(storesUnderTest())('curation through the API on the %s store', (_store, open) => {
  const api = async () => testApi(await open(FIXTURE_ARTICLES), { apiToken: TOKENS, extract: extractFixture });

  it('needs a token, and refuses unknown ids as BAD_USER_INPUT', async () => {
    const { request } = await api();
    const merge = `mutation { mergeEntities(into: "${MEETING}", from: "${SUMMIT}") { id } }`;
    expect((await request(merge)).body.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    for (const mutation of [
      `mutation { mergeEntities(into: "${MEETING}", from: "event:nothing") { id } }`,
      `mutation { renameEntity(entity: "person:nobody", name: "X") { id } }`,
      `mutation { rejectRelation(relation: "SUPPORTS:a->b", reason: "x") { id } }`,
      `mutation { undoCorrection(id: "correction:none") { id } }`,
      `mutation { splitAlias(entity: "person:xi-jinping", alias: "Jinping", newEntity: { name: "Y" }) { id } }`,
    ]) {
      const { body } = await request(mutation, as('alice'));
      expect(body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    }
    expect(await (await api()).data('{ corrections { totalCount } }')).toEqual({ corrections: { totalCount: 0 } });
  });

  it('merges, rejects, confirms and renames as who the token names; lists the log; undoes', async () => {
    const { data, request } = await api();
    const merged = await data<{ mergeEntities: Record<string, unknown> }>(
      `mutation { mergeEntities(into: "${MEETING}", from: "${SUMMIT}") { ${CORRECTION} } }`,
      as('alice'),
    );
    expect(merged.mergeEntities).toMatchObject({
      kind: 'MERGE_ENTITIES',
      who: 'alice',
      entity: { id: SUMMIT, label: 'EVENT', name: 'SCO summit in Samarkand' },
      into: { id: MEETING },
      undone: false,
    });
    expect(Date.parse(merged.mergeEntities.at as string)).toBeGreaterThan(Date.now() - 60_000);
    await data(
      `mutation { rejectRelation(relation: "${CHINA_SUPPORTS_RUSSIA}", reason: "a hedge, not a stance") { id } }`,
      as('bob'),
    );
    await data(`mutation { confirmRelation(relation: "${KIRBY_AT_WHITE_HOUSE}") { id } }`, as('bob'));
    await data(
      `mutation { renameEntity(entity: "person:shi-yinhong", name: "Shi Yinhong (Renmin)") { id } }`,
      as('alice'),
    );

    const after = await data<Record<string, { id: string; aliases?: string[]; confirmed?: boolean } | null>>(
      `{ summit: entity(id: "${SUMMIT}") { id }
         meeting: entity(id: "${MEETING}") { id aliases }
         supports: relation(id: "${CHINA_SUPPORTS_RUSSIA}") { id }
         kirby: relation(id: "${KIRBY_AT_WHITE_HOUSE}") { id confirmed }
         shi: entity(id: "person:shi-yinhong-renmin") { id aliases } }`,
    );
    expect(after.summit).toBeNull();
    expect(after.meeting!.aliases).toContain('SCO summit in Samarkand');
    expect(after.supports).toBeNull();
    expect(after.kirby!.confirmed).toBe(true);
    expect(after.shi!.aliases).toContain('Shi Yinhong');

    const log = await data<{
      corrections: { totalCount: number; nodes: { id: string; kind: string; who: string; reason: string | null }[] };
    }>(`{ corrections(first: 10) { totalCount nodes { id kind who reason } } }`);
    expect(log.corrections.nodes.map((c) => [c.kind, c.who])).toEqual([
      ['MERGE_ENTITIES', 'alice'],
      ['REJECT_RELATION', 'bob'],
      ['CONFIRM_RELATION', 'bob'],
      ['RENAME_ENTITY', 'alice'],
    ]);
    expect(log.corrections.nodes[1]!.reason).toBe('a hedge, not a stance');

    const undone = await data<{ undoCorrection: Record<string, unknown> }>(
      `mutation { undoCorrection(id: "${log.corrections.nodes[0]!.id}") { ${CORRECTION} } }`,
      as('bob'),
    );
    expect(undone.undoCorrection).toMatchObject({ undone: true, undoneBy: 'bob', who: 'alice' });
    expect(await data(`{ entity(id: "${SUMMIT}") { id } }`)).toEqual({ entity: { id: SUMMIT } });
    const again = await request(`mutation { undoCorrection(id: "${log.corrections.nodes[0]!.id}") { id } }`, as('bob'));
    expect(again.body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('keeps a correction when the article is deleted and ingested again through the API', async () => {
    const { data } = await api();
    await data(`mutation { rejectRelation(relation: "${CHINA_SUPPORTS_RUSSIA}", reason: "no") { id } }`, as('alice'));
    await data(`mutation { mergeEntities(into: "${MEETING}", from: "${SUMMIT}") { id } }`, as('alice'));
    await data(`mutation { deleteArticle(id: "${samarkandArticle.article.id}") { found } }`, as('alice'));
    await data(`mutation { deleteArticle(id: "${reactionArticle.article.id}") { found } }`, as('alice'));
    for (const article of [samarkandArticle, reactionArticle]) {
      await data(`mutation Ingest($input: IngestArticleInput!) { ingestArticle(input: $input) { duplicate } }`, {
        ...as('bob'),
        variables: {
          input: { text: 'Xi Jinping met Vladimir Putin in Samarkand on Thursday.', title: article.article.title },
        },
      });
    }
    expect(
      await data(
        `{ summit: entity(id: "${SUMMIT}") { id } supports: relation(id: "${CHINA_SUPPORTS_RUSSIA}") { id } stats { articles } }`,
      ),
    ).toEqual({ summit: null, supports: null, stats: { articles: 2 } });
  });
});
