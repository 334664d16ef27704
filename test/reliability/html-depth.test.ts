/** Pages nested thousands deep are read in time linear in their size (the times are in bench/extraction.ts). */
import { flattenHtml, MAX_HTML_DEPTH } from '../../src/extract/html/flatten.js';
import { htmlArticle } from '../../src/extract/html/article.js';

const PARAGRAPH =
  'Brazilian President Ana Souza met Indian Prime Minister Ravi Kumar in New Delhi on Tuesday, and the two leaders agreed to expand trade.';

describe('deeply nested pages', () => {
  it('reads a page nested 10,000 deep', () => {
    const depth = 10_000;
    const html = `<html><body>${'<div><section>'.repeat(depth / 2)}<h2>Trade talks</h2><p>${PARAGRAPH}</p><p>The ministry called the visit historic.</p>${'</section></div>'.repeat(depth / 2)}</body></html>`;
    const article = htmlArticle(html);
    expect(article.text).toContain(PARAGRAPH);
    expect(article.text).toContain('The ministry called the visit historic.');
    expect(article.blocks.map((b) => b.kind)).toContain('heading');
  });

  it('keeps no element deeper than the limit, and keeps deep paragraphs apart', () => {
    const flat = flattenHtml(`${'<div>'.repeat(100)}<p>One</p><p>Two<li>Three</div>`, { maxDepth: 3 }).html;
    let depth = 0;
    let deepest = 0;
    for (const m of flat.matchAll(/<(\/?)([a-z0-9]+)[^>]*>/g)) {
      depth += m[1] ? -1 : 1;
      deepest = Math.max(deepest, depth);
    }
    expect(deepest).toBeLessThanOrEqual(4);
    expect(flat).toContain('<p>One</p>');
    expect(flat).toContain('<p>Two</p><li>Three</li>');
    expect(MAX_HTML_DEPTH).toBeGreaterThanOrEqual(32);
  });

  it('drops scripts and styles nested below the limit with their content', () => {
    const flat = flattenHtml(`${'<div>'.repeat(10)}<script>var x = "<p>not text</p>";</script><p>Text</p>`, {
      maxDepth: 3,
    }).html;
    expect(flat).not.toContain('not text');
    expect(flat).toContain('<p>Text</p>');
  });
});
