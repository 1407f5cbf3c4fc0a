// A course page's progress: complete when every knowledge check is passed at the
// course's pass mark, or, for a course without checks, when the learner marks it
// complete at the end. "Next" follows the learner's team path when there is one.
import { completed, myTeam, setCompleted, setLastCourse } from './progress.ts';

/** The next course on a team path, as the course page embeds it (`nextOnPaths`). */
type Step = { id: string; href: string; title: string };

function initCompletion(box: HTMLElement): void {
  const slug = box.dataset.slug!;
  const passMark = Number(box.dataset.passMark ?? '0.8');
  const status = box.querySelector<HTMLElement>('[data-completion-status]')!;
  const words = JSON.parse(box.querySelector('script[data-completion-words]')?.textContent ?? '{}') as Record<string, string>;
  const fill = (s: string, v: Record<string, string | number>) => s.replace(/\{(\w+)\}/g, (m, k: string) => String(v[k] ?? m));
  const checks = [...document.querySelectorAll<HTMLElement>('[data-kc]')];
  const button = box.querySelector<HTMLButtonElement>('[data-complete]')!;
  if (checks.length === 0) {
    button.hidden = false;
    button.setAttribute('aria-pressed', String(completed().has(slug)));
    button.addEventListener('click', () => {
      const done = button.getAttribute('aria-pressed') !== 'true';
      setCompleted(slug, done);
      button.setAttribute('aria-pressed', String(done));
    });
    return;
  }
  const pct = Math.round(passMark * 100);
  const update = () => {
    const passed = checks.filter((c) => {
      const [right, total] = (c.dataset.kcResult ?? '0/1').split('/').map(Number) as [number, number];
      return c.dataset.kcResult !== undefined && right / total >= passMark;
    }).length;
    if (passed === checks.length) setCompleted(slug, true);
    status.textContent = completed().has(slug)
      ? words.done!
      : fill(words.todo!, { passed, total: checks.length, pct });
    status.dataset.state = completed().has(slug) ? 'done' : 'todo';
  };
  document.addEventListener('gw:kc-graded', update);
  update();
}

/** Points "next" at the following course on the learner's team path, when this course is on it. */
function followPath(): void {
  const team = myTeam();
  const nextByTeam = JSON.parse(document.querySelector('script[data-path-next]')?.textContent ?? '{}') as Record<string, Step>;
  const next = team ? nextByTeam[team] : undefined;
  const link = document.querySelector<HTMLAnchorElement>('a[rel="next"]');
  if (!next || !link) return;
  link.href = next.href;
  link.dataset.path = team!;
  link.lastChild!.textContent = next.title;
  const label = link.querySelector('span');
  if (label && link.dataset.pathLabel) label.textContent = link.dataset.pathLabel;
}

const box = document.querySelector<HTMLElement>('[data-completion]');
if (box) {
  setLastCourse(location.pathname, box.dataset.title ?? document.title);
  initCompletion(box);
  followPath();
}
