/**
 * Broad words: words on most pages ("the", "customer" in a contact centre's
 * library). Searching for one alone narrows nothing, and its index chunk is the
 * heaviest download there is (89 KB for "customer" at 8,000 courses, against a
 * first-query budget of 150 KB in all). So, as search engines do with stop words:
 * - a query with other words leaves the broad ones out, and says so;
 * - a query of broad words only does not search: it says how many pages hold the
 *   word, and lists its best pages, chosen at build time (`bestPages`).
 * A quoted phrase always searches as typed.
 *
 * Pure: the build (search-index-fs.ts) decides which words are broad from
 * Pagefind's own index; the browser plans each query with `planQuery`.
 */
import { stem } from 'porter2';

/** `/search-broad/<lang>.json`: the page count, and each broad word's chunk range (it has a chunk of its own). */
export interface BroadIndex {
  pages: number;
  words: Array<[from: string, to: string, pages: number]>;
}
/** `/search-broad/<lang>/<n>.json`: the best pages for broad word n. */
export interface BroadPage {
  url: string;
  title: string;
  /** Pagefind's filters of the page (type, skill, level), so that the search box's filters apply. */
  filters: Record<string, string[]>;
}

/** A word is broad when it is on more than half the pages of a site with at least this many. */
export const BROAD_MIN_PAGES = 20;

export const isBroad = (pagesWithWord: number, pages: number): boolean => pagesWithWord >= BROAD_MIN_PAGES && pagesWithWord * 2 > pages;

/** A query word as Pagefind normalizes it: lower case, without punctuation. */
export const normalize = (word: string): string => word.toLowerCase().replace(/[\p{Pd}\p{Pe}\p{Pf}\p{Pi}\p{Po}\p{Ps}]/gu, '');

/** UTF-8 order, as Pagefind compares strings: code points, not UTF-16 units (also runs in the browser). */
export const utf8Compare = (a: string, b: string): number => {
  const x = [...a];
  const y = [...b];
  for (let i = 0; i < Math.min(x.length, y.length); i++) if (x[i] !== y[i]) return x[i]!.codePointAt(0)! - y[i]!.codePointAt(0)!;
  return x.length - y.length;
};

/**
 * The broad word a query word would load, or -1. Pagefind looks up the word and its
 * stem; either one inside a broad word's chunk range means that chunk's download
 * (this also holds for a word still being typed: "custo" lands on "custom").
 */
export function broadHit(index: BroadIndex, word: string): number {
  const w = normalize(word);
  if (!w) return -1;
  const terms = /^[a-z]+$/.test(w) ? [w, stem(w)] : [w];
  return index.words.findIndex(([from, to]) => terms.some((t) => utf8Compare(from, t) <= 0 && utf8Compare(t, to) <= 0));
}

export interface Plan {
  /** What to hand Pagefind; null when every word is broad. */
  search: string | null;
  /** The broad words left out, with the index of their entry. */
  leftOut: Array<{ word: string; at: number }>;
}

/** Which words a query searches with: quoted phrases always; bare words unless broad and not alone. */
export function planQuery(term: string, index: BroadIndex | null): Plan {
  if (!index || index.words.length === 0) return { search: term, leftOut: [] };
  const phrases = [...term.matchAll(/"[^"]*"/g)].map((m) => m[0]);
  const bare = term.replace(/"[^"]*"/g, ' ').split(/\s+/).filter((w) => normalize(w));
  const hits = bare.map((word) => ({ word, at: broadHit(index, word) }));
  const leftOut = hits.filter((h) => h.at >= 0);
  if (leftOut.length === 0) return { search: term, leftOut: [] };
  const kept = [...phrases, ...hits.filter((h) => h.at < 0).map((h) => h.word)];
  return { search: kept.length ? kept.join(' ') : null, leftOut };
}

/** Page indexes of a Pagefind word entry (stored as deltas), with the order to show them for a broad word. */
export function bestPages(pages: ReadonlyArray<[delta: number, locations: number[], meta: number[]]>, wordCounts: readonly number[], max: number): number[] {
  let page = 0;
  const scored = pages.map(([delta, locations, meta], i) => {
    page = i === 0 ? delta : page + delta;
    const hits = locations.filter((l) => l >= 0).length;
    return { page, title: meta.length > 0 ? 1 : 0, density: hits / Math.max(1, wordCounts[page] ?? 1) };
  });
  return scored.sort((a, b) => b.title - a.title || b.density - a.density || a.page - b.page).slice(0, max).map((s) => s.page);
}
