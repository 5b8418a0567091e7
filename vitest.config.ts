import { defineConfig } from 'vitest/config';

// Two projects: fast unit tests in Node, and browser tests that drive Chromium against the built site.
export default defineConfig({
  test: {
    reporters: ['default', './tests/support/summary-reporter.ts'],
    projects: [
      {
        test: {
          name: 'unit',
          include: ['src/**/*.test.ts', 'tests/unit/**/*.test.ts', 'components/**/*.test.ts'],
          environment: 'node',
          testTimeout: 120_000,
        },
      },
      {
        test: {
          name: 'browser',
          include: ['tests/browser/**/*.test.ts'],
          environment: 'node',
          globalSetup: ['tests/browser/support/global-setup.ts'],
          testTimeout: 120_000,
          hookTimeout: 60_000,
          // expect.poll waits on a condition in the page; on a loaded two-core machine a widget can take
          // seconds to react, so polls give up after 15 s rather than Vitest's default 1 s.
          expect: { poll: { timeout: 15_000 } },
          // One Chromium at a time: the machine has two cores and SwiftShader WebGL is CPU-bound.
          fileParallelism: false,
        },
      },
    ],
  },
});
