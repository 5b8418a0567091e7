// Finds a Chromium or Chrome for the browser tests: $CHROME_PATH first, then the usual system paths.
import { existsSync } from 'node:fs';
import { pathToFileURL } from 'node:url';

const CANDIDATES = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/snap/bin/chromium',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
];

export const INSTALL_HINT =
  'No Chromium or Chrome found for the browser tests: install one (Debian/Ubuntu: sudo apt-get install -y chromium) or set CHROME_PATH to its executable.';

/** @returns {string | null} the path of a browser executable, or null when there is none */
export function findChrome() {
  const fromEnv = process.env.CHROME_PATH;
  if (fromEnv) return existsSync(fromEnv) ? fromEnv : null;
  return CANDIDATES.find((p) => existsSync(p)) ?? null;
}

// As a command: exit 1 with one clear line when no browser is found.
if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const found = findChrome();
  if (!found) {
    console.error(INSTALL_HINT);
    process.exit(1);
  }
}
