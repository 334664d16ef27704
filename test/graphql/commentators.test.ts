import { jest } from '@jest/globals';
import { claimNeo4jServer } from '../setup/neo4j-env.js';
import { buildArticle, reactionArticle, samarkandArticle } from './fixtures.js';
import { testApi } from './harness.js';
import { sameAnswersOnBothStores, storesUnderTest } from './stores.js';

jest.setTimeout(60_000);
claimNeo4jServer();

const TEXT = [
  'Putin called Xi "an old friend" after the talks.',
  'Xi said the meeting would "deepen the partnership between our two great countries".',
  'Analyst Gal Luft said the meeting was "a show of unity with little substance behind it".',
  'Luft also spoke of "provocations".',
].join('\n\n');

/**
 * An article without a title: the meeting's own participants comment on it (Putin by a MET_WITH edge
 * only, not tied to the Event), with fragments, and an analyst comments at length.
 */
const untitledArticle = (() => {
  const graph = buildArticle({
    text: TEXT,
    title: '',
    source: 'Example Agency',
    publishedAt: '2022-09-17',
    entities: [
      { label: 'Person', name: 'Xi Jinping', aliases: ['Xi'] },
      { label: 'Person', name: 'Vladimir Putin', aliases: ['Putin'] },
      { label: 'Person', name: 'Gal Luft', aliases: ['Luft'] },
      { label: 'Event', name: 'Xi–Putin meeting in Samarkand', aliases: ['the meeting'] },
    ],
    relations: [
      {
        type: 'MET_WITH',
        source: 'Vladimir Putin',
        target: 'Xi Jinping',
        sentence: 'Putin called Xi "an old friend" after the talks.',
      },
    ],
    statements: [
      {
        speaker: 'Vladimir Putin',
        quote: 'an old friend',
        sentence: 'Putin called Xi "an old friend" after the talks.',
        about: 'Xi–Putin meeting in Samarkand',
      },
      {
        speaker: 'Xi Jinping',
        quote: 'deepen the partnership between our two great countries',
        sentence: 'Xi said the meeting would "deepen the partnership between our two great countries".',
        about: 'Xi–Putin meeting in Samarkand',
      },
      {
        speaker: 'Gal Luft',
        quote: 'a show of unity with little substance behind it',
        sentence: 'Analyst Gal Luft said the meeting was "a show of unity with little substance behind it".',
        about: 'Xi–Putin meeting in Samarkand',
      },
      {
        speaker: 'Gal Luft',
        quote: 'provocations',
        sentence: 'Luft also spoke of "provocations".',
        about: 'Xi–Putin meeting in Samarkand',
      },
    ],
  });
  const { title: _title, ...article } = graph.article;
  return { ...graph, article };
})();

interface Commentary {
  commentators: {
    speaker: { name: string };
    quote: string;
    article: { title: string | null; heading: string; publishedAt: string };
  }[];
}

const QUERY = (args: string) =>
  `{ commentators(on: "Xi–Putin"${args}) { speaker { name } quote article { title heading publishedAt } } }`;

describe.each(storesUnderTest())('commentators: what others said about an event (%s store)', (_store, open) => {
  let api: ReturnType<typeof testApi>;

  beforeAll(async () => {
    api = testApi(await open([samarkandArticle, reactionArticle, untitledArticle]));
  });

  test('by default, people other than the participants, full statements only, each with a heading and date', async () => {
    const data = await api.data<Commentary>(QUERY(''));
    expect(data.commentators.map((s) => [s.speaker.name, s.quote]).sort()).toEqual([
      ['Gal Luft', 'a show of unity with little substance behind it'],
      ['John Kirby', 'the meeting shows how far Beijing is willing to go'],
      ['Shi Yinhong', 'China will not give Russia military help'],
    ]);
    const luft = data.commentators.find((s) => s.speaker.name === 'Gal Luft')!;
    expect(luft.article).toEqual({ title: null, heading: 'Example Agency, 2022-09-17', publishedAt: '2022-09-17' });
    expect(data.commentators.find((s) => s.speaker.name === 'John Kirby')!.article.heading).toBe(
      'US reacts to Xi–Putin talks',
    );
  });

  test('includeParticipants adds what Xi and Putin said (Putin named by the event, met with but not tied to it)', async () => {
    const data = await api.data<Commentary>(QUERY(', includeParticipants: true'));
    expect(data.commentators.map((s) => s.speaker.name).sort()).toEqual([
      'Gal Luft',
      'John Kirby',
      'Shi Yinhong',
      'Xi Jinping',
    ]);
    const all = await api.data<Commentary>(QUERY(', includeParticipants: true, minWords: 0'));
    expect(all.commentators.map((s) => s.quote)).toEqual(expect.arrayContaining(['an old friend', 'provocations']));
    expect(all.commentators).toHaveLength(6);
  });

  test('minWords: 1 keeps one-word fragments of others; a negative minWords says what to pass', async () => {
    const data = await api.data<Commentary>(QUERY(', minWords: 1'));
    expect(data.commentators.map((s) => s.quote)).toContain('provocations');
    const bad = await api.request(QUERY(', minWords: -1'));
    expect(bad.body.errors?.[0]?.message).toMatch(/"minWords" must be from 0 to 100/);
  });
});

sameAnswersOnBothStores();
