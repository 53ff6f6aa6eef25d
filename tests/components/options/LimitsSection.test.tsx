import { fireEvent, screen, waitFor, within } from '@testing-library/preact';
import { describe, expect, test } from 'vitest';
import { effectiveSettings } from '../../../lib/settings/commitment';
import {
  addSiteLimit,
  HOUR,
  NOW,
  renderOptions,
  saveChanges,
  saveStatus,
  stored,
  storeSettings,
  storeWithPending,
  when,
} from './harness';

const TIKTOK_WEEKDAY = 'TikTok, weekdays: Time a day (minutes)';
const type = (label: string, value: string) => fireEvent.input(screen.getByLabelText(label), { target: { value } });
const save = saveChanges;

describe('limits', () => {
  test('a daily time for TikTok where there was none is stricter: it is in force at once', async () => {
    await renderOptions();
    addSiteLimit('TikTok');
    expect(document.activeElement).toBe(screen.getByLabelText(TIKTOK_WEEKDAY));
    expect((screen.getByLabelText(TIKTOK_WEEKDAY) as HTMLInputElement).value).toBe('');
    type(TIKTOK_WEEKDAY, '30');
    save();
    await waitFor(() => expect(saveStatus()).toBe('Saved. In force now.'));
    const { settings, pending } = await stored();
    expect(settings.limits.sites.tiktok.weekday.dailyMinutes).toBe(30);
    expect(settings.limits.sites.tiktok.weekend.dailyMinutes).toBeNull();
    expect(pending).toEqual([]);
    expect((screen.getByLabelText(TIKTOK_WEEKDAY) as HTMLInputElement).value).toBe('30');
    expect(screen.queryByText(/^Pending:/)).toBeNull();
  });

  test('raising it to 60 waits for the cooling-off delay, shown with the time it takes effect; 30 stays in force', async () => {
    await storeSettings((settings) => {
      settings.limits.sites.tiktok.weekday.dailyMinutes = 30;
    });
    await renderOptions();
    expect((screen.getByLabelText(TIKTOK_WEEKDAY) as HTMLInputElement).value).toBe('30');
    type(TIKTOK_WEEKDAY, '60');
    save();
    const note = await screen.findByText(`Pending: 60 min from ${when(NOW + 24 * HOUR)}`);
    expect(saveStatus()).toMatch(/^Saved\. The looser change waits 24 hr/);
    const input = screen.getByLabelText(TIKTOK_WEEKDAY) as HTMLInputElement;
    expect(input.value).toBe('30');
    expect(input.getAttribute('aria-describedby')).toContain(note.id);
    const value = await stored();
    expect(effectiveSettings(value, NOW).limits.sites.tiktok.weekday.dailyMinutes).toBe(30);
    expect(effectiveSettings(value, NOW + 24 * HOUR).limits.sites.tiktok.weekday.dailyMinutes).toBe(60);
  });

  test('a pending loosening can be withdrawn; focus goes back to its field', async () => {
    await storeWithPending(
      (settings) => {
        settings.limits.sites.tiktok.weekday.dailyMinutes = 30;
      },
      (settings) => {
        settings.limits.sites.tiktok.weekday.dailyMinutes = 60;
      },
    );
    await renderOptions();
    expect(screen.getByText(`Pending: 60 min from ${when(NOW + 23 * HOUR)}`)).toBeTruthy();
    expect(screen.getByText(/One looser change is waiting/)).toBeTruthy();
    fireEvent.click(
      screen.getByRole('button', { name: 'Withdraw the pending change to TikTok, weekdays, Time a day (minutes)' }),
    );
    await waitFor(() => expect(screen.queryByText(/^Pending:/)).toBeNull());
    expect(saveStatus()).toBe('Withdrawn: TikTok, weekdays, Time a day (minutes) stays as it is.');
    expect(document.activeElement).toBe(screen.getByLabelText(TIKTOK_WEEKDAY));
    expect((await stored()).pending).toEqual([]);
    expect(effectiveSettings(await stored(), NOW + 48 * HOUR).limits.sites.tiktok.weekday.dailyMinutes).toBe(30);
  });

  test('a stricter value while a loosening waits applies at once and replaces it', async () => {
    await storeWithPending(
      (settings) => {
        settings.limits.sites.tiktok.weekday.dailyMinutes = 30;
      },
      (settings) => {
        settings.limits.sites.tiktok.weekday.dailyMinutes = 60;
      },
    );
    await renderOptions();
    type(TIKTOK_WEEKDAY, '20');
    save();
    await waitFor(() => expect(saveStatus()).toBe('Saved. In force now.'));
    expect(screen.queryByText(/^Pending:/)).toBeNull();
    const value = await stored();
    expect(value.pending).toEqual([]);
    expect(value.settings.limits.sites.tiktok.weekday.dailyMinutes).toBe(20);
  });

  test('emptying a field means no limit, which is looser and waits', async () => {
    await storeSettings((settings) => {
      settings.limits.all.weekend.dailyVideos = 100;
    });
    await renderOptions();
    type('All sites together, weekends: Videos a day', '');
    save();
    expect(await screen.findByText(`Pending: no limit from ${when(NOW + 24 * HOUR)}`)).toBeTruthy();
    expect((await stored()).settings.limits.all.weekend.dailyVideos).toBe(100);
  });

  test('stricter and looser changes saved together: the stricter now, the looser pending', async () => {
    await renderOptions();
    addSiteLimit('YouTube Shorts');
    type('YouTube Shorts, weekends: Videos a day', '50');
    type('All sites together, weekdays: Break after (minutes in one go)', '40');
    save();
    await screen.findByText(`Pending: 40 min from ${when(NOW + 24 * HOUR)}`);
    expect(saveStatus()).toMatch(/^Saved\. Stricter changes are in force now; looser ones wait 24 hr/);
    const { settings } = await stored();
    expect(settings.limits.sites['youtube-shorts'].weekend.dailyVideos).toBe(50);
    expect(settings.limits.all.weekday.sessionMinutes).toBe(20);
  });

  test('invalid input shows what to enter next to each field, and nothing is saved', async () => {
    await storeSettings((settings) => {
      settings.limits.sites.rednote.weekday.dailyMinutes = 45;
    });
    await renderOptions();
    const before = await stored();
    for (const site of ['TikTok', 'Instagram Reels', 'Facebook Reels']) addSiteLimit(site);
    type(TIKTOK_WEEKDAY, 'abc');
    type('RedNote, weekdays: Time a day (minutes)', '2000');
    type('Instagram Reels, weekends: Videos a day', '12.5');
    type('Facebook Reels, weekdays: Time a day (minutes)', '15'); // valid, but the form as a whole is not
    save();
    await waitFor(() => expect(saveStatus()).toBe('Nothing saved: 3 fields need fixing.'));
    const tiktok = screen.getByLabelText(TIKTOK_WEEKDAY);
    expect(tiktok.getAttribute('aria-invalid')).toBe('true');
    const error = document.getElementById(tiktok.getAttribute('aria-describedby') ?? '');
    expect(error?.textContent).toBe(
      'Enter whole minutes between 0 and 1,440 (0 for none that day), or leave empty for no limit.',
    );
    expect(screen.getByLabelText('RedNote, weekdays: Time a day (minutes)').getAttribute('aria-invalid')).toBe('true');
    expect(
      within(screen.getByLabelText('Instagram Reels, weekends: Videos a day').parentElement as HTMLElement).getByText(
        'Enter a whole number of videos between 0 and 10,000 (0 for none that day), or leave empty for no limit.',
      ),
    ).toBeTruthy();
    expect(
      screen.getByLabelText('Facebook Reels, weekdays: Time a day (minutes)').getAttribute('aria-invalid'),
    ).toBeNull();
    // Focus goes to the first field to fix.
    expect(document.activeElement).toBe(tiktok);
    expect(await stored()).toEqual(before);

    // Fixing a field clears its message; the rest still block saving.
    type(TIKTOK_WEEKDAY, '25');
    expect(screen.getByLabelText(TIKTOK_WEEKDAY).getAttribute('aria-invalid')).toBeNull();
    save();
    await waitFor(() => expect(saveStatus()).toBe('Nothing saved: 2 fields need fixing.'));
    expect(await stored()).toEqual(before);
  });
});
