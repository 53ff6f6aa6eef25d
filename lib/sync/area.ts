/** The part of a storage area (storage.sync) the shared totals use: passed in, so tests share one fake between devices. */
export interface SyncArea {
  /** Everything in the area (null), or the items named. */
  get(keys: string[] | null): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
  remove(keys: string[]): Promise<void>;
}

/** One stored value the sharing keeps in this browser only (a `storage.defineItem('local:…')` item in the extension). */
export interface LocalValue<T> {
  getValue(): Promise<T>;
  setValue(value: T): Promise<void>;
}

export interface StorageChange {
  oldValue?: unknown;
  newValue?: unknown;
}
