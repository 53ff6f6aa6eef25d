import { fireEvent, screen, waitFor, within } from '@testing-library/preact';
import { describe, expect, test } from 'vitest';
import { styleName } from '../../../components/styleNames';
import { enrol } from '../../../lib/experiment/state';
import { writeExperiment } from '../../../lib/experiment/store';
import { effectiveSettings } from '../../../lib/settings/commitment';
import { setLanguage } from '../../i18n';
import { HOUR, NOW, renderOptions, saveChanges, saveStatus, section, stored, storeSettings, when } from './harness';

const input = (label: string) => screen.getByLabelText(label) as HTMLInputElement;
const type = (label: string, value: string) => fireEvent.input(input(label), { target: { value } });
const click = (label: string) => fireEvent.click(input(label));
const save = (_section: string) => saveChanges();
const tomorrow = when(NOW + 24 * HOUR);

describe('sites', () => {
  test('turning a site off is a loosening: it shows as pending and the site stays on until then', async () => {
    await renderOptions();
    const sites = section('Sites');
    expect(
      within(sites)
        .getAllByRole('checkbox')
        .map((box) => (box as HTMLInputElement).checked),
    ).toEqual([true, true, true, true, true]);
    click('RedNote');
    save('Save sites');
    const note = await within(sites).findByText(`Pending: off from ${tomorrow}`);
    expect(input('RedNote').checked).toBe(true);
    expect(input('RedNote').getAttribute('aria-describedby')).toContain(note.id);
    const value = await stored();
    expect(value.settings.sites.rednote.enabled).toBe(true);
    expect(effectiveSettings(value, NOW + 24 * HOUR).sites.rednote.enabled).toBe(false);
  });

  test('turning a site back on is stricter and applies at once', async () => {
    await storeSettings((settings) => {
      settings.sites.tiktok.enabled = false;
    });
    await renderOptions();
    click('TikTok');
    save('Save sites');
    await waitFor(() => expect(saveStatus()).toBe('Saved. In force now.'));
    expect((await stored()).settings.sites.tiktok.enabled).toBe(true);
  });
});

