#!/usr/bin/env node
// Screenshots of the built site for a human to look at: node scripts/screenshots.ts [outDir]
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { launchChromium } from './lib/chromium.ts';
import { serve } from './bench-site.ts';

const out = process.argv[2] ?? 'test-results/screenshots';
mkdirSync(out, { recursive: true });
const shots: Array<[string, string, 'light' | 'dark', number?]> = [
  ['home', '/', 'light'],
  ['catalog', '/courses/', 'light'],
  ['module-light', '/courses/de-escalation-essentials/', 'light', 2400],
  ['module-dark', '/courses/de-escalation-essentials/', 'dark', 2400],
  ['skill', '/skills/de-escalation/', 'light', 1800],
  ['kb', '/kb/hub-3-restart-and-reset/', 'light'],
  ['path', '/paths/chat-support/', 'light', 1600],
  ['404', '/nope/', 'dark'],
];
const site = await serve('dist');
const browser = await launchChromium();
for (const [name, url, scheme, height] of shots) {
  const page = await browser.newPage({ viewport: { width: 1280, height: height ?? 1000 }, colorScheme: scheme });
  await page.goto(site.url + url);
  await page.screenshot({ path: path.join(out, `${name}.png`) });
  await page.close();
}
await browser.close();
site.close();
console.log(`screenshots written to ${out}`);
