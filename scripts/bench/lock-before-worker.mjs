// Loads lock-before.ts in its worker thread through tsx's loader (as electron/core/jobs/job-worker-dev.mjs does).
import { tsImport } from 'tsx/esm/api';

await tsImport('./lock-before.ts', import.meta.url);
