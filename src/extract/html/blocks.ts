/**
 * The blocks of text of an HTML element, in reading order, each with its kind: headings, paragraphs
 * and captions (a caption describes a picture: it is not body text). The walk is iterative (a page may
 * nest deep) and reads each node once.
 */
import { normalizeUnicode } from '../unicode.js';

/** What a block of the article is. `title` is the page's title, put first. */
export type BlockKind = 'title' | 'heading' | 'paragraph' | 'caption';

/** One block of text of a page. */
export interface TextBlock {
  kind: BlockKind;
  text: string;
}

/** Elements whose content is never article text. */
const SKIPPED = new Set([
  'script',
  'style',
  'noscript',
  'template',
  'svg',
  'math',
  'nav',
  'header',
  'footer',
  'aside',
  'form',
  'button',
  'select',
  'textarea',
  'iframe',
  'object',
  'menu',
  'dialog',
  'head',
  'img',
  'picture',
  'video',
  'audio',
  'canvas',
]);
/** Elements that start and end a block of text. */
const BLOCKS = new Set([
  'p',
  'div',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'li',
  'ul',
  'ol',
  'dl',
  'dt',
  'dd',
  'blockquote',
  'pre',
  'table',
  'tr',
  'td',
  'th',
  'section',
  'article',
  'main',
  'br',
  'hr',
  'address',
  'body',
  'figure',
  'figcaption',
  'caption',
  'details',
  'summary',
]);
const HEADINGS = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6']);

/**
 * Class names and ids of page furniture (navigation, share and newsletter boxes, related stories,
 * advertisements, comments). Tested only on elements that hold less than half of the page's text: an
 * outer element with such a class (`<body class="ads-enabled">`, a wrapper `js-social-anchor-start`)
 * holds the article too.
 */
const FURNITURE_CLASS =
  /(?:^|[\s_-])(?:nav|navbar|menu|footer|sidebar|related|recommended|promo|advert|advertisement|ads?|share|sharing|social|subscribe|subscription|newsletter|cookie|consent|comments?|breadcrumbs?|byline|author|bio|jobs?|teasers?|most-read|outbrain|taboola)(?:$|[\s_-])/i;
/** Elements that hold the article itself, never furniture whatever their class. */
const CONTENT_ROOTS = new Set(['html', 'body', 'main', 'article']);

/** Number of letters and digits in an element's text (the measure of "half of the page"). */
const textSize = (element: Element): number => (element.textContent ?? '').replace(/\s+/g, '').length;

/**
 * Whether an element's class names and id (`"<class> <id>"`) name page furniture (FURNITURE_CLASS). Only an
 * element so named can be pruned as furniture: flatten.ts leaves out of a dense page the attributes, the
 * inline elements and the wrappers that are not.
 */
export function looksLikeFurniture(label: string): boolean {
  return FURNITURE_CLASS.test(label);
}

function isFurniture(element: Element, pageSize: number): boolean {
  const name = element.tagName.toLowerCase();
  if (
    CONTENT_ROOTS.has(name) ||
    element.getAttribute('role') === 'main' ||
    element.getAttribute('itemprop') === 'articleBody'
  )
    return false;
  const label = `${element.getAttribute('class') ?? ''} ${element.getAttribute('id') ?? ''}`;
  return looksLikeFurniture(label) && textSize(element) * 2 < pageSize;
}

/** The kind of text inside an element, given the kind around it. */
function kindIn(name: string, outer: BlockKind): BlockKind {
  if (name === 'figure' || name === 'figcaption' || name === 'caption') return 'caption';
  if (HEADINGS.has(name)) return outer === 'caption' ? outer : 'heading';
  return outer;
}

/** Whether the walk (textBlocks) and pruneFurniture skip an element so named with its content. */
export function skipsText(name: string): boolean {
  return SKIPPED.has(name);
}

/** Whether the walk (textBlocks) ends a block of text at the start and at the end of an element so named. */
export function bordersBlocks(name: string): boolean {
  return BLOCKS.has(name);
}

/**
 * Whether an element so named only borders blocks of text: the walk ends a block at its start and end, and
 * the text inside is of the kind around it (not a heading, not a caption). flatten.ts leaves such wrappers
 * out of a dense page where their borders add nothing.
 */
export function onlyBordersBlocks(name: string): boolean {
  return (
    BLOCKS.has(name) && (['paragraph', 'heading', 'caption'] as const).every((kind) => kindIn(name, kind) === kind)
  );
}

/**
 * Removes the elements of page furniture (FURNITURE_CLASS, SKIPPED) under the root, before Readability reads
 * it; returns the number of elements left under the root (the root not counted).
 */
export function pruneFurniture(root: Element): number {
  const pageSize = textSize(root);
  const stack: Element[] = [root];
  let kept = -1;
  while (stack.length > 0) {
    const element = stack.pop()!;
    if (element !== root && (SKIPPED.has(element.tagName.toLowerCase()) || isFurniture(element, pageSize))) {
      element.remove();
      continue;
    }
    kept += 1;
    for (let child = element.firstElementChild; child; child = child.nextElementSibling) stack.push(child);
  }
  return kept;
}

/** The blocks of text of an element (a Readability article, or a page's body), in reading order. */
export function textBlocks(root: Element): TextBlock[] {
  const blocks: TextBlock[] = [];
  let buffer = '';
  const flush = (kind: BlockKind): void => {
    const text = normalizeUnicode(buffer).replace(/\s+/g, ' ').trim();
    buffer = '';
    if (text.length > 0) blocks.push({ kind, text });
  };
  /** Nodes to visit, and the ends of block elements, with the kind of text around them. */
  const stack: (Node | { outer: BlockKind })[] = [root];
  let kind: BlockKind = 'paragraph';
  while (stack.length > 0) {
    const item = stack.pop()!;
    if (!('nodeType' in item)) {
      flush(kind);
      kind = item.outer;
      continue;
    }
    if (item.nodeType === 3) {
      buffer += item.textContent ?? '';
      continue;
    }
    if (item.nodeType !== 1) continue;
    const element = item as Element;
    const name = element.tagName.toLowerCase();
    if (SKIPPED.has(name)) continue;
    if (BLOCKS.has(name)) {
      flush(kind);
      stack.push({ outer: kind });
      kind = kindIn(name, kind);
    }
    const children: Node[] = [];
    for (let child = element.firstChild; child; child = child.nextSibling) children.push(child);
    for (let i = children.length - 1; i >= 0; i -= 1) stack.push(children[i]);
  }
  flush(kind);
  return blocks;
}

/** Number of words (pieces with a letter or digit) of some blocks. */
export function blockWords(blocks: readonly TextBlock[]): number {
  let words = 0;
  for (const block of blocks) for (const piece of block.text.split(' ')) if (/[\p{L}\p{N}]/u.test(piece)) words += 1;
  return words;
}
