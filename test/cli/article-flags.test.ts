/** `kg extract --text`, --url/--source/--date over the page's metadata, and the short-article warning (issue #15). */
import { fileURLToPath } from 'node:url';
import { requireBuild, runKg } from './run-kg.js';

const fixture = (name: string): string => fileURLToPath(new URL(`../fixtures/html/${name}`, import.meta.url));

beforeAll(requireBuild);

describe('kg extract --text', () => {
  it('prints the metadata and the kept blocks with their kind, without the furniture', async () => {
    const run = await runKg(['extract', fixture('furniture.html'), '--text']);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain(
      'title: Hackers breach water utility in Ohio\nauthor: Dan Goodin\n[title] Hackers breach water utility in Ohio\n[paragraph] Hackers broke into',
    );
    expect(run.stdout).not.toMatch(/JOE HILDEBRAND|A version of this article|is a Senior Security Editor|12:05 GMT/);
  });

  it('lets --date, --url and --source win over the page, and fails on a short article unless --allow-short', async () => {
    const args = [
      'extract',
      fixture('meta-og.html'),
      '--text',
      '--date',
      '2020-01-02',
      '--url',
      'https://example.com/a',
      '--source',
      'Wire',
    ];
    const short = await runKg(args);
    expect(short.code).toBe(1);
    expect(short.stderr).toContain(`short: ${fixture('meta-og.html')}: keeps only`);
    expect(short.stdout).toContain('date: 2020-01-02\nurl: https://example.com/a\nsource: Wire\n');
    const allowed = await runKg([...args, '--allow-short']);
    expect(allowed.code).toBe(0);
    expect(allowed.stderr).toContain('short: ');
  });

  it("takes the page's date over a date in its text", async () => {
    const run = await runKg(['extract', fixture('meta-og.html'), '--text', '--allow-short']);
    expect(run.stdout).toContain(
      'date: 2023-08-14\nurl: https://southernherald.example/news/floods-kerala\nsource: The Southern Herald\n',
    );
  });
});
