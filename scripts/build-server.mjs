// Bundles browser mode's server (electron/serve/cli.ts) and its two worker threads (the core, the job worker) into
// out/serve with esbuild, only when their sources changed (issue 13): loading the TypeScript sources through tsx at
// every start took seconds of CPU before the core could open the register. Packages stay in node_modules (the native
// better-sqlite3, exceljs, zod ...), as in the Electron build (electron.vite.config.mts). `--force` builds regardless.
// host.ts finds core-worker.js and job-worker.js next to the bundle that loads it, so all three stay in out/serve.
import { join } from 'node:path';
import { buildWhenChanged, root } from './source-hash.mjs';

const at = (path) => join(root, path);

await buildWhenChanged({
  name: 'server',
  inputs: ['electron', 'shared', 'scripts/build-server.mjs', 'package.json', 'package-lock.json', 'tsconfig.json'],
  outDir: at('out/serve'),
  mustExist: 'cli.js',
  // esbuild's API is loaded only to build: an up-to-date check at start does not pay for it.
  build: async () =>
    (await import('esbuild')).build({
      entryPoints: {
        cli: at('electron/serve/cli.ts'),
        'core-worker': at('electron/core/worker.ts'),
        'job-worker': at('electron/core/jobs/job-worker.ts'),
      },
      outdir: at('out/serve'),
      bundle: true,
      platform: 'node',
      format: 'esm',
      target: 'node20',
      packages: 'external',
      logLevel: 'warning',
    }),
});
