import { expect, test } from '@playwright/test';

const page = '/kb/refund-and-credit-policy/';

test('an aside renders as a callout, a table keeps its alignment, a code block is highlighted in its own box — with no CSP violation', async ({ page: p }) => {
  await p.addInitScript(() => {
    (window as unknown as { __csp: string[] }).__csp = [];
    document.addEventListener('securitypolicyviolation', (e) => (window as unknown as { __csp: string[] }).__csp.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
  await p.setViewportSize({ width: 390, height: 844 });
  await p.goto(page);
  const aside = p.locator('.callout.warning', { hasText: 'Before you promise a refund' });
  await expect(aside).toBeVisible();
  await expect(p.locator('.prose').getByText(':::caution')).toHaveCount(0);
  const right = p.locator('td.align-right').first();
  expect(await right.evaluate((el) => getComputedStyle(el).textAlign)).toBe('right');
  const figure = p.locator('figure.code-figure');
  await expect(figure.locator('figcaption')).toHaveText('Case note template');
  expect(await figure.locator('pre').evaluate((el) => getComputedStyle(el).overflowX)).toBe('auto');
  const width = await p.evaluate(() => document.documentElement.scrollWidth);
  expect(width).toBeLessThanOrEqual(390);
  expect(await p.evaluate(() => (window as unknown as { __csp: string[] }).__csp)).toEqual([]);
});

test('a highlighted code block carries Prism token classes, not inline styles', async ({ page: p }) => {
  await p.goto('/kb/refund-and-credit-policy/');
  expect(await p.locator('pre[class*="language-"] .token').count()).toBeGreaterThan(0);
  expect(await p.locator('pre [style], pre[style]').count()).toBe(0);
});

test('a course shows when it was last updated and links to its file for editing', async ({ page: p }) => {
  await p.goto('/courses/empathy-foundations/');
  await expect(p.locator('[data-updated]')).toHaveText(/^Last updated \d{4}-\d{2}-\d{2}$/);
  await expect(p.locator('[data-edit-link]')).toHaveAttribute('href', /\/edit\/main\/content\/modules\/empathy-foundations\.mdx$/);
});

test("the editors' report lists content past its review date, with its owner, and is kept out of search", async ({ page: p }) => {
  const { readdirSync, readFileSync } = await import('node:fs');
  const { fromRoot } = await import('./root.ts');
  const today = new Date().toISOString().slice(0, 10);
  const overdue = ['modules', 'kb'].flatMap((dir) =>
    readdirSync(fromRoot('content', dir))
      .filter((f) => f.endsWith('.mdx'))
      .map((f) => ({ f, text: readFileSync(fromRoot('content', dir, f), 'utf8') }))
      .filter(({ text }) => (/^reviewBy: (\S+)/m.exec(text)?.[1] ?? '9999') < today)
      .map(({ text }) => /^title: "?(.+?)"?$/m.exec(text)![1]!),
  );
  expect(overdue.length).toBeGreaterThan(0);
  await p.goto('/editors/');
  await expect(p.locator('meta[name="robots"]')).toHaveAttribute('content', /noindex/);
  for (const title of overdue) await expect(p.locator('[data-review] tr.overdue', { hasText: title })).toContainText('days overdue');
  const { default: AxeBuilder } = await import('@axe-core/playwright');
  const { violations } = await new AxeBuilder({ page: p }).analyze();
  expect(violations.map((v) => v.id)).toEqual([]);
});
