/**
 * The article of an HTML page: Mozilla's Readability (the engine of Firefox's reader view) over a
 * linkedom DOM finds the article's content among the page's furniture; a walk over the body's blocks
 * stands in when it finds none. The page is flattened first (see flatten.ts), so that every step stays
 * linear in the size of the page whatever its nesting.
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
  const { document } = parseHTML(asDocument(flattenHtml(html)));
  const metadata = pageMetadata(document);
  const body = document.body;
  const pageWords = blockWords(textBlocks(body));
  pruneFurniture(body);
  const walked = textBlocks(body);
  const readable = readableBlocks(document);
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
