import type { StatementRecord } from '../../src/graph/model.js';
import { StatementIndex } from '../../src/store/statement-index.js';

const statement = (id: string, article: string, start: number, speaker: string, about?: string): StatementRecord => ({
  id,
  speaker,
  quote: 'We will deepen our cooperation.',
  sentence: '“We will deepen our cooperation,” Xi said.',
  article,
  start,
  end: start + 31,
  kind: 'direct',
  ...(about ? { about } : {}),
});

const byId = (...statements: StatementRecord[]): Map<string, StatementRecord> =>
  new Map(statements.map((s) => [s.id, s]));

describe('StatementIndex', () => {
  it('gives an entity’s statements by article and position, as speaker and as subject', () => {
    const index = new StatementIndex(
      byId(
        statement('s3', 'article:b', 10, 'person:xi-jinping', 'event:xi-putin-meeting'),
        statement('s1', 'article:a', 50, 'person:xi-jinping'),
        statement('s2', 'article:a', 5, 'person:vladimir-putin', 'event:xi-putin-meeting'),
      ),
    );
    expect(index.of('speaker', 'person:xi-jinping').map((s) => s.id)).toEqual(['s1', 's3']);
    expect(index.of('about', 'event:xi-putin-meeting').map((s) => s.id)).toEqual(['s2', 's3']);
    expect(index.of('about', 'person:xi-jinping')).toEqual([]);
  });

  it('follows a replaced statement to its new speaker and forgets a removed one', () => {
    const old = statement('s1', 'article:a', 5, 'person:xi-jinping', 'event:summit');
    const records = byId(old);
    const index = new StatementIndex(records);
    expect(index.of('speaker', 'person:xi-jinping')).toHaveLength(1);
    const replacement = statement('s1', 'article:a', 5, 'person:li-qiang');
    records.set('s1', replacement);
    index.remove(old);
    index.add(replacement);
    expect(index.of('speaker', 'person:xi-jinping')).toEqual([]);
    expect(index.of('about', 'event:summit')).toEqual([]);
    expect(index.of('speaker', 'person:li-qiang').map((s) => s.id)).toEqual(['s1']);
    records.delete('s1');
    index.remove(replacement);
    expect(index.of('speaker', 'person:li-qiang')).toEqual([]);
  });
});
