// Serves the built site once for all browser test files and hands its address to them.
import { existsSync } from 'node:fs';
import type { TestProject } from 'vitest/node';
import { serveDirectory } from './server';
// Plain JS shared with the npm script; its JSDoc types it (allowJs).
import { findChrome, INSTALL_HINT } from '../../../scripts/find-chrome.mjs';

declare module 'vitest' {
  export interface ProvidedContext {
    baseURL: string;
    chromePath: string;
  }
}

export default async function setup(project: TestProject) {
  const chromePath = findChrome();
  if (!chromePath) {
    console.error(INSTALL_HINT);
    process.exit(1);
  }
  if (!existsSync('dist/index.html')) {
    console.error('The site is not built: run `npm run build` first (npm test does it for you).');
    process.exit(1);
  }
  const { url, server } = await serveDirectory('dist');
  project.provide('baseURL', url);
  project.provide('chromePath', chromePath);
  return () => new Promise<void>((done) => server.close(() => done()));
}
