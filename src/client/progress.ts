// "Mark complete" progress, kept in this browser only.
const KEY = 'gapwise:complete';

/** Slugs of the courses this browser marked complete. */
export function completed(): Set<string> {
  try {
    const v: unknown = JSON.parse(localStorage.getItem(KEY) ?? '[]');
    return new Set(Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : []);
  } catch {
    return new Set();
  }
}

/** Mark or unmark one course. */
export function setCompleted(slug: string, done: boolean): void {
  const all = completed();
  if (done) all.add(slug);
  else all.delete(slug);
  try { localStorage.setItem(KEY, JSON.stringify([...all].sort())); } catch { /* storage full or blocked */ }
}

/** Show the "Completed" badges for every course on the page. */
export function showBadges(): void {
  const done = completed();
  for (const el of document.querySelectorAll<HTMLElement>('[data-done-badge]'))
    el.hidden = !done.has(el.dataset.doneBadge!);
}
