import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { fromRoot } from './root.ts';

// `npm run test:e2e` builds the sample site through scripts/test-build.ts, which keeps the log.
const log = () => readFileSync(fromRoot('node_modules', '.cache', 'gapwise', 'build.log'), 'utf8');

test('the sample build log holds no MODULE_LEVEL_DIRECTIVE warning, and still shows a planted warning of another kind', () => {
  const text = log();
  expect(text).toContain('[build] Complete!');
  expect(text).not.toContain('MODULE_LEVEL_DIRECTIVE');
  expect(text).not.toContain('astro:head-inject');
  expect(text).toContain('planted by the end-to-end build');
});

test('the sample build log stays short', () => {
  // Before the filter it was about 420 lines, 350 of them one repeated warning.
  expect(log().split('\n').length).toBeLessThan(200);
});
