import {
  ExportRequestError,
  parseExportFormat,
  parseHops,
  parseRelationTypes,
  selectExportGraph,
} from '../../src/export/index.js';
import type { EmbeddedStore } from '../../src/store/embedded.js';
import { fixtureStore } from './fixture.js';

let store: EmbeddedStore;

beforeAll(async () => {
  store = await fixtureStore();
});

describe('choosing what to export', () => {
  it('a focus with one hop holds the entity and its direct neighbours only', async () => {
    const graph = await selectExportGraph(store, { focus: 'person:zhao-long', hops: 1 });
    expect(graph.nodes.map((n) => n.id).sort()).toEqual([
      'event:xi-putin-meeting-in-samarkand',
      'organization:renmin-university',
      'person:zhao-long',
    ]);
    expect(graph.edges.map((e) => e.type).sort()).toEqual(['AFFILIATED_WITH', 'SAID']);
  });

  it('two hops reach the neighbours of the neighbours', async () => {
    const graph = await selectExportGraph(store, { focus: 'person:zhao-long', hops: 2 });
    const ids = graph.nodes.map((n) => n.id);
    expect(ids).toContain('place:samarkand');
    expect(ids).toContain('person:vladimir-putin');
    expect(ids).not.toContain('country:united-states');
  });

  it('types restrict the edges followed and written', async () => {
    const graph = await selectExportGraph(store, { focus: 'country:russia', hops: 2, types: ['SANCTIONS'] });
    expect(graph.nodes.map((n) => n.id).sort()).toEqual([
      'country:russia',
      'country:united-states',
      'organization:european-union',
    ]);
    expect(graph.edges.every((e) => e.type === 'SANCTIONS')).toBe(true);
    const whole = await selectExportGraph(store, { types: ['MET_WITH'] });
    expect(whole.nodes.map((n) => n.id).sort()).toEqual(['person:vladimir-putin', 'person:xi-jinping']);
    expect(whole.nodes.every((n) => n.degree === 1)).toBe(true);
  });

  it('a focus may be given by exact name or alias', async () => {
    const graph = await selectExportGraph(store, { focus: 'SCO', hops: 1 });
    expect(graph.nodes.map((n) => n.id)).toContain('organization:shanghai-cooperation-organisation');
  });

  it('an unknown focus, type, hop count or format is a clear error', async () => {
    await expect(selectExportGraph(store, { focus: 'Nobody At All' })).rejects.toThrow(/No entity "Nobody At All"/);
    await expect(selectExportGraph(store, { focus: 'Xi–Putin' })).rejects.toThrow(ExportRequestError);
    expect(() => parseRelationTypes('MET_WITH,HUGGED')).toThrow(/Unknown relation type HUGGED/);
    expect(parseRelationTypes('met_with, said')).toEqual(['MET_WITH', 'SAID']);
    expect(() => parseHops('0')).toThrow(/hops must be a whole number/);
    expect(() => parseHops('1.5')).toThrow(ExportRequestError);
    expect(parseHops('2')).toBe(2);
    expect(() => parseExportFormat('pdf')).toThrow(/json, gexf, graphml, cytoscape, d3, csv/);
  });
});
