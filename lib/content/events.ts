/** A small typed event hub: the parts of a page talk through events, never through references to each other. */
export function createEvents<Events extends Record<string, unknown>>() {
  const listeners = new Map<keyof Events, Set<(value: never) => void>>();
  return {
    on<K extends keyof Events>(type: K, listener: (value: Events[K]) => void, signal?: AbortSignal): void {
      if (signal?.aborted) return;
      let set = listeners.get(type);
      if (!set) {
        set = new Set();
        listeners.set(type, set);
      }
      set.add(listener as (value: never) => void);
      signal?.addEventListener('abort', () => set.delete(listener as (value: never) => void), { once: true });
    },
    emit<K extends keyof Events>(type: K, value: Events[K]): void {
      for (const listener of [...(listeners.get(type) ?? [])]) (listener as (value: Events[K]) => void)(value);
    },
  };
}
export type EventHub<Events extends Record<string, unknown>> = ReturnType<typeof createEvents<Events>>;
