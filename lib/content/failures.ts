/**
 * Content-script failures are logged once per kind, so a broken selector on a busy page
 * does not flood the console; the caller reports them as site health.
 */
export function createFailureLog(scope: string, log: (message: string) => void = console.warn) {
  const seen = new Set<string>();
  return {
    /** Logs the failure unless one like it was logged before; says whether it was new. */
    record(error: unknown): boolean {
      const text = error instanceof Error ? error.message : String(error);
      if (seen.has(text)) return false;
      seen.add(text);
      log(`[Mindful Feed] ${scope}: ${text}`);
      return true;
    },
    get count(): number {
      return seen.size;
    },
  };
}
