/**
 * Pages dense in elements (issue #15: a 5 MB page in ≤ 2 s; the times are in bench/extraction.ts):
 * Readability reads only pages within its element budget, and past LEAN_HTML_ELEMENTS flattenHtml leaves
 * out the attributes, inline elements and wrappers that only Readability reads, so that the walk over the
 * page's blocks reads the same text.
 */
import { jest } from '@jest/globals';
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { htmlArticle, LEAN_HTML_ELEMENTS, MAX_READABLE_ELEMENTS } from '../../src/extract/html/article.js';
import { blockWords, pruneFurniture, textBlocks } from '../../src/extract/html/blocks.js';
import { flattenHtml } from '../../src/extract/html/flatten.js';
import { pageMetadata } from '../../src/extract/html/metadata.js';

const WORDS = ['trade', 'minister', 'talks', 'Delhi', 'border', 'summit', 'agreed', 'visit', 'reform', 'budget'];
const word = (i: number): string => `${WORDS[i % WORDS.length]}${i % 97}`;

/** `count` rows of a link list as news sites write them: a div, a span and a link, three elements each. */
function denseRows(count: number): string {
  return Array.from(
    { length: count },
    (_, i) => `<div class="c${i % 7}"><span>${word(i)}</span> <a href="/x/${i}">link ${word(i + 3)}</a></div>\n`,
  ).join('');
}

/** What the walk reads of a flattened page: metadata, the words before pruning, the blocks after. */
function walk(html: string): { metadata: string; pageWords: number; blocks: string } {
  const { document } = parseHTML(html);
  const metadata = JSON.stringify(pageMetadata(document));
  const pageWords = blockWords(textBlocks(document.body));
  pruneFurniture(document.body);
  return { metadata, pageWords, blocks: JSON.stringify(textBlocks(document.body)) };
}

/** Words (pieces with a letter or digit) of a text. */
const wordsOf = (text: string): string[] => text.split(/\s+/).filter((piece) => /[\p{L}\p{N}]/u.test(piece));

describe('element-dense pages', () => {
  afterEach(() => jest.restoreAllMocks());

  it('keeps a budget Readability reads fast, and goes lean only past it', () => {
    expect(MAX_READABLE_ELEMENTS).toBeGreaterThanOrEqual(2_000);
    expect(MAX_READABLE_ELEMENTS).toBeLessThanOrEqual(10_000);
    expect(LEAN_HTML_ELEMENTS).toBeGreaterThanOrEqual(MAX_READABLE_ELEMENTS);
  });

  it('reads a page of 45,000 elements with every word, without asking Readability', () => {
    const parse = jest.spyOn(Readability.prototype, 'parse');
    const rows = 15_000;
    const html = `<html><head><title>Link list</title></head><body><article>${denseRows(rows)}</article></body></html>`;
    const flat = flattenHtml(html, { leanAfter: LEAN_HTML_ELEMENTS });
    expect(flat.leaned).toBeGreaterThan(0);
    expect(flat.elements).toBeLessThan(0.7 * 3 * rows);
    const article = htmlArticle(html);
    expect(parse).not.toHaveBeenCalled();
    const words = wordsOf(article.text);
    expect(words.length).toBeGreaterThanOrEqual(rows * 3);
    expect(article.text).toContain(`${word(0)} link ${word(3)}`);
    expect(article.text).toContain(`${word(rows - 1)} link ${word(rows + 2)}`);
  });

  it('still asks Readability for an ordinary page', () => {
    const parse = jest.spyOn(Readability.prototype, 'parse');
    const paragraph = (i: number): string =>
      `<p>The <b>minister</b> said on <a href="/t/${i}">Tuesday</a> that the ${word(i)} talks would go ahead.</p>`;
    const html = `<html><body><nav><a href="/">Home</a></nav><article>${Array.from({ length: 40 }, (_, i) => paragraph(i)).join('')}</article></body></html>`;
    expect(htmlArticle(html).text).toContain('The minister said on Tuesday that the trade0 talks would go ahead.');
    expect(parse).toHaveBeenCalledTimes(1);
  });

  it('keeps at least 90 % of the words of a dense page that is the article itself', () => {
    const paragraphs = Array.from(
      { length: 5_000 },
      (_, i) =>
        `<p>The <b>minister</b> <em>${word(i)}</em> met <a href="/p/${i}"><span class="name">${word(i + 1)}</span></a> in <span>${word(i + 2)}</span> on <time datetime="2024-03-0${(i % 9) + 1}">Tuesday</time>.</p>`,
    );
    const html =
      `<html><head><title>Trade talks</title></head><body><header class="site-header"><nav><a href="/">Home</a></nav></header>` +
      `<main><article><h1>Trade talks</h1>${paragraphs.join('\n')}</article></main>` +
      `<footer class="site-footer"><p>© The Daily</p></footer></body></html>`;
    expect(flattenHtml(html).elements).toBeGreaterThan(30_000);
    const source = wordsOf(paragraphs.join(' ').replace(/<[^>]*>/g, ''));
    const article = htmlArticle(html);
    expect(article.title).toBe('Trade talks');
    expect(wordsOf(article.text).length).toBeGreaterThanOrEqual(0.9 * source.length);
    expect(article.text).toContain(`The minister ${word(4999)} met ${word(5000)} in ${word(5001)} on Tuesday.`);
  });
});

