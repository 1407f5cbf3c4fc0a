import { defineConfig, devices } from '@playwright/test';
// System Chromium where there is one; elsewhere Playwright's own browser
// (`npx playwright install chromium` once on a laptop).
import { chromiumArgs, chromiumPath } from '../scripts/lib/chromium.ts';

// GAPWISE_E2E_PORT lets two checkouts run their browser tests side by side.
const port = Number(process.env.GAPWISE_E2E_PORT ?? 4327);

export default defineConfig({
  testDir: './e2e',
  outputDir: '../test-results',
  fullyParallel: true,
  workers: 2,
  retries: process.env.CI ? 1 : 0,
  reporter: process.env.CI ? [['list']] : [['list']],
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    ...devices['Desktop Chrome'],
    launchOptions: { executablePath: chromiumPath, args: chromiumArgs },
  },
  webServer: {
    // The site is built by `npm run test:e2e` before Playwright starts.
    command: `node ../node_modules/astro/bin/astro.mjs preview --host 127.0.0.1 --port ${port} --root ..`,
    url: `http://127.0.0.1:${port}/`,
    reuseExistingServer: false,
    timeout: 60_000,
  },
});
