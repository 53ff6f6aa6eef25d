import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, test } from 'vitest';
import { NO_INNER_HTML, withoutInnerHtml } from '../../../scripts/build/store-clean';

const preactSource = readFileSync(createRequire(import.meta.url).resolve('preact'), 'utf8');

describe('the build without innerHTML (what store linters flag)', () => {
  test("Preact's dangerouslySetInnerHTML branch throws instead of setting HTML, and nothing else changes", () => {
    expect(preactSource).toMatch(/\.innerHTML=/);
    const built = withoutInnerHtml(preactSource);
    expect(built).not.toMatch(/\.innerHTML\s*=[^=]/);
    expect(built).toContain(NO_INNER_HTML);
    expect(built.replace(NO_INNER_HTML, '')).toBe(preactSource.replace(/\w+\.innerHTML=\w+\.__html/, ''));
  });

  test('a Preact whose code no longer matches stops the build, saying where to look', () => {
    expect(() => withoutInnerHtml('export const render = () => {};')).toThrow(/found 0: update scripts\/build/);
  });
});
