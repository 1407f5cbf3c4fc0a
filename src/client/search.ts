// Header search: a live panel of the best results as you type; Enter (or the
// form without JavaScript) opens the full results page at /search/?q=….
import { el, loadPagefind as load, query, resultItem, statusText, topData, type Pagefind } from './search-core.ts';
export type { Pagefind };

/** Results whose fragments are fetched: each costs a download, so show the best few. */
const SHOWN = 5;

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
      const filters: Record<string, string> = {};
      for (const s of selects) if (s.value) filters[s.dataset.filter!] = s.value;
      const outcome = await query(pf, term, filters);
      if (!outcome || seq !== latest) return; // superseded by a newer keystroke or filter
      const data = await topData(outcome, SHOWN);
      if (seq !== latest) return;
      list.replaceChildren(...data.map(resultItem));
      status.textContent = statusText(outcome, strings);
      if (outcome.suggestion) {
        const a = el('a', 'did-you-mean', strings.didYouMean!.replace('{q}', outcome.suggestion));
        a.href = `/search/?q=${encodeURIComponent(outcome.suggestion)}`;
        status.append(' ', a);
      }
      const all = el('a', 'all-results', strings.allResults!);
      all.href = `/search/?q=${encodeURIComponent(outcome.correctedTo ?? term)}`;
      if (outcome.results.length > SHOWN) status.append(' · ', all);
    };

    // Focus loads Pagefind itself, not an index chunk: the first query fetches only what it needs.
    input.addEventListener('focus', () => {
      void load();
      if (input.value.trim()) panel.hidden = false;
    }, { once: false });
    // The filter lists cost a download per filter at scale: fetched only when someone reaches for them.
    for (const s of selects) for (const ev of ['focus', 'pointerdown'] as const) s.addEventListener(ev, () => void load().then((pf) => pf && fillFilters(pf)), { once: true });
    input.addEventListener('input', () => void run());
    for (const s of selects) s.addEventListener('change', () => void run());
    // Enter submits the form: the full results page, a real link anyone can share.
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
