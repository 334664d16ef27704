import { articleId, entityId, relationId, statementId } from '../../src/graph/ids.js';
import type {
  ArticleGraph,
  ArticleRecord,
  EntityLabel,
  EntityRecord,
  EvidenceRecord,
  RelationRecord,
  RelationType,
  StatementRecord,
} from '../../src/graph/model.js';
import { UNDIRECTED_RELATION_TYPES } from '../../src/graph/model.js';

/** Builds one article's graph from its text, locating every mention and sentence in it. */
class ArticleBuilder {
  readonly article: ArticleRecord;
  private readonly entities = new Map<string, EntityRecord>();
  private readonly relations: RelationRecord[] = [];
  private readonly statements: StatementRecord[] = [];

  constructor(
    readonly text: string,
    meta: { title: string; publishedAt?: string; source?: string },
  ) {
    this.article = { id: articleId(text), length: text.length, ...meta };
  }

  private at(fragment: string): number {
    const start = this.text.indexOf(fragment);
    if (start < 0) throw new Error(`fixture: "${fragment}" is not in the text`);
    return start;
  }

  /** An entity mentioned by those of the given forms that the text holds (the first form is its canonical name). */
  entity(label: EntityLabel, forms: string[], extra: Partial<EntityRecord> = {}): string {
    const [name, ...aliases] = forms;
    const mentions = forms
      .filter((form) => this.text.includes(form))
      .map((form) => {
        const start = this.at(form);
        return { article: this.article.id, start, end: start + form.length, text: form };
      });
    if (mentions.length === 0) throw new Error(`fixture: no form of ${name} is in the text`);
    const id = entityId(label, name!);
    this.entities.set(id, { id, label, name: name!, aliases, mentions, count: mentions.length, ...extra });
    return id;
  }

  /** An edge stated by a sentence of the text. */
  relation(
    type: RelationType,
    source: string,
    target: string,
    sentence: string,
    confidence: number,
    extra: Partial<EvidenceRecord> & Pick<RelationRecord, 'date' | 'place' | 'event'> = {},
  ): string {
    const { date: edgeDate, place, event, ...evidenceExtra } = extra;
    const start = this.at(sentence);
    const evidence: EvidenceRecord = {
      article: this.article.id,
      sentence,
      start,
      end: start + sentence.length,
      confidence,
      date: this.article.publishedAt,
      ...evidenceExtra,
    };
    const id = relationId(type, source, target);
    const relation: RelationRecord = {
      id,
      type,
      source,
      target,
      undirected: UNDIRECTED_RELATION_TYPES.has(type),
      evidence: [evidence],
      confidence,
      ...(evidence.negated ? { negated: true } : {}),
      ...(evidence.hedged ? { hedged: true } : {}),
      ...(edgeDate ? { date: edgeDate } : {}),
      ...(place ? { place } : {}),
      ...(event ? { event } : {}),
    };
    this.relations.push(relation);
    return id;
  }

  /** A quotation attributed to a speaker. */
  statement(
    speaker: string,
    quote: string,
    sentence: string,
    about?: string,
    kind: 'direct' | 'reported' = 'direct',
  ): string {
    const start = this.at(quote);
    const id = statementId(this.article.id, start, start + quote.length);
    this.statements.push({
      id,
      speaker,
      quote,
      sentence,
      article: this.article.id,
      start,
      end: start + quote.length,
      kind,
      ...(about ? { about } : {}),
    });
    return id;
  }

  build(): ArticleGraph {
    return {
      article: this.article,
      entities: [...this.entities.values()],
      relations: this.relations,
      statements: this.statements,
    };
  }
}

const SAMARKAND_TEXT = [
  'Chinese President Xi Jinping met Russian President Vladimir Putin in Samarkand on Thursday.',
  'Putin said: "We highly value the balanced position of our Chinese friends."',
  'Putin later visited the old city of Samarkand.',
  'The United States imposed new sanctions on Russia.',
].join(' ');

const KREMLIN_TEXT = [
  'Kremlin spokesman Dmitry Peskov said the talks with Mr Xi were "constructive and friendly".',
  'Beijing has never joined sanctions against Russia.',
  'Analysts expect Xi to support Putin.',
  'Xi Jinping and Vladimir Putin met for the first time since the war began.',
].join(' ');

const KYIV_TEXT = [
  'Ukrainian President Volodymyr Zelenskyy condemned the Russian invasion of Ukraine.',
  'Russia launched the invasion in February.',
  'Zelenskyy said: "Ukraine will defend itself."',
].join(' ');

