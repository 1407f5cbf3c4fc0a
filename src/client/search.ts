// Header search: Pagefind's JS API, loaded lazily and preloaded on focus.
interface PagefindResult {
  url: string;
  excerpt: string;
  meta: Record<string, string>;
  filters: Record<string, string[]>;
}
interface Pagefind {
  options(o: Record<string, unknown>): Promise<void>;
  preload(term: string, o?: Record<string, unknown>): Promise<void>;
  filters(): Promise<Record<string, Record<string, number>>>;
  debouncedSearch(
    term: string,
    o?: Record<string, unknown>,
    ms?: number,
  ): Promise<{ results: Array<{ data(): Promise<PagefindResult> }> } | null>;
}

let pagefind: Promise<Pagefind | null> | undefined;
/** Results whose fragments are fetched: each costs a download, so show the best few. */
const SHOWN = 6;

function load(): Promise<Pagefind | null> {
  // A variable URL keeps the bundler from resolving a file that exists only after the build.
  const url = '/pagefind/pagefind.js';
  pagefind ??= import(/* @vite-ignore */ url).then(
    async (pf: Pagefind) => {
      await pf.options({ excerptLength: 18 });
      return pf;
    },
    () => null,
  );
  return pagefind;
}

/** Pagefind excerpts contain only <mark> tags; rebuild them as DOM nodes, never as HTML. */
function excerptNodes(excerpt: string): Node[] {
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

function el<K extends keyof HTMLElementTagNameMap>(tag: K, cls: string, text?: string) {
  const e = document.createElement(tag);
  e.className = cls;
  if (text) e.textContent = text;
  return e;
}

/** Wire every search box on the page. */
export function initSearch(): void {
  for (const root of document.querySelectorAll<HTMLElement>('[data-search]')) {
    const input = root.querySelector('input')!;
    const panel = root.querySelector<HTMLElement>('.panel')!;
    const list = root.querySelector<HTMLUListElement>('.results')!;
    const status = root.querySelector<HTMLElement>('.status')!;
    const strings = JSON.parse(root.querySelector('script[data-strings]')?.textContent ?? '{}') as Record<string, string>;
    const selects = [...root.querySelectorAll<HTMLSelectElement>('select[data-filter]')];
    let filled = false;
    let latest = 0;

    const fillFilters = async (pf: Pagefind) => {
      if (filled) return;
      filled = true;
      const all = await pf.filters();
      for (const s of selects) {
        for (const value of Object.keys(all[s.dataset.filter!] ?? {}).sort()) {
          const o = document.createElement('option');
          o.value = o.textContent = value;
          s.append(o);
        }
      }
    };

    const run = async () => {
      const seq = ++latest;
      const term = input.value.trim();
      if (!term) {
        panel.hidden = true;
        list.replaceChildren();
        return;
      }
      panel.hidden = false;
      const pf = await load();
      if (!pf) {
        status.textContent = strings.unavailable ?? '';
        return;
      }
      void fillFilters(pf);
      const filters: Record<string, string> = {};
      for (const s of selects) if (s.value) filters[s.dataset.filter!] = s.value;
      const search = await pf.debouncedSearch(term, { filters }, 150);
      if (!search || seq !== latest) return; // superseded by a newer keystroke or filter
      const data = await Promise.all(search.results.slice(0, SHOWN).map((r) => r.data()));
      if (seq !== latest) return;
      list.replaceChildren(
        ...data.map((d) => {
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
        }),
      );
      status.textContent = data.length
        ? `${search.results.length} ${strings.results}`
        : `${strings.noResults} “${term}”`;
    };

    input.addEventListener('focus', () => {
      void load().then((pf) => pf?.preload(input.value.trim() || 'a'));
      if (input.value.trim()) panel.hidden = false;
    }, { once: false });
    input.addEventListener('input', () => void run());
    for (const s of selects) s.addEventListener('change', () => void run());
    root.querySelector('form')!.addEventListener('submit', (e) => {
      e.preventDefault();
      void run();
    });
    root.addEventListener('keydown', (e) => {
      if (e.key === 'Escape') {
        panel.hidden = true;
        input.focus();
      } else if (e.key === 'ArrowDown' && document.activeElement === input) {
        e.preventDefault();
        list.querySelector('a')?.focus();
      }
    });
    document.addEventListener('click', (e) => {
      if (!root.contains(e.target as Node)) panel.hidden = true;
    });
  }
  document.addEventListener('keydown', (e) => {
    const target = e.target as HTMLElement;
    if (e.key !== '/' || e.ctrlKey || e.metaKey || e.altKey) return;
    if (target.closest('input, textarea, select, [contenteditable="true"]')) return;
    e.preventDefault();
    document.querySelector<HTMLInputElement>('[data-search] input')?.focus();
  });
}
