// Pagefind's JS API, shared by the header panel and the results page: loaded
// lazily, with "did you mean" from the build-time vocabulary and quoted phrases
// ranked first.
import type { BroadIndex, BroadPage, Plan } from '../lib/broad-words.ts';
import { correct, countText, mergeShards, shardLengths, type Vocabulary } from '../lib/spelling.ts';

export interface PagefindResult {
  url: string;
  excerpt: string;
  content: string;
  meta: Record<string, string>;
  filters: Record<string, string[]>;
}
export interface Pagefind {
  init?(): Promise<void>;
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
  // The broad words come with the engine: `query` plans with them.
  void loadBroad();
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

/** The site's broad words (src/lib/broad-words.ts says why): the planner, and the best pages of each. */
export interface BroadWords {
  plan(term: string): Plan;
  index: BroadIndex;
  pages(at: number): Promise<BroadPage[]>;
}

let broad: Promise<BroadWords | null> | undefined;
/** Broad words of the page's language, once per page; null where the build wrote none. Lazy: the planner is not page JS. */
function loadBroad(): Promise<BroadWords | null> {
  const base = `/search-broad/${document.documentElement.lang.toLowerCase()}`;
  const json = <T>(url: string, fallback: T) => fetch(url).then((r) => (r.ok ? (r.json() as Promise<T>) : fallback), () => fallback);
  // The planner (2.3 KB) loads only where there are broad words: most sites have none.
  broad ??= json<BroadIndex | null>(`${base}.json`, null).then(async (index) => {
    if (!index || index.words.length === 0) return null;
    const lib = await import('../lib/broad-words.ts');
    return { index, plan: (term: string) => lib.planQuery(term, index), pages: (at: number) => json<BroadPage[]>(`${base}/${at}.json`, []) };
  });
  return broad;
}

/** A query that finds fewer pages than this may hold a typo: only then is the vocabulary fetched. */
const FEW = 5;

export interface Outcome {
  term: string;
  /** Broad words left out of the search. */
  leftOut: string[];
  /** For a query of broad words only: how many pages hold the first one, out of how many. No search ran. */
  broad: { word: string; pages: number; total: number } | null;
  /** The corrected query the results are for, when the typed one found too little. */
  correctedTo: string | null;
  /** A correction offered beside results of the typed query. */
  suggestion: string | null;
  results: Array<{ data(): Promise<PagefindResult> }>;
}

type Results = Outcome['results'];
const wrap = (pages: BroadPage[]): Results =>
  pages.map((p) => ({ data: async () => ({ url: p.url, excerpt: '', content: '', meta: { title: p.title }, filters: p.filters }) }));

/** A query of broad words only: no search, the build's best pages for its first word (within the filters). */
async function broadOutcome(pf: Pagefind, term: string, plan: Plan, words: BroadWords, filters: Record<string, string>, correctedTo: string | null): Promise<Outcome> {
  // Pagefind starts now, so that the next query pays only for its own chunk.
  void pf.init?.();
  const { word, at } = plan.leftOut[0]!;
  const pages = (await words.pages(at)).filter((p) => Object.entries(filters).every(([k, v]) => (p.filters[k] ?? []).includes(v)));
  const broad = { word, pages: words.index.words[at]![2], total: words.index.pages };
  return { term, correctedTo, suggestion: null, results: wrap(pages), leftOut: [], broad };
}

/**
 * Runs a query: leaves broad words out (or answers from the build's list when there
 * is nothing else), corrects typos when that finds more, and keeps the newest
 * query only (`debounce`).
 */
export async function query(pf: Pagefind, term: string, filters: Record<string, string>, debounce = true): Promise<Outcome | null> {
  const words = await loadBroad();
  const plan = (t: string): Plan => words?.plan(t) ?? { search: t, leftOut: [] };
  const typed = plan(term);
  if (typed.search === null) return broadOutcome(pf, term, typed, words!, filters, null);
  const leftOut = typed.leftOut.map((l) => l.word);
  const run = (t: string) => (debounce ? pf.debouncedSearch(t, { filters }, 150) : pf.search(t, { filters }));
  const first = await run(typed.search);
  if (!first) return null;
  const plain = { term, correctedTo: null, suggestion: null, leftOut, broad: null };
  // A word of five letters or more that no page uses is a typo: Pagefind's loose
  // matches for it are noise, so the corrected query's results replace them. A
  // query that finds plenty has no typo worth the vocabulary's bytes.
  const fixed = first.results.length < FEW && /[A-Za-z]{5,}/.test(typed.search) ? correct(typed.search, await loadVocab(typed.search)) : null;
  if (!fixed) return { ...plain, results: first.results };
  // The correction may be a broad word ("custmer"): planned again, as if typed.
  const again = plan(fixed);
  if (again.search === null) return broadOutcome(pf, term, again, words!, filters, fixed);
  const second = await pf.search(again.search, { filters });
  if (!second || second.results.length === 0) return { ...plain, results: first.results };
  return { ...plain, correctedTo: fixed, leftOut: [...leftOut, ...again.leftOut.map((l) => l.word)], results: second.results };
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

/** The status line: count with a correct plural, what the results are for, and any broad words left out. */
export function statusText(outcome: Outcome, strings: Record<string, string>): string {
  const quote = (words: string[]) => words.map((w) => strings.quoted!.replace('{q}', w)).join(', ');
  if (outcome.broad) {
    const { word, pages, total } = outcome.broad;
    return strings.broadOnly!.replace('{q}', quote([word])).replace('{n}', String(pages)).replace('{total}', String(total));
  }
  const n = outcome.results.length;
  const note = outcome.leftOut.length ? ` · ${strings.leftOut!.replace('{q}', quote([...new Set(outcome.leftOut)]))}` : '';
  if (n === 0) return `${strings.noResults} “${outcome.term}”${note}`;
  const count = countText(n, { one: strings.resultOne!, other: strings.resultMany! });
  return (outcome.correctedTo ? `${count} ${strings.showingFor!.replace('{q}', outcome.correctedTo)}` : count) + note;
}
