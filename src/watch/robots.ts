import robotsModule from 'robots-parser';

// robots-parser is CommonJS whose module.exports is the parser, while its typings declare it as the default
// export: imported from an ES module, the default import is module.exports, that is the function itself.
const robotsParser = robotsModule as unknown as typeof robotsModule.default;

/** What a site's robots.txt lets a crawler do. */
export interface RobotsRules {
  /** True when the user agent may fetch the address. */
  allows(url: string, userAgent: string): boolean;
  /** The Crawl-delay for the user agent, in milliseconds, when the file sets one. */
  crawlDelayMs(userAgent: string): number | undefined;
}

/** Every address allowed: the site has no robots.txt (a 4xx answer, RFC 9309 §2.3.1.3). */
export const ALLOW_ALL: RobotsRules = { allows: () => true, crawlDelayMs: () => undefined };

/** Parses a robots.txt served at `robotsUrl` (robots-parser: groups, wildcards, longest match, Crawl-delay). */
export function parseRobots(robotsUrl: string, text: string): RobotsRules {
  const robots = robotsParser(robotsUrl, text);
  return {
    // undefined: an address of another origin, which this file does not govern.
    allows: (url, userAgent) => robots.isAllowed(url, userAgent) !== false,
    crawlDelayMs: (userAgent) => {
      const seconds = robots.getCrawlDelay(userAgent);
      return seconds === undefined || !Number.isFinite(seconds) || seconds < 0 ? undefined : seconds * 1000;
    },
  };
}
