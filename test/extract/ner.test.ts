/**
 * The trained NER component (src/extract/ner): tokenizer offsets, the committed model's metadata, and
 * its reading of a few sentences written for this test.
 */
import { defaultNerModel, NER_LABELS, tagEntities, tokenize, typeSpans } from '../../src/extract/ner/index.js';

const words = (text: string): string[] => {
  const t = tokenize(text);
  return Array.from({ length: t.count }, (_, i) => text.slice(t.start[i], t.end[i]));
};

describe('NER tokenizer', () => {
  it('keeps abbreviations, inner hyphens and ampersands, and splits possessives and punctuation', () => {
    expect(words("The U.S. envoy met Mr. Ortiz-Vega at AT&T's office (Boston).")).toEqual([
      'The',
      'U.S.',
      'envoy',
      'met',
      'Mr.',
      'Ortiz-Vega',
      'at',
      'AT&T',
      "'s",
      'office',
      '(',
      'Boston',
      ')',
      '.',
    ]);
  });

  it('splits a capitalised word from a lower-case suffix and keeps numbers whole', () => {
    expect(words('A Lego-inspired design cost 3.5 million in 2019.')).toEqual([
      'A',
      'Lego',
      '-',
      'inspired',
      'design',
      'cost',
      '3.5',
      'million',
      'in',
      '2019',
      '.',
    ]);
  });

  it('marks line and sentence starts', () => {
    const text = 'Rain fell. "Snow came."\nWind';
    const t = tokenize(text);
    const starts = Array.from({ length: t.count }, (_, i) =>
      t.sentStart[i] ? text.slice(t.start[i], t.end[i]) : '',
    ).filter(Boolean);
    expect(starts).toEqual(['Rain', 'Snow', 'Wind']);
    expect(t.lineStart[t.count - 1]).toBe(1);
  });
});

describe('NER model', () => {
  const text =
    'The mayor, Maria Lopez, met executives of the Northwind Corporation in Canada on Monday.\nLopez said the Harvest Festival would return next year.';

  it('carries its data source, licence and attribution', () => {
    const meta = defaultNerModel().meta;
    expect(meta.labels).toEqual([...NER_LABELS]);
    const data = meta.data as Record<string, string>;
    expect(data.source).toMatch(/GUM/);
    expect(data.annotationLicence).toMatch(/CC BY 4\.0/);
    expect(data.attribution).toMatch(/Zeldes/);
  });

  it('finds and labels names with offsets into the text', () => {
    const found = tagEntities(text).map((s) => [text.slice(s.start, s.end), s.label]);
    expect(found).toEqual(
      expect.arrayContaining([
        ['Maria Lopez', 'Person'],
        ['Northwind Corporation', 'Organization'],
        ['Lopez', 'Person'],
      ]),
    );
    // a place name either way (in this sentence the model reads "in Canada" as a Place)
    expect(found.find(([name]) => name === 'Canada')?.[1]).toMatch(/^(Country|Place)$/);
    for (const s of tagEntities(text)) {
      expect(s.score).toBeGreaterThan(0);
      expect(s.score).toBeLessThan(1);
      expect(text.slice(s.start, s.end)).toBe(text.slice(s.start, s.end).trim());
    }
  });

  // Company words ending a name are the rules' (test/extract/context-types.test.ts); the model alone reads
  // some of them as places in some frames ("Shares of Acme Logistics fell"), which the rules outrank.
  it('reads company endings, event words and countries', () => {
    const labelled = (t: string) => tagEntities(t).map((s) => [t.slice(s.start, s.end), s.label]);
    expect(labelled('She joined Brightwater Technologies Inc. in 2019.')).toEqual([
      ['Brightwater Technologies Inc.', 'Organization'],
    ]);
    expect(labelled('Trade between Canada and Mexico grew.')).toEqual([
      ['Canada', 'Country'],
      ['Mexico', 'Country'],
    ]);
    expect(labelled('Lopez said the Harvest Festival would return next year.')).toContainEqual([
      'Harvest Festival',
      'Event',
    ]);
  });

  it('is deterministic and tags nothing in an empty or lower-case text', () => {
    expect(tagEntities(text)).toEqual(tagEntities(text));
    expect(tagEntities('')).toEqual([]);
    expect(tagEntities('nothing here has a capital letter at all.')).toEqual([]);
  });

  it('types given spans in context', () => {
    const org = text.indexOf('Northwind');
    const [t] = typeSpans(text, [{ start: org, end: org + 'Northwind Corporation'.length }]);
    expect(t.label).toBe('Organization');
    expect(Object.values(t.scores).reduce((a, b) => a + b, 0)).toBeCloseTo(1, 6);
    expect(t.nameScore).toBeGreaterThan(0.5);
  });
});
