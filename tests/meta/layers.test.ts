import { appendFileSync, cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import { SITE_IDS } from '../../lib/sites/types';
import {
  contentRoots,
  type Import,
  type ImportGraph,
  layerProblems,
  loadedFiles,
  readImportGraph,
  WORKER,
} from './layers';

const ROOT = process.cwd();

describe('layers', () => {
  const { graph, problems } = readImportGraph(ROOT);

  test('every import of lib/, components/ and entrypoints/ resolves', () => {
    expect(problems).toEqual([]);
    expect(graph.size).toBeGreaterThan(100);
  });

  test('no import crosses a layer boundary', () => {
    expect(layerProblems(graph)).toEqual([]);
  });

  test('the walks start where the bundles start', () => {
    expect(contentRoots(graph).filter((file) => file.startsWith('entrypoints/'))).toHaveLength(SITE_IDS.length);
    const worker = loadedFiles(graph, [WORKER]);
    expect(worker).toContain('lib/background/sender.ts');
    expect(worker).toContain('lib/sites/catalog.ts');
    expect(worker).toContain('lib/sites/tiktok/urls.ts');
    expect(worker).not.toContain('lib/sites/tiktok/adapter.ts');
    expect(loadedFiles(graph, ['entrypoints/tiktok.content.ts'])).toContain('lib/sites/tiktok/adapter.ts');
  });

  test('WXT auto-imports nothing, so an import statement is the only way to reach another file', () => {
    const config = readFileSync(join(ROOT, 'wxt.config.ts'), 'utf8');
    expect(config).toMatch(/^\s*imports: false,$/m);
  });
});

/** A graph from [from, target, typeOnly] triples; every .ts/.tsx target is a file of the graph too. */
function graphOf(edges: [string, string, boolean?][]): ImportGraph {
  const graph = new Map<string, Import[]>();
  for (const [from, target, typeOnly = false] of edges) {
    graph.set(from, [...(graph.get(from) ?? []), { from, specifier: target, target, typeOnly }]);
    if (/\.tsx?$/.test(target) && !graph.has(target)) graph.set(target, []);
  }
  return graph;
}

describe('the checker reports each broken boundary', () => {
  test('on a graph that breaks every rule once, and keeps to them elsewhere', () => {
    const graph = graphOf([
      ['entrypoints/background.ts', 'lib/background/register.ts'],
      ['lib/background/register.ts', 'lib/sites/catalog.ts'],
      ['lib/background/register.ts', 'preact', true],
      ['lib/background/register.ts', 'lib/background/sender.ts'],
      ['lib/background/register.ts', 'lib/background/format.ts'],
      ['lib/sites/catalog.ts', 'lib/sites/tiktok/urls.ts'],
      ['lib/sites/catalog.ts', 'lib/sites/types.ts'],
      ['lib/background/sender.ts', 'lib/sites/registry.ts'],
      ['lib/sites/registry.ts', 'lib/sites/tiktok/index.ts'],
      ['lib/background/format.ts', 'preact/hooks'],
      ['entrypoints/tiktok.content.ts', 'lib/content/run-site.ts'],
      ['lib/content/run-site.ts', 'lib/tracking/apply.ts'],
      ['lib/tracking/apply.ts', 'lib/db/usage.ts'],
      ['lib/content/tracker.ts', 'lib/db/database.ts', true],
      ['lib/sites/tiktok/adapter.ts', 'lib/sites/dom.ts'],
      ['lib/sites/tiktok/adapter.ts', 'lib/sites/youtube-shorts/selectors.ts'],
      ['lib/settings/store.ts', 'entrypoints/options/environment.ts'],
      ['components/options/DataSection.tsx', 'lib/data/actions.ts'],
      ['components/options/DataSection.tsx', 'lib/db/database.ts', true],
      ['components/PopupApp.tsx', 'lib/background/register.ts'],
    ]);
    expect(layerProblems(graph)).toEqual([
      "a site must not import another site's folder: lib/sites/tiktok/adapter.ts imports 'lib/sites/youtube-shorts/selectors.ts'",
      "lib/ must not import entrypoints/: lib/settings/store.ts imports 'entrypoints/options/environment.ts'",
      "components/ must not import lib/db or lib/background: components/options/DataSection.tsx imports 'lib/db/database.ts'",
      "components/ must not import lib/db or lib/background: components/PopupApp.tsx imports 'lib/background/register.ts'",
      "the content runtime must not import lib/db: lib/tracking/apply.ts imports 'lib/db/usage.ts', loaded by entrypoints/tiktok.content.ts → lib/content/run-site.ts → lib/tracking/apply.ts",
      "the worker must not load DOM adapter code (sites come from lib/sites/catalog.ts, their URL modules only): lib/background/sender.ts imports 'lib/sites/registry.ts', loaded by entrypoints/background.ts → lib/background/register.ts → lib/background/sender.ts",
      "the worker must not load Preact: lib/background/format.ts imports 'preact/hooks', loaded by entrypoints/background.ts → lib/background/register.ts → lib/background/format.ts",
    ]);
  });

  test('the worker loads no component, testing library or Not interested flow', () => {
    const graph = graphOf([
      ['entrypoints/background.ts', 'components/popup/format.ts'],
      ['entrypoints/background.ts', '@testing-library/preact'],
      ['entrypoints/background.ts', 'lib/not-interested/menu-flow.ts'],
      ['entrypoints/tiktok.content.ts', 'lib/content/run-site.ts'],
    ]);
    expect(layerProblems(graph).map((problem) => problem.split(':')[0])).toEqual([
      'the worker must not load a component',
      'the worker must not load a testing library',
      'the worker must not load DOM adapter code (sites come from lib/sites/catalog.ts, their URL modules only)',
    ]);
  });

  test('a graph without the worker or the content scripts is a problem, not a pass', () => {
    expect(layerProblems(new Map())).toEqual(['no content script in entrypoints/', `no worker at ${WORKER}`]);
  });
});

describe('the import reader', () => {
  let tree: string;
  afterEach(() => rmSync(tree, { recursive: true, force: true }));

  const write = (path: string, text: string) => {
    mkdirSync(dirname(join(tree, path)), { recursive: true });
    writeFileSync(join(tree, path), text);
  };

  test('follows every form of import the build follows, and reports what it cannot resolve', () => {
    tree = mkdtempSync(join(tmpdir(), 'layers-'));
    write('package.json', JSON.stringify({ dependencies: { preact: '*' } }));
    cpSync(join(ROOT, '.wxt/tsconfig.json'), join(tree, '.wxt/tsconfig.json'));
    write('.wxt/i18n/index.ts', 'export const i18n = {};\n');
    write('lib/b.ts', 'export type B = 1;\n');
    write('lib/c.tsx', 'export const c = 1;\n');
    write('lib/dir/index.ts', 'export const d = 1;\n');
    write('lib/style.css', '');
    write(
      'lib/a.ts',
      [
        "import type { B } from './b';",
        "import { c } from '@/lib/c';",
        "import { useState } from 'preact/hooks';",
        "import { i18n } from '#i18n';",
        "export * from './dir';",
        "export type { B as T } from '~/lib/b';",
        "import './style.css';",
        "// import { fake } from './comment';",
        'const text = "import { fake } from \'./string\'";',
        "export const lazy = () => import('./b');",
        'export const computed = (name: string) => import(name);',
        "import { gone } from './missing';",
        "import { left } from 'left-pad';",
        'export const all = [c, useState, i18n, text, gone, left] as unknown as B;',
      ].join('\n'),
    );
    const { graph, problems } = readImportGraph(tree);
    expect(graph.get('lib/a.ts')?.map(({ specifier, target, typeOnly }) => [specifier, target, typeOnly])).toEqual([
      ['./b', 'lib/b.ts', true],
      ['@/lib/c', 'lib/c.tsx', false],
      ['preact/hooks', 'preact/hooks', false],
      ['#i18n', '.wxt/i18n/index.ts', false],
      ['./dir', 'lib/dir/index.ts', false],
      ['~/lib/b', 'lib/b.ts', true],
      ['./style.css', 'lib/style.css', false],
      ['./b', 'lib/b.ts', false],
    ]);
    expect(problems).toEqual([
      'lib/a.ts: import(name) has a computed path, which the layers test cannot follow',
      "lib/a.ts: cannot resolve './missing'",
      "lib/a.ts: cannot resolve 'left-pad'",
    ]);
  });

  test('a bad import added to a copy of the real tree is reported', () => {
    tree = mkdtempSync(join(tmpdir(), 'layers-'));
    for (const path of ['lib', 'components', 'entrypoints', '.wxt', 'package.json']) {
      cpSync(join(ROOT, path), join(tree, path), { recursive: true });
    }
    appendFileSync(join(tree, 'lib/background/sender.ts'), "import '../sites/tiktok';\n");
    const { graph } = readImportGraph(tree);
    expect(layerProblems(graph)).toEqual([
      "the worker must not load DOM adapter code (sites come from lib/sites/catalog.ts, their URL modules only): lib/background/sender.ts imports '../sites/tiktok' (lib/sites/tiktok/index.ts), loaded by entrypoints/background.ts → lib/background/register.ts → lib/background/content-messages.ts → lib/background/sender.ts",
    ]);
  });
});