describe('quiet hours', () => {
  test('turning them on for chosen nights applies at once; the note explains which nights', async () => {
    await renderOptions();
    const quiet = section('Quiet hours');
    expect(within(quiet).getByText(/Tick the nights the quiet period starts on/)).toBeTruthy();
    const nights = within(quiet).getByRole('group', { name: 'Nights it starts' });
    expect(nights.getAttribute('aria-describedby')).toBeTruthy();
    click('Use quiet hours');
    type('Starts at', '22:30');
    type('Ends at', '06:30');
    click('Thursday'); // school nights without Thursday: Sunday to Wednesday
    save('Save quiet hours');
    await waitFor(() => expect(saveStatus()).toBe('Saved. In force now.'));
    expect((await stored()).settings.quietHours).toEqual({
      enabled: true,
      start: '22:30',
      end: '06:30',
      days: [0, 1, 2, 3],
    });
  });

  test('giving up a night is looser: the old quiet hours stay until the new ones take over', async () => {
    await storeSettings((settings) => {
      settings.quietHours = { enabled: true, start: '23:00', end: '07:00', days: [0, 1, 2, 3, 4] };
    });
    await renderOptions();
    click('Sunday');
    save('Save quiet hours');
    const note = await within(section('Quiet hours')).findByText(/^Pending: .+, starting .+ from /);
    expect(note.textContent).toContain(`from ${tomorrow}`);
    expect(note.textContent).not.toContain('Sun,');
    expect(input('Sunday').checked).toBe(true);
    expect((await stored()).settings.quietHours.days).toEqual([0, 1, 2, 3, 4]);
    fireEvent.click(screen.getByRole('button', { name: 'Withdraw the pending change to quiet hours' }));
    await waitFor(() => expect(screen.queryByText(/^Pending:/)).toBeNull());
    expect(document.activeElement).toBe(input('Use quiet hours'));
  });

  test('quiet hours on with no night, or without a time, are refused with what to do', async () => {
    await renderOptions();
    const before = await stored();
    click('Use quiet hours');
    for (const day of ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday']) click(day);
    type('Ends at', '');
    save('Save quiet hours');
    await waitFor(() => expect(saveStatus()).toBe('Nothing saved: 2 fields need fixing.'));
    expect(screen.getByText('Tick at least one night, or turn quiet hours off.')).toBeTruthy();
    expect(screen.getByText('Enter a time of day as hours and minutes, for example 11:00 PM.')).toBeTruthy();
    expect(input('Ends at').getAttribute('aria-invalid')).toBe('true');
    expect(input('Sunday').getAttribute('aria-invalid')).toBe('true');
    expect(await stored()).toEqual(before);
  });
});

describe('prompts', () => {
  test('the intention check is off by default, and the page says why', async () => {
    await renderOptions();
    const box = input('Ask what I came for at the start of a session');
    expect(box.checked).toBe(false);
    expect(document.getElementById(box.getAttribute('aria-describedby') ?? '')?.textContent).toMatch(
      /Off by default: a message on its own changes little/,
    );
  });

  test('turning the intention check on applies at once; turning the breathing pause off waits', async () => {
    await renderOptions();
    click('Ask what I came for at the start of a session');
    click('Pause for a breath when a session runs long');
    type('Also show it every so many videos (empty: never)', '30');
    save('Save prompts');
    await within(section('Prompts')).findByText(`Pending: off from ${tomorrow}`);
    const { settings } = await stored();
    expect(settings.prompts).toMatchObject({ intention: true, breathing: true, nudgeEveryVideos: 30 });
  });

  test('numbers outside what the prompts accept are refused', async () => {
    await renderOptions();
    const before = await stored();
    type('Show it when a daily budget is this far used (%)', '40');
    type('Length of the breath (seconds)', '');
    save('Save prompts');
    await waitFor(() => expect(saveStatus()).toBe('Nothing saved: 2 fields need fixing.'));
    expect(screen.getByText('Enter a whole percentage between 50 and 95.')).toBeTruthy();
    expect(screen.getByText('Enter whole seconds between 3 and 60.')).toBeTruthy();
    expect(await stored()).toEqual(before);
  });
});

describe('the prompt settings while an experiment runs', () => {
  const started = () =>
    enrol(['slow-and-grey', 'nudges-only'], { now: NOW - 48 * HOUR, timeZone: 'Europe/Berlin', seed: 6 });

  test('say in one line that today the experiment’s style is used instead of them', async () => {
    const experiment = started();
    await writeExperiment(experiment);
    await renderOptions();
    const style = styleName(experiment.assignments[2]?.style ?? '') ?? '';
    const line = await within(section('Prompts')).findByText(/^Your experiment is on: today, day 3 of 14/);
    expect(line.textContent).toContain(`its style “${style}” is used instead of the prompt settings below`);
    expect(within(line).getByRole('link', { name: 'See the experiment' }).getAttribute('href')).toBe(
      '/insights.html#experiment',
    );
  });

  test('say nothing of it once the experiment is stopped', async () => {
    await writeExperiment({ ...started(), stoppedAt: NOW - HOUR });
    await renderOptions();
    expect(within(section('Prompts')).queryByText(/^Your experiment is on/)).toBeNull();
  });

  test('in Chinese', async () => {
    setLanguage('zh_CN');
    try {
      await writeExperiment(started());
      await renderOptions();
      expect(await screen.findByText(/^你的实验正在进行：今天（第 3 天，共 14 天）使用“/)).toBeTruthy();
    } finally {
      setLanguage('en');
    }
  });
});

describe('snoozes and cooling-off', () => {
  test('more snoozes and a shorter cooling-off wait; a shorter snooze applies at once', async () => {
    await renderOptions();
    const snoozes = section('Snoozes and cooling-off');
    expect(input('Snoozes a day').value).toBe('2');
    type('Snooze length (minutes)', '3');
    type('Snoozes a day', '4');
    type('Cooling-off delay (hours)', '1');
    save('Save snoozes and cooling-off');
    await within(snoozes).findByText(`Pending: 4 a day from ${tomorrow}`);
    expect(within(snoozes).getByText(/^Pending: 1 hr from /)).toBeTruthy();
    const value = await stored();
    expect(value.settings.snooze).toEqual({ minutes: 3, perDay: 2 });
    expect(value.settings.coolingOffHours).toBe(24);
  });

  test('the cooling-off delay is at most a week', async () => {
    await renderOptions();
    type('Cooling-off delay (hours)', '200');
    save('Save snoozes and cooling-off');
    expect(await screen.findByText('Enter whole hours between 0 and 168 (one week).')).toBeTruthy();
  });
});

describe('clips sent to me, and friction over budget', () => {
  test('clips sent to me play after my limit by default; turning that off covers them at once', async () => {
    await renderOptions();
    expect(input('Let clips sent to me play after my limit').checked).toBe(true);
    click('Let clips sent to me play after my limit');
    save('Save prompts');
    await waitFor(() => expect(saveStatus()).toBe('Saved. In force now.'));
    expect((await stored()).settings.sharedClips.playAfterLimit).toBe(false);
  });

  test('"Slow down and grey out instead" of the cover is looser: it waits the cooling-off delay', async () => {
    await renderOptions();
    // Folded away by default (the page stays short), open once a change in it waits.
    const more = () => screen.getByText('Clips sent to me, and friction when I’m over budget').closest('details');
    expect(more()?.open).toBe(false);
    expect(screen.getByRole('group', { name: 'When I’m over my budget' })).toBeTruthy();
    const group = screen.getByRole('group', { name: 'What happens then' });
    const radios = within(group).getAllByRole('radio') as HTMLInputElement[];
    expect(radios.map((radio) => radio.checked)).toEqual([true, false, false]);
    click('Slow down and grey out instead');
    save('Save prompts');
    await within(section('Prompts')).findByText(`Pending: slow down and grey out from ${tomorrow}`);
    expect(more()?.open).toBe(true);
    const value = await stored();
    expect(value.settings.friction.overBudget).toBe('cover');
    expect(effectiveSettings(value, NOW + 24 * HOUR).friction.overBudget).toBe('slow-down');
  });

  test('a longer wait before each next video applies at once; out of range it says what to enter', async () => {
    await renderOptions();
    const wait = 'Each next video waits (seconds; empty: no wait)';
    expect(input(wait).value).toBe('3');
    type(wait, '45');
    save('Save prompts');
    expect(await screen.findByText('Enter whole seconds between 1 and 30, or leave empty for no wait.')).toBeTruthy();
    type(wait, '5');
    save('Save prompts');
    await waitFor(() => expect(saveStatus()).toBe('Saved. In force now.'));
    expect((await stored()).settings.friction.slowSwipeSeconds).toBe(5);
  });
});
