import { fireEvent, render, screen } from '@testing-library/preact';
import { vi } from 'vitest';
import { browser } from 'wxt/browser';
import { uiLocale } from '../../../components/i18n';
import { OptionsApp } from '../../../components/OptionsApp';
import type { OptionsEnvironment } from '../../../components/options/environment';
import { strings } from '../../../components/options/strings';
import { browserEnvironment } from '../../../entrypoints/options/environment';
import { dataActions } from '../../../lib/data/actions';
import type { Database } from '../../../lib/db/database';
import { NOT_INTERESTED_COMMAND } from '../../../lib/messaging/commands';
import { proposeSettings, type StoredSettings } from '../../../lib/settings/commitment';
import { defaultSettings, type Settings } from '../../../lib/settings/schema';
import { readStoredSettings, writeStoredSettings } from '../../../lib/settings/store';
import { freshDatabase, NOW, TIME_ZONE } from '../../unit/data/seed';

export { NOW };
export const HOUR = 3_600_000;

// The promise form of the API (the browser types also declare a callback form, which vi.spyOn would pick).
type Commands = { getAll(): Promise<{ name?: string; shortcut?: string; description?: string }[]> };

/** WXT's fake browser has no commands: answer as Chrome does for the manifest's command. */
export function answerShortcut(shortcut: string) {
  vi.spyOn(browser.commands as unknown as Commands, 'getAll').mockResolvedValue([
    { name: NOT_INTERESTED_COMMAND, shortcut, description: 'Not interested in the video on screen' },
  ]);
}

export interface Harness {
  db: Database;
  environment: OptionsEnvironment;
  /** Files the page handed to the browser to download. */
  downloads: { name: string; file: Blob }[];
}

/**
 * The options page as the browser shows it: real settings storage (WXT's fake browser), a real IndexedDB
 * (fake-indexeddb), the clock at NOW in Berlin. Only the download itself is captured instead of performed.
 */
export async function renderOptions(
  options: { welcome?: boolean; environment?: Partial<OptionsEnvironment>; shortcut?: string } = {},
): Promise<Harness> {
  const db = await freshDatabase('options');
  const downloads: Harness['downloads'] = [];
  answerShortcut(options.shortcut ?? 'Alt+Shift+N');
  const environment: OptionsEnvironment = {
    ...browserEnvironment(),
    data: dataActions(async () => db),
    now: () => NOW,
    timeZone: TIME_ZONE,
    download: (file, name) => downloads.push({ file, name }),
    leaveWelcome: vi.fn(),
    ...options.environment,
  };
  render(<OptionsApp environment={environment} welcome={options.welcome} />);
  // Loaded: the welcome, or the settings (in whichever language the browser speaks).
  await screen.findByRole('heading', {
    name: options.welcome ? strings.welcome.countedHeading : strings.limits.heading,
  });
  return { db, environment, downloads };
}

/** Settings as if the user had chosen them earlier (in force, nothing pending). */
export async function storeSettings(change: (settings: Settings) => void, pending: StoredSettings['pending'] = []) {
  const settings = defaultSettings();
  change(settings);
  await write({ settings, pending, updatedAt: NOW - 2 * 24 * HOUR });
}

// Read first, as every page does: storage items mark a first write with their version only after a read found
// storage empty, and the fake browser is emptied between tests.
async function write(value: StoredSettings) {
  await readStoredSettings();
  await writeStoredSettings(value);
}

/** Settings chosen earlier, then a looser change asked for an hour ago (waiting 24 hours from then). */
export async function storeWithPending(chosen: (settings: Settings) => void, looser: (settings: Settings) => void) {
  const settings = defaultSettings();
  chosen(settings);
  const proposed = structuredClone(settings);
  looser(proposed);
  const value = proposeSettings({ settings, pending: [], updatedAt: 0 }, proposed, NOW - HOUR);
  await write(value);
  return value;
}

export const stored = () => readStoredSettings();

/** How the page writes a moment, in the browser's UI language. */
export const when = (time: number) =>
  new Intl.DateTimeFormat(uiLocale(), {
    weekday: 'short',
    day: 'numeric',
    month: 'short',
    hour: 'numeric',
    minute: '2-digit',
  }).format(time);

/** What the section's live regions say (a section has one per group of buttons; one speaks at a time). */
export const statusIn = (section: HTMLElement) =>
  [...section.querySelectorAll('[role="status"]')].map((region) => region.textContent).join('');

export function section(name: string): HTMLElement {
  return screen.getByRole('region', { name });
}

/** Presses the page's one Save. */
export function saveChanges() {
  fireEvent.click(screen.getByRole('button', { name: strings.save }));
}

/** What the Save's live region says. */
export const saveStatus = () => document.querySelector('.save-bar [role="status"]')?.textContent ?? '';

/** Shows a site's own limits: "Add a limit for one site…", then the site. */
export function addSiteLimit(siteName: string) {
  fireEvent.click(screen.getByRole('button', { name: strings.limits.addSite }));
  fireEvent.click(screen.getByRole('button', { name: siteName }));
}
