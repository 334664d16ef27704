/**
 * Bounds the nesting depth of an HTML page before it is parsed into a DOM. Pages of wrappers nested
 * thousands deep exist (and are easy to make on purpose); the DOM parser (linkedom's htmlparser2 keeps
 * its open elements in an array it shifts), Readability (which walks ancestors and reads the text of
 * every candidate) and any recursive walk cost time in the square of the depth or overflow the stack.
 * A linear pass over the tokens re-writes the page so that no element is deeper than a fixed depth:
 * deeper wrappers are dropped, deeper paragraphs, headings, list items and captions become siblings;
 * scripts, styles and pictures in SVG are dropped at any depth.
 *
 * Pages dense in elements (hundreds of thousands of small elements in 5 MB) cost the DOM parser and every
 * walk time per element: past a number of elements written (`leanAfter`), the pass also leaves out what
 * only Readability would read of a page that large (attributes, inline elements, wrappers: see
 * ATTRIBUTES_READ, UNWRAPPED, WRAPPERS), so that the walk over the page's blocks (blocks.ts) reads the
 * same text with far fewer elements.
 */
import { Tokenizer } from 'htmlparser2';
import { bordersBlocks, looksLikeFurniture, onlyBordersBlocks, skipsText } from './blocks.js';

/** Deepest element kept as written; real news pages nest about 20 to 30 deep. */
export const MAX_HTML_DEPTH = 48;

/** Elements that never have content (no closing tag). */
const VOID = new Set([
  'area',
  'base',
  'br',
  'col',
  'embed',
  'hr',
  'img',
  'input',
  'link',
  'meta',
  'param',
  'source',
  'track',
  'wbr',
  'keygen',
]);
/** Elements that hold one block of text: below the depth limit they are kept, as siblings. */
const TEXT_BLOCKS = new Set([
  'p',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'li',
  'blockquote',
  'figcaption',
  'pre',
  'dt',
  'dd',
  'td',
  'th',
  'caption',
]);
/**
 * Elements whose content is never article text, dropped with their content at any depth: they are most
 * of a real page's bytes, and each element costs the DOM parser time. JSON-LD scripts are kept (metadata).
 */
