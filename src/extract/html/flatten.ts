/**
 * Bounds the nesting depth of an HTML page before it is parsed into a DOM. Pages of wrappers nested
 * thousands deep exist (and are easy to make on purpose); the DOM parser (linkedom's htmlparser2 keeps
 * its open elements in an array it shifts), Readability (which walks ancestors and reads the text of
 * every candidate) and any recursive walk cost time in the square of the depth or overflow the stack.
 * A linear pass over the tokens re-writes the page so that no element is deeper than a fixed depth:
 * deeper wrappers are dropped, deeper paragraphs, headings, list items and captions become siblings;
 * scripts, styles and pictures in SVG are dropped at any depth.
 */
import { Tokenizer } from 'htmlparser2';

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

/** The page re-written with no element nested deeper than `maxDepth`; comments are dropped. Linear in the page. */
export function flattenHtml(html: string, maxDepth = MAX_HTML_DEPTH): string {
  const out: string[] = [];
  const names: string[] = [];
  /** Whether each open element's start tag was written (so its end tag is written too). */
  const written: boolean[] = [];
  /** Number of open elements of each name, so that a stray end tag costs no search. */
  const open = new Map<string, number>();
  /** Depth of the opaque element being dropped with its content, or 0. */
  let opaqueDepth = 0;
  /** Depth of the text block written as a sibling below the limit, or 0. */
  let flatDepth = 0;
  let nameStart = 0;
  let name = '';
  const pop = (): void => {
    const depth = names.length;
    const popped = names.pop()!;
    open.set(popped, open.get(popped)! - 1);
    if (written.pop() || depth === flatDepth) out.push(`</${popped}>`);
    if (depth === flatDepth) flatDepth = 0;
    if (depth === opaqueDepth) opaqueDepth = 0;
  };
  const startTag = (end: number): void => {
    if (name === 'p' || CLOSES_P.has(name)) while (names.at(-1) === 'p') pop();
    const siblings = CLOSES_SIBLING[name];
    if (siblings) while (siblings.includes(names.at(-1) ?? '')) pop();
    const raw = html.slice(nameStart - 1, end + 1);
    const depth = names.length + 1;
    if (VOID.has(name)) {
      if (opaqueDepth === 0 && (depth <= maxDepth || name === 'br')) out.push(raw);
      return;
    }
    names.push(name);
    open.set(name, (open.get(name) ?? 0) + 1);
    const dropped = opaqueDepth === 0 && DROPPED.has(name) && !(name === 'script' && JSON_LD.test(raw));
    const shallow = depth <= maxDepth && opaqueDepth === 0 && !dropped;
    written.push(shallow);
    if (shallow) out.push(raw);
    else if (opaqueDepth > 0) return;
    else if (dropped || OPAQUE.has(name)) opaqueDepth = depth;
    else if (TEXT_BLOCKS.has(name)) {
      if (flatDepth > 0) out.push(`</${names[flatDepth - 1]}>`);
      flatDepth = depth;
      out.push(raw);
    } else if (!INLINE.has(name) && out.at(-1) !== '\n') out.push('\n');
  };
  const tokenizer = new Tokenizer(
    { decodeEntities: false },
    {
      onopentagname(start, end) {
        nameStart = start;
        name = html.slice(start, end).toLowerCase();
      },
      onopentagend: startTag,
      onselfclosingtag: startTag,
      onclosetag(start, end) {
        const closing = html.slice(start, end).toLowerCase();
        if ((open.get(closing) ?? 0) === 0) return;
        while (names.at(-1) !== closing) pop();
        pop();
      },
      ontext(start, end) {
        if (opaqueDepth === 0) out.push(html.slice(start, end));
      },
      ontextentity() {},
      onattribdata() {},
      onattribentity() {},
      onattribend() {},
      onattribname() {},
      oncdata() {},
      oncomment() {},
      ondeclaration(start, end) {
        if (out.length === 0) out.push(`<!${html.slice(start, end)}>`);
      },
      onprocessinginstruction() {},
      onend() {},
    },
  );
  tokenizer.write(html);
  tokenizer.end();
  while (names.length > 0) pop();
  return out.join('');
}
