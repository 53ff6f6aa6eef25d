import { siteById } from '../sites/catalog';
import type { SiteId } from '../sites/types';

/** The parts of runtime.MessageSender we rely on. */
export interface MessageSender {
  id?: string;
  url?: string;
  tab?: { id?: number; url?: string };
  frameId?: number;
}

/**
 * A content-script message must come from our own extension, from a tab's top frame, and from a page on the
 * host of the site it claims to speak for. Returns the page URL when the sender is acceptable.
 */
export function senderPageUrl(sender: MessageSender, extensionId: string, site: SiteId): URL | null {
  if (sender.id !== extensionId) return null;
  if (sender.tab?.id === undefined || sender.frameId !== 0) return null;
  const raw = sender.url ?? sender.tab.url;
  if (!raw) return null;
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return null;
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return null;
  return siteById(site).hosts.includes(url.hostname) ? url : null;
}
