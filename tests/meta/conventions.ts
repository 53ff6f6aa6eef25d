import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * The project's layout rules, checked on a source tree (the real one, or a copy in a test):
 * every site is one folder in lib/sites, listed in SITE_IDS, the catalog (its urls.ts) and the registry (its index.ts),
 * with one content-script entrypoint and a fixture feed; no site's host name appears outside its own folder.
 */
export function conventionProblems(root: string): string[] {
  const problems: string[] = [];
  const read = (path: string) => readFileSync(join(root, path), 'utf8');
  const sitesDir = join(root, 'lib/sites');
  const siteFolders = readdirSync(sitesDir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name);

  const idsSource = /SITE_IDS\s*=\s*\[([^\]]*)\]/.exec(read('lib/sites/types.ts'))?.[1] ?? '';
  const siteIds = [...idsSource.matchAll(/'([^']+)'/g)].map((match) => match[1] as string);
  const registry = read('lib/sites/registry.ts');
  const catalog = read('lib/sites/catalog.ts');
  const entrypoints = readdirSync(join(root, 'entrypoints')).filter((name) => name.endsWith('.content.ts'));
  const fixturesDir = join(root, 'tests/fixtures/sites');
  const fixtureFolders = existsSync(fixturesDir) ? readdirSync(fixturesDir) : [];

  for (const folder of siteFolders) {
    if (!siteIds.includes(folder)) problems.push(`lib/sites/${folder} is not listed in SITE_IDS (lib/sites/types.ts)`);
  }
  for (const id of siteIds) {
    const where = `site ${id}`;
    if (!siteFolders.includes(id)) problems.push(`${where}: no folder lib/sites/${id}`);
    for (const file of ['urls.ts', 'index.ts', 'adapter.ts', 'selectors.ts', 'not-interested.ts']) {
      if (!existsSync(join(sitesDir, id, file))) problems.push(`${where}: lib/sites/${id}/${file} is missing`);
    }
    if (!registry.includes(`from './${id}'`)) problems.push(`${where}: not imported by lib/sites/registry.ts`);
    if (!catalog.includes(`from './${id}/urls'`)) {
      problems.push(`${where}: its urls.ts is not imported by lib/sites/catalog.ts`);
    }
    const entry = `${id}.content.ts`;
    if (!entrypoints.includes(entry)) {
      problems.push(`${where}: no entrypoints/${entry}`);
    } else {
      const source = read(`entrypoints/${entry}`);
      if (!source.includes(`@/lib/sites/${id}'`)) problems.push(`${where}: entrypoints/${entry} must use its own site`);
      const foreign = siteIds.filter((other) => other !== id && source.includes(`lib/sites/${other}`));
      if (foreign.length > 0)
        problems.push(`${where}: entrypoints/${entry} imports other sites (${foreign.join(', ')})`);
    }
    if (!fixtureFolders.includes(id)) {
      problems.push(`${where}: no fixture feed in tests/fixtures/sites/${id}`);
    } else {
      const files = readdirSync(join(fixturesDir, id));
      for (const needed of ['routes.json', 'README.md', 'snapshots.json']) {
        if (!files.includes(needed)) problems.push(`${where}: tests/fixtures/sites/${id}/${needed} is missing`);
      }
      if (!files.some((file) => file.endsWith('.html'))) problems.push(`${where}: its fixture has no page`);
    }
  }
  for (const entry of entrypoints) {
    if (!siteIds.includes(entry.replace(/\.content\.ts$/, ''))) {
      problems.push(`entrypoints/${entry} belongs to no site in SITE_IDS`);
    }
  }
  for (const folder of fixtureFolders) {
    if (!siteIds.includes(folder)) problems.push(`tests/fixtures/sites/${folder} belongs to no site in SITE_IDS`);
  }
  return problems;
}

/** Source files (not tests) outside `lib/sites/<id>/` that mention a host of that site. */
export function hostLeaks(root: string, hostsBySite: Record<string, readonly string[]>): string[] {
  const leaks: string[] = [];
  const walk = (dir: string): string[] =>
    readdirSync(join(root, dir), { withFileTypes: true }).flatMap((entry) =>
      entry.isDirectory() ? walk(join(dir, entry.name)) : /\.(ts|tsx)$/.test(entry.name) ? [join(dir, entry.name)] : [],
    );
  const files = ['lib', 'components', 'entrypoints'].filter((dir) => existsSync(join(root, dir))).flatMap(walk);
  for (const [site, hosts] of Object.entries(hostsBySite)) {
    for (const file of files) {
      if (file.startsWith(`${join('lib/sites', site)}/`)) continue;
      const source = readFileSync(join(root, file), 'utf8');
      for (const host of hosts) {
        const bare = host.replace(/^www\./, '');
        if (source.includes(bare)) leaks.push(`${file} mentions ${bare}, which belongs in lib/sites/${site}`);
      }
    }
  }
  return leaks;
}
