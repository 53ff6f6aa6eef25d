import { join } from 'node:path';
import type { Plugin } from 'vite';

/**
 * Build-time changes that keep the store linters' warnings to the ones we cannot remove (none, today):
 * - Preact's only `innerHTML` assignment is its `dangerouslySetInnerHTML` branch. Our code never takes it (Biome
 *   forbids `dangerouslySetInnerHTML`, see .biome/no-html-injection.grit), so the build replaces it with a throw.
 * - `zod` resolves to scripts/build/zod-jitless.ts, zod without its `new Function` probe; `zod/mini` to
 *   scripts/build/zod-mini-jitless.ts, the same for zod/mini.
 */

const PREACT = /[\\/]node_modules[\\/]preact[\\/]dist[\\/]preact\.mjs$/;
/** `dom.innerHTML = newHtml.__html` in Preact's minified diff (src/diff/index.js). */
const PREACT_INNER_HTML = /\b([A-Za-z_$][\w$]*)\.innerHTML=([A-Za-z_$][\w$]*)\.__html\b/g;
export const NO_INNER_HTML = '(()=>{throw new Error("Mindful Feed is built without dangerouslySetInnerHTML")})()';

/** Preact's source with its one `innerHTML` assignment replaced; throws if there is not exactly one. */
export function withoutInnerHtml(source: string): string {
  const found = source.match(PREACT_INNER_HTML)?.length ?? 0;
  if (found !== 1) {
    throw new Error(
      `Expected one innerHTML assignment in Preact, found ${found}: update scripts/build/store-clean.ts for this version.`,
    );
  }
  return source.replace(PREACT_INNER_HTML, NO_INNER_HTML);
}

export const ZOD_JITLESS = join(import.meta.dirname, 'zod-jitless.ts');
export const ZOD_MINI_JITLESS = join(import.meta.dirname, 'zod-mini-jitless.ts');

export function storeClean(): Plugin {
  return {
    name: 'mindful-feed:store-clean',
    enforce: 'pre',
    config: () => ({
      resolve: {
        alias: [
          { find: /^zod$/, replacement: ZOD_JITLESS },
          { find: /^zod\/mini$/, replacement: ZOD_MINI_JITLESS },
        ],
      },
      build: {
        rollupOptions: {
          // zod's sources carry comments beside its @__PURE__ marks that Rollup reports and ignores: noise only.
          onwarn(warning, warn) {
            if (warning.code === 'INVALID_ANNOTATION' && warning.id?.includes('/node_modules/zod/')) return;
            warn(warning);
          },
        },
      },
    }),
    transform(code, id) {
      if (!PREACT.test(id)) return null;
      return { code: withoutInnerHtml(code), map: null };
    },
  };
}
