import { describe, expect, test } from 'vitest';
import { handleContentMessage } from '../../lib/background/content-messages';
import type { MessageSender } from '../../lib/background/sender';
import { openDatabase } from '../../lib/db/database';

const EXTENSION_ID = 'abcdefghijklmnopabcdefghijklmnop';
let dbCounter = 0;

function setup() {
  const db = openDatabase(`test-messages-${++dbCounter}`);
  return { deps: { db: () => db, extensionId: EXTENSION_ID, now: () => 1_700_000_000_000 }, db };
}

const fromTikTok: MessageSender = {
  id: EXTENSION_ID,
  url: 'https://www.tiktok.com/foryou',
  tab: { id: 4, url: 'https://www.tiktok.com/foryou' },
  frameId: 0,
};
const health = { type: 'health', site: 'tiktok', capability: 'script', status: 'ok', detail: 'started' };

describe('messages from content scripts', () => {
  test('a valid health report from the site it names is stored', async () => {
    const { deps, db } = setup();
    expect(await handleContentMessage(health, fromTikTok, deps)).toEqual({ ok: true });
    expect(await (await db).getAll('health')).toEqual([
      { site: 'tiktok', capability: 'script', status: 'ok', detail: 'started', reportedAt: 1_700_000_000_000 },
    ]);
  });

  test.each([
    ['another extension', { ...fromTikTok, id: 'zzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzz' }],
    ['a page of another site', { ...fromTikTok, url: 'https://www.youtube.com/shorts/AAAAAAAAAAA' }],
    ['a look-alike host', { ...fromTikTok, url: 'https://www.tiktok.com.evil.example/foryou' }],
    ['a sub-frame', { ...fromTikTok, frameId: 3 }],
    ['no tab', { id: EXTENSION_ID, url: 'https://www.tiktok.com/foryou', frameId: 0 }],
    ['an extension page', { ...fromTikTok, url: `chrome-extension://${EXTENSION_ID}/popup.html` }],
  ])('a message from %s is rejected and nothing is stored', async (_what, sender) => {
    const { deps, db } = setup();
    expect(await handleContentMessage(health, sender as MessageSender, deps)).toEqual({
      ok: false,
      error: 'sender not allowed',
    });
    expect(await (await db).getAll('health')).toEqual([]);
  });

  test.each([
    ['an unknown type', { ...health, type: 'set-settings' }],
    ['an unknown site', { ...health, site: 'snapchat' }],
    ['an extra field', { ...health, extra: 1 }],
    ['an over-long detail', { ...health, detail: 'x'.repeat(201) }],
    ['not an object', 'health'],
    ['nothing', undefined],
  ])('%s is rejected and nothing is stored', async (_what, message) => {
    const { deps, db } = setup();
    expect(await handleContentMessage(message, fromTikTok, deps)).toEqual({ ok: false, error: 'invalid message' });
    expect(await (await db).getAll('health')).toEqual([]);
  });
});
