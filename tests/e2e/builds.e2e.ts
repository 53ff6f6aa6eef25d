import { readdir, readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, test } from 'vitest';
import webExt from 'web-ext';
import { SITES } from '../../lib/sites/registry';

/**
 * `scripting` injects the new version's content script into feed tabs already open after an update (Chrome leaves
 * the old one there without a runtime); it grants nothing beyond the five hosts and Chrome shows no warning for it.
 */
const ALLOWED_PERMISSIONS = ['storage', 'alarms', 'idle', 'scripting'];
const HOSTS = SITES.flatMap((site) => site.matches);

async function manifest(browser: 'chrome' | 'firefox') {
  return JSON.parse(await readFile(resolve(`.output/${browser}-mv3/manifest.json`), 'utf8'));
}

async function scripts(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  return entries
    .filter((entry) => entry.isFile() && /\.(js|html)$/.test(entry.name))
    .map((entry) => join(entry.parentPath, entry.name));
}

// The built extensions themselves: what a store reviewer and a careful user would check.
describe.each(['chrome', 'firefox'] as const)('the %s build', (browser) => {
  test('asks only for storage, alarms, idle or scripting, and the five feed hosts', async () => {
    const built = await manifest(browser);
    expect(built.manifest_version).toBe(3);
    for (const permission of built.permissions ?? []) expect(ALLOWED_PERMISSIONS).toContain(permission);
    expect([...(built.host_permissions ?? [])].sort()).toEqual([...HOSTS].sort());
    expect(built.optional_permissions ?? []).toEqual([]);
    for (const script of built.content_scripts ?? []) {
      for (const match of script.matches) expect(HOSTS).toContain(match);
    }
  });

  test('exposes to pages only the on-demand chunks, to the five feed hosts, never under a fixed URL (Chrome)', async () => {
    const built = (await manifest(browser)) as {
      web_accessible_resources?: { resources: string[]; matches: string[]; use_dynamic_url?: boolean }[];
    };
    const exposed = built.web_accessible_resources ?? [];
    expect(exposed.flatMap((entry) => entry.resources)).toEqual(['content-ui/*']);
    for (const entry of exposed) {
      expect([...entry.matches].sort()).toEqual([...HOSTS].sort());
      // Firefox has no such flag: its moz-extension:// host is a random id per install.
      if (browser === 'chrome') expect(entry.use_dynamic_url).toBe(true);
    }
  });

  test('each on-demand chunk is one self-contained module (Chrome resolves no import inside a dynamic-URL module)', async () => {
    const dir = resolve(`.output/${browser}-mv3/content-ui`);
    const names = (await readdir(dir)).sort();
    expect(names).toEqual(['prompts.js', ...SITES.map((site) => `not-interested-${site.id}.js`)].sort());
    for (const name of names) {
      const source = await readFile(join(dir, name), 'utf8');
      expect(source, name).not.toMatch(/(?:^|[;}\n])\s*import\s*(?:[{*\w]|["'])/);
      expect(source, name).not.toMatch(/\bimport\(/);
    }
  });

  test('carries no remote code: no script or import from the network, no relaxed CSP', async () => {
    const built = await manifest(browser);
    expect(JSON.stringify(built.content_security_policy ?? {})).not.toMatch(/https?:|unsafe-eval/);
    for (const file of await scripts(resolve(`.output/${browser}-mv3`))) {
      const source = await readFile(file, 'utf8');
      expect(source, file).not.toMatch(/<script[^>]+src=["']https?:/);
      expect(source, file).not.toMatch(/\bimport\(\s*["']https?:/);
      expect(source, file).not.toMatch(/importScripts\(\s*["']https?:/);
    }
  });
});

/**
 * Size budgets, a hard check. The script a site loads on every page stays within 12 KB gzip: the prompt UI and the
 * "Not interested" flows load on first need (content-ui/), each within its own budget.
 */
const CONTENT_SCRIPT_BUDGET_GZ = 12 * 1024;
const CHUNK_BUDGET_GZ = 20 * 1024;
const BACKGROUND_BUDGET_GZ = 45 * 1024;

test.each(['chrome', 'firefox'] as const)(
  'the %s content scripts and background stay within their size budgets',
  async (browser) => {
    const dir = resolve(`.output/${browser}-mv3`);
    const contentScripts = (await readdir(join(dir, 'content-scripts'))).filter((name) => name.endsWith('.js'));
    expect(contentScripts).toHaveLength(SITES.length);
    for (const name of contentScripts) {
      const size = gzipSync(await readFile(join(dir, 'content-scripts', name)), { level: 9 }).length;
      expect(size, name).toBeLessThanOrEqual(CONTENT_SCRIPT_BUDGET_GZ);
    }
    for (const name of await readdir(join(dir, 'content-ui'))) {
      const size = gzipSync(await readFile(join(dir, 'content-ui', name)), { level: 9 }).length;
      expect(size, name).toBeLessThanOrEqual(CHUNK_BUDGET_GZ);
    }
    const background = gzipSync(await readFile(join(dir, 'background.js')), { level: 9 }).length;
    expect(background).toBeLessThanOrEqual(BACKGROUND_BUDGET_GZ);
  },
);

test('Firefox: web-ext lint (Mozilla addons-linter) finds no errors in the build', async () => {
  const result = (await webExt.cmd.lint(
    { sourceDir: resolve('.output/firefox-mv3'), output: 'json', selfHosted: false, boring: true },
    { shouldExitProgram: false },
  )) as { summary: { errors: number; warnings: number }; errors: { code: string; message: string }[] };
  console.info(`web-ext lint: ${result.summary.errors} errors, ${result.summary.warnings} warnings`);
  expect(result.errors).toEqual([]);
}, 60_000);
