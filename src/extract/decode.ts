import { franc } from 'franc-min';
import { InputError } from '../errors.js';
import { cleanArticle } from './clean.js';
import { htmlArticle, type ArticleBlock } from './html/article.js';
import type { ArticleInput } from './types.js';
import { normalizeUnicode } from './unicode.js';

/** Largest article accepted by default, in bytes (a news page with its markup is far smaller). */
export const DEFAULT_MAX_ARTICLE_BYTES = 5 * 1024 * 1024;

/** Why an input is not an article the extractor can take. */
export type InputProblem =
  'empty' | 'binary' | 'encoding' | 'too-large' | 'html' | 'language' | 'unreadable' | 'not-a-file' | 'invalid-field';

/**
 * An input that cannot be extracted. The message names the input and the reason, and says what to do.
 * `skip` is true for inputs that are fine but out of scope (not English): callers warn and go on.
 */
export class ArticleInputError extends InputError {
  /** The file (or API input) concerned. */
  readonly source: string;
  readonly problem: InputProblem;
  /** The reason, without the source. */
  readonly reason: string;
  readonly skip: boolean;

  constructor(source: string, problem: InputProblem, reason: string, options?: { cause?: unknown }) {
    super(`${source}: ${reason}`, options);
    this.source = source;
    this.problem = problem;
    this.reason = reason;
    this.skip = problem === 'language';
  }
}

/** How strictly to decode. */
export interface DecodeOptions {
  /** Refuse inputs larger than this many bytes (default DEFAULT_MAX_ARTICLE_BYTES). */
  maxBytes?: number;
  /** Accept articles in any language (default: only English; others are skipped). */
  anyLanguage?: boolean;
  /** Treat the input as HTML (a .html file) even without an HTML signature. */
  html?: boolean;
}

/** An input turned into article text. */
export interface DecodedArticle {
  /** The article text, Unicode-clean (unicode.ts): every extractor offset points into it. */
  text: string;
  /** `html` when the article text was extracted from an HTML page. */
  format: 'text' | 'html';
  title?: string;
  /** ISO date found in the page's metadata. */
  publishedAt?: string;
  /** Canonical address of an HTML page. */
  url?: string;
  /** Site that published an HTML page (`og:site_name`, JSON-LD publisher). */
  source?: string;
  /** Author named by an HTML page: metadata only, never in the text. */
  author?: string;
  /** The blocks of an HTML page's article (title, headings, paragraphs, captions) as spans of `text`. */
  blocks?: ArticleBlock[];
  /**
   * Why the article may have lost its body: it keeps under SHORT_ARTICLE_WORDS words, or under a third
   * of the page's text. The article is still usable; callers warn (the CLI fails unless --allow-short).
   */
  short?: string;
}

/** Fewer words than this kept by an article, and decode warns that it is short. */
const SHORT_ARTICLE_WORDS = 80;

const MAGIC: readonly { bytes: readonly number[]; what: string }[] = [
  { bytes: [0x25, 0x50, 0x44, 0x46], what: 'a PDF document' },
  { bytes: [0x50, 0x4b, 0x03, 0x04], what: 'a ZIP archive (or a Word/OpenDocument file)' },
  { bytes: [0x89, 0x50, 0x4e, 0x47], what: 'a PNG image' },
  { bytes: [0xff, 0xd8, 0xff], what: 'a JPEG image' },
  { bytes: [0x47, 0x49, 0x46, 0x38], what: 'a GIF image' },
  { bytes: [0x1f, 0x8b], what: 'a gzip archive' },
  { bytes: [0x7f, 0x45, 0x4c, 0x46], what: 'an executable (ELF)' },
  { bytes: [0xd0, 0xcf, 0x11, 0xe0], what: 'an old Microsoft Office file' },
  { bytes: [0x52, 0x61, 0x72, 0x21], what: 'a RAR archive' },
];

const SAMPLE_BYTES = 64 * 1024;

