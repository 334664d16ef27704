import { cleanArticle } from '../../src/extract/clean.js';
import type { CleanedArticle } from '../../src/extract/types.js';

const content = (c: CleanedArticle): string[] => c.paragraphs.map((p) => c.text.slice(p.start, p.end));
const removedText = (c: CleanedArticle): string[] => c.removed.map((r) => c.text.slice(r.start, r.end));

const ARTICLE = [
  'Putin and Xi meet in Samarkand',
  '',
  'Tessa Wong & Simon Fraser - BBC News',
  '·5 min read',
  'Chinese President Xi Jinping and Russian President Vladimir Putin at the meeting on Thursday. Photo: AP',
  'Mr Putin (far left) and Mr Xi (far right) met at the summit in Samarkand',
  '',
  'Vladimir Putin has acknowledged China\'s "concern" over Ukraine, in his first talks with Xi Jinping since the invasion.',
  '',
  'Zelensky visits town Ukraine recaptured from Russian forces',
  '',
  'Zelensky visits town Ukraine recaptured from Russian forces',
  '',
  '"We highly value the balanced position of our Chinese friends," Mr Putin told Mr Xi.',
  '',
  'Recommended Stories',
  '',
  '  • Tesla weighs China sales reset',
  "    Tesla is working to meet CEO Elon Musk's goal of improving service.",
].join('\n');

describe('cleanArticle', () => {
  const cleaned = cleanArticle({ text: ARTICLE }, { date: '2022-09-15' });

  it('keeps the body paragraphs with offsets into the original text', () => {
    const body = content(cleaned);
    expect(body).toContain(
      'Vladimir Putin has acknowledged China\'s "concern" over Ukraine, in his first talks with Xi Jinping since the invasion.',
    );
    expect(body).toContain('"We highly value the balanced position of our Chinese friends," Mr Putin told Mr Xi.');
    for (const p of cleaned.paragraphs)
      expect(ARTICLE.slice(p.start, p.end).trim()).toBe(ARTICLE.slice(p.start, p.end));
  });

  it('removes a teaser headline repeated in the body, both copies', () => {
    const teasers = removedText(cleaned).filter((t) => t.startsWith('Zelensky visits town'));
    expect(teasers).toHaveLength(2);
    expect(content(cleaned).join('\n')).not.toMatch(/Zelensky/);
  });

  it('removes repeated lines and near copies with a label glued on, accented or not, and keeps lines that only look alike', () => {
    const text = [
      'Erdoğan’s envoy met Greek officials in Athens on Monday.',
      'Officials said the talks would resume after the holiday in Ankara.',
      'Erdoğan’s envoy met Greek officials in Athens on Monday.Premium',
      'The envoy later flew to Brussels for a meeting with NATO officials.',
      'The envoy later flew to Berlin for a meeting with German officials.',
      'A statement from the ministry in Athens gave no details of the agenda.',
      'The ministry’s statement gave no further details.',
      'Greece and Turkey have argued over maritime borders for decades.',
      'The ministry’s statement gave no further details.',
    ].join('\n');
    const c = cleanArticle({ text }, {});
    const repeated = c.removed.filter((r) => r.reason === 'repeated headline').map((r) => text.slice(r.start, r.end));
    expect(repeated).toEqual([
      'Erdoğan’s envoy met Greek officials in Athens on Monday.',
      'Erdoğan’s envoy met Greek officials in Athens on Monday.Premium',
      'The ministry’s statement gave no further details.',
      'The ministry’s statement gave no further details.',
    ]);
    expect(content(c)).toEqual([
      'Officials said the talks would resume after the holiday in Ankara.',
      'The envoy later flew to Brussels for a meeting with NATO officials.',
      'The envoy later flew to Berlin for a meeting with German officials.',
      'A statement from the ministry in Athens gave no details of the agenda.',
      'Greece and Turkey have argued over maritime borders for decades.',
    ]);
  });

  it('removes the byline and the reading time', () => {
    expect(removedText(cleaned)).toEqual(
      expect.arrayContaining(['Tessa Wong & Simon Fraser - BBC News', '·5 min read']),
    );
  });

  it('removes a photo caption with a credit ("Photo: AP") and one that names people', () => {
    const reasons = new Map(cleaned.removed.map((r) => [ARTICLE.slice(r.start, r.end), r.reason]));
    expect(
      reasons.get(
        'Chinese President Xi Jinping and Russian President Vladimir Putin at the meeting on Thursday. Photo: AP',
      ),
    ).toBe('photo caption');
    expect(reasons.get('Mr Putin (far left) and Mr Xi (far right) met at the summit in Samarkand')).toBe(
      'photo caption',
    );
  });

  it('removes everything after "Recommended Stories"', () => {
    expect(content(cleaned).join('\n')).not.toMatch(/Tesla|Musk/);
  });

  it('reads the title from the first headline line', () => {
    expect(cleaned.title).toBe('Putin and Xi meet in Samarkand');
  });

  it('takes the publication date from the text before the options', () => {
    const text = 'Xi and Putin met in Samarkand on Thursday.\nUpdated: 15 Sep 2022, 06:26 PM IST\nsource site-13';
    const c = cleanArticle({ text }, { date: '2020-01-01' });
    expect(c.publishedAt).toBe('2022-09-15');
    expect(removedText(c)).toEqual(['Updated: 15 Sep 2022, 06:26 PM IST', 'source site-13']);
  });

  it('reads a wire dateline and falls back to the options, else leaves the date unknown', () => {
    expect(
      cleanArticle(
        { text: 'WASHINGTON, May 24 (Reuters) - Joe Biden met Narendra Modi in Tokyo.' },
        { date: '2022-06-01' },
      ).publishedAt,
    ).toBe('2022-05-24');
    expect(cleanArticle({ text: 'Joe Biden met Narendra Modi in Tokyo.' }, { date: '2022-06-01' }).publishedAt).toBe(
      '2022-06-01',
    );
    expect(cleanArticle({ text: 'Joe Biden met Narendra Modi in Tokyo.' }).publishedAt).toBeUndefined();
  });

  it('removes subscription, job and app boxes', () => {
    const text = [
      'The talks lasted three hours.',
      'Top jobs of the day',
      'Find the best jobs now and',
      'be notified by email.',
      'Catch all the Business News on Live Mint. Download The Mint News App to get Daily Market Updates.',
      'Get alerts on WhatsApp',
    ].join('\n');
    expect(content(cleanArticle({ text }))).toEqual(['The talks lasted three hours.']);
  });
});

