#!/usr/bin/env node
// `npm run bench`: prints figures against the budgets in DESIGN.md. Never asserts timing in tests.
//   node scripts/bench.ts [--skip-build] [--skip-join] [--modules 1000] [--kb 500]
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import { defaultUiBytes, indexSizes, jsBytesPerPage, pagefindBytes } from './bench-site.ts';
import { buildStarlight } from './bench-starlight.ts';

const { values } = parseArgs({
  options: {
    'skip-build': { type: 'boolean', default: false },
    'skip-join': { type: 'boolean', default: false },
    modules: { type: 'string', default: '1000' },
    kb: { type: 'string', default: '500' },
  },
});

const node = process.execPath;
const line = (name: string, value: string, budget: string, ok: boolean | null) =>
  console.log(`${ok === null ? 'INFO' : ok ? 'PASS' : 'OVER'}  ${name.padEnd(44)} ${value.padEnd(22)} ${budget}`);

function timed(cmd: string, args: string[], env: Record<string, string> = {}): number {
  const t0 = performance.now();
  const r = spawnSync(cmd, args, { stdio: ['ignore', 'ignore', 'inherit'], env: { ...process.env, ...env } });
  if (r.status !== 0) throw new Error(`${cmd} ${args.join(' ')} exited ${r.status}`);
  return (performance.now() - t0) / 1000;
}

const astro = ['node_modules/astro/bin/astro.mjs', 'build'];
const pagefind = ['scripts/search-index.ts'];

function buildSite(content: string, out: string, join: string): { astro: number; pagefind: number } {
  const env = { GAPWISE_CONTENT: content, GAPWISE_OUT: join, GAPWISE_CACHE_DIR: path.join(join, 'astro-cache') };
  mkdirSync(path.join(content, 'assessments'), { recursive: true });
  timed(node, ['scripts/check-content.ts', '--root', content]);
  timed(node, ['scripts/build-paths.ts', '--out', join], { ...env, GAPWISE_ASSESSMENTS: path.join(content, 'assessments') });
  const a = timed(node, [...astro, '--outDir', out], env);
  const p = timed(node, [...pagefind, out]);
  return { astro: a, pagefind: p };
}

/** One hash over every file's relative path and bytes: equal hashes mean identical folders. */
function treeHash(dir: string): string {
  const h = createHash('sha256');
  const files = readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => path.join(e.parentPath, e.name))
    .sort();
  for (const p of files) h.update(path.relative(dir, p)).update(readFileSync(p));
  return h.digest('hex');
}

