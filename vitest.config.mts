import { defineConfig } from 'vitest/config';

// One run, five projects: pure rules, core use cases on real SQLite files, React components,
// the Electron shell contract with a mocked 'electron', and browser end-to-end tests.
export default defineConfig({
  test: {
    projects: [
      { extends: true, test: { name: 'unit', include: ['tests/unit/**/*.test.ts'], environment: 'node' } },
      {
        extends: true,
        test: { name: 'core', include: ['tests/core/**/*.test.ts'], environment: 'node', testTimeout: 30_000 },
      },
      {
        extends: true,
        test: {
          name: 'renderer',
          include: ['tests/renderer/**/*.test.tsx'],
          environment: 'happy-dom',
          setupFiles: ['tests/renderer/setup.ts'],
          testTimeout: 30_000,
        },
      },
      { extends: true, test: { name: 'electron', include: ['tests/electron/**/*.test.ts'], environment: 'node' } },
      {
        extends: true,
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.test.ts'],
          environment: 'node',
          globalSetup: ['tests/e2e/global-setup.ts'],
          testTimeout: 120_000,
          hookTimeout: 120_000,
          // Two files at a time: a walk mostly waits on the browser (about a third of its wall time is CPU), so two
          // overlap well on 2 cores; each file has its own server, data folder and browser.
          maxWorkers: 2,
        },
      },
    ],
  },
});
