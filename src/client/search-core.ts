// Pagefind's JS API, shared by the header panel and the results page: loaded
// lazily, with "did you mean" from the build-time vocabulary and quoted phrases
// ranked first.
import { correct, countText, mergeShards, shardLengths, type Vocabulary } from '../lib/spelling.ts';

export interface PagefindResult {
  url: string;
  excerpt: string;
  content: string;
  meta: Record<string, string>;
  filters: Record<string, string[]>;
}
export interface Pagefind {
  options(o: Record<string, unknown>): Promise<void>;
  preload(term: string, o?: Record<string, unknown>): Promise<void>;
  filters(): Promise<Record<string, Record<string, number>>>;
  search(term: string, o?: Record<string, unknown>): Promise<{ results: Array<{ data(): Promise<PagefindResult> }> } | null>;
  debouncedSearch(term: string, o?: Record<string, unknown>, ms?: number): Promise<{ results: Array<{ data(): Promise<PagefindResult> }> } | null>;
}

let pagefind: Promise<Pagefind | null> | undefined;
/**
 * Pagefind, once per page. The header panel runs it without its web worker: the
 * worker is a second 12 KB script on an agent's first query (the byte budget).
 * The results page keeps the worker: it searches as the page loads, and with the
 * WebAssembly on the main thread its results paint later (Lighthouse LCP 2.3 s
 * against 1.4 s on a throttled phone).
 */
export function loadPagefind(worker = false): Promise<Pagefind | null> {
  // A variable URL keeps the bundler from resolving a file that exists only after the build.
  const url = '/pagefind/pagefind.js';
  pagefind ??= import(/* @vite-ignore */ url).then(
    async (pf: Pagefind) => {
      await pf.options({ excerptLength: 18, noWorker: !worker });
      return pf;
    },
    () => null,
  );
  return pagefind;
}

const shards = new Map<number, Promise<Vocabulary>>();
/** The vocabulary words one edit can reach from the query's words, fetched once per word length. */
function loadVocab(term: string): Promise<Vocabulary> {
  const fetchShard = (n: number) => fetch(`/search-words/${n}.json`).then((r) => (r.ok ? (r.json() as Promise<Vocabulary>) : []), () => []);
  const wanted = shardLengths(term).map((n) => {
    if (!shards.has(n)) shards.set(n, fetchShard(n));
    return shards.get(n)!;
  });
  return Promise.all(wanted).then(mergeShards);
}

/** A query that finds fewer pages than this may hold a typo: only then is the vocabulary fetched. */
const FEW = 5;

export interface Outcome {
  term: string;
  /** The corrected query the results are for, when the typed one found too little. */
  correctedTo: string | null;
  /** A correction offered beside results of the typed query. */
  suggestion: string | null;
  results: Array<{ data(): Promise<PagefindResult> }>;
}

/** Runs a query: corrects typos when that finds more, and keeps the newest query only (`debounce`). */
export async function query(pf: Pagefind, term: string, filters: Record<string, string>, debounce = true): Promise<Outcome | null> {
  const run = (t: string) => (debounce ? pf.debouncedSearch(t, { filters }, 150) : pf.search(t, { filters }));
  const first = await run(term);
  if (!first) return null;
  // A word of five letters or more that no page uses is a typo: Pagefind's loose
  // matches for it are noise, so the corrected query's results replace them. A
  // query that finds plenty has no typo worth the vocabulary's bytes.
  const fixed = first.results.length < FEW && /[A-Za-z]{5,}/.test(term) ? correct(term, await loadVocab(term)) : null;
  if (!fixed) return { term, correctedTo: null, suggestion: null, results: first.results };
  const second = await pf.search(fixed, { filters });
  if (!second || second.results.length === 0) return { term, correctedTo: null, suggestion: null, results: first.results };
  return { term, correctedTo: fixed, suggestion: null, results: second.results };
}

/** The data of the best results; a "quoted phrase" ranks pages that contain it exactly first. */
export async function topData(outcome: Outcome, shown: number): Promise<PagefindResult[]> {
  const phrases = [...outcome.term.matchAll(/"([^"]+)"/g)].map((m) => m[1]!.toLowerCase());
  const data = await Promise.all(outcome.results.slice(0, phrases.length ? Math.max(shown, 10) : shown).map((r) => r.data()));
  if (phrases.length === 0) return data;
  const exact = (d: PagefindResult) => phrases.every((p) => d.content.toLowerCase().includes(p));
  return [...data.filter(exact), ...data.filter((d) => !exact(d))].slice(0, shown);
}

/** Pagefind excerpts contain only <mark> tags; rebuild them as DOM nodes, never as HTML. */
export function excerptNodes(excerpt: string): Node[] {
  const out: Node[] = [];
  excerpt.split(/(<mark>.*?<\/mark>)/g).forEach((part) => {
    const m = /^<mark>(.*)<\/mark>$/.exec(part);
    const text = (m ? m[1]! : part).replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&amp;/g, '&');
    if (m) {
      const mark = document.createElement('mark');
      mark.textContent = text;
      out.push(mark);
    } else out.push(document.createTextNode(text));
  });
  return out;
}

export function el<K extends keyof HTMLElementTagNameMap>(tag: K, cls: string, text?: string) {
  const e = document.createElement(tag);
  e.className = cls;
  if (text) e.textContent = text;
  return e;
}

/** One result as a list item with a link, its type, skills and excerpt. */
export function resultItem(d: PagefindResult): HTMLLIElement {
  const li = document.createElement('li');
  const a = el('a', '');
  a.href = d.url;
  const meta = el('span', 'r-meta');
  meta.append(el('span', 'r-type', (d.filters.type ?? [])[0] ?? ''));
  for (const s of (d.filters.skill ?? []).slice(0, 4)) meta.append(el('span', 'r-skill', s));
  const excerpt = el('span', 'r-excerpt');
  excerpt.append(...excerptNodes(d.excerpt));
  a.append(el('span', 'r-title', d.meta.title ?? d.url), document.createElement('br'), meta, excerpt);
  li.append(a);
  return li;
}

/** The status line: count with a correct plural, and what the results are for. */
export function statusText(outcome: Outcome, strings: Record<string, string>): string {
  const n = outcome.results.length;
  if (n === 0) return `${strings.noResults} “${outcome.term}”`;
  const count = countText(n, { one: strings.resultOne!, other: strings.resultMany! });
  return outcome.correctedTo ? `${count} ${strings.showingFor!.replace('{q}', outcome.correctedTo)}` : count;
}
