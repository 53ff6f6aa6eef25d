import { fireEvent, screen, waitFor } from '@testing-library/preact';
import { describe, expect, test } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { sharedKey } from '../../../lib/sync/records';
import { setLanguage } from '../../i18n';
import { NOW, renderOptions } from './harness';

const OPTION = 'Add up my watching from my other browsers (through my browser’s sync)';
const PRIVACY =
  'What is shared: for each day and site, the seconds and videos watched, and which limits were met, with this browser’s name. With whom: only your own browser account, through your browser’s sync, and from there your other browsers where this is on too. Nothing else leaves your device. Turning it off removes what this browser shared.';
const OPTION_ZH = '把我在其他浏览器上的观看加在一起（通过浏览器的同步功能）';
const PRIVACY_ZH =
  '共享什么：每天每个网站的观看秒数和视频数，以及达到了哪些限制，附带这个浏览器的名称。与谁共享：只通过浏览器的同步功能发送到你自己的浏览器账号，再由此到达你同样开启了此项的其他浏览器。其他任何内容都不会离开你的设备。关闭后，这个浏览器共享过的内容会被删除。';

const checkbox = () => screen.findByRole('checkbox', { name: OPTION }) as Promise<HTMLInputElement>;

function record(device: string, name: string) {
  return {
    v: 1,
    device,
    name,
    tz: 'Europe/Berlin',
    date: '2026-06-02',
    seq: 3,
    at: NOW,
    all: 600,
    sites: { tiktok: { s: 600, n: 12 } },
    met: [],
  };
}

describe('“Your browsers” in the settings', () => {
  test('off by default, with the exact privacy words and where sync does not sync', async () => {
    await renderOptions();
    expect((await checkbox()).checked).toBe(false);
    const privacy = document.getElementById('share-privacy') as HTMLElement;
    expect((await checkbox()).getAttribute('aria-describedby')).toBe('share-privacy');
    expect(privacy.querySelector('p')?.textContent).toBe(PRIVACY);
    // The settings page folds the words under a summary that says what they tell (the welcome shows them open).
    expect(privacy.closest('details')?.querySelector('summary')?.textContent).toBe(
      'What is shared, with whom, and where it works',
    );
    expect(privacy.textContent).toMatch(/Firefox for Android, or a browser not signed in — nothing is added up/);
    expect(screen.queryByLabelText('This browser’s name')).toBeNull();
    expect(screen.getByRole('link', { name: 'Your browsers' }).getAttribute('href')).toBe('#browsers');
  });

  test('on: a device id and a name are made, kept in this browser only; the name can be changed', async () => {
    await renderOptions();
    fireEvent.click(await checkbox());
    await screen.findByText('Turned on. This browser shares its totals from the next minute of watching.');
    const name = (await screen.findByLabelText('This browser’s name')) as HTMLInputElement;
    expect(name.value).toMatch(/^Chrome/);
    expect(screen.getByText('Nothing shared yet: it will be with the next minute of watching.')).toBeTruthy();
    fireEvent.input(name, { target: { value: 'Work laptop' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save name' }));
    await screen.findByText('Name saved: Work laptop.');
    const local = await fakeBrowser.storage.local.get(['sharing', 'sharing$']);
    expect(local.sharing).toMatchObject({ enabled: true, name: 'Work laptop', deviceId: expect.any(String) });
    // The choice is this browser's own: nothing of it is in the synced area.
    expect(Object.keys(await fakeBrowser.storage.sync.get(null)).filter((key) => key.startsWith('sharing'))).toEqual(
      [],
    );
  });

  test('off again: this browser’s shared records are removed, another browser’s and the settings stay', async () => {
    await renderOptions();
    fireEvent.click(await checkbox());
    await screen.findByLabelText('This browser’s name');
    const { sharing } = (await fakeBrowser.storage.local.get('sharing')) as { sharing: { deviceId: string } };
    const other = '0f0e0d0c-0000-4000-8000-000000000001';
    await fakeBrowser.storage.sync.set({
      [sharedKey(sharing.deviceId, '2026-06-01')]: record(sharing.deviceId, 'Chrome'),
      [sharedKey(sharing.deviceId, '2026-06-02')]: record(sharing.deviceId, 'Chrome'),
      [sharedKey(other, '2026-06-02')]: record(other, 'Home desktop'),
    });
    const before = Object.keys(await fakeBrowser.storage.sync.get(null));
    fireEvent.click(await checkbox());
    await screen.findByText('Turned off. What this browser shared was removed.');
    const after = Object.keys(await fakeBrowser.storage.sync.get(null));
    expect(before.filter((key) => !after.includes(key)).sort()).toEqual([
      sharedKey(sharing.deviceId, '2026-06-01'),
      sharedKey(sharing.deviceId, '2026-06-02'),
    ]);
    expect(after).toContain(sharedKey(other, '2026-06-02'));
    await waitFor(async () => expect((await checkbox()).checked).toBe(false));
  });

  test('Firefox for Android: the option says that nothing syncs here', async () => {
    await renderOptions({
      environment: {
        sharing: {
          read: async () => ({
            choice: { enabled: false, deviceId: null, name: '' },
            outbox: (await import('../../../lib/sync/sharing')).emptyOutbox(),
          }),
          turnOn: async () => ({ enabled: true, deviceId: null, name: '' }),
          turnOff: async () => true,
          rename: async (name) => ({ enabled: true, deviceId: null, name }),
          staysOnDevice: async () => true,
        },
      },
    });
    await screen.findByText(
      'This browser (Firefox for Android) does not sync extension data: turned on here, it shares and adds up nothing.',
    );
  });

  test('the welcome offers it too, unticked; ticking it and “Done” turns it on', async () => {
    await renderOptions({ welcome: true });
    expect(
      screen.getByText(/^Nothing leaves your device unless you choose below to add up your browsers/),
    ).toBeTruthy();
    const welcomeBox = screen.getByRole('checkbox', { name: OPTION }) as HTMLInputElement;
    expect(welcomeBox.checked).toBe(false);
    expect(document.getElementById('welcome-share-privacy')?.querySelector('p')?.textContent).toBe(PRIVACY);
    fireEvent.click(welcomeBox);
    fireEvent.click(screen.getByRole('button', { name: 'Done' }));
    await screen.findByRole('heading', { name: 'All set' });
    await waitFor(async () =>
      expect((await fakeBrowser.storage.local.get('sharing')).sharing).toMatchObject({ enabled: true }),
    );
  });

  test('in Chinese: the option and its privacy words', async () => {
    setLanguage('zh_CN');
    await renderOptions({ welcome: true });
    expect(screen.getByRole('checkbox', { name: OPTION_ZH })).toBeTruthy();
    expect(document.getElementById('welcome-share-privacy')?.querySelector('p')?.textContent).toBe(PRIVACY_ZH);
    expect(screen.getByText(/^除非你在下方选择把各浏览器加在一起，否则数据不会离开你的设备/)).toBeTruthy();
  });
});
