import { cleanArticle } from '../../src/extract/clean.js';
import { splitSentences, tokenize } from '../../src/extract/sentences.js';

const split = (text: string) => splitSentences(cleanArticle({ text }));

describe('splitSentences', () => {
  it('does not split after titles, initials and abbreviations', () => {
    const s = split(
      'Mr. Putin met Prof. Foot and the U.S. envoy on Monday. China’s No. 3 official, Li Zhanshu, was there.',
    );
    expect(s.map((x) => x.text)).toEqual([
      'Mr. Putin met Prof. Foot and the U.S. envoy on Monday.',
      'China’s No. 3 official, Li Zhanshu, was there.',
    ]);
  });

  it('keeps the closing quotation mark with its sentence and marks sentences inside a quotation', () => {
    const s = split('“We value your position. We understand your concerns,” Putin said. He left.');
    expect(s.map((x) => x.text)).toEqual([
      '“We value your position.',
      'We understand your concerns,” Putin said.',
      'He left.',
    ]);
    expect(s[1].quoted).toBe(true);
    expect(s[2].quoted).toBeUndefined();
  });

  it('handles straight quotation marks', () => {
    const s = split('"It is important," Foot told the BBC. "There is a close relationship."');
    expect(s.map((x) => x.text)).toEqual(['"It is important," Foot told the BBC.', '"There is a close relationship."']);
  });

  it('gives offsets into the original text across paragraphs', () => {
    const text = 'Furniture line\n\nXi met Putin. They talked.\n\nKirby spoke later.';
    const s = splitSentences(cleanArticle({ text }));
    for (const x of s) expect(text.slice(x.start, x.end)).toBe(x.text);
    expect(s.map((x) => x.paragraph)).toEqual([0, 0, 1]);
  });
});

describe('tokenize', () => {
  it('splits possessives and dashes, and keeps hyphenated names and dotted acronyms whole', () => {
    const tokens = tokenize('Kazakhstan’s Kassym-Jomart Tokayev – and the U.S. – met Xi-Putin');
    expect(tokens.map((t) => t.text)).toEqual([
      'Kazakhstan',
      '’s',
      'Kassym-Jomart',
      'Tokayev',
      '–',
      'and',
      'the',
      'U.S.',
      '–',
      'met',
      'Xi-Putin',
    ]);
    expect(tokens.find((t) => t.text === '–')?.kind).toBe('dash');
  });

  it('types quotation marks and numbers', () => {
    const tokens = tokenize('“$140 billion”');
    expect(tokens.map((t) => t.kind)).toEqual(['quote', 'punct', 'number', 'word', 'quote']);
  });
});
