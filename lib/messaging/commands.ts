/**
 * The manifest command for "Not interested" (wxt.config.ts), rebindable in the browser's shortcut settings: the
 * worker relays it to the tab, the options page shows its current key.
 */
export const NOT_INTERESTED_COMMAND = 'not-interested';
