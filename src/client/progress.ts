// Progress, kept in this browser only: completed courses, knowledge-check answers,
// the learner's team and the last course opened. Everything lives under
// localStorage keys that start with "gapwise:", so it can be exported as a file and
// imported on another device.
const KEY = 'gapwise:complete';
const TEAM = 'gapwise:team';
const LAST = 'gapwise:last';

function read<T>(key: string, fallback: T): T {
  try {
    const v = localStorage.getItem(key);
    return v === null ? fallback : (JSON.parse(v) as T);
  } catch {
    return fallback;
  }
}
function write(key: string, value: unknown): void {
  try {
    localStorage.setItem(key, JSON.stringify(value));
  } catch {
    // Storage full or blocked: progress lasts this page.
  }
}

/** Slugs of the courses this browser completed. */
export function completed(): Set<string> {
  const v = read<unknown>(KEY, []);
  return new Set(Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : []);
}

/** Mark or unmark one course. */
export function setCompleted(slug: string, done: boolean): void {
  const all = completed();
  if (done) all.add(slug);
  else all.delete(slug);
  write(KEY, [...all].sort());
}

/** The learner's team id, or null. */
export const myTeam = (): string | null => {
  const v = read<unknown>(TEAM, null);
  return typeof v === 'string' ? v : null;
};
export const setMyTeam = (team: string | null): void => (team ? write(TEAM, team) : localStorage.removeItem(TEAM));

/** The last course opened. */
export const lastCourse = (): { href: string; title: string } | null => {
  const v = read<{ href?: unknown; title?: unknown } | null>(LAST, null);
  return v && typeof v.href === 'string' && typeof v.title === 'string' ? { href: v.href, title: v.title } : null;
};
export const setLastCourse = (href: string, title: string): void => write(LAST, { href, title });

/** Show the "Completed" badges for every course on the page. */
export function showBadges(): void {
  const done = completed();
  for (const el of document.querySelectorAll<HTMLElement>('[data-done-badge]')) el.hidden = !done.has(el.dataset.doneBadge!);
}

/** All progress as a file's text. */
export function exportProgress(): string {
  const items: Record<string, unknown> = {};
  for (let i = 0; i < localStorage.length; i++) {
    const k = localStorage.key(i)!;
    if (k.startsWith('gapwise:') && k !== 'gapwise:theme') items[k] = read(k, null);
  }
  return `${JSON.stringify({ format: 'gapwise-progress', version: 1, exported: new Date().toISOString(), items }, null, 2)}\n`;
}

/** Merges an exported file into this browser: completed courses are united, other keys taken from the file. */
export function importProgress(text: string): number {
  const doc = JSON.parse(text) as { format?: unknown; items?: Record<string, unknown> };
  if (doc.format !== 'gapwise-progress' || typeof doc.items !== 'object' || doc.items === null) throw new Error('not a Gapwise progress file');
  let n = 0;
  for (const [k, v] of Object.entries(doc.items)) {
    if (!k.startsWith('gapwise:')) continue;
    if (k === KEY && Array.isArray(v)) write(KEY, [...new Set([...completed(), ...v.filter((x): x is string => typeof x === 'string')])].sort());
    else write(k, v);
    n++;
  }
  return n;
}
