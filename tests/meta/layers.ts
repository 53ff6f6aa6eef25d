import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { dirname, join, relative, sep } from 'node:path';
import { parseSync } from 'oxc-parser';

/**
 * The import boundaries between layers, checked on the import graph of the source tree (lib/, components/,
 * entrypoints/). Imports are read with a real parser (oxc, through Vite), resolved the way the build resolves
 * them: relative paths, WXT's aliases from .wxt/tsconfig.json (`@/` = the repository root, `#i18n`), packages.
 *
 * Any import, type-only too: lib/ ↛ entrypoints/; lib/sites/<id>/ ↛ another site's folder; components/ ↛ lib/db,
 * lib/background. What a bundle loads (imports that survive the build, followed transitively): the content
 * runtime (every entrypoints/*.content.ts, all of lib/content) ↛ lib/db; the worker (entrypoints/background.ts) ↛
 * Preact, @testing-library, components/, DOM adapter code (lib/sites other than the catalog, the shared types and
 * each site's urls.ts; lib/not-interested).
 */

/** One import, re-export or dynamic import of a source file. */
export interface Import {
  /** The importing file, relative to the repository root. */
  from: string;
  /** As written in the source. */
  specifier: string;
  /** The file it resolves to, relative to the root; a package keeps its specifier. */
  target: string;
  /** `import type` / `export type`: erased by the build, so it loads nothing at run time. */
  typeOnly: boolean;
}

export type ImportGraph = ReadonlyMap<string, readonly Import[]>;

export const SOURCE_DIRS = ['lib', 'components', 'entrypoints'] as const;

const toPosix = (path: string) => path.split(sep).join('/');

function sourceFiles(root: string, dir: string): string[] {
  if (!existsSync(join(root, dir))) return [];
  return readdirSync(join(root, dir), { withFileTypes: true }).flatMap((entry) => {
    const path = `${dir}/${entry.name}`;
    if (entry.isDirectory()) return sourceFiles(root, path);
    return /\.tsx?$/.test(entry.name) && !entry.name.endsWith('.d.ts') ? [path] : [];
  });
}

/** WXT's path aliases, as [pattern, replacement] with absolute replacements (`@/*` → `<root>/*`). */
function readAliases(root: string): [string, string][] {
  const wxtDir = join(root, '.wxt');
  const config = JSON.parse(readFileSync(join(wxtDir, 'tsconfig.json'), 'utf8')) as {
    compilerOptions: { paths: Record<string, string[]> };
  };
  return Object.entries(config.compilerOptions.paths).map(([pattern, [target = '']]) => [
    pattern,
    join(wxtDir, target),
  ]);
}

function existingFile(path: string): string | null {
  for (const candidate of [path, `${path}.ts`, `${path}.tsx`, join(path, 'index.ts'), join(path, 'index.tsx')]) {
    if (existsSync(candidate) && statSync(candidate).isFile()) return candidate;
  }
  return null;
}

/** The package a bare specifier names: `preact/hooks` → `preact`, `@wxt-dev/i18n/x` → `@wxt-dev/i18n`. */
const packageName = (specifier: string) =>
  specifier
    .split('/')
    .slice(0, specifier.startsWith('@') ? 2 : 1)
    .join('/');

