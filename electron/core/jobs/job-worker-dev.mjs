// Development entry of the job worker (vitest, tsx, npm run serve): loads job-worker.ts through tsx's loader.
// The bundled app uses out/main/job-worker.js instead.
import { tsImport } from 'tsx/esm/api';

await tsImport('./job-worker.ts', import.meta.url);
