import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { build, type Plugin } from 'esbuild';
import { SITE_IDS } from '../lib/sites/types';
import { withoutInnerHtml } from './build/store-clean';

/**
 * The content runtime's on-demand chunks (lib/content/chunks.ts): the prompt UI, and each site's "Not interested"
 * flows with their toast. WXT builds content scripts as one IIFE each and does not split them, so these are built
 * here with esbuild as ES modules, each one self-contained: Chrome does not resolve a static import inside a module
 * loaded from a dynamic (`use_dynamic_url`) extension URL, so a chunk may not import another chunk.
 */
export const CHUNK_DIR = 'content-ui';

const camel = (id: string) => id.replace(/-([a-z])/g, (_match, letter: string) => letter.toUpperCase());

/** Chunk name → the code of its entry module (resolved from the project root). */
export function chunkEntries(): Record<string, string> {
  const entries: Record<string, string> = {
    prompts: `export { createClipCard, createPromptSurface, createSlowCountdown } from './lib/content/ui/prompts';`,
  };
  for (const id of SITE_IDS) {
    entries[`not-interested-${id}`] = [
      `import { ${camel(id)}NotInterested as flows } from './lib/sites/${id}/not-interested';`,
      `import { notInterestedUi } from './lib/content/ui/not-interested';`,
      'export const createNotInterestedRun = notInterestedUi(flows);',
    ].join('\n');
  }
  return entries;
}

/** The same store clean-up as the pages' build (scripts/build/store-clean.ts): Preact without its innerHTML branch. */
const storeClean: Plugin = {
  name: 'mindful-feed-store-clean',
  setup(esbuild) {
    esbuild.onLoad({ filter: /[\\/]node_modules[\\/]preact[\\/]dist[\\/]preact\.mjs$/ }, async (args) => ({
      contents: withoutInnerHtml(await readFile(args.path, 'utf8')),
      loader: 'js',
    }));
  },
};

function virtualEntries(root: string, entries: Record<string, string>): Plugin {
  return {
    name: 'mindful-feed-chunk-entries',
    setup(esbuild) {
      esbuild.onResolve({ filter: /^chunk:/ }, (args) => ({
        path: args.path.slice('chunk:'.length),
        namespace: 'chunk',
      }));
      esbuild.onLoad({ filter: /.*/, namespace: 'chunk' }, (args) => ({
        contents: entries[args.path] ?? '',
        loader: 'ts',
        resolveDir: root,
      }));
    },
  };
}

/** Builds every chunk; returns each file's path under the extension root and its code. */
export async function buildContentChunks(
  root: string,
  options: { browser: string; minify?: boolean },
): Promise<{ relativeDest: string; contents: string }[]> {
  const entries = chunkEntries();
  const result = await build({
    absWorkingDir: root,
    entryPoints: Object.keys(entries).map((name) => ({ in: `chunk:${name}`, out: name })),
    plugins: [virtualEntries(root, entries), storeClean],
    bundle: true,
    splitting: false,
    format: 'esm',
    platform: 'browser',
    target: ['chrome120', 'firefox128'],
    minify: options.minify ?? true,
    legalComments: 'none',
    write: false,
    outdir: resolve(root, '.output/chunks-tmp'),
    tsconfig: resolve(root, 'tsconfig.json'),
    // The content runtime uses the browser's own API object (no webextension-polyfill), as the always-loaded part.
    alias: { 'wxt/browser': '@wxt-dev/browser' },
    // Preact's ES module build, the file the store clean-up knows.
    mainFields: ['module', 'main'],
    define: { 'import.meta.env.FIREFOX': JSON.stringify(options.browser === 'firefox') },
    logLevel: 'warning',
  });
  return result.outputFiles.map((file) => ({
    relativeDest: `${CHUNK_DIR}/${file.path.split('/').at(-1)}`,
    contents: file.text,
  }));
}
