// The catalog in the browser. The page ships one page of cards; with a filter set
// (in the form or the URL), the whole catalog is fetched once as data, filtered
// with the same `matchesFilter` the tests cover, and shown a page at a time.
import { CATALOG_PAGE, cardAsModule, matchesFilter, type CatalogFilter } from '../lib/catalog.ts';
import type { CourseCard } from '../route-data.ts';
import { showBadges } from './progress.ts';

const FIELDS = ['skill', 'level', 'format', 'duration'] as const;

function readFilter(params: URLSearchParams): CatalogFilter {
  const num = (k: string) => (params.get(k) ? Number(params.get(k)) : undefined);
  return { skill: params.get('skill') || undefined, level: num('level'), format: params.get('format') || undefined, duration: num('duration') };
}
const isEmpty = (f: CatalogFilter) => FIELDS.every((k) => f[k] === undefined);

let catalog: Promise<CourseCard[]> | undefined;
// The catalog in the page's language: /courses/catalog.json, or /zh-hant/courses/catalog.json.
const catalogBase = () => `${location.pathname.replace(/\/courses\/.*$/, '')}/courses/`;
const catalogUrl = () => `${catalogBase()}catalog.json`;
const loadCatalog = () => (catalog ??= fetch(catalogUrl()).then((r) => r.json() as Promise<CourseCard[]>));

/** A card for a course, cloned from a server-rendered one so it keeps its styles. */
function cardFor(template: HTMLElement, row: CourseCard): HTMLElement {
  const li = template.cloneNode(true) as HTMLElement;
  li.hidden = false;
  li.dataset.courseId = row.id;
  delete li.dataset.match;
  const a = li.querySelector<HTMLAnchorElement>('.title a')!;
  a.href = row.href;
  a.textContent = row.title;
  li.querySelector('.summary')!.textContent = row.summary;
  const chips = li.querySelector('.chips')!;
  const chip = chips.firstElementChild!;
  chips.replaceChildren(
    ...row.skills.map((s) => {
      const c = chip.cloneNode(true) as HTMLElement;
      c.firstChild!.textContent = `${s.name} `;
      c.querySelector('.band')!.textContent = `${s.from}→${s.to}`;
      return c;
    }),
  );
  const meta = li.querySelectorAll('.meta > span');
  meta[0]!.textContent = meta[0]!.textContent!.replace(/\d+/, String(row.minutes));
  meta[2]!.textContent = row.formatLabels.join(', ');
  li.querySelector<HTMLElement>('[data-done-badge]')!.dataset.doneBadge = row.id;
  return li;
}

export function initCatalog(): void {
  const form = document.querySelector<HTMLFormElement>('[data-catalog-filters]');
  const grid = document.querySelector<HTMLUListElement>('[data-catalog]');
  if (!form || !grid) return;
  // From here the script filters the whole catalog; the no-JS CSS filter (page only) stands down.
  form.dataset.enhanced = '';
  const count = document.querySelector<HTMLElement>('[data-catalog-count]')!;
  const none = document.querySelector<HTMLElement>('[data-catalog-none]')!;
  const more = document.querySelector<HTMLButtonElement>('[data-catalog-more]')!;
  const pages = document.querySelector<HTMLElement>('[data-catalog-pages]');
  const serverCards = [...grid.children] as HTMLElement[];
  const template = serverCards[0];
  const total = Number(count.dataset.total ?? serverCards.length);
  const say = (n: number) => (count.textContent = (count.dataset.template ?? '').replace('{n}', String(n)).replace('{total}', String(total)));
  let matches: CourseCard[] = [];
  let shown = 0;

  const showMore = () => {
    grid.append(...matches.slice(shown, shown + CATALOG_PAGE).map((r) => cardFor(template!, r)));
    shown = Math.min(matches.length, shown + CATALOG_PAGE);
    more.hidden = shown >= matches.length;
    showBadges();
  };

  const apply = async () => {
    const filter = readFilter(new URLSearchParams(location.search));
    if (isEmpty(filter) || !template) {
      grid.replaceChildren(...serverCards);
      more.hidden = none.hidden = true;
      if (pages) pages.hidden = false;
      say(serverCards.length);
      return;
    }
    const rows = await loadCatalog();
    matches = rows.filter((r) => matchesFilter(cardAsModule(r), filter));
    grid.replaceChildren();
    shown = 0;
    showMore();
    if (pages) pages.hidden = true;
    none.hidden = matches.length > 0;
    say(matches.length);
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
    history.replaceState(null, '', qs ? `${catalogBase()}?${qs}` : location.pathname);
    void apply();
  });
  form.addEventListener('reset', () => setTimeout(() => {
    history.replaceState(null, '', location.pathname);
    void apply();
  }));
  form.addEventListener('submit', (e) => e.preventDefault());
  more.addEventListener('click', showMore);
  if (!isEmpty(readFilter(params))) void apply();
}
