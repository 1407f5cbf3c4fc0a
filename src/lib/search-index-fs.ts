/**
 * After Pagefind: re-cut each language's word index (pagefind-chunks.ts) and
 * write the broad-word files (broad-words.ts). Reads and writes `<site>/pagefind/`
 * and `<site>/search-broad/`.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { bestPages, isBroad, type BroadIndex, type BroadPage } from './broad-words.ts';
import { boundaries, chunkHash, decodeFile, encodeFile, entryBytes, RechunkSkipped, SIGNATURE, splitHeavy, stemForms, type ChunkRef, type WordEntry } from './pagefind-chunks.ts';

/**
 * Byte limits (gzip) for one word's entry. Heavier than `alone`: a chunk of its own,
 * so that its neighbours download without it. Broad: heavier than `broad`, or
 * heavier than `alone` and on most pages. A first query costs Pagefind's fixed
 * start (about 127 KB at 8,000 courses) plus one chunk, against a budget of 150 KB.
 * Small sites have no entry this heavy, so nothing there is broad.
 */
export interface Limits {
  alone: number;
  broad: number;
}
export const LIMITS: Limits = { alone: 8 * 1024, broad: 12 * 1024 };
/** Pages listed for a broad word. */
const BEST = 10;

type Meta = [version: string, pages: Array<[hash: string, wordCount: number, ...rest: unknown[]]>, chunks: ChunkRef[], ...rest: unknown[]];

export interface LanguageReport {
  language: string;
  chunksBefore: number;
  chunksAfter: number;
  broad: string[];
}

/** Re-cuts every language's index and writes its broad words. Throws RechunkSkipped for an index it cannot read. */
export function postProcessIndex(site: string, limits: Limits = LIMITS): LanguageReport[] {
  const dir = path.join(site, 'pagefind');
  const entry = JSON.parse(readFileSync(path.join(dir, 'pagefind-entry.json'), 'utf8')) as { languages: Record<string, { hash: string }> };
  rmSync(path.join(site, 'search-broad'), { recursive: true, force: true });
  const forms = stemForms(vocabulary(site));
  return Object.entries(entry.languages).map(([language, { hash }]) => processLanguage(site, language, hash, limits, forms));
}

/** The words of the "did you mean" vocabulary (`search-words/<length>.json`), where the site has one. */
function vocabulary(site: string): string[] {
  const dir = path.join(site, 'search-words');
  if (!existsSync(dir)) return [];
  return readdirSync(dir).flatMap((f) => (JSON.parse(readFileSync(path.join(dir, f), 'utf8')) as Array<[string, number]>).map(([w]) => w));
}

function processLanguage(site: string, language: string, hash: string, limits: Limits, forms: (stem: string) => string[]): LanguageReport {
  const dir = path.join(site, 'pagefind');
  const metaFile = path.join(dir, `pagefind.${hash}.pf_meta`);
  const meta = decodeFile(readFileSync(metaFile), metaFile) as Meta;
  const refs = meta[2];
  const chunks = refs.map(([, , h]) => {
    const file = path.join(dir, 'index', `${h}.pf_index`);
    const value = decodeFile(readFileSync(file), file) as unknown[];
    if (!Array.isArray(value) || value.length !== 1 || !Array.isArray(value[0])) throw new RechunkSkipped(`${file} is not a list of words`);
    return value[0] as WordEntry[];
  });
  if (chunks.length === 0) return { language, chunksBefore: 0, chunksAfter: 0, broad: [] };
  const bytes = new Map<WordEntry, number>();
  // A cheap bound first: compressed bytes never much exceed the raw CBOR.
  for (const e of chunks.flat()) bytes.set(e, JSON.stringify(e[1]).length > limits.alone / 2 ? entryBytes(e) : 0);
  const pages = meta[1].length;
  const heavy = (e: WordEntry) => bytes.get(e)! > limits.alone;
  const broad = (e: WordEntry) => bytes.get(e)! > limits.broad || (heavy(e) && isBroad(e[1].length, pages));
  const split = splitHeavy(chunks, heavy);
  const files = split.map((words) => encodeFile([words]));
  const bounds = boundaries(split, files.map((f) => f.length), refs[0]![0], forms);
  const newRefs: ChunkRef[] = files.map((data, i) => {
    const h = chunkHash(language, data);
    writeFileSync(path.join(dir, 'index', `${h}.pf_index`), data);
    return [bounds[i]![0], bounds[i]![1], h];
  });
  const kept = new Set(newRefs.map((r) => r[2]));
  for (const [, , h] of refs) if (!kept.has(h)) rmSync(path.join(dir, 'index', `${h}.pf_index`), { force: true });
  meta[2] = newRefs;
  shortenPageIds(dir, language, meta);
  writeFileSync(metaFile, encodeFile(meta));
  const broadWords = writeBroad(site, language, meta, split, newRefs, broad);
  return { language, chunksBefore: refs.length, chunksAfter: newRefs.length, broad: broadWords };
}

/**
 * Short page ids. pf_meta names every page by its fragment's content hash, ten
 * characters that do not compress: 22 KB of the 54 KB that every first query
 * downloads at 8,000 courses. Fragments are renamed `<language>_<set>_<n>`, where
 * `<set>` hashes every page's hash: the ids compress to almost nothing, and a change
 * to any page still moves every URL, so no cache serves an old fragment. Fragment
 * groups (a Pagefind option this site does not use) are left as they are.
 */
function shortenPageIds(dir: string, language: string, meta: Meta): void {
  const pages = meta[1];
  if (pages.some((p) => p.length !== 3 || p[2] !== '')) return;
  const set = createHash('sha256');
  for (const p of pages) set.update(`${p[0]}\n`);
  const prefix = `${language}_${set.digest('hex').slice(0, 7)}_`;
  const file = (id: string) => path.join(dir, 'fragment', `${id}.pf_fragment`);
  pages.forEach((p, i) => {
    const id = prefix + i.toString(36);
    renameSync(file(p[0]), file(id));
    p[0] = id;
  });
}

/** `search-broad/<lang>.json` and one file of best pages per broad word. */
function writeBroad(site: string, language: string, meta: Meta, split: WordEntry[][], refs: ChunkRef[], broad: (e: WordEntry) => boolean): string[] {
  const out = path.join(site, 'search-broad');
  const index: BroadIndex = { pages: meta[1].length, words: [] };
  const wordCounts = meta[1].map((p) => p[1]);
  const names: string[] = [];
  split.forEach((words, i) => {
    if (words.length !== 1 || !broad(words[0]!)) return;
    const e = words[0]!;
    const best: BroadPage[] = bestPages(e[1], wordCounts, BEST).map((p) => fragment(site, meta[1][p]![0]));
    mkdirSync(path.join(out, language), { recursive: true });
    writeFileSync(path.join(out, language, `${index.words.length}.json`), JSON.stringify(best));
    index.words.push([refs[i]![0], refs[i]![1], e[1].length]);
    names.push(e[0]);
  });
  mkdirSync(out, { recursive: true });
  writeFileSync(path.join(out, `${language}.json`), JSON.stringify(index));
  return names;
}

function fragment(site: string, hash: string): BroadPage {
  // A fragment is JSON after the signature, not CBOR.
  const raw = gunzipSync(readFileSync(path.join(site, 'pagefind', 'fragment', `${hash}.pf_fragment`)));
  const f = JSON.parse(raw.subarray(SIGNATURE.length).toString('utf8')) as { url: string; meta: { title?: string }; filters: Record<string, string[]> };
  return { url: f.url, title: f.meta.title ?? f.url, filters: f.filters };
}
