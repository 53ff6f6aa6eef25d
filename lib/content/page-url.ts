/** The page's URL, parsed once per address: every tick, input and media event asks for it. */
let last: { href: string; url: URL } | null = null;

export function pageUrl(doc: Document): URL {
  const href = doc.location.href;
  if (last?.href !== href) last = { href, url: new URL(href) };
  return last.url;
}
