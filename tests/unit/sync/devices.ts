import { type BackgroundDeps, handleContentMessage } from '../../../lib/background/content-messages';
import { createHandoffKeys, newHandoffSecret } from '../../../lib/background/handoff-keys';
import type { MessageSender } from '../../../lib/background/sender';
import { openDatabase } from '../../../lib/db/database';
import type { ContentReply } from '../../../lib/messaging/content-protocol';
import type { Settings } from '../../../lib/settings/schema';
import { siteById } from '../../../lib/sites/catalog';
import type { SiteId } from '../../../lib/sites/types';
import { createSharing, readOutbox, turnSharingOff, turnSharingOn } from '../../../lib/sync/sharing';
import { type createSyncCloud, memoryValue } from './fake-sync';

const EXTENSION_ID = 'abcdefghijklmnopabcdefghijklmnop';
const secret = newHandoffSecret();
let counter = 0;

const PAGES: Record<SiteId, string> = {
  tiktok: 'https://www.tiktok.com/foryou',
  'youtube-shorts': 'https://www.youtube.com/shorts/AAAAAAAAAAA',
  'instagram-reels': 'https://www.instagram.com/reels/C0000000000/',
  'facebook-reels': 'https://www.facebook.com/reel/1020112310713480',
  rednote: 'https://www.xiaohongshu.com/explore',
};

function sender(site: SiteId): MessageSender {
  const url = PAGES[site];
  return { id: EXTENSION_ID, url, tab: { id: 4, url }, frameId: 0 };
}

type Cloud = ReturnType<typeof createSyncCloud>;

/**
 * One browser of the user's: its own IndexedDB, its own extension storage, the real background message handler,
 * and the shared fake storage.sync. Its clock is its own (moved by the test; it may run ahead of the others).
 */
export function fakeBrowserDevice(
  cloud: Cloud,
  options: { name: string; timeZone: string; clock: { now: number }; settings: () => Settings },
) {
  const { clock } = options;
  const db = openDatabase(`sync-device-${++counter}`);
  const sync = cloud.browser(clock);
  const stores = { sync, choice: memoryValue(), outbox: memoryValue() };
  const logged: string[] = [];
  const sharing = createSharing(stores, (message) => logged.push(message));
  sync.onChanged((changes) => sharing.changed(changes));
  const deps: BackgroundDeps = {
    db: () => db,
    extensionId: EXTENSION_ID,
    now: () => clock.now,
    timeZone: () => options.timeZone,
    idleState: async () => 'active',
    settings: async () => options.settings(),
    paused: async () => false,
    closeTab: async () => undefined,
    openResources: async () => undefined,
    handoffKeys: createHandoffKeys(async () => secret),
    sharing,
  };
  // One tab per site, each with its own page load and heartbeat numbers.
  const page = (site: SiteId) => `page-${counter}-${site}`;
  const seqs = new Map<SiteId, number>();
  const nextSeq = (site: SiteId) => {
    seqs.set(site, (seqs.get(site) ?? 0) + 1);
    return seqs.get(site) as number;
  };
  let video = 0;

  async function send(message: unknown, site: SiteId): Promise<ContentReply> {
    const reply = await handleContentMessage(message, sender(site), deps);
    await sharing.settled();
    return reply;
  }

  return {
    name: options.name,
    sync,
    stores,
    sharing,
    logged,
    db,
    turnOn: () => turnSharingOn(stores, options.name),
    turnOff: () => turnSharingOff(stores),
    outbox: () => readOutbox(stores),
    now: () => clock.now,
    setNow(at: number) {
      clock.now = at;
    },
    /** One heartbeat: `ms` of watching ending now (the clock moves on by it), with `videos` new videos in it. */
    async heartbeat(site: SiteId, ms: number, videos = 0): Promise<ContentReply> {
      clock.now += ms;
      const start = clock.now - ms;
      const beat = {
        seq: nextSeq(site),
        segments: [{ start, end: clock.now }],
        videos: Array.from({ length: videos }, (_, index) => ({
          id: `${options.name}-${++video}`,
          at: start + Math.floor(((index + 1) * ms) / (videos + 1)),
        })),
      };
      return send({ type: 'heartbeat', site, page: page(site), beats: [beat], activeVideo: 'counted' }, site);
    },
    /**
     * A minute later, a heartbeat with nothing new in it (a tab that still reports, with the video paused): the
     * totals that waited for their minute are shared now.
     */
    async minuteLater(site: SiteId = 'tiktok'): Promise<ContentReply> {
      clock.now += 60_000;
      return send(
        {
          type: 'heartbeat',
          site,
          page: page(site),
          beats: [{ seq: nextSeq(site), segments: [], videos: [] }],
          activeVideo: 'counted',
        },
        site,
      );
    },
    /** Watches for `minutes` in 5-second heartbeats, as a tab does. */
    async watch(site: SiteId, minutes: number): Promise<ContentReply | undefined> {
      let reply: ContentReply | undefined;
      for (let ms = 0; ms < minutes * 60_000; ms += 5_000) reply = await this.heartbeat(site, 5_000);
      return reply;
    },
    /** What a tab asks when it becomes visible: the prompt due now, if any. */
    async check(site: SiteId, activeVideo: 'counted' | 'uncounted' | 'none' = 'counted') {
      const reply = await send({ type: 'check', site, activeVideo }, site);
      if (!reply.ok || !('prompt' in reply)) throw new Error(`check failed: ${JSON.stringify(reply)}`);
      return reply.prompt;
    },
    siteName: (site: SiteId) => siteById(site).name,
  };
}
export type FakeDevice = ReturnType<typeof fakeBrowserDevice>;
