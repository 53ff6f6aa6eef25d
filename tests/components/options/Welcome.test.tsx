import { fireEvent, screen, waitFor } from '@testing-library/preact';
import { expect, test } from 'vitest';
import { HOUR, NOW, renderOptions, saveChanges, stored, storeSettings, when } from './harness';

const ALL_WEEKDAYS = 'All sites together, weekdays: Time a day (minutes)';
const ALL_WEEKEND_VIDEOS = 'All sites together, weekends: Videos a day';
const radio = (group: string, label: string) =>
  screen.getByRole('group', { name: group }).querySelector(`input[id="${label}"]`) as HTMLInputElement;

test('with #welcome: in three lines what the feed will show, what is counted, and nothing chosen for the person', async () => {
  await renderOptions({ welcome: true });
  const heading = screen.getByRole('heading', { level: 1, name: 'Welcome to Mindful Feed' });
  expect(document.activeElement).toBe(heading);
  const see = screen.getByRole('heading', { name: 'What you will see' }).nextElementSibling as HTMLElement;
  expect([...see.querySelectorAll('li')].map((item) => item.textContent)).toEqual([
    expect.stringMatching(/^Prompts in the feed: .+“I’m done” is always the first choice\.$/),
    expect.stringMatching(/^A “Not interested” key: press Shift\+D on a video/),
    expect.stringMatching(
      /^The Mindful Feed button in the toolbar: today’s time and videos, and what stops the feed next/,
    ),
  ]);
  expect(
    screen.getByText(
      /^Watching time on the TikTok, YouTube Shorts, Instagram Reels, Facebook Reels, and RedNote feeds: only while the tab is visible/,
    ),
  ).toBeTruthy();
  expect(screen.getByText(/^Nothing leaves your device/)).toBeTruthy();
  const choices = (group: string) =>
    [...screen.getByRole('group', { name: group }).querySelectorAll('label')].map((label) => label.textContent);
  expect(choices('Time a day')).toEqual(['30 min', '60 min', '90 min', 'No time limit']);
  expect(choices('Videos a day')).toEqual(['20 videos', '50 videos', '100 videos', 'No video limit']);
  // Nothing is chosen for a new user: no limit is not a default either.
  expect(screen.getAllByRole('radio').filter((choice) => (choice as HTMLInputElement).checked)).toEqual([]);
  expect(screen.getByRole('button', { name: 'Done' })).toBeTruthy();
  expect(screen.getByRole('link', { name: 'All settings' }).getAttribute('href')).toBe('/options.html');
});

test('“Done” saves a time and a videos budget for all feeds at once, says so, and the settings are one link away', async () => {
  const { environment } = await renderOptions({ welcome: true });
  fireEvent.click(radio('Time a day', 'budget-time-60'));
  fireEvent.click(radio('Videos a day', 'budget-videos-20'));
  fireEvent.click(screen.getByRole('button', { name: 'Done' }));
  const allSet = await screen.findByRole('heading', { name: 'All set' });
  expect(document.activeElement).toBe(allSet);
  expect(screen.getByText('Your daily budget for all feeds together: 60 min a day and 20 videos a day.')).toBeTruthy();
  expect(screen.getByText('You can close this tab now. Everything else is in the settings.')).toBeTruthy();
  const value = await stored();
  expect(value.settings.limits.all.weekday).toMatchObject({ dailyMinutes: 60, dailyVideos: 20 });
  expect(value.settings.limits.all.weekend).toMatchObject({ dailyMinutes: 60, dailyVideos: 20 });
  expect(value.pending).toEqual([]);

  fireEvent.click(screen.getByRole('link', { name: 'Go to the settings' }));
  const settingsHeading = await screen.findByRole('heading', { level: 1, name: 'Mindful Feed settings' });
  expect(document.activeElement).toBe(settingsHeading);
  expect(environment.leaveWelcome).toHaveBeenCalledOnce();
  expect((screen.getByLabelText(ALL_WEEKDAYS) as HTMLInputElement).value).toBe('60');
  expect((screen.getByLabelText(ALL_WEEKEND_VIDEOS) as HTMLInputElement).value).toBe('20');
});

test('“Done” with nothing chosen changes nothing, and says there is no budget for now', async () => {
  await renderOptions({ welcome: true });
  const before = await stored();
  fireEvent.click(screen.getByRole('button', { name: 'Done' }));
  await screen.findByRole('heading', { name: 'All set' });
  expect(screen.getByText(/^No daily budget for now/)).toBeTruthy();
  expect(await stored()).toEqual(before);
});

test('a budget looser than one already set (a reinstall with synced settings) waits, and says so', async () => {
  await storeSettings((settings) => {
    settings.limits.all.weekday.dailyMinutes = 30;
    settings.limits.all.weekend.dailyMinutes = 30;
  });
  await renderOptions({ welcome: true });
  expect(radio('Time a day', 'budget-time-30').checked).toBe(true);
  fireEvent.click(radio('Time a day', 'budget-time-90'));
  fireEvent.click(screen.getByRole('button', { name: 'Done' }));
  await waitFor(() =>
    expect(
      screen.getByText(/^Your daily budget for all feeds together: 90 min a day\. Where it is looser/),
    ).toBeTruthy(),
  );
  fireEvent.click(screen.getByRole('link', { name: 'Go to the settings' }));
  await screen.findByRole('heading', { level: 1, name: 'Mindful Feed settings' });
  expect(screen.getAllByText(`Pending: 90 min from ${when(NOW + 24 * HOUR)}`)).toHaveLength(2);
  expect((await stored()).settings.limits.all.weekday.dailyMinutes).toBe(30);
});

test('options.html#welcome opened while the settings show brings the welcome, and what was typed is kept', async () => {
  await renderOptions();
  fireEvent.input(screen.getByLabelText('Snoozes a day'), { target: { value: '1' } });
  window.location.hash = '#welcome';
  window.dispatchEvent(new HashChangeEvent('hashchange'));
  expect(await screen.findByRole('heading', { level: 1, name: 'Welcome to Mindful Feed' })).toBeTruthy();
  fireEvent.click(screen.getByRole('link', { name: 'All settings' }));
  await screen.findByRole('heading', { level: 1, name: 'Mindful Feed settings' });
  expect((screen.getByLabelText('Snoozes a day') as HTMLInputElement).value).toBe('1');
  saveChanges();
  await waitFor(async () => expect((await stored()).settings.snooze.perDay).toBe(1));
  window.location.hash = '';
});

test('without #welcome the settings show straight away', async () => {
  await renderOptions();
  expect(screen.queryByRole('heading', { name: 'Welcome to Mindful Feed' })).toBeNull();
  expect(screen.getByRole('heading', { level: 1, name: 'Mindful Feed settings' })).toBeTruthy();
});
