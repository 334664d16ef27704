import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import graphology from 'graphology';
import gexf from 'graphology-gexf';
import graphml from 'graphology-graphml';
import { ingestPaths } from '../../src/cli/ingest.js';
import { EXPORT_FORMATS, exportGraph, type ExportFile } from '../../src/export/index.js';
import { EmbeddedStore } from '../../src/store/embedded.js';

const SEEDS = fileURLToPath(new URL('../../seeds/', import.meta.url));
const schemas = fileURLToPath(new URL('./schemas/', import.meta.url));

function validates(schema: string, document: string): string {
  const run = spawnSync('xmllint', ['--noout', '--nonet', '--schema', `${schemas}${schema}`, '-'], {
    input: document,
    encoding: 'utf8',
  });
  if (run.error) throw new Error(`xmllint could not run (${run.error.message}): apt-get install -y libxml2-utils`);
  return run.status === 0 ? 'valid' : run.stderr.slice(0, 2000);
}

/** Number of fields of a CSV line with RFC 4180 quoting. */
function fieldCount(line: string): number {
  let fields = 1;
  let quoted = false;
  for (const char of line) {
    if (char === '"') quoted = !quoted;
    else if (char === ',' && !quoted) fields += 1;
  }
  expect(quoted).toBe(false);
  return fields;
}

describe('exports of the graph the extractor builds from the seed articles', () => {
  let files: Map<string, ExportFile>;
  let nodes: number;
  let edges: number;

  beforeAll(async () => {
    const store = await EmbeddedStore.open();
    const summary = await ingestPaths(store, [SEEDS], { progress: false });
    expect(summary.failures).toEqual([]);
    const dump = await store.dump();
    nodes = dump.entities.length;
    edges = dump.relations.filter((r) => !r.negated).length;
    files = new Map();
    for (const format of EXPORT_FORMATS)
      for (const file of await exportGraph(store, format)) files.set(file.name, file);
  }, 120_000);

  it('has a graph to export', () => {
    expect(nodes).toBeGreaterThan(20);
    expect(edges).toBeGreaterThan(20);
  });

  it('GEXF and GraphML are valid and parse back with every node and edge', () => {
    const gexfText = files.get('graph.gexf')!.content;
    const graphmlText = files.get('graph.graphml')!.content;
    expect(validates('gexf-1.3.xsd', gexfText)).toBe('valid');
    expect(validates('graphml.xsd', graphmlText)).toBe('valid');
    const g1 = gexf.parse(graphology.MultiGraph, gexfText);
    const g2 = graphml.parse(graphology.MultiGraph, graphmlText);
    expect([g1.order, g1.size]).toEqual([nodes, edges]);
    expect([g2.order, g2.size]).toEqual([nodes, edges]);
  });

  it('the JSON formats parse back with every node and edge', () => {
    const g = new graphology.MultiGraph({ type: 'mixed' });
    g.import(JSON.parse(files.get('graph.json')!.content));
    expect([g.order, g.size]).toEqual([nodes, edges]);
    const cy = JSON.parse(files.get('graph.cyjs')!.content) as { elements: { nodes: unknown[]; edges: unknown[] } };
    expect([cy.elements.nodes.length, cy.elements.edges.length]).toEqual([nodes, edges]);
    const d3 = JSON.parse(files.get('graph.d3.json')!.content) as { nodes: unknown[]; links: unknown[] };
    expect([d3.nodes.length, d3.links.length]).toEqual([nodes, edges]);
  });

  it('the CSV files have one line per node and relationship, each with as many fields as the header', () => {
    for (const [name, count] of [
      ['nodes.csv', nodes],
      ['relationships.csv', edges],
    ] as const) {
      const lines = files.get(name)!.content.trimEnd().split('\n');
      expect(lines).toHaveLength(count + 1);
      const width = lines[0].split(',').length;
      for (const line of lines) expect(fieldCount(line)).toBe(width);
    }
  });
});