/** The three fixture articles and the ids of what they hold. */
export function fixtureArticles() {
  const a = new ArticleBuilder(SAMARKAND_TEXT, {
    title: 'Xi and Putin meet in Samarkand',
    publishedAt: '2022-09-15',
    source: 'Wire',
  });
  const xi = a.entity('Person', ['Xi Jinping'], { roles: ['President'] });
  const putin = a.entity('Person', ['Vladimir Putin', 'Putin'], { roles: ['President'] });
  const china = a.entity('Country', ['China', 'Chinese'], { code: 'CHN' });
  const russia = a.entity('Country', ['Russia', 'Russian'], { code: 'RUS' });
  const us = a.entity('Country', ['United States'], { code: 'USA' });
  const samarkand = a.entity('Place', ['Samarkand']);
  const meeting = a.entity('Event', ['Xi–Putin meeting in Samarkand', 'met'], { date: '2022-09-15', place: samarkand });
  const metWith = a.relation('MET_WITH', putin, xi, SAMARKAND_TEXT.split('. ')[0]! + '.', 0.8, {
    date: '2022-09-15',
    place: samarkand,
    event: meeting,
  });
  const xiLeads = a.relation('LEADER_OF', xi, china, 'Chinese President Xi Jinping', 0.9);
  const putinLeads = a.relation('LEADER_OF', putin, russia, 'Russian President Vladimir Putin', 0.9);
  const said = a.relation(
    'SAID',
    putin,
    meeting,
    'Putin said: "We highly value the balanced position of our Chinese friends."',
    0.85,
    {
      quote: 'We highly value the balanced position of our Chinese friends.',
    },
  );
  a.relation('PARTICIPATED_IN', xi, meeting, 'Chinese President Xi Jinping met Russian President Vladimir Putin', 0.7);
  a.relation('HELD_IN', meeting, samarkand, 'in Samarkand on Thursday', 0.75);
  a.relation('VISITED', putin, samarkand, 'Putin later visited the old city of Samarkand.', 0.6);
  const usSanctions = a.relation('SANCTIONS', us, russia, 'The United States imposed new sanctions on Russia.', 0.9);
  const putinQuote = a.statement(
    putin,
    'We highly value the balanced position of our Chinese friends.',
    'Putin said: "We highly value the balanced position of our Chinese friends."',
    meeting,
  );

  const b = new ArticleBuilder(KREMLIN_TEXT, { title: 'Kremlin praises talks', publishedAt: '2022-09-16' });
  const peskov = b.entity('Person', ['Dmitry Peskov'], { roles: ['spokesman'] });
  const kremlin = b.entity('Organization', ['Kremlin']);
  b.entity('Person', ['Xi Jinping', 'Mr Xi', 'Xi']);
  b.entity('Person', ['Vladimir Putin', 'Putin']);
  b.entity('Country', ['Russia']);
  const chinaB = b.entity('Country', ['China', 'Beijing']);
  b.relation('AFFILIATED_WITH', peskov, kremlin, 'Kremlin spokesman Dmitry Peskov', 0.8);
  b.relation(
    'SAID',
    peskov,
    meeting,
    'Kremlin spokesman Dmitry Peskov said the talks with Mr Xi were "constructive and friendly".',
    0.7,
    {
      quote: 'constructive and friendly',
    },
  );
  const chinaSanctions = b.relation(
    'SANCTIONS',
    chinaB,
    russia,
    'Beijing has never joined sanctions against Russia.',
    0.9,
    { negated: true },
  );
  const supports = b.relation('SUPPORTS', xi, putin, 'Analysts expect Xi to support Putin.', 0.5, { hedged: true });
  b.relation('MET_WITH', xi, putin, 'Xi Jinping and Vladimir Putin met for the first time since the war began.', 0.7);
  const peskovQuote = b.statement(peskov, 'constructive and friendly', KREMLIN_TEXT.split('. ')[0]! + '.', meeting);

  const c = new ArticleBuilder(KYIV_TEXT, { title: 'Zelenskyy condemns invasion', publishedAt: '2022-03-01' });
  const zelenskyy = c.entity('Person', ['Volodymyr Zelenskyy', 'Zelenskyy'], { roles: ['President'] });
  const ukraine = c.entity('Country', ['Ukraine', 'Ukrainian'], { code: 'UKR' });
  c.entity('Country', ['Russia', 'Russian']);
  const invasion = c.entity('Event', ['Russian invasion of Ukraine', 'invasion'], { date: '2022-02' });
  c.relation('LEADER_OF', zelenskyy, ukraine, 'Ukrainian President Volodymyr Zelenskyy', 0.9);
  const opposes = c.relation(
    'OPPOSES',
    zelenskyy,
    invasion,
    'Ukrainian President Volodymyr Zelenskyy condemned the Russian invasion of Ukraine.',
    0.8,
  );
  c.relation('PARTICIPATED_IN', russia, invasion, 'Russia launched the invasion in February.', 0.8, {
    date: '2022-02',
  });
  const zelenskyyQuote = c.statement(
    zelenskyy,
    'Ukraine will defend itself.',
    'Zelenskyy said: "Ukraine will defend itself."',
    ukraine,
  );

  return {
    samarkand: a.build(),
    kremlin: b.build(),
    kyiv: c.build(),
    ids: {
      xi,
      putin,
      china,
      russia,
      us,
      samarkand,
      meeting,
      peskov,
      kremlin,
      zelenskyy,
      ukraine,
      invasion,
      metWith,
      xiLeads,
      putinLeads,
      said,
      usSanctions,
      chinaSanctions,
      supports,
      opposes,
      putinQuote,
      peskovQuote,
      zelenskyyQuote,
    },
  };
}

/** Strings that would change a query if a store spliced them into its query text. */
export const INJECTIONS = [
  `') RETURN n //`,
  `"}) MATCH (n) DETACH DELETE n //`,
  `person:xi-jinping' OR 1=1 --`,
  `*`,
  `putin" OR "a"="a`,
  `xi AND NOT putin`,
  `\\`,
  `~ ^ ? : [ ] { } ( ) /`,
  `$id`,
  '`Entity`',
];
