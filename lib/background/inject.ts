import type { SiteUrls } from '../sites/types';

/** Set in the content scripts' world just before an injected script runs (lib/content/run-site.ts reads it). */
export const INJECTED_FLAG = 'mindful-feed:injected';

/** Runs in the tab's isolated world: only a script started this way looks for a predecessor to take over from. */
export function markInjected(flag: string): void {
  (globalThis as unknown as Record<symbol, boolean>)[Symbol.for(flag)] = true;
}

export interface InjectDeps {
  /** The open tabs on these match patterns. */
  tabsMatching(patterns: string[]): Promise<{ id?: number }[]>;
  /** Runs `markInjected`, then one file of the extension, in a tab's top frame, as its content scripts run. */
  executeScript(tabId: number, file: string): Promise<unknown>;
  log?: (message: string, error: unknown) => void;
}

/**
 * On install and after an update, feed tabs already open get the content script at once: Chrome does not inject
 * manifest scripts into open tabs, and after an update it leaves the old version's script there without a runtime.
 * The new script takes over from the old one (lib/content/handoff.ts) and a second injection of the same version
 * stays idle (lib/content/run-site.ts). Returns how many tabs were given the script.
 */
export async function injectIntoOpenTabs(
  reason: string,
  sites: readonly Pick<SiteUrls, 'id' | 'matches'>[],
  deps: InjectDeps,
): Promise<number> {
  if (reason !== 'install' && reason !== 'update') return 0;
  let injected = 0;
  for (const site of sites) {
    const tabs = await deps.tabsMatching([...site.matches]).catch(() => []);
    for (const tab of tabs) {
      if (tab.id === undefined) continue;
      try {
        await deps.executeScript(tab.id, `/content-scripts/${site.id}.js`);
        injected++;
      } catch (error) {
        // A tab showing an error page, or one the browser does not let extensions into: nothing to count there.
        deps.log?.(`could not start in an open ${site.id} tab`, error);
      }
    }
  }
  return injected;
}
