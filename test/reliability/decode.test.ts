import fc from 'fast-check';
import {
  ArticleInputError,
  checkArticleFields,
  decodeArticleBytes,
  decodeArticleText,
  detectLanguage,
  firstInvalidUtf8,
  looksLikeHtml,
} from '../../src/extract/decode.js';
import { cleanArticle } from '../../src/extract/clean.js';
import { htmlArticle } from '../../src/extract/html/article.js';

const ENGLISH =
  'Brazilian President Ana Souza met Indian Prime Minister Ravi Kumar in New Delhi on Tuesday. ' +
  'The two leaders agreed to expand trade, and Ms Souza said the talks had been "frank and useful".';

function problemOf(run: () => unknown): string {
  try {
    run();
  } catch (error) {
    if (error instanceof ArticleInputError) return error.problem;
    throw error;
  }
  return 'none';
}

describe('decodeArticleBytes: what is refused, with the file named', () => {
  it('refuses an empty file', () => {
    expect(() => decodeArticleBytes(new Uint8Array(0), 'in/a.txt')).toThrow('in/a.txt: is empty');
  });

  it('refuses whitespace only, including no-break and zero-width spaces', () => {
    expect(() => decodeArticleBytes(Buffer.from(' \n\t\u00a0\u200b\r\n'), 'in/b.txt')).toThrow(
      'in/b.txt: holds only whitespace',
    );
  });

  it('refuses a file with NUL bytes as binary', () => {
    expect(problemOf(() => decodeArticleBytes(Buffer.from([0x54, 0x68, 0x00, 0x65]), 'x.txt'))).toBe('binary');
  });

  it('names a PDF by its signature', () => {
    expect(() => decodeArticleBytes(Buffer.from('%PDF-1.7\n%âãÏÓ'), 'report.txt')).toThrow(
      'report.txt: is a PDF document',
    );
  });

  it('refuses invalid UTF-8 and says where and what to do', () => {
    const bytes = Buffer.from('First line.\nCaf\xe9 society.', 'latin1');
    expect(() => decodeArticleBytes(bytes, 'old.txt')).toThrow(
      /old\.txt: is not valid UTF-8 \(byte 0xe9 at offset 15, line 2\).*iconv/,
    );
  });

  it('accepts UTF-8 with a byte-order mark and drops the mark', () => {
    const decoded = decodeArticleBytes(
      Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(ENGLISH)]),
      'bom.txt',
    );
    expect(decoded.text).toBe(ENGLISH);
  });

  it('decodes UTF-16 with a byte-order mark', () => {
    const bytes = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(ENGLISH, 'utf16le')]);
    expect(decodeArticleBytes(bytes, 'windows.txt').text).toBe(ENGLISH);
  });

  it('refuses a file over the limit without decoding it', () => {
    const bytes = Buffer.alloc(2048, 0x61);
    expect(() => decodeArticleBytes(bytes, 'big.txt', { maxBytes: 1024 })).toThrow(
      'big.txt: is 2.0 KB, over the limit of 1.0 KB',
    );
  });

  it('decodes an HTML page in the character set it declares', () => {
    const html = `<html><head><meta charset="iso-8859-1"><title>T</title></head><body><article><p>${ENGLISH} The caf\xe9 was closed.</p></article></body></html>`;
    expect(decodeArticleBytes(Buffer.from(html, 'latin1'), 'page.html').text).toContain('The café was closed.');
  });
});

