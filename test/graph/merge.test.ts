import {
  combineConfidence,
  entityWithoutArticle,
  mergeEntities,
  mergeRelations,
  withoutArticleEvidence,
} from '../../src/graph/merge.js';
import type { EntityRecord, EvidenceRecord, MentionRecord, RelationRecord } from '../../src/graph/model.js';

const evidence = (article: string, confidence: number, extra: Partial<EvidenceRecord> = {}): EvidenceRecord => ({
  article,
  sentence: 'Xi Jinping met Vladimir Putin in Samarkand.',
  start: 0,
  end: 43,
  confidence,
  ...extra,
});

const metWith = (ev: EvidenceRecord[]): RelationRecord => ({
  id: 'MET_WITH:person:vladimir-putin->person:xi-jinping',
  type: 'MET_WITH',
  source: 'person:vladimir-putin',
  target: 'person:xi-jinping',
  undirected: true,
  evidence: ev,
  confidence: combineConfidence(ev),
});

describe('combineConfidence', () => {
  it('grows with independent evidence and stays within [0, 1]', () => {
    expect(combineConfidence([{ confidence: 0.6 }])).toBe(0.6);
    expect(combineConfidence([{ confidence: 0.6 }, { confidence: 0.5 }])).toBe(0.8);
    expect(combineConfidence([{ confidence: 1.7 }])).toBe(1);
    expect(combineConfidence([])).toBe(0);
  });
});

describe('mergeEntities', () => {
  it('unites aliases and mentions of the same person from two articles', () => {
    const a: EntityRecord = {
      id: 'person:xi-jinping',
      label: 'Person',
      name: 'Xi Jinping',
      aliases: ['Xi'],
      mentions: [{ article: 'article:a', start: 0, end: 10, text: 'Xi Jinping' }],
      count: 1,
    };
    const b: EntityRecord = {
      ...a,
      aliases: ['Mr Xi', 'Xi'],
      mentions: [
        { article: 'article:b', start: 5, end: 10, text: 'Mr Xi' },
        { article: 'article:a', start: 0, end: 10, text: 'Xi Jinping' },
      ],
      count: 2,
    };
    const merged = mergeEntities(a, b);
    expect(merged.aliases).toEqual(['Xi', 'Mr Xi']);
    expect(merged.count).toBe(2);
  });
});

describe('entityWithoutArticle', () => {
  const mention = (article: string, start: number, text: string) => ({
    article,
    start,
    end: start + text.length,
    text,
  });
  const kumar = (mentions: MentionRecord[], aliases: string[]): EntityRecord => ({
    id: 'person:ravi-kumar',
    label: 'Person',
    name: 'Ravi Kumar',
    aliases,
    mentions,
    count: mentions.length,
  });

  it('takes back the forms only the article gave, title-stripped ones included', () => {
    const both = kumar(
      [mention('article:a', 0, 'Ravi Kumar'), mention('article:b', 0, 'Mr Kumar')],
      ['Mr Kumar', 'Kumar'],
    );
    const rest = entityWithoutArticle(both, 'article:b');
    expect(rest).toMatchObject({ name: 'Ravi Kumar', aliases: [], count: 1 });
  });

  it('keeps forms a remaining mention gives too, and forms no mention of the article gave', () => {
    const both = kumar(
      [mention('article:a', 0, 'Mr Kumar'), mention('article:b', 0, 'Kumar'), mention('article:b', 9, 'Mr. Kumar')],
      ['Mr Kumar', 'Kumar', 'Mr. Kumar', 'R. K.'],
    );
    expect(entityWithoutArticle(both, 'article:b').aliases).toEqual(['Mr Kumar', 'Kumar', 'Mr. Kumar', 'R. K.']);
    const rest = entityWithoutArticle(both, 'article:a');
    expect(rest.aliases).toEqual(['Mr Kumar', 'Kumar', 'Mr. Kumar', 'R. K.']);
    expect(entityWithoutArticle(rest, 'article:b')).toMatchObject({ aliases: ['R. K.'], mentions: [], count: 0 });
  });

  // A titled person's record spans the name only ("Ravi Kumar") and keeps the whole form as surface.
  const titled = (article: string, start: number, title: string) => ({
    ...mention(article, start + title.length + 1, 'Ravi Kumar'),
    surface: `${title} Ravi Kumar`,
  });

  it("takes back the titled form a mention's surface gave, though the record's text is the name", () => {
    const both = kumar(
      [mention('article:a', 0, 'Ravi Kumar'), titled('article:b', 0, 'Minister')],
      ['Minister Ravi Kumar'],
    );
    expect(entityWithoutArticle(both, 'article:b')).toMatchObject({ aliases: [], count: 1 });
  });

  it('keeps the titled form when another article gives the same surface', () => {
    const both = kumar(
      [titled('article:a', 0, 'Minister'), titled('article:b', 5, 'Minister')],
      ['Minister Ravi Kumar'],
    );
    expect(entityWithoutArticle(both, 'article:b')).toMatchObject({ aliases: ['Minister Ravi Kumar'], count: 1 });
    expect(entityWithoutArticle(both, 'article:a')).toMatchObject({ aliases: ['Minister Ravi Kumar'], count: 1 });
  });
});

describe('mergeRelations', () => {
  it('keeps one edge with the evidence of both articles and a higher confidence', () => {
    const merged = mergeRelations(metWith([evidence('article:a', 0.7)]), metWith([evidence('article:b', 0.7)]));
    expect(merged.evidence).toHaveLength(2);
    expect(merged.confidence).toBeCloseTo(0.91);
  });

  it('is plain as soon as one piece of evidence is plain, and hedged again when it goes', () => {
    const merged = mergeRelations(
      metWith([evidence('article:a', 0.5, { hedged: true })]),
      metWith([evidence('article:b', 0.8)]),
    );
    expect(merged.hedged).toBeUndefined();
    const rest = withoutArticleEvidence(merged, 'article:b');
    expect(rest?.hedged).toBe(true);
    expect(withoutArticleEvidence(rest!, 'article:a')).toBeUndefined();
  });

  it('marks an edge negated only when every piece of evidence denies it', () => {
    const merged = mergeRelations(
      metWith([evidence('article:a', 0.5, { negated: true })]),
      metWith([evidence('article:a', 0.5, { negated: true, start: 50, end: 60 })]),
    );
    expect(merged.negated).toBe(true);
  });
});
