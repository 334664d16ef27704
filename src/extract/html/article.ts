/**
 * The article of an HTML page: Mozilla's Readability (the engine of Firefox's reader view) over a
 * linkedom DOM finds the article's content among the page's furniture; a walk over the body's blocks
 * stands in when it finds none, and reads the pages too large for Readability (MAX_READABLE_ELEMENTS).
 * The page is flattened first (see flatten.ts), so that every step stays linear in the size of the page
 * whatever its nesting, and dense pages lose the markup only Readability reads (LEAN_HTML_ELEMENTS).
 */
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { blockWords, pruneFurniture, textBlocks, type BlockKind, type TextBlock } from './blocks.js';
import { flattenHtml } from './flatten.js';
import { pageMetadata, titleWithoutSite, type PageMetadata } from './metadata.js';
import { normalizeUnicode } from '../unicode.js';

/** A block of the article text: its kind and its span (end exclusive) in the text. */
export interface ArticleBlock {
  kind: BlockKind;
  start: number;
  end: number;
}

/** The article of a page, with the page's metadata. */
export interface HtmlArticle extends PageMetadata {
  /** The blocks' texts, one per line, with a blank line between: every extractor offset points into it. */
  text: string;
  blocks: ArticleBlock[];
  /** Words of the page's visible text (the body without scripts and styles), to tell how much the article keeps. */
  pageWords: number;
}

/**
 * A caption's line in the article text starts with this label: the stored text says by itself that the
 * line describes a picture, and the cleaning stage (CAPTION_LABEL in clean.ts) keeps it out of the body.
 */
const CAPTION_LABEL_TEXT = 'Caption: ';

/** Fewer words than this in Readability's article, and the walk over the page's blocks is taken if it finds more. */
const MIN_READABLE_WORDS = 25;

/**
 * Readability reads a page only when its body keeps at most this many elements after pruneFurniture; a
 * larger page is read by the walk over its blocks. Readability costs 15 to 110 µs an element on linkedom
 * (measured on this project's 2-core machine, pages of 1,000 to 16,000 elements of several shapes: plain
 * paragraphs the cheapest, short divs of a word and a link the dearest), and more than linearly on some
 * shapes: a 5 MB page of 200,000 small elements took 17 to 47 s, nearly all of it in Readability. At this
 * budget its worst case stays near a second (about 0.5 s at 5,000 elements on the dearest shapes), and a
 * page that keeps this many elements is small unless its elements hold much text, which Readability reads
 * fast. Real news pages keep a few hundred to several thousand elements once flatten.ts has dropped scripts
 * and pictures and pruneFurniture the navigation and furniture: the budget leaves room for long live
 * blogs and pages of many paragraphs, so they are still read by Readability. (Readability's own
 * `maxElemsToParse` counts the elements with getElementsByTagName('*'), which linkedom answers with none,
 * so the budget is kept here.)
 */
export const MAX_READABLE_ELEMENTS = 10_000;

/**
 * Past this many elements, flatten.ts leaves out the attributes, inline elements and wrappers that only
 * Readability would read (the walk over the blocks reads the page the same without them): a page that large
 * (before pruning) is almost never within MAX_READABLE_ELEMENTS after pruning, and its elements cost the DOM
 * parser and every walk time. A page flatten.ts left anything out of is read by the walk, whatever it keeps
 * after pruning.
 */
export const LEAN_HTML_ELEMENTS = 20_000;

/** The page with an <html> and a <body> element, which linkedom (unlike a browser) does not add to a fragment. */
function asDocument(html: string): string {
  if (!/<body[\s>]/i.test(html)) return `<!doctype html><html><body>${html}</body></html>`;
  return /<html[\s>]/i.test(html) ? html : `<!doctype html><html>${html}</html>`;
}

/** Readability's article as blocks, or undefined when it finds none. */
function readableBlocks(document: Document): { blocks: TextBlock[]; title?: string; byline?: string } | undefined {
  let parsed: ReturnType<Readability<Node>['parse']>;
  try {
    parsed = new Readability<Node>(document, { serializer: (node) => node, charThreshold: 300 }).parse();
  } catch {
    return undefined;
  }
  const content = parsed?.content;
  if (!parsed || !content || content.nodeType !== 1) return undefined;
  return {
    blocks: textBlocks(content as Element),
    title: parsed.title ?? undefined,
    byline: parsed.byline ?? undefined,
  };
}

/** The article text and its blocks, the title first unless the first block already is the title. */
function layout(blocks: readonly TextBlock[], title: string | undefined): { text: string; blocks: ArticleBlock[] } {
  const all = [...blocks];
  if (title && all[0]?.text === title) all[0] = { kind: 'title', text: title };
  else if (title) all.unshift({ kind: 'title', text: title });
  const parts: string[] = [];
  const spans: ArticleBlock[] = [];
  let offset = 0;
  for (const block of all) {
    if (spans.length > 0) offset += 2;
    const line = block.kind === 'caption' ? CAPTION_LABEL_TEXT + block.text : block.text;
    parts.push(line);
    spans.push({ kind: block.kind, start: offset, end: offset + line.length });
    offset += line.length;
  }
  return { text: parts.join('\n\n'), blocks: spans };
}

/**
 * The article of an HTML page: its blocks of text (paragraphs, headings, labelled captions) without
 * navigation, scripts and page furniture, and what the page says about itself. The text is already
 * Unicode-clean (unicode.ts), so the stored text and the extractor's offsets agree.
 */
export function htmlArticle(html: string): HtmlArticle {
  const flat = flattenHtml(html, { leanAfter: LEAN_HTML_ELEMENTS });
  const { document } = parseHTML(asDocument(flat.html));
  const metadata = pageMetadata(document);
  const body = document.body;
  const pageWords = blockWords(textBlocks(body));
  const kept = pruneFurniture(body);
  const walked = textBlocks(body);
  const readable = flat.leaned === 0 && kept <= MAX_READABLE_ELEMENTS ? readableBlocks(document) : undefined;
  const useReadable =
    readable !== undefined &&
    (blockWords(readable.blocks) >= MIN_READABLE_WORDS || blockWords(walked) < MIN_READABLE_WORDS);
  const blocks = useReadable ? readable.blocks : walked;
  const readableTitle = readable?.title
    ? titleWithoutSite(normalizeUnicode(readable.title).replace(/\s+/g, ' ').trim(), metadata.siteName)
    : undefined;
  const title = metadata.title ? normalizeUnicode(metadata.title) : readableTitle || undefined;
  const byline = readable?.byline?.replace(/^by\s+/i, '').trim();
  // Readability takes a dateline ("Published 18 July 2023") for a byline too: a name has no digits.
  const author =
    metadata.author ?? (byline && !/\d/.test(byline) && byline.split(/\s+/).length <= 8 ? byline : undefined);
  const article: HtmlArticle = { ...metadata, ...layout(blocks, blocks.length > 0 ? title : undefined), pageWords };
  if (title) article.title = title;
  if (author) article.author = normalizeUnicode(author);
  return article;
}