describe('validators', () => {
  it('finds the first byte that breaks UTF-8', () => {
    expect(firstInvalidUtf8(Buffer.from('héllo ✓ 𝄞'))).toBe(-1);
    expect(firstInvalidUtf8(Buffer.from([0x61, 0xc0, 0x80]))).toBe(1);
    expect(firstInvalidUtf8(Buffer.from([0x61, 0x62, 0xe2, 0x82]))).toBe(2);
    expect(firstInvalidUtf8(Buffer.from([0xed, 0xa0, 0x80]))).toBe(0);
  });

  it('agrees with the platform decoder on any bytes', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 64 }), (bytes) => {
        let valid = true;
        try {
          new TextDecoder('utf-8', { fatal: true }).decode(bytes);
        } catch {
          valid = false;
        }
        expect(firstInvalidUtf8(bytes) === -1).toBe(valid);
      }),
    );
  });

  it('tells HTML from plain text that merely mentions a tag', () => {
    expect(looksLikeHtml('<!DOCTYPE html><html><body><p>x</p></body></html>')).toBe(true);
    expect(looksLikeHtml('<div><p>One</p><p>Two</p><p>Three</p></div>')).toBe(true);
    expect(looksLikeHtml('The <p> tag marks a paragraph, the engineer said.')).toBe(false);
  });
});

describe('HTML pages', () => {
  const page = `<!doctype html><html><head><title>Souza meets Kumar | The Daily</title>
<meta property="article:published_time" content="2024-03-05T09:00:00Z">
<script>var teaser = "<p>Recommended: a story that is not content</p>";</script><style>p{color:red}</style></head>
<body><nav><a href="/">Home</a><a href="/world">World news</a></nav>
<header class="site-header">Subscribe for one dollar</header>
<main><article><h1>Souza meets Kumar</h1><p>${ENGLISH}</p>
<figure><img src="a.jpg"><figcaption>Ms Souza and Mr Kumar in 2019</figcaption></figure>
<p>The ministry called the visit &quot;historic&quot; &amp; promised a second round.</p>
<div class="related-stories">Recommended stories: Floods in the north</div></article></main>
<footer>© The Daily</footer></body></html>`;

  it('keeps the article paragraphs and the headline, drops furniture and scripts, and labels captions, which are not body text', () => {
    const { text, title, publishedAt, blocks } = htmlArticle(page);
    expect(title).toBe('Souza meets Kumar');
    expect(publishedAt).toBe('2024-03-05');
    expect(text.split('\n\n')).toEqual([
      'Souza meets Kumar',
      ENGLISH,
      'Caption: Ms Souza and Mr Kumar in 2019',
      'The ministry called the visit "historic" & promised a second round.',
    ]);
    expect(blocks.map((b) => b.kind)).toEqual(['title', 'paragraph', 'caption', 'paragraph']);
    expect(text).not.toMatch(/Home|Subscribe|Recommended|figcaption|color|The Daily/);
    const cleaned = cleanArticle({ text });
    expect(cleaned.removed.find((r) => r.reason === 'photo caption')).toMatchObject({
      start: blocks[2].start,
      end: blocks[2].end,
    });
  });

  it('takes the body when the page has no article element', () => {
    const { text } = htmlArticle(`<html><body><div><p>${ENGLISH}</p></div><footer>Contact us</footer></body></html>`);
    expect(text).toBe(ENGLISH);
  });

  it('refuses a page with no article text', () => {
    const html =
      '<html><head><title></title><script>alert(1)</script></head><body><nav>Home | World</nav></body></html>';
    expect(() => decodeArticleText(html, 'shell.html')).toThrow('shell.html: is an HTML page with no article text');
  });

  it('never throws on arbitrary markup', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.constantFrom(
            '<p>',
            '</p>',
            '<article>',
            '</div>',
            '<script>',
            '&amp;',
            'word ',
            '<',
            '>',
            '"',
            '<!--',
            '<br/>',
          ),
          { maxLength: 60 },
        ),
        (parts) => {
          const { text } = htmlArticle(parts.join(''));
          expect(typeof text).toBe('string');
        },
      ),
    );
  });
});