const TYPE_ONLY = /^(?:import|export)\s+type(?:\s+(?!from\b)|(?=[{*]))/;

/** The specifiers a source imports, in order, with computed dynamic imports (which cannot be followed) apart. */
export function parseImports(
  file: string,
  source: string,
): { imports: { specifier: string; typeOnly: boolean }[]; problems: string[] } {
  const { module, errors } = parseSync(file, source, { lang: file.endsWith('.tsx') ? 'tsx' : 'ts' });
  if (errors.length > 0)
    return { imports: [], problems: [`${file}: ${errors.map((error) => error.message).join('; ')}`] };
  const statements: { start: number; specifier: string; typeOnly: boolean }[] = [];
  const problems: string[] = [];
  const statement = (start: number, end: number, specifier: string) =>
    statements.push({ start, specifier, typeOnly: TYPE_ONLY.test(source.slice(start, end)) });
  for (const item of module.staticImports) statement(item.start, item.end, item.moduleRequest.value);
  for (const item of module.staticExports) {
    const request = item.entries.find((entry) => entry.moduleRequest)?.moduleRequest;
    if (request) statement(item.start, item.end, request.value);
  }
  for (const item of module.dynamicImports) {
    const text = source.slice(item.moduleRequest.start, item.moduleRequest.end);
    const literal = /^(['"`])([^'"`$]*)\1$/.exec(text);
    if (literal) statements.push({ start: item.start, specifier: literal[2] as string, typeOnly: false });
    else problems.push(`${file}: import(${text}) has a computed path, which the layers test cannot follow`);
  }
  statements.sort((a, b) => a.start - b.start);
  return { imports: statements.map(({ specifier, typeOnly }) => ({ specifier, typeOnly })), problems };
}

/** Every source file with its resolved imports; problems are imports that do not resolve. */
export function readImportGraph(root: string): { graph: ImportGraph; problems: string[] } {
  const aliases = readAliases(root);
  const manifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as Record<string, unknown>;
  const packages = new Set(
    ['dependencies', 'devDependencies'].flatMap((field) => Object.keys((manifest[field] ?? {}) as object)),
  );
  const graph = new Map<string, Import[]>();
  const problems: string[] = [];

  const resolve = (from: string, specifier: string): string | null => {
    let path: string | null = null;
    if (specifier.startsWith('.')) path = join(root, dirname(from), specifier);
    for (const [pattern, replacement] of aliases) {
      if (path) break;
      if (pattern.endsWith('/*') && specifier.startsWith(pattern.slice(0, -1))) {
        path = join(replacement.slice(0, -1), specifier.slice(pattern.length - 1));
      } else if (specifier === pattern) {
        path = replacement;
      }
    }
    if (path) {
      const file = existingFile(path);
      return file && toPosix(relative(root, file));
    }
    if (specifier.startsWith('node:') || builtinModules.includes(specifier)) return specifier;
    return packages.has(packageName(specifier)) ? specifier : null;
  };

  for (const file of SOURCE_DIRS.flatMap((dir) => sourceFiles(root, dir))) {
    const parsed = parseImports(file, readFileSync(join(root, file), 'utf8'));
    problems.push(...(file === CHUNK_LOADER ? [] : parsed.problems));
    const imports: Import[] = [];
    for (const { specifier, typeOnly } of parsed.imports) {
      const target = resolve(file, specifier);
      if (target === null) problems.push(`${file}: cannot resolve '${specifier}'`);
      else imports.push({ from: file, specifier, target, typeOnly });
    }
    graph.set(file, imports);
  }
  return { graph, problems };
}

const under = (path: string, dir: string) => path.startsWith(`${dir}/`);
const siteFolder = (path: string) => /^lib\/sites\/([^/]+)\//.exec(path)?.[1];
const shown = (edge: Import) =>
  `${edge.from} imports '${edge.specifier}'${edge.target === edge.specifier ? '' : ` (${edge.target})`}`;

interface Offence {
  edge: Import;
  reason: string;
  /** The files that led to the import, from the first root that reaches it. */
  chain: string;
}

/**
 * What a bundle built from `roots` loads: the files reached through imports that survive the build (type-only
 * imports are erased, so they load nothing). `stop` says why a target is not allowed, or null; such an import is
 * an offence, and the walk does not go on past it.
 */
function walk(
  graph: ImportGraph,
  roots: readonly string[],
  stop: (target: string) => string | null = () => null,
): { loaded: Set<string>; offences: Offence[] } {
  const cameFrom = new Map<string, string | null>();
  const offences: Offence[] = [];
  const chainTo = (file: string): string => {
    const parent = cameFrom.get(file);
    return parent ? `${chainTo(parent)} → ${file}` : file;
  };
  for (const root of roots) {
    if (cameFrom.has(root)) continue;
    cameFrom.set(root, null);
    const queue = [root];
    for (let file = queue.shift(); file !== undefined; file = queue.shift()) {
      for (const edge of graph.get(file) ?? []) {
        if (edge.typeOnly) continue;
        const reason = stop(edge.target);
        if (reason) {
          offences.push({ edge, reason, chain: chainTo(file) });
        } else if (graph.has(edge.target) && !cameFrom.has(edge.target)) {
          cameFrom.set(edge.target, file);
          queue.push(edge.target);
        }
      }
    }
  }
  return { loaded: new Set([...cameFrom.keys()].filter((file) => graph.has(file))), offences };
}

/** The source files a bundle built from `roots` loads. */
export const loadedFiles = (graph: ImportGraph, roots: readonly string[]) => walk(graph, roots).loaded;

const loadedBy = (edge: Import, chain: string) => (chain === edge.from ? '' : `, loaded by ${chain}`);

/**
 * The one computed import: the content runtime's on-demand chunks, loaded by URL. Their entries (lib/content/ui and
 * each site's not-interested.ts, bundled by scripts/content-chunks.ts) are content roots below, so what they load is
 * checked all the same.
 */
export const CHUNK_LOADER = 'lib/content/chunks.ts';

/**
 * The content runtime: each site's content script, every file of lib/content (reached from them or not), and each
 * site's "Not interested" flows (an on-demand chunk).
 */
export const contentRoots = (graph: ImportGraph) => {
  const files = [...graph.keys()];
  return [
    ...files.filter((file) => /^entrypoints\/[^/]+\.content\.tsx?$/.test(file)),
    ...files.filter((file) => under(file, 'lib/content')),
    ...files.filter((file) => /^lib\/sites\/[^/]+\/not-interested\.ts$/.test(file)),
  ];
};

export const WORKER = 'entrypoints/background.ts';

/** Site files the worker may load: the URL modules and the shared types, never a DOM adapter. */
function workerSiteFile(path: string): boolean {
  const site = siteFolder(path);
  if (site) return path === `lib/sites/${site}/urls.ts`;
  return !['lib/sites/registry.ts', 'lib/sites/dom.ts'].includes(path);
}

function notForWorker(target: string): string | null {
  if (target === 'preact' || target.startsWith('preact/')) return 'Preact';
  if (target.startsWith('@testing-library/')) return 'a testing library';
  if (under(target, 'components')) return 'a component';
  if (under(target, 'lib/not-interested') || (under(target, 'lib/sites') && !workerSiteFile(target))) {
    return 'DOM adapter code (sites come from lib/sites/catalog.ts, their URL modules only)';
  }
  return null;
}

/** Every broken boundary, each naming the file and the import that breaks it. */
export function layerProblems(graph: ImportGraph): string[] {
  const problems: string[] = [];
  for (const edge of [...graph.values()].flat()) {
    if (under(edge.from, 'lib') && under(edge.target, 'entrypoints')) {
      problems.push(`lib/ must not import entrypoints/: ${shown(edge)}`);
    }
    const site = siteFolder(edge.from);
    const other = siteFolder(edge.target);
    if (site && other && other !== site) {
      problems.push(`a site must not import another site's folder: ${shown(edge)}`);
    }
    if (under(edge.from, 'components') && (under(edge.target, 'lib/db') || under(edge.target, 'lib/background'))) {
      problems.push(`components/ must not import lib/db or lib/background: ${shown(edge)}`);
    }
  }

  const content = contentRoots(graph);
  if (!content.some((file) => under(file, 'entrypoints'))) problems.push('no content script in entrypoints/');
  for (const { edge, chain } of walk(graph, content, (target) => (under(target, 'lib/db') ? 'lib/db' : null))
    .offences) {
    problems.push(`the content runtime must not import lib/db: ${shown(edge)}${loadedBy(edge, chain)}`);
  }

  if (!graph.has(WORKER)) problems.push(`no worker at ${WORKER}`);
  for (const { edge, reason, chain } of walk(graph, [WORKER], notForWorker).offences) {
    problems.push(`the worker must not load ${reason}: ${shown(edge)}${loadedBy(edge, chain)}`);
  }
  return problems;
}
