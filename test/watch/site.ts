import {
  createServer,
  type IncomingHttpHeaders,
  type IncomingMessage,
  type Server,
  type ServerResponse,
} from 'node:http';
import type { AddressInfo } from 'node:net';

/** One request the test site received. */
export interface LoggedRequest {
  method: string;
  path: string;
  /** When it arrived (Date.now()). */
  at: number;
  headers: IncomingHttpHeaders;
}

export type Handler = (request: IncomingMessage, response: ServerResponse) => void;

/**
 * A web site for the watcher's tests: node:http on 127.0.0.1 at a port the system picks, serving the
 * routes the test sets, logging every request. Nothing leaves the machine.
 */
export class TestSite {
  readonly log: LoggedRequest[] = [];
  readonly routes = new Map<string, Handler>();

  private readonly server: Server;
  origin = '';

  private constructor() {
    this.server = createServer((request, response) => {
      const path = request.url ?? '/';
      this.log.push({ method: request.method ?? 'GET', path, at: Date.now(), headers: request.headers });
      const handler = this.routes.get(path);
      if (handler) handler(request, response);
      else {
        response.writeHead(404, { 'content-type': 'text/plain' });
        response.end('not found');
      }
    });
  }

  static async start(): Promise<TestSite> {
    const site = new TestSite();
    await new Promise<void>((resolve) => site.server.listen(0, '127.0.0.1', resolve));
    site.origin = `http://127.0.0.1:${(site.server.address() as AddressInfo).port}`;
    return site;
  }

  url(path: string): string {
    return `${this.origin}${path}`;
  }

  /** The paths requested, in order, from the log entry `from` on. */
  paths(from = 0): string[] {
    return this.log.slice(from).map((r) => r.path);
  }

  /** Serves a fixed body. */
  serve(path: string, body: string, contentType = 'text/html; charset=utf-8', status = 200): void {
    this.routes.set(path, (_request, response) => {
      response.writeHead(status, { 'content-type': contentType });
      response.end(body);
    });
  }

  /** Serves a feed with an ETag and a Last-Modified, answering 304 to a request that sends either back. */
  serveFeed(path: string, body: string, version: string, contentType = 'application/rss+xml'): void {
    const etag = `"${version}"`;
    const minutes = [...version].reduce((sum, c, i) => sum + c.charCodeAt(0) * (i + 1), 0);
    const lastModified = new Date(Date.UTC(2024, 0, 1) + minutes * 60_000).toUTCString();
    this.routes.set(path, (request, response) => {
      if (request.headers['if-none-match'] === etag || request.headers['if-modified-since'] === lastModified) {
        response.writeHead(304, { etag, 'last-modified': lastModified });
        response.end();
        return;
      }
      response.writeHead(200, { 'content-type': contentType, etag, 'last-modified': lastModified });
      response.end(body);
    });
  }

  redirect(path: string, to: string, status = 301): void {
    this.routes.set(path, (_request, response) => {
      response.writeHead(status, { location: to });
      response.end();
    });
  }

  async close(): Promise<void> {
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }
}

const PEOPLE = ['Ana Souza', 'Ravi Kumar', 'Lena Novak', 'Tomas Berg', 'Amara Okafor', 'Kenji Tanaka', 'Sofia Rossi'];
const COUNTRIES = ['Brazil', 'India', 'Poland', 'Norway', 'Nigeria', 'Japan', 'Italy', 'Egypt', 'Sweden', 'Chile'];
const CITIES = ['Geneva', 'Nairobi', 'Lima', 'Oslo', 'Hanoi', 'Dakar', 'Quito', 'Riga', 'Accra', 'Perth'];

/** A news article's paragraphs, different for every n (over 80 words, so that no page is short). */
export function articleParagraphs(n: number): string[] {
  const a = PEOPLE[n % PEOPLE.length]!;
  const b = PEOPLE[(n + 3) % PEOPLE.length]!;
  const country = COUNTRIES[n % 10]!;
  const other = COUNTRIES[(n + 4) % 10]!;
  const city = CITIES[Math.floor(n / 10) % 10]!;
  return [
    `Foreign Minister ${a} of ${country} met her counterpart ${b} of ${other} in ${city} on Tuesday, in round ${n + 1} of talks on trade and fishing rights.`,
    `"We agreed to open a new trade route and to meet again before the end of the year," ${a} told reporters after the meeting, which lasted more than four hours.`,
    `${b} said that ${other} would send a delegation of engineers to ${country} next month to study the port, and that both governments would publish the agreement in full. Officials from both sides described the talks, number ${n + 1} since the spring, as constructive.`,
  ];
}

/** A news page for article n: navigation, the article with its headline and date, a footer. */
export function articlePage(n: number, options: { title?: string; date?: string; site?: string } = {}): string {
  const title = options.title ?? `Talks in ${CITIES[Math.floor(n / 10) % 10]} go on, round ${n + 1}`;
  const meta = [
    options.date ? `<meta property="article:published_time" content="${options.date}">` : '',
    options.site ? `<meta property="og:site_name" content="${options.site}">` : '',
  ].join('');
  const body = articleParagraphs(n)
    .map((p) => `<p>${p}</p>`)
    .join('\n');
  return `<!doctype html><html><head><meta charset="utf-8"><title>${title}</title>${meta}</head><body><nav><a href="/">Home</a> | <a href="/world">World</a></nav><article><h1>${title}</h1>\n${body}\n</article><footer>© The Test Times</footer></body></html>`;
}

/** An item of a test feed. */
export interface TestItem {
  link: string;
  guid?: string;
  title?: string;
  date?: string;
}

const escape = (text: string): string => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** An RSS 2.0 feed. */
export function rssFeed(title: string, items: readonly TestItem[]): string {
  const entries = items
    .map(
      (i) =>
        `<item><title>${escape(i.title ?? i.link)}</title><link>${escape(i.link)}</link>${i.guid ? `<guid isPermaLink="false">${escape(i.guid)}</guid>` : ''}${i.date ? `<pubDate>${i.date}</pubDate>` : ''}</item>`,
    )
    .join('\n');
  return `<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0"><channel><title>${escape(title)}</title><link>http://127.0.0.1/</link><description>test</description>\n${entries}\n</channel></rss>\n`;
}

/** An Atom feed. */
export function atomFeed(title: string, items: readonly TestItem[]): string {
  const entries = items
    .map(
      (i) =>
        `<entry><title>${escape(i.title ?? i.link)}</title><id>${escape(i.guid ?? i.link)}</id><link rel="alternate" href="${escape(i.link)}"/><updated>${i.date ?? '2024-03-01T10:00:00Z'}</updated>${i.date ? `<published>${i.date}</published>` : ''}</entry>`,
    )
    .join('\n');
  return `<?xml version="1.0" encoding="utf-8"?>\n<feed xmlns="http://www.w3.org/2005/Atom"><title>${escape(title)}</title><id>urn:test:${escape(title)}</id><updated>2024-03-01T10:00:00Z</updated>\n${entries}\n</feed>\n`;
}

/** A sitemap of the addresses, or a sitemap index when `index` is true. */
export function sitemap(urls: readonly string[], index = false): string {
  const [root, entry] = index ? ['sitemapindex', 'sitemap'] : ['urlset', 'url'];
  const body = urls.map((u) => `<${entry}><loc>${escape(u)}</loc><lastmod>2024-03-02</lastmod></${entry}>`).join('\n');
  return `<?xml version="1.0" encoding="UTF-8"?>\n<${root} xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${body}\n</${root}>\n`;
}
