import { gunzipSync } from 'node:zlib';
import { parseFeed, type AnyFeed } from 'feedsmith';
import { Parser } from 'htmlparser2';
import { MalformedFeedError } from './errors.js';

/** One article a feed or sitemap points to. */
export interface FeedItem {
  /** What identifies the item in its source: the RSS guid or Atom id, else its address. */
  key: string;
  /** The article's address, absolute. */
  url: string;
  title?: string;
  /** The day of publication the source gives (YYYY-MM-DD, the publisher's day). */
  publishedAt?: string;
  /** The publication a news sitemap names for the item. */
  source?: string;
}

/** What a source's body holds. */
export type ParsedSource =
  | { kind: 'feed'; title?: string; items: FeedItem[]; withoutLink: number }
  | { kind: 'sitemap'; items: FeedItem[] }
  | { kind: 'sitemap-index'; sitemaps: string[] };

/** Largest feed or sitemap once ungzipped (a sitemap holds at most 50,000 addresses in 50 MB). */
const MAX_UNZIPPED_BYTES = 64 * 1024 * 1024;

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

/**
 * The publisher's day of a feed date: ISO 8601 (Atom, sitemaps, JSON Feed) or RFC 822 (RSS), read as
 * written rather than moved to UTC, so that an evening article keeps its day. Undefined when unreadable.
 */
export function feedDay(value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  const text = value.trim();
  const iso = /^(\d{4})-(\d{2})-(\d{2})/.exec(text);
  let day: string | undefined;
  if (iso) day = `${iso[1]}-${iso[2]}-${iso[3]}`;
  else {
    const rfc = /(\d{1,2})\s+([A-Za-z]{3})[A-Za-z]*\.?\s+(\d{4}|\d{2})\b/.exec(text);
    const month = rfc ? MONTHS.indexOf(rfc[2]!.toLowerCase()) : -1;
    if (rfc && month >= 0) {
      const year = rfc[3]!.length === 2 ? `20${rfc[3]}` : rfc[3]!;
      day = `${year}-${String(month + 1).padStart(2, '0')}-${rfc[1]!.padStart(2, '0')}`;
    }
  }
  if (day === undefined) return undefined;
  const parsed = new Date(`${day}T00:00:00Z`);
  return !Number.isNaN(parsed.getTime()) && parsed.toISOString().startsWith(day) ? day : undefined;
}

/** An address of the source, made absolute; undefined when it is not an http(s) address. */
function absolute(link: string | undefined, base: string): string | undefined {
  if (link === undefined || link.trim() === '') return undefined;
  try {
    const url = new URL(link.trim(), base);
    if (url.protocol !== 'http:' && url.protocol !== 'https:') return undefined;
    url.hash = '';
    return url.href;
  } catch {
    return undefined;
  }
}

