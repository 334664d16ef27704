/**
 * What a news page says about itself: title, publication date, canonical address, site and author,
 * from its meta tags (Open Graph, article:*, name=author), its JSON-LD (schema.org NewsArticle) and its
 * markup (<title>, <link rel=canonical>, <time datetime>). These are the article's metadata: they are
 * never put in the article text, so a byline or a site name never becomes an entity.
 */

/** The metadata of a page; each field is absent when the page does not say. */
export interface PageMetadata {
  title?: string;
  /** ISO date (YYYY-MM-DD) of publication. */
  publishedAt?: string;
  /** Canonical http(s) address of the article. */
  url?: string;
  siteName?: string;
  /** Author or authors, as the page names them ("Dan Goodin", "Ana Souza, Ravi Kumar"). */
  author?: string;
}

type Json = string | number | boolean | null | Json[] | { [key: string]: Json };
type JsonObject = { [key: string]: Json };

/** schema.org types of a news or blog article. */
const ARTICLE_TYPE = /Article|NewsArticle|ReportageNews|BlogPosting|LiveBlogPosting|WebPage|Report/i;
/** A title's site suffix: " | The Daily", " - BBC News", " — Le Monde". */
const SITE_SUFFIX = /\s+[|\-–—·:]\s+([^|\-–—·:]+)$/;

const clean = (value: string | null | undefined): string | undefined => {
  const text = value?.replace(/\s+/g, ' ').trim();
  return text ? text : undefined;
};

/** The date part of an ISO date-time ("2024-03-05T09:00:00Z" → "2024-03-05"). */
function isoDay(value: string | undefined): string | undefined {
  const match = value ? /^\d{4}-\d{2}-\d{2}/.exec(value.trim()) : null;
  return match ? match[0] : undefined;
}

/** The address when it is an absolute http(s) URL. */
function httpUrl(value: string | undefined): string | undefined {
  if (!value) return undefined;
  try {
    const url = new URL(value.trim());
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : undefined;
  } catch {
    return undefined;
  }
}

/** Meta tags by lower-cased property, name or itemprop; the first of each wins. */
function metaTags(document: Document): Map<string, string> {
  const tags = new Map<string, string>();
  for (const meta of document.querySelectorAll('meta')) {
    const key = (
      meta.getAttribute('property') ??
      meta.getAttribute('name') ??
      meta.getAttribute('itemprop') ??
      ''
    ).toLowerCase();
    const content = clean(meta.getAttribute('content'));
    if (key && content && !tags.has(key)) tags.set(key, content);
  }
  return tags;
}

const isObject = (value: Json | undefined): value is JsonObject =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** The article object of the page's JSON-LD (inside an @graph or a list), if any; broken JSON is ignored. */
function jsonLdArticle(document: Document): JsonObject | undefined {
  for (const script of document.querySelectorAll('script[type="application/ld+json"]')) {
    let data: Json;
    try {
      data = JSON.parse(script.textContent ?? '') as Json;
    } catch {
      continue;
    }
    const queue: Json[] = [data];
    for (let i = 0; i < queue.length && i < 200; i += 1) {
      const item = queue[i];
      if (Array.isArray(item)) queue.push(...item);
      else if (isObject(item)) {
        if (Array.isArray(item['@graph'])) queue.push(...item['@graph']);
        const type = item['@type'];
        const types = Array.isArray(type) ? type.join(' ') : String(type ?? '');
        if (ARTICLE_TYPE.test(types) && (item.headline !== undefined || item.datePublished !== undefined)) return item;
      }
    }
  }
  return undefined;
}

/** The name of a JSON-LD person or organisation, or names of a list of them. */
function jsonLdName(value: Json | undefined): string | undefined {
  if (typeof value === 'string') return clean(value);
  if (Array.isArray(value)) return clean(value.map(jsonLdName).filter(Boolean).join(', '));
  if (isObject(value) && typeof value.name === 'string') return clean(value.name);
  return undefined;
}

const jsonLdString = (value: Json | undefined): string | undefined =>
  typeof value === 'string' ? clean(value) : undefined;

/** The document title without the site's name after a separator ("Souza meets Kumar | The Daily"). */
export function titleWithoutSite(title: string, siteName?: string): string {
  const match = SITE_SUFFIX.exec(title);
  if (!match) return title;
  const suffix = match[1].trim();
  const isSite =
    (siteName !== undefined && suffix.toLowerCase() === siteName.toLowerCase()) || suffix.split(/\s+/).length <= 4;
  return isSite && match.index > 0 ? title.slice(0, match.index).trim() : title;
}

/** The first <time datetime> of the page, preferring one marked as the publication date. */
function timeDate(document: Document): string | undefined {
  const marked = document.querySelector('time[itemprop="datePublished"][datetime], time[pubdate][datetime]');
  return isoDay((marked ?? document.querySelector('time[datetime]'))?.getAttribute('datetime') ?? undefined);
}

/** The metadata of a parsed page (read before Readability, which changes the document). */
export function pageMetadata(document: Document): PageMetadata {
  const meta = metaTags(document);
  const ld = jsonLdArticle(document);
  const siteName = meta.get('og:site_name') ?? jsonLdName(ld?.publisher) ?? meta.get('application-name');
  const documentTitle = clean(document.querySelector('title')?.textContent);
  const title =
    meta.get('og:title') ??
    jsonLdString(ld?.headline) ??
    meta.get('twitter:title') ??
    (documentTitle ? titleWithoutSite(documentTitle, siteName) : undefined) ??
    clean(document.querySelector('h1')?.textContent);
  const publishedAt =
    isoDay(meta.get('article:published_time')) ??
    isoDay(jsonLdString(ld?.datePublished)) ??
    isoDay(
      meta.get('datepublished') ??
        meta.get('date') ??
        meta.get('pubdate') ??
        meta.get('publish-date') ??
        meta.get('dc.date'),
    ) ??
    timeDate(document);
  const url =
    httpUrl(document.querySelector('link[rel="canonical"]')?.getAttribute('href') ?? undefined) ??
    httpUrl(meta.get('og:url')) ??
    httpUrl(jsonLdString(ld?.url));
  const metaAuthor = meta.get('author') ?? meta.get('article:author');
  const author = (metaAuthor && !httpUrl(metaAuthor) ? metaAuthor : undefined) ?? jsonLdName(ld?.author);
  const result: PageMetadata = {};
  if (title) result.title = title;
  if (publishedAt) result.publishedAt = publishedAt;
  if (url) result.url = url;
  if (siteName) result.siteName = siteName;
  if (author) result.author = author;
  return result;
}