console.log('Gapwise bench — figures against the budgets in DESIGN.md\n');
{
  // npm run check, without a build: the sample content, and a generated site of 2,000 modules (median of 3).
  const tmp = mkdtempSync(path.join(tmpdir(), 'gapwise-check-'));
  try {
    const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[1]!;
    const sample = median([0, 1, 2].map(() => timed(node, ['scripts/check-content.ts', '--root', 'content', '--today', '2026-01-01'])));
    line('check: sample content', `${sample.toFixed(2)} s`, 'seconds', sample < 10);
    timed(node, ['scripts/gen-fixtures.ts', '--modules', '2000', '--kb', '0', '--out', tmp]);
    const big = median([0, 1, 2].map(() => timed(node, ['scripts/check-content.ts', '--root', path.join(tmp, 'content'), '--today', '2026-01-01'])));
    line('check: 2,000 generated modules', `${big.toFixed(2)} s`, '< 60 s', big < 60);
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}
if (!values['skip-build']) {
  const tmp = mkdtempSync(path.join(tmpdir(), 'gapwise-bench-'));
  try {
    const sample = buildSite('content', path.join(tmp, 'dist-sample'), path.join(tmp, 'join-sample'));
    line('build: sample site (astro build)', `${sample.astro.toFixed(1)} s`, 'reference', null);
    line('build: sample site (pagefind)', `${sample.pagefind.toFixed(1)} s`, 'reference', null);
    for (const [type, bytes] of jsBytesPerPage(path.join(tmp, 'dist-sample'))) {
      const budget = type === 'dashboard' ? 90 * 1024 : 15 * 1024;
      line(`JS gzip: ${type}`, `${(bytes / 1024).toFixed(1)} KB`, `≤ ${budget / 1024} KB`, bytes <= budget);
    }

    buildSite('content', path.join(tmp, 'dist-sample-2'), path.join(tmp, 'join-sample-2'));
    const same = treeHash(path.join(tmp, 'dist-sample')) === treeHash(path.join(tmp, 'dist-sample-2'));
    line('reproducible: two builds of the sample site', same ? 'identical' : 'DIFFERENT', 'identical dist/', same);

    // The build budget: the same modules (no KB articles: Starlight gets only the modules) built by us and by
    // Starlight, cold, in 3 alternating pairs; the median ratio. Our build also writes each module's /zh-hant/ page.
    const mods = path.join(tmp, 'content-modules');
    timed(node, ['scripts/gen-fixtures.ts', '--modules', values.modules!, '--kb', '0', '--out', mods]);
    const ratios: number[] = [];
    const pairs: string[] = [];
    for (let run = 0; run < 3; run++) {
      const ours = buildSite(path.join(mods, 'content'), path.join(tmp, `dist-modules-${run}`), path.join(tmp, `join-modules-${run}`)).astro;
      const theirs = await buildStarlight(path.join(mods, 'content', 'modules'), path.join(tmp, `starlight-${run}`)).catch((e: unknown) => {
        console.error(`bench: the Starlight reference did not build: ${e instanceof Error ? e.message : String(e)}`);
        return null;
      });
      rmSync(path.join(tmp, `starlight-${run}`), { recursive: true, force: true });
      if (theirs === null) break;
      ratios.push(ours / theirs);
      pairs.push(`${ours.toFixed(1)}/${theirs.toFixed(1)}`);
    }
    if (ratios.length === 3) {
      const ratio = [...ratios].sort((a, b) => a - b)[1]!;
      line(`build: ${values.modules} modules, Gapwise vs Starlight`, `${ratio.toFixed(2)}× (s: ${pairs.join(', ')})`, '≤ 0.75× (median of 3 pairs)', ratio <= 0.75);
    }
    const big = path.join(tmp, 'content-big');
    timed(node, ['scripts/gen-fixtures.ts', '--modules', values.modules!, '--kb', values.kb!, '--out', big]);
    const gen = buildSite(path.join(big, 'content'), path.join(tmp, 'dist-big'), path.join(tmp, 'join-big'));
    line(`build: ${values.modules} modules + ${values.kb} KB (astro)`, `${gen.astro.toFixed(1)} s`, "in Node's default heap", true);
    line(`build: ${values.modules} modules + ${values.kb} KB (pagefind)`, `${gen.pagefind.toFixed(1)} s`, 'reference', null);
    const catalogPages = [path.join(tmp, 'dist-big', 'courses', 'index.html'), ...readdirSync(path.join(tmp, 'dist-big', 'courses', 'page')).map((n) => path.join(tmp, 'dist-big', 'courses', 'page', n, 'index.html'))];
    const biggest = Math.max(...catalogPages.map((f) => gzipSync(readFileSync(f)).length));
    line(`catalog: largest of ${catalogPages.length} pages (${values.modules} courses)`, `${(biggest / 1024).toFixed(1)} KB gzip`, '≤ 150 KB', biggest <= 150 * 1024);
    const pf = await pagefindBytes(path.join(tmp, 'dist-big'), ['customer', 'refund']);
    line('search: first query bytes (big site)', `${(pf.first / 1024).toFixed(1)} KB`, '≤ 150 KB', pf.first <= 150 * 1024);
    line('search: later query bytes (big site)', `${(pf.later / 1024).toFixed(1)} KB`, 'reference', null);
    // Search and catalog at 8,000 courses: our search box against Pagefind's default UI, same site, same queries.
    const huge = path.join(tmp, 'content-huge');
    timed(node, ['scripts/gen-fixtures.ts', '--modules', '8000', '--kb', '0', '--out', huge]);
    buildSite(path.join(huge, 'content'), path.join(tmp, 'dist-huge'), path.join(tmp, 'join-huge'));
    // A first query costs Pagefind's fixed start (script, WebAssembly, page metadata) plus the index chunk of its word:
    // measure topic words, words whose stem differs ("policy" → "polici") or that sort beside a word on most
    // pages ("improve" after "in"), a typo (which also fetches vocabulary), and broad words such as "customer",
    // on nearly every page of a customer-service library (gen-fixtures draws a Zipf vocabulary: scripts/lib/corpus.ts).
    for (const term of ['refund', 'empathy', 'escalation', 'vulnerable', 'bereavement', 'policy', 'improve', 'identify', 'vulnrable', 'customer', 'account', 'team']) {
      const ours = await pagefindBytes(path.join(tmp, 'dist-huge'), [term, 'billing']);
      const theirs = await defaultUiBytes(path.join(tmp, 'dist-huge'), [term, 'billing']);
      line(`search at 8,000 courses: first query "${term}"`, `${(ours.first / 1024).toFixed(1)} KB (default UI ${(theirs.first / 1024).toFixed(1)} KB)`, '≤ 150 KB', ours.first <= 150 * 1024);
      line(`search at 8,000 courses: later query "billing" after "${term}"`, `${(ours.later / 1024).toFixed(1)} KB vs ${(theirs.later / 1024).toFixed(1)} KB`, '≤ Pagefind default UI', ours.later <= theirs.later);
    }
    const hugePages = readdirSync(path.join(tmp, 'dist-huge', 'courses', 'page')).map((n) => path.join(tmp, 'dist-huge', 'courses', 'page', n, 'index.html'));
    const hugeBiggest = Math.max(...[path.join(tmp, 'dist-huge', 'courses', 'index.html'), ...hugePages].map((f) => gzipSync(readFileSync(f)).length));
    line(`catalog: largest of ${hugePages.length + 1} pages (8,000 courses)`, `${(hugeBiggest / 1024).toFixed(1)} KB gzip`, '≤ 150 KB', hugeBiggest <= 150 * 1024);
    const pfs = await pagefindBytes(path.join(tmp, 'dist-sample'), ['empathy', 'refund']);
    line('search: first query bytes (sample site)', `${(pfs.first / 1024).toFixed(1)} KB`, '≤ 150 KB', pfs.first <= 150 * 1024);
    // One index per language; a first Chinese query on the Chinese side.
    for (const [lang, bytes] of indexSizes(path.join(tmp, 'dist-sample'))) line(`search index (sample site): ${lang}`, `${(bytes / 1024).toFixed(1)} KB`, 'reference', null);
    const zh = await pagefindBytes(path.join(tmp, 'dist-sample'), ['同理', '退款'], '/zh-hant/kb/');
    line('search: first Chinese query bytes (同理, sample site)', `${(zh.first / 1024).toFixed(1)} KB`, '≤ 150 KB', zh.first <= 150 * 1024);
    line('search: later Chinese query bytes (退款)', `${(zh.later / 1024).toFixed(1)} KB`, 'reference', null);
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}
if (!values['skip-build']) {
  console.log('');
  // Lighthouse on the sample site as `npm run build` left it in dist/.
  if (existsSync('dist/index.html')) spawnSync(node, ['scripts/bench-lighthouse.ts', 'dist'], { stdio: 'inherit' });
  const r = spawnSync(node, ['scripts/bench-dashboards.ts'], { stdio: 'inherit' });
  if (r.status !== 0) process.exitCode = r.status ?? 1;
}
if (!values['skip-join'] && existsSync('scripts/bench-join.ts')) {
  console.log('');
  const r = spawnSync(node, ['scripts/bench-join.ts'], { stdio: 'inherit' });
  process.exitCode = r.status ?? 1;
}
