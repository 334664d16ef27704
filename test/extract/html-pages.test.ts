/**
 * Real-looking news pages in, the article out (issue #15): each page in test/fixtures/html reproduces a
 * failure seen on saved pages of news sites, and the article's entities, metadata and date are checked.
 */
import { readFileSync } from 'node:fs';
import {
  ArticleInputError,
  decodeArticleBytes,
  decodeArticleText,
  type DecodedArticle,
} from '../../src/extract/decode.js';
import { extractArticle } from '../../src/extract/index.js';

const FIXTURES = new URL('../fixtures/html/', import.meta.url);

function page(name: string): DecodedArticle {
  return decodeArticleBytes(readFileSync(new URL(name, FIXTURES)), name);
}

function entitiesOf(decoded: DecodedArticle): string[] {
  const graph = extractArticle({
    text: decoded.text,
    title: decoded.title,
    publishedAt: decoded.publishedAt,
    url: decoded.url,
    source: decoded.source,
  });
  return graph.entities.map((e) => `${e.label}:${e.name}`);
}

describe('HTML pages: the article is found', () => {
  it('keeps the body when <html>, <body> and <main> carry furniture-looking classes (ads-enabled, js-social-anchor-start)', () => {
    const decoded = page('outer-furniture-classes.html');
    expect(decoded.text).toContain('Dock workers in Rotterdam walked out on Monday');
    expect(decoded.text).toContain('Shipping company Maersk said');
    expect(decoded.text).not.toMatch(/All rights reserved|Business/);
    expect(decoded.short).toBeUndefined();
    expect(entitiesOf(decoded)).toEqual(expect.arrayContaining(['Person:Marieke de Vries', 'Organization:Maersk']));
  });

  it('refuses a page with no article (a section front of headlines) with a clear error', () => {
    let caught: unknown;
    try {
      page('no-article.html');
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(ArticleInputError);
    expect((caught as ArticleInputError).problem).toBe('html');
    expect((caught as ArticleInputError).message).toContain('no-article.html: is an HTML page with no article');
  });

  it('keeps headings, paragraphs and captions as blocks with their kind, as spans of the text', () => {
    const decoded = page('meta-time.html');
    expect(decoded.blocks?.map((b) => b.kind)).toEqual(['title', 'paragraph', 'paragraph']);
    for (const block of decoded.blocks ?? []) expect(decoded.text.slice(block.start, block.end)).not.toMatch(/^\s|\s$/);
    expect(decoded.text.slice(decoded.blocks![1].start, decoded.blocks![1].end)).toMatch(/^A wildfire fanned/);
  });

  it('warns when a page keeps little article text', () => {
    const decoded = page('meta-jsonld.html');
    expect(decoded.short).toMatch(
      /^keeps only \d+ words of article text, under 80; check what was kept with kg extract --text/,
    );
  });
});

describe('HTML pages: furniture never becomes an entity', () => {
  const decoded = page('furniture.html');
  const entities = entitiesOf(decoded);

  it('keeps the body and its entities', () => {
    expect(entities).toEqual(
      expect.arrayContaining(['Person:Robert Ellison', 'Person:Maria Lopez', 'Organization:Mandiant']),
    );
  });

  it.each([
    ['a byline and the author box', /Goodin|Security Editor/],
    ['a teaser column of columnists', /^Organization:(JOE|HOW|SUSIE|THE)\b|Hildebrand|O'Brien/i],
    ['a print-edition line', /Cost|Defence|Section|New York/],
  ])('drops %s', (_what, pattern) => {
    expect(entities.filter((e) => pattern.test(e))).toEqual([]);
  });

  it('gives the author as metadata, not as text', () => {
    expect(decoded.author).toBe('Dan Goodin');
  });
});

describe('HTML pages: metadata', () => {
  it('reads Open Graph and article:published_time, and the page date wins over a date in the text', () => {
    const decoded = page('meta-og.html');
    expect(decoded).toMatchObject({
      title: 'Floods close schools in Kerala',
      publishedAt: '2023-08-14',
      url: 'https://southernherald.example/news/floods-kerala',
      source: 'The Southern Herald',
      author: 'Lakshmi Nair',
    });
    const graph = extractArticle({ text: decoded.text, title: decoded.title, publishedAt: decoded.publishedAt });
    expect(graph.article.publishedAt).toBe('2023-08-14');
    expect(entitiesOf(decoded).some((e) => /Lakshmi|Southern Herald/.test(e))).toBe(false);
  });

  it('reads JSON-LD (in an @graph, beside broken JSON-LD): headline, datePublished, url, authors, publisher', () => {
    expect(page('meta-jsonld.html')).toMatchObject({
      title: 'Central bank holds rates',
      publishedAt: '2024-01-31',
      url: 'https://capitaltimes.example/business/rates',
      source: 'Capital Times',
      author: 'Grace Mwangi, Tom Reyes',
    });
  });

  it('reads <time datetime>, <link rel=canonical>, and the <title> without the site suffix', () => {
    const decoded = page('meta-time.html');
    expect(decoded).toMatchObject({
      title: 'Wildfire forces evacuations near Athens',
      publishedAt: '2023-07-18',
      url: 'https://aegeanpost.example/greece/wildfire-athens',
    });
    expect(decoded.author).toBeUndefined();
  });
});

describe('Unicode hygiene', () => {
  it('removes soft hyphens and reads no-break spaces and ligatures in a page', () => {
    const decoded = page('unicode.html');
    expect(decoded.text).toContain('Russian President Vladimir Putin met Chinese President Xi Jinping');
    expect(decoded.text).toContain('the financial system');
    expect(decoded.text).toContain('were announced');
    const entities = entitiesOf(decoded);
    expect(entities).toContain('Person:Vladimir Putin');
    expect(entities.filter((e) => /Vladi\b|Vladi$/.test(e))).toEqual([]);
  });

  it('normalises plain text too, so that the stored text is the text the extractor read', () => {
    const decoded = decodeArticleText(
      'President Vladi\u00admir\u00a0Putin met Xi\u200b Jinping in Beijing on Friday, the Kremlin said.',
      'a.txt',
    );
    expect(decoded.text).toBe('President Vladimir Putin met Xi Jinping in Beijing on Friday, the Kremlin said.');
    expect(entitiesOf(decoded)).toContain('Person:Vladimir Putin');
  });
});
