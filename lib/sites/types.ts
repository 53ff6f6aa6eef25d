/** The site ids are fixed: they appear in stored data and in exports. */
export const SITE_IDS = ['tiktok', 'youtube-shorts', 'instagram-reels', 'facebook-reels', 'rednote'] as const;

export type SiteId = (typeof SITE_IDS)[number];

export function isSiteId(value: unknown): value is SiteId {
  return typeof value === 'string' && (SITE_IDS as readonly string[]).includes(value);
}

/** What a site's URL module declares: where its content script runs and which pages are feeds. */
export interface SiteUrls {
  id: SiteId;
  /** Name shown to the user. */
  name: string;
  /** Host names the site lives on (also the host permissions). */
  hosts: readonly string[];
  /** Manifest match patterns of the content script: the whole host, because these sites navigate as SPAs. */
  matches: readonly string[];
  /** A page where watching time counts. Pure: looks at the URL only. */
  isFeedUrl(url: URL): boolean;
  /** URLs that `isFeedUrl` must accept (checked against every other site's predicate too). */
  feedUrls: readonly string[];
  /** URLs on the same host that `isFeedUrl` must reject. */
  nonFeedUrls: readonly string[];
  /**
   * Feed paths on hosts that are not the site's (other subdomains, a bare domain the site redirects from, look-alike
   * domains): refused by `isFeedUrl`, by `siteForUrl` and by the background's sender check.
   */
  lookAlikeUrls: readonly string[];
  /**
   * A link to one video, the kind a person sends (a permalink or share link): opened directly, it is a shared clip.
   * Always a feed URL too. Pure: looks at the URL only.
   */
  isClipUrl(url: URL): boolean;
  /** Feed URLs that `isClipUrl` must accept; every other feed URL of the site it must reject. */
  clipUrls: readonly string[];
}

export function matchesForHosts(hosts: readonly string[]): string[] {
  return hosts.map((host) => `*://${host}/*`);
}

/**
 * A URL predicate answered once per URL object. The content script asks about the same parsed address (one `URL` per
 * address, see lib/content/page-url.ts) many times a second while swiping; reading a `URL`'s parts each time shows in
 * profiles. Callers never mutate the `URL`s they pass.
 */
export function oncePerUrl(check: (url: URL) => boolean): (url: URL) => boolean {
  const answers = new WeakMap<URL, boolean>();
  return (url) => {
    let answer = answers.get(url);
    if (answer === undefined) {
      answer = check(url);
      answers.set(url, answer);
    }
    return answer;
  };
}
