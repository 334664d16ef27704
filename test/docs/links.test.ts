import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Command } from 'commander';
import { buildProgram } from '../../src/cli/main.js';

/** Root of the repository. */
const REPO = fileURLToPath(new URL('../../', import.meta.url));

/** README.md, CONTRIBUTING.md, CHANGELOG.md and every docs/**\/*.md, as absolute paths. */
function documents(): string[] {
  const found = ['README.md', 'CONTRIBUTING.md', 'CHANGELOG.md'].map((name) => join(REPO, name));
  const walk = (folder: string): void => {
    for (const name of readdirSync(folder).sort()) {
      const path = join(folder, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (name.endsWith('.md')) found.push(path);
    }
  };
  walk(join(REPO, 'docs'));
  return found;
}

/** A document split into its fenced code blocks and the prose around them (fences replaced by blank lines). */
function splitFences(text: string): { prose: string; blocks: string[] } {
  const prose: string[] = [];
  const blocks: string[] = [];
  let block: string[] | null = null;
  for (const line of text.split('\n')) {
    if (/^\s*(```|~~~)/.test(line)) {
      if (block) {
        blocks.push(block.join('\n'));
        block = null;
      } else block = [];
      prose.push('');
    } else if (block) {
      block.push(line);
      prose.push('');
    } else prose.push(line);
  }
  if (block) blocks.push(block.join('\n'));
  return { prose: prose.join('\n'), blocks };
}

const INLINE_CODE = /(`+)([^`]|[^`][\s\S]*?[^`])\1(?!`)/g;

/** The contents of the inline code spans of some prose. */
function inlineCode(prose: string): string[] {
  return [...prose.matchAll(INLINE_CODE)].map((m) => m[2]!.trim());
}

/** GitHub's anchor of a heading: lower case, punctuation dropped, spaces to hyphens. */
function slug(heading: string): string {
  const text = heading
    .replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1') // links and images: their text
    .replace(/`/g, '')
    .replace(/<[^>]+>/g, '')
    .replace(/[*_~]{1,3}([^*_~]+)[*_~]{1,3}/g, '$1');
  return text
    .trim()
    .toLowerCase()
    .replace(/[^\p{L}\p{M}\p{N}\p{Pc} -]/gu, '')
    .replace(/ /g, '-');
}

/** The anchors of a Markdown file's headings, with GitHub's -1, -2 … for repeated ones. */
function anchorsOf(path: string): Set<string> {
  const anchors = new Set<string>();
  const seen = new Map<string, number>();
  for (const line of splitFences(readFileSync(path, 'utf8')).prose.split('\n')) {
    const heading = /^ {0,3}#{1,6}\s+(.*?)\s*#*\s*$/.exec(line);
    if (!heading) continue;
    const base = slug(heading[1]!);
    const count = seen.get(base) ?? 0;
    seen.set(base, count + 1);
    anchors.add(count === 0 ? base : `${base}-${count}`);
  }
  return anchors;
}

interface Link {
  file: string;
  target: string;
}

/** The relative links and images of a document's prose (not in code), as written. */
function relativeLinks(file: string): Link[] {
  const prose = splitFences(readFileSync(file, 'utf8')).prose.replace(INLINE_CODE, '');
  const links: Link[] = [];
  for (const m of prose.matchAll(/!?\[(?:[^\]\\]|\\.)*\]\(\s*<?([^)\s>]+)>?(?:\s+"[^"]*")?\s*\)/g)) {
    const target = m[1]!;
    if (/^[a-z][a-z0-9+.-]*:/i.test(target)) continue; // https:, mailto: …
    links.push({ file, target });
  }
  return links;
}

/** Why a link does not resolve, or null when it does. */
function brokenLink({ file, target }: Link): string | null {
  const hash = target.indexOf('#');
  const pathPart = hash < 0 ? target : target.slice(0, hash);
  const anchor = hash < 0 ? null : decodeURIComponent(target.slice(hash + 1));
  const path = pathPart === '' ? file : resolve(dirname(file), decodeURIComponent(pathPart));
  if (!path.startsWith(REPO)) return 'points outside the repository';
  if (!existsSync(path)) return 'no such file';
  if (anchor !== null) {
    if (!path.endsWith('.md')) return 'an anchor into a file that is not Markdown';
    if (!anchorsOf(path).has(anchor)) return `no heading with the anchor #${anchor} in ${relative(REPO, path)}`;
  }
  return null;
}

interface KgUse {
  file: string;
  text: string;
  command: string;
  flags: string[];
}

/** Every `kg <command> [--flag …]` (also `bin/kg.js <command>`) in the code blocks and inline code of a document's text. */
function kgUses(file: string, text = readFileSync(file, 'utf8')): KgUse[] {
  const { prose, blocks } = splitFences(text);
  const snippets = [...blocks.map((b) => b.replace(/\\\n/g, ' ')), ...inlineCode(prose)];
  const uses: KgUse[] = [];
  for (const snippet of snippets) {
    // One shell command at a time, without its comment: the flags after `kg <command>` are its own.
    const shellCommands = snippet
      .split('\n')
      .flatMap((line) => line.replace(/(^|\s)#.*$/, '').split(/&&|\|\||;|\s\|\s/));
    for (const shell of shellCommands) {
      const m = /(?<![\w-])kg(?:\.js)?[ \t]+([a-z][\w-]*)(.*)$/.exec(shell);
      if (!m) continue;
      const flags = [...m[2]!.matchAll(/(?:^|\s)(--[a-z][\w-]*)/g)].map((f) => f[1]!);
      uses.push({ file, text: m[0]!.trim(), command: m[1]!, flags });
    }
  }
  return uses;
}

/** The CLI's commands and the long options of each, from the commander program `kg` runs. */
function cliCommands(): Map<string, Set<string>> {
  const program: Command = buildProgram(() => undefined);
  return new Map(
    program.commands.map((c) => [
      c.name(),
      new Set(['--help', ...c.options.map((o) => o.long).filter((l): l is string => Boolean(l))]),
    ]),
  );
}

const DOCS = documents();

describe('documentation', () => {
  it('covers the front page, CONTRIBUTING, CHANGELOG and docs/', () => {
    const names = DOCS.map((d) => relative(REPO, d));
    expect(names).toEqual(
      expect.arrayContaining(['README.md', 'CONTRIBUTING.md', 'CHANGELOG.md', 'docs/graphql.md', 'docs/ontology.md']),
    );
  });

  it('has relative links that resolve to files, and anchors that name headings of those files', () => {
    const links = DOCS.flatMap(relativeLinks);
    expect(links.length).toBeGreaterThan(20);
    const broken = links
      .map((link) => ({ link, why: brokenLink(link) }))
      .filter((b) => b.why !== null)
      .map(({ link, why }) => `${relative(REPO, link.file)}: (${link.target}) ${why}`);
    expect(broken).toEqual([]);
  });

  it('names only real kg commands, with real options of each', () => {
    const commands = cliCommands();
    expect([...commands.keys()].sort()).toEqual(expect.arrayContaining(['extract', 'ingest', 'serve']));
    const uses = DOCS.flatMap((file) => kgUses(file));
    expect(uses.length).toBeGreaterThan(20);
    const wrong: string[] = [];
    for (const use of uses) {
      const options = commands.get(use.command);
      if (!options) {
        wrong.push(`${relative(REPO, use.file)}: "${use.text}": kg has no command ${use.command}`);
        continue;
      }
      for (const flag of use.flags) {
        if (!options.has(flag))
          wrong.push(`${relative(REPO, use.file)}: "${use.text}": kg ${use.command} has no option ${flag}`);
      }
    }
    expect(wrong).toEqual([]);
  });
});

describe('the checks themselves', () => {
  it('slug headings as GitHub does', () => {
    expect(slug('Load test (bench/load.ts)')).toBe('load-test-benchloadts');
    expect(slug('Figures (10,000 generated articles: 10,028 nodes)')).toBe(
      'figures-10000-generated-articles-10028-nodes',
    );
    expect(slug('The `kg` command: Neo4j’s store')).toBe('the-kg-command-neo4js-store');
    expect(slug('Extraction, first half: entities')).toBe('extraction-first-half-entities');
  });

  it('find kg commands and the flags after them, not those of the next shell command', () => {
    const uses = kgUses(
      join(REPO, 'example.md'),
      '```sh\nkg ingest seeds --store neo4j && kg serve --port 4000   # --not-a-flag\n```\nRun `kg export --format gexf`.\n',
    );
    expect(uses.map((u) => [u.command, u.flags])).toEqual([
      ['ingest', ['--store']],
      ['serve', ['--port']],
      ['export', ['--format']],
    ]);
  });

  it('report a link to a missing file or heading', () => {
    expect(brokenLink({ file: join(REPO, 'README.md'), target: 'docs/no-such-file.md' })).toBe('no such file');
    expect(brokenLink({ file: join(REPO, 'README.md'), target: 'docs/graphql.md#no-such-heading' })).toMatch(
      /no heading/,
    );
    expect(brokenLink({ file: join(REPO, 'docs/graphql.md'), target: '../../shared/ONTOLOGY.md' })).toBe(
      'points outside the repository',
    );
    expect(brokenLink({ file: join(REPO, 'docs/graphql.md'), target: 'security.md#the-token' })).toBeNull();
  });
});
