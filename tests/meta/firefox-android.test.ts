import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, relative } from 'node:path';
import { expect, test } from 'vitest';

/**
 * Firefox for Android runs the Firefox build, but lacks some WebExtension APIs (`commands`, `windows`, `menus`…).
 * `web-ext lint` reports only APIs added after the minimum version, never the ones Android lacks altogether, so this
 * reads our source (lib/, entrypoints/, components/): every extension API it uses is one Firefox for Android has at
 * our minimum version (MDN's browser-compat-data, the linter's own data), or is guarded where it is used.
 */

const ROOT = process.cwd();
const ANDROID_MIN = Number(
  /strict_min_version: '(\d+)/.exec(
    /gecko_android: \{[^}]*\}/.exec(readFileSync(join(ROOT, 'wxt.config.ts'), 'utf8'))?.[0] ?? '',
  )?.[1],
);

interface Support {
  version_added: string | boolean | null;
  flags?: unknown;
}
const bcd = createRequire(import.meta.url)('@mdn/browser-compat-data') as {
  webextensions: {
    api: Record<string, Record<string, { __compat?: { support: Record<string, Support | Support[]> } }>>;
  };
};

/** Whether Firefox for Android has `namespace.member` at `version` (unknown members count as present). */
function onAndroid(namespace: string, member: string, version: number): boolean {
  const space = bcd.webextensions.api[namespace];
  if (!space) return false;
  const entry =
    space[member]?.__compat ?? (space as { __compat?: { support: Record<string, Support | Support[]> } }).__compat;
  const raw = entry?.support.firefox_android;
  const supports = (Array.isArray(raw) ? raw : [raw]).filter(
    (support): support is Support => !!support && !support.flags,
  );
  return supports.some(
    (support) => typeof support.version_added === 'string' && Number.parseFloat(support.version_added) <= version,
  );
}

function sources(dir: string): string[] {
  return readdirSync(join(ROOT, dir), { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sources(path);
    return /\.(ts|tsx)$/.test(entry.name) ? [path] : [];
  });
}

/** Every `browser.<namespace>.<member>` (optional chains and a destructured namespace too), by file. */
function apiUses(): { file: string; api: string; guarded: boolean }[] {
  const uses: { file: string; api: string; guarded: boolean }[] = [];
  for (const file of ['lib', 'entrypoints', 'components'].flatMap(sources)) {
    const source = readFileSync(join(ROOT, file), 'utf8');
    const destructured = [...source.matchAll(/const \{ (\w+) \} = browser\b/g)].map((match) => match[1] as string);
    const patterns = [
      /\bbrowser\.(\w+)\??\.(\w+)/g,
      ...destructured.map((name) => new RegExp(`\\b(${name})\\?\\.(\\w+)`, 'g')),
    ];
    for (const pattern of patterns) {
      for (const [, namespace, member] of source.matchAll(pattern)) {
        // Guarded: the file checks the namespace is there (`commands?.…`, `{ commands?: … }`) before using it.
        const guarded = new RegExp(`\\b${namespace}\\?[.:]`).test(source);
        uses.push({ file: relative(ROOT, join(ROOT, file)), api: `${namespace}.${member}`, guarded });
      }
    }
  }
  return uses;
}

test('the Firefox build declares Firefox for Android, from the version that grants host permissions at install', () => {
  // 127 grants host permissions at install; 142 is the first Android version that reads data_collection_permissions.
  expect(ANDROID_MIN).toBeGreaterThanOrEqual(142);
});

test('every extension API our code uses exists on Firefox for Android, or is guarded where it is used', () => {
  const uses = apiUses();
  expect(uses.length).toBeGreaterThan(10);
  const missing = uses.filter((use) => !onAndroid(...(use.api.split('.') as [string, string]), ANDROID_MIN));
  expect(missing.filter((use) => !use.guarded)).toEqual([]);
  // What Android lacks, and where it is guarded: the browser's keyboard shortcut (the in-page button replaces it).
  expect([...new Set(missing.map((use) => `${use.file}: ${use.api}`))].sort()).toEqual([
    'entrypoints/options/environment.ts: commands.getAll',
    'lib/background/register.ts: commands.onCommand',
  ]);
});

/** Whether Firefox for Android has any of `namespace` at `version` (for a namespace handed over whole). */
function namespaceOnAndroid(namespace: string, version: number): boolean {
  return Object.keys(bcd.webextensions.api[namespace] ?? {}).some(
    (member) => member !== '__compat' && onAndroid(namespace, member, version),
  );
}

/** Every namespace used without a member after it (`browser.tabs as FeedTabs`, `browser.storage[area]`), by file. */
function namespaceUses(): { file: string; namespace: string }[] {
  return ['lib', 'entrypoints', 'components'].flatMap(sources).flatMap((file) => {
    const source = readFileSync(join(ROOT, file), 'utf8');
    // A type (`typeof browser.commands`) is no use at run time.
    return [...source.matchAll(/(?<!typeof )\bbrowser\.(\w+)\b(?!\s*\??\.|\s*\()/g)].map((match) => ({
      file: relative(ROOT, join(ROOT, file)),
      namespace: match[1] as string,
    }));
  });
}

test('every namespace our code hands over whole (its members used elsewhere) exists on Firefox for Android', () => {
  const uses = namespaceUses();
  expect(uses.map((use) => `${use.file}: ${use.namespace}`)).toContain('lib/background/register.ts: tabs');
  expect(uses.filter((use) => !namespaceOnAndroid(use.namespace, ANDROID_MIN))).toEqual([]);
  expect(namespaceOnAndroid('windows', ANDROID_MIN)).toBe(false);
});

test('the check knows what Android lacks', () => {
  expect(onAndroid('commands', 'onCommand', ANDROID_MIN)).toBe(false);
  expect(onAndroid('windows', 'getCurrent', ANDROID_MIN)).toBe(false);
  expect(onAndroid('menus', 'create', ANDROID_MIN)).toBe(false);
  expect(onAndroid('tabs', 'sendMessage', ANDROID_MIN)).toBe(true);
  expect(onAndroid('storage', 'local', ANDROID_MIN)).toBe(true);
});
