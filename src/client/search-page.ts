// /search/?q=…: every result, ten at a time, with "did you mean" and the count.
import { el, loadPagefind, query, resultItem, statusText, topData } from './search-core.ts';

const root = document.querySelector<HTMLElement>('[data-search-page]');
const PAGE = 10;

async function show(root: HTMLElement): Promise<void> {
  const q = new URLSearchParams(location.search).get('q')?.trim() ?? '';
  const input = root.querySelector<HTMLInputElement>('[data-page-q]')!;
  const status = root.querySelector<HTMLElement>('[data-page-status]')!;
  const list = root.querySelector<HTMLOListElement>('[data-page-results]')!;
  const more = root.querySelector<HTMLButtonElement>('[data-page-more]')!;
  const strings = JSON.parse(root.querySelector('script[data-strings]')!.textContent!) as Record<string, string>;
  input.value = q;
  if (!q) return;
  const pf = await loadPagefind(true);
  if (!pf) return void (status.textContent = strings.unavailable ?? '');
  const outcome = await query(pf, q, {}, false);
  if (!outcome) return;
  status.textContent = statusText(outcome, strings);
  if (outcome.suggestion) {
    const a = el('a', 'did-you-mean', strings.didYouMean!.replace('{q}', outcome.suggestion));
    a.href = `/search/?q=${encodeURIComponent(outcome.suggestion)}`;
    status.append(' ', a);
  }
  let shown = 0;
  const page = async () => {
    more.disabled = true;
    const data = shown === 0 ? await topData(outcome, PAGE) : await Promise.all(outcome.results.slice(shown, shown + PAGE).map((r) => r.data()));
    list.append(...data.map(resultItem));
    shown += data.length;
    more.hidden = shown >= outcome.results.length;
    more.disabled = false;
  };
  more.addEventListener('click', () => void page());
  await page();
}

if (root) void show(root);
