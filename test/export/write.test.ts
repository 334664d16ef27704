import { mkdtemp, readFile, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ExportRequestError } from '../../src/export/index.js';
import { writeExportFiles } from '../../src/export/write.js';

const csv = [
  { name: 'nodes.csv', mediaType: 'text/csv', content: 'id:ID,:LABEL\n"person:a","Person"\n' },
  { name: 'relationships.csv', mediaType: 'text/csv', content: ':START_ID,:END_ID,:TYPE\n' },
];
const gexf = [{ name: 'graph.gexf', mediaType: 'application/gexf+xml', content: '<gexf/>\n' }];

describe('writing export files', () => {
  let dir: string;
  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'newsgraph-export-'));
  });
  afterEach(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('prints one file to stdout without --out, or writes it to the file or into the folder named', async () => {
    const printed: string[] = [];
    expect(await writeExportFiles(gexf, undefined, (t) => printed.push(t))).toEqual([]);
    expect(printed).toEqual(['<gexf/>\n']);
    expect(await writeExportFiles(gexf, join(dir, 'mine.gexf'), () => {})).toEqual([join(dir, 'mine.gexf')]);
    expect(await writeExportFiles(gexf, `${dir}/`, () => {})).toEqual([join(dir, 'graph.gexf')]);
    expect(await readFile(join(dir, 'graph.gexf'), 'utf8')).toBe('<gexf/>\n');
  });

  it('writes the two CSV files into a folder, created if missing, and refuses stdout or a file name', async () => {
    const folder = join(dir, 'import');
    expect(await writeExportFiles(csv, folder, () => {})).toEqual([
      join(folder, 'nodes.csv'),
      join(folder, 'relationships.csv'),
    ]);
    expect((await readdir(folder)).sort()).toEqual(['nodes.csv', 'relationships.csv']);
    await expect(writeExportFiles(csv, undefined, () => {})).rejects.toThrow(ExportRequestError);
    await expect(writeExportFiles(csv, join(dir, 'graph.csv'), () => {})).rejects.toThrow(/pass --out <folder>/);
  });
});
