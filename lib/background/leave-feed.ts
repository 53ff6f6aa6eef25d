/** The few tab calls "I'm done" needs (browser.tabs in the worker; a fake in tests). */
export interface FeedTabs {
  get(tabId: number): Promise<{ windowId?: number }>;
  query(filter: { windowId: number }): Promise<unknown[]>;
  remove(tabId: number): Promise<void>;
  update(tabId: number, change: { url: string }): Promise<unknown>;
}

/**
 * "I'm done" leaves the feed: its tab closes, unless it is the last tab of its window — closing it would close the
 * window too — and then it shows the calm "Done for now" page instead.
 */
export async function leaveFeed(tabId: number, tabs: FeedTabs, donePage: string): Promise<'closed' | 'done-page'> {
  const { windowId } = await tabs.get(tabId);
  const others = windowId === undefined ? [] : await tabs.query({ windowId });
  if (others.length > 1) {
    await tabs.remove(tabId);
    return 'closed';
  }
  await tabs.update(tabId, { url: donePage });
  return 'done-page';
}
