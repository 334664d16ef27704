import { extractArticle } from '../../src/extract/index.js';

const ARTICLE = [
  'Harbour strike ends after nine days',
  '',
  'Dock workers in Gdansk returned to work on Monday after a strike of nine days. Union leader Marta Zielinska said the port authority had agreed to most of the demands.',
  '',
  'Marta Zielinska (left) and Tomasz Wrona at the port gate on Monday. Image: Piotr Nowak.',
  '',
  'The strike had stopped most of the container traffic through the port since early June, Zielinska said.',
  '',
].join('\n');

const entities = (captions?: boolean) =>
  extractArticle({ text: ARTICLE, publishedAt: '2024-06-20' }, captions === false ? { captions } : {}).entities;

describe('captions: names for mentions, nothing else', () => {
  it("adds a caption's names to their entities, and an entity for a name only the caption gives", () => {
    const found = entities();
    const marta = found.find((e) => e.name === 'Marta Zielinska');
    const inCaption = ARTICLE.indexOf('Marta Zielinska (left)');
    expect(marta?.mentions.map((m) => m.start)).toContain(inCaption);
    expect(found.map((e) => `${e.label} ${e.name}`)).toContain('Person Tomasz Wrona');
  });

  it('leaves the credit after the caption out, labelled or not', () => {
    expect(entities().map((e) => e.name)).not.toContain('Piotr Nowak');
    for (const credit of [
      'Evan Vucci/AP',
      'Kenzo Tribouillard/AFP via Getty Images',
      'Photograph: Halvard Berg/Reuters',
    ]) {
      const text = ARTICLE.replace('Image: Piotr Nowak.', credit);
      const names = extractArticle({ text, publishedAt: '2024-06-20' }).entities.map((e) => e.name);
      expect(names).toContain('Tomasz Wrona');
      expect(names.filter((n) => /Vucci|Tribouillard|Getty|Berg|Reuters|AFP|\bAP\b/.test(n))).toEqual([]);
    }
  });

  it('reads a caption labelled the way the HTML path and news sites label them', () => {
    const text = ARTICLE.replace(
      'Marta Zielinska (left) and Tomasz Wrona at the port gate on Monday. Image: Piotr Nowak.',
      'Caption: Image caption, Tomasz Wrona at the port gate on Monday. Image source, Reuters',
    );
    const names = extractArticle({ text, publishedAt: '2024-06-20' }).entities.map((e) => e.name);
    expect(names).toContain('Tomasz Wrona');
    expect(names).not.toContain('Reuters');
  });

  it('takes no relation or statement from a caption, and leaves the body as it was', () => {
    const withCaptions = extractArticle({ text: ARTICLE, publishedAt: '2024-06-20' });
    const without = extractArticle({ text: ARTICLE, publishedAt: '2024-06-20' }, { captions: false });
    expect(withCaptions.relations).toEqual(without.relations);
    expect(withCaptions.statements).toEqual(without.statements);
    expect(without.entities.map((e) => e.name)).not.toContain('Tomasz Wrona');
  });
});
