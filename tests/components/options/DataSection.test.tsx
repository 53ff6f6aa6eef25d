import { fireEvent, screen, waitFor, within } from '@testing-library/preact';
import { describe, expect, test } from 'vitest';
import { enrol } from '../../../lib/experiment/state';
import { readExperiment } from '../../../lib/experiment/store';
import { parseExport } from '../../../lib/export/format';
import { everything, exportDocument, seedUsage } from '../../unit/data/seed';
import { type Harness, HOUR, NOW, renderOptions, section, statusIn, stored, storeSettings } from './harness';

const data = () => section('Your data');
const button = (name: string | RegExp) => screen.getByRole('button', { name });
const fileInput = () => screen.getByLabelText('Export file to import') as HTMLInputElement;

async function withUsage(): Promise<Harness> {
  const harness = await renderOptions();
  await seedUsage(harness.db);
  return harness;
}

async function choose(text: string, name = 'backup.json') {
  const file = new File([text], name, { type: 'application/json' });
  fireEvent.change(fileInput(), { target: { files: [file] } });
  await waitFor(() => expect(fileInput().getAttribute('aria-describedby')).toBeTruthy());
  await waitFor(() => expect(screen.queryByText('Reading the file…')).toBeNull());
}

describe('export', () => {
  test('downloads everything as mindful-feed-<local date>.json, a file the import reads back', async () => {
    const { downloads } = await withUsage();
    fireEvent.click(button('Export data (JSON)'));
    await waitFor(() => expect(downloads).toHaveLength(1));
    const [download] = downloads;
    expect(download?.name).toBe('mindful-feed-2026-06-02.json');
    expect(download?.file.type).toBe('application/json');
    const parsed = parseExport((await download?.file.text()) ?? '');
    expect(parsed.ok).toBe(true);
    expect(parsed.ok && parsed.document.days.map((day) => `${day.date} ${day.site}`)).toEqual([
      '2026-06-01 tiktok',
      '2026-06-02 tiktok',
      '2026-06-02 youtube-shorts',
    ]);
    expect(parsed.ok && parsed.document.settings).toEqual((await stored()).settings);
    expect(statusIn(data())).toBe('Exported mindful-feed-2026-06-02.json.');
  });

  test('the CSV has a header and one row per day and site', async () => {
    const { downloads } = await withUsage();
    fireEvent.click(button('Export daily rows (CSV)'));
    await waitFor(() => expect(downloads).toHaveLength(1));
    expect(downloads[0]?.name).toBe('mindful-feed-2026-06-02.csv');
    const lines = ((await downloads[0]?.file.text()) ?? '').trim().split('\r\n');
    expect(lines[0]).toBe(
      'date,site,activeSeconds,videos,sessions,notInterested,promptsShown,left,continued,snoozed,overrides',
    );
    expect(lines.slice(1)).toEqual([
      '2026-06-01,tiktok,600,3,1,0,0,0,0,0,0',
      '2026-06-02,tiktok,300,1,1,1,2,1,0,1,0',
      '2026-06-02,youtube-shorts,120,2,1,0,0,0,0,0,0',
    ]);
  });
});

