import graphology from 'graphology';
import gexf from 'graphology-gexf';
import graphml from 'graphology-graphml';
import { exportGraph, renderExport, selectExportGraph, type ExportFormat } from '../../src/export/index.js';
import type { EmbeddedStore } from '../../src/store/embedded.js';
import { FIXTURE_COUNTS, fixtureStore } from './fixture.js';

let store: EmbeddedStore;

beforeAll(async () => {
  store = await fixtureStore();
});

async function one(format: ExportFormat): Promise<string> {
  const files = await exportGraph(store, format);
  expect(files).toHaveLength(1);
  return files[0].content;
}

/** Parses a CSV line with RFC 4180 quoting (quotes doubled inside quoted fields). */
function parseCsvLine(line: string): string[] {
  const cells: string[] = [];
  const pattern = /("(?:[^"]|"")*"|[^,]*)(,|$)/g;
  for (let m = pattern.exec(line); m && m.index < line.length; m = pattern.exec(line)) {
    const raw = m[1];
    cells.push(raw.startsWith('"') ? raw.slice(1, -1).replace(/""/g, '"') : raw);
    if (m[2] === '') break;
  }
  return cells;
}

describe('export formats parse back with the same node and edge counts', () => {
  it('graphology JSON imports into graphology, keeps labels, types, dates and mixed directions', async () => {
    const g = new graphology.MultiGraph({ type: 'mixed' });
    g.import(JSON.parse(await one('json')));
    expect(g.order).toBe(FIXTURE_COUNTS.nodes);
    expect(g.size).toBe(FIXTURE_COUNTS.edges);
    expect(g.getNodeAttribute('person:vladimir-putin', 'label')).toBe('Person');
    expect(g.getNodeAttribute('person:vladimir-putin', 'name')).toBe('Vladimir Putin');
    expect(typeof g.getNodeAttribute('person:vladimir-putin', 'x')).toBe('number');
    const met = 'MET_WITH:person:vladimir-putin->person:xi-jinping';
    expect(g.isUndirected(met)).toBe(true);
    expect(g.getEdgeAttributes(met)).toMatchObject({
      type: 'MET_WITH',
      evidenceCount: 2,
      articleCount: 2,
      date: '2022-09-15',
      lastDate: '2022-09-16',
    });
    expect(g.getEdgeAttribute('SAID:person:vladimir-putin->country:china', 'quote')).toBe(
      'We highly value the balanced position of our Chinese friends.',
    );
  });

  it('leaves out negated edges and flags hedged ones', async () => {
    const graph = await selectExportGraph(store);
    expect(graph.edges.some((e) => e.id === 'SANCTIONS:country:china->country:russia')).toBe(false);
    expect(graph.edges.find((e) => e.type === 'SUPPORTS')).toMatchObject({ hedged: true, confidence: 0.4 });
  });

  it('GEXF 1.3 parses with graphology-gexf: names as labels, category and relation columns', async () => {
    const text = await one('gexf');
    expect(text).toContain('<gexf version="1.3" xmlns="http://gexf.net/1.3"');
    const g = gexf.parse(graphology.MultiGraph, text);
    expect(g.order).toBe(FIXTURE_COUNTS.nodes);
    expect(g.size).toBe(FIXTURE_COUNTS.edges);
    expect(g.getNodeAttributes('person:vladimir-putin')).toMatchObject({
      label: 'Vladimir Putin',
      category: 'Person',
      mentions: 3,
    });
    expect(g.getNodeAttribute('person:vladimir-putin', 'color')).toMatch(/^(#|rgb)/);
    expect(g.getEdgeAttributes('SANCTIONS:country:united-states->country:russia')).toMatchObject({
      label: 'SANCTIONS',
      relation: 'SANCTIONS',
      evidenceCount: 1,
    });
    expect(g.isUndirected('MET_WITH:person:vladimir-putin->person:xi-jinping')).toBe(true);
  });

  it('GraphML parses with graphology-graphml with typed attributes', async () => {
    const g = graphml.parse(graphology.MultiGraph, await one('graphml'));
    expect(g.order).toBe(FIXTURE_COUNTS.nodes);
    expect(g.size).toBe(FIXTURE_COUNTS.edges);
    expect(g.getNodeAttributes('event:xi-putin-meeting-in-samarkand')).toMatchObject({
      label: 'Event',
      date: '2022-09-15',
    });
    const met = g.getEdgeAttributes('MET_WITH:person:vladimir-putin->person:xi-jinping');
    expect(met).toMatchObject({ type: 'MET_WITH', undirected: true, evidenceCount: 2 });
    expect(typeof met.confidence).toBe('number');
  });

  it('Cytoscape.js JSON holds every node and edge as elements with data', async () => {
    const doc = JSON.parse(await one('cytoscape')) as {
      elements: {
        nodes: { data: Record<string, unknown>; position: { x: number } }[];
        edges: { data: Record<string, unknown> }[];
      };
    };
    expect(doc.elements.nodes).toHaveLength(FIXTURE_COUNTS.nodes);
    expect(doc.elements.edges).toHaveLength(FIXTURE_COUNTS.edges);
    const ids = new Set(doc.elements.nodes.map((n) => n.data.id));
    for (const e of doc.elements.edges) {
      expect(ids.has(e.data.source)).toBe(true);
      expect(ids.has(e.data.target)).toBe(true);
    }
    expect(doc.elements.nodes.find((n) => n.data.id === 'country:russia')?.data).toMatchObject({
      name: 'Russia',
      label: 'Country',
    });
  });

  it('D3 node-link JSON links name node ids and keep the edge type', async () => {
    const doc = JSON.parse(await one('d3')) as {
      nodes: { id: string }[];
      links: { source: string; target: string; type: string; key: string }[];
    };
    expect(doc.nodes).toHaveLength(FIXTURE_COUNTS.nodes);
    expect(doc.links).toHaveLength(FIXTURE_COUNTS.edges);
    const ids = new Set(doc.nodes.map((n) => n.id));
    expect(doc.links.every((l) => ids.has(l.source) && ids.has(l.target))).toBe(true);
    expect(doc.links.find((l) => l.key.startsWith('HELD_IN'))).toMatchObject({
      type: 'HELD_IN',
      target: 'place:samarkand',
    });
  });

  it('CSV files carry the neo4j-admin import headers and one row per node and relationship', async () => {
    const [nodes, relationships] = await exportGraph(store, 'csv');
    expect(nodes.name).toBe('nodes.csv');
    expect(relationships.name).toBe('relationships.csv');
    const nodeLines = nodes.content.trimEnd().split('\n');
    const relLines = relationships.content.trimEnd().split('\n');
    expect(nodeLines[0].startsWith('id:ID,:LABEL,name,aliases:string[]')).toBe(true);
    expect(relLines[0].startsWith(':START_ID,:END_ID,:TYPE,')).toBe(true);
    expect(nodeLines).toHaveLength(FIXTURE_COUNTS.nodes + 1);
    expect(relLines).toHaveLength(FIXTURE_COUNTS.edges + 1);
    const header = parseCsvLine(relLines[0]);
    const said = relLines.map(parseCsvLine).find((cells) => cells[0] === 'person:zhao-long' && cells[2] === 'SAID')!;
    expect(said).toHaveLength(header.length);
    expect(said[header.indexOf('quote')]).toBe('China and Russia stand back to back.');
    expect(said[header.indexOf('sentence')]).toContain('"China and Russia stand back to back."');
    const putin = nodeLines.map(parseCsvLine).find((cells) => cells[0] === 'person:vladimir-putin')!;
    expect(putin.slice(0, 4)).toEqual(['person:vladimir-putin', 'Person', 'Vladimir Putin', 'Putin']);
  });

  it('escapes XML special characters in names and sentences', () => {
    const graph = {
      nodes: [
        {
          id: 'organization:a-b',
          name: 'AT&T <Labs> "R&D"',
          label: 'Organization' as const,
          aliases: [],
          mentions: 1,
          degree: 1,
          roles: [],
        },
        {
          id: 'person:x',
          name: 'X\u0001',
          label: 'Person' as const,
          aliases: ['Mr "X"'],
          mentions: 1,
          degree: 1,
          roles: [],
        },
      ],
      edges: [
        {
          id: 'AFFILIATED_WITH:person:x->organization:a-b',
          source: 'person:x',
          target: 'organization:a-b',
          type: 'AFFILIATED_WITH' as const,
          undirected: false,
          confidence: 1,
          evidenceCount: 1,
          articleCount: 1,
          hedged: false,
          sentence: 'X works at AT&T <Labs>.',
        },
      ],
    };
    const xml = renderExport('graphml', graph)[0].content;
    const g = graphml.parse(graphology.MultiGraph, xml);
    expect(g.getNodeAttribute('organization:a-b', 'name')).toBe('AT&T <Labs> "R&D"');
    expect(g.getNodeAttribute('person:x', 'name')).toBe('X');
    const gx = gexf.parse(graphology.MultiGraph, renderExport('gexf', graph)[0].content);
    expect(gx.getNodeAttribute('organization:a-b', 'label')).toBe('AT&T <Labs> "R&D"');
  });
});
