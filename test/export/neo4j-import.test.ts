import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { exportGraph } from '../../src/export/index.js';
import { FIXTURE_COUNTS, fixtureStore } from './fixture.js';

/** The launcher's Maven project; its target/lib holds Neo4j 5's jars, neo4j-admin's import tool among them. */
const LAUNCHER = fileURLToPath(new URL('../../neo4j-launcher/', import.meta.url));

interface Launcher {
  ensureLauncherBuilt(): void;
}

/** Non-empty cells of a CSV export, header excluded, in the columns Neo4j stores as properties (not :LABEL, :START_ID, …). */
function propertyCount(csv: string): number {
  const [header, ...rows] = csv
    .trimEnd()
    .split('\n')
    .map((row) => (row.match(/("(?:[^"]|"")*"|[^,]*)(,|$)/g) ?? []).slice(0, -1));
  const stored = header.map((cell) => !cell.replace(/,$/, '').startsWith(':'));
  return rows.reduce((sum, row) => sum + row.filter((cell, i) => stored[i] && !/^,?$/.test(cell)).length, 0);
}

describe('the CSV export in the layout neo4j-admin database import reads', () => {
  it('imports into a Neo4j 5 database with every node, relationship and property', async () => {
    const { ensureLauncherBuilt } = (await import(new URL('../setup/launcher.js', import.meta.url).href)) as Launcher;
    ensureLauncherBuilt();
    const [nodes, relationships] = await exportGraph(await fixtureStore(), 'csv');
    const home = mkdtempSync(join(tmpdir(), 'newsgraph-neo4j-import-'));
    try {
      mkdirSync(join(home, 'conf'));
      writeFileSync(join(home, 'conf', 'neo4j.conf'), 'server.memory.pagecache.size=64m\n');
      writeFileSync(join(home, nodes.name), nodes.content);
      writeFileSync(join(home, relationships.name), relationships.content);
      const run = spawnSync(
        'java',
        [
          '-Xmx512m',
          '-cp',
          `${join(LAUNCHER, 'target', 'lib')}/*`,
          'org.neo4j.cli.AdminTool',
          'database',
          'import',
          'full',
          `--nodes=${join(home, nodes.name)}`,
          `--relationships=${join(home, relationships.name)}`,
          `--report-file=${join(home, 'import.report')}`,
        ],
        {
          env: { ...process.env, NEO4J_HOME: home, NEO4J_CONF: join(home, 'conf') },
          encoding: 'utf8',
          timeout: 120_000,
        },
      );
      if (run.error) throw new Error(`java could not run (${run.error.message}): install Java 17.`);
      expect(run.stderr.slice(-2000)).not.toMatch(/ERROR|Exception/);
      expect(run.status).toBe(0);
      const summary = /Imported:\s+(\d+) nodes\s+(\d+) relationships\s+(\d+) properties/.exec(run.stdout);
      expect(summary).not.toBeNull();
      expect(Number(summary![1])).toBe(FIXTURE_COUNTS.nodes);
      expect(Number(summary![2])).toBe(FIXTURE_COUNTS.edges);
      expect(Number(summary![3])).toBe(propertyCount(nodes.content) + propertyCount(relationships.content));
      expect(readFileSync(join(home, 'import.report'), 'utf8')).toBe('');
    } finally {
      rmSync(home, { recursive: true, force: true });
    }
  }, 180_000);
});