/** The body as text: ungzipped when gzipped, decoded by the XML declaration's encoding (default UTF-8). */
function bodyText(body: Buffer, url: string): string {
  let bytes = body;
  if (bytes[0] === 0x1f && bytes[1] === 0x8b) {
    try {
      bytes = gunzipSync(bytes, { maxOutputLength: MAX_UNZIPPED_BYTES });
    } catch (error) {
      throw new MalformedFeedError(url, `is gzipped but cannot be unzipped (${(error as Error).message}).`, {
        cause: error,
      });
    }
  }
  const declared = /^\s*<\?xml[^>]*encoding\s*=\s*["']([-\w.:]+)["']/i.exec(bytes.subarray(0, 200).toString('latin1'));
  const encoding = declared?.[1]?.toLowerCase() ?? 'utf-8';
  try {
    return new TextDecoder(encoding).decode(bytes).replace(/^\ufeff/, '');
  } catch {
    return bytes.toString('utf8').replace(/^\ufeff/, '');
  }
}

/** The root element's local name, after the XML declaration, comments, processing instructions and doctype. */
function rootElement(text: string): string | undefined {
  const head = text
    .slice(0, 8192)
    .replace(/<\?[\s\S]*?\?>|<!--[\s\S]*?-->|<!DOCTYPE[^>]*>/gi, '')
    .trimStart();
  return /^<(?:[\w.-]+:)?([\w.-]+)/.exec(head)?.[1]?.toLowerCase();
}

/** The addresses of a sitemap (`<urlset>`, with the dates and names of a news sitemap) or of a sitemap index. */
function parseSitemap(text: string, url: string, root: 'urlset' | 'sitemapindex'): ParsedSource {
  const items: FeedItem[] = [];
  const sitemaps: string[] = [];
  const path: string[] = [];
  let current: { loc?: string; lastmod?: string; published?: string; title?: string; source?: string } | undefined;
  let textBuffer = '';
  let closedRoot = false;
  const parser = new Parser(
    {
      onopentag(name) {
        const local = name.replace(/^.*:/, '').toLowerCase();
        path.push(local);
        textBuffer = '';
        if ((local === 'url' || local === 'sitemap') && path.length === 2) current = {};
      },
      ontext(chunk) {
        textBuffer += chunk;
      },
      onclosetag(name, isImplied) {
        const local = name.replace(/^.*:/, '').toLowerCase();
        const value = textBuffer.trim();
        textBuffer = '';
        if (current) {
          const parent = path.at(-2);
          if (local === 'loc' && path.length === 3) current.loc = value;
          else if (local === 'lastmod' && path.length === 3) current.lastmod = value;
          else if (local === 'publication_date') current.published = value;
          else if (local === 'title' && parent === 'news') current.title = value;
          else if (local === 'name' && parent === 'publication') current.source = value;
        }
        if ((local === 'url' || local === 'sitemap') && path.length === 2 && current) {
          const loc = absolute(current.loc, url);
          if (loc !== undefined && local === 'sitemap') sitemaps.push(loc);
          if (loc !== undefined && local === 'url') {
            const item: FeedItem = { key: loc, url: loc };
            const day = feedDay(current.published ?? current.lastmod);
            if (day !== undefined) item.publishedAt = day;
            if (current.title) item.title = current.title;
            if (current.source) item.source = current.source;
            items.push(item);
          }
          current = undefined;
        }
        if (path.length === 1 && !isImplied) closedRoot = true;
        path.pop();
      },
    },
    { xmlMode: true, decodeEntities: true },
  );
  parser.end(text);
  if (!closedRoot)
    throw new MalformedFeedError(url, `is a sitemap that ends before its closing </${root}> (cut short or malformed).`);
  return root === 'sitemapindex' ? { kind: 'sitemap-index', sitemaps } : { kind: 'sitemap', items };
}

/** The text of an Atom text construct or a plain string. */
function textOf(value: string | { value?: string } | undefined): string | undefined {
  const text = typeof value === 'string' ? value : value?.value;
  return text?.trim() || undefined;
}

/** The items of a parsed RSS, Atom, RDF or JSON feed. */
function feedItems(parsed: AnyFeed, url: string): ParsedSource {
  const raw: { id?: string; link?: string; title?: string; date?: string }[] = [];
  let title: string | undefined;
  switch (parsed.format) {
    case 'rss':
      title = textOf(parsed.feed.title);
      for (const item of parsed.feed.items ?? [])
        raw.push({
          id: item.guid?.value,
          link: item.link ?? (item.guid?.isPermaLink !== false ? item.guid?.value : undefined),
          title: item.title,
          date: item.pubDate ?? item.dc?.dates?.[0],
        });
      break;
    case 'atom':
      title = textOf(parsed.feed.title);
      for (const entry of parsed.feed.entries ?? []) {
        const link =
          entry.links?.find((l) => l.rel === undefined || l.rel === 'alternate')?.href ?? entry.links?.[0]?.href;
        raw.push({ id: entry.id, link, title: textOf(entry.title), date: entry.published ?? entry.updated });
      }
      break;
    case 'rdf':
      title = textOf(parsed.feed.title);
      for (const item of parsed.feed.items ?? [])
        raw.push({ id: item.rdf?.about, link: item.link, title: item.title, date: item.dc?.dates?.[0] });
      break;
    case 'json':
      title = textOf(parsed.feed.title);
      for (const item of parsed.feed.items ?? [])
        raw.push({
          id: item.id,
          link: item.url ?? item.external_url,
          title: item.title,
          date: item.date_published ?? item.date_modified,
        });
      break;
  }
  const items: FeedItem[] = [];
  let withoutLink = 0;
  for (const entry of raw) {
    const link = absolute(entry.link, url);
    if (link === undefined) {
      withoutLink += 1;
      continue;
    }
    // The key names a property of the state file's objects: "__proto__" would not be one.
    const id = entry.id?.trim();
    const item: FeedItem = { key: id && id !== '__proto__' ? id : link, url: link };
    const itemTitle = textOf(entry.title);
    if (itemTitle !== undefined) item.title = itemTitle;
    const day = feedDay(entry.date);
    if (day !== undefined) item.publishedAt = day;
    items.push(item);
  }
  const result: ParsedSource = { kind: 'feed', items, withoutLink };
  if (title !== undefined) result.title = title;
  return result;
}

/**
 * Reads the body of a source: an RSS 2.0, RSS 1.0 (RDF), Atom or JSON feed (feedsmith), a sitemap or
 * a sitemap index, gzipped or not. Throws MalformedFeedError for anything else, or a body that does
 * not parse.
 */
export function parseSourceBody(body: Buffer, url: string): ParsedSource {
  const text = bodyText(body, url);
  if (text.trim() === '') throw new MalformedFeedError(url, 'answered with an empty body, not a feed or a sitemap.');
  const root = rootElement(text);
  if (root === 'urlset' || root === 'sitemapindex') return parseSitemap(text, url, root);
  let parsed: AnyFeed;
  try {
    parsed = parseFeed(text.trimStart().startsWith('{') ? JSON.parse(text) : text);
  } catch (error) {
    const what =
      root === 'html'
        ? 'is an HTML page, not a feed or a sitemap'
        : `is not a well-formed RSS or Atom feed or sitemap (${(error as Error).message})`;
    throw new MalformedFeedError(url, `${what}; skipped, and fetched again next round.`, { cause: error });
  }
  return feedItems(parsed, url);
}
