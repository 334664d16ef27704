import { decodeArticleText } from '../dist/extract/decode.js';
import { extractArticle, extractCorpus, type ArticleInput } from '../dist/extract/index.js';
import { compromisePass, regexPass } from './anchors.js';
import { growthExponent, median, now, round, timeRuns, utf8Bytes } from './stats.js';

/** Throughput of one engine over one corpus: medians of several timed runs after warm-up. */
interface Throughput {
  engine: string;
  runs: number;
  /** Median milliseconds for the whole corpus. */
  medianMs: number;
  /** Each run's milliseconds. */
  runMs: number[];
  mbPerSecond: number;
  articlesPerSecond: number;
  wordsPerSecond: number;
}

export interface ExtractionResult {
  corpus: string;
  articles: number;
  bytes: number;
  words: number;
  /** What the extractor found over the corpus (to show it is doing real work). */
  found: { entities: number; relations: number; statements: number };
  engines: Throughput[];
  /**
   * The extractor beside the anchors: how many times slower than the regex floor (floor MB/s ÷
   * extractor MB/s; target ≤ 10) and how many times faster than compromise (extractor ÷ compromise; target ≥ 20).
   */
  ratios: {
    slowerThanRegexFloor: number;
    fasterThanCompromise: number;
    corpusSlowerThanRegexFloor: number;
    corpusFasterThanCompromise: number;
  };
  /** Decoding of the same articles as HTML pages (decode.ts: flatten, linkedom, Readability, metadata, checks). */
  html: HtmlDecoding;
}

/** Speed of decoding HTML pages into article text. */
interface HtmlDecoding {
  pages: number;
  /** Bytes of HTML (the pages' markup included). */
  bytes: number;
  medianMs: number;
  mbPerSecond: number;
  /** One page of 5 MB whose article is nested about 450,000 elements deep (target: ≤ 2 s). */
  deepPage: { bytes: number; depth: number; ms: number };
  /** One page of 5 MB of about 200,000 small elements: link lists and rows of a word and a link (target: ≤ 2 s). */
  densePage: { bytes: number; elements: number; ms: number };
}

const escapeHtml = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** An article as a news site would serve it: head metadata, navigation, the article, an aside of teasers, a footer. */
export function newsPage(input: ArticleInput, i: number): string {
  const paragraphs = input.text.split(/\n+/).filter((p) => p.trim().length > 0);
  const title = escapeHtml(input.title ?? paragraphs[0] ?? `Story ${i}`);
  const nav = ['Home', 'World', 'Politics', 'Business', 'Sport', 'Opinion']
    .map((n) => `<li><a href="/${n.toLowerCase()}">${n}</a></li>`)
    .join('');
  const teasers = Array.from(
    { length: 6 },
    (_, k) =>
      `<li class="teaser"><a href="/story/${i}-${k}"><h3>Related story ${k} of page ${i}</h3></a><span>${k + 1} hours ago</span></li>`,
  ).join('');
  return (
    `<!DOCTYPE html><html lang="en" class="ads-enabled"><head><meta charset="utf-8"><title>${title} | Bench News</title>` +
    `<meta property="og:site_name" content="Bench News"><meta property="article:published_time" content="${input.publishedAt ?? '2024-01-01'}T08:00:00Z">` +
    `<link rel="canonical" href="https://bench.example/story/${i}"><script>window.ads = { slots: [1, 2, 3] };</script><style>body { font: 16px serif; }</style></head>` +
    `<body class="js-social-anchor-start"><header class="site-header"><nav><ul>${nav}</ul></nav></header>` +
    `<div class="page"><main><article><div class="share-bar"><a href="#">Share on Facebook</a> <a href="#">Share on X</a></div>` +
    paragraphs.map((p) => `<div class="text-block"><p>${escapeHtml(p)}</p></div>`).join('\n') +
    `</article></main><aside class="sidebar"><h2>Most read</h2><ol>${teasers}</ol></aside></div>` +
    `<footer class="site-footer"><p>© Bench News. All rights reserved.</p></footer></body></html>`
  );
}

/**
 * A page of about `bytes` whose body is element-dense: the words of the articles, three to a line ending
 * in a full stop (so that clean.ts keeps them), as link lists (`<li><a><span>`) and rows of a word and a
 * link (`<div class><span></span> <a></a></div>`): some 200,000 elements in 5 MB, each costing the DOM
 * parser and every walk.
 */