/** Formats a byte count for messages: "20.0 MB". */
function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} bytes`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}

/** The error for an input over the size limit. */
export function tooLargeError(source: string, bytes: number, maxBytes: number): ArticleInputError {
  return new ArticleInputError(
    source,
    'too-large',
    `is ${formatBytes(bytes)}, over the limit of ${formatBytes(maxBytes)} for one article; split it into articles, or raise the limit with --max-bytes or KG_MAX_ARTICLE_BYTES.`,
  );
}

function startsWith(bytes: Uint8Array, prefix: readonly number[]): boolean {
  return bytes.length >= prefix.length && prefix.every((b, i) => bytes[i] === b);
}

/** What kind of binary file the bytes are, or undefined when they look like text. */
function binaryKind(bytes: Uint8Array): string | undefined {
  for (const m of MAGIC) if (startsWith(bytes, m.bytes)) return m.what;
  const sample = bytes.subarray(0, SAMPLE_BYTES);
  let control = 0;
  for (const b of sample) {
    if (b === 0) return 'a binary file (it contains NUL bytes)';
    if ((b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0c && b !== 0x0d && b !== 0x1b) || b === 0x7f) control += 1;
  }
  return control > Math.max(8, sample.length * 0.01) ? 'a binary file (it is full of control characters)' : undefined;
}

/** Offset of the first byte that breaks UTF-8, or -1 when the bytes are valid UTF-8. */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i];
    let need: number;
    let min: number;
    if (b < 0x80) {
      i += 1;
      continue;
    } else if (b >= 0xc2 && b <= 0xdf) [need, min] = [1, 0x80];
    else if (b >= 0xe0 && b <= 0xef) [need, min] = [2, 0x800];
    else if (b >= 0xf0 && b <= 0xf4) [need, min] = [3, 0x10000];
    else return i;
    let code = b & (0x3f >> need);
    for (let k = 1; k <= need; k += 1) {
      const c = bytes[i + k];
      if (c === undefined || (c & 0xc0) !== 0x80) return i;
      code = (code << 6) | (c & 0x3f);
    }
    if (code < min || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)) return i;
    i += need + 1;
  }
  return -1;
}

function lineOf(bytes: Uint8Array, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset; i += 1) if (bytes[i] === 0x0a) line += 1;
  return line;
}

const HTML_SIGNATURE = /^(?:<\?xml[^>]*>\s*)?(?:<!--[\s\S]*?-->\s*)*<(?:!doctype\s+html|html|head|body|meta|title)\b/i;
const HTML_TAG =
  /<\/?(?:p|div|span|a|br|li|ul|ol|table|tr|td|h[1-6]|img|script|style|section|article|main|nav)\b[^<>]*>/gi;

/** True when the text is an HTML page (or fragment) rather than plain text. */
export function looksLikeHtml(text: string): boolean {
  const head = text.slice(0, 4096).trimStart();
  if (HTML_SIGNATURE.test(head)) return true;
  const sample = text.slice(0, SAMPLE_BYTES);
  let tags = 0;
  for (const _ of sample.matchAll(HTML_TAG)) {
    tags += 1;
    if (tags >= 5) return true;
  }
  return false;
}

function declaredCharset(bytes: Uint8Array): string | undefined {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 4096));
  const match = /<meta[^>]+charset\s*=\s*["']?\s*([-\w:.]+)/i.exec(head);
  return match ? match[1].toLowerCase() : undefined;
}

function decodeHtmlBytes(bytes: Uint8Array, source: string): string | undefined {
  const charset = declaredCharset(bytes);
  if (!charset || charset === 'utf-8' || charset === 'utf8') return undefined;
  let decoder: TextDecoder;
  try {
    decoder = new TextDecoder(charset, { fatal: true });
  } catch (error) {
    throw new ArticleInputError(
      source,
      'encoding',
      `declares the character set "${charset}", which cannot be decoded here; convert it to UTF-8 (iconv -f ${charset} -t UTF-8).`,
      { cause: error },
    );
  }
  try {
    return decoder.decode(bytes);
  } catch (error) {
    throw new ArticleInputError(
      source,
      'encoding',
      `is not valid ${charset} as its page declares; convert it to UTF-8.`,
      { cause: error },
    );
  }
}

/** Turns the bytes of a file into article text, or throws an ArticleInputError naming the file and the reason. */
export function decodeArticleBytes(bytes: Uint8Array, source: string, options: DecodeOptions = {}): DecodedArticle {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_ARTICLE_BYTES;
  if (bytes.length > maxBytes) throw tooLargeError(source, bytes.length, maxBytes);
  if (bytes.length === 0)
    throw new ArticleInputError(source, 'empty', 'is empty (0 bytes): there is no article to extract.');
  let text: string;
  if (startsWith(bytes, [0xff, 0xfe]) || startsWith(bytes, [0xfe, 0xff])) {
    const little = bytes[0] === 0xff;
    try {
      text = new TextDecoder(little ? 'utf-16le' : 'utf-16be', { fatal: true }).decode(bytes);
    } catch (error) {
      throw new ArticleInputError(
        source,
        'encoding',
        `starts like UTF-16 but is not valid UTF-16; convert it to UTF-8.`,
        { cause: error },
      );
    }
  } else {
    const kind = binaryKind(bytes);
    if (kind)
      throw new ArticleInputError(
        source,
        'binary',
        `is ${kind}, not a text article; give the article as UTF-8 text or HTML.`,
      );
    const fromCharset =
      options.html || looksLikeHtml(new TextDecoder('latin1').decode(bytes.subarray(0, 4096)))
        ? decodeHtmlBytes(bytes, source)
        : undefined;
    if (fromCharset !== undefined) text = fromCharset;
    else {
      const bad = firstInvalidUtf8(bytes);
      if (bad >= 0) {
        throw new ArticleInputError(
          source,
          'encoding',
          `is not valid UTF-8 (byte 0x${bytes[bad].toString(16).padStart(2, '0')} at offset ${bad}, line ${lineOf(bytes, bad)}); it is probably Latin-1 or Windows-1252: convert it with iconv -f WINDOWS-1252 -t UTF-8.`,
        );
      }
      text = new TextDecoder('utf-8').decode(bytes);
    }
  }
  return decodeArticleText(text.replace(/^\ufeff/, ''), source, { ...options, maxBytes: Number.POSITIVE_INFINITY });
}

const INVISIBLE = /[\s\u200b-\u200d\u2060\ufeff]/gu;

/** Turns text received as a string (API, decoded file) into article text, or throws an ArticleInputError. */
export function decodeArticleText(text: string, source: string, options: DecodeOptions = {}): DecodedArticle {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_ARTICLE_BYTES;
  if (text.length > maxBytes || Buffer.byteLength(text, 'utf8') > maxBytes) {
    throw tooLargeError(source, Buffer.byteLength(text, 'utf8'), maxBytes);
  }
  if (!isWellFormedText(text)) {
    throw new ArticleInputError(
      source,
      'encoding',
      'contains invalid Unicode (an unpaired surrogate); send well-formed UTF-8 text.',
    );
  }
  if (text.replace(INVISIBLE, '').length === 0) {
    throw new ArticleInputError(source, 'empty', 'holds only whitespace: there is no article to extract.');
  }
  if (text.includes('\u0000')) {
    throw new ArticleInputError(
      source,
      'binary',
      'contains NUL characters, so it is not a text article; give the article as plain text or HTML.',
    );
  }
  const page = options.html || looksLikeHtml(text) ? decodeHtml(text, source) : undefined;
  const decoded: DecodedArticle = page?.article ?? { text: normalizeUnicode(text), format: 'text' };
  if (!/\p{L}/u.test(decoded.text)) {
    throw new ArticleInputError(
      source,
      'empty',
      'has no words (only digits, punctuation or symbols): there is no article to extract.',
    );
  }
  if (!options.anyLanguage) {
    const language = detectLanguage(decoded.text);
    if (!language.english) {
      throw new ArticleInputError(
        source,
        'language',
        `looks like ${language.name}, not English; skipped, as the extractor reads English news (kg ingest --any-language takes it anyway).`,
      );
    }
  }
  return withShortWarning(decoded, source, page?.pageWords);
}

/** The article of an HTML page, and the number of words of the page's visible text. */
function decodeHtml(html: string, source: string): { article: DecodedArticle; pageWords: number } {
  const { text, blocks, title, publishedAt, url, siteName, author, pageWords } = htmlArticle(html);
  if (text.replace(INVISIBLE, '').length === 0) {
    throw new ArticleInputError(
      source,
      'html',
      'is an HTML page with no article text (nothing outside scripts, navigation and page furniture); save the article as plain text instead.',
    );
  }
  const article: DecodedArticle = { text, format: 'html', blocks };
  if (title !== undefined) article.title = title;
  if (publishedAt !== undefined) article.publishedAt = publishedAt;
  if (url !== undefined) article.url = url;
  if (siteName !== undefined) article.source = siteName;
  if (author !== undefined) article.author = author;
  return { article, pageWords };
}

/** Number of words: whitespace-separated pieces with a letter or digit. */
const wordsIn = (text: string): number => text.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;

/** Number of words of the article's content paragraphs, but its title, once page furniture is removed (clean.ts). */
function keptWords(article: DecodedArticle): number {
  const cleaned = cleanArticle({ text: article.text });
  let words = 0;
  for (const p of cleaned.paragraphs) {
    const paragraph = article.text.slice(p.start, p.end);
    if (paragraph !== cleaned.title && paragraph !== article.title) words += wordsIn(paragraph);
  }
  return words;
}

/**
 * The article with a `short` warning when it keeps under SHORT_ARTICLE_WORDS words or under a third of
 * the page's text (a page whose body was lost keeps a few lines of furniture). A page that keeps no word
 * at all has no article: that is an error. Plain text is checked only from SHORT_ARTICLE_WORDS words
 * on, as a short text is what the user gave (a wire item, a test).
 */
function withShortWarning(article: DecodedArticle, source: string, pageWords: number | undefined): DecodedArticle {
  const kept = keptWords(article);
  const total = Math.max(pageWords ?? 0, wordsIn(article.text));
  if (pageWords !== undefined && kept === 0) {
    throw new ArticleInputError(
      source,
      'html',
      'is an HTML page with no article (only headlines, links and page furniture); give the page of one article, or save the article as plain text.',
    );
  }
  if (pageWords === undefined && total < SHORT_ARTICLE_WORDS) return article;
  const check = 'check what was kept with kg extract --text, or give the article as plain text';
  if (kept < SHORT_ARTICLE_WORDS)
    return { ...article, short: `keeps only ${kept} words of article text, under ${SHORT_ARTICLE_WORDS}; ${check}.` };
  if (kept * 3 < total)
    return {
      ...article,
      short: `keeps ${kept} words of article text, under a third of the ${total} words it holds; ${check}.`,
    };
  return article;
}

const ENGLISH_FUNCTION_WORDS = new Set(
  (
    'the of and to a in is was for on that with as by at from it its his her their he she they we i you ' +
    'be been are were has have had not but or an this these those which who whom what when where after ' +
    'before about into than also would will could should can may said says there out up over more most ' +
    'other some such no only new two one all any our us him them my your do does did just while during ' +
    'against between because under since then so if very'
  ).split(' '),
);

/** What language a text is in, as far as English is concerned. */
export interface LanguageGuess {
  english: boolean;
  /** Language name ("French"), or "an unknown language". */
  name: string;
  /** Share of English function words among the words (0 when there are too few words to tell). */
  englishRatio: number;
}

const displayNames = new Intl.DisplayNames(['en'], { type: 'language' });

function languageName(code: string): string {
  if (code === 'und') return 'an unknown language';
  const name = displayNames.of(code);
  return name && name !== code ? name : `language "${code}"`;
}

/**
 * Guesses whether a text is English: by the share of English function words (robust on news, with
 * its many names), confirmed by franc-min, which also names the language of a non-English text.
 * Texts too short to tell are taken as English.
 */
export function detectLanguage(text: string): LanguageGuess {
  const sample = text.slice(0, 20_000);
  const letters = sample.match(/\p{L}/gu) ?? [];
  const latin = sample.match(/\p{Script=Latin}/gu) ?? [];
  const words = sample.toLowerCase().match(/\p{L}+(?:['’]\p{L}+)?/gu) ?? [];
  if (words.length < 12 && letters.length < 60) return { english: true, name: 'English', englishRatio: 0 };
  const englishRatio = words.filter((w) => ENGLISH_FUNCTION_WORDS.has(w)).length / Math.max(1, words.length);
  const mostlyLatin = latin.length >= letters.length * 0.6;
  if (mostlyLatin && englishRatio >= 0.15) return { english: true, name: 'English', englishRatio };
  const code = franc(sample, { minLength: 10 });
  if (mostlyLatin && (code === 'eng' || code === 'sco' || code === 'und'))
    return { english: true, name: 'English', englishRatio };
  return { english: false, name: languageName(code), englishRatio };
}

/** API input to `ingestArticle`, before checks. */
export interface ArticleFields {
  text: string;
  title?: string | null;
  source?: string | null;
  url?: string | null;
  publishedAt?: string | null;
}

const ISO_DATE =
  /^\d{4}(?:-(?:0[1-9]|1[0-2])(?:-(?:0[1-9]|[12]\d|3[01]))?)?(?:T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/;
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

/** True when the string holds no unpaired surrogate (it can be written as UTF-8). */
function isWellFormedText(text: string): boolean {
  return !LONE_SURROGATE.test(text);
}

const FIELD_LIMITS = { title: 1000, source: 200, url: 2048 } as const;

function checkField(
  source: string,
  field: keyof typeof FIELD_LIMITS,
  value: string | null | undefined,
): string | undefined {
  if (value === null || value === undefined) return undefined;
  // eslint-disable-next-line no-control-regex -- control characters are what this check refuses
  if (!isWellFormedText(value) || /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/.test(value)) {
    throw new ArticleInputError(
      source,
      'invalid-field',
      `"${field}" contains control characters or invalid Unicode; send plain text.`,
    );
  }
  if (value.length > FIELD_LIMITS[field]) {
    throw new ArticleInputError(
      source,
      'invalid-field',
      `"${field}" is ${value.length} characters long, over the limit of ${FIELD_LIMITS[field]}.`,
    );
  }
  const trimmed = value.trim();
  return trimmed.length > 0 ? trimmed : undefined;
}

/**
 * Checks an article received by the API (`ingestArticle`) and returns the extractor's input, or throws
 * an ArticleInputError naming the field or the reason. The same checks as for files apply to the text.
 */
export function checkArticleFields(fields: ArticleFields, options: DecodeOptions = {}): ArticleInput {
  const source = 'ingestArticle';
  if (typeof fields.text !== 'string') throw new ArticleInputError(source, 'invalid-field', '"text" must be a string.');
  const title = checkField(source, 'title', fields.title);
  const outlet = checkField(source, 'source', fields.source);
  const url = checkField(source, 'url', fields.url);
  if (url !== undefined) {
    let parsed: URL | undefined;
    try {
      parsed = new URL(url);
    } catch {
      parsed = undefined;
    }
    if (!parsed || (parsed.protocol !== 'http:' && parsed.protocol !== 'https:')) {
      throw new ArticleInputError(
        source,
        'invalid-field',
        `"url" must be an http or https address, got "${url.slice(0, 100)}".`,
      );
    }
  }
  let publishedAt: string | undefined;
  if (fields.publishedAt !== null && fields.publishedAt !== undefined) {
    publishedAt = fields.publishedAt.trim();
    if (!ISO_DATE.test(publishedAt)) {
      throw new ArticleInputError(
        source,
        'invalid-field',
        `"publishedAt" must be an ISO 8601 date such as 2022-09-15, got "${publishedAt.slice(0, 40)}".`,
      );
    }
  }
  const decoded = decodeArticleText(fields.text, source, options);
  return {
    text: decoded.text,
    title: title ?? decoded.title,
    source: outlet ?? decoded.source,
    url: url ?? decoded.url,
    publishedAt: publishedAt ?? decoded.publishedAt,
  };
}
