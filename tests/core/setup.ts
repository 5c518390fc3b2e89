import { afterEach } from 'vitest';
import { releaseCores } from './harness';

// Runs before every file of the core project (setup files are, even without isolation, unlike a hook registered by a
// shared module, which its first importer alone would get): each test's cores are closed and its folders removed.
afterEach(releaseCores);
