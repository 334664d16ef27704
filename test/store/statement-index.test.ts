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

describe('StatementIndex', () => {
  it('gives an entity’s statements by article and position, as speaker and as subject', () => {
    const index = new StatementIndex([
      statement('s3', 'article:b', 10, 'person:xi-jinping', 'event:xi-putin-meeting'),
      statement('s1', 'article:a', 50, 'person:xi-jinping'),
      statement('s2', 'article:a', 5, 'person:vladimir-putin', 'event:xi-putin-meeting'),
    ]);
    expect(index.of('speaker', 'person:xi-jinping').map((s) => s.id)).toEqual(['s1', 's3']);
    expect(index.of('about', 'event:xi-putin-meeting').map((s) => s.id)).toEqual(['s2', 's3']);
    expect(index.of('about', 'person:xi-jinping')).toEqual([]);
  });

  it('follows a replaced statement to its new speaker and forgets a deleted one', () => {
    const index = new StatementIndex([statement('s1', 'article:a', 5, 'person:xi-jinping', 'event:summit')]);
    expect(index.of('speaker', 'person:xi-jinping')).toHaveLength(1);
    index.set(statement('s1', 'article:a', 5, 'person:li-qiang'));
    expect(index.of('speaker', 'person:xi-jinping')).toEqual([]);
    expect(index.of('about', 'event:summit')).toEqual([]);
    expect(index.of('speaker', 'person:li-qiang').map((s) => s.id)).toEqual(['s1']);
    expect(index.delete('s1')).toBe(true);
    expect(index.delete('s1')).toBe(false);
    expect(index.size).toBe(0);
    expect(index.of('speaker', 'person:li-qiang')).toEqual([]);
  });
});
