import '@testing-library/jest-dom/vitest';
import { cleanup } from '@testing-library/react';
import { afterEach, expect } from 'vitest';
import { contractViolations } from './fake-api';
import { z } from 'zod';

// As in the app (renderer/src/startup.ts).
z.config({ jitless: true });
z.config(z.locales.zhCN());

// Vitest runs without globals, so Testing Library cannot register its own cleanup.
afterEach(() => {
  cleanup();
  window.sessionStorage.clear();
  // Every input a screen sent must pass its channel's contract schema, as the core would check it.
  const violations = contractViolations.splice(0);
  expect(violations).toEqual([]);
});
