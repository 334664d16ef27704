import { readdirSync, readFileSync } from 'node:fs';
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

  it('skips a sentence pattern only in sentences that hold none of its cues, finding the same facts', () => {
    // Sentences of every pattern, cued by a word or by an Event mention, and the seed articles.
    const own = [
      'Germany and France voiced concerns about Chinese support for Russia.',
      'The Treasury designated Acme Trading and Blue Harbour Shipping, adding them to its sanctions list.',
      'Finland joined NATO in April, and Sweden is a member of the European Union.',
      'Chinese President Xi Jinping sat down with Kazakh President Kassym-Jomart Tokayev, and Xi told Tokayev of his plans.',
      "The Xi-Putin summit in Moscow ended on Tuesday. Xi's state visit to Russia lasted three days.",
      'India stands with Ukraine, praised the UN plan and warned against escalation, officials said.',
      'The bloc, founded by Brazil, Russia, India and China, took in Egypt and Ethiopia.',
    ].join(' ');
    const folder = new URL('../../seeds/', import.meta.url);
    const seeds = readdirSync(folder)
      .filter((n) => n.endsWith('.txt'))
      .map((n) => readFileSync(new URL(n, folder), 'utf8'));
    for (const text of [own, ...seeds]) {
      const resolved = resolveArticle({ text, publishedAt: '2023-03-21' });
      expect(extractFacts(resolved)).toEqual(extractFacts(resolved, { everySentence: true }));
    }
  });
});
