// The home page remembers the learner's team, offers "continue where you left off"
// and the team path's progress, and moves progress between devices as a file.
import { completed, exportProgress, importProgress, lastCourse, myTeam, setMyTeam } from './progress.ts';

type Path = Array<{ id: string; href: string; title: string }>;
const root = document.querySelector<HTMLElement>('[data-my-learning]');

function link(href: string, text: string): HTMLAnchorElement {
  const a = document.createElement('a');
  a.href = href;
  a.textContent = text;
  return a;
}

/** Puts text with one `{link}` placeholder into an element, the link as a real node. */
function fillWithLink(el: HTMLElement, template: string, a: HTMLAnchorElement): void {
  const [before, after] = template.split('{link}') as [string, string?];
  el.replaceChildren(before, a, after ?? '');
}

function render(root: HTMLElement): void {
  const words = JSON.parse(root.querySelector('script[data-home-words]')!.textContent!) as Record<string, string>;
  const paths = JSON.parse(root.querySelector('script[data-team-paths]')!.textContent!) as Record<string, Path>;
  const select = root.querySelector<HTMLSelectElement>('[data-team-select]')!;
  const team = myTeam();
  if (team) select.value = team;
  const last = lastCourse();
  const cont = root.querySelector<HTMLElement>('[data-continue]')!;
  if (last) fillWithLink(cont, words.continue!, link(last.href, last.title));
  else cont.replaceChildren();
  const line = root.querySelector<HTMLElement>('[data-path-line]')!;
  const path = team ? paths[team] : undefined;
  if (team && path) {
    const done = completed();
    const name = select.selectedOptions[0]?.textContent ?? team;
    const text = words.pathProgress!.replace('{team}', name).replace('{done}', String(path.filter((s) => done.has(s.id)).length)).replace('{total}', String(path.length));
    line.replaceChildren(link(`/paths/${team}/`, text));
  } else line.replaceChildren();
}

if (root) {
  const status = root.querySelector<HTMLElement>('[data-transfer-status]')!;
  const words = JSON.parse(root.querySelector('script[data-home-words]')!.textContent!) as Record<string, string>;
  root.querySelector<HTMLSelectElement>('[data-team-select]')!.addEventListener('change', (e) => {
    setMyTeam((e.target as HTMLSelectElement).value || null);
    render(root);
  });
  root.querySelector('[data-export]')!.addEventListener('click', () => {
    const a = link(URL.createObjectURL(new Blob([exportProgress()], { type: 'application/json' })), '');
    a.download = 'gapwise-progress.json';
    a.click();
    setTimeout(() => URL.revokeObjectURL(a.href), 1000);
  });
  root.querySelector<HTMLInputElement>('[data-import]')!.addEventListener('change', async (e) => {
    const file = (e.target as HTMLInputElement).files?.[0];
    if (!file) return;
    try {
      status.textContent = words.imported!.replace('{n}', String(importProgress(await file.text())));
      render(root);
    } catch {
      status.textContent = words.importFailed!;
    }
  });
  render(root);
}
