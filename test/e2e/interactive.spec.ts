import { expect, test } from '@playwright/test';

test.describe('knowledge check', () => {
  test('gives per-choice feedback and a score that stays in the browser', async ({ page }) => {
    await page.goto('/courses/de-escalation-essentials/');
    const kc = page.locator('[data-kc]').first();
    const questions = kc.locator('[data-kc-q]');
    const n = await questions.count();
    expect(n).toBeGreaterThanOrEqual(2);

    await kc.getByRole('button', { name: 'Check answers' }).click();
    await expect(kc.locator('[data-kc-warn]')).toContainText('Answer every question first');

    // Answer the first question correctly and every other one wrongly.
    for (let i = 0; i < n; i++) {
      const choices = questions.nth(i).locator('[data-kc-choice]');
      const correct = await choices.evaluateAll((cs) => cs.findIndex((c) => (c as HTMLElement).dataset.correct === 'true'));
      const pick = i === 0 ? correct : (correct + 1) % (await choices.count());
      await choices.nth(pick).locator('input').check();
    }
    await kc.getByRole('button', { name: 'Check answers' }).click();
    await expect(kc.locator('[data-kc-score]')).toHaveText(`1 of ${n} correct`);
    const first = questions.nth(0).locator('[data-kc-choice].is-picked');
    await expect(first.locator('[data-kc-verdict]')).toContainText('Correct');
    await expect(first.locator('[data-kc-fb]')).toBeVisible();
    const second = questions.nth(1).locator('[data-kc-choice].is-picked');
    await expect(second.locator('[data-kc-verdict]')).toContainText('Incorrect');
    await expect(kc.getByRole('status').first()).toContainText(`1 of ${n} correct`);

    await page.reload();
    await expect(page.locator('[data-kc]').first().locator('[data-kc-score]')).toHaveText(`1 of ${n} correct`);
    await page.locator('[data-kc]').first().getByRole('button', { name: 'Try again' }).click();
    await expect(page.locator('[data-kc]').first().locator('[data-kc-score]')).toBeHidden();
  });

  test('reads without JavaScript, with answers behind "Show answer"', async ({ browser }) => {
    const ctx = await browser.newContext({ javaScriptEnabled: false });
    const page = await ctx.newPage();
    await page.goto('/courses/de-escalation-essentials/');
    const kc = page.locator('[data-kc]').first();
    await expect(kc.getByText('Show answer').first()).toBeVisible();
    await ctx.close();
  });
});

test.describe('scenario', () => {
  test('branches: a choice shows feedback, continue leads to its step, restart goes back', async ({ page }) => {
    await page.goto('/courses/de-escalation-essentials/');
    const sc = page.locator('[data-sc]').first();
    const visible = sc.locator('[data-sc-step]:visible');
    await expect(visible).toHaveCount(1);
    const start = await visible.getAttribute('data-sc-step');

    const choice = visible.locator('button[data-next]').last();
    const target = await choice.getAttribute('data-next');
    await choice.click();
    const cont = visible.getByRole('button', { name: 'Continue' });
    await expect(cont).toBeVisible();
    await expect(cont).toBeFocused();
    await expect(visible.locator('.choice.is-picked .fb')).toBeVisible();
    await cont.click();
    await expect(sc.locator('[data-sc-step]:visible')).toHaveAttribute('data-sc-step', target!);
    await expect(sc.locator('[data-sc-path-list] li')).toHaveCount(1);

    // Follow the first choice until an end step, then restart.
    for (let i = 0; i < 10; i++) {
      const step = sc.locator('[data-sc-step]:visible');
      if ((await step.locator('button[data-next]').count()) === 0) break;
      await step.locator('button[data-next]').first().click();
      await step.getByRole('button', { name: 'Continue' }).click();
    }
    const end = sc.locator('[data-sc-step]:visible');
    await expect(end.locator('.outcome')).toBeVisible();
    await end.getByRole('button', { name: 'Restart' }).click();
    await expect(sc.locator('[data-sc-step]:visible')).toHaveAttribute('data-sc-step', start!);
  });

  test('reads as a script without JavaScript: choices link to their step', async ({ browser }) => {
    const ctx = await browser.newContext({ javaScriptEnabled: false });
    const page = await ctx.newPage();
    await page.goto('/courses/de-escalation-essentials/');
    const sc = page.locator('[data-sc]').first();
    const steps = sc.locator('[data-sc-step]');
    expect(await steps.count()).toBeGreaterThanOrEqual(4);
    await expect(steps.nth(1)).toBeVisible();
    const link = steps.first().locator('a[data-next]').first();
    const href = await link.getAttribute('href');
    await link.click();
    await expect(page).toHaveURL(new RegExp(`${href}$`));
    await expect(page.locator(href!)).toBeInViewport();
    await ctx.close();
  });
});
