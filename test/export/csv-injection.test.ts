import { writeNodesCsv, writeRelationshipsCsv } from '../../src/export/csv.js';
import type { ExportEdge, ExportNode } from '../../src/export/records.js';

const node = (name: string, aliases: string[] = []): ExportNode => ({
  id: 'person:x',
  name,
  label: 'Person',
  aliases,
  mentions: 1,
  degree: 0,
  roles: [],
});

describe('CSV cells a spreadsheet would run as formulas', () => {
  test.each(['=HYPERLINK("http://evil.example","click")', '+1+2', '-2+3', '@SUM(A1:A9)', '\t=1', '\r=1'])(
    '"%s" is written with a leading quote',
    (name) => {
      const [, row] = writeNodesCsv({ nodes: [node(name)], edges: [] }).split('\n');
      const cell = row!.split(',')[2]!;
      expect(cell.startsWith(`"'`)).toBe(true);
    },
  );

  test('list cells and relationship text are neutralised too, other text is untouched', () => {
    const [, row] = writeNodesCsv({ nodes: [node('Xi Jinping', ['=cmd|"/c calc"!A1', 'Xi'])], edges: [] }).split('\n');
    expect(row).toContain(`"Xi Jinping"`);
    expect(row).toContain(`"'=cmd|""/c calc""!A1;Xi"`);
    const edge: ExportEdge = {
      id: 'r1',
      source: 'a',
      target: 'b',
      type: 'SAID',
      undirected: false,
      confidence: 0.5,
      evidenceCount: 1,
      articleCount: 1,
      hedged: false,
      sentence: '-1 percent, he said.',
      quote: '@everyone listen',
    };
    const [, line] = writeRelationshipsCsv({ nodes: [], edges: [edge] }).split('\n');
    expect(line).toContain(`"'-1 percent, he said."`);
    expect(line).toContain(`"'@everyone listen"`);
    expect(line).toContain(',0.5,');
  });
});
