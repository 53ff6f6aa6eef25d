import { describe, expect, test } from 'vitest';
import { SITE_IDS } from '../../lib/sites/types';
import { readSnapshots } from '../fixtures/snapshots';

interface SelectorModule {
  selectors: Record<string, string>;
  selectorCounts: Record<string, Record<string, number>>;
}

const modules = import.meta.glob<SelectorModule>('../../lib/sites/*/selectors.ts', { eager: true });

// Each selector is paired with the number of matches expected on each fixture snapshot.
describe.each([...SITE_IDS])('%s selectors', (id) => {
  const module = modules[`../../lib/sites/${id}/selectors.ts`];

  test('are declared with expected counts for every snapshot', () => {
    expect(module, `lib/sites/${id}/selectors.ts`).toBeDefined();
    const names = readSnapshots(id).map((snapshot) => snapshot.name);
    expect(Object.keys(module?.selectorCounts ?? {}).sort()).toEqual([...names].sort());
  });

  const snapshots = readSnapshots(id);
  test.each(snapshots.map((snapshot) => [snapshot.name, snapshot] as const))(
    'match as expected on %s',
    (name, snapshot) => {
      const doc = new DOMParser().parseFromString(snapshot.html, 'text/html');
      const expected = module?.selectorCounts[name] ?? {};
      const actual = Object.fromEntries(
        Object.keys(expected).map((key) => [key, doc.querySelectorAll(module?.selectors[key] ?? '').length]),
      );
      expect(actual).toEqual(expected);
    },
  );
});
