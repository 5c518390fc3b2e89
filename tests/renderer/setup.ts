import '@testing-library/jest-dom/vitest';
import { cleanup, configure } from '@testing-library/react';
import { afterEach, expect } from 'vitest';
import { contractViolations } from './fake-api';
import './style-rule-index';
import { z } from 'zod';
import * as React from 'react';

// As in the app (renderer/src/startup.ts).
z.config({ jitless: true });
z.config(z.locales.zhCN());

// React's development build captures an Error (ten stack frames) for each element it creates, up to 10,000 per render,
// to print "owner stacks" under its warnings; that was about a tenth of a renderer test's CPU and much of its garbage.
// No test reads those stacks (a warning still prints, with React's placeholder stack), so the count reads as spent.
Object.defineProperty(
  (React as unknown as Record<string, object>).__CLIENT_INTERNALS_DO_NOT_USE_OR_WARN_USERS_THEY_CANNOT_UPGRADE,
  'recentlyCreatedOwnerStacks',
  { get: () => Infinity, set: () => undefined },
);

// findBy/waitFor wait up to 5 s instead of 1 s: two test files render antd side by side on a 2-core machine, and a
// loaded machine must make a test slower, not red. A passing wait still returns as soon as its element is there.
configure({ asyncUtilTimeout: 5000 });

// Vitest runs without globals, so Testing Library cannot register its own cleanup.
afterEach(() => {
  cleanup();
  window.sessionStorage.clear();
  // Every input a screen sent must pass its channel's contract schema, as the core would check it.
  const violations = contractViolations.splice(0);
  expect(violations).toEqual([]);
});