function densePage(inputs: readonly ArticleInput[], bytes: number): string {
  const words = inputs.flatMap((input) => input.text.split(/\s+/).filter((w) => /^[\p{L}\p{N}]+$/u.test(w)));
  const head = '<!DOCTYPE html><html><head><title>Dense page</title></head><body><main><article>';
  const parts = [head];
  let size = head.length;
  for (let k = 0; size < bytes; k += 1) {
    const w = (n: number): string => escapeHtml(words[(3 * k + n) % words.length]!);
    const part =
      k % 20 < 10
        ? `${k % 10 === 0 ? '<ul>' : ''}<li><a href="/${k}"><span class="t">${w(0)} ${w(1)}</span></a> ${w(2)}.</li>${k % 10 === 9 ? '</ul>' : ''}`
        : `<div class="c${k % 7}"><span>${w(0)}</span> <a href="/x/${k}">${w(1)} ${w(2)}</a>.</div>\n`;
    parts.push(part);
    size += part.length;
  }
  parts.push('</article></main></body></html>');
  return parts.join('');
}

/**
 * Times decodeArticleText over the articles served as news pages, over one 5 MB page nested about 450,000
 * deep, and over one 5 MB page of about 200,000 elements.
 */
function measureHtmlDecoding(inputs: readonly ArticleInput[], options: { warmup: number; runs: number }): HtmlDecoding {
  const pages = inputs.map(newsPage);
  const bytes = utf8Bytes(pages);
  let sink = 0;
  const runMs = timeFastRuns(() => {
    for (const [i, page] of pages.entries())
      sink += decodeArticleText(page, `page-${i}.html`, { html: true, anyLanguage: true }).text.length;
  }, options);
  const article = inputs
    .slice(0, 3)
    .map((input, i) => newsPage(input, i).replace(/^[\s\S]*<article>|<\/article>[\s\S]*$/g, ''))
    .join('');
  const depth = Math.floor((5e6 - article.length) / 11);
  const deep = `<html><body>${'<div>'.repeat(depth)}${article}${'</div>'.repeat(depth)}</body></html>`;
  const start = now();
  sink += decodeArticleText(deep, 'deep.html', { html: true, anyLanguage: true, maxBytes: 10e6 }).text.length;
  const deepMs = now() - start;
  const dense = densePage(inputs.slice(0, 20), 5e6);
  const denseStart = now();
  sink += decodeArticleText(dense, 'dense.html', { html: true, anyLanguage: true, maxBytes: 10e6 }).text.length;
  const denseMs = now() - denseStart;
  if (sink < 0) throw new Error('unreachable');
  const ms = median(runMs);
  return {
    pages: pages.length,
    bytes,
    medianMs: round(ms, 4),
    mbPerSecond: round(bytes / 1e6 / (ms / 1000)),
    deepPage: { bytes: utf8Bytes([deep]), depth, ms: round(deepMs, 4) },
    densePage: { bytes: utf8Bytes([dense]), elements: dense.match(/<[a-z]/g)?.length ?? 0, ms: round(denseMs, 4) },
  };
}

export interface ExtractionOptions {
  warmup: number;
  runs: number;
  /** Timed runs of compromise, which is about 100× slower than the rest (warmed up on 20 articles). */
  compromiseRuns: number;
  /** Timed runs of extractCorpus, whose cost grows faster than the corpus (warmed up by the per-article runs). */
  corpusRuns: number;
}

/**
 * timeRuns for fast passes over small corpora: warms up for at least `warmup` runs and 1 s, then times
 * at least `runs` runs and 2 s (at most 200 runs), so that the JIT is warm and the median is stable.
 */
function timeFastRuns(fn: () => void, options: { warmup: number; runs: number }): number[] {
  const warmStart = now();
  for (let i = 0; i < options.warmup || (now() - warmStart < 1000 && i < 200); i += 1) fn();
  const times: number[] = [];
  const start = now();
  while (times.length < options.runs || (now() - start < 2000 && times.length < 200)) {
    const t = now();
    fn();
    times.push(now() - t);
  }
  return times;
}

