import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/preact';
import { describe, expect, test } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import {
  addSiteLimit,
  HOUR,
  NOW,
  renderOptions,
  saveChanges,
  saveStatus,
  section,
  stored,
  storeSettings,
  storeWithPending,
  when,
} from './harness';

const input = (label: string) => screen.getByLabelText(label) as HTMLInputElement;
const type = (label: string, value: string) => fireEvent.input(input(label), { target: { value } });
/** What a browser does before it leaves the page: true when the page asks the person first. */
function leavingAsks(): boolean {
  const event = new Event('beforeunload', { cancelable: true });
  window.dispatchEvent(event);
  return event.defaultPrevented;
}

describe('nothing typed is lost', () => {
  test('the Save the person presses keeps every change on the page, and a reload shows them', async () => {
    await renderOptions();
    type('Snoozes a day', '1');
    type('All sites together, weekdays: Videos a day', '3');
    // Whichever Save the person finds first: there used to be one per section, each saving only its own fields.
    fireEvent.click(screen.getAllByRole('button', { name: /^Save/ })[0] as HTMLElement);
    await waitFor(async () => expect((await stored()).settings.snooze.perDay).toBe(1));
    expect((await stored()).settings.limits.all.weekday.dailyVideos).toBe(3);

    cleanup();
    await renderOptions();
    expect(input('Snoozes a day').value).toBe('1');
    expect(input('All sites together, weekdays: Videos a day').value).toBe('3');
  });

  test('leaving with changes not saved asks first; once they are saved it does not', async () => {
    await renderOptions();
    expect(leavingAsks()).toBe(false);
    type('Snoozes a day', '1');
    expect(leavingAsks()).toBe(true);
    expect(screen.getByText('1 change not saved yet')).toBeTruthy();
    saveChanges();
    await waitFor(() => expect(saveStatus()).toBe('Saved. In force now.'));
    expect(leavingAsks()).toBe(false);
    expect(screen.queryByText(/not saved yet/)).toBeNull();
  });

  test('a field to fix keeps the rest of what was typed, and saving waits until it is fixed', async () => {
    await renderOptions();
    const before = await stored();
    type('Snoozes a day', '1');
    type('Length of the breath (seconds)', '600');
    saveChanges();
    await waitFor(() => expect(saveStatus()).toBe('Nothing saved: 1 field needs fixing.'));
    expect(document.activeElement).toBe(input('Length of the breath (seconds)'));
    expect(await stored()).toEqual(before);
    expect(input('Snoozes a day').value).toBe('1');
    expect(leavingAsks()).toBe(true);
    type('Length of the breath (seconds)', '20');
    saveChanges();
    await waitFor(() => expect(saveStatus()).toBe('Saved. In force now.'));
    expect((await stored()).settings.snooze.perDay).toBe(1);
    expect((await stored()).settings.prompts.breathSeconds).toBe(20);
  });

  test('a looser change saved with the rest still waits for the cooling-off delay', async () => {
    await renderOptions();
    type('Snoozes a day', '4');
    type('Snooze length (minutes)', '3');
    saveChanges();
    expect(await screen.findByText(`Pending: 4 a day from ${when(NOW + 24 * HOUR)}`)).toBeTruthy();
    expect((await stored()).settings.snooze).toEqual({ minutes: 3, perDay: 2 });
    await waitFor(() => expect(leavingAsks()).toBe(false));
  });
});

describe('a short page', () => {
  test('the all-feeds budget comes first; a site’s own limits show once set, or once added', async () => {
    await storeSettings((settings) => {
      settings.limits.sites.rednote.weekday.dailyVideos = 10;
    });
    await renderOptions();
    const firstSection = document.querySelector('form section');
    expect(firstSection?.id).toBe('limits');
    const limits = section('Limits');
    const legends = () => [...limits.querySelectorAll('legend')].map((legend) => legend.textContent);
    expect(legends()).toEqual(['All sites together', 'RedNote']);
    expect(within(limits).getAllByRole('textbox')[0]).toBe(input('All sites together, weekdays: Time a day (minutes)'));
    expect(screen.queryByLabelText('TikTok, weekdays: Time a day (minutes)')).toBeNull();

    fireEvent.click(screen.getByRole('button', { name: 'Add a limit for one site…' }));
    const choices = screen.getByRole('group', { name: 'Which site?' });
    expect(document.activeElement).toBe(choices);
    expect(
      within(choices)
        .getAllByRole('button')
        .map((button) => button.textContent),
    ).toEqual(['TikTok', 'YouTube Shorts', 'Instagram Reels', 'Facebook Reels', 'Cancel']);
    fireEvent.click(within(choices).getByRole('button', { name: 'Cancel' }));
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Add a limit for one site…' }));
    addSiteLimit('TikTok');
    expect(legends()).toEqual(['All sites together', 'TikTok', 'RedNote']);
    expect(document.activeElement).toBe(input('TikTok, weekdays: Time a day (minutes)'));
  });

  test('a site whose only limit is a pending removal still shows it, with its note', async () => {
    await storeWithPending(
      (settings) => {
        settings.limits.sites.tiktok.weekend.dailyMinutes = 30;
      },
      (settings) => {
        settings.limits.sites.tiktok.weekend.dailyMinutes = null;
      },
    );
    await renderOptions();
    expect(input('TikTok, weekends: Time a day (minutes)').value).toBe('30');
    expect(screen.getByText(`Pending: no limit from ${when(NOW + 23 * HOUR)}`)).toBeTruthy();
  });

  test('a short table of contents reaches every section', async () => {
    await renderOptions();
    const links = within(screen.getByRole('navigation', { name: 'Sections' })).getAllByRole('link');
    expect(links.map((link) => link.textContent)).toEqual([
      'Limits',
      'Quiet hours',
      'Prompts',
      'Snoozes',
      'Sites',
      'Shortcut',
      'Your browsers',
      'Your data',
    ]);
    for (const link of links) expect(document.getElementById(link.getAttribute('href')?.slice(1) ?? '')).toBeTruthy();
  });
});

describe('words', () => {
  test('a budget of 0 is none that day: stricter than any, so it applies at once', async () => {
    await renderOptions();
    type('All sites together, weekends: Videos a day', '0');
    saveChanges();
    await waitFor(() => expect(saveStatus()).toBe('Saved. In force now.'));
    expect((await stored()).settings.limits.all.weekend.dailyVideos).toBe(0);
    type('All sites together, weekends: Videos a day', '5');
    saveChanges();
    expect(await screen.findByText(`Pending: 5 videos from ${when(NOW + 24 * HOUR)}`)).toBeTruthy();
  });

  test.each([
    ['en-US', 'For 11:00 PM to 7:00 AM on school nights', 'for example 11:00 PM.'],
    ['en-GB', 'For 23:00 to 7:00 on school nights', 'for example 23:00.'],
  ])('quiet hours’ help is written in the person’s own clock (%s)', async (language, help, example) => {
    Object.assign(fakeBrowser.i18n, { getUILanguage: () => language });
    await renderOptions();
    expect(within(section('Quiet hours')).getByText(new RegExp(help))).toBeTruthy();
    type('Ends at', '');
    saveChanges();
    await waitFor(() => expect(screen.getByText(new RegExp(example.replace('.', '\\.')))).toBeTruthy());
  });
});
