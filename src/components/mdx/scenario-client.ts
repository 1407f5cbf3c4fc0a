// Turns each <Scenario> from a readable script (every step shown, replies as
// links to anchors) into a one-step-at-a-time role-play. All data comes from
// the server-rendered markup, so there is nothing to keep in sync.

type Words = Record<'good' | 'okay' | 'poor', string>;

function enhance(root: HTMLElement): void {
  const words = JSON.parse(root.dataset.scStrings ?? '{}') as Words;
  const steps = [...root.querySelectorAll<HTMLElement>('[data-sc-step]')];
  const byId = new Map(steps.map((s) => [s.dataset.scStep, s]));
  const pathBox = root.querySelector<HTMLElement>('[data-sc-path]')!;
  const pathList = root.querySelector<HTMLElement>('[data-sc-path-list]')!;
  let current = steps[0];
  let chosen: HTMLButtonElement | undefined;

  // Replies change state rather than navigate, so they become buttons; copying the
  // attributes keeps Astro's scoped-style marker and data-next.
  for (const link of root.querySelectorAll<HTMLAnchorElement>('a[data-next]')) {
    const button = document.createElement('button');
    for (const { name, value } of link.attributes) if (name !== 'href') button.setAttribute(name, value);
    button.type = 'button';
    button.textContent = link.textContent;
    link.replaceWith(button);
  }

  function show(step: HTMLElement | undefined, focus: boolean): void {
    if (!step) return;
    current = step;
    chosen = undefined;
    for (const s of steps) s.hidden = s !== step;
    for (const li of step.querySelectorAll('.choice')) li.classList.remove('is-picked', 'is-other');
    for (const b of step.querySelectorAll<HTMLButtonElement>('button[data-next]')) b.disabled = false;
    const next = step.querySelector<HTMLButtonElement>('[data-sc-continue]');
    if (next) next.hidden = true;
    if (focus) step.querySelector<HTMLElement>('h4')?.focus();
  }

  function pick(button: HTMLButtonElement): void {
    const item = button.closest('.choice');
    if (!current || !item) return;
    chosen = button;
    for (const li of current.querySelectorAll('.choice')) li.classList.add(li === item ? 'is-picked' : 'is-other');
    for (const b of current.querySelectorAll<HTMLButtonElement>('button[data-next]')) b.disabled = true;
    const next = current.querySelector<HTMLButtonElement>('[data-sc-continue]');
    if (!next) return;
    // The feedback becomes the button's description, so it is read when focus lands there.
    const feedback = item.querySelector('.fb');
    if (feedback) next.setAttribute('aria-describedby', feedback.id);
    next.hidden = false;
    next.focus();
  }

  function advance(): void {
    if (!chosen) return;
    const quality = (chosen.closest<HTMLElement>('[data-quality]')?.dataset.quality ?? 'okay') as keyof Words;
    const li = document.createElement('li');
    const label = document.createElement('span');
    label.className = `pq pq-${quality}`;
    label.textContent = `${words[quality]}: `;
    li.append(label, `“${chosen.textContent ?? ''}”`);
    pathList.append(li);
    pathBox.hidden = false;
    show(byId.get(chosen.dataset.next), true);
  }

  function restart(): void {
    pathList.replaceChildren();
    pathBox.hidden = true;
    show(steps[0], true);
  }

  root.addEventListener('click', (event) => {
    const button = (event.target as Element).closest<HTMLButtonElement>('button');
    if (!button || !root.contains(button)) return;
    if (button.dataset.next) pick(button);
    else if (button.hasAttribute('data-sc-continue')) advance();
    else if (button.hasAttribute('data-sc-restart')) restart();
  });

  root.classList.add('is-live');
  show(current, false);
}

/** Enhance every scenario not yet enhanced (safe to call again after client-side navigation). */
export function initScenarios(): void {
  for (const root of document.querySelectorAll<HTMLElement>('[data-sc]:not(.is-live)')) enhance(root);
}