function throughput(engine: string, runMs: number[], articles: number, bytes: number, words: number): Throughput {
  const ms = median(runMs);
  return {
    engine,
    runs: runMs.length,
    medianMs: round(ms, 4),
    runMs: runMs.map((t) => round(t, 4)),
    mbPerSecond: round(bytes / 1e6 / (ms / 1000)),
    articlesPerSecond: round(articles / (ms / 1000)),
    wordsPerSecond: round(words / (ms / 1000)),
  };
}

/**
 * Measures, in this process and over the same texts, the extractor (per article and as a corpus)
 * beside the regex tokenizer floor and compromise's entity pass.
 */
export function measureExtraction(
  corpus: string,
  inputs: readonly ArticleInput[],
  options: ExtractionOptions,
): ExtractionResult {
  const texts = inputs.map((i) => i.text);
  const bytes = utf8Bytes(texts);
  const words = texts.reduce((sum, t) => sum + regexPass(t).words, 0);
  const n = inputs.length;
  let sink = 0;
  const regex = timeFastRuns(() => {
    for (const t of texts) sink += regexPass(t).words;
  }, options);
  const perArticle = timeFastRuns(() => {
    for (const input of inputs) sink += extractArticle(input).entities.length;
  }, options);
  const corpusPass = (): void => {
    sink += extractCorpus(inputs).length;
  };
  const asCorpus =
    n <= 50 ? timeFastRuns(corpusPass, options) : timeRuns(corpusPass, { warmup: 0, runs: options.corpusRuns });
  for (const t of texts.slice(0, 20)) sink += compromisePass(t).people;
  const compromise = timeRuns(
    () => {
      for (const t of texts) sink += compromisePass(t).people;
    },
    { warmup: 0, runs: options.compromiseRuns },
  );
  const graphs = extractCorpus(inputs);
  const found = {
    entities: graphs.reduce((s, g) => s + g.entities.length, 0),
    relations: graphs.reduce((s, g) => s + g.relations.length, 0),
    statements: graphs.reduce((s, g) => s + g.statements.length, 0),
  };
  if (sink < 0) throw new Error('unreachable');
  const engines = [
    throughput('regex floor (sentences + words)', regex, n, bytes, words),
    throughput('extractArticle (each article alone)', perArticle, n, bytes, words),
    throughput('extractCorpus (cross-article resolution)', asCorpus, n, bytes, words),
    throughput('compromise people/places/organizations', compromise, n, bytes, words),
  ];
  const [floor, extractor, corpusExtractor, peer] = engines as [Throughput, Throughput, Throughput, Throughput];
  const html = measureHtmlDecoding(inputs.slice(0, 200), { warmup: 1, runs: options.runs });
  return {
    corpus,
    articles: n,
    bytes,
    words,
    found,
    engines,
    ratios: {
      slowerThanRegexFloor: round(floor.mbPerSecond / extractor.mbPerSecond),
      fasterThanCompromise: round(extractor.mbPerSecond / peer.mbPerSecond),
      corpusSlowerThanRegexFloor: round(floor.mbPerSecond / corpusExtractor.mbPerSecond),
      corpusFasterThanCompromise: round(corpusExtractor.mbPerSecond / peer.mbPerSecond),
    },
    html,
  };
}

/** How extractCorpus's time grows with the number of articles resolved against each other. */
export interface ResolutionGrowth {
  points: { articles: number; ms: number }[];
  /** Exponent b of time ∝ articles^b: 1 is linear, 2 quadratic. */
  exponent: number | null;
}

/**
 * Times extractCorpus once on growing prefixes of the corpus (after the warm-up of measureExtraction);
 * `whole` is the already measured time of the whole corpus, added as the last point.
 */
export function measureResolutionGrowth(
  inputs: readonly ArticleInput[],
  sizes: readonly number[],
  whole: number,
): ResolutionGrowth {
  const points = sizes
    .filter((n) => n < inputs.length)
    .map((articles) => {
      const ms = timeRuns(() => void extractCorpus(inputs.slice(0, articles)), { warmup: 0, runs: 1 })[0]!;
      return { articles, ms: round(ms, 4) };
    });
  points.push({ articles: inputs.length, ms: round(whole, 4) });
  const exponent = growthExponent(points.map((p) => ({ x: p.articles, y: p.ms })));
  return { points, exponent: exponent === null ? null : round(exponent) };
}
