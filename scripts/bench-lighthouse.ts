#!/usr/bin/env node
// Lighthouse (mobile: performance and accessibility) on every page type of the built
// sample site, served locally with compression as a CDN would.
//   node scripts/bench-lighthouse.ts [dist]
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { serve } from './bench-site.ts';
import { chromiumArgs, chromiumPath } from './lib/chromium.ts';

const pages: Array<[string, string]> = [
  ['home', '/'],
  ['catalog', '/courses/'],
  ['course', '/courses/de-escalation-essentials/'],
  ['KB index', '/kb/'],
  ['KB article', '/kb/refund-and-credit-policy/'],
  ['skills index', '/skills/'],
  ['skill', '/skills/empathy/'],
  ['paths index', '/paths/'],
  ['path', '/paths/escalations/'],
  ['search', '/search/?q=refund'],
  // Lighthouse refuses to audit a 404 response, so the not-found page is audited at its own address.
  ['404', '/404.html'],
];

const site = await serve(process.argv[2] ?? 'dist');
const chrome = await chromeLauncher.launch({ chromePath: chromiumPath, chromeFlags: ['--headless=new', ...chromiumArgs] });
let worst = 100;
try {
  for (const [name, url] of pages) {
    const result = await lighthouse(`${site.url}${url}`, { port: chrome.port, onlyCategories: ['performance', 'accessibility'], logLevel: 'error' });
    const cats = result!.lhr.categories;
    const perf = Math.round((cats.performance?.score ?? 0) * 100);
    const a11y = Math.round((cats.accessibility?.score ?? 0) * 100);
    worst = Math.min(worst, perf, a11y);
    const ok = perf === 100 && a11y === 100;
    console.log(`${ok ? 'PASS' : 'OVER'}  lighthouse mobile: ${name.padEnd(13)} performance ${String(perf).padStart(3)}  accessibility ${String(a11y).padStart(3)}   budget 100 / 100`);
    if (!ok) {
      const failing = Object.values(result!.lhr.audits).filter((a) => a.score !== null && a.score < 1 && (a.scoreDisplayMode === 'binary' || a.scoreDisplayMode === 'numeric'));
      for (const a of failing.slice(0, 6)) console.log(`        ${a.id}: ${a.displayValue ?? a.score}`);
    }
  }
} finally {
  chrome.kill();
  site.close();
}
if (worst < 100) process.exitCode = 1;
