import { resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'electron-vite';
import type { Plugin } from 'vite';
import { CONTENT_SECURITY_POLICY_META } from './electron/main/window';

// electron-vite 6 (Vite 8 / Rolldown). Output:
//   out/main/index.js, out/main/core-worker.js, out/main/job-worker.js  (ESM: package.json has "type": "module")
//   out/preload/index.cjs                       (CommonJS, one file: sandboxed preloads cannot load ESM or node_modules)
//   out/renderer/index.html + assets
// host.ts finds the worker as ./core-worker.js next to the main bundle, so both entries must stay in out/main.

const root = import.meta.dirname;
const at = (path: string) => resolve(root, path);

/** Native modules and the Excel engine are loaded from node_modules at run time, never bundled. */
const MAIN_EXTERNAL = ['better-sqlite3', 'exceljs'];

/**
 * The packaged page is served on app://taizhang with the CSP header (electron/main/app-protocol.ts); the built
 * index.html carries the policy as a <meta> too, as defence in depth. Adds the <meta> if renderer/index.html lacks one.
 */
function cspMeta(): Plugin {
  return {
    name: 'taizhang:csp-meta',
    apply: 'build',
    transformIndexHtml(html) {
      if (/http-equiv=["']Content-Security-Policy["']/i.test(html)) return html;
      return [
        {
          tag: 'meta',
          attrs: { 'http-equiv': 'Content-Security-Policy', content: CONTENT_SECURITY_POLICY_META },
          injectTo: 'head-prepend',
        },
      ];
    },
  };
}

export default defineConfig({
  main: {
    build: {
      // Externalises package.json "dependencies" (better-sqlite3, exceljs, uuid, zod); they ship in node_modules.
      externalizeDeps: true,
      outDir: at('out/main'),
      rolldownOptions: {
        input: {
          index: at('electron/main/index.ts'),
          'core-worker': at('electron/core/worker.ts'),
          'job-worker': at('electron/core/jobs/job-worker.ts'),
        },
        external: MAIN_EXTERNAL,
        output: {
          format: 'es',
          entryFileNames: '[name].js',
          chunkFileNames: 'chunks/[name]-[hash].js',
        },
      },
    },
  },
  preload: {
    build: {
      // Bundle zod and the contract into the preload: a sandboxed preload can require only 'electron'.
      externalizeDeps: false,
      outDir: at('out/preload'),
      rolldownOptions: {
        input: { index: at('electron/preload/index.ts') },
        output: {
          format: 'cjs',
          entryFileNames: '[name].cjs',
          codeSplitting: false,
        },
      },
    },
  },
  renderer: {
    root: at('renderer'),
    plugins: [react(), cspMeta()],
    build: {
      outDir: at('out/renderer'),
      emptyOutDir: true,
      rolldownOptions: {
        input: at('renderer/index.html'),
      },
    },
  },
});
