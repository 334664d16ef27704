import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ingestPaths } from '../../src/cli/ingest.js';
import { extractArticle, extractCorpus, KnownEntities, mergeKnown, type KnownEntity } from '../../src/extract/index.js';
import { nameKey } from '../../src/extract/names.js';
import type { ArticleGraph } from '../../src/graph/model.js';
import { EmbeddedStore } from '../../src/store/embedded.js';

describe('ingest passes what the store knows to the extractor', () => {
  let root: string;
  beforeAll(() => {
    root = mkdtempSync(join(tmpdir(), 'kg-known-'));
  });
  afterAll(() => {
    rmSync(root, { recursive: true, force: true });
  });

  it('resolves "the Chinese leader" in a later article through the roles of an earlier one', async () => {
    const first = join(root, 'a.txt');
    const second = join(root, 'b.txt');
    writeFileSync(
      first,
      'Chinese President Xi Jinping met Russian President Vladimir Putin in Samarkand on Thursday.\n',
    );
    writeFileSync(second, 'The Chinese leader said the two countries would deepen their cooperation.\n');
    const store = await EmbeddedStore.open({ path: join(root, 'store.json') });
    await ingestPaths(store, [first], { progress: false, date: '2022-09-15' });
    await ingestPaths(store, [second], { progress: false, date: '2022-09-16' });
    const known = await store.knownEntities();
    const xi = known.find((e) => e.name === 'Xi Jinping');
    expect(xi?.roles?.some((r) => /president/i.test(r))).toBe(true);
    expect(xi?.aliases.map((a) => a.toLowerCase())).toContain('the chinese leader');
    const meeting = known.find((e) => e.label === 'Event');
    expect(meeting?.date).toBe('2022-09-15');
  });
});

describe('KnownEntities', () => {
  const putin = { id: 'person:vladimir-putin', label: 'Person' as const, name: 'Vladimir Putin', aliases: ['Putin'] };

  it('merges a later sighting: first name kept, aliases and roles united, first rank kept', () => {
    const known = new KnownEntities([putin, { id: 'country:china', label: 'Country', name: 'China', aliases: [] }]);
    known.add({
      id: putin.id,
      label: 'Person',
      name: 'President Putin',
      aliases: ['Mr Putin'],
      roles: ['President (Russia)'],
    });
    const merged = [...known][0];
    expect(merged).toMatchObject({ name: 'Vladimir Putin', roles: ['President (Russia)'] });
    expect(merged.aliases).toEqual(expect.arrayContaining(['Putin', 'President Putin', 'Mr Putin']));
    expect(known.size).toBe(2);
    expect(known.candidates('leads', 'Russia').map((k) => k.id)).toEqual([putin.id]);
  });

  it('finds a name by its folded key, spelling variants included, the first-added entity first', () => {
    const known = new KnownEntities([
      { id: 'organization:ministry-of-defence', label: 'Organization', name: 'Ministry of Defence', aliases: [] },
      { id: 'organization:defense-ministry', label: 'Organization', name: 'Defense Ministry', aliases: [] },
    ]);
    known.add({
      id: 'organization:defense-ministry',
      label: 'Organization',
      name: 'Defense Ministry',
      aliases: ['Ministry of Defense'],
    });
    expect(known.byKey('Organization', nameKey('the Ministry of Defense'))?.id).toBe(
      'organization:ministry-of-defence',
    );
    expect(known.byKey('Person', nameKey('Ministry of Defence'))).toBeUndefined();
  });

  it('gives candidates in the order first added, each once', () => {
    const known = new KnownEntities([
      { id: 'person:anna-kovalenko', label: 'Person', name: 'Anna Kovalenko', aliases: [] },
      { id: 'person:ivan-petrov', label: 'Person', name: 'Ivan Petrov', aliases: ['Kovalenko'] },
    ]);
    known.add({ id: 'person:anna-kovalenko', label: 'Person', name: 'Anna Kovalenko', aliases: ['Kovalenko'] });
    expect(known.candidates('surname', 'Kovalenko', 'Petrov').map((k) => k.id)).toEqual([
      'person:anna-kovalenko',
      'person:ivan-petrov',
    ]);
  });

  it('resolves a corpus exactly as a scan over every known entity does', () => {
    const inputs = [
      {
        text: 'Chinese President Xi Jinping met Russian President Vladimir Putin in Samarkand on Thursday at the Shanghai Cooperation Organisation (SCO) summit.',
      },
      { text: 'The Chinese leader said the SCO mattered. Putin told reporters the Xi-Putin meeting went well.' },
      { text: 'Indian Prime Minister Narendra Modi travelled to Samarkand for the SCO summit. Modi met Putin there.' },
      { text: 'China Central Television (CCTV) showed Xi. Later CCTV said Modi would visit Beijing.' },
      { text: 'The Shanghai Cooperation Organisation summit ended. Xi said China Central Television was right.' },
    ];
    const options = { date: '2022-09-15' };
    const indexed = extractCorpus(inputs, options);
    const scanned: ArticleGraph[] = [];
    let known: KnownEntity[] = [];
    for (const input of inputs) {
      const graph = extractArticle(input, { ...options, known });
      scanned.push(graph);
      const byId = new Map(known.map((k) => [k.id, k]));
      for (const e of graph.entities) byId.set(e.id, mergeKnown(byId.get(e.id), e));
      known = [...byId.values()];
    }
    expect(indexed).toEqual(scanned);
    expect(indexed[1].entities.find((e) => e.name === 'Xi Jinping')?.aliases).toContain('The Chinese leader');
  });
});

describe('article graphs resolved against known entities', () => {
  it('hold each entity once, however many of its surface forms resolved to it', async () => {
    const { generateCorpus } = await import('../../bench/corpus.js');
    const graphs = extractCorpus(generateCorpus({ seed: 1, count: 40 }).map((a) => a.input));
    for (const graph of graphs) {
      const ids = graph.entities.map((e) => e.id);
      expect(ids.filter((id, i) => ids.indexOf(id) !== i)).toEqual([]);
      for (const e of graph.entities) expect(e.count).toBe(e.mentions.length);
    }
  });
});
