import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

// The renderer: built to out/renderer and loaded from file:// by Electron (hence base './'),
// or served by `npm run serve` in browser mode. Nothing is fetched from the network at run time.
export default defineConfig({
  root: fileURLToPath(new URL('./renderer', import.meta.url)),
  base: './',
  plugins: [react()],
  build: {
    outDir: fileURLToPath(new URL('./out/renderer', import.meta.url)),
    emptyOutDir: true,
    // One bundle read from the local disk, not downloaded: antd's size is no concern here.
    chunkSizeWarningLimit: 2000,
  },
});
