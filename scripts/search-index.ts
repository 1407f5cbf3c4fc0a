// Builds the Pagefind search index of a built site: node scripts/search-index.ts [site]
//
// Pagefind's own CLI, with smaller index chunks. A query downloads the chunk that
// holds its word; Pagefind closes a chunk at 20,000 word locations by default, so
// at 8,000 courses a topic word arrives with ~20 KB of its neighbours. Chunks of
// 5,000 locations cost a few KB more page metadata and save more than that on
// every first query (`npm run bench` measures both sides). The variable is
// Pagefind's own (PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE, read by pagefind 1.6); set it
// in the environment to override.
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const INDEX_CHUNK_SIZE = 5_000;

const site = process.argv[2] ?? 'dist';
const cli = fileURLToPath(new URL('../node_modules/pagefind/lib/runner/bin.cjs', import.meta.url));
const env = { ...process.env, PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE: process.env.PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE ?? String(INDEX_CHUNK_SIZE) };
const run = spawnSync(process.execPath, [cli, '--site', site], { stdio: 'inherit', env });
process.exitCode = run.status ?? 1;
