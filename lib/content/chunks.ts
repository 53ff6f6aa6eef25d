import { browser } from '@wxt-dev/browser';
import type { SiteId } from '../sites/types';
import type { NotInterestedUi } from './not-interested';
import type { PromptUi } from './prompt-presenter';

/**
 * The parts of the content runtime that only a prompt or a menu needs, loaded on first need: self-contained ES
 * modules (built by scripts/content-chunks.ts), web-accessible only through Chrome's per-session dynamic URL
 * (`use_dynamic_url`), so no page can probe a fixed chrome-extension:// URL for them. `runtime.getURL` returns that
 * dynamic URL in a content script; it is never written into the page.
 */
export const CHUNK_DIR = 'content-ui';

export interface ChunkLoaders {
  prompts(): Promise<PromptUi>;
  notInterested(): Promise<NotInterestedUi>;
}

export const chunkFile = (name: string) => `/${CHUNK_DIR}/${name}.js`;
export const notInterestedChunk = (site: SiteId) => `not-interested-${site}`;

export function extensionChunks(site: SiteId): ChunkLoaders {
  const load = <T>(name: string): Promise<T> =>
    import(/* @vite-ignore */ browser.runtime.getURL(chunkFile(name) as never));
  return {
    prompts: () => load<PromptUi>('prompts'),
    notInterested: () => load<NotInterestedUi>(notInterestedChunk(site)),
  };
}