describe('import', () => {
  const good = exportDocument([{ date: '2026-06-01', site: 'tiktok', activeSeconds: 60 }]);
  const withDay = (change: Record<string, unknown>) =>
    JSON.stringify({ ...good, days: [{ ...good.days[0], ...change }] });
  const badFiles: [string, string, string][] = [
    [
      'not JSON',
      'mindful feed, 2 June: 12 minutes',
      'This file is not JSON, so it is not a Mindful Feed export. Choose the file that “Export data (JSON)” saved.',
    ],
    [
      'another app’s format',
      JSON.stringify({ ...good, format: 'leechblock-export' }),
      'This file is not a Mindful Feed export. Choose the file that “Export data (JSON)” saved.',
    ],
    [
      'a newer version',
      JSON.stringify({ ...good, version: 3 }),
      'This file was made by a newer version of Mindful Feed. Update the extension, then import it again.',
    ],
    [
      'a negative time',
      withDay({ activeSeconds: -60 }),
      'Row 1 (June 1, 2026, TikTok): watching time can’t be negative.',
    ],
    [
      'an absurd time',
      withDay({ activeSeconds: 200_000 }),
      'Row 1 (June 1, 2026, TikTok): watching time can’t be more than 25 hours.',
    ],
    [
      'an absurd count',
      withDay({ videos: 5_000_000 }),
      'Row 1 (June 1, 2026, TikTok): the number of videos can’t be more than 1,000,000.',
    ],
    ['a wrong date', withDay({ date: '2026-13-01' }), 'Row 1 (TikTok): “2026-13-01” is not a date of the calendar.'],
    [
      'a date to come',
      JSON.stringify(exportDocument([{ date: '2027-01-01', site: 'tiktok', activeSeconds: 5 }])),
      'Row 1 (January 1, 2027, TikTok): this day has not happened yet.',
    ],
  ];

  test.each(badFiles)(
    'a file with %s is refused with its problem, and nothing changes',
    async (_kind, text, problem) => {
      const { db } = await withUsage();
      const before = await everything(db);
      const settingsBefore = await stored();
      await choose(text);
      expect(fileInput().getAttribute('aria-invalid')).toBe('true');
      const message = document.getElementById(fileInput().getAttribute('aria-describedby') ?? '');
      expect(message?.textContent).toBe(`Nothing was imported. ${problem}`);
      expect(message?.getAttribute('role')).toBe('status');
      fireEvent.click(button('Import'));
      // The import button's status says it again, where the focus returns to the file field.
      const said = () =>
        within(data())
          .getAllByRole('status')
          .filter((r) => r.textContent === message?.textContent);
      await waitFor(() => expect(said()).toHaveLength(2));
      expect(document.activeElement).toBe(fileInput());
      // Replace mode too: a bad file never reaches the confirmation.
      fireEvent.click(screen.getByLabelText('Replace all data here'));
      fireEvent.click(button('Import'));
      expect(screen.queryByRole('button', { name: 'Replace all data' })).toBeNull();
      expect(await everything(db)).toEqual(before);
      expect(await stored()).toEqual(settingsBefore);
    },
  );

  test('a file far larger than an export is refused by its size, before it is read', async () => {
    const { db } = await withUsage();
    const before = await everything(db);
    const video = new File(['not read'], 'holiday.mp4', { type: 'video/mp4' });
    let read = false;
    Object.defineProperties(video, {
      size: { value: 731.4 * 1024 * 1024 },
      text: {
        value: () => {
          read = true;
          return Promise.resolve('');
        },
      },
    });
    fireEvent.change(fileInput(), { target: { files: [video] } });
    await waitFor(() => expect(fileInput().getAttribute('aria-invalid')).toBe('true'));
    const message = document.getElementById(fileInput().getAttribute('aria-describedby') ?? '');
    expect(message?.textContent).toBe(
      'Nothing was imported. This file is 731.4 MB, larger than any Mindful Feed export can be (100 MB at most). ' +
        'Choose the file that “Export data (JSON)” saved.',
    );
    expect(read).toBe(false);
    fireEvent.click(button('Import'));
    await waitFor(() => expect(statusIn(data())).toMatch(/^Nothing was imported\. This file is 731\.4 MB/));
    expect(await everything(db)).toEqual(before);
  });

  test('importing with no file chosen asks for one', async () => {
    await renderOptions();
    fireEvent.click(button('Import'));
    await waitFor(() => expect(statusIn(data())).toBe('Choose a Mindful Feed export file first.'));
  });

  test('merging a file with an overlapping day keeps the larger record instead of adding them up', async () => {
    const { db } = await withUsage();
    await choose(
      JSON.stringify(
        exportDocument([
          { date: '2026-06-01', site: 'tiktok', activeSeconds: 600, videos: 3 }, // the same day again
          { date: '2026-06-02', site: 'tiktok', activeSeconds: 420, videos: 7 }, // more than here
          { date: '2026-05-31', site: 'rednote', activeSeconds: 90, videos: 2 }, // new
        ]),
      ),
    );
    expect(screen.getByText(/^Ready to import 3 daily records, /).getAttribute('role')).toBe('status');
    expect((screen.getByLabelText('Merge with the data here') as HTMLInputElement).checked).toBe(true);
    fireEvent.click(button('Import'));
    await waitFor(() =>
      expect(statusIn(data())).toBe(
        'Merged: 1 daily record added, 1 updated where the file had more time, 1 kept as they were.',
      ),
    );
    const days = await db.getAll('days');
    expect(days.map((day) => [day.date, day.site, day.activeMs / 1000, day.videos])).toEqual([
      ['2026-05-31', 'rednote', 90, 2],
      ['2026-06-01', 'tiktok', 600, 3],
      ['2026-06-02', 'tiktok', 420, 7],
      ['2026-06-02', 'youtube-shorts', 120, 2],
    ]);
    expect(fileInput().value).toBe('');
  });

  test('a version 2 file: the message says which "worth it" answers and whether the experiment came back', async () => {
    const { db } = await withUsage();
    const experiment = enrol(['slow-and-grey', 'ask-first'], {
      now: NOW - 48 * HOUR,
      timeZone: 'Europe/Berlin',
      seed: 2,
    });
    const answer = (hoursAgo: number, value: 'worth' | 'so-so') => ({
      sessionStart: new Date(NOW - hoursAgo * HOUR).toISOString(),
      sessionEnd: new Date(NOW - hoursAgo * HOUR + 600_000).toISOString(),
      activeSeconds: 600,
      answer: value,
    });
    const file = {
      ...exportDocument([{ date: '2026-05-31', site: 'rednote', activeSeconds: 90 }]),
      version: 2 as const,
      worthIt: [answer(30, 'worth'), answer(5, 'so-so')],
      experiment: {
        styles: experiment.styles,
        seed: experiment.seed,
        enrolledAt: new Date(experiment.enrolledAt).toISOString(),
        startDate: experiment.startDate,
        assignments: experiment.assignments,
        stoppedAt: null,
        adopted: null,
        results: [],
        verdict: 'too-early' as const,
      },
    };
    await choose(JSON.stringify(file));
    fireEvent.click(button('Import'));
    await waitFor(() =>
      expect(statusIn(data())).toBe(
        'Merged: 1 daily record added, 0 updated where the file had more time, 0 kept as they were. ' +
          '“Was that worth it?” answers restored: 2. Your experiment is back, with its days and styles.',
      ),
    );
    expect((await db.getAll('worthIt')).map((row) => row.answer)).toEqual(['worth', 'so-so']);
    expect((await readExperiment())?.assignments).toEqual(experiment.assignments);
    await choose(JSON.stringify(file));
    fireEvent.click(button('Import'));
    await waitFor(() =>
      expect(statusIn(data())).toBe(
        'Merged: 0 daily records added, 0 updated where the file had more time, 1 kept as they were. ' +
          '“Was that worth it?” answers: 0 of the file’s 2 taken; the others were here already. ' +
          'The experiment in the file was not restored: the one here stays.',
      ),
    );
  });

  test('replacing asks first; cancelling changes nothing, confirming keeps only the file’s data', async () => {
    const { db } = await withUsage();
    const before = await everything(db);
    const file = JSON.stringify(exportDocument([{ date: '2026-05-31', site: 'rednote', activeSeconds: 90 }]));
    await choose(file);
    fireEvent.click(screen.getByLabelText('Replace all data here'));
    fireEvent.click(button('Import'));
    const question = await screen.findByRole('group', {
      name: /^Replace the 3 daily records here with the file’s 1 daily record\?/,
    });
    expect(document.activeElement).toBe(question);
    expect(await everything(db)).toEqual(before);

    fireEvent.click(within(question).getByRole('button', { name: 'Cancel' }));
    await waitFor(() => expect(statusIn(data())).toMatch(/Cancelled\. Nothing was changed\.$/));
    expect(screen.queryByRole('group', { name: /^Replace/ })).toBeNull();
    expect(document.activeElement).toBe(button('Import'));
    expect(await everything(db)).toEqual(before);

    fireEvent.click(button('Import'));
    fireEvent.click(await screen.findByRole('button', { name: 'Replace all data' }));
    await waitFor(() =>
      expect(statusIn(data())).toBe('Replaced: your data is now the file’s 1 daily record (3 daily records deleted).'),
    );
    expect((await db.getAll('days')).map((day) => [day.date, day.site])).toEqual([['2026-05-31', 'rednote']]);
    expect((await db.getAll('totals')).map((total) => total.date)).toEqual(['2026-05-31']);
  });

  test('Escape closes the confirmation like Cancel', async () => {
    const { db } = await withUsage();
    const before = await everything(db);
    await choose(JSON.stringify(good));
    fireEvent.click(screen.getByLabelText('Replace all data here'));
    fireEvent.click(button('Import'));
    const question = await screen.findByRole('group', { name: /^Replace/ });
    fireEvent.keyDown(question, { key: 'Escape' });
    await waitFor(() => expect(screen.queryByRole('group', { name: /^Replace/ })).toBeNull());
    expect(await everything(db)).toEqual(before);
  });
});

