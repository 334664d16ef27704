import { articleId, entityId, relationId, statementId } from '../../src/graph/ids.js';
import type {
  ArticleGraph,
  EntityLabel,
  EntityRecord,
  RelationRecord,
  RelationType,
  StatementRecord,
} from '../../src/graph/model.js';
import { UNDIRECTED_RELATION_TYPES } from '../../src/graph/model.js';
import { EmbeddedStore } from '../../src/store/embedded.js';

interface FixtureArticle {
  title: string;
  date: string;
  text: string;
  entities: [EntityLabel, string, string[]][];
  relations: {
    type: RelationType;
    source: string;
    target: string;
    sentence: string;
    quote?: string;
    negated?: boolean;
    hedged?: boolean;
    confidence?: number;
  }[];
  eventDate?: string;
}

/** Two short news articles, hand-annotated, as the extractor would record them. */
export const FIXTURE_ARTICLES: FixtureArticle[] = [
  {
    title: 'Xi and Putin meet in Samarkand',
    date: '2022-09-15',
    text:
      'Chinese President Xi Jinping met Russian President Vladimir Putin in Samarkand on Thursday. ' +
      'Putin said: "We highly value the balanced position of our Chinese friends." ' +
      'The United States and the European Union have imposed sanctions on Russia. ' +
      'China and Russia are members of the Shanghai Cooperation Organisation.',
    entities: [
      ['Person', 'Xi Jinping', ['Xi']],
      ['Person', 'Vladimir Putin', ['Putin']],
      ['Country', 'China', ['Chinese']],
      ['Country', 'Russia', ['Russian']],
      ['Country', 'United States', []],
      ['Organization', 'European Union', []],
      ['Organization', 'Shanghai Cooperation Organisation', ['SCO']],
      ['Event', 'Xi–Putin meeting in Samarkand', []],
      ['Place', 'Samarkand', []],
    ],
    eventDate: '2022-09-15',
    relations: [
      {
        type: 'MET_WITH',
        source: 'Xi Jinping',
        target: 'Vladimir Putin',
        sentence: 'Chinese President Xi Jinping met Russian President Vladimir Putin in Samarkand on Thursday.',
      },
      {
        type: 'LEADER_OF',
        source: 'Xi Jinping',
        target: 'China',
        sentence: 'Chinese President Xi Jinping met Russian President Vladimir Putin in Samarkand on Thursday.',
      },
      {
        type: 'LEADER_OF',
        source: 'Vladimir Putin',
        target: 'Russia',
        sentence: 'Chinese President Xi Jinping met Russian President Vladimir Putin in Samarkand on Thursday.',
      },
      {
        type: 'PARTICIPATED_IN',
        source: 'Xi Jinping',
        target: 'Xi–Putin meeting in Samarkand',
        sentence: 'Chinese President Xi Jinping met Russian President Vladimir Putin in Samarkand on Thursday.',
      },
      {
        type: 'PARTICIPATED_IN',
        source: 'Vladimir Putin',
        target: 'Xi–Putin meeting in Samarkand',
        sentence: 'Chinese President Xi Jinping met Russian President Vladimir Putin in Samarkand on Thursday.',
      },
      {
        type: 'HELD_IN',
        source: 'Xi–Putin meeting in Samarkand',
        target: 'Samarkand',
        sentence: 'Chinese President Xi Jinping met Russian President Vladimir Putin in Samarkand on Thursday.',
      },
      {
        type: 'SAID',
        source: 'Vladimir Putin',
        target: 'China',
        sentence: 'Putin said: "We highly value the balanced position of our Chinese friends."',
        quote: 'We highly value the balanced position of our Chinese friends.',
      },
      {
        type: 'SANCTIONS',
        source: 'United States',
        target: 'Russia',
        sentence: 'The United States and the European Union have imposed sanctions on Russia.',
      },
      {
        type: 'SANCTIONS',
        source: 'European Union',
        target: 'Russia',
        sentence: 'The United States and the European Union have imposed sanctions on Russia.',
      },
      {
        type: 'MEMBER_OF',
        source: 'China',
        target: 'Shanghai Cooperation Organisation',
        sentence: 'China and Russia are members of the Shanghai Cooperation Organisation.',
      },
      {
        type: 'MEMBER_OF',
        source: 'Russia',
        target: 'Shanghai Cooperation Organisation',
        sentence: 'China and Russia are members of the Shanghai Cooperation Organisation.',
      },
    ],
  },
  {
    title: 'Analysts on the Samarkand talks',
    date: '2022-09-16',
    text:
      'Xi Jinping and Vladimir Putin held talks in Samarkand, their first meeting since the invasion of Ukraine. ' +
      'Zhao Long, a researcher at Renmin University, said the talks showed that "China and Russia stand back to back." ' +
      'Beijing has never joined sanctions against the Kremlin. ' +
      'Ukraine may ask Kazakhstan for support.',
    entities: [
      ['Person', 'Xi Jinping', []],
      ['Person', 'Vladimir Putin', []],
      ['Person', 'Zhao Long', []],
      ['Organization', 'Renmin University', []],
      ['Country', 'China', ['Beijing']],
      ['Country', 'Russia', ['Kremlin']],
      ['Country', 'Ukraine', []],
      ['Country', 'Kazakhstan', []],
      ['Event', 'Xi–Putin meeting in Samarkand', []],
      ['Place', 'Samarkand', []],
    ],
    relations: [
      {
        type: 'MET_WITH',
        source: 'Vladimir Putin',
        target: 'Xi Jinping',
        sentence:
          'Xi Jinping and Vladimir Putin held talks in Samarkand, their first meeting since the invasion of Ukraine.',
      },
      {
        type: 'AFFILIATED_WITH',
        source: 'Zhao Long',
        target: 'Renmin University',
        sentence:
          'Zhao Long, a researcher at Renmin University, said the talks showed that "China and Russia stand back to back."',
      },
      {
        type: 'SAID',
        source: 'Zhao Long',
        target: 'Xi–Putin meeting in Samarkand',
        sentence:
          'Zhao Long, a researcher at Renmin University, said the talks showed that "China and Russia stand back to back."',
        quote: 'China and Russia stand back to back.',
      },
      {
        type: 'SANCTIONS',
        source: 'China',
        target: 'Russia',
        sentence: 'Beijing has never joined sanctions against the Kremlin.',
        negated: true,
      },
      {
        type: 'SUPPORTS',
        source: 'Kazakhstan',
        target: 'Ukraine',
        sentence: 'Ukraine may ask Kazakhstan for support.',
        hedged: true,
        confidence: 0.4,
      },
    ],
  },
];

