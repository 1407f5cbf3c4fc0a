// Measurements on a built site: JS shipped per page type, and Pagefind bytes per query.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { launchChromium } from './lib/chromium.ts';

/** One example page per page type, relative to dist. */
export const pageTypes: Array<[string, (dist: string) => string | undefined]> = [
  ['home', () => 'index.html'],
  ['catalog', () => 'courses/index.html'],
  ['module', () => 'courses/de-escalation-essentials/index.html'],
  ['KB article', () => 'kb/hub-3-restart-and-reset/index.html'],
  ['skill page', () => 'skills/empathy/index.html'],
  ['team path', () => 'paths/chat-support/index.html'],
  ['404', () => '404.html'],
];

const SCRIPT_SRC = /<script[^>]*\btype="module"[^>]*\bsrc="([^"]+)"/g;
const INLINE = /<script[^>]*\btype="module"[^>]*>([\s\S]*?)<\/script>/g;
const STATIC_IMPORT = /(?:^|[;\n}])\s*import\s*(?:[\w*{}\s,$]+from\s*)?["']([^"']+)["']/g;

/** Gzip bytes of the JS a page runs eagerly: module scripts and their static imports (not lazy search). */
export function jsBytesForPage(dist: string, htmlFile: string): number {
  const html = readFileSync(path.join(dist, htmlFile), 'utf8');
  const seen = new Set<string>();
  let total = 0;
  const visitFile = (abs: string) => {
    if (seen.has(abs) || !existsSync(abs)) return;
    seen.add(abs);
    const code = readFileSync(abs, 'utf8');
    total += gzipSync(code).length;
    for (const m of code.matchAll(STATIC_IMPORT)) visitFile(path.resolve(path.dirname(abs), m[1]!));
  };
  for (const m of html.matchAll(SCRIPT_SRC)) visitFile(path.join(dist, m[1]!));
  for (const m of html.matchAll(INLINE)) {
    if (!m[1]!.trim()) continue;
    total += gzipSync(m[1]!).length;
    for (const i of m[1]!.matchAll(STATIC_IMPORT)) visitFile(path.join(dist, i[1]!));
  }
  return total;
}

/** JS gzip bytes for each page type that exists in `dist`. */
export function jsBytesPerPage(dist: string): Array<[string, number]> {
  return pageTypes
    .map(([type, pick]) => [type, pick(dist)] as const)
    .filter(([, f]) => f && existsSync(path.join(dist, f)))
    .map(([type, f]) => [type, jsBytesForPage(dist, f!)]);
}

const TYPES: Record<string, string> = {
  '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css', '.json': 'application/json',
  '.wasm': 'application/wasm', '.svg': 'image/svg+xml',
};

