import { fireEvent, screen, waitFor } from '@testing-library/preact';
import { expect, test } from 'vitest';
import { HOUR, NOW, renderOptions, stored, storeSettings, when } from './harness';

const ALL_WEEKDAYS = 'All sites together, weekdays: Time a day (minutes)';

test('with #welcome: what is counted, that nothing leaves the device, and a daily budget that applies at once', async () => {
  const { environment } = await renderOptions({ welcome: true });
  const heading = screen.getByRole('heading', { level: 1, name: 'Welcome to Mindful Feed' });
  expect(document.activeElement).toBe(heading);
  expect(screen.getByRole('heading', { name: 'What is counted' })).toBeTruthy();
  expect(
    screen.getByText(
      /^Watching time on the TikTok, YouTube Shorts, Instagram Reels, Facebook Reels, and RedNote feeds: only while the tab is visible/,
    ),
  ).toBeTruthy();
  expect(screen.getByRole('heading', { name: 'Nothing leaves your device' })).toBeTruthy();
  const choices = screen.getAllByRole('radio').map((radio) => radio.parentElement?.textContent);
  expect(choices).toEqual(['30 min', '60 min', '90 min', 'No limit for now']);
  expect((screen.getByLabelText('No limit for now') as HTMLInputElement).checked).toBe(true);

  fireEvent.click(screen.getByLabelText('60 min'));
  fireEvent.click(screen.getByRole('button', { name: 'Save and go to settings' }));

  const settingsHeading = await screen.findByRole('heading', { level: 1, name: 'Mindful Feed settings' });
  expect(document.activeElement).toBe(settingsHeading);
  expect(
    screen
      .getByText('Your daily budget of 60 min for all feeds together is set. You can change it under Limits.')
      .getAttribute('role'),
  ).toBe('status');
  expect(environment.leaveWelcome).toHaveBeenCalledOnce();
  const value = await stored();
  expect(value.settings.limits.all.weekday.dailyMinutes).toBe(60);
  expect(value.settings.limits.all.weekend.dailyMinutes).toBe(60);
  expect(value.pending).toEqual([]);
  expect((screen.getByLabelText(ALL_WEEKDAYS) as HTMLInputElement).value).toBe('60');
});

test('“No limit for now” goes to the settings and changes nothing', async () => {
  await renderOptions({ welcome: true });
  const before = await stored();
  fireEvent.click(screen.getByRole('button', { name: 'Save and go to settings' }));
  await screen.findByRole('heading', { level: 1, name: 'Mindful Feed settings' });
  expect(screen.getByText(/^No daily budget for now/)).toBeTruthy();
  expect(await stored()).toEqual(before);
});

test('a budget looser than one already set (a reinstall with synced settings) waits, and says so', async () => {
  await storeSettings((settings) => {
    settings.limits.all.weekday.dailyMinutes = 30;
    settings.limits.all.weekend.dailyMinutes = 30;
  });
  await renderOptions({ welcome: true });
  expect((screen.getByLabelText('30 min') as HTMLInputElement).checked).toBe(true);
  fireEvent.click(screen.getByLabelText('90 min'));
  fireEvent.click(screen.getByRole('button', { name: 'Save and go to settings' }));
  await waitFor(() => expect(screen.getByText(/^Your new daily budget \(90 min\) is looser/)).toBeTruthy());
  expect(screen.getAllByText(`Pending: 90 min from ${when(NOW + 24 * HOUR)}`)).toHaveLength(2);
  expect((await stored()).settings.limits.all.weekday.dailyMinutes).toBe(30);
});

test('without #welcome the settings show straight away', async () => {
  await renderOptions();
  expect(screen.queryByRole('heading', { name: 'Welcome to Mindful Feed' })).toBeNull();
  expect(screen.getByRole('heading', { level: 1, name: 'Mindful Feed settings' })).toBeTruthy();
});
