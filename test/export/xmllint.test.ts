import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { exportGraph, selectExportGraph, type ExportFormat } from '../../src/export/index.js';
import type { EmbeddedStore } from '../../src/store/embedded.js';
import { FIXTURE_COUNTS, fixtureStore } from './fixture.js';

const schemas = fileURLToPath(new URL('./schemas/', import.meta.url));

/** Runs xmllint on a document given on stdin; xmllint comes from Debian's libxml2-utils (.ci/run installs it). */
function xmllint(args: string[], document: string): { status: number | null; stderr: string } {
  const run = spawnSync('xmllint', [...args, '-'], { input: document, encoding: 'utf8' });
  if (run.error) throw new Error(`xmllint could not run (${run.error.message}): apt-get install -y libxml2-utils`);
  return { status: run.status, stderr: run.stderr };
}

let store: EmbeddedStore;

beforeAll(async () => {
  store = await fixtureStore();
});

async function xml(format: ExportFormat): Promise<string> {
  return (await exportGraph(store, format))[0].content;
}

function count(text: string, element: string): number {
  return text.match(new RegExp(`<${element}[\\s>]`, 'g'))?.length ?? 0;
}

describe('XML exports checked by xmllint', () => {
  it.each([
    ['gexf', 'gexf-1.3.xsd', 'node', 'edge'],
    ['graphml', 'graphml.xsd', 'node', 'edge'],
  ] as const)(
    '%s is well-formed, validates against %s and has every node and edge',
    async (format, schema, node, edge) => {
      const text = await xml(format);
      expect(xmllint(['--noout', '--nonet'], text)).toMatchObject({ status: 0, stderr: '' });
      const validation = xmllint(['--noout', '--nonet', '--schema', `${schemas}${schema}`], text);
      expect(validation.stderr).toContain('validates');
      expect(validation.status).toBe(0);
      expect(count(text, node)).toBe(FIXTURE_COUNTS.nodes);
      expect(count(text, edge)).toBe(FIXTURE_COUNTS.edges);
    },
  );

  it('the schemas reject a broken document', async () => {
    const broken = (await xml('gexf')).replace('type="undirected"', 'type="sideways"');
    expect(xmllint(['--noout', '--nonet', '--schema', `${schemas}gexf-1.3.xsd`], broken).status).not.toBe(0);
    const dangling = (await xml('graphml')).replace('target="place:samarkand"', 'target="place:nowhere"');
    expect(xmllint(['--noout', '--nonet', '--schema', `${schemas}graphml.xsd`], dangling).status).not.toBe(0);
  });

  it('a focus subgraph validates too', async () => {
    const graph = await selectExportGraph(store, { focus: 'person:zhao-long', hops: 1 });
    const text = (await exportGraph(store, 'gexf', { focus: 'person:zhao-long', hops: 1 }))[0].content;
    expect(xmllint(['--noout', '--nonet', '--schema', `${schemas}gexf-1.3.xsd`], text).status).toBe(0);
    expect(count(text, 'node')).toBe(graph.nodes.length);
  });
});