const DROPPED = new Set(['script', 'style', 'noscript', 'template', 'svg', 'math', 'iframe', 'object', 'canvas']);
/** Elements whose content is not text to read: below the depth limit they are dropped with their content. */
const OPAQUE = new Set([...DROPPED, 'textarea', 'select', 'title']);
const JSON_LD = /\btype\s*=\s*["']?application\/ld\+json/i;
/** Elements inside a line of text: dropped below the depth limit without a line break. */
const INLINE = new Set([
  'a',
  'abbr',
  'b',
  'bdi',
  'bdo',
  'cite',
  'code',
  'data',
  'dfn',
  'em',
  'font',
  'i',
  'kbd',
  'label',
  'mark',
  'q',
  's',
  'samp',
  'small',
  'span',
  'strong',
  'sub',
  'sup',
  'time',
  'u',
  'var',
]);
/** Start tags that close an open <p> (the HTML parser's implied end tag), so that `<p>a<p>b` is not nested. */
const CLOSES_P = new Set([
  'address',
  'article',
  'aside',
  'blockquote',
  'details',
  'div',
  'dl',
  'fieldset',
  'figcaption',
  'figure',
  'footer',
  'form',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'header',
  'hr',
  'main',
  'menu',
  'nav',
  'ol',
  'p',
  'pre',
  'section',
  'table',
  'ul',
]);
/** Start tags that close an open element of the same family: a list item the previous one, a cell the previous cell. */
const CLOSES_SIBLING: Readonly<Record<string, readonly string[]>> = {
  li: ['li'],
  dt: ['dt', 'dd'],
  dd: ['dt', 'dd'],
  tr: ['tr', 'td', 'th'],
  td: ['td', 'th'],
  th: ['td', 'th'],
  option: ['option'],
};

/**
 * Elements whose attributes metadata.ts reads: past `leanAfter` they are written as they are. Every other
 * element is read past that point only by the walk over the page's blocks (blocks.ts), which reads no
 * attribute but the class and id of page furniture (looksLikeFurniture): an element whose class and id
 * cannot name furniture is written without its attributes, or not at all (UNWRAPPED, WRAPPERS).
 */
const ATTRIBUTES_READ = new Set(['meta', 'link', 'script', 'time', 'base']);
/**
 * Inline elements left out past `leanAfter` elements (their text kept): the walk reads their text as the
 * text around them. Links go too: only Readability weighs them, and it does not read a page that large
 * (article.ts). <time> stays: metadata.ts reads its date.
 */
const UNWRAPPED = new Set([...INLINE].filter((name) => name !== 'time'));
/**
 * Start tags on which the DOM parser (htmlparser2, under linkedom) closes its innermost open element
 * when it is one of CLOSED_BY_PARSER (`<p>a<p>b`), but not when an element is open inside it
 * (`<p><b>a<p>b`): the parser's table (openImpliesClose), reduced to what a left-out element changes.
 */
const CLOSING_START = new Set([
  ...['tr', 'th', 'td', 'tbody', 'tfoot', 'li', 'dd', 'dt', 'option', 'optgroup', 'rt', 'rp', 'body'],
  ...['select', 'input', 'output', 'button', 'datalist', 'textarea'],
  ...['p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'address', 'article', 'aside', 'blockquote', 'details', 'div'],
  ...['dl', 'fieldset', 'figcaption', 'figure', 'footer', 'form', 'header', 'hr', 'main', 'nav', 'ol', 'pre'],
  ...['section', 'table', 'ul'],
]);
const CLOSED_BY_PARSER = new Set([
  ...['p', 'li', 'tr', 'th', 'td', 'thead', 'tbody', 'dd', 'dt', 'option', 'optgroup', 'rt', 'rp'],
  ...['head', 'link', 'script', 'input', 'select', 'button', 'datalist', 'textarea'],
]);
/**
 * Block elements left out past `leanAfter` elements (`<div><div><p>`): the walk ends a block of text at
 * their start and end and nothing else (onlyBordersBlocks), and where text is on both sides of such a
 * border, a <br> is written in its place. Not those the parser closes by itself (CLOSED_BY_PARSER: p, li,
 * td …). They are div, section, article, main, ul, ol, dl, table, blockquote, pre, address, details, summary.
 */
const WRAPPERS = new Set(
  [...TEXT_BLOCKS, ...CLOSES_P, 'summary'].filter(
    (name) => onlyBordersBlocks(name) && !skipsText(name) && !CLOSED_BY_PARSER.has(name) && !VOID.has(name),
  ),
);

/** What was written of an open element. */
const WRITTEN = 0;
/** Nothing: below the depth limit or inside a dropped element (a text block below the limit: see flatDepth). */
const UNWRITTEN = 1;
/** Nothing: left out past `leanAfter` (UNWRAPPED, WRAPPERS). */
const LEFT_OUT = 2;
/** A bare <span> in its place, where the parser needed an open element (see writeStart). */
const STAND_IN = 3;

/** How flattenHtml re-writes a page. */
export interface FlattenOptions {
  /** Deepest element kept as written (MAX_HTML_DEPTH). */
  maxDepth?: number;
  /**
   * Past this many elements written, the elements whose class and id cannot name page furniture
   * (looksLikeFurniture) lose their attributes, and the inline ones and the wrappers among them (UNWRAPPED,
   * WRAPPERS) their tags; by default never.
   */
  leanAfter?: number;
}

/** A page re-written by flattenHtml. */
export interface FlatHtml {
  html: string;
  /** Elements written (start tags, void elements included). */
  elements: number;
  /**
   * Elements left out or written without their attributes, and runs of white space left out, past
   * `leanAfter` elements: when there are any, the page reads the same only to the walk over its blocks
   * (blocks.ts).
   */
  leaned: number;
}

/** One pass of flattenHtml: the open elements, what was written of them, and the output. */
class FlatWriter {
  private readonly out: string[] = [];
  private readonly names: string[] = [];
  /** What was written of each open element (WRITTEN, UNWRITTEN, LEFT_OUT, STAND_IN). */
  private readonly states: number[] = [];
  /** Whether each open element is written and a walk may not read it (see `hidden`). */
  private readonly hiding: boolean[] = [];
  /**
   * Number of open written elements that a walk skips (skipsText) or may prune (a class or id that may name
   * furniture): the borders of blocks inside them are not borders to every walk.
   */
  private hidden = 0;
  /** Number of open elements of each name, so that a stray end tag costs no search. */
  private readonly open = new Map<string, number>();
  /** Number of open written elements that the parser may close by itself (CLOSED_BY_PARSER). */
  private closable = 0;
  /** Depth of the opaque element being dropped with its content, or 0. */
  private opaqueDepth = 0;
  /** Depth of the text block written as a sibling below the limit, or 0. */
  private flatDepth = 0;
  private nameStart = 0;
  private name = '';
  private elements = 0;
  private leaned = 0;
  /** Whether the current start tag comes past `leanAfter` elements and may be left out. */
  private lean = false;
  /** Whether the current attribute is a class or an id. */
  private labelAttribute = false;
  /** The current start tag's class names and ids. */
  private label = '';
  /** Whether text other than white space may have been written since the last border of a block that every walk reads. */
  private textSinceBorder = false;
  /** Whether a left-out wrapper's border is owed: a <br> is written before the next text. */
  private borderOwed = false;
  /**
   * White space between tags past `leanAfter`, not written yet: left out next to a border every walk reads
   * (the walk trims a block's text) unless inside an <h1> (metadata.ts reads its text as it is), written
   * before anything else.
   */
  private space = '';
  /** Whether the last thing written is a border every walk reads (white space after it is left out). */
  private afterBorder = false;
  private readonly html: string;
  private readonly maxDepth: number;
  private readonly leanAfter: number;

  constructor(html: string, maxDepth: number, leanAfter: number) {
    this.html = html;
    this.maxDepth = maxDepth;
    this.leanAfter = leanAfter;
  }

  openTagName(start: number, end: number): void {
    this.nameStart = start;
    this.name = this.html.slice(start, end).toLowerCase();
    this.lean = this.elements >= this.leanAfter && !ATTRIBUTES_READ.has(this.name);
    this.label = '';
  }

  attributeName(start: number, end: number): void {
    this.labelAttribute =
      (end - start === 5 || end - start === 2) && /^(?:class|id)$/i.test(this.html.slice(start, end));
  }

  attributeData(start: number, end: number): void {
    if (this.labelAttribute) this.label += ` ${this.html.slice(start, end)}`;
  }

  attributeEnd(): void {
    this.labelAttribute = false;
  }

  startTag(end: number): void {
    const { names, name } = this;
    if (name === 'p' || CLOSES_P.has(name)) while (names.at(-1) === 'p') this.pop();
    const siblings = CLOSES_SIBLING[name];
    if (siblings) while (siblings.includes(names.at(-1) ?? '')) this.pop();
    const depth = names.length + 1;
    const { label } = this;
    /** Whether a walk may not read the element: skipped, or pruned as furniture (a class or id read as such). */
    const hides = skipsText(name) || (label !== '' && (label.includes('&') || looksLikeFurniture(label)));
    const plain = this.lean && !hides;
    const raw = plain ? `<${name}>` : this.html.slice(this.nameStart - 1, end + 1);
    /** Whether attributes were left out. */
    const bare = plain && raw.length !== end + 2 - this.nameStart;
    if (VOID.has(name)) {
      if (this.opaqueDepth > 0 || (depth > this.maxDepth && name !== 'br')) return;
      if (bare) this.leaned += 1;
      this.writeStart(raw, depth, hides);
      return;
    }
    names.push(name);
    this.open.set(name, (this.open.get(name) ?? 0) + 1);
    const dropped = this.opaqueDepth === 0 && DROPPED.has(name) && !(name === 'script' && JSON_LD.test(raw));
    const shallow = depth <= this.maxDepth && this.opaqueDepth === 0 && !dropped;
    // The start of a wrapper closes the parser's innermost open <p>: it is left out only while no <p> is open.
    const leftOut =
      shallow && plain && (UNWRAPPED.has(name) || (WRAPPERS.has(name) && (this.open.get('p') ?? 0) === 0));
    this.states.push(leftOut ? LEFT_OUT : shallow ? WRITTEN : UNWRITTEN);
    this.hiding.push(false);
    if (leftOut || (shallow && bare)) this.leaned += 1;
    if (leftOut) {
      if (WRAPPERS.has(name)) this.leaveBorder();
    } else if (shallow) this.writeStart(raw, depth, hides);
    else if (this.opaqueDepth > 0) return;
    else if (dropped || OPAQUE.has(name)) this.opaqueDepth = depth;
    else if (TEXT_BLOCKS.has(name)) {
      if (this.flatDepth > 0) this.closeFlat();
      this.flatDepth = depth;
      this.writeStart(raw, depth, hides);
    } else if (!INLINE.has(name) && this.out.at(-1) !== '\n') this.writeText('\n');
  }

  endTag(start: number, end: number): void {
    const closing = this.html.slice(start, end).toLowerCase();
    if ((this.open.get(closing) ?? 0) === 0) return;
    while (this.names.at(-1) !== closing) this.pop();
    this.pop();
  }

  text(start: number, end: number): void {
    if (this.opaqueDepth === 0) this.writeText(this.html.slice(start, end));
  }

  declaration(start: number, end: number): void {
    if (this.out.length === 0) this.out.push(`<!${this.html.slice(start, end)}>`);
  }

  finish(): FlatHtml {
    while (this.names.length > 0) this.pop();
    this.flushSpace();
    return { html: this.out.join(''), elements: this.elements, leaned: this.leaned };
  }

  private pop(): void {
    const depth = this.names.length;
    const popped = this.names.pop()!;
    this.open.set(popped, this.open.get(popped)! - 1);
    const state = this.states.pop();
    const hides = this.hiding.pop()!;
    if (hides) this.hidden -= 1;
    if (state === WRITTEN || depth === this.flatDepth) {
      this.writeTag(`</${popped}>`, popped, hides);
      if (CLOSED_BY_PARSER.has(popped)) this.closable -= 1;
    } else if (state === STAND_IN) this.writeTag('</span>', 'span', false);
    if ((state === LEFT_OUT || state === STAND_IN) && WRAPPERS.has(popped)) this.leaveBorder();
    if (depth === this.flatDepth) this.flatDepth = 0;
    if (depth === this.opaqueDepth) this.opaqueDepth = 0;
  }

  /** Closes the text block written as a sibling below the depth limit, before the next one. */
  private closeFlat(): void {
    const index = this.flatDepth - 1;
    const name = this.names[index]!;
    const hides = this.hiding[index]!;
    if (hides) {
      this.hiding[index] = false;
      this.hidden -= 1;
    }
    this.writeTag(`</${name}>`, name, hides);
    if (CLOSED_BY_PARSER.has(name)) this.closable -= 1;
  }

  /**
   * Writes a start tag at a depth. The parser may close its innermost open element on it: when a left-out
   * element stands where the parser's innermost element would be and the parser may have an element open
   * that it closes by itself, a bare <span> is written in its place (from here on), so that the parser
   * keeps open what it would have.
   */
  private writeStart(raw: string, depth: number, hides: boolean): void {
    const { name, states } = this;
    const top = Math.min(depth - 1, this.maxDepth) - 1;
    if (this.closable > 0 && top >= 0 && states[top] === LEFT_OUT && CLOSING_START.has(name)) {
      this.writeTag('<span>', 'span', false);
      this.elements += 1;
      states[top] = STAND_IN;
    }
    this.writeTag(raw, name, hides);
    this.elements += 1;
    if (VOID.has(name)) return;
    if (CLOSED_BY_PARSER.has(name)) this.closable += 1;
    if (hides) {
      this.hiding[this.hiding.length - 1] = true;
      this.hidden += 1;
    }
  }

  /**
   * Writes a start or end tag: the tag of a block that every walk reads (outside hidden elements, not hiding
   * itself) is a border; before any other element, an owed border is paid.
   */
  private writeTag(tag: string, tagName: string, hides: boolean): void {
    if (bordersBlocks(tagName) && this.hidden === 0 && !hides) {
      this.borderOwed = false;
      this.textSinceBorder = false;
      this.dropSpace();
      this.out.push(tag);
      this.afterBorder = true;
      return;
    }
    if (tag[1] === '/' || !VOID.has(tagName) || bordersBlocks(tagName)) this.payBorder();
    this.flushSpace();
    this.out.push(tag);
    this.afterBorder = false;
  }

  private writeText(text: string): void {
    if (/\S/.test(text)) {
      this.payBorder();
      this.flushSpace();
      this.textSinceBorder = true;
    } else if (this.elements >= this.leanAfter) {
      if (this.afterBorder && (this.open.get('h1') ?? 0) === 0) this.leaned += 1;
      else this.space += text;
      return;
    }
    this.out.push(text);
    this.afterBorder = false;
  }

  /**
   * A left-out wrapper's start or end: a border is owed if there was text since the last one; it is a border
   * to every walk, once written, only outside hidden elements.
   */
  private leaveBorder(): void {
    if (this.textSinceBorder) this.borderOwed = true;
    if (this.hidden === 0) this.textSinceBorder = false;
  }

  private payBorder(): void {
    if (!this.borderOwed) return;
    if (this.hidden === 0) this.dropSpace();
    else this.flushSpace();
    this.out.push('<br>');
    this.elements += 1;
    this.borderOwed = false;
    this.afterBorder = this.hidden === 0;
  }

  private dropSpace(): void {
    if (this.space === '') return;
    if ((this.open.get('h1') ?? 0) > 0) this.out.push(this.space);
    else this.leaned += 1;
    this.space = '';
  }

  private flushSpace(): void {
    if (this.space === '') return;
    this.out.push(this.space);
    this.space = '';
  }
}

/**
 * The page re-written with no element nested deeper than `maxDepth` and, past `leanAfter` elements, without
 * the attributes and elements that only Readability reads; comments are dropped. Linear in the page.
 */
export function flattenHtml(html: string, options: FlattenOptions = {}): FlatHtml {
  const writer = new FlatWriter(html, options.maxDepth ?? MAX_HTML_DEPTH, options.leanAfter ?? Infinity);
  const tokenizer = new Tokenizer(
    { decodeEntities: false },
    {
      onopentagname: (start, end) => writer.openTagName(start, end),
      onopentagend: (end) => writer.startTag(end),
      onselfclosingtag: (end) => writer.startTag(end),
      onclosetag: (start, end) => writer.endTag(start, end),
      ontext: (start, end) => writer.text(start, end),
      ontextentity() {},
      onattribname: (start, end) => writer.attributeName(start, end),
      onattribdata: (start, end) => writer.attributeData(start, end),
      onattribentity() {},
      onattribend: () => writer.attributeEnd(),
      oncdata() {},
      oncomment() {},
      ondeclaration: (start, end) => writer.declaration(start, end),
      onprocessinginstruction() {},
      onend() {},
    },
  );
  tokenizer.write(html);
  tokenizer.end();
  return writer.finish();
}
