import { jest } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { EmbeddedStore } from '../../src/store/embedded.js';
import { describeFsError } from '../../src/cli/inputs.js';
import { newsArticle, requireBuild, runKg } from './run-kg.js';

jest.setTimeout(90_000);

const FRENCH =
  "Le président brésilien a rencontré mardi le Premier ministre indien à New Delhi. Les deux dirigeants ont convenu d'élargir les échanges commerciaux et de se revoir l'an prochain.";

let root: string;

beforeAll(() => {
  requireBuild();
  root = mkdtempSync(join(tmpdir(), 'kg-cli-'));
});

afterAll(() => {
  rmSync(root, { recursive: true, force: true });
});

function folder(name: string): string {
  const path = join(root, name);
  mkdirSync(path, { recursive: true });
  return path;
}

async function articlesIn(store: string): Promise<string[]> {
  const opened = await EmbeddedStore.open({ path: store });
  return (await opened.dump()).articles.map((a) => a.path ?? a.id).sort();
}

describe('kg ingest with bad input', () => {
  let input: string;
  let store: string;
  let run: Awaited<ReturnType<typeof runKg>>;

  beforeAll(async () => {
    input = folder('batch');
    store = join(root, 'batch-store.json');
    writeFileSync(join(input, 'a-good.txt'), newsArticle(1));
    writeFileSync(join(input, 'b-same-again.txt'), newsArticle(1));
    writeFileSync(join(input, 'c-empty.txt'), '');
    writeFileSync(join(input, 'd-blank.txt'), ' \n\t\u00a0\n');
    writeFileSync(
      join(input, 'e-binary.txt'),
      Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]),
    );
    writeFileSync(
      join(input, 'f-latin1.txt'),
      Buffer.from('The caf\xe9 in Lima was closed on Tuesday, the mayor said.', 'latin1'),
    );
    writeFileSync(join(input, 'g-huge.txt'), Buffer.alloc(20 * 1024 * 1024, 'word '));
    writeFileSync(
      join(input, 'h-page.html'),
      `<!doctype html><html><head><title>Trade talks</title><script>var ad = 1;</script></head><body><nav>Home | World</nav><article><h1>Trade talks</h1><p>${newsArticle(2)}</p></article><footer>Contact</footer></body></html>`,
    );
    writeFileSync(
      join(input, 'i-shell.html'),
      '<html><head><script>app()</script></head><body><nav>Home</nav><div id="root"></div></body></html>',
    );
    writeFileSync(join(input, 'j-french.txt'), FRENCH);
    writeFileSync(
      join(input, 'k-no-entities.txt'),
      'It rained all day, and the roads stayed quiet until the evening.\n',
    );
    symlinkSync(join(root, 'nowhere.txt'), join(input, 'l-broken-link.txt'));
    execFileSync('mkfifo', [join(input, 'm-pipe.txt')]);
    writeFileSync(join(input, 'notes.jpg'), Buffer.from([0xff, 0xd8, 0xff, 0xe0]));
    run = await runKg(['ingest', input, join(root, 'missing.txt'), '--data', store, '--report', '--no-progress']);
  });

  it('exits 1 because some files failed', () => {
    expect(run.code).toBe(1);
  });

  it.each([
    ['c-empty.txt', 'is empty (0 bytes)'],
    ['d-blank.txt', 'holds only whitespace'],
    ['e-binary.txt', 'is a PNG image, not a text article'],
    ['f-latin1.txt', 'is not valid UTF-8 (byte 0xe9 at offset 7, line 1)'],
    ['g-huge.txt', 'is 20.0 MB, over the limit of 5.0 MB for one article'],
    ['i-shell.html', 'is an HTML page with no article text'],
    ['l-broken-link.txt', 'does not exist (or is a broken symbolic link)'],
    ['m-pipe.txt', 'is not a regular file'],
  ])('names %s and why it failed', (name, reason) => {
    expect(run.stderr).toContain(`failed: ${join(input, name)}: ${reason}`);
    expect(run.stdout).toContain(`failed ${join(input, name)}: ${reason}`);
  });

  it('names a path that does not exist', () => {
    expect(run.stderr).toContain(`failed: ${join(root, 'missing.txt')}: does not exist`);
  });

  it('skips a French article with a warning that names the language', () => {
    expect(run.stderr).toContain(`skipped: ${join(input, 'j-french.txt')}: looks like French, not English`);
  });

  it('goes on with the rest of the batch and reports each good article done', () => {
    const done = run.stdout.split('\n').filter((l) => l.startsWith('done '));
    expect(done.map((l) => l.split(' ')[1]).sort()).toEqual(
      ['a-good.txt', 'h-page.html', 'k-no-entities.txt'].map((n) => join(input, n)),
    );
    expect(run.stdout).toMatch(new RegExp(`^duplicate ${join(input, 'b-same-again.txt')} article:`, 'm'));
    expect(run.stderr).toContain('3 article(s) added, 1 already present, 1 skipped, 9 failed, of 14 file(s)');
  });

  it('warns about an article with no entities, and stores it', () => {
    expect(run.stderr).toContain(`warning: ${join(input, 'k-no-entities.txt')}: no entities found`);
  });

  it('ignores files in folders that are not articles', () => {
    expect(run.stdout + run.stderr).not.toContain('notes.jpg');
  });

  it('keeps exactly the good articles in the store', async () => {
    expect(await articlesIn(store)).toEqual(
      ['a-good.txt', 'h-page.html', 'k-no-entities.txt'].map((n) => join(input, n)),
    );
  });
});

