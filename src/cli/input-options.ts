import { Option } from 'commander';
import { ConfigError } from '../config.js';
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
    new Option('--allow-short', 'do not fail when an article keeps under 80 words or under a third of its page (the warning is still printed)'),
  ];
}

/** Parses a size such as "5242880", "500k", "20m" or "1g" into bytes. */
export function parseByteSize(value: string, setting: string): number {
  const match = /^\s*(\d+(?:\.\d+)?)\s*([kmg]?)i?b?\s*$/i.exec(value);
  const factor = { '': 1, k: 1024, m: 1024 ** 2, g: 1024 ** 3 }[(match?.[2] ?? '').toLowerCase() as '' | 'k' | 'm' | 'g'];
  const bytes = match ? Math.floor(Number(match[1]) * factor) : Number.NaN;
  if (!Number.isFinite(bytes) || bytes < 1) {
    throw new ConfigError(`${setting} must be a size in bytes such as 5242880, 500k or 20m, got "${value}".`);
  }
  return bytes;
}

/** The decoding options from the command line, falling back to KG_MAX_ARTICLE_BYTES. */
export function decodeOptionsFrom(options: InputCliOptions, env: NodeJS.ProcessEnv = process.env): DecodeOptions {
  const maxBytes =
    options.maxBytes !== undefined
      ? parseByteSize(options.maxBytes, '--max-bytes')
      : env.KG_MAX_ARTICLE_BYTES
        ? parseByteSize(env.KG_MAX_ARTICLE_BYTES, 'KG_MAX_ARTICLE_BYTES')
        : DEFAULT_MAX_ARTICLE_BYTES;
  return { maxBytes, anyLanguage: options.anyLanguage === true };
}

/** Parses `--flush-interval`: milliseconds, 0 or more. */
export function parseFlushInterval(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const ms = Number(value);
  if (!Number.isInteger(ms) || ms < 0) throw new ConfigError(`--flush-interval must be a whole number of milliseconds ≥ 0, got "${value}".`);
  return ms;
}
