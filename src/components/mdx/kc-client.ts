// Enhances every <KnowledgeCheck> on the page. The server markup already works
// without JS (answers in <details>); this adds radios, checking, a score and a
// result remembered in localStorage.

type Words = Record<'score' | 'correct' | 'incorrect' | 'yours' | 'answer' | 'question' | 'unanswered', string>;

const fill = (s: string, vars: Record<string, string | number>) =>
  s.replace(/\{(\w+)\}/g, (m, k: string) => (k in vars ? String(vars[k]) : m));

function load(key: string): number[] | undefined {
  try {
    const saved: unknown = JSON.parse(localStorage.getItem(key) ?? 'null');
    if (Array.isArray(saved) && saved.every((n) => Number.isInteger(n))) return saved;
  } catch {
    // Storage can be blocked or hold junk; the check still works without it.
  }
  return undefined;
}

function save(key: string, answers: number[] | undefined): void {
  try {
    if (answers) localStorage.setItem(key, JSON.stringify(answers));
    else localStorage.removeItem(key);
  } catch {
    // Private mode or full storage: nothing to remember, nothing to break.
  }
}

function enhance(root: HTMLElement): void {
  const words = JSON.parse(root.dataset.kcStrings ?? '{}') as Words;
  const key = `gapwise:kc:${location.pathname}:${root.dataset.kc}`;
  const form = root.querySelector('form')!;
  const questions = [...root.querySelectorAll<HTMLFieldSetElement>('[data-kc-q]')];
  const el = (name: string) => root.querySelector<HTMLElement>(`[data-kc-${name}]`)!;
  const [check, retry, score, warn, status] = [el('check'), el('retry'), el('score'), el('warn'), el('status')] as const;
  const choicesOf = (q: Element) => [...q.querySelectorAll<HTMLElement>('[data-kc-choice]')];
  const picked = (q: Element) => choicesOf(q).findIndex((c) => c.querySelector('input')?.checked);

  /** Mark every choice, lock the answers and show the score; returns what to announce. */
  function grade(answers: number[]): string {
    let right = 0;
    const lines = questions.map((q, i) => {
      let line = '';
      choicesOf(q).forEach((c, j) => {
        const correct = c.dataset.correct === 'true';
        const mine = answers[i] === j;
        const said = mine ? `${words.yours} — ${correct ? words.correct : words.incorrect}` : correct ? words.answer : words.incorrect;
        const verdict = `${correct ? '✓' : '✗'} ${said}`;
        c.classList.add(correct ? 'is-right' : 'is-wrong');
        c.classList.toggle('is-picked', mine);
        c.querySelector('[data-kc-verdict]')!.textContent = verdict;
        c.querySelector<HTMLElement>('[data-kc-fb]')!.hidden = false;
        if (mine) {
          if (correct) right++;
          line = `${fill(words.question, { n: i + 1 })}: ${correct ? words.correct : words.incorrect}. ${c.querySelector('[data-kc-fb] span')?.textContent ?? ''}`;
        }
      });
      q.disabled = true;
      return line;
    });
    score.textContent = fill(words.score, { score: right, total: questions.length });
    score.hidden = retry.hidden = false;
    check.hidden = warn.hidden = true;
    // The course page listens (and reads the attribute, if it starts later): passing every check at the pass mark completes the course.
    root.dataset.kcResult = `${right}/${questions.length}`;
    root.dispatchEvent(new CustomEvent('gw:kc-graded', { bubbles: true, detail: { id: root.dataset.kc, right, total: questions.length } }));
    return [`${score.textContent}.`, ...lines].join(' ');
  }

  function reset(): void {
    for (const q of questions) {
      q.disabled = false;
      for (const c of choicesOf(q)) {
        c.classList.remove('is-right', 'is-wrong', 'is-picked');
        c.querySelector('input')!.checked = false;
        c.querySelector<HTMLElement>('[data-kc-fb]')!.hidden = true;
      }
    }
    score.hidden = retry.hidden = warn.hidden = true;
    check.hidden = false;
    status.textContent = '';
    delete root.dataset.kcResult;
    save(key, undefined);
  }

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const answers = questions.map(picked);
    const open = answers.filter((a) => a < 0).length;
    if (open > 0) {
      warn.textContent = status.textContent = fill(words.unanswered, { n: open });
      warn.hidden = false;
      questions[answers.indexOf(-1)]?.querySelector('input')?.focus();
      return;
    }
    status.textContent = grade(answers);
    save(key, answers);
    // The check button just disappeared; keep focus inside the widget.
    retry.focus();
  });

  retry.addEventListener('click', () => {
    reset();
    questions[0]?.querySelector('input')?.focus();
  });

  const saved = load(key);
  if (saved && saved.length === questions.length) {
    saved.forEach((a, i) => {
      const q = questions[i];
      const input = q ? choicesOf(q)[a]?.querySelector('input') : undefined;
      if (input) input.checked = true;
    });
    if (questions.every((q) => picked(q) >= 0)) grade(saved);
  }
  root.classList.add('is-live');
}

/** Enhance every knowledge check not yet enhanced (safe to call again after client-side navigation). */
export function initKnowledgeChecks(): void {
  for (const root of document.querySelectorAll<HTMLElement>('[data-kc]:not(.is-live)')) enhance(root);
}
