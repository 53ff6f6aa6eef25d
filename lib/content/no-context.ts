/**
 * Stands in for WXT's `ContentScriptContext` in the content-script builds (an alias in wxt.config.ts). At every page
 * load WXT's context reads `runtime.id`, dispatches a "script started" event and posts a message to the page (which
 * runs every `message` listener the site has) so that an older copy of the script stops. Mindful Feed does not use
 * it: `runSite` ends by its own rules after an update (lib/content/run-site.ts), and a page could forge that message
 * anyway. Measured on the TikTok fixture, the context alone cost 1.5–2 ms of main-thread script at each load.
 */
export class ContentScriptContext {
  constructor(
    readonly contentScriptName: string,
    readonly options?: unknown,
  ) {}
}