describe('language', () => {
  it('takes English news full of foreign names as English', () => {
    expect(detectLanguage(ENGLISH).english).toBe(true);
    expect(
      detectLanguage(
        'Xi Jinping, Vladimir Putin, Narendra Modi, Recep Tayyip Erdogan and Shavkat Mirziyoyev attended the summit in Samarkand, Uzbekistan.',
      ).english,
    ).toBe(true);
  });

  it.each([
    [
      'French',
      "Le président brésilien a rencontré mardi le Premier ministre indien à New Delhi. Les deux dirigeants ont convenu d'élargir les échanges commerciaux.",
    ],
    [
      'German',
      'Die brasilianische Präsidentin hat am Dienstag den indischen Premierminister in Neu-Delhi getroffen. Beide wollen den Handel ausweiten und die Gespräche fortsetzen.',
    ],
    [
      'Spanish',
      'La presidenta de Brasil se reunió el martes con el primer ministro de la India en Nueva Delhi. Los dos líderes acordaron ampliar el comercio entre ambos países.',
    ],
    [
      'Russian',
      'Президент Бразилии во вторник встретилась с премьер-министром Индии в Нью-Дели. Лидеры договорились расширить торговлю между странами.',
    ],
  ])('skips %s with a warning that names the language', (language, text) => {
    let caught: unknown;
    try {
      decodeArticleText(text, 'foreign.txt');
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(ArticleInputError);
    expect((caught as ArticleInputError).skip).toBe(true);
    expect((caught as ArticleInputError).message).toContain(`foreign.txt: looks like ${language}, not English`);
  });

  it('ingests any language when asked', () => {
    const text =
      'Le président brésilien a rencontré mardi le Premier ministre indien à New Delhi. Les deux dirigeants ont convenu.';
    expect(decodeArticleText(text, 'fr.txt', { anyLanguage: true }).text).toBe(text);
  });

  it('does not judge a text too short to tell', () => {
    expect(decodeArticleText('Souza à Delhi.', 'short.txt').text).toBe('Souza à Delhi.');
  });
});

describe('decodeArticleText', () => {
  it('refuses an unpaired surrogate', () => {
    expect(problemOf(() => decodeArticleText(`${ENGLISH}\ud800`, 'api'))).toBe('encoding');
  });

  it('refuses text with no letters', () => {
    expect(() => decodeArticleText('2024 — 12:30 — 45%', 'nums.txt')).toThrow('nums.txt: has no words');
  });

  it('only ever throws ArticleInputError, whatever the string', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 300 }), (text) => {
        try {
          const decoded = decodeArticleText(text, 'any');
          expect(decoded.text.length).toBeGreaterThan(0);
        } catch (error) {
          expect(error).toBeInstanceOf(ArticleInputError);
        }
      }),
    );
  });

  it('only ever throws ArticleInputError, whatever the bytes', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 300 }), (bytes) => {
        try {
          decodeArticleBytes(bytes, 'any.bin');
        } catch (error) {
          expect(error).toBeInstanceOf(ArticleInputError);
        }
      }),
    );
  });
});

describe('checkArticleFields (the ingestArticle mutation)', () => {
  it('passes a good article through, trimming its fields', () => {
    expect(
      checkArticleFields({
        text: ENGLISH,
        title: ' Souza in Delhi ',
        url: 'https://example.org/a',
        publishedAt: '2024-03-05',
        source: 'The Daily',
      }),
    ).toEqual({
      text: ENGLISH,
      title: 'Souza in Delhi',
      source: 'The Daily',
      url: 'https://example.org/a',
      publishedAt: '2024-03-05',
    });
  });

  it.each([
    ['a javascript: url', { text: ENGLISH, url: 'javascript:alert(1)' }, '"url" must be an http or https address'],
    ['an impossible date', { text: ENGLISH, publishedAt: '2024-13-45' }, '"publishedAt" must be an ISO 8601 date'],
    [
      'an injection in the date',
      { text: ENGLISH, publishedAt: "2024'); DROP TABLE articles;--" },
      '"publishedAt" must be an ISO 8601 date',
    ],
    ['a title too long', { text: ENGLISH, title: 'x'.repeat(1001) }, '"title" is 1001 characters long'],
    ['a NUL in the source', { text: ENGLISH, source: 'BBC\u0000' }, '"source" contains control characters'],
    ['blank text', { text: '   ' }, 'holds only whitespace'],
    ['text over the limit', { text: 'a'.repeat(2000) }, 'over the limit'],
  ])('refuses %s', (_label, fields, message) => {
    expect(() => checkArticleFields(fields, { maxBytes: 1024 })).toThrow(message);
  });
});
