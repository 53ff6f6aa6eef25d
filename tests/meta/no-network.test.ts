import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parseSync } from 'oxc-parser';
import { describe, expect, test } from 'vitest';

/**
 * Everything stays on the device: our own code (lib/, entrypoints/, components/) opens no network connection.
 * The e2e NetLog check (tests/e2e/harness/netlog.ts) sees the worker's and the extension pages' requests, but a
 * content script requests as the page it runs in; this reads the source instead, so a content script is covered too.
 *
 * Allowed: `fetch` of an extension file by `runtime.getURL(…)`, and in an extension page (entrypoints/<page>/) by an
 * absolute path such as '/_locales/en/messages.json', which resolves inside the extension. In a content script the
 * same path would resolve against the site, so shared code (lib/, components/) must use `runtime.getURL`.
 */

const ROOT = process.cwd();

/** Names that only exist to talk to a server. */
const NETWORK_NAMES = new Set([
  'XMLHttpRequest',
  'WebSocket',
  'EventSource',
  'WebTransport',
  'sendBeacon',
  'RTCPeerConnection',
]);

type Node = { type: string; start: number; [key: string]: unknown };

const isNode = (value: unknown): value is Node =>
  typeof value === 'object' && value !== null && typeof (value as Node).type === 'string';

const nameOf = (node: unknown): string | null => {
  if (!isNode(node)) return null;
  if (node.type === 'Identifier') return String(node.name);
  if (node.type === 'MemberExpression') return nameOf(node.property);
  return null;
};

/** An extension page (its own folder, not a content script), where '/path' is a file of the extension. */
const isExtensionPage = (file: string) => /^entrypoints\/(?![^/]*\.content\/)[^/]+\//.test(file);

function isExtensionFile(argument: unknown, file: string): boolean {
  if (!isNode(argument)) return false;
  if (argument.type === 'CallExpression') return nameOf(argument.callee) === 'getURL';
  return (
    isExtensionPage(file) &&
    argument.type === 'Literal' &&
    typeof argument.value === 'string' &&
    /^\/(?!\/)/.test(argument.value)
  );
}

/** Network API uses in one source file, as `file:line name`. */
function networkUses(source: string, file: string): string[] {
  const { program, errors } = parseSync(file, source, { lang: file.endsWith('.tsx') ? 'tsx' : 'ts' });
  if (errors.length > 0) throw new Error(`${file}: ${errors.map((error) => error.message).join('; ')}`);
  const allowedFetches = new Set<unknown>();
  const found: string[] = [];
  const line = (node: Node) => source.slice(0, node.start).split('\n').length;
  const visit = (node: unknown): void => {
    if (Array.isArray(node)) {
      for (const item of node) visit(item);
      return;
    }
    if (!isNode(node)) return;
    if (node.type === 'CallExpression' && nameOf(node.callee) === 'fetch') {
      const [first] = node.arguments as unknown[];
      if (isExtensionFile(first, file)) {
        const callee = node.callee as Node;
        allowedFetches.add(callee.type === 'MemberExpression' ? callee.property : callee);
      }
    }
    if (node.type === 'Identifier') {
      const name = String(node.name);
      if (NETWORK_NAMES.has(name) || (name === 'fetch' && !allowedFetches.has(node))) {
        found.push(`${file}:${line(node)} ${name}`);
      }
    }
    for (const [key, value] of Object.entries(node)) {
      if (key !== 'type' && typeof value === 'object') visit(value);
    }
  };
  visit(program);
  return found;
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    return entry.isDirectory() ? sourceFiles(path) : /\.tsx?$/.test(entry.name) ? [path] : [];
  });
}

describe('no network requests in our own code', () => {
  test('lib/, entrypoints/ and components/ use no network API', () => {
    const files = ['lib', 'entrypoints', 'components'].flatMap((dir) => sourceFiles(join(ROOT, dir)));
    expect(files.length).toBeGreaterThan(100);
    const found = files.flatMap((file) => networkUses(readFileSync(file, 'utf8'), relative(ROOT, file)));
    expect(found).toEqual([]);
  });

  test('the scan finds every way to reach a server, and lets extension files through', () => {
    const source = `
      const a = await fetch('https://api.example/v1');
      navigator.sendBeacon('/collect', body);
      const socket = new WebSocket(url);
      const xhr = new XMLHttpRequest();
      const events = new EventSource('/stream');
      const send = globalThis.fetch;
      const own = await fetch(browser.runtime.getURL('/content-scripts/tiktok.css'));
      const local = await fetch('/_locales/en/messages.json');
      const fetched = 'fetch'; // a word, not a call
    `;
    const uses = (file: string) => networkUses(source, file).map((use) => use.replace(/^[^:]+:/, ''));
    const everywhere = ['2 fetch', '3 sendBeacon', '4 WebSocket', '5 XMLHttpRequest', '6 EventSource', '7 fetch'];
    expect(uses('entrypoints/options/main.ts')).toEqual(everywhere);
    // Outside an extension page, '/path' would be a path on the site a content script runs on.
    expect(uses('lib/content/run-site.ts')).toEqual([...everywhere, '9 fetch']);
    expect(uses('entrypoints/tiktok.content.ts')).toEqual([...everywhere, '9 fetch']);
    expect(uses('entrypoints/tiktok.content/index.ts')).toEqual([...everywhere, '9 fetch']);
  });
});
