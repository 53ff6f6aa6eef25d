import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parseSync } from 'oxc-parser';
import { describe, expect, test } from 'vitest';

/**
 * Every word a person reads comes from the locale files: no component may write English (or any Latin-letter text)
 * straight into its markup. This finds JSX text, string children and user-visible attributes with Latin letters.
 */

const ROOT = process.cwd();

/** Attributes a person (or a screen reader) reads out. */
const VISIBLE_ATTRIBUTES = new Set([
  'aria-label',
  'aria-valuetext',
  'aria-description',
  'aria-roledescription',
  'aria-placeholder',
  'title',
  'placeholder',
  'alt',
  'label',
]);

/** Text that may stay as it is in every language: none so far. */
const ALLOWED: readonly string[] = [];

type Node = { type: string; [key: string]: unknown };

const isNode = (value: unknown): value is Node =>
  typeof value === 'object' && value !== null && typeof (value as Node).type === 'string';

/** The literal text an expression can evaluate to, without looking into calls (an i18n key is not text). */
function literalTexts(node: unknown): string[] {
  if (!isNode(node)) return [];
  switch (node.type) {
    case 'Literal':
      return typeof node.value === 'string' ? [node.value] : [];
    case 'TemplateLiteral':
      return (node.quasis as { value: { cooked: string | null } }[]).map((quasi) => quasi.value.cooked ?? '');
    case 'ConditionalExpression':
      return [...literalTexts(node.consequent), ...literalTexts(node.alternate)];
    case 'LogicalExpression':
      return [...literalTexts(node.left), ...literalTexts(node.right)];
    case 'JSXExpressionContainer':
    case 'ParenthesizedExpression':
    case 'TSAsExpression':
      return literalTexts(node.expression);
    default:
      return [];
  }
}

/** Latin-letter text written into the markup of one TSX source. */
function markupLiterals(source: string, file = 'component.tsx'): string[] {
  const { program, errors } = parseSync(file, source, { lang: 'tsx' });
  if (errors.length > 0) throw new Error(`${file}: ${errors.map((error) => error.message).join('; ')}`);
  const found: string[] = [];
  const visit = (node: unknown): void => {
    if (Array.isArray(node)) {
      for (const item of node) visit(item);
      return;
    }
    if (!isNode(node)) return;
    if (node.type === 'JSXText') found.push(String(node.value));
    if (node.type === 'JSXElement' || node.type === 'JSXFragment') {
      for (const child of node.children as Node[]) {
        if (child.type === 'JSXExpressionContainer') found.push(...literalTexts(child));
      }
    }
    if (node.type === 'JSXAttribute') {
      const name = (node.name as Node).name;
      if (typeof name === 'string' && VISIBLE_ATTRIBUTES.has(name)) found.push(...literalTexts(node.value));
    }
    for (const [key, value] of Object.entries(node)) {
      if (key !== 'type' && typeof value === 'object') visit(value);
    }
  };
  visit(program);
  return found
    .map((text) => text.replace(/\s+/g, ' ').trim())
    .filter((text) => /[A-Za-z]/.test(text) && !ALLOWED.includes(text));
}

function tsxFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    return entry.isDirectory() ? tsxFiles(path) : entry.name.endsWith('.tsx') ? [path] : [];
  });
}

describe('no user-visible literal text in components', () => {
  test('components/**/*.tsx write no Latin-letter text into their markup', () => {
    const files = tsxFiles(join(ROOT, 'components'));
    expect(files.length).toBeGreaterThan(30);
    const found = files.flatMap((file) =>
      markupLiterals(readFileSync(file, 'utf8'), file).map((text) => `${relative(ROOT, file)}: ${text}`),
    );
    expect(found).toEqual([]);
  });

  test('the scan finds text, string children and read-out attributes, and leaves keys, classes and links alone', () => {
    const source = `
      export const A = ({ on }: { on: boolean }) => (
        <section class="mf-card" aria-label="Quick actions" data-testid="card">
          <h2>Trends</h2>
          <p title={on ? 'Paused' : i18n.t('popup.resume')}>{on && 'Resume'} {'—'} {\`\${count} videos\`}</p>
          <a href="https://example.org/help">{i18n.t('common.resources')}</a>
          <span aria-hidden="true">×</span> <kbd>{shortcut}</kbd>
        </section>
      );`;
    expect(markupLiterals(source).sort()).toEqual(['Paused', 'Quick actions', 'Resume', 'Trends', 'videos']);
  });
});
