import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { SITE_IDS } from '../../lib/sites/types';
import { startFixtureServer } from '../fixtures/server';
import { findChromium } from './harness/chromium';
import { EXTENSION_DIR } from './harness/launch';

declare module 'vitest' {
  export interface ProvidedContext {
    fixturePort: number;
  }
}

export default async function setup(project: TestProject) {
  findChromium();
  if (!existsSync(join(EXTENSION_DIR, 'manifest.json'))) {
    throw new Error(`No built extension at ${EXTENSION_DIR}: run \`npm run build\` first (npm run test:e2e does).`);
  }
  const server = await startFixtureServer(SITE_IDS);
  project.provide('fixturePort', server.port);
  return () => server.close();
}
