/** The page's URL, parsed once per address: every tick, input and media event asks for it. */
let last: { href: string; url: URL } | null = null;

/** The page's address as text and parsed, read once. */
export function pageAddress(doc: Document): { href: string; url: URL } {
  const href = doc.location.href;
  if (last?.href !== href) last = { href, url: new URL(href) };
  return last;
}

export function pageUrl(doc: Document): URL {
  return pageAddress(doc).url;
}
