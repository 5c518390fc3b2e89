import { defineConfig } from 'vitest/config';

// One run, five projects: pure rules, core use cases on real SQLite files, React components,
// the Electron shell contract with a mocked 'electron', and browser end-to-end tests.
// Two workers: vitest's default here is one fewer than the cores, which on the 2-core CI machine is one.
// No isolation for the node and happy-dom projects: a test file gets a fresh database or a fresh render, never fresh
// modules, so re-importing the core and antd for every file only cost time (the fast projects took 447 s isolated, about
// 150 s not). The electron project keeps isolation: it mocks the 'electron' module.
export default defineConfig({
  test: {
    maxWorkers: 2,
    projects: [
      {
        extends: true,
        test: { name: 'unit', include: ['tests/unit/**/*.test.ts'], environment: 'node', isolate: false },
      },
      {
        extends: true,
        test: {
          name: 'core',
          include: ['tests/core/**/*.test.ts'],
          environment: 'node',
          setupFiles: ['tests/core/setup.ts'],
          testTimeout: 30_000,
          isolate: false,
        },
      },
      {
        extends: true,
        test: {
          name: 'renderer',
          include: ['tests/renderer/**/*.test.tsx'],
          environment: 'happy-dom',
          setupFiles: ['tests/renderer/setup.ts'],
          testTimeout: 30_000,
          isolate: false,
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
          // Two files at a time (the root maxWorkers): a walk mostly waits on the browser (about a third of its wall
          // time is CPU), so two overlap well on 2 cores; each file has its own server, data folder and browser.
          // No isolation: a file mocks nothing and keeps its state in its own module, so a worker's second file need
          // not import playwright-core (3.6 MB), exceljs and the helpers again (about a second a file under load).
          isolate: false,
        },
      },
    ],
  },
});
