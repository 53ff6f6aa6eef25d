type GetMessage = (key: string, substitutions?: string | string[]) => string;

/**
 * The extension's words after its runtime is gone: once an extension is reloaded or updated, `i18n.getMessage`
 * throws in the old content script, so the prompts it still has to draw would have no text. The bridge sends the
 * new instance's words; `getMessage` falls back to them. (No message uses positional `$1` substitutions — a locale
 * test keeps it so — so a stored template is the whole message.)
 */
export function keepMessages(api: { getMessage: GetMessage } | undefined) {
  let kept: Record<string, string> = {};
  if (api) {
    const original: GetMessage = api.getMessage.bind(api);
    const getMessage: GetMessage = (key, substitutions) => {
      try {
        return original(key, substitutions);
      } catch (error) {
        const text = kept[key];
        if (text === undefined) throw error;
        return text;
      }
    };
    try {
      Object.defineProperty(api, 'getMessage', { value: getMessage, configurable: true, writable: true });
    } catch {
      // A frozen API object: prompts drawn after a reload may lack their words, nothing else changes.
    }
  }
  return {
    provide(messages: Record<string, string>) {
      kept = messages;
    },
  };
}