describe('agency credits and labelled captions', () => {
  it('removes a "Photo caption: …" line and a line that is only "(AFP)"', () => {
    const text =
      'Leaders meet in Ankara\n\nTurkish President Recep Tayyip Erdogan received Vladimir Putin on Friday.\nPhoto caption: Erdogan and Putin shake hands in Istanbul.\nThe talks lasted three hours.\n(AFP)\n';
    const c = cleanArticle({ text }, {});
    expect(content(c)).toEqual([
      'Leaders meet in Ankara',
      'Turkish President Recep Tayyip Erdogan received Vladimir Putin on Friday.',
      'The talks lasted three hours.',
    ]);
  });
});

describe('lines that lead into a quotation', () => {
  it('keeps a paragraph cut before the quotation it introduces, with a comma or a colon, as body', () => {
    const c = cleanArticle({
      text: [
        'Harbour strike ends after nine days',
        '',
        'Dock workers in Gdansk returned to work on Monday after nine days on strike.',
        '',
        'According to the union, the port authority agreed to most of its demands. Its leader Marta Zielinska stated,',
        '"We have won what we came for."',
        '',
        'The port authority wrote on its website on Monday evening:',
        '"Work resumes at six."',
        '',
        'Next steps:',
        '',
      ].join('\n'),
    });
    const kept = content(c);
    expect(kept).toContain(
      'According to the union, the port authority agreed to most of its demands. Its leader Marta Zielinska stated,',
    );
    expect(kept).toContain('The port authority wrote on its website on Monday evening:');
    expect(kept).not.toContain('Next steps:');
  });
});
