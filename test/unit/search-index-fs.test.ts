// The search index's re-cut on a small site indexed by the real Pagefind CLI: what it
// writes, and what it does with an index it cannot read.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import type { BroadIndex, BroadPage } from '../../src/lib/broad-words.ts';
import { RechunkSkipped } from '../../src/lib/pagefind-chunks.ts';
import { postProcessIndex } from '../../src/lib/search-index-fs.ts';

const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

/** 40 pages: "customer" on every one (densest on every fifth), "refund" on three, and a "Customer care" page. */
function site(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'gapwise-index-'));
  dirs.push(dir);
  for (let i = 0; i < 40; i++) {
    const title = i === 7 ? 'Customer care' : `Page ${i}`;
    const words = [`Every customer matters on page ${i}.`, i % 13 === 0 ? 'Refund the charge.' : 'Listen first.', i % 5 === 0 ? 'Customer, customer, customer.' : 'The customer comes back.'];
    mkdirSync(path.join(dir, `p${i}`));
    writeFileSync(path.join(dir, `p${i}`, 'index.html'), `<!doctype html><html lang="en"><head><title>${title}</title></head><body><main data-pagefind-body><h1>${title}</h1><p data-pagefind-filter="type:Article">${words.join(' ')}</p></main></body></html>`);
  }
  return dir;
}
const indexSite = (dir: string, ...args: string[]) => spawnSync(process.execPath, ['scripts/search-index.ts', dir, ...args], { encoding: 'utf8' });

describe('search index re-cut', () => {
  it('gives broad words their own chunk and lists their best pages, title hits first', () => {
    const dir = site();
    const run = indexSite(dir, '--alone-bytes', '60', '--broad-bytes', '120');
    expect(run.status, run.stderr).toBe(0);
    expect(run.stdout).toMatch(/search index \(en\): \d+ chunks re-cut into \d+; broad words: .*custom/);
    const index = JSON.parse(readFileSync(path.join(dir, 'search-broad/en.json'), 'utf8')) as BroadIndex;
    expect(index.pages).toBe(40);
    const at = index.words.findIndex(([from, to]) => from <= 'custom' && 'custom' <= to);
    expect(index.words[at]![2]).toBe(40);
    const best = JSON.parse(readFileSync(path.join(dir, `search-broad/en/${at}.json`), 'utf8')) as BroadPage[];
    expect(best).toHaveLength(10);
    expect(best[0]).toEqual({ url: '/p7/', title: 'Customer care', filters: { type: ['Article'] } });
    // "refund" is on three pages: not broad.
    expect(index.words.some(([from, to]) => from <= 'refund' && 'refund' <= to)).toBe(false);
  });

  it('finds no broad word on a small site at the default limits, and rejects limits that make no sense', () => {
    const dir = site();
    const run = indexSite(dir);
    expect(run.stdout).toMatch(/search index \(en\): \d+ chunks re-cut into \d+\n/);
    expect((JSON.parse(readFileSync(path.join(dir, 'search-broad/en.json'), 'utf8')) as BroadIndex).words).toEqual([]);
    const bad = indexSite(dir, '--alone-bytes', '500', '--broad-bytes', '100');
    expect(bad.status).toBe(2);
    expect(bad.stderr).toContain('--alone-bytes 500 and --broad-bytes 100 must be positive numbers, broad at least alone');
  });

  it('leaves an index it cannot read exactly as Pagefind wrote it, and says which file', () => {
    const dir = site();
    expect(indexSite(dir, '--pagefind-only').status).toBe(0);
    const chunks = path.join(dir, 'pagefind/index');
    const [first] = readdirSync(chunks);
    const before = readdirSync(path.join(dir, 'pagefind'), { recursive: true }).map(String).sort();
    const meta = readdirSync(path.join(dir, 'pagefind')).find((f) => f.endsWith('.pf_meta'))!;
    const metaBytes = readFileSync(path.join(dir, 'pagefind', meta));
    // A chunk from some other Pagefind version, with the right signature: a body cut short, and a
    // body in a CBOR form this version does not write (an indefinite-length map).
    for (const [body, why] of [[[0x82, 0x01], 'is not CBOR that this version reads'], [[0xbf, 0x61, 0x61, 0x01, 0xff], 'does not re-encode to the same bytes']] as const) {
      writeFileSync(path.join(chunks, first!), gzipSync(Buffer.concat([Buffer.from('pagefind_dcd'), Buffer.from(body)])));
      expect(() => postProcessIndex(dir)).toThrow(RechunkSkipped);
      expect(() => postProcessIndex(dir)).toThrow(`${path.join(chunks, first!)} ${why}`);
    }
    expect(readdirSync(path.join(dir, 'pagefind'), { recursive: true }).map(String).sort()).toEqual(before);
    expect(readFileSync(path.join(dir, 'pagefind', meta)).equals(metaBytes)).toBe(true);
  });
});