function mentionsOf(article: string, text: string, forms: string[]) {
  const mentions: { article: string; start: number; end: number; text: string }[] = [];
  for (const form of forms) {
    for (let at = text.indexOf(form); at >= 0; at = text.indexOf(form, at + form.length)) {
      const end = at + form.length;
      if (!mentions.some((m) => m.start < end && at < m.end)) mentions.push({ article, start: at, end, text: form });
    }
  }
  return mentions;
}

/** The article graph of one fixture article, with real offsets into its text. */
export function fixtureArticleGraph(fixture: FixtureArticle): ArticleGraph {
  const article = articleId(fixture.text);
  const byName = new Map<string, EntityRecord>();
  for (const [label, name, aliases] of fixture.entities) {
    const mentions = mentionsOf(article, fixture.text, [name, ...aliases]);
    const entity: EntityRecord = { id: entityId(label, name), label, name, aliases, mentions, count: mentions.length };
    if (label === 'Event') {
      entity.date = fixture.eventDate ?? '2022-09-15';
      entity.place = entityId('Place', 'Samarkand');
    }
    if (label === 'Person' && name !== 'Zhao Long') entity.roles = ['President'];
    byName.set(name, entity);
  }
  const relations: RelationRecord[] = fixture.relations.map((r) => {
    const source = byName.get(r.source)!.id;
    const target = byName.get(r.target)!.id;
    const start = fixture.text.indexOf(r.sentence);
    const confidence = r.confidence ?? 0.8;
    const relation: RelationRecord = {
      id: relationId(r.type, source, target),
      type: r.type,
      source,
      target,
      undirected: UNDIRECTED_RELATION_TYPES.has(r.type),
      evidence: [
        {
          article,
          sentence: r.sentence,
          start,
          end: start + r.sentence.length,
          confidence,
          date: fixture.date,
          ...(r.quote ? { quote: r.quote } : {}),
          ...(r.negated ? { negated: true } : {}),
          ...(r.hedged ? { hedged: true } : {}),
        },
      ],
      confidence,
      ...(r.negated ? { negated: true } : {}),
      ...(r.hedged ? { hedged: true } : {}),
    };
    if (r.type === 'MET_WITH') {
      relation.date = '2022-09-15';
      relation.place = entityId('Place', 'Samarkand');
      relation.event = entityId('Event', 'Xi–Putin meeting in Samarkand');
    }
    return relation;
  });
  const statements: StatementRecord[] = fixture.relations
    .filter((r) => r.type === 'SAID' && r.quote)
    .map((r) => {
      const start = fixture.text.indexOf(r.quote!);
      return {
        id: statementId(article, start, start + r.quote!.length),
        speaker: byName.get(r.source)!.id,
        quote: r.quote!,
        sentence: r.sentence,
        article,
        start,
        end: start + r.quote!.length,
        about: byName.get(r.target)!.id,
        kind: 'direct' as const,
      };
    });
  return {
    article: { id: article, title: fixture.title, publishedAt: fixture.date, length: fixture.text.length },
    entities: [...byName.values()],
    relations,
    statements,
  };
}

/** An in-memory embedded store holding the fixture articles. */
export async function fixtureStore(): Promise<EmbeddedStore> {
  const store = await EmbeddedStore.open();
  for (const fixture of FIXTURE_ARTICLES) await store.ingest(fixtureArticleGraph(fixture));
  return store;
}

/** Node and edge counts of the whole fixture graph as exported: 13 entities; 15 edges less the negated one. */
export const FIXTURE_COUNTS = { nodes: 13, edges: 14 };
