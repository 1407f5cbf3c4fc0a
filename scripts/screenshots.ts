#!/usr/bin/env node
// Screenshots of the built site for a human to look at:
//   node scripts/screenshots.ts [outDir] [name-filter]
// Each page is taken at desktop (1280 px) and phone (390 px) widths, in light and
// dark; team dashboards are also printed to PDF (A4) to check the print styles.
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { launchChromium } from './lib/chromium.ts';
import { serve } from './bench-site.ts';

const out = process.argv[2] ?? 'test-results/screenshots';
const filter = process.argv[3] ?? '';
mkdirSync(out, { recursive: true });
const pages: Array<[string, string]> = [
  ['home', '/'],
  ['catalog', '/courses/'],
  ['module', '/courses/de-escalation-essentials/'],
  ['skill', '/skills/de-escalation/'],
  ['kb', '/kb/hub-3-restart-and-reset/'],
  ['kb-table', '/kb/refund-and-credit-policy/'],
  ['search', '/search/?q=refnd'],
  ['editors', '/editors/'],
  ['path', '/paths/chat-support/'],
  ['dash-overview', '/dashboards/'],
  ['dash-team', '/dashboards/escalations/'],
  ['dash-suppressed', '/dashboards/retention/'],
  ['404', '/nope/'],
  ['zh-home', '/zh-hant/'],
  ['zh-module', '/zh-hant/courses/de-escalation-essentials/'],
  ['zh-fallback', '/zh-hant/courses/coaching-conversations/'],
  ['zh-path', '/paths/taipei-support/'],
  ['zh-dash', '/dashboards/taipei-support/'],
];
const prints: Array<[string, string]> = [
  ['dash-team-print', '/dashboards/escalations/'],
  ['course-print', '/courses/taking-over-from-the-bot/'],
];
const site = await serve('dist');
const browser = await launchChromium();
for (const [name, url] of pages.filter(([n]) => n.includes(filter))) {
  for (const [device, width] of [['desktop', 1280], ['phone', 390]] as const)
    for (const scheme of ['light', 'dark'] as const) {
      const page = await browser.newPage({ viewport: { width, height: 900 }, colorScheme: scheme });
      await page.goto(site.url + url);
      await page.waitForTimeout(150);
      await page.screenshot({ path: path.join(out, `${name}-${device}-${scheme}.png`), fullPage: true });
      await page.close();
    }
}
for (const [name, url] of prints.filter(([n]) => n.includes(filter))) {
  const page = await browser.newPage({ colorScheme: 'dark' });
  await page.goto(site.url + url);
  await page.emulateMedia({ media: 'print' });
  await page.pdf({ path: path.join(out, `${name}.pdf`), format: 'A4', printBackground: true });
  // The same print rendering as a PNG at A4 width (794 px at 96 dpi), for viewers that cannot open PDF.
  await page.setViewportSize({ width: 794, height: 1123 });
  await page.evaluate(() => dispatchEvent(new Event('beforeprint')));
  await page.waitForTimeout(150);
  await page.screenshot({ path: path.join(out, `${name}.png`), fullPage: true });
  await page.close();
}
await browser.close();
site.close();
console.log(`screenshots written to ${out}`);