describe('kg ingest exit code and store', () => {
  it('exits 0 when nothing failed, even with skipped and duplicate articles', async () => {
    const input = folder('only-skips');
    const store = join(root, 'only-skips.json');
    writeFileSync(join(input, 'good.txt'), newsArticle(3));
    writeFileSync(join(input, 'french.txt'), FRENCH);
    const first = await runKg(['ingest', input, '--data', store, '--no-progress']);
    expect(first.code).toBe(0);
    expect(first.stderr).toContain(`skipped: ${join(input, 'french.txt')}`);
    const again = await runKg(['ingest', input, '--data', store, '--no-progress']);
    expect(again.code).toBe(0);
    expect(again.stderr).toContain('0 article(s) added, 1 already present, 1 skipped, 0 failed, of 2 file(s)');
  });

  it('leaves the store file untouched when every file fails', async () => {
    const store = join(root, 'untouched.json');
    const good = folder('untouched-good');
    writeFileSync(join(good, 'good.txt'), newsArticle(4));
    expect((await runKg(['ingest', good, '--data', store, '--no-progress'])).code).toBe(0);
    const before = readFileSync(store);
    const bad = folder('untouched-bad');
    writeFileSync(join(bad, 'empty.txt'), '');
    writeFileSync(join(bad, 'binary.txt'), Buffer.from([1, 2, 0, 3]));
    const run = await runKg(['ingest', bad, '--data', store, '--no-progress']);
    expect(run.code).toBe(1);
    expect(readFileSync(store).equals(before)).toBe(true);
  });

  it('honours --any-language and --max-bytes', async () => {
    const input = folder('options');
    const store = join(root, 'options.json');
    writeFileSync(join(input, 'french.txt'), FRENCH);
    writeFileSync(join(input, 'long.txt'), newsArticle(5).repeat(20));
    const run = await runKg(['ingest', input, '--data', store, '--no-progress', '--any-language', '--max-bytes', '1k']);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/failed: .*long\.txt: is 3\.\d KB, over the limit of 1\.0 KB/);
    expect(await articlesIn(store)).toEqual([join(input, 'french.txt')]);
  });

  it('refuses a corrupt store file with advice, and leaves it as it was', async () => {
    const store = join(root, 'corrupt.json');
    writeFileSync(store, '{"format": "newsgraph/1", "articles": [');
    const input = folder('corrupt-input');
    writeFileSync(join(input, 'good.txt'), newsArticle(7));
    const run = await runKg(['ingest', input, '--data', store, '--no-progress']);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain(`The store file ${store} is not valid JSON`);
    expect(run.stderr).toContain('Restore it from a backup or remove it to start empty.');
    expect(readFileSync(store, 'utf8')).toBe('{"format": "newsgraph/1", "articles": [');
  });

  it('refuses a malformed --max-bytes before touching the store', async () => {
    const run = await runKg(['ingest', root, '--data', join(root, 'never.json'), '--max-bytes', 'lots']);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('--max-bytes must be a size in bytes such as 5242880, 500k or 20m, got "lots"');
  });

  it('refuses a --date that is not an ISO 8601 date, as ingestArticle does, and stores nothing', async () => {
    const input = folder('dated');
    writeFileSync(join(input, 'a.txt'), newsArticle(7));
    const store = join(root, 'dated.json');
    for (const date of ['notadate', '2022-13-45', '15/09/2022']) {
      const run = await runKg(['ingest', input, '--data', store, '--date', date, '--no-progress']);
      expect(run.code).toBe(1);
      expect(run.stderr).toContain(`--date must be an ISO 8601 date such as 2022-09-15, got "${date}".`);
    }
    expect(existsSync(store)).toBe(false);
    const good = await runKg(['ingest', input, '--data', store, '--date', '2022-09-15T08:30:00Z', '--no-progress']);
    expect(good.code).toBe(0);
    const opened = await EmbeddedStore.open({ path: store });
    expect((await opened.dump()).articles.map((a) => a.publishedAt)).toEqual(['2022-09-15']);
  });
});

describe('kg ingest of a folder with thousands of files', () => {
  it('ingests them all, showing progress', async () => {
    const input = folder('many');
    const count = 2000;
    for (let i = 0; i < count; i += 1) {
      const sub = join(input, `part-${Math.floor(i / 500)}`);
      mkdirSync(sub, { recursive: true });
      writeFileSync(join(sub, `${String(i).padStart(5, '0')}.txt`), newsArticle(i));
    }
    writeFileSync(join(input, '.DS_Store'), Buffer.from([0, 0, 0, 1]));
    const store = join(root, 'many.json');
    const run = await runKg(['ingest', input, '--data', store, '--report']);
    expect(run.stderr).toContain(`ingest: ${count}/${count}`);
    expect(run.stdout.split('\n').filter((l) => l.startsWith('done ')).length).toBe(count);
    expect(run.code).toBe(0);
    expect((await articlesIn(store)).length).toBe(count);
  }, 300_000);
});

describe('kg extract with bad input', () => {
  it('prints the graph of the good articles and names the bad ones', async () => {
    const input = folder('extract');
    writeFileSync(join(input, 'good.txt'), newsArticle(6));
    writeFileSync(join(input, 'empty.txt'), '');
    const run = await runKg(['extract', input]);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain(`failed: ${join(input, 'empty.txt')}: is empty`);
    const graph = JSON.parse(run.stdout) as { nodes: unknown[]; edges: unknown[] };
    expect(Array.isArray(graph.nodes)).toBe(true);
  });
});

describe('describeFsError', () => {
  it('turns an unreadable file into advice', () => {
    const error = Object.assign(new Error('EACCES: permission denied'), { code: 'EACCES' });
    expect(describeFsError(error)).toBe(
      'cannot be read: permission denied; check its permissions (chmod) or run as its owner.',
    );
  });
});
