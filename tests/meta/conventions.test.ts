import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import { SITE_URLS } from '../../lib/sites/catalog';
import { SITES } from '../../lib/sites/registry';
import { SITE_IDS } from '../../lib/sites/types';
import { FEED_HOSTS } from '../e2e/harness/launch';
import { readFixtureRoutes } from '../fixtures/server';
import { conventionProblems, hostLeaks } from './conventions';

const ROOT = process.cwd();
const hostsBySite = Object.fromEntries(SITE_URLS.map((site) => [site.id, site.hosts]));

describe('project conventions', () => {
  test('every site has its folder, registry entry, entrypoint and fixture feed', () => {
    expect(conventionProblems(ROOT)).toEqual([]);
  });

  test('the catalog and the registry list every site id once, in the same order', () => {
    expect(SITE_URLS.map((site) => site.id)).toEqual([...SITE_IDS]);
    expect(SITES.map((site) => site.id)).toEqual([...SITE_IDS]);
  });

  test("each full site carries its own URL module from the catalog, not another site's", () => {
    SITES.forEach((site, index) => {
      const urls = SITE_URLS[index];
      expect(site.hosts, site.id).toBe(urls?.hosts);
      expect(site.isFeedUrl, site.id).toBe(urls?.isFeedUrl);
    });
  });

  test('each fixture feed answers on every host of its site, and the e2e browsers map them all to it', async () => {
    for (const site of SITE_URLS) {
      expect((await readFixtureRoutes(site.id)).hosts, site.id).toEqual([...site.hosts]);
    }
    expect([...FEED_HOSTS].sort()).toEqual(SITE_URLS.flatMap((site) => site.hosts).sort());
  });

  test('no site host name appears outside its own folder', () => {
    expect(hostLeaks(ROOT, hostsBySite)).toEqual([]);
  });

  describe('the checks catch a site added carelessly', () => {
    let copy: string;
    afterEach(() => rmSync(copy, { recursive: true, force: true }));

    function copyTree(): string {
      copy = mkdtempSync(join(tmpdir(), 'conventions-'));
      for (const dir of ['lib', 'entrypoints', 'components', 'tests/fixtures/sites']) {
        cpSync(join(ROOT, dir), join(copy, dir), { recursive: true });
      }
      return copy;
    }

    test('a new site folder without registry entry, entrypoint or fixture is reported', () => {
      const tree = copyTree();
      mkdirSync(join(tree, 'lib/sites/snapchat-spotlight'));
      writeFileSync(join(tree, 'lib/sites/snapchat-spotlight/urls.ts'), 'export {};\n');
      const types = join(tree, 'lib/sites/types.ts');
      const source = readFileSync(types, 'utf8');
      writeFileSync(types, source.replace(/SITE_IDS = \[/, "SITE_IDS = ['snapchat-spotlight', "));
      const problems = conventionProblems(tree);
      expect(problems).toContain('site snapchat-spotlight: not imported by lib/sites/registry.ts');
      expect(problems).toContain('site snapchat-spotlight: its urls.ts is not imported by lib/sites/catalog.ts');
      expect(problems).toContain('site snapchat-spotlight: no entrypoints/snapchat-spotlight.content.ts');
      expect(problems).toContain('site snapchat-spotlight: no fixture feed in tests/fixtures/sites/snapchat-spotlight');
      expect(problems).toContain('site snapchat-spotlight: lib/sites/snapchat-spotlight/index.ts is missing');
    });

    test('a site folder missing from SITE_IDS is reported', () => {
      const tree = copyTree();
      mkdirSync(join(tree, 'lib/sites/twitch-clips'));
      expect(conventionProblems(tree)).toContain(
        'lib/sites/twitch-clips is not listed in SITE_IDS (lib/sites/types.ts)',
      );
    });

    test('a fixture feed without its README is reported', () => {
      const tree = copyTree();
      rmSync(join(tree, 'tests/fixtures/sites/tiktok/README.md'));
      expect(conventionProblems(tree)).toContain('site tiktok: tests/fixtures/sites/tiktok/README.md is missing');
    });

    test('a host name used outside its site folder is reported', () => {
      const tree = copyTree();
      writeFileSync(join(tree, 'lib/content/leak.ts'), "export const x = 'https://www.tiktok.com/';\n");
      expect(hostLeaks(tree, hostsBySite)).toEqual([
        'lib/content/leak.ts mentions tiktok.com, which belongs in lib/sites/tiktok',
      ]);
    });
  });
});
