import { Option } from 'commander';
import { loadMaxArticleBytes, parseByteSize, parseWholeNumber } from '../config.js';
import { DEFAULT_MAX_ARTICLE_BYTES, type DecodeOptions } from '../extract/decode.js';

/** The command-line options that say how strictly article files are read. */
export interface InputCliOptions {
  maxBytes?: string;
  anyLanguage?: boolean;
}

/** Options of `kg ingest` and `kg extract` for reading article files. */
export function inputOptions(): Option[] {
  return [
    new Option(
      '--max-bytes <size>',
      `refuse article files larger than this (e.g. 500k, 20m; default: KG_MAX_ARTICLE_BYTES or ${DEFAULT_MAX_ARTICLE_BYTES / (1024 * 1024)}m)`,
    ),
    new Option('--any-language', 'ingest articles that do not look English instead of skipping them'),
  ];
}

/** The command-line options that say what an article is and how short it may be. */
export interface ArticleCliOptions {
  url?: string;
  source?: string;
  allowShort?: boolean;
}

/** Options of `kg ingest` and `kg extract` giving the articles' address and source, and accepting short articles. */
export function articleOptions(): Option[] {
  return [
    new Option('--url <url>', "address of the article (wins over the page's canonical address)"),
    new Option('--source <name>', "site or outlet that published the article (wins over the page's site name)"),
    new Option(
      '--allow-short',
      'do not fail when an article keeps under 80 words or under a third of its page (the warning is still printed)',
    ),
  ];
}

/** The decoding options from the command line, falling back to KG_MAX_ARTICLE_BYTES. */
export function decodeOptionsFrom(options: InputCliOptions): DecodeOptions {
  const maxBytes =
    options.maxBytes !== undefined
      ? parseByteSize(options.maxBytes, '--max-bytes')
      : (loadMaxArticleBytes() ?? DEFAULT_MAX_ARTICLE_BYTES);
  return { maxBytes, anyLanguage: options.anyLanguage === true };
}

/** Parses `--flush-interval`: milliseconds, 0 or more. */
export function parseFlushInterval(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  return parseWholeNumber(value, '--flush-interval', { min: 0, kind: 'a whole number of milliseconds' });
}
