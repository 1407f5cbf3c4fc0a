// Builds the Pagefind search index of a built site:
//   node scripts/search-index.ts [site] [--alone-bytes N] [--broad-bytes N] [--pagefind-only]
// (the byte limits of src/lib/search-index-fs.ts: lower them to try broad words on a
// small site; --pagefind-only leaves the index as Pagefind writes it, for comparison)
//
// Pagefind's own CLI, with smaller index chunks. A query downloads the chunk that
// holds its word; Pagefind closes a chunk at 20,000 word locations by default, so
// at 8,000 courses a topic word arrives with ~20 KB of its neighbours. Chunks of
// 5,000 locations cost a few KB more page metadata and save more than that on
// every first query (`npm run bench` measures both sides). The variable is
// Pagefind's own (PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE, read by pagefind 1.6); set it
// in the environment to override.
//
// Then the index is re-cut so that a word never downloads a heavy neighbour, and the
// broad words are written out (src/lib/search-index-fs.ts says why).
import { spawnSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { RechunkSkipped } from '../src/lib/pagefind-chunks.ts';
import { LIMITS, postProcessIndex } from '../src/lib/search-index-fs.ts';

const INDEX_CHUNK_SIZE = 5_000;

const { values, positionals } = parseArgs({ allowPositionals: true, options: { 'alone-bytes': { type: 'string' }, 'broad-bytes': { type: 'string' }, 'pagefind-only': { type: 'boolean' } } });
const site = positionals[0] ?? 'dist';
const limits = { alone: Number(values['alone-bytes'] ?? LIMITS.alone), broad: Number(values['broad-bytes'] ?? LIMITS.broad) };
if (!(limits.alone > 0 && limits.broad >= limits.alone)) {
  console.error(`search-index: --alone-bytes ${limits.alone} and --broad-bytes ${limits.broad} must be positive numbers, broad at least alone.`);
  process.exit(2);
}
const cli = fileURLToPath(new URL('../node_modules/pagefind/lib/runner/bin.cjs', import.meta.url));
const env = { ...process.env, PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE: process.env.PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE ?? String(INDEX_CHUNK_SIZE) };
// Pagefind keeps a file whose content-hashed name already exists, and the re-cut rewrites files under
// Pagefind's names: an old bundle would survive a second run. The bundle is derived, so it starts empty.
rmSync(path.join(site, 'pagefind'), { recursive: true, force: true });
const run = spawnSync(process.execPath, [cli, '--site', site], { stdio: 'inherit', env });
process.exitCode = run.status ?? 1;
if (run.status === 0 && !values['pagefind-only']) {
  try {
    for (const r of postProcessIndex(site, limits)) {
      const broad = r.broad.length ? `; broad words: ${r.broad.slice(0, 12).join(', ')}${r.broad.length > 12 ? ` and ${r.broad.length - 12} more` : ''}` : '';
      console.log(`search index (${r.language}): ${r.chunksBefore} chunks re-cut into ${r.chunksAfter}${broad}`);
    }
  } catch (e) {
    if (!(e instanceof RechunkSkipped)) throw e;
    // Search still works on Pagefind's own chunks: only the byte savings are lost.
    console.warn(`search index: left as Pagefind wrote it (${e.message}). Check that pagefind is the version in package.json.`);
  }
}