describe('delete all data', () => {
  test('asks first, then empties the database and keeps the settings', async () => {
    await storeSettings((settings) => {
      settings.limits.sites.tiktok.weekday.dailyMinutes = 30;
    });
    const { db } = await withUsage();
    const settingsBefore = await stored();
    fireEvent.click(button('Delete all data…'));
    const question = await screen.findByRole('group', { name: /^Delete everything Mindful Feed has counted/ });
    expect(document.activeElement).toBe(question);
    expect((await db.getAll('days')).length).toBe(3);
    fireEvent.click(within(question).getByRole('button', { name: 'Delete all data' }));
    await waitFor(() => expect(statusIn(data())).toBe('All data deleted. Your settings are kept.'));
    expect(Object.values(await everything(db)).every((rows) => rows.length === 0)).toBe(true);
    expect(await stored()).toEqual(settingsBefore);
    expect(document.activeElement).toBe(button('Delete all data…'));
  });

  test('cancelling deletes nothing', async () => {
    const { db } = await withUsage();
    const before = await everything(db);
    fireEvent.click(button('Delete all data…'));
    fireEvent.click(await screen.findByRole('button', { name: 'Cancel' }));
    await waitFor(() => expect(statusIn(data())).toBe('Cancelled. Nothing was changed.'));
    expect(await everything(db)).toEqual(before);
  });

  test('with “reset settings” ticked, settings go back to the defaults under the cooling-off rules', async () => {
    await storeSettings((settings) => {
      settings.snooze.perDay = 5; // back to 2: stricter, at once
      settings.prompts.intention = true; // back to off: looser, waits
    });
    const { db } = await withUsage();
    expect((screen.getByLabelText('Snoozes a day') as HTMLInputElement).value).toBe('5');
    fireEvent.click(button('Delete all data…'));
    fireEvent.click(await screen.findByLabelText('Also reset my settings to the defaults'));
    fireEvent.click(button('Delete all data'));
    await waitFor(() => expect(statusIn(data())).toMatch(/^All data deleted, and your settings are going back/));
    expect(await db.getAll('days')).toEqual([]);
    const value = await stored();
    expect(value.settings.snooze.perDay).toBe(2);
    expect(value.pending.map((change) => change.path)).toEqual(['prompts.intention']);
    // The forms show what is in force now.
    expect((screen.getByLabelText('Snoozes a day') as HTMLInputElement).value).toBe('2');
    expect(screen.getByText(/^Pending: off from /)).toBeTruthy();
  });
});
