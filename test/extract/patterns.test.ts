import { extractFacts } from '../../src/extract/facts.js';
import { resolveArticle } from '../../src/extract/index.js';
import { RELATION_PATTERNS, type PatternName } from '../../src/extract/patterns/registry.js';

const TEXT =
  'The United States imposed sanctions on Russia on Monday. ' +
  'Chinese President Xi Jinping met Russian President Vladimir Putin in Moscow, and China supports Russia.';
const article = resolveArticle({ text: TEXT, publishedAt: '2023-03-21' });

describe('the relation pattern registry', () => {
  it('lists every pattern in running order, each with the relation types it adds', () => {
    expect(RELATION_PATTERNS.map((p) => p.name)).toEqual([
      'roles',
      'stance',
      'positions',
      'concerns',
      'sanctions',
      'listings',
      'meetings',
      'membership',
      'visits',
    ]);
    for (const p of RELATION_PATTERNS) expect(p.relations.length).toBeGreaterThan(0);
    expect(RELATION_PATTERNS.find((p) => p.name === 'sanctions')?.relations).toEqual(['SANCTIONS']);
  });

  it('runs without a disabled pattern, which removes only its relation type', () => {
    const all = extractFacts(article).relations;
    const types = new Set(all.map((r) => r.type));
    expect([...types]).toEqual(expect.arrayContaining(['SANCTIONS', 'MET_WITH', 'SUPPORTS', 'LEADER_OF']));
    const without = extractFacts(article, { disable: ['sanctions'] }).relations;
    expect(without).toEqual(all.filter((r) => r.type !== 'SANCTIONS'));
  });

  it('rejects an unknown pattern name, naming the known ones', () => {
    expect(() => extractFacts(article, { disable: ['sanction' as PatternName] })).toThrow(
      'Unknown relation pattern "sanction": disable one of roles, stance, positions, concerns, sanctions, listings, meetings, membership, visits.',
    );
  });

  it('rejects disabling a pattern whose annotations an enabled pattern reads', () => {
    expect(() => extractFacts(article, { disable: ['roles'] })).toThrow(
      /"meetings" reads "leaders".*disable "meetings" too, or keep "roles"/,
    );
    expect(extractFacts(article, { disable: ['roles', 'meetings'] }).relations.map((r) => r.type)).not.toContain(
      'MET_WITH',
    );
  });

  it('adds up the time of each enabled pattern when asked', () => {
    const timings = new Map<PatternName, number>();
    extractFacts(article, { disable: ['visits'], timings });
    expect([...timings.keys()].sort()).toEqual([
      'concerns',
      'listings',
      'meetings',
      'membership',
      'positions',
      'roles',
      'sanctions',
      'stance',
    ]);
    for (const ms of timings.values()) expect(ms).toBeGreaterThanOrEqual(0);
  });
});
