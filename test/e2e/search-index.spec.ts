// The re-cut search index (src/lib/search-index-fs.ts) against Pagefind's own, on
// copies of the built sample site, in the real Pagefind JS. Byte limits are lowered
// so that the sample site has heavy and broad words as an 8,000-course site does.
import { expect, test, type Page } from '@playwright/test';
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { stem } from 'porter2';
import { serve } from '../../scripts/bench-site.ts';
import { broadHit, normalize, type BroadIndex } from '../../src/lib/broad-words.ts';
import { chunkFor, decodeFile, type ChunkRef } from '../../src/lib/pagefind-chunks.ts';
import { fromRoot } from './root.ts';

const WORDS = ['refund', 'refunds', 'empathy', 'escalation', 'vulnerable', 'bereavement', 'billing', 'improve', 'identify', 'policy', 'policies', 'happy', 'customer', 'customers', 'the', 'refnd', 'zebra'];
const LIMITS = ['--alone-bytes', '300', '--broad-bytes', '600'];

let tmp: string;
const sites: Record<'pagefind' | 'recut', { dir: string; url: string; close: () => void }> = {} as never;

test.beforeAll(() => {
  tmp = mkdtempSync(path.join(tmpdir(), 'gapwise-recut-'));
});
test.afterAll(() => {
  for (const s of Object.values(sites)) s.close();
  rmSync(tmp, { recursive: true, force: true });
});

async function site(kind: 'pagefind' | 'recut') {
  if (sites[kind]) return sites[kind];
  const dir = path.join(tmp, kind);
  cpSync(fromRoot('dist'), dir, { recursive: true });
  rmSync(path.join(dir, 'search-broad'), { recursive: true, force: true });
  const args = kind === 'pagefind' ? ['--pagefind-only'] : LIMITS;
  const run = spawnSync(process.execPath, [fromRoot('scripts/search-index.ts'), dir, ...args], { encoding: 'utf8' });
  expect(run.status, run.stderr).toBe(0);
  sites[kind] = { dir, ...(await serve(dir)) };
  return sites[kind];
}

/** Results of a Pagefind query in a fresh page, with the index chunks it fetched. */
async function search(page: Page, url: string, word: string): Promise<{ urls: string[]; chunks: string[] }> {
  const chunks: string[] = [];
  page.on('request', (r) => r.url().endsWith('.pf_index') && chunks.push(path.basename(r.url(), '.pf_index')));
  await page.goto(`${url}/kb/`);
  const urls = await page.evaluate(async (w) => {
    // A variable URL: the file exists only on the served site.
    const url = '/pagefind/pagefind.js';
    const pf = (await import(/* @vite-ignore */ url)) as { search(t: string): Promise<{ results: Array<{ data(): Promise<{ url: string }> }> }> };
    const r = await pf.search(w);
    return Promise.all(r.results.map(async (x) => (await x.data()).url));
  }, word);
  return { urls, chunks };
}

function chunkRefs(dir: string): ChunkRef[] {
  const entry = JSON.parse(readFileSync(path.join(dir, 'pagefind/pagefind-entry.json'), 'utf8')) as { languages: { en: { hash: string } } };
  const meta = decodeFile(readFileSync(path.join(dir, `pagefind/pagefind.${entry.languages.en.hash}.pf_meta`)), 'pf_meta') as [string, unknown, ChunkRef[]];
  return meta[2];
}

test.describe('the re-cut search index', () => {
  test.describe.configure({ mode: 'serial' });

  test('finds the same pages in the same order as Pagefind’s own', async ({ browser }) => {
    const [a, b] = [await site('pagefind'), await site('recut')];
    const broad = JSON.parse(readFileSync(path.join(b.dir, 'search-broad/en.json'), 'utf8')) as BroadIndex;
    const page = await browser.newPage();
    for (const word of WORDS) {
      const [theirs, ours] = [await search(page, a.url, word), await search(page, b.url, word)];
      if (word !== 'zebra' && word !== 'refnd') expect(ours.urls.length, word).toBeGreaterThan(0);
      // A broad word's chunk holds it alone: its longer forms ("customer’s") are in the next chunk, which
      // Pagefind does not load for it, so it finds a subset. Our search box never searches it alone.
      if (broadHit(broad, word) >= 0) expect(theirs.urls, word).toEqual(expect.arrayContaining(ours.urls));
      else expect(ours.urls, word).toEqual(theirs.urls);
    }
    expect(WORDS.filter((w) => broadHit(broad, w) >= 0)).toEqual(['customer', 'customers', 'the']);
  });

  test('fetches only the chunk of each looked-up word, never a neighbour', async ({ browser }) => {
    const b = await site('recut');
    const refs = chunkRefs(b.dir);
    expect(refs.length).toBeGreaterThan(40);
    // Pages are listed by short ids, not ten-character hashes (the results above load through them).
    const fragments = readdirSync(path.join(b.dir, 'pagefind/fragment'));
    expect(fragments.filter((f) => !/^(en|zh-hant)_[0-9a-f]{7}_[0-9a-z]{1,3}\.pf_fragment$/.test(f))).toEqual([]);
    const page = await browser.newPage();
    for (const word of WORDS) {
      // Pagefind looks up the word and its stem: the contiguous ranges name one chunk for each.
      const w = normalize(word);
      const expected = [...new Set([w, stem(w)].map((t) => chunkFor(refs, t)?.[2]).filter(Boolean))].sort();
      const { chunks } = await search(page, b.url, word);
      expect([...new Set(chunks)].sort(), word).toEqual(expected);
    }
  });

  test('a broad word alone lists pages about it without searching, and is left out beside others', async ({ browser }) => {
    const b = await site('recut');
    const page = await browser.newPage();
    const chunks: string[] = [];
    page.on('request', (r) => r.url().endsWith('.pf_index') && chunks.push(r.url()));
    await page.goto(`${b.url}/kb/`);
    const box = page.locator('#site-search');
    await box.fill('customers');
    const status = page.locator('#site-results .status');
    await expect(status).toHaveText(/^“customers” is on \d+ of \d+ pages: add a word to narrow it down/);
    await expect(page.locator('#site-results .results a').first()).toBeVisible();
    // The panel's filters apply to the listed pages too.
    const type = page.locator('#site-results select[data-filter="type"]');
    await type.focus();
    await expect(type.locator('option', { hasText: 'Article' })).toHaveCount(1);
    await type.selectOption('Article');
    await expect.poll(async () => [...new Set(await page.locator('#site-results .r-type').allTextContents())]).toEqual(['Article']);
    await type.selectOption('');
    expect(chunks).toEqual([]);
    await box.fill('customer refund');
    await expect(status).toContainText('Left out as too common: “customer”.');
    await expect(page.locator('#site-results .results a').first()).toContainText('Refund');
    // The same on the results page, a link anyone can share.
    await page.goto(`${b.url}/search/?q=customers`);
    await expect(page.locator('[data-page-status]')).toHaveText(/is on \d+ of \d+ pages/);
    await expect(page.locator('[data-page-results] a').first()).toBeVisible();
  });
});
