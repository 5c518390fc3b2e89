// Development entry of the core worker (vitest, tsx, npm run serve): loads worker.ts through tsx's loader.
// The bundled app uses out/main/core-worker.js instead.
import { tsImport } from 'tsx/esm/api';

await tsImport('./worker.ts', import.meta.url);
