import { jest } from '@jest/globals';
import { readExamples, splitOperations } from '../../src/graphql/examples.js';
import { claimNeo4jServer } from '../setup/neo4j-env.js';
import { testApi } from './harness.js';
import { FIXTURE_ARTICLES, sameAnswersOnBothStores, storesUnderTest } from './stores.js';

jest.setTimeout(60_000);
claimNeo4jServer();

describe('docs/queries.graphql', () => {
  const examples = readExamples();

  test('holds the example operations the issue asks for, each with a comment', () => {
    expect(examples.map((e) => e.name)).toEqual(
      expect.arrayContaining([
        'Commentators',
        'XiMeetings',
        'RussiaSupportersAndSanctioners',
        'PathXiToNato',
        'ScoNeighborhood',
        'MostCentralPeople',
      ]),
    );
    for (const example of examples) expect(example.query).toMatch(/^# /);
  });
});

describe.each(storesUnderTest())('docs/queries.graphql on the %s store', (_store, open) => {
  const examples = readExamples();

  test('every example runs without errors within the default limits and answers on the fixtures', async () => {
    const api = testApi(await open(FIXTURE_ARTICLES));
    const answers = new Map<string, Record<string, unknown>>();
    for (const example of examples) {
      const { body } = await api.request(example.query);
      expect({ name: example.name, errors: body.errors }).toEqual({ name: example.name, errors: undefined });
      answers.set(example.name, body.data!);
    }
    const commentators = answers.get('Commentators') as { commentators: { speaker: { name: string } }[] };
    expect(commentators.commentators.map((c) => c.speaker.name).sort()).toEqual(['John Kirby', 'Shi Yinhong']);
    const meetings = answers.get('XiMeetings') as {
      entity: { meetings: { nodes: { with: { name: string }; date: string; place: { name: string } }[] } };
    };
    expect(meetings.entity.meetings.nodes[0]).toMatchObject({
      with: { name: 'Vladimir Putin' },
      date: '2022-09-15',
      place: { name: 'Samarkand' },
    });
    const russia = answers.get('RussiaSupportersAndSanctioners') as Record<
      string,
      { nodes: { source: { name: string }; evidence: { nodes: unknown[] } }[] }
    >;
    expect(russia.supporters!.nodes.map((n) => n.source.name)).toEqual(['China']);
    expect(russia.sanctioners!.nodes.map((n) => n.source.name)).toEqual(['United States']);
    expect(russia.sanctioners!.nodes[0]!.evidence.nodes).toHaveLength(2);
    const path = answers.get('PathXiToNato') as { path: { nodes: { name: string }[] } };
    expect(path.path.nodes.map((n) => n.name)).toEqual([
      'Xi Jinping',
      'Vladimir Putin',
      'North Atlantic Treaty Organization',
    ]);
    const sco = answers.get('ScoNeighborhood') as { neighborhood: { nodes: unknown[] } };
    expect(sco.neighborhood.nodes).toHaveLength(3);
    const central = answers.get('MostCentralPeople') as { centralEntities: { edges: { node: { name: string } }[] } };
    expect(central.centralEntities.edges[0]!.node.name).toBe('Vladimir Putin');
  });
});

describe('splitOperations', () => {
  test('gives one text per operation with the comment lines just above it', () => {
    const document =
      '# Heading of the file\n\n# First\nquery A { stats { nodes } }\n\n# Second,\n# two lines\nquery B { stats { edges } }\n';
    expect(splitOperations(document)).toEqual([
      { name: 'A', query: '# First\nquery A { stats { nodes } }' },
      { name: 'B', query: '# Second,\n# two lines\nquery B { stats { edges } }' },
    ]);
  });
});

sameAnswersOnBothStores();
