import { expect, test } from '@playwright/test';
import { builtJoin } from './join.ts';

test('mark complete persists across pages and shows on the path', async ({ page }) => {
  const plan = builtJoin().plans.find((p) => p.steps.some((s) => s.status === 'todo'));
  expect(plan, 'some team path has a course to do').toBeDefined();
  const mod = plan!.steps.find((s) => s.status === 'todo')!.module;
  const other = plan!.steps.find((s) => s.module !== mod)?.module ?? 'writing-clear-replies';
  await page.goto(`/courses/${mod}/`);
  const toggle = page.locator('[data-complete]');
  await expect(toggle).toHaveAccessibleName('Mark complete');
  await toggle.click();
  await expect(toggle).toHaveAttribute('aria-pressed', 'true');
  await expect(toggle).toHaveAccessibleName(/Completed/);

  await page.goto('/courses/');
  await expect(page.locator(`[data-done-badge="${mod}"]`)).toBeVisible();
  await expect(page.locator(`[data-done-badge="${other}"]`)).toBeHidden();

  await page.goto(`/courses/${mod}/`);
  await expect(page.getByRole('button', { name: /Completed/ })).toHaveAttribute('aria-pressed', 'true');

  await page.goto(`/paths/${plan!.team}/`);
  await expect(page.locator(`[data-step="${mod}"] [data-done-badge]`)).toBeVisible();
  await expect(page.locator(`[data-step="${mod}"]`)).toHaveClass(/is-done/);
  await expect(page.locator('[data-path-progress]')).toHaveText(`1 of ${plan!.steps.length} done`);
});

test('dark mode follows the toggle and is remembered', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'light' });
  await page.goto('/');
  const toggle = page.getByRole('button', { name: 'Toggle dark mode' });
  await expect(toggle).toHaveAttribute('aria-pressed', 'false');
  await toggle.click();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await page.goto('/courses/');
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  const bg = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  expect(bg).toBe('rgb(15, 20, 25)');
});

test('dark mode follows the system setting by default', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.goto('/');
  await expect(page.getByRole('button', { name: 'Toggle dark mode' })).toHaveAttribute('aria-pressed', 'true');
  expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe('rgb(15, 20, 25)');
});
