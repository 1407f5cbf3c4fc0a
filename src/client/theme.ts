const KEY = 'gapwise:theme';

function isDark(): boolean {
  const pinned = document.documentElement.dataset.theme;
  if (pinned) return pinned === 'dark';
  return matchMedia('(prefers-color-scheme: dark)').matches;
}

/** Wire the dark-mode toggle: it starts from the system setting and remembers a choice. */
export function initThemeToggle(): void {
  for (const button of document.querySelectorAll<HTMLButtonElement>('.theme-toggle')) {
    delete button.dataset.pending;
    button.setAttribute('aria-pressed', String(isDark()));
    button.addEventListener('click', () => {
      const next = isDark() ? 'light' : 'dark';
      document.documentElement.dataset.theme = next;
      try { localStorage.setItem(KEY, next); } catch { /* private mode: the choice lasts this page */ }
      button.setAttribute('aria-pressed', String(next === 'dark'));
    });
  }
}
