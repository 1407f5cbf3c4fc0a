import { matchesFilter, type CatalogFilter, type ModuleLike } from '../lib/catalog.ts';

type Row = { id: string } & Omit<ModuleLike['data'], 'title' | 'prerequisites'>;
const FIELDS = ['skill', 'level', 'format', 'duration'] as const;

function readFilter(params: URLSearchParams): CatalogFilter {
  const num = (k: string) => (params.get(k) ? Number(params.get(k)) : undefined);
  return {
    skill: params.get('skill') || undefined,
    level: num('level'),
    format: params.get('format') || undefined,
    duration: num('duration'),
  };
}

/** Client-side catalog filtering; the filter state lives in the URL query. */
export function initCatalog(): void {
  const form = document.querySelector<HTMLFormElement>('[data-catalog-filters]');
  const dataEl = document.getElementById('catalog-data');
  if (!form || !dataEl) return;
  const rows = JSON.parse(dataEl.textContent ?? '[]') as Row[];
  // The form is rendered visible (no layout shift); with JS, choices apply as they change.
  const apply_ = form.querySelector<HTMLElement>('[data-catalog-apply]');
  if (apply_) apply_.style.visibility = 'hidden';
  const count = document.querySelector<HTMLElement>('[data-catalog-count]')!;
  const none = document.querySelector<HTMLElement>('[data-catalog-none]')!;

  const apply = () => {
    const params = new URLSearchParams(location.search);
    const filter = readFilter(params);
    let shown = 0;
    for (const row of rows) {
      const ok = matchesFilter({ id: row.id, data: { ...row, title: '', prerequisites: [] } }, filter);
      const li = document.querySelector<HTMLElement>(`[data-course-id="${CSS.escape(row.id)}"]`);
      if (li) li.hidden = !ok;
      if (ok) shown++;
    }
    count.textContent = (count.dataset.template ?? '').replace('{n}', String(shown)).replace('{total}', String(rows.length));
    none.hidden = shown > 0;
  };

  const params = new URLSearchParams(location.search);
  for (const k of FIELDS) {
    const el = form.elements.namedItem(k) as HTMLSelectElement | null;
    if (el) el.value = params.get(k) ?? '';
  }
  form.addEventListener('change', () => {
    const next = new URLSearchParams();
    for (const k of FIELDS) {
      const v = (form.elements.namedItem(k) as HTMLSelectElement | null)?.value;
      if (v) next.set(k, v);
    }
    const qs = next.toString();
    history.replaceState(null, '', qs ? `?${qs}` : location.pathname);
    apply();
  });
  form.addEventListener('reset', () => {
    setTimeout(() => {
      history.replaceState(null, '', location.pathname);
      apply();
    });
  });
  form.addEventListener('submit', (e) => e.preventDefault());
  apply();
}