describe('flattenHtml past leanAfter: the walk reads the same page', () => {
  const lean = (html: string, maxDepth?: number): void => {
    const full = flattenHtml(html, { maxDepth });
    const leaned = flattenHtml(html, { maxDepth, leanAfter: 0 });
    expect(walk(leaned.html)).toEqual(walk(full.html));
  };
  const article = `<p>${'Long article text of the page. '.repeat(20)}</p>`;

  it('leaves out plain inline elements, wrappers and attributes, and keeps what may be furniture', () => {
    const html = `<html><body><div class="c1"><div><p>a <a href="/x">b</a> <span class="t">c</span></p></div></div><div>d<div>e</div>f</div><span class="share-bar">Share</span><time datetime="2024-05-06">May 6</time></body></html>`;
    const flat = flattenHtml(html, { leanAfter: 0 });
    expect(flat.html).toBe(
      '<html><body><p>a b c</p>d<br>e<br>f<br><span class="share-bar">Share</span><time datetime="2024-05-06">May 6</time></body></html>',
    );
    expect(flat.leaned).toBe(6);
    lean(html);
  });

  it('writes nothing differently before leanAfter elements', () => {
    const html = `<html><body>${denseRows(50)}</body></html>`;
    expect(flattenHtml(html, { leanAfter: 1_000 })).toEqual({ ...flattenHtml(html), leaned: 0 });
  });

  it('keeps the nesting the parser would have given (an unclosed inline element before a list item)', () => {
    // Without the <span> the parser would close the first <li> at the second, taking "Kept item" out of the furniture.
    const html = `<html><body>${article}<ul><li class="share-bar"><span>Share this<li>Kept item</span></li></ul><p><b>x<p>y</b></p></body></html>`;
    const flat = flattenHtml(html, { leanAfter: 0 });
    expect(flat.html).toContain('<li class="share-bar">Share this<span><li>Kept item</li></span></li>');
    expect(walk(flat.html).blocks).not.toContain('Kept item');
    lean(html);
  });

  it('writes a border where a left-out wrapper parted text, also next to pruned furniture', () => {
    lean(
      `<html><body>${article}a<div class="share">x</div><div>b</div>c<section><section>d</section></section></body></html>`,
    );
    lean(`<html><body>${article}Eps<p class="related"><div>gamma</div>delta</body></html>`);
    lean(`<html><body>${article}eta<select><address></select><section>beta</section></body></html>`);
  });

  it('leaves out white space next to a border, but not inside an <h1> (metadata reads its text)', () => {
    const html = `<html><body>${article}<div>\n  <p>a</p>\n  <p>b</p>\n</div><h1>Title<br>\n<address>words</address></h1></body></html>`;
    expect(flattenHtml(html, { leanAfter: 0 }).html).toContain('<p>a</p><p>b</p><h1>Title<br>\n');
    lean(html);
    lean(html, 3);
  });

  it('reads 300 pages of random, broken markup the same', () => {
    let seed = 15;
    const random = (): number => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
    const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
    const tags = [
      'div',
      'p',
      'span',
      'a',
      'b',
      'em',
      'li',
      'ul',
      'td',
      'tr',
      'table',
      'h1',
      'h2',
      'figure',
      'figcaption',
    ];
    tags.push('section', 'small', 'time', 'nav', 'aside', 'button', 'blockquote', 'dd', 'option', 'select', 'pre');
    tags.push('caption', 'header', 'form', 'article', 'main', 'details', 'summary', 'address', 'ol', 'tbody', 'th');
    const attributes = ['', '', '', ' class="c1"', ' class="share-bar"', ' id="nav"', ' class="x" id="related"'];
    attributes.push(' role="main" class="promo"', ' class="a&amp;b"', ' href="/x"', ' datetime="2024-01-02"');
    const texts = ['alpha', 'beta', ' ', 'gamma delta', '\n', 'Eps', '&amp;', 'zeta.', 'eta'];
    for (let n = 0; n < 300; n += 1) {
      const parts: string[] = [];
      const open: string[] = [];
      for (let k = 20 + Math.floor(random() * 150); k > 0; k -= 1) {
        const r = random();
        if (r < 0.35) parts.push(pick(texts));
        else if (r < 0.65) parts.push(`<${open[open.push(pick(tags)) - 1]}${pick(attributes)}>`);
        else if (r < 0.72) parts.push(`<${pick(['br', 'hr', 'img', 'input'])}${pick(attributes)}>`);
        else if (open.length > 0) parts.push(`</${random() < 0.85 ? open.pop() : pick(tags)}>`);
      }
      lean(`<html><body>${article}${parts.join('')}</body></html>`, pick([3, 48]));
    }
  });
});
