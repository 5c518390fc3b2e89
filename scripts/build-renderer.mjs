// Builds the renderer into out/renderer only when its sources changed since the last build (issue 13:
// `npm run serve` rebuilt it every time, 13 s on the 100k county's machine). The hash covers every file the
// bundle can include (renderer/, shared/) and what decides how it is built (vite config, package files).
// `--force` builds regardless.
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { buildWhenChanged, root } from './source-hash.mjs';

await buildWhenChanged({
  name: 'renderer',
  inputs: ['renderer', 'shared', 'vite.config.mts', 'package.json', 'package-lock.json', 'tsconfig.json'],
  outDir: join(root, 'out', 'renderer'),
  mustExist: 'index.html',
  build: () =>
    execFileSync(
      process.execPath,
      [join(root, 'node_modules', 'vite', 'bin', 'vite.js'), 'build', '--logLevel', 'warn'],
      {
        cwd: root,
        stdio: 'inherit',
        // The production build a clerk gets, also when called from vitest (which sets NODE_ENV=test).
        env: { ...process.env, NODE_ENV: 'production' },
      },
    ),
});