/** Serve `dist` on a loopback port; returns the base URL and a close function. */
export async function serve(dist: string): Promise<{ url: string; close: () => void }> {
  const server = createServer((req, res) => {
    let p = path.join(dist, decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname));
    if (existsSync(p) && statSync(p).isDirectory()) p = path.join(p, 'index.html');
    if (!existsSync(p)) {
      const nf = path.join(dist, '404.html');
      res.writeHead(404, { 'content-type': 'text/html' }).end(existsSync(nf) ? readFileSync(nf) : '');
      return;
    }
    // Compress text as any CDN would; Pagefind's own files are already gzipped.
    const raw = readFileSync(p);
    const type = TYPES[path.extname(p)] ?? 'application/octet-stream';
    const gzip = /^(text\/|application\/json|image\/svg)/.test(type) && /gzip/.test(String(req.headers['accept-encoding']));
    const body = gzip ? gzipSync(raw) : raw;
    res.writeHead(200, { 'content-type': type, 'content-length': body.length, ...(gzip ? { 'content-encoding': 'gzip' } : {}) });
    res.end(body);
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const addr = server.address();
  const port = typeof addr === 'object' && addr ? addr.port : 0;
  return { url: `http://127.0.0.1:${port}`, close: () => server.close() };
}

/** Bytes our search downloads for the first query (from the focus on) and for a later one. */
export async function pagefindBytes(dist: string, terms: [string, string], start = '/kb/'): Promise<{ first: number; later: number }> {
  const site = await serve(dist);
  const browser = await launchChromium();
  try {
    const page = await browser.newPage();
    let bytes = 0;
    let counting = false;
    // Bytes on the wire, everything from the focus on (Pagefind, the vocabulary, broad words, lazy JS):
    // the compressed body size as the server sent it.
    page.on('response', (r) => {
      if (counting) bytes += Number(r.headers()['content-length'] ?? 0);
    });
    await page.goto(`${site.url}${start}`);
    await page.waitForLoadState('networkidle');
    const box = page.locator('#site-search');
    counting = true;
    await box.focus();
    await box.fill(terms[0]);
    await page.locator('#site-results .results a').first().waitFor({ timeout: 30_000 });
    await page.waitForTimeout(500);
    const first = bytes;
    await box.fill(terms[1]);
    await page.waitForTimeout(300);
    await page.locator('#site-results .results a').first().waitFor({ timeout: 30_000 });
    await page.waitForTimeout(500);
    return { first, later: bytes - first };
  } finally {
    await browser.close();
    site.close();
  }
}

/**
 * The same two queries through Pagefind's own default UI on the same site, for
 * comparison: a page that mounts PagefindUI is written into `dist` for the run.
 */
export async function defaultUiBytes(dist: string, terms: [string, string]): Promise<{ first: number; later: number }> {
  const { writeFileSync, rmSync } = await import('node:fs');
  const file = path.join(dist, '_bench-default-ui.html');
  writeFileSync(file, '<!doctype html><meta charset="utf-8"><link href="/pagefind/pagefind-ui.css" rel="stylesheet"><script src="/pagefind/pagefind-ui.js"></script><div id="search"></div><script>window.addEventListener("DOMContentLoaded",()=>new PagefindUI({element:"#search",showSubResults:true}))</script>');
  const site = await serve(dist);
  const browser = await launchChromium();
  try {
    const page = await browser.newPage();
    let bytes = 0;
    page.on('response', (r) => {
      if (r.url().includes('/pagefind/')) bytes += Number(r.headers()['content-length'] ?? 0);
    });
    await page.goto(`${site.url}/_bench-default-ui.html`);
    const box = page.locator('.pagefind-ui__search-input');
    // The default UI has no typo help: a query can end in "No results", which is an answer too.
    const answered = (term: string) => page.locator('.pagefind-ui__message').filter({ hasText: term }).waitFor({ timeout: 30_000 });
    await box.fill(terms[0]);
    await answered(terms[0]);
    await page.waitForTimeout(500);
    const first = bytes;
    await box.fill(terms[1]);
    await answered(terms[1]);
    await page.waitForTimeout(500);
    return { first, later: bytes - first };
  } finally {
    await browser.close();
    site.close();
    rmSync(file, { force: true });
  }
}

/** Bytes of each language's search index: its metadata, index chunks, filters and fragments (fragments are shared by name prefix). */
export function indexSizes(dist: string): Map<string, number> {
  const dir = path.join(dist, 'pagefind');
  const sizes = new Map<string, number>();
  const add = (lang: string, file: string) => sizes.set(lang, (sizes.get(lang) ?? 0) + statSync(file).size);
  for (const name of readdirSync(dir)) {
    const meta = /^pagefind\.(.+?)_[0-9a-f]+\.pf_meta$/.exec(name);
    if (meta) add(meta[1]!, path.join(dir, name));
  }
  for (const sub of ['index', 'filter', 'fragment']) {
    for (const name of readdirSync(path.join(dir, sub))) {
      // <lang>_<hash>.pf_index, or a fragment's short id <lang>_<set>_<n> (src/lib/search-index-fs.ts).
      const lang = /^(.+?)_[0-9a-f]+(?:_[0-9a-z]+)?\./.exec(name)?.[1];
      if (lang) add(lang, path.join(dir, sub, name));
    }
  }
  return sizes;
}
